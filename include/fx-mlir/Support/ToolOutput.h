//===- ToolOutput.h - How fx-translate writes the IR it makes ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// mlir-translate prints what a translation to MLIR makes as text. Importing a
// large program and feeding it to fx-opt then costs more in printing and
// parsing text (weights as hex, every node's metadata) than the import itself,
// so fx-translate's imports also write bytecode, with fx-opt's own flag:
//
//   fx-translate --import-pt2 model.pt2 --emit-bytecode -o model.mlirbc
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_SUPPORT_TOOLOUTPUT_H
#define FX_MLIR_SUPPORT_TOOLOUTPUT_H

#include "mlir/Tools/mlir-translate/Translation.h"

namespace mlir::fx {

/// TranslateToMLIRRegistration for translations that make fx IR: the result
/// is verified, then written as text, or as bytecode under `--emit-bytecode`
/// (an option the first such registration adds to the tool).
struct TranslateToFxRegistration {
  TranslateToFxRegistration(
      StringRef name, StringRef description,
      const TranslateSourceMgrToMLIRFunction &function,
      const DialectRegistrationFunction &dialectRegistration);
};

} // namespace mlir::fx

#endif // FX_MLIR_SUPPORT_TOOLOUTPUT_H
