//===- relu-to-clamp-opt.cpp - The example's optimizer driver -------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// mlir-opt with fx-mlir's dialects and passes and the example's own pass.
//
//===----------------------------------------------------------------------===//

#include "ReluToClamp/Passes.h"
#include "fx-mlir/InitAll.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::fx::registerAllDialects(registry);
  mlir::fx::registerAllPasses();
  relu_to_clamp::registerReluToClampMin();
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "relu-to-clamp optimizer driver\n", registry));
}
