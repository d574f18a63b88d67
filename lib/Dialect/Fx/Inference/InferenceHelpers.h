//===- InferenceHelpers.h - Shared pieces of inference rules ----*- C++ -*-===//
//
// PyTorch's broadcasting, type promotion and dim handling, for the rule
// families in Rules/.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_DIALECT_FX_INFERENCE_INFERENCEHELPERS_H
#define FX_MLIR_LIB_DIALECT_FX_INFERENCE_INFERENCEHELPERS_H

#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"

namespace mlir::fx {

/// PyTorch's dtype categories, in promotion order.
enum class DTypeCategory { Bool = 0, Integer = 1, Floating = 2, Complex = 3 };

DTypeCategory getCategory(ScalarType dtype);

/// torch.promote_types; nothing for pairs PyTorch refuses (float8 kinds).
std::optional<ScalarType> promoteTypes(ScalarType a, ScalarType b);

/// The dtype of a Python number or Sym* value of `category` when it takes
/// part in promotion on its own (int -> int64, float -> the default float32).
ScalarType getDefaultDType(DTypeCategory category);

/// Collects the operands of one elementwise op and computes PyTorch's
/// result_type: dimensioned tensors decide the dtype, 0-dim tensors and then
/// Python scalars only raise its category.
class ResultTypeState {
public:
  /// Adds a tensor operand.
  LogicalResult addTensor(RankedTensorType type);
  /// Adds a scalar of `category` (a Python number or a Sym* node).
  void addScalar(DTypeCategory category);
  /// Adds parameter `i` of `call`, whatever it is (tensor, number, Sym*).
  LogicalResult addParam(const BoundCall &call, unsigned i);
  /// The promoted dtype; nothing when no operand was added or promotion fails.
  std::optional<ScalarType> getResult() const;

private:
  std::optional<ScalarType> dimResult, zeroDimResult, scalarResult;
  bool invalid = false;
};

/// The category of a scalar parameter value (a number attribute or a node of
/// Sym* type); nothing when it is neither.
std::optional<DTypeCategory> getScalarCategory(Attribute value,
                                               TypeRange nodeTypes);

/// Broadcasts two size lists (right-aligned). Equal sizes stay; 1 gives way
/// to the other; a symbol against a constant other than 1 becomes the
/// constant, and two different symbolic sizes are assumed equal (PyTorch
/// guards on that) and give the first. Fails for two different constants.
LogicalResult broadcastSizes(ArrayRef<AffineExpr> lhs, ArrayRef<AffineExpr> rhs,
                             SmallVectorImpl<AffineExpr> &result);

/// Wraps a possibly negative `dim` for a tensor of `rank` (rank 0 accepts
/// dims -1 and 0, as PyTorch does); reports out-of-range dims.
FailureOr<int64_t> normalizeDim(const BoundCall &call, unsigned param,
                                int64_t dim, int64_t rank);

/// The element type of tensors of `dtype`, reporting dtypes MLIR cannot
/// express.
FailureOr<Type> getElementTypeOrError(const BoundCall &call, ScalarType dtype);

/// The torch dtype of a tensor type, reporting element types with none.
FailureOr<ScalarType> getDTypeOrError(const BoundCall &call,
                                      RankedTensorType type);

} // namespace mlir::fx

#endif // FX_MLIR_LIB_DIALECT_FX_INFERENCE_INFERENCEHELPERS_H
