//===- ExportPipeline.cpp - The fx-export-pipeline pass pipeline ----------===//
//
// PyTorch's export passes in the order torch.export applies them:
// legacy quantized ops first (the TorchScript converter's rewrite), set_grad
// regions while the graph is still pre-dispatch, then run_decompositions,
// insert_deferred_runtime_asserts (which run_decompositions calls after
// retracing), and last the backend-facing rewrites (side-effect
// functionalization and view_copy, as EXIR's to_edge does), checked by
// fx-verify-metadata.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::fx;

void mlir::fx::buildFxExportPipeline(OpPassManager &pm) {
  pm.addPass(createFxReplaceQuantizedOps());
  pm.addPass(createFxReplaceSetGradWithSubgraph());
  pm.addPass(createFxDecompose());
  pm.addPass(createFxInsertRuntimeAsserts());
  pm.addPass(createFxFunctionalizeSideEffects());
  pm.addPass(createFxReplaceViewOpsWithViewCopy());
  pm.addPass(createFxVerifyMetadata());
}

void mlir::fx::registerFxPipelines() {
  PassPipelineRegistration<>(
      "fx-export-pipeline",
      "PyTorch's export passes in export order: fx-replace-quantized-ops, "
      "fx-replace-set-grad-with-subgraph, fx-decompose, "
      "fx-insert-runtime-asserts, fx-functionalize-side-effects, "
      "fx-replace-view-ops-with-view-copy, then fx-verify-metadata",
      buildFxExportPipeline);
}
