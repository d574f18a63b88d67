//===- fx-fuzz.cpp - libFuzzer harness over fx-mlir's input path ----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One input is parsed as fx-opt parses it (nesting guard, then MLIR's parser
// with verification), run through the pass pipeline FX_FUZZ_PIPELINE (none
// for the parse target) and printed, in the custom form and in the generic
// form with locations; each printout must parse again and print the same.
// Errors in the input are fine; a crash, a sanitizer report, a leak, or
// printed IR that does not read back is a finding.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/InitAll.h"
#include "fx-mlir/Support/NestingDepth.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>

using namespace mlir;

static DialectRegistry &getRegistry() {
  static DialectRegistry registry;
  return registry;
}

/// Prints `module` with `flags`.
static std::string print(ModuleOp module, OpPrintingFlags flags) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, flags);
  return text;
}

/// Aborts, showing `text`, unless `text` parses and prints as itself.
static void checkReadsBack(MLIRContext &context, const std::string &text,
                           OpPrintingFlags flags) {
  OwningOpRef<ModuleOp> again = parseSourceString<ModuleOp>(text, &context);
  if (again && print(*again, flags) == text)
    return;
  llvm::errs() << (again ? "printed IR prints differently after parsing:\n"
                         : "printed IR does not parse:\n")
               << text << "\n";
  abort();
}

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  fx::registerAllDialects(getRegistry());
  fx::registerAllPasses();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext context(getRegistry(), MLIRContext::Threading::DISABLED);
  // Diagnostics are the expected answer to bad input; keep them quiet.
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });

  // A NUL-terminated copy: MLIR's lexer reads the byte after the input.
  std::unique_ptr<llvm::MemoryBuffer> buffer =
      llvm::MemoryBuffer::getMemBufferCopy(
          StringRef(reinterpret_cast<const char *>(data), size), "input");
  if (failed(fx::checkNestingDepth(buffer->getMemBufferRef(), &context)))
    return 0;
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  sourceMgr->AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(&context));
  if (!module)
    return 0;

  StringRef pipeline = FX_FUZZ_PIPELINE;
  if (!pipeline.empty()) {
    PassManager pm(&context);
    if (failed(parsePassPipeline(pipeline, pm))) {
      llvm::errs() << "bad FX_FUZZ_PIPELINE '" << pipeline << "'\n";
      abort();
    }
    // A pass that fails may leave its IR half rewritten: only the output of
    // a successful run must read back.
    if (failed(pm.run(*module)))
      return 0;
  }

  for (OpPrintingFlags flags :
       {OpPrintingFlags(),
        OpPrintingFlags().printGenericOpForm().enableDebugInfo()})
    checkReadsBack(context, print(*module, flags), flags);
  return 0;
}
