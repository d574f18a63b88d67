//===- InferTypes.cpp - The fx-infer-types pass ---------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXINFERTYPES
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

struct InferTypesPass : fx::impl::FxInferTypesBase<InferTypesPass> {
  using Base::Base;

  void runOnOperation() override {
    bool failedAny = false;
    // One ShapeEnv per graph, as each traced graph has its own in PyTorch.
    // Overwrite and check re-infer every call, so only the graph's inputs
    // hold symbols to avoid; fill keeps the known call results.
    getOperation()->walk([&](GraphOp graph) {
      std::unique_ptr<ShapeEnv> shapeEnv = ShapeEnv::forOp(
          graph, /*includeCallResults=*/mode == InferTypesMode::Fill);
      for (Operation &op : graph.getBody().front()) {
        LogicalResult result = success();
        if (auto call = dyn_cast<CallFunctionOp>(op))
          result = processNode(call, *shapeEnv);
        else if (auto method = dyn_cast<CallMethodOp>(op);
                 method && isSymDunderMethod(method.getTarget()))
          result = processSymDunder(method);
        if (failed(result))
          failedAny = true;
      }
    });
    if (failedAny)
      signalPassFailure();
  }

  LogicalResult processNode(CallFunctionOp op, ShapeEnv &shapeEnv) {
    bool unknownResult =
        llvm::any_of(op->getResultTypes(), isOrContainsUnknown);
    if (mode == InferTypesMode::Fill) {
      if (!unknownResult)
        return success();
      // The cause upstream has been reported already.
      if (llvm::any_of(op->getOperandTypes(), isOrContainsUnknown))
        return success();
      if (!hasInferenceRule(op.getTarget())) {
        op.emitWarning() << "no type inference rule for '" << op.getTarget()
                         << "'; result types left unknown";
        return success();
      }
    }
    SmallVector<Type, 1> inferred;
    if (failed(inferCallFunctionTypes(op, &shapeEnv, inferred)))
      return failure();
    return applyInferred(op, op.getName(), op.getTarget(), inferred);
  }

  /// A sym dunder call_method (`n.__sym_float__()`): typed as Python and
  /// torch.Sym* type it (inferSymDunderTypes).
  LogicalResult processSymDunder(CallMethodOp op) {
    if (mode == InferTypesMode::Fill &&
        !llvm::any_of(op->getResultTypes(), isOrContainsUnknown))
      return success();
    SmallVector<Type, 1> inferred;
    if (failed(inferSymDunderTypes(op, inferred)))
      return failure();
    return applyInferred(op, op.getName(), op.getTarget(), inferred);
  }

  /// Check mode compares `inferred` with the node's result types; the others
  /// set them.
  LogicalResult applyInferred(Operation *op, StringRef name, StringRef target,
                              ArrayRef<Type> inferred) {
    if (mode == InferTypesMode::Check) {
      if (TypeRange(inferred) == op->getResultTypes())
        return success();
      InFlightDiagnostic diag = op->emitError()
                                << "type mismatch for node '" << name << "' ("
                                << target << "): inferred ";
      diag << "(" << inferred << ") but found (" << op->getResultTypes() << ")";
      return diag;
    }
    return setResultTypes(op, name, inferred);
  }

  /// Sets the result types to `inferred`. A placeholder result on a node
  /// whose schema returns nothing becomes `none`, FX's `val = None`.
  LogicalResult setResultTypes(Operation *op, StringRef name,
                               ArrayRef<Type> inferred) {
    if (inferred.empty() && op->getNumResults() == 1) {
      op->getResult(0).setType(NoneType::get(op->getContext()));
      return success();
    }
    if (inferred.size() != op->getNumResults())
      return op->emitError()
             << "node '" << name << "' has " << op->getNumResults()
             << " results but its schema returns " << inferred.size();
    for (auto [result, type] : llvm::zip_equal(op->getResults(), inferred))
      result.setType(type);
    return success();
  }
};

} // namespace
