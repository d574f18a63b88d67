/*===- Fx.h - C API of the fx dialect ------------------------------*- C -*-===*\
|*                                                                            *|
|* For embedders with a C interface (and language bindings): registering the  *|
|* dialect and passes, FX-specific types and stack-trace locations, and type  *|
|* inference over a graph.                                                    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef FX_MLIR_C_DIALECT_FX_H
#define FX_MLIR_C_DIALECT_FX_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Fx, fx);

/// Registers every fx-mlir pass and pipeline with the global registry.
MLIR_CAPI_EXPORTED void fxMlirRegisterPasses(void);

/// Whether `type` is `!fx.sym_int`, `!fx.sym_float`, `!fx.sym_bool`,
/// `!fx.unknown`.
MLIR_CAPI_EXPORTED bool fxMlirTypeIsSymInt(MlirType type);
MLIR_CAPI_EXPORTED bool fxMlirTypeIsSymFloat(MlirType type);
MLIR_CAPI_EXPORTED bool fxMlirTypeIsSymBool(MlirType type);
MLIR_CAPI_EXPORTED bool fxMlirTypeIsUnknown(MlirType type);

/// A ranked tensor type without its `#fx.dims` encoding (symbolic dims stay
/// `?`); other types are returned unchanged.
MLIR_CAPI_EXPORTED MlirType fxMlirTypeStripSymbolicSizes(MlirType type);

/// The location standing for an FX stack_trace text.
MLIR_CAPI_EXPORTED MlirLocation
fxMlirLocationFromStackTrace(MlirContext context, MlirStringRef stackTrace);

/// Passes the FX stack_trace text of `location` to `callback` and returns
/// true, or returns false when `location` is no stack trace.
MLIR_CAPI_EXPORTED bool fxMlirLocationGetStackTrace(MlirLocation location,
                                                    MlirStringCallback callback,
                                                    void *userData);

#ifdef __cplusplus
}
#endif

#endif // FX_MLIR_C_DIALECT_FX_H
