//===- Passes.h - fx dialect passes -----------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H
#define FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/Pass/Pass.h"

namespace mlir::fx {

/// What fx-infer-types does with the types it infers.
enum class InferTypesMode { Fill, Overwrite, Check };

#define GEN_PASS_DECL
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"

/// Adds PyTorch's export passes, in export order, then fx-verify-metadata.
void buildFxExportPipeline(OpPassManager &pm);

/// Registers the fx pass pipelines (`fx-export-pipeline`).
void registerFxPipelines();

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H
