//===- TranslateRegistration.cpp - The .pt2 translations ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Support/ToolInput.h"
#include "fx-mlir/Support/ToolOutput.h"
#include "fx-mlir/Target/Pt2/Pt2.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace mlir::fx;

/// The input of an import: the source manager's main file.
static llvm::MemoryBufferRef
getMainBuffer(const std::shared_ptr<llvm::SourceMgr> &sourceMgr) {
  return *sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
}

void mlir::fx::registerPt2Translations() {
  auto registerFx = [](DialectRegistry &registry) {
    registry.insert<FxDialect>();
  };
  // Weights are read into 64-byte aligned blobs; the archive itself needs no
  // alignment.
  TranslateToFxRegistration importArchive(
      "import-pt2", "import a torch.export .pt2 archive",
      [](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
         MLIRContext *context) {
        return OwningOpRef<Operation *>(
            importPt2Archive(getMainBuffer(sourceMgr), context).release());
      },
      registerFx);
  TranslateToFxRegistration importJson(
      "import-pt2-json", "import a torch.export program JSON",
      [](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
         MLIRContext *context) {
        return OwningOpRef<Operation *>(
            importPt2Json(getMainBuffer(sourceMgr), context).release());
      },
      registerFx);
  TranslateToFxRegistration importFx(
      "import-fx-json", "import fx graph module JSON (any torch.fx graph)",
      [](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
         MLIRContext *context) {
        return OwningOpRef<Operation *>(
            importFxJson(getMainBuffer(sourceMgr), context).release());
      },
      registerFx);
  TranslateFromFxRegistration exportFx(
      "export-fx-json", "export fx graph modules as fx graph module JSON",
      [](ModuleOp module, llvm::raw_ostream &os) {
        return exportFxJson(module, os);
      },
      registerFx);
  TranslateFromFxRegistration exportArchive(
      "export-pt2", "export an fx graph module as a .pt2 archive",
      [](ModuleOp module, llvm::raw_ostream &os) {
        return exportPt2Archive(module, os);
      },
      registerFx);
  TranslateFromFxRegistration exportJson(
      "export-pt2-json", "export an fx graph module as program JSON",
      [](ModuleOp module, llvm::raw_ostream &os) {
        return exportPt2Json(module, os);
      },
      registerFx);
}
