//===- Strides.h - The strides fake tensors would have -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// fx types carry sizes, not strides, but several of PyTorch's decompositions
// branch on strides: reshape is a view when the strides allow it and a copy
// otherwise, matmul folds a batch into a matrix only without a copy. These
// helpers recompute the strides PyTorch's fake tensors have, from the chain
// of view ops that produced a value, so that such a branch is decided as
// PyTorch decides it.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONS_STRIDES_H
#define FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONS_STRIDES_H

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace mlir::fx {

/// The row-major strides of `sizes`.
SmallVector<AffineExpr> getContiguousStrides(ArrayRef<AffineExpr> sizes);

/// Whether a tensor of `sizes` and `strides` is contiguous as ATen's
/// is_contiguous decides: a tensor without elements always is; otherwise each
/// dim but those of size 1 has the row-major stride of the dims after it. A
/// symbolic size is at least 2 (PyTorch specializes 0 and 1).
bool isContiguous(ArrayRef<AffineExpr> sizes, ArrayRef<AffineExpr> strides);

/// isContiguous of tensor `value` (nothing when its strides are unknown).
std::optional<bool> isContiguous(Value value);

/// The strides of tensor `value`: the producer's view op (view, permute,
/// transpose, expand, unsqueeze, squeeze, slice, select, split's getitem,
/// alias) applied to its input's strides; layout-preserving elementwise and
/// clone ops keep their first full-size input's; every other value
/// (placeholders, parameters, results of other ops) is contiguous. Nothing
/// when a size is unknown.
std::optional<SmallVector<AffineExpr>> getStrides(Value value);

/// How a view of a tensor of `sizes` and `strides` as `newSizes` turns out
/// (ATen's computeStride).
enum class ViewKind {
  /// The view shares storage: no copy needed.
  View,
  /// The strides do not allow it: reshape copies first.
  Copy,
  /// Symbolic sizes leave it undecided.
  Unknown,
};
ViewKind classifyView(ArrayRef<AffineExpr> sizes, ArrayRef<AffineExpr> strides,
                      ArrayRef<AffineExpr> newSizes,
                      SmallVectorImpl<AffineExpr> *newStrides = nullptr);

} // namespace mlir::fx

#endif // FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONS_STRIDES_H
