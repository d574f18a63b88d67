//===- FxBytecode.h - Bytecode encoding of fx attributes and types -*- C++
//-*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_DIALECT_FX_IR_FXBYTECODE_H
#define FX_MLIR_LIB_DIALECT_FX_IR_FXBYTECODE_H

namespace mlir::fx {
class FxDialect;

/// Adds the dialect's BytecodeDialectInterface.
void addBytecodeInterface(FxDialect *dialect);

} // namespace mlir::fx

#endif // FX_MLIR_LIB_DIALECT_FX_IR_FXBYTECODE_H
