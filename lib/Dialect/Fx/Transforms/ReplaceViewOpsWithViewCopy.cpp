//===- ReplaceViewOpsWithViewCopy.cpp - fx-replace-view-ops-with-view-copy ===//
//
// PyTorch's ReplaceViewOpsWithViewCopyOpsPass
// (torch/_export/passes/replace_view_ops_with_view_copy_ops_pass.py): an aten
// op whose first argument is a non-writing alias (`Tensor(a) self`) becomes
// `<name>_copy.<overload>`; `_unsafe_view` becomes `view_copy`.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXREPLACEVIEWOPSWITHVIEWCOPY
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

/// The aten view ops (schemas whose first argument is `Tensor(a)`, not
/// `Tensor(a!)`) that have a `_copy` variant, with that variant; and
/// `_unsafe_view`, PyTorch's one non-functional op mapped to a copy.
/// sym_size, sym_stride and sym_numel are excluded, as in PyTorch.
constexpr std::pair<StringLiteral, StringLiteral> kViewCopyTable[] = {
    {"aten._conj.default", "aten._conj_copy.default"},
    {"aten._neg_view.default", "aten._neg_view_copy.default"},
    {"aten._reshape_alias.default", "aten._reshape_alias_copy.default"},
    {"aten._unsafe_view.default", "aten.view_copy.default"},
    {"aten.alias.default", "aten.alias_copy.default"},
    {"aten.as_strided.default", "aten.as_strided_copy.default"},
    {"aten.detach.default", "aten.detach_copy.default"},
    {"aten.diagonal.default", "aten.diagonal_copy.default"},
    {"aten.expand.default", "aten.expand_copy.default"},
    {"aten.lift_fresh.default", "aten.lift_fresh_copy.default"},
    {"aten.narrow.default", "aten.narrow_copy.default"},
    {"aten.permute.default", "aten.permute_copy.default"},
    {"aten.select.int", "aten.select_copy.int"},
    {"aten.slice.Tensor", "aten.slice_copy.Tensor"},
    {"aten.split.Tensor", "aten.split_copy.Tensor"},
    {"aten.split_with_sizes.default", "aten.split_with_sizes_copy.default"},
    {"aten.squeeze.default", "aten.squeeze_copy.default"},
    {"aten.squeeze.dim", "aten.squeeze_copy.dim"},
    {"aten.squeeze.dims", "aten.squeeze_copy.dims"},
    {"aten.t.default", "aten.t_copy.default"},
    {"aten.transpose.int", "aten.transpose_copy.int"},
    {"aten.unbind.int", "aten.unbind_copy.int"},
    {"aten.unfold.default", "aten.unfold_copy.default"},
    {"aten.unsqueeze.default", "aten.unsqueeze_copy.default"},
    {"aten.view.default", "aten.view_copy.default"},
    {"aten.view.dtype", "aten.view_copy.dtype"},
    {"aten.view_as_complex.default", "aten.view_as_complex_copy.default"},
    {"aten.view_as_real.default", "aten.view_as_real_copy.default"},
};

struct ReplaceViewOpWithViewCopy : OpRewritePattern<CallFunctionOp> {
  ReplaceViewOpWithViewCopy(MLIRContext *context,
                            SmallVectorImpl<Operation *> &created)
      : OpRewritePattern(context), created(created) {
    for (const auto &[view, copy] : kViewCopyTable)
      copyOf[view] = copy;
  }

  LogicalResult matchAndRewrite(CallFunctionOp op,
                                PatternRewriter &rewriter) const override {
    auto it = copyOf.find(op.getTarget());
    if (it == copyOf.end())
      return rewriter.notifyMatchFailure(op, "not a view op");
    StringRef copyTarget = it->second;
    // The copy keeps the view's location (ExportPassBase keeps its meta).
    // The copy returns what the view returns; the registry re-derives it
    // when it knows the copy, otherwise the view's types carry over.
    SmallVector<Type> types(op->getResultTypes());
    if (hasInferenceRule(copyTarget))
      for (Type &type : types)
        type = UnknownType::get(getContext());
    auto copy = CallFunctionOp::create(
        rewriter, op.getLoc(), types,
        getNodeNameForTarget(copyTarget),
        rewriter.getStringAttr(copyTarget), op.getArgs(), op.getKwargs(),
        op->getOperands());
    created.push_back(copy);
    rewriter.replaceOp(op, copy);
    return success();
  }

  llvm::StringMap<StringRef> copyOf;
  SmallVectorImpl<Operation *> &created;
};

struct ReplaceViewOpsWithViewCopyPass
    : fx::impl::FxReplaceViewOpsWithViewCopyBase<
          ReplaceViewOpsWithViewCopyPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    Operation *root = getOperation();
    RewritePatternSet patterns(context);
    SmallVector<Operation *> created;
    patterns.add<ReplaceViewOpWithViewCopy>(context, created);

    NodeMetadataOptions options;
    options.policy = policy;
    NodeMetadataScope scope(root, options);
    GreedyRewriteConfig config;
    config.setListener(scope.getListener());
    // Graph order, so that copies are named in order (view_copy, then
    // view_copy_1, ...).
    config.setUseTopDownTraversal(true);
    if (failed(applyPatternsGreedily(root, std::move(patterns), config)) ||
        failed(scope.finalize()))
      return signalPassFailure();

    // A copy whose type the registry could not infer is an error at it.
    bool untyped = false;
    for (Operation *op : created) {
      bool unknown = false;
      for (Type type : op->getResultTypes())
        type.walk([&](UnknownType) { unknown = true; });
      if (!unknown)
        continue;
      auto call = cast<CallFunctionOp>(op);
      call.emitError() << "could not infer the type of '" << call.getTarget()
                       << "' node '" << call.getName() << "'";
      untyped = true;
    }
    if (untyped)
      signalPassFailure();
  }
};

} // namespace
