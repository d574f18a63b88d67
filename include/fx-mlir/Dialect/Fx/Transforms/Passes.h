//===- Passes.h - fx dialect passes -----------------------------*- C++ -*-===//

#ifndef FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H
#define FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "mlir/Pass/Pass.h"

namespace mlir::fx {

/// What fx-infer-types does with the types it infers.
enum class InferTypesMode { Fill, Overwrite, Check };

#define GEN_PASS_DECL
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_H
