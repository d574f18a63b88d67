//===- Passes.h - fx dialect passes -----------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H
#define FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::fx {

/// What fx-infer-types does with the types it infers.
enum class InferTypesMode { Fill, Overwrite, Check };

#define GEN_PASS_DECL
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"

/// The options of fx-export-pipeline.
struct FxExportPipelineOptions
    : public PassPipelineOptions<FxExportPipelineOptions> {
  Option<std::string> coreAtenSeverity{
      *this, "core-aten-severity",
      llvm::cl::desc("How fx-verify-core-aten reports a node left outside "
                     "Core ATen: error (the pipeline fails) or warning"),
      llvm::cl::init("error")};
  Option<bool> provenance{
      *this, "provenance",
      llvm::cl::desc("Record in each created node's fx.from_node which pass "
                     "made it from which node; false turns it off"),
      llvm::cl::init(true)};
};

/// Adds PyTorch's export passes, in export order, then fx-verify-metadata and
/// fx-verify-core-aten.
void buildFxExportPipeline(OpPassManager &pm,
                           const FxExportPipelineOptions &options);

/// Registers the fx pass pipelines (`fx-export-pipeline`).
void registerFxPipelines();

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H
