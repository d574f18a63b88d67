//===- Translate.cpp - C API of fx-mlir's translations --------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir-c/Translate.h"
#include "fx-mlir/Target/Pt2/Pt2.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Support.h"
#include "mlir/CAPI/Utils.h"

using namespace mlir;

MlirModule fxMlirImportPt2(MlirContext context, MlirStringRef archive,
                           MlirStringRef name) {
  llvm::MemoryBufferRef buffer(unwrap(archive), unwrap(name));
  return wrap(fx::importPt2Archive(buffer, unwrap(context)).release());
}

MlirModule fxMlirImportPt2Json(MlirContext context, MlirStringRef json,
                               MlirStringRef name) {
  llvm::MemoryBufferRef buffer(unwrap(json), unwrap(name));
  return wrap(fx::importPt2Json(buffer, unwrap(context)).release());
}

MlirLogicalResult fxMlirExportPt2(MlirModule module,
                                  MlirStringCallback callback,
                                  void *userData) {
  detail::CallbackOstream stream(callback, userData);
  return wrap(fx::exportPt2Archive(unwrap(module), stream));
}

MlirLogicalResult fxMlirExportPt2Json(MlirModule module,
                                      MlirStringCallback callback,
                                      void *userData) {
  detail::CallbackOstream stream(callback, userData);
  return wrap(fx::exportPt2Json(unwrap(module), stream));
}
