//===- FxDialect.h - The fx dialect -----------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_IR_FXDIALECT_H
#define FX_MLIR_DIALECT_FX_IR_FXDIALECT_H

#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "mlir/IR/Dialect.h"

#include "fx-mlir/Dialect/Fx/IR/FxOpsDialect.h.inc"

#endif // FX_MLIR_DIALECT_FX_IR_FXDIALECT_H
