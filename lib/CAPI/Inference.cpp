//===- Inference.cpp - C API of fx type inference -------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir-c/Inference.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Support.h"
#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace mlir::fx;

bool fxMlirHasInferenceRule(MlirStringRef target) {
  return hasInferenceRule(unwrap(target));
}

MlirLogicalResult fxMlirCallFunctionOpInferResultTypes(
    MlirOperation op, FxMlirTypeCallback callback, void *userData) {
  auto call = cast<CallFunctionOp>(unwrap(op));
  // Each call stands alone: its unbacked symbols, if any, come after those
  // already in its graph.
  std::unique_ptr<ShapeEnv> shapeEnv =
      ShapeEnv::forOp(call->getParentOp() ? call->getParentOp() : call);
  SmallVector<Type, 1> results;
  if (failed(inferCallFunctionTypes(call, shapeEnv.get(), results)))
    return mlirLogicalResultFailure();
  for (Type type : results)
    callback(wrap(type), userData);
  return mlirLogicalResultSuccess();
}

static InferTypesMode unwrap(FxMlirInferTypesMode mode) {
  switch (mode) {
  case FxMlirInferTypesFill:
    return InferTypesMode::Fill;
  case FxMlirInferTypesOverwrite:
    return InferTypesMode::Overwrite;
  case FxMlirInferTypesCheck:
    return InferTypesMode::Check;
  }
  llvm_unreachable("unknown FxMlirInferTypesMode");
}

MlirLogicalResult fxMlirInferTypes(MlirOperation root,
                                   FxMlirInferTypesMode mode) {
  Operation *op = unwrap(root);
  PassManager pm(op->getName());
  FxInferTypesOptions options;
  options.mode = unwrap(mode);
  pm.addPass(createFxInferTypes(options));
  return wrap(pm.run(op));
}
