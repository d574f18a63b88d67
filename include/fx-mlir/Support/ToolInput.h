//===- ToolInput.h - How fx-mlir's tools read MLIR input --------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Every entry point that reads MLIR (fx-opt, fx-translate's translations from
// MLIR, the C API's parse functions) reads it the same way:
//  - bytecode lies in memory at an address its resource sections (weights,
//    64-byte aligned blobs) accept: a small file, stdin or a copied string is
//    otherwise on the heap at any 16-byte address, and MLIR's bytecode reader
//    refuses it ("expected section alignment 64");
//  - text nesting deeper than MLIR's recursive parser can take is refused
//    with a located error before it reaches the parser (InputText.h).
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_SUPPORT_TOOLINPUT_H
#define FX_MLIR_SUPPORT_TOOLINPUT_H

#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>

namespace mlir::fx {

/// `input` if it is text or bytecode aligned for any of its sections, else an
/// aligned copy.
std::unique_ptr<llvm::MemoryBuffer>
alignForBytecode(std::unique_ptr<llvm::MemoryBuffer> input);

/// Opens `fileName` ("-" is stdin) aligned for any bytecode section; null
/// with `error` set when it cannot be read.
std::unique_ptr<llvm::MemoryBuffer> openToolInput(StringRef fileName,
                                                  std::string *error);

/// Prints "file:line:col: error: input nested too deeply ..." and fails when
/// `input` nests too deeply to parse. The line is not quoted, as MLIR's
/// SourceMgr handler would: such input is often one line of megabytes, which
/// LLVM prints one unbuffered write per byte.
LogicalResult checkToolInput(const llvm::MemoryBuffer &input);

/// TranslateFromMLIRRegistration for translations whose input is fx IR: the
/// input is checked and aligned as above before MLIR parses it.
struct TranslateFromFxRegistration {
  TranslateFromFxRegistration(
      StringRef name, StringRef description,
      const TranslateFromMLIRFunction &function,
      const DialectRegistrationFunction &dialectRegistration);

  /// A translation of one kind of root op (`ModuleOp`): any other root is an
  /// error naming both.
  template <typename FuncTy,
            typename OpTy = ::mlir::detail::first_argument<FuncTy>,
            typename = std::enable_if_t<!std::is_same_v<OpTy, Operation *>>>
  TranslateFromFxRegistration(
      StringRef name, StringRef description, FuncTy function,
      const DialectRegistrationFunction &dialectRegistration)
      : TranslateFromFxRegistration(
            name, description,
            [function](Operation *op, raw_ostream &os) -> LogicalResult {
              if (auto root = dyn_cast<OpTy>(op))
                return function(root, os);
              return emitError(op->getLoc())
                     << "expected a '" << OpTy::getOperationName()
                     << "' op, got '" << op->getName() << "'";
            },
            dialectRegistration) {}
};

} // namespace mlir::fx

#endif // FX_MLIR_SUPPORT_TOOLINPUT_H
