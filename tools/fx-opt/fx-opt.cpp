//===- fx-opt.cpp - The fx-mlir optimizer driver --------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// mlir-opt with the fx dialect and fx-mlir's passes registered. The input is
// read first as every fx-mlir tool reads it (fx-mlir/Support/ToolInput.h:
// aligned for bytecode, refused when it nests deeper than MLIR's recursive
// parser can take), then handed to MlirOptMain.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/InitAll.h"
#include "fx-mlir/Support/ToolInput.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"

namespace mlir::fx::test {
void registerTestNodeMetadataListenerPass();
} // namespace mlir::fx::test

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  mlir::DialectRegistry registry;
  mlir::fx::registerAllDialects(registry);
  mlir::fx::registerAllPasses();
  mlir::fx::registerUpstreamDialects(registry);
  mlir::fx::registerUpstreamPasses();
  mlir::fx::test::registerTestNodeMetadataListenerPass();
  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argc, argv, "fx-mlir optimizer driver\n", registry);
  mlir::MlirOptMainConfig config =
      mlir::MlirOptMainConfig::createFromCLOptions();

  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input =
      mlir::fx::openToolInput(inputFilename, &error);
  if (!input) {
    llvm::errs() << error << "\n";
    return EXIT_FAILURE;
  }
  if (mlir::failed(mlir::fx::checkToolInput(*input)))
    return EXIT_FAILURE;
  std::unique_ptr<llvm::ToolOutputFile> output =
      mlir::openOutputFile(outputFilename, &error);
  if (!output) {
    llvm::errs() << error << "\n";
    return EXIT_FAILURE;
  }
  if (mlir::failed(
          mlir::MlirOptMain(output->os(), std::move(input), registry, config)))
    return EXIT_FAILURE;
  output->keep();
  return EXIT_SUCCESS;
}
