//===- ExportPipeline.cpp - The fx-export-pipeline pass pipeline ----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// PyTorch's export passes in the order torch.export applies them:
// legacy quantized ops first (the TorchScript converter's rewrite), set_grad
// regions while the graph is still pre-dispatch, then run_decompositions
// (functionalization of in-place ops, then the decompositions of the
// functional ops, as FunctionalTensorMode hands the decomposition table
// out-of-place ops only), insert_deferred_runtime_asserts (which
// run_decompositions calls after retracing), and last the backend-facing
// rewrites (side-effect functionalization and view_copy, as EXIR's to_edge
// does), checked by fx-verify-metadata and fx-verify-core-aten.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::fx;

void mlir::fx::buildFxExportPipeline(OpPassManager &pm,
                                     const FxExportPipelineOptions &options) {
  // Anchored on each top-level graph module: the passes touch nothing
  // outside the module they run on (its nested graph modules included) and
  // each has its own listener, so the pass manager runs independent graph
  // modules in parallel.
  OpPassManager &modules = pm.getOpName() == GraphModuleOp::getOperationName()
                               ? pm
                               : pm.nest<GraphModuleOp>();
  bool provenance = options.provenance;
  FxReplaceQuantizedOpsOptions replaceQuantizedOps;
  replaceQuantizedOps.provenance = provenance;
  modules.addPass(createFxReplaceQuantizedOps(replaceQuantizedOps));
  modules.addPass(createFxReplaceSetGradWithSubgraph({provenance}));
  modules.addPass(createFxFunctionalizeInPlaceOps({provenance}));
  FxDecomposeOptions decompose;
  decompose.provenance = provenance;
  modules.addPass(createFxDecompose(decompose));
  FxInsertRuntimeAssertsOptions insertRuntimeAsserts;
  insertRuntimeAsserts.provenance = provenance;
  modules.addPass(createFxInsertRuntimeAsserts(insertRuntimeAsserts));
  modules.addPass(createFxFunctionalizeSideEffects({provenance}));
  FxReplaceViewOpsWithViewCopyOptions replaceViewOps;
  replaceViewOps.provenance = provenance;
  modules.addPass(createFxReplaceViewOpsWithViewCopy(replaceViewOps));
  modules.addPass(createFxVerifyMetadata());
  modules.addPass(createFxVerifyCoreAten(
      FxVerifyCoreAtenOptions{options.coreAtenSeverity}));
}

void mlir::fx::registerFxPipelines() {
  PassPipelineRegistration<FxExportPipelineOptions>(
      "fx-export-pipeline",
      "PyTorch's export passes in export order: fx-replace-quantized-ops, "
      "fx-replace-set-grad-with-subgraph, fx-functionalize-in-place-ops, "
      "fx-decompose, fx-insert-runtime-asserts, "
      "fx-functionalize-side-effects, fx-replace-view-ops-with-view-copy, "
      "then fx-verify-metadata and fx-verify-core-aten",
      buildFxExportPipeline);
}
