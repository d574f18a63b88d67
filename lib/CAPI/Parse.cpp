//===- Parse.cpp - Parse fx-mlir input through the C API ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir-c/Parse.h"
#include "fx-mlir/Support/InputText.h"
#include "fx-mlir/Support/ToolInput.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

/// Parses `buffer` as fx-mlir's tools read their input (ToolInput.h), with
/// diagnostics on `context`.
static MlirModule parseGuarded(MLIRContext *context,
                               std::unique_ptr<llvm::MemoryBuffer> buffer) {
  if (failed(fx::checkInputText(buffer->getMemBufferRef(), context)))
    return MlirModule{nullptr};
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  sourceMgr->AddNewSourceBuffer(fx::alignForBytecode(std::move(buffer)),
                                llvm::SMLoc());
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(context));
  return MlirModule{module.release().getOperation()};
}

MlirModule fxMlirModuleCreateParse(MlirContext context, MlirStringRef module,
                                   MlirStringRef sourceName) {
  // A copy, because MLIR's lexer reads the NUL after the text, which a
  // string from C need not have.
  return parseGuarded(unwrap(context), llvm::MemoryBuffer::getMemBufferCopy(
                                           unwrap(module), unwrap(sourceName)));
}

MlirModule fxMlirModuleCreateParseFromFile(MlirContext context,
                                           MlirStringRef fileName) {
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> buffer =
      fx::openToolInput(unwrap(fileName), &error);
  if (!buffer) {
    emitError(UnknownLoc::get(unwrap(context))) << error;
    return MlirModule{nullptr};
  }
  return parseGuarded(unwrap(context), std::move(buffer));
}
