//===- fx-opt.cpp - The fx-mlir optimizer driver --------------------------===//
//
// mlir-opt with the fx dialect and fx-mlir's passes registered.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/InitAll.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

namespace mlir::fx::test {
void registerTestNodeMetadataListenerPass();
} // namespace mlir::fx::test

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::fx::registerAllDialects(registry);
  mlir::fx::registerAllPasses();
  mlir::fx::registerUpstreamDialects(registry);
  mlir::fx::registerUpstreamPasses();
  mlir::fx::test::registerTestNodeMetadataListenerPass();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "fx-mlir optimizer driver\n", registry));
}
