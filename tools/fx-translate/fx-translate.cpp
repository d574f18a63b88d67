//===- fx-translate.cpp - The fx-mlir translation driver ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// mlir-translate with fx-mlir's translations: torch.export .pt2 archives and
// program JSON in and out of the fx dialect; FX graphs as Graphviz DOT and
// as an HTML viewer.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Target/Dot/Dot.h"
#include "fx-mlir/Target/Html/Html.h"
#include "fx-mlir/Target/Pt2/Pt2.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  mlir::fx::registerPt2Translations();
  mlir::fx::registerFxToDotTranslation();
  mlir::fx::registerFxToHtmlTranslation();
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "fx-mlir translation driver\n"));
}
