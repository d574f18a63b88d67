//===- Decompositions.h - Rows of the decomposition table --------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The rows that DecompositionTable.cpp adds to its hand-written ones: the
// declarative template rows (Templates.cpp), one line of data per op whose
// decomposition is a call of another op with the args rearranged, and the
// rows whose created args are computed from shapes, dtypes or strides
// (ExportOps.cpp). docs/Decompositions.md says why the split.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONS_DECOMPOSITIONS_H
#define FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONS_DECOMPOSITIONS_H

#include "../DecompositionTable.h"

namespace mlir::fx {

/// The template rows: each one's decompose function instantiates the
/// template registered for the node's target.
ArrayRef<DecompositionEntry> getTemplateDecompositions();

/// The rows written as builder functions.
ArrayRef<DecompositionEntry> getExportOpDecompositions();

} // namespace mlir::fx

#endif // FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONS_DECOMPOSITIONS_H
