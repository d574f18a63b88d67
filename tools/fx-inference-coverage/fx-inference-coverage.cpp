//===- fx-inference-coverage.cpp - Registry coverage of an op list --------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Reads a tab-separated op list (the header row, then `op<TAB>schema...`
// rows, as test/Inference/Inputs/core_aten_ops.tsv) and prints which op overloads
// the type-inference registry covers:
//
//   covered aten.add.Tensor
//   missing aten.foo.default
//   ops: 193 covered: 192 missing: 1
//   registry: 297 targets, 0 duplicates
//
// It also reports targets that the registry table lists twice.
// Each row's target is `aten.` plus the schema's name (`add.Tensor(...)` ->
// `aten.add.Tensor`), with `.default` when the name has no overload. The exit
// code is 1 when an op is missing, the table has a duplicate or the file
// cannot be read.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<op list .tsv>"));
static cl::opt<bool> missingOnly("missing-only",
                                 cl::desc("print only the missing ops"));

/// The registry target of a tsv row: from its schema column when there is
/// one (`_softmax(Tensor self, ...)` -> `aten._softmax.default`), else from
/// its op column.
static std::string getTarget(StringRef op, StringRef schema) {
  StringRef name = schema.take_until([](char c) { return c == '('; }).trim();
  if (name.empty()) {
    name = op;
    name.consume_front("aten.");
  }
  std::string target = ("aten." + name).str();
  if (!name.contains('.'))
    target += ".default";
  return target;
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv,
                              "Type-inference coverage of an op list\n");
  ErrorOr<std::unique_ptr<MemoryBuffer>> file =
      MemoryBuffer::getFile(inputFile);
  if (!file) {
    errs() << "error: cannot read '" << inputFile
           << "': " << file.getError().message() << "\n";
    return 1;
  }
  SmallVector<StringRef> lines;
  (*file)->getBuffer().split(lines, '\n', -1, /*KeepEmpty=*/false);
  unsigned covered = 0, missing = 0;
  for (auto [index, line] : llvm::enumerate(lines)) {
    line = line.rtrim("\r");
    // Skip the header row and comments.
    if ((index == 0 && line.starts_with("op\t")) || line.starts_with("#"))
      continue;
    auto [op, rest] = line.split('\t');
    StringRef schema = rest.split('\t').first;
    if (op.trim().empty())
      continue;
    std::string target = getTarget(op.trim(), schema);
    bool has = mlir::fx::hasInferenceRule(target);
    (has ? covered : missing) += 1;
    if (!has || !missingOnly)
      outs() << (has ? "covered " : "missing ") << target << "\n";
  }
  outs() << "ops: " << covered + missing << " covered: " << covered
         << " missing: " << missing << "\n";
  // The registry keeps the first of two entries for a target: report both.
  StringSet<> seen;
  SmallVector<StringRef> targets = mlir::fx::getInferenceTargets();
  unsigned duplicates = 0;
  for (StringRef target : targets)
    if (!seen.insert(target).second) {
      outs() << "duplicate " << target << "\n";
      ++duplicates;
    }
  outs() << "registry: " << targets.size() << " targets, " << duplicates
         << " duplicates\n";
  return missing == 0 && duplicates == 0 ? 0 : 1;
}
