//===- fx-fuzz-mlir.cpp - libFuzzer harness over fx-mlir's text input -----===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One input is parsed as fx-opt parses it (nesting guard, then MLIR's parser
// with verification), run through the pass pipeline FX_FUZZ_PIPELINE (none
// for the parse target) and printed, in the custom form and in the generic
// form with locations; each printout must parse again and print the same.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include "fx-mlir/Support/InputText.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>

using namespace mlir;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  fx::fuzz::initialize(argc, argv);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fx::fuzz::Input input(data, size);
  MLIRContext &context = input.getContext();

  // A NUL-terminated copy: MLIR's lexer reads the byte after the input.
  std::unique_ptr<llvm::MemoryBuffer> buffer =
      llvm::MemoryBuffer::getMemBufferCopy(
          StringRef(reinterpret_cast<const char *>(data), size), "input");
  if (failed(fx::checkInputText(buffer->getMemBufferRef(), &context)))
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

  fx::fuzz::checkReadsBack(*module, context);
  return 0;
}
