//===- ToolInput.cpp - How fx-mlir's tools read MLIR input ----------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Support/ToolInput.h"
#include "fx-mlir/Support/InputText.h"
#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/ParseUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

/// A page: more than any bytecode section asks (resource blobs ask 64), and
/// what a memory-mapped file has anyway.
static constexpr uint64_t kBytecodeAlignment = 4096;

std::unique_ptr<llvm::MemoryBuffer>
fx::alignForBytecode(std::unique_ptr<llvm::MemoryBuffer> input) {
  const llvm::Align alignment(kBytecodeAlignment);
  if (!isBytecode(input->getMemBufferRef()) ||
      llvm::isAddrAligned(alignment, input->getBufferStart()))
    return input;
  std::unique_ptr<llvm::WritableMemoryBuffer> aligned =
      llvm::WritableMemoryBuffer::getNewUninitMemBuffer(
          input->getBufferSize(), input->getBufferIdentifier(), alignment);
  llvm::copy(input->getBuffer(), aligned->getBufferStart());
  return aligned;
}

std::unique_ptr<llvm::MemoryBuffer> fx::openToolInput(StringRef fileName,
                                                      std::string *error) {
  // stdin ignores the alignment asked for.
  std::unique_ptr<llvm::MemoryBuffer> input =
      openInputFile(fileName, llvm::Align(kBytecodeAlignment), error);
  return input ? alignForBytecode(std::move(input)) : nullptr;
}

LogicalResult fx::checkToolInput(const llvm::MemoryBuffer &input) {
  MLIRContext context(MLIRContext::Threading::DISABLED);
  ScopedDiagnosticHandler handler(&context, [](Diagnostic &diag) {
    auto loc = cast<FileLineColLoc>(diag.getLocation());
    llvm::errs() << loc.getFilename().getValue() << ':' << loc.getLine() << ':'
                 << loc.getColumn() << ": error: " << diag << '\n';
    return success();
  });
  return checkInputText(input.getMemBufferRef(), &context);
}

/// mlir-translate's `--no-implicit-module`, which upstream keeps private to
/// its own registrations.
static bool parseWithImplicitModule() {
  auto &options = llvm::cl::getRegisteredOptions();
  auto it = options.find("no-implicit-module");
  return it == options.end() ||
         !static_cast<llvm::cl::opt<bool> *>(it->second)->getValue();
}

fx::TranslateFromFxRegistration::TranslateFromFxRegistration(
    StringRef name, StringRef description,
    const TranslateFromMLIRFunction &function,
    const DialectRegistrationFunction &dialectRegistration) {
  TranslateRegistration registration(
      name, description,
      [function, dialectRegistration](
          const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
          raw_ostream &output, MLIRContext *context) -> LogicalResult {
        const llvm::MemoryBuffer &input =
            *sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
        if (failed(checkToolInput(input)))
          return failure();
        DialectRegistry registry;
        dialectRegistration(registry);
        context->appendDialectRegistry(registry);
        // The aligned copy keeps the buffer's name, so the diagnostic handler
        // of the driver, which knows `sourceMgr`, still quotes its lines.
        auto alignedMgr = std::make_shared<llvm::SourceMgr>();
        alignedMgr->AddNewSourceBuffer(
            alignForBytecode(llvm::MemoryBuffer::getMemBuffer(
                input.getBuffer(), input.getBufferIdentifier(),
                /*RequiresNullTerminator=*/true)),
            llvm::SMLoc());
        OwningOpRef<Operation *> op = parseSourceFileForTool(
            alignedMgr, context, parseWithImplicitModule());
        if (!op || failed(verify(*op)))
          return failure();
        return function(op.get(), output);
      });
}
