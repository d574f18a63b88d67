//===- NodeMetadataScopeTest.cpp - A scope never drops its work silently --===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A NodeMetadataScope destroyed before finalize() reported its result
// finishes the pending work, reports an error at its root and, in builds
// with assertions, asserts (like upstream's ErrorCheckingTrackingListener).
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Parser/Parser.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

constexpr const char *kGraph = R"mlir(
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %y = fx.placeholder "y" : tensor<3xf32>
    %r = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___r", "r", "mod.R"]]>} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%r) : tensor<2xf32>
  }
}
)mlir";

class NodeMetadataScopeTest : public ::testing::Test {
protected:
  NodeMetadataScopeTest() {
    context.loadDialect<FxDialect>();
    module = parseSourceString<ModuleOp>(kGraph, &context);
    module->walk([&](CallFunctionOp op) { relu = op; });
    module->walk([&](PlaceholderOp op) { placeholders.push_back(op); });
  }

  /// Creates `target(operands...)` before the relu node, with an unknown
  /// result for the listener to type.
  CallFunctionOp create(RewriterBase &rewriter, StringRef target,
                        ValueRange operands) {
    rewriter.setInsertionPoint(relu);
    SmallVector<Attribute> args(operands.size(), NodeAttr::get(&context));
    return CallFunctionOp::create(
        rewriter, relu.getLoc(), TypeRange{UnknownType::get(&context)},
        getNodeNameForTarget(target), rewriter.getStringAttr(target),
        rewriter.getArrayAttr(args), DictAttr::get(&context), operands);
  }

  /// The errors reported while `body` runs.
  std::vector<std::string> collectErrors(llvm::function_ref<void()> body) {
    std::vector<std::string> errors;
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      if (diag.getSeverity() == DiagnosticSeverity::Error)
        errors.push_back(diag.str());
      return success();
    });
    body();
    return errors;
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
  CallFunctionOp relu;
  SmallVector<PlaceholderOp> placeholders;
};

TEST_F(NodeMetadataScopeTest, FinalizedScopeReportsNothing) {
  IRRewriter rewriter(&context);
  std::vector<std::string> errors = collectErrors([&] {
    NodeMetadataOptions options;
    options.policy = InheritancePolicy::ReplacedOp;
    NodeMetadataScope scope(rewriter, *module, options);
    create(rewriter, "aten.neg.default", relu->getResults());
    EXPECT_TRUE(scope.getListener()->hasUnfinalizedWork());
    EXPECT_TRUE(succeeded(scope.finalize()));
    EXPECT_FALSE(scope.getListener()->hasUnfinalizedWork());
  });
  EXPECT_TRUE(errors.empty());
}

#ifdef NDEBUG
// Release: the scope does finalize()'s work and reports.
TEST_F(NodeMetadataScopeTest, PendingOpsAreAttributedAndReported) {
  IRRewriter rewriter(&context);
  CallFunctionOp neg;
  std::vector<std::string> errors = collectErrors([&] {
    NodeMetadataOptions options;
    options.policy = InheritancePolicy::ReplacedOp;
    NodeMetadataScope scope(rewriter, *module, options);
    // Created outside any rewrite: it waits for the op it replaces.
    neg = create(rewriter, "aten.neg.default", relu->getResults());
    EXPECT_FALSE(neg->hasAttr("fx.nn_module_stack"));
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(
      errors[0],
      "NodeMetadataScope destroyed before finalize() reported its result");
  // The first-argument rule was applied: the relu's stack.
  EXPECT_EQ(neg->getAttr("fx.nn_module_stack"),
            relu->getAttr("fx.nn_module_stack"));
}

TEST_F(NodeMetadataScopeTest, InferenceErrorsAreReported) {
  IRRewriter rewriter(&context);
  std::vector<std::string> errors = collectErrors([&] {
    NodeMetadataScope scope(rewriter, *module);
    // tensor<2xf32> + tensor<3xf32> do not broadcast: inference fails at the
    // node (first error), and nobody calls finalize() (second error).
    create(rewriter, "aten.add.Tensor",
           {placeholders[0].getResult(), placeholders[1].getResult()});
  });
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[1],
            "NodeMetadataScope destroyed before finalize() reported its "
            "result: a created op failed type inference");
}
#else
// Builds with assertions stop at the scope, as upstream's
// ErrorCheckingTrackingListener does.
TEST_F(NodeMetadataScopeTest, UnfinalizedScopeAsserts) {
  EXPECT_DEATH(
      {
        IRRewriter rewriter(&context);
        NodeMetadataOptions options;
        options.policy = InheritancePolicy::ReplacedOp;
        NodeMetadataScope scope(rewriter, *module, options);
        create(rewriter, "aten.neg.default", relu->getResults());
      },
      "unfinalized work");
}
#endif

} // namespace
