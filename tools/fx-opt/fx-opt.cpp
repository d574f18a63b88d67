//===- fx-opt.cpp - The fx-mlir optimizer driver --------------------------===//
//
// mlir-opt with the fx dialect and fx-mlir's passes registered.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/InitAll.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::fx::registerAllDialects(registry);
  mlir::fx::registerAllPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "fx-mlir optimizer driver\n", registry));
}
