//===- fx-fuzz-pt2.cpp - libFuzzer harness over the .pt2 readers ----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One input is read as fx-translate reads it, both as a bare program JSON
// (--import-pt2-json) and as a .pt2 zip archive (--import-pt2). What imports
// must print and parse back; written back in the same form, it must import
// again and write the same bytes (what test/Translate/roundtrip.mlir checks
// on the test models).
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include "fx-mlir/Target/Pt2/Pt2.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>

using namespace mlir;

namespace {
/// One form fx-translate reads and writes.
struct Form {
  /// The input's name in diagnostics.
  const char *name;
  OwningOpRef<ModuleOp> (*import)(llvm::MemoryBufferRef, MLIRContext *);
  LogicalResult (*write)(ModuleOp, llvm::raw_ostream &);
};
} // namespace

static const Form kForms[] = {
    {"input.json", fx::importPt2Json, fx::exportPt2Json},
    {"input.pt2", fx::importPt2Archive, fx::exportPt2Archive},
};

/// `module` written in `form`, or nothing when it cannot be (an error).
static std::optional<std::string> write(const Form &form, ModuleOp module) {
  std::string bytes;
  llvm::raw_string_ostream os(bytes);
  if (failed(form.write(module, os)))
    return std::nullopt;
  return bytes;
}

static void checkForm(const Form &form, StringRef input, MLIRContext &context) {
  fx::fuzz::resetResources(context);
  OwningOpRef<ModuleOp> module =
      form.import(llvm::MemoryBufferRef(input, form.name), &context);
  if (!module)
    return;
  fx::fuzz::checkReadsBack(*module, context);

  std::optional<std::string> written = write(form, *module);
  if (!written)
    return;
  fx::fuzz::resetResources(context);
  OwningOpRef<ModuleOp> again =
      form.import(llvm::MemoryBufferRef(*written, "written"), &context);
  if (!again) {
    llvm::errs() << "what " << form.name << " was written as does not import\n";
    abort();
  }
  std::optional<std::string> writtenAgain = write(form, *again);
  if (!writtenAgain) {
    llvm::errs() << "the import of what " << form.name
                 << " was written as cannot be written\n";
    abort();
  }
  fx::fuzz::checkSame(*written, *writtenAgain,
                      "written again after import, the program differs");
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  fx::fuzz::initialize(argc, argv);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fx::fuzz::Input input(data, size);
  StringRef bytes(reinterpret_cast<const char *>(data), size);
  for (const Form &form : kForms)
    checkForm(form, bytes, input.getContext());
  return 0;
}
