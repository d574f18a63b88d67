//===- FxTypes.h - fx dialect types -----------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_IR_FXTYPES_H
#define FX_MLIR_DIALECT_FX_IR_FXTYPES_H

#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpImplementation.h"

#define GET_TYPEDEF_CLASSES
#include "fx-mlir/Dialect/Fx/IR/FxOpsTypes.h.inc"

namespace mlir::fx {

//===----------------------------------------------------------------------===//
// Symbolic sizes
//===----------------------------------------------------------------------===//

/// Symbol positions at and above this one are PyTorch's unbacked symbols
/// (`u0`, `u1`, ...); those below are its backed symbols (`s0`, `s1`, ...).
constexpr unsigned kUnbackedSymbolBase = 1u << 20;

/// PyTorch's backed size symbol `sN`.
AffineExpr getBackedSymbol(MLIRContext *context, unsigned n);
/// PyTorch's unbacked (data-dependent) size symbol `uN`.
AffineExpr getUnbackedSymbol(MLIRContext *context, unsigned n);

/// Prints a size expression in the fx form (`s0 * 2 + 1`, `u0`).
void printSizeExpr(AffineExpr expr, llvm::raw_ostream &os);
/// Parses a size expression in the fx form.
ParseResult parseSizeExpr(AsmParser &parser, AffineExpr &expr);

/// The size of each dim of `type`: a constant expression for a static dim,
/// the `#fx.dims` expression for a symbolic one, null for an unknown one.
SmallVector<AffineExpr> getDimSizes(RankedTensorType type);

/// The tensor type with the given dim sizes; constant sizes become static
/// dims, symbolic ones `?` dims described by a `#fx.dims` encoding, null ones
/// unknown `?` dims.
RankedTensorType getTensorType(ArrayRef<AffineExpr> sizes, Type elementType);

/// `type` with its `#fx.dims` encoding dropped: the plain builtin tensor type
/// that embedders without fx support expect.
RankedTensorType stripSymbolicSizes(RankedTensorType type);

/// Whether `type` is `!fx.unknown` or a tuple holding one: a node value that
/// is not known (yet).
bool isOrContainsUnknown(Type type);

//===----------------------------------------------------------------------===//
// torch.dtype <-> MLIR element types
//===----------------------------------------------------------------------===//

/// The element type of tensors of `dtype`, or null for dtypes MLIR cannot
/// express (quantized ones).
Type getElementType(MLIRContext *context, ScalarType dtype);
/// The torch.dtype of tensors with element type `type`.
std::optional<ScalarType> getScalarType(Type type);

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_IR_FXTYPES_H
