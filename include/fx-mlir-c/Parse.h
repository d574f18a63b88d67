/*===- Parse.h - Parse fx-mlir input through the C API ------------*- C -*-===*\
|*                                                                            *|
|* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception                    *|
|*                                                                            *|
|* mlirModuleCreateParse reading input as fx-mlir's tools do (ToolInput.h):  *|
|* text that nests deeper than MLIR's recursive parser can take              *|
|* (fx::kMaxNestingDepth levels of brackets) or names an empty symbol gets a  *|
|* located error on the context instead of a stack overflow or unreadable     *|
|* output; bytecode holding weights reads from any buffer.                    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef FX_MLIR_C_PARSE_H
#define FX_MLIR_C_PARSE_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Parses `module` (MLIR text or bytecode; it needs no NUL terminator) into a
/// module. On a syntax error, unreadable input (InputText.h) or an invalid
/// module, emits the error on `context` and returns a null module.
/// `sourceName` names the input in locations.
MLIR_CAPI_EXPORTED MlirModule fxMlirModuleCreateParse(MlirContext context,
                                                      MlirStringRef module,
                                                      MlirStringRef sourceName);

/// The same, reading the file `fileName` ("-" for stdin); a file that cannot
/// be read is an error on `context` too.
MLIR_CAPI_EXPORTED MlirModule
fxMlirModuleCreateParseFromFile(MlirContext context, MlirStringRef fileName);

#ifdef __cplusplus
}
#endif

#endif // FX_MLIR_C_PARSE_H
