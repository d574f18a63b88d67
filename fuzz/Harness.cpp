//===- Harness.cpp - What fx-mlir's libFuzzer targets share ---------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include "fx-mlir/InitAll.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/lsan_interface.h>
#endif
#endif

using namespace mlir;

/// Inputs that share a context while fuzzing. A context of its own is most
/// of what a small input costs (callgrind, without sanitizers: 456,000
/// instructions for an input that fails to verify, 104,000 in a shared
/// context); a thousand inputs amortize it, and bound what the context
/// accumulates (types, attributes, locations) to what they create.
constexpr unsigned kInputsPerContext = 1000;

static DialectRegistry &getRegistry() {
  static DialectRegistry registry;
  return registry;
}

namespace {
/// The shared context, the resource blob managers its modules refer to, and
/// the inputs it has seen.
struct SharedContext {
  unsigned inputsPerContext = kInputsPerContext;
  std::string artifactPrefix;
  std::unique_ptr<MLIRContext> context;
  std::vector<std::shared_ptr<DialectResourceBlobManager>> blobManagers;
  std::vector<std::string> inputs;
};
} // namespace

static SharedContext &getShared() {
  static SharedContext shared;
  return shared;
}

/// Whether libFuzzer replays files rather than fuzzing: as libFuzzer decides,
/// every positional argument is a regular file.
static bool replaysFiles(int argc, char **argv) {
  bool anyFile = false;
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] == '-')
      continue;
    if (!llvm::sys::fs::is_regular_file(argv[i]))
      return false;
    anyFile = true;
  }
  return anyFile;
}

void mlir::fx::fuzz::initialize(int *argc, char ***argv) {
  fx::registerAllDialects(getRegistry());
  fx::registerAllPasses();
  SharedContext &shared = getShared();
  if (const char *env = getenv("FX_FUZZ_INPUTS_PER_CONTEXT"))
    shared.inputsPerContext = std::max(atoi(env), 1);
  if (replaysFiles(*argc, *argv))
    shared.inputsPerContext = 1;
  for (int i = 1; i < *argc; ++i) {
    StringRef arg((*argv)[i]);
    if (arg.consume_front("-artifact_prefix="))
      shared.artifactPrefix = arg.str();
  }
  if (shared.inputsPerContext == 1)
    return;
  // libFuzzer reads its flags after this returns; a later flag wins.
  static std::vector<char *> args(*argv, *argv + *argc);
  static char noLeakDetection[] = "-detect_leaks=0";
  args.push_back(noLeakDetection);
  args.push_back(nullptr);
  *argc = args.size() - 1;
  *argv = args.data();
}

/// Reports what the inputs since the last check leaked, writes them to
/// ARTIFACT_PREFIX/leak-batch/ and aborts, if they leaked anything.
static void checkLeaks(SharedContext &shared) {
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
  if (!__lsan_do_recoverable_leak_check())
    return;
  std::string dir = shared.artifactPrefix + "leak-batch";
  llvm::sys::fs::create_directories(dir);
  for (auto [i, input] : llvm::enumerate(shared.inputs)) {
    std::error_code error;
    llvm::raw_fd_ostream os(dir + "/input-" + std::to_string(i), error);
    os << input;
  }
  llvm::errs() << "one of the last " << shared.inputs.size()
               << " inputs leaked; they are in " << dir
               << "/, each replays with a fresh context\n";
  abort();
#endif
#endif
}

/// The context of the next input: the shared one, or a new one when there
/// is none.
static MLIRContext &getContext(SharedContext &shared) {
  if (!shared.context) {
    shared.context = std::make_unique<MLIRContext>(
        getRegistry(), MLIRContext::Threading::DISABLED);
    shared.context->loadAllAvailableDialects();
  }
  return *shared.context;
}

mlir::fx::fuzz::Input::Input(const uint8_t *data, size_t size)
    : context(::getContext(getShared())) {
  SharedContext &shared = getShared();
  shared.inputs.emplace_back(reinterpret_cast<const char *>(data), size);
  resetResources(context);
  quiet = context.getDiagEngine().registerHandler(
      [](Diagnostic &) { return success(); });
}

mlir::fx::fuzz::Input::~Input() {
  context.getDiagEngine().eraseHandler(quiet);
  SharedContext &shared = getShared();
  if (shared.inputs.size() < shared.inputsPerContext)
    return;
  // The modules are gone; their blobs may go before the context that refers
  // to them.
  shared.blobManagers.clear();
  shared.context.reset();
  if (shared.inputsPerContext > 1)
    checkLeaks(shared);
  shared.inputs.clear();
}

void mlir::fx::fuzz::resetResources(MLIRContext &context) {
  auto manager = std::make_shared<DialectResourceBlobManager>();
  DenseResourceElementsHandle::getManagerInterface(&context).setBlobManager(
      manager);
  getShared().blobManagers.push_back(std::move(manager));
}

static std::string print(ModuleOp module, OpPrintingFlags flags) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, flags);
  return text;
}

void mlir::fx::fuzz::checkReadsBack(ModuleOp module, MLIRContext &context) {
  for (OpPrintingFlags flags :
       {OpPrintingFlags(),
        OpPrintingFlags().printGenericOpForm().enableDebugInfo()}) {
    std::string text = print(module, flags);
    resetResources(context);
    OwningOpRef<ModuleOp> again = parseSourceString<ModuleOp>(text, &context);
    if (!again) {
      llvm::errs() << "printed IR does not parse:\n" << text << "\n";
      abort();
    }
    checkSame(text, print(*again, flags),
              "printed IR prints differently after parsing");
  }
}

void mlir::fx::fuzz::checkSame(const std::string &expected,
                               const std::string &actual,
                               const char *message) {
  if (expected == actual)
    return;
  llvm::errs() << message << ":\n" << expected << "\n-----\n" << actual << "\n";
  abort();
}
