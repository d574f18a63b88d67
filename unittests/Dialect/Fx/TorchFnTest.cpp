//===- TorchFnTest.cpp - The torch_fn the hook derives per target kind ----===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

class TorchFnTest : public ::testing::Test {
protected:
  TorchFnTest() { context.loadDialect<FxDialect>(); }

  /// `(name, qualified name)` of the torch_fn derived for `target`.
  std::pair<std::string, std::string> torchFn(StringRef target) {
    TorchFnAttr attr = getTorchFnForTarget(&context, target);
    return {attr.getName().str(), attr.getQualifiedName().str()};
  }

  MLIRContext context;
};

using Names = std::pair<std::string, std::string>;

// The values are what PyTorch's hook computes from `target.__name__` and
// `type(target).__name__` for the Python object each target names.
TEST_F(TorchFnTest, OpOverloads) {
  EXPECT_EQ(torchFn("aten.add.Tensor"),
            Names("add.Tensor_0", "OpOverload.add.Tensor"));
  EXPECT_EQ(torchFn("aten.relu.default"),
            Names("relu.default_0", "OpOverload.relu.default"));
  EXPECT_EQ(torchFn("quantized_decomposed.quantize_per_tensor.default"),
            Names("quantize_per_tensor.default_0",
                  "OpOverload.quantize_per_tensor.default"));
}

TEST_F(TorchFnTest, OverloadPackets) {
  EXPECT_EQ(torchFn("aten.add"), Names("add_0", "OpOverloadPacket.add"));
}

// Each operator has its own class (utils/hop_class_names.py runs PyTorch's
// hook on a cond node: ('cond_0', 'CondOp.cond')), whichever way the target
// is spelled.
TEST_F(TorchFnTest, HigherOrderOperators) {
  EXPECT_EQ(torchFn("higher_order.cond"), Names("cond_0", "CondOp.cond"));
  EXPECT_EQ(torchFn("torch.ops.higher_order.cond"),
            Names("cond_0", "CondOp.cond"));
  EXPECT_EQ(torchFn("torch.ops.higher_order.map_impl"),
            Names("map_impl_0", "MapImpl.map_impl"));
  EXPECT_EQ(torchFn("torch.ops.higher_order.auto_functionalized_v2"),
            Names("auto_functionalized_v2_0",
                  "AutoFunctionalizedV2.auto_functionalized_v2"));
  EXPECT_EQ(torchFn("higher_order.wrap_with_set_grad_enabled"),
            Names("wrap_with_set_grad_enabled_0",
                  "WrapWithSetGradEnabled.wrap_with_set_grad_enabled"));
  // A name PyTorch does not register: the base class.
  EXPECT_EQ(torchFn("higher_order.my_op"),
            Names("my_op_0", "HigherOrderOperator.my_op"));
}

TEST_F(TorchFnTest, Builtins) {
  EXPECT_EQ(torchFn("operator.getitem"),
            Names("getitem_0", "builtin_function_or_method.getitem"));
  EXPECT_EQ(torchFn("torch.relu"),
            Names("relu_0", "builtin_function_or_method.relu"));
  EXPECT_EQ(torchFn("torch._C._set_grad_enabled"),
            Names("_set_grad_enabled_0",
                  "builtin_function_or_method._set_grad_enabled"));
  EXPECT_EQ(torchFn("math.sqrt"),
            Names("sqrt_0", "builtin_function_or_method.sqrt"));
}

TEST_F(TorchFnTest, PythonFunctions) {
  EXPECT_EQ(torchFn("torch.nn.functional.relu"),
            Names("relu_0", "function.relu"));
  EXPECT_EQ(torchFn("my_package.my_module.helper.fn"),
            Names("fn_0", "function.fn"));
}

} // namespace
