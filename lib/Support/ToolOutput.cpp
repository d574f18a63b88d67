//===- ToolOutput.cpp - How fx-translate writes the IR it makes -----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Support/ToolOutput.h"
#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

/// `--emit-bytecode`, made on first use: only a tool that registers such a
/// translation has it, so the library links into fx-opt, whose MlirOptMain
/// option of the same name it would otherwise clash with.
static bool emitBytecode() {
  static llvm::cl::opt<bool> option(
      "emit-bytecode",
      llvm::cl::desc("Write the IR an import makes as MLIR bytecode"),
      llvm::cl::init(false));
  return option;
}

fx::TranslateToFxRegistration::TranslateToFxRegistration(
    StringRef name, StringRef description,
    const TranslateSourceMgrToMLIRFunction &function,
    const DialectRegistrationFunction &dialectRegistration) {
  (void)emitBytecode();
  TranslateRegistration registration(
      name, description,
      [function, dialectRegistration](
          const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
          raw_ostream &output, MLIRContext *context) -> LogicalResult {
        DialectRegistry registry;
        dialectRegistration(registry);
        context->appendDialectRegistry(registry);
        OwningOpRef<Operation *> op = function(sourceMgr, context);
        if (!op || failed(verify(*op)))
          return failure();
        if (emitBytecode())
          return writeBytecodeToFile(op.get(), output);
        op->print(output);
        return success();
      });
}
