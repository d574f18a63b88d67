//===- Rules.h - Inference rule families ------------------------*- C++ -*-===//
//
// The rule functions that InferenceTable.cpp maps op overloads to, grouped by
// family; each family lives in its own file in this directory.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_DIALECT_FX_INFERENCE_RULES_RULES_H
#define FX_MLIR_LIB_DIALECT_FX_INFERENCE_RULES_RULES_H

#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"

namespace mlir::fx::rules {

// Elementwise.cpp
/// Broadcasts params 0 and 1 and promotes their dtypes (add, mul, sub...).
LogicalResult inferBinaryArithmetic(const BoundCall &call,
                                    SmallVectorImpl<Type> &results);
/// Param 0's type unchanged (relu, neg, in-place ops...).
LogicalResult inferSameAsSelf(const BoundCall &call,
                              SmallVectorImpl<Type> &results);

// Builtins.cpp
/// operator.getitem on a tuple value.
LogicalResult inferGetItem(const BoundCall &call,
                           SmallVectorImpl<Type> &results);

} // namespace mlir::fx::rules

#endif // FX_MLIR_LIB_DIALECT_FX_INFERENCE_RULES_RULES_H
