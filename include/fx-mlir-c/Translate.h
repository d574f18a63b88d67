/*===- Translate.h - C API of fx-mlir's translations ---------------*- C -*-===*\
|*                                                                            *|
|* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception                    *|
|*                                                                            *|
|* torch.export .pt2 archives and program JSON into and out of the fx         *|
|* dialect, for compilers that load PyTorch models without Python.            *|
|* Diagnostics go to the context's diagnostic handlers.                       *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef FX_MLIR_C_TRANSLATE_H
#define FX_MLIR_C_TRANSLATE_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Imports the .pt2 archive whose bytes are `archive`; `name` names it in
/// diagnostics. Returns a null module, after reporting why, on bad input.
/// Weights are copied once, into the module's dense resources.
MLIR_CAPI_EXPORTED MlirModule fxMlirImportPt2(MlirContext context,
                                              MlirStringRef archive,
                                              MlirStringRef name);

/// Imports a bare program JSON (an archive's models/<name>.json).
MLIR_CAPI_EXPORTED MlirModule fxMlirImportPt2Json(MlirContext context,
                                                  MlirStringRef json,
                                                  MlirStringRef name);

/// Writes the single fx.graph_module of `module` as a .pt2 archive, passing
/// its bytes to `callback` in pieces.
MLIR_CAPI_EXPORTED MlirLogicalResult
fxMlirExportPt2(MlirModule module, MlirStringCallback callback, void *userData);

/// Writes the program JSON of the single fx.graph_module of `module`.
MLIR_CAPI_EXPORTED MlirLogicalResult fxMlirExportPt2Json(
    MlirModule module, MlirStringCallback callback, void *userData);

#ifdef __cplusplus
}
#endif

#endif // FX_MLIR_C_TRANSLATE_H
