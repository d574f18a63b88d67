//===- InferenceHelpers.h - Shared pieces of inference rules ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
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

/// Parameter `param` as a dim of a tensor of `rank`: a constant int, wrapped
/// by normalizeDim.
FailureOr<int64_t> getDimParam(const BoundCall &call, unsigned param,
                               int64_t rank);

/// The element type of tensors of `dtype`, reporting dtypes MLIR cannot
/// express.
FailureOr<Type> getElementTypeOrError(const BoundCall &call, ScalarType dtype);

/// The torch dtype of a tensor type, reporting element types with none.
FailureOr<ScalarType> getDTypeOrError(const BoundCall &call,
                                      RankedTensorType type);

//===----------------------------------------------------------------------===//
// Dtype predicates
//===----------------------------------------------------------------------===//

/// Whether `dtype` is bool or an integer type (`includeBool` says which).
bool isIntegral(ScalarType dtype, bool includeBool);
/// Whether `dtype` is a floating or complex type.
bool isFloatingOrComplex(ScalarType dtype);
/// The real counterpart of a complex dtype (complex64 -> float32); other
/// dtypes unchanged.
ScalarType toRealValueType(ScalarType dtype);
/// The complex counterpart of a floating dtype (float32 -> complex64).
ScalarType toComplexType(ScalarType dtype);
/// torch's `can_cast(from, to)`: no cast to a lower category.
bool canCast(ScalarType from, ScalarType to);
/// PyTorch's spelling of a dtype in messages (`Float`, `Long`).
StringRef getDTypeName(ScalarType dtype);

//===----------------------------------------------------------------------===//
// Sizes
//===----------------------------------------------------------------------===//

/// The constant value of a size, or nothing.
std::optional<int64_t> getConstantSize(AffineExpr size);
/// Whether a tensor of `type` is known to be empty (a dim of size 0).
bool hasZeroSize(RankedTensorType type);
/// Whether `size` is the constant `value`.
bool isConstantSize(AffineExpr size, int64_t value);
/// The product of `sizes` (1 for none); null when one is unknown.
AffineExpr getProduct(MLIRContext *context, ArrayRef<AffineExpr> sizes);
/// `numerator / denominator` when it divides exactly (constants, or
/// monomials sharing factors); null when unknown or not exact.
AffineExpr divideExactly(AffineExpr numerator, AffineExpr denominator);
/// `size floordiv divisor` for a positive constant divisor; a symbolic
/// divisor gives null (an unknown size): the fx form cannot spell it.
AffineExpr floorDivSize(AffineExpr size, int64_t divisor);
/// Puts a size expression in the canonical form that the fx parser builds
/// from PyTorch's printed sympy expressions: like terms combined, terms in
/// lexicographic monomial order, constant last.
AffineExpr canonicalizeSize(AffineExpr size);

/// The sizes of param `i` when it is a tensor; nothing for a scalar.
void getParamSizes(const BoundCall &call, unsigned i,
                   SmallVectorImpl<AffineExpr> &sizes);

/// The tensor type of `sizes` and `dtype` (sizes canonicalized); reports
/// dtypes MLIR cannot express.
FailureOr<Type> makeTensorType(const BoundCall &call,
                               ArrayRef<AffineExpr> sizes, ScalarType dtype);
/// The tensor type of `sizes` with the element type of `like`.
Type makeTensorType(ArrayRef<AffineExpr> sizes, RankedTensorType like);

/// Normalizes a list of dims for a tensor of `rank`, reporting out-of-range
/// and repeated dims; `mask[d]` is set for each.
LogicalResult normalizeDimList(const BoundCall &call, unsigned param,
                               ArrayRef<int64_t> dims, int64_t rank,
                               SmallVectorImpl<bool> &mask);

/// Checks the op's `memory_format` argument, if it has one and it is given,
/// against a result of `rank` dims: channels_last needs 4 and
/// channels_last_3d 5; preserve_format is refused unless `allowPreserve`
/// (the factories have no input to preserve).
LogicalResult checkMemoryFormat(const BoundCall &call, int64_t rank,
                                bool allowPreserve);

/// Reads a `bool[3] output_mask` param.
LogicalResult getOutputMask(const BoundCall &call, unsigned param,
                            bool mask[3]);

/// Writes `sizes` as `[a, b, c]` into `diag`.
void printSizes(InFlightDiagnostic &diag, ArrayRef<AffineExpr> sizes);

/// Whether two sizes may be equal: equal expressions, or either symbolic
/// (PyTorch guards on their equality).
bool sizesMayMatch(AffineExpr a, AffineExpr b);

/// The output size of a pooling or convolution window along one dim
/// (PyTorch's pooling_output_shape). Null when unknown.
AffineExpr getPoolOutputSize(AffineExpr input, AffineExpr kernel,
                             int64_t stride, int64_t padding, int64_t dilation,
                             bool ceilMode);

} // namespace mlir::fx

#endif // FX_MLIR_LIB_DIALECT_FX_INFERENCE_INFERENCEHELPERS_H
