//===- ReluToClamp.cpp - relu -> clamp_min under the metadata listener ----===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A downstream rewrite of fx graphs: the pattern creates nodes the way an FX
// pass does, and fx-mlir's NodeMetadataScope gives them what PyTorch's
// node-metadata hook would.
//
//===----------------------------------------------------------------------===//

#include "ReluToClamp/Passes.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace relu_to_clamp {
#define GEN_PASS_DEF_RELUTOCLAMPMIN
#include "ReluToClamp/Passes.h.inc"
} // namespace relu_to_clamp

using namespace mlir;

namespace {
/// relu(x) -> clamp_min(x, 0.0).
struct ReluToClampMinPattern : OpRewritePattern<fx::CallFunctionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(fx::CallFunctionOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getTarget() != "aten.relu.default")
      return rewriter.notifyMatchFailure(op, "not aten.relu.default");
    if (op->getNumOperands() != 1)
      return rewriter.notifyMatchFailure(op, "relu of a non-node argument");
    MLIRContext *context = op.getContext();
    Attribute args[] = {fx::NodeAttr::get(context),
                        rewriter.getF64FloatAttr(0.0)};
    // As an FX pass creates a node: no type, no metadata, no stack trace, a
    // name that may be taken. The listener fills in the rest.
    auto clampMin = fx::CallFunctionOp::create(
        rewriter, rewriter.getUnknownLoc(),
        TypeRange{fx::UnknownType::get(context)}, "clamp_min",
        "aten.clamp_min.default", rewriter.getArrayAttr(args),
        fx::DictAttr::get(context), op->getOperands());
    rewriter.replaceOp(op, clampMin);
    return success();
  }
};

struct ReluToClampMin
    : relu_to_clamp::impl::ReluToClampMinBase<ReluToClampMin> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    relu_to_clamp::populateReluToClampMinPatterns(patterns);
    // One listener for the whole pass, PyTorch's first-argument rule.
    fx::NodeMetadataScope scope(getOperation());
    GreedyRewriteConfig config;
    config.setListener(scope.getListener());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns),
                                     config)) ||
        failed(scope.finalize()))
      signalPassFailure();
  }
};
} // namespace

void relu_to_clamp::populateReluToClampMinPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ReluToClampMinPattern>(patterns.getContext());
}
