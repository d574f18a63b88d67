//===- fx-opt.cpp - The fx-mlir optimizer driver --------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// mlir-opt with the fx dialect and fx-mlir's passes registered. The input is
// read first and refused with a located error when it nests deeper than MLIR's
// recursive parser can take (fx-mlir/Support/NestingDepth.h), then handed to
// MlirOptMain.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/InitAll.h"
#include "fx-mlir/Support/NestingDepth.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"

namespace mlir::fx::test {
void registerTestNodeMetadataListenerPass();
} // namespace mlir::fx::test

/// Fails with a located error when `input` nests too deeply to parse. The
/// error gives file:line:col without quoting the line, as MLIR's SourceMgr
/// handler would: deep input is often one line of megabytes, which LLVM
/// prints in full, one unbuffered write per byte.
static mlir::LogicalResult checkInput(const llvm::MemoryBuffer &input) {
  mlir::MLIRContext context(mlir::MLIRContext::Threading::DISABLED);
  mlir::ScopedDiagnosticHandler handler(&context, [](mlir::Diagnostic &diag) {
    auto loc = mlir::cast<mlir::FileLineColLoc>(diag.getLocation());
    llvm::errs() << loc.getFilename().getValue() << ':' << loc.getLine() << ':'
                 << loc.getColumn() << ": error: " << diag << '\n';
    return mlir::success();
  });
  return mlir::fx::checkNestingDepth(input.getMemBufferRef(), &context);
}

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
  // Bytecode sections holding resources (weights) require their alignment of
  // the buffer: a small file or stdin is copied to the heap unaligned unless
  // asked (mlir-opt 22 fails on such files). A page covers every blob.
  const llvm::Align kInputAlignment(4096);
  std::unique_ptr<llvm::MemoryBuffer> input =
      mlir::openInputFile(inputFilename, kInputAlignment, &error);
  if (!input) {
    llvm::errs() << error << "\n";
    return EXIT_FAILURE;
  }
  // stdin ignores the alignment asked for.
  if (!llvm::isAddrAligned(kInputAlignment, input->getBufferStart())) {
    std::unique_ptr<llvm::WritableMemoryBuffer> aligned =
        llvm::WritableMemoryBuffer::getNewUninitMemBuffer(
            input->getBufferSize(), input->getBufferIdentifier(),
            kInputAlignment);
    llvm::copy(input->getBuffer(), aligned->getBufferStart());
    input = std::move(aligned);
  }
  if (mlir::failed(checkInput(*input)))
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
