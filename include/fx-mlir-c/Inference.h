/*===- Inference.h - C API of fx type inference -------------------*- C -*-===*\
|*                                                                            *|
|* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception                    *|
|*                                                                            *|
|* Fake-tensor type inference (fx-mlir/Dialect/Fx/Inference/TypeInference.h): *|
|* the result types of one call_function node, or of every node of a graph.   *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef FX_MLIR_C_INFERENCE_H
#define FX_MLIR_C_INFERENCE_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Whether the inference registry has a rule for `target`
/// (`aten.add.Tensor`).
MLIR_CAPI_EXPORTED bool fxMlirHasInferenceRule(MlirStringRef target);

/// Receives one inferred result type.
typedef void (*FxMlirTypeCallback)(MlirType type, void *userData);

/// Infers the result types of the call_function node `op` from its target,
/// args, kwargs and operand types, without changing `op`: passes each type to
/// `callback` in result order (none for a target whose schema returns
/// nothing). On failure, emits an error at the node's location and returns
/// failure.
MLIR_CAPI_EXPORTED MlirLogicalResult fxMlirCallFunctionOpInferResultTypes(
    MlirOperation op, FxMlirTypeCallback callback, void *userData);

/// What fxMlirInferTypes does with the types it infers (the modes of the
/// fx-infer-types pass).
typedef enum {
  /// Set result types that are `!fx.unknown`.
  FxMlirInferTypesFill,
  /// Replace every call_function's result types.
  FxMlirInferTypesOverwrite,
  /// Change nothing; report each node whose types differ as an error.
  FxMlirInferTypesCheck,
} FxMlirInferTypesMode;

/// Infers the types of every call_function node of every graph in `root`, in
/// order, as the fx-infer-types pass does; `root` must be an op a pass can run
/// on (isolated from above: builtin.module, fx.graph_module). Errors are
/// emitted as diagnostics; returns failure if any node failed.
MLIR_CAPI_EXPORTED MlirLogicalResult
fxMlirInferTypes(MlirOperation root, FxMlirInferTypesMode mode);

#ifdef __cplusplus
}
#endif

#endif // FX_MLIR_C_INFERENCE_H
