//===- NodeHelpersTest.cpp - Node names, node refs, node printing ---------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

TEST(NodeHelpersTest, NodeNameForTarget) {
  // Op overloads are named after the op.
  EXPECT_EQ(getNodeNameForTarget("aten.add.Tensor"), "add");
  EXPECT_EQ(getNodeNameForTarget("aten.relu.default"), "relu");
  EXPECT_EQ(getNodeNameForTarget("aten.sym_size.int"), "sym_size");
  EXPECT_EQ(getNodeNameForTarget("aten._native_batch_norm_legit.no_stats"),
            "_native_batch_norm_legit");
  EXPECT_EQ(getNodeNameForTarget("prims.convert_element_type.default"),
            "convert_element_type");
  EXPECT_EQ(getNodeNameForTarget("quantized_decomposed.quantize_per_tensor.tensor"),
            "quantize_per_tensor");
  // Other qualified names after their last component.
  EXPECT_EQ(getNodeNameForTarget("operator.getitem"), "getitem");
  EXPECT_EQ(getNodeNameForTarget("torch.relu"), "relu");
  EXPECT_EQ(getNodeNameForTarget("torch.nn.functional.relu"), "relu");
  EXPECT_EQ(getNodeNameForTarget("torch.ops.higher_order.cond"), "cond");
  EXPECT_EQ(getNodeNameForTarget("view"), "view");
  // Magic methods drop their underscores.
  EXPECT_EQ(getNodeNameForTarget("__getitem__"), "getitem");
  EXPECT_EQ(getNodeNameForTarget("_operator.__add__"), "add");
  // torch.fx's _snake_case.
  EXPECT_EQ(getNodeNameForTarget("BatchNorm"), "batch_norm");
  EXPECT_EQ(getNodeNameForTarget("ReLU"), "re_lu");
  EXPECT_EQ(getNodeNameForTarget("Conv2D"), "conv2d");
  EXPECT_EQ(getNodeNameForTarget("HTTPServer"), "httpserver");
  EXPECT_EQ(getNodeNameForTarget("already_snake"), "already_snake");
  // create_name: runs of non-identifier characters become one `_`, a leading
  // digit gets a `_`, and nothing is `_unnamed`.
  EXPECT_EQ(getNodeNameForTarget("<built-in function add>"),
            "_built_in_function_add_");
  EXPECT_EQ(getNodeNameForTarget("a--b"), "a_b");
  EXPECT_EQ(getNodeNameForTarget("2x"), "_2x");
  EXPECT_EQ(getNodeNameForTarget(""), "_unnamed");
  EXPECT_EQ(getNodeNameForTarget("torch."), "_unnamed");
  // Names that would shadow Python builtins or keywords, as torch 1.13's
  // make_fx names x.sum(), x[1:], x.max().
  EXPECT_EQ(getNodeNameForTarget("aten.sum.default"), "sum_1");
  EXPECT_EQ(getNodeNameForTarget("aten.slice.Tensor"), "slice_1");
  EXPECT_EQ(getNodeNameForTarget("aten.max.default"), "max_1");
  EXPECT_EQ(getNodeNameForTarget("operator.is"), "is_1");
  EXPECT_TRUE(isReservedPythonName("torch"));
  EXPECT_FALSE(isReservedPythonName("add"));
}

TEST(NodeHelpersTest, CountNodeRefs) {
  MLIRContext context;
  context.loadDialect<FxDialect>();
  auto count = [&](StringRef text) -> int {
    Attribute attr = parseAttribute(text, &context);
    if (!attr)
      return -1;
    return countNodeRefs(attr);
  };
  EXPECT_EQ(count("#fx.node"), 1);
  EXPECT_EQ(count("#fx.none"), 0);
  EXPECT_EQ(count("1 : i64"), 0);
  EXPECT_EQ(count("\"#fx.node\""), 0);
  EXPECT_EQ(count("[]"), 0);
  EXPECT_EQ(count("[#fx.node, 1, #fx.node]"), 2);
  EXPECT_EQ(count("#fx.tuple<[#fx.node, [#fx.node, #fx.tuple<[#fx.node]>]]>"), 3);
  EXPECT_EQ(count("#fx.dict<{\"a\" = #fx.node, \"b\" = [#fx.node]}>"), 2);
  EXPECT_EQ(count("#fx.dict<{}>"), 0);
  EXPECT_EQ(count("#fx.slice<#fx.node, #fx.none, #fx.node>"), 2);
  EXPECT_EQ(count("[#fx.dict<{\"s\" = #fx.slice<#fx.none, #fx.node, "
                  "#fx.none>}>, #fx.tuple<[]>, #fx.ellipsis]"),
            1);
  // Attributes that are not FX arguments hold no node references.
  EXPECT_EQ(count("{a = #fx.node}"), 0);
}

TEST(NodeHelpersTest, PrintElidesDiscardableAttrNamedLikeProperty) {
  // Only setDiscardableAttr can give a node a discardable attribute named as
  // one of its properties; the printer leaves it out, as the syntax places
  // that name itself, and still prints the node's other attributes.
  MLIRContext context;
  context.loadDialect<FxDialect>();
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      R"mlir(
      fx.graph_module @M {
        fx.graph @forward {
          %y = fx.call_function f(1) : () -> !fx.unknown
          fx.output(%y) : !fx.unknown
        }
      })mlir",
      &context);
  ASSERT_TRUE(module);
  CallFunctionOp call;
  module->walk([&](CallFunctionOp op) { call = op; });
  ASSERT_TRUE(call);
  Builder builder(&context);
  call->setDiscardableAttr("target", builder.getStringAttr("g"));
  call->setDiscardableAttr("kwargs", builder.getI64IntegerAttr(2));
  call->setDiscardableAttr("seq", builder.getI64IntegerAttr(3));
  std::string text;
  llvm::raw_string_ostream os(text);
  call->print(os);
  EXPECT_EQ(text,
            "%y = fx.call_function f(1) {seq = 3 : i64} : () -> !fx.unknown");
}

} // namespace
