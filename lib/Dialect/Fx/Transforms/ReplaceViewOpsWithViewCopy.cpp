//===- ReplaceViewOpsWithViewCopy.cpp - fx-replace-view-ops-with-view-copy ===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// PyTorch's ReplaceViewOpsWithViewCopyOpsPass
// (torch/_export/passes/replace_view_ops_with_view_copy_ops_pass.py): an aten
// op whose first argument is a non-writing alias (`Tensor(a) self`) becomes
// `<name>_copy.<overload>`; `_unsafe_view` becomes `view_copy`. An ordered
// rewrite: a walk with an IRRewriter, each copy attributed to its view by a
// RewriteGuard.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/DenseMap.h"

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

/// What the copies of one view target are built from: the copy's target
/// attribute, its node name and whether the registry re-derives its types.
/// Computed once per pass: graphs repeat a few view targets many times, and
/// naming and uniquing them per view cost more than creating the copy.
struct ViewCopy {
  StringAttr target;
  std::string name;
  bool inferred;
};

/// Replaces `view` by a call of the copy target with the same args, kwargs
/// and location (ExportPassBase keeps the node's meta). The copy returns what
/// the view returns: the registry re-derives it when it knows the copy,
/// otherwise the view's types carry over.
CallFunctionOp replaceWithCopy(RewriterBase &rewriter, CallFunctionOp view,
                               const ViewCopy &copyOf) {
  SmallVector<Type, 1> types(view->getResultTypes());
  if (copyOf.inferred)
    for (Type &type : types)
      type = UnknownType::get(rewriter.getContext());
  rewriter.setInsertionPoint(view);
  auto copy = CallFunctionOp::create(rewriter, view.getLoc(), types,
                                     copyOf.name, copyOf.target, view.getArgs(),
                                     view.getKwargs(), view->getOperands());
  rewriter.replaceOp(view, copy);
  return copy;
}

struct ReplaceViewOpsWithViewCopyPass
    : fx::impl::FxReplaceViewOpsWithViewCopyBase<
          ReplaceViewOpsWithViewCopyPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    viewCopies.clear();
    for (const auto &[view, copy] : kViewCopyTable)
      viewCopies.try_emplace(StringAttr::get(context, view),
                             ViewCopy{StringAttr::get(context, copy),
                                      getNodeNameForTarget(copy),
                                      hasInferenceRule(copy)});
    return success();
  }

  void runOnOperation() override {
    Operation *root = getOperation();
    // In graph order, so that copies are named in order (view_copy, then
    // view_copy_1, ...); each copy is the rewrite of its view.
    SmallVector<std::pair<CallFunctionOp, const ViewCopy *>> views;
    root->walk([&](CallFunctionOp op) {
      if (auto copy = viewCopies.find(op.getTargetAttr());
          copy != viewCopies.end())
        views.emplace_back(op, &copy->second);
    });
    if (views.empty())
      return;

    IRRewriter rewriter(&getContext());
    NodeMetadataOptions options;
    options.policy = policy;
    options.recordProvenance = provenance;
    options.passName = getArgument();
    NodeMetadataScope scope(rewriter, root, options);
    SmallVector<CallFunctionOp> copies;
    for (auto [view, copyOf] : views) {
      NodeMetadataScope::RewriteGuard guard = scope.rewriting(view);
      copies.push_back(replaceWithCopy(rewriter, view, *copyOf));
    }
    bool typesComplete = succeeded(scope.finalize());

    // A copy whose type the registry could not infer is an error at it.
    bool untyped = false;
    for (CallFunctionOp copy : copies) {
      if (!llvm::any_of(copy->getResultTypes(), isOrContainsUnknown))
        continue;
      copy.emitError() << "could not infer the type of '" << copy.getTarget()
                       << "' node '" << copy.getName() << "'";
      untyped = true;
    }
    if (untyped || !typesComplete)
      signalPassFailure();
  }

  /// The copy of each view target of kViewCopyTable, by view target.
  llvm::DenseMap<StringAttr, ViewCopy> viewCopies;
};

} // namespace
