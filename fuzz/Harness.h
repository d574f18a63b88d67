//===- Harness.h - What fx-mlir's libFuzzer targets share -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Each target reads its input into the MLIRContext of an Input,
// checks that what it built prints and parses back, and leaves every error
// in the input to diagnostics, which the harness keeps quiet. A crash, a
// sanitizer report, a leak or an abort() from a check is a finding.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_FUZZ_HARNESS_H
#define FX_MLIR_FUZZ_HARNESS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace mlir::fx::fuzz {

/// Registers fx-mlir's dialects and passes, and decides from libFuzzer's
/// command line how inputs share contexts (see Input). When they share,
/// turns libFuzzer's own leak detection off (it would rerun and heap-scan
/// nearly every input: what a shared context interns is never freed within
/// the input); the harness checks for leaks itself.
void initialize(int *argc, char ***argv);

/// One input's run: the context it runs in, with every registered dialect
/// loaded, no resource blobs, and diagnostics (the expected answer to bad
/// input) discarded. Declare it before the modules it holds. Creating a
/// context and loading the dialects is most of the time a small input takes,
/// so while fuzzing, inputs share one, replaced after kInputsPerContext
/// inputs; replacing it frees all they allocated, and a leak check then finds
/// what they leaked (their inputs go to ARTIFACT_PREFIX/leak-batch/ for
/// replay). When libFuzzer replays files (every positional argument is a
/// file: a reproducer, crash minimization), or FX_FUZZ_INPUTS_PER_CONTEXT=1,
/// each input gets a context of its own, so a finding reproduces from its
/// file alone, and libFuzzer checks each input for leaks.
class Input {
public:
  Input(const uint8_t *data, size_t size);
  ~Input();
  Input(const Input &) = delete;
  Input &operator=(const Input &) = delete;

  MLIRContext &getContext() { return context; }

private:
  MLIRContext &context;
  DiagnosticEngine::HandlerID quiet;
};

/// Gives the builtin dialect an empty resource blob manager, so that the
/// `dense_resource` keys of the next parse or import are those of a fresh
/// context (a manager renames a key it already holds). The blobs of earlier
/// modules stay alive with the context.
void resetResources(MLIRContext &context);

/// Aborts, showing what differs, unless `module` prints (in the custom form,
/// and in the generic form with locations) as text that parses into `context`
/// and prints the same again.
void checkReadsBack(ModuleOp module, MLIRContext &context);

/// Aborts, showing `message`, `expected` and `actual`, unless the two equal.
void checkSame(const std::string &expected, const std::string &actual,
               const char *message);

} // namespace mlir::fx::fuzz

#endif // FX_MLIR_FUZZ_HARNESS_H
