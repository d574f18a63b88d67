//===- fx-pt2.cpp - torch.export programs through fx passes ---------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One process from a torch.export program to a torch.export program, in the
// spirit of CIRCT's firtool and iree-compile:
//
//   fx-pt2 model.pt2 --fx-export-pipeline -o core.pt2
//
// does what `fx-translate --import-pt2`, `fx-opt --fx-export-pipeline` and
// `fx-translate --export-pt2` do in three, without the two process start-ups
// and the IR written and read between them. The input is a .pt2 archive,
// program JSON or fx MLIR (text or bytecode), told apart by its content;
// the passes are given as fx-opt takes them (registered pass flags,
// `--pass-pipeline=...`); `-o`'s extension picks the output: `.pt2` an
// archive, `.json` program JSON, anything else MLIR (text, or bytecode with
// `--emit-bytecode`; stdout is MLIR text). A tool of its own because
// MlirOptMain reads nothing but MLIR.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/InitAll.h"
#include "fx-mlir/Support/ToolInput.h"
#include "fx-mlir/Target/Pt2/Pt2.h"
#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Support/Timing.h"
#include "mlir/Tools/ParseUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
using namespace mlir::fx;

static llvm::cl::opt<std::string> inputFilename(llvm::cl::Positional,
                                                llvm::cl::desc("<input>"),
                                                llvm::cl::init("-"));

static llvm::cl::opt<std::string>
    outputFilename("o",
                   llvm::cl::desc("Output file: .pt2 writes an archive, .json "
                                  "program JSON, anything else MLIR"),
                   llvm::cl::value_desc("filename"), llvm::cl::init("-"));

static llvm::cl::opt<bool>
    emitBytecode("emit-bytecode",
                 llvm::cl::desc("Write MLIR output as bytecode"),
                 llvm::cl::init(false));

static llvm::cl::opt<bool>
    verifyEach("verify-each",
               llvm::cl::desc("Run the verifier after each pass (the output "
                              "is verified either way)"),
               llvm::cl::init(true));

namespace {
/// What a file holds, and so how it is read or written.
enum class Format { Archive, Json, Mlir };
} // namespace

/// The input's format, from its content: a zip is an archive, MLIR bytecode
/// and text are MLIR, an object is JSON. A file named `.pt2` or `.json` that
/// is neither zip nor MLIR bytecode is read as its name says, so that it gets
/// that format's diagnostics.
static Format getInputFormat(llvm::MemoryBufferRef input) {
  StringRef extension = llvm::sys::path::extension(input.getBufferIdentifier());
  StringRef text = input.getBuffer();
  if (text.starts_with("PK") || extension == ".pt2")
    return Format::Archive;
  if (isBytecode(input))
    return Format::Mlir;
  // `{-#` opens MLIR's file metadata, not a JSON object.
  StringRef start = text.ltrim();
  if ((start.starts_with("{") && !start.starts_with("{-#")) ||
      extension == ".json")
    return Format::Json;
  return Format::Mlir;
}

/// The output's format, from `-o`'s extension, as `fx-mlir export` picks it.
static Format getOutputFormat(StringRef fileName) {
  StringRef extension = llvm::sys::path::extension(fileName);
  if (extension == ".pt2")
    return Format::Archive;
  if (extension == ".json")
    return Format::Json;
  return Format::Mlir;
}

/// Reports the diagnostics emitted at no location, as the ops of a program
/// imported from an archive or JSON have none, at `file` (the one being read
/// or written) instead, and their notes likewise.
static ScopedDiagnosticHandler locateAt(MLIRContext *context, StringRef file) {
  Location fileLoc = FileLineColLoc::get(context, file, 0, 0);
  auto locate = [=](Location loc) {
    return isa<UnknownLoc>(loc) ? fileLoc : loc;
  };
  return ScopedDiagnosticHandler(context, [=](Diagnostic &diag) {
    if (!isa<UnknownLoc>(diag.getLocation()))
      return failure();
    Diagnostic located(fileLoc, diag.getSeverity());
    located << diag.str();
    for (Diagnostic &note : diag.getNotes())
      located.attachNote(locate(note.getLocation())) << note.str();
    context->getDiagEngine().emit(std::move(located));
    return success();
  });
}

static OwningOpRef<ModuleOp>
readInput(const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
          MLIRContext *context, FallbackAsmResourceMap &resources) {
  const llvm::MemoryBuffer &input =
      *sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
  switch (getInputFormat(input.getMemBufferRef())) {
  case Format::Archive:
    return importPt2Archive(input.getMemBufferRef(), context);
  case Format::Json:
    return importPt2Json(input.getMemBufferRef(), context);
  case Format::Mlir:
    if (failed(checkToolInput(input)))
      return {};
    OwningOpRef<Operation *> op = parseSourceFileForTool(
        sourceMgr, ParserConfig(context, /*verifyAfterParse=*/true, &resources),
        /*insertImplicitModule=*/true);
    return OwningOpRef<ModuleOp>(cast_if_present<ModuleOp>(op.release()));
  }
  llvm_unreachable("unknown input format");
}

static LogicalResult writeOutput(ModuleOp module, Format format,
                                 FallbackAsmResourceMap &resources,
                                 raw_ostream &os) {
  switch (format) {
  case Format::Archive:
    return exportPt2Archive(module, os);
  case Format::Json:
    return exportPt2Json(module, os);
  case Format::Mlir:
    if (emitBytecode)
      return writeBytecodeToFile(module, os, BytecodeWriterConfig(resources));
    // As fx-opt prints, so that both write the same bytes.
    AsmState state(module, OpPrintingFlags(), /*locationMap=*/nullptr,
                   &resources);
    module->print(os, state);
    os << '\n';
    return success();
  }
  llvm_unreachable("unknown output format");
}

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  DialectRegistry registry;
  registerAllDialects(registry);
  registerUpstreamDialects(registry);
  registerAllPasses();
  registerUpstreamPasses();
  registerMLIRContextCLOptions();
  registerPassManagerCLOptions();
  registerDefaultTimingManagerCLOptions();
  registerAsmPrinterCLOptions();
  PassPipelineCLParser passPipeline("", "Passes to run");
  llvm::cl::ParseCommandLineOptions(
      argc, argv,
      "fx-mlir's passes over a torch.export program, from a .pt2 archive, "
      "program JSON or fx MLIR to any of them\n");

  MLIRContext context(registry);
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  SourceMgrDiagnosticHandler diagnostics(*sourceMgr, &context);
  auto fail = [&](StringRef file, const Twine &message) {
    emitError(FileLineColLoc::get(&context, file, 0, 0)) << message;
    return EXIT_FAILURE;
  };

  Format outputFormat = getOutputFormat(outputFilename);
  if (emitBytecode && outputFormat != Format::Mlir)
    return fail(outputFilename, "--emit-bytecode writes MLIR, not a '" +
                                    llvm::sys::path::extension(outputFilename) +
                                    "' file");
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input =
      openToolInput(inputFilename, &error);
  if (!input)
    return fail(inputFilename, error);
  // Opened first, so that an unwritable output costs no work.
  std::unique_ptr<llvm::ToolOutputFile> output =
      openOutputFile(outputFilename, &error);
  if (!output)
    return fail(outputFilename, error);
  sourceMgr->AddNewSourceBuffer(std::move(input), llvm::SMLoc());

  DefaultTimingManager timingManager;
  applyDefaultTimingManagerCLOptions(timingManager);
  TimingScope timing = timingManager.getRootScope();

  FallbackAsmResourceMap resources;
  TimingScope inputTiming = timing.nest("Input");
  OwningOpRef<ModuleOp> module;
  {
    ScopedDiagnosticHandler located = locateAt(&context, inputFilename);
    module = readInput(sourceMgr, &context, resources);
  }
  if (!module)
    return EXIT_FAILURE;
  inputTiming.stop();

  PassManager pm(&context, ModuleOp::getOperationName(),
                 OpPassManager::Nesting::Implicit);
  pm.enableVerifier(verifyEach);
  if (failed(applyPassManagerCLOptions(pm)))
    return EXIT_FAILURE;
  pm.enableTiming(timing);
  auto errorHandler = [&](const Twine &message) {
    return emitError(UnknownLoc::get(&context)) << message;
  };
  if (failed(passPipeline.addToPipeline(pm, errorHandler)) ||
      failed(pm.run(*module)))
    return EXIT_FAILURE;

  TimingScope outputTiming = timing.nest("Output");
  ScopedDiagnosticHandler located = locateAt(&context, outputFilename);
  // The pass manager's verifier has checked the last pass's result; the
  // input was verified as it was read.
  if ((!verifyEach && pm.size() != 0 && failed(verify(*module))) ||
      failed(writeOutput(*module, outputFormat, resources, output->os())))
    return EXIT_FAILURE;
  output->keep();
  return EXIT_SUCCESS;
}
