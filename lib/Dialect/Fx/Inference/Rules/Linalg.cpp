//===- Linalg.cpp - Matrix product and spectral inference rules -----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// mm/bmm/addmm/baddbmm, matmul's batching rules, linear, cdist/pdist and the
// FFT primitives.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// Reports operand `b` (param `j`) when its dtype is not `a`'s (matrix
/// products do not promote).
static LogicalResult checkSameDType(const BoundCall &call, RankedTensorType a,
                                    unsigned j, RankedTensorType b) {
  if (a.getElementType() != b.getElementType())
    return call.emitParamError(j)
           << "must have the dtype of the other operand, " << a.getElementType()
           << ", got " << b.getElementType();
  return success();
}

/// Reports operand `b` (param `j`) when its contracted size `rhs` is not
/// `a`'s, `lhs`.
static LogicalResult checkInner(const BoundCall &call, RankedTensorType a,
                                unsigned j, RankedTensorType b, AffineExpr lhs,
                                AffineExpr rhs) {
  if (!sizesMayMatch(lhs, rhs))
    return call.emitParamError(j) << "of type " << b << " cannot be multiplied "
                                  << "with " << a;
  return success();
}

static LogicalResult checkRank(const BoundCall &call, unsigned i,
                               RankedTensorType type, int64_t rank) {
  if (type.getRank() != rank)
    return call.emitParamError(i)
           << "must be a " << rank << "D tensor, got " << type;
  return success();
}

LogicalResult rules::inferMm(const BoundCall &call,
                             SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> a = call.getTensor(0);
  FailureOr<RankedTensorType> b = call.getTensor(1);
  if (failed(a) || failed(b) || failed(checkRank(call, 0, *a, 2)) ||
      failed(checkRank(call, 1, *b, 2)))
    return failure();
  SmallVector<AffineExpr> x = getDimSizes(*a), y = getDimSizes(*b);
  if (failed(checkInner(call, *a, 1, *b, x[1], y[0])) ||
      failed(checkSameDType(call, *a, 1, *b)))
    return failure();
  results.push_back(makeTensorType({x[0], y[1]}, *a));
  return success();
}

/// The [b, n, p] result of a batched product of [b, n, m] and [b, m, p].
static FailureOr<Type> inferBatchedProduct(const BoundCall &call, unsigned i,
                                           unsigned j) {
  FailureOr<RankedTensorType> a = call.getTensor(i);
  FailureOr<RankedTensorType> b = call.getTensor(j);
  if (failed(a) || failed(b) || failed(checkRank(call, i, *a, 3)) ||
      failed(checkRank(call, j, *b, 3)))
    return failure();
  SmallVector<AffineExpr> x = getDimSizes(*a), y = getDimSizes(*b);
  if (!sizesMayMatch(x[0], y[0]))
    return call.emitParamError(j)
           << "of type " << *b << " has another batch size than " << *a;
  if (failed(checkInner(call, *a, j, *b, x[2], y[1])) ||
      failed(checkSameDType(call, *a, j, *b)))
    return failure();
  return makeTensorType({x[0], x[1], y[2]}, *a);
}

LogicalResult rules::inferBmm(const BoundCall &call,
                              SmallVectorImpl<Type> &results) {
  FailureOr<Type> type = inferBatchedProduct(call, 0, 1);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

/// Checks that `self` (param 0) broadcasts to `result`.
static LogicalResult checkBias(const BoundCall &call, RankedTensorType result) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  SmallVector<AffineExpr> target = getDimSizes(result), merged;
  if (failed(broadcastSizes(getDimSizes(*self), target, merged)) ||
      merged.size() != target.size() ||
      !llvm::all_of(llvm::zip_equal(merged, target), [](auto pair) {
        return sizesMayMatch(std::get<0>(pair), std::get<1>(pair));
      }))
    return call.emitParamError(0)
           << "of type " << *self << " does not broadcast to " << result;
  if (self->getElementType() != result.getElementType())
    return call.emitParamError(0)
           << "must have the dtype of the matrices, " << result.getElementType()
           << ", got " << self->getElementType();
  return success();
}

/// addmm's decomposition takes int() of beta and alpha when the matrices are
/// integral (bool too): a Python complex there has none.
static LogicalResult checkIntegralScalings(const BoundCall &call,
                                           RankedTensorType result) {
  std::optional<ScalarType> dtype = getScalarType(result.getElementType());
  if (!dtype || !isIntegral(*dtype, /*includeBool=*/true))
    return success();
  for (StringRef name : {"beta", "alpha"}) {
    std::optional<unsigned> param = call.getSchema().lookupParam(name);
    if (param && isa_and_nonnull<ComplexAttr>(call.getValue(*param)))
      return call.emitParamError(*param)
             << "must not be complex for an integer tensor";
  }
  return success();
}

LogicalResult rules::inferAddmm(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> a = call.getTensor(1);
  FailureOr<RankedTensorType> b = call.getTensor(2);
  if (failed(a) || failed(b) || failed(checkRank(call, 1, *a, 2)) ||
      failed(checkRank(call, 2, *b, 2)))
    return failure();
  SmallVector<AffineExpr> x = getDimSizes(*a), y = getDimSizes(*b);
  if (failed(checkInner(call, *a, 2, *b, x[1], y[0])) ||
      failed(checkSameDType(call, *a, 2, *b)))
    return failure();
  auto result = cast<RankedTensorType>(makeTensorType({x[0], y[1]}, *a));
  if (failed(checkBias(call, result)) ||
      failed(checkIntegralScalings(call, result)))
    return failure();
  results.push_back(result);
  return success();
}

LogicalResult rules::inferBaddbmm(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<Type> type = inferBatchedProduct(call, 1, 2);
  if (failed(type) || failed(checkBias(call, cast<RankedTensorType>(*type))))
    return failure();
  results.push_back(*type);
  return success();
}

/// torch.matmul's result sizes for operands `a` and `b` (params 0 and 1).
static FailureOr<SmallVector<AffineExpr>>
getMatmulSizes(const BoundCall &call, RankedTensorType a, RankedTensorType b) {
  SmallVector<AffineExpr> x = getDimSizes(a), y = getDimSizes(b);
  if (x.empty() || y.empty())
    return call.emitParamError(x.empty() ? 0 : 1)
           << "must be at least 1D, got " << (x.empty() ? a : b);
  bool vectorA = x.size() == 1, vectorB = y.size() == 1;
  MLIRContext *context = call.getContext();
  AffineExpr one = getAffineConstantExpr(1, context);
  if (vectorA)
    x.insert(x.begin(), one);
  if (vectorB)
    y.push_back(one);
  AffineExpr n = x[x.size() - 2], m = x.back();
  AffineExpr m2 = y[y.size() - 2], p = y.back();
  if (failed(checkInner(call, a, 1, b, m, m2)))
    return failure();
  SmallVector<AffineExpr> batch;
  if (failed(broadcastSizes(ArrayRef(x).drop_back(2), ArrayRef(y).drop_back(2),
                            batch)))
    return call.emitParamError(1)
           << "of type " << b << " has batch dims that do not broadcast with "
           << a << "'s";
  if (!vectorA)
    batch.push_back(n);
  if (!vectorB)
    batch.push_back(p);
  return batch;
}

LogicalResult rules::inferMatmul(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> a = call.getTensor(0);
  FailureOr<RankedTensorType> b = call.getTensor(1);
  if (failed(a) || failed(b))
    return failure();
  FailureOr<SmallVector<AffineExpr>> sizes = getMatmulSizes(call, *a, *b);
  if (failed(sizes) || failed(checkSameDType(call, *a, 1, *b)))
    return failure();
  results.push_back(makeTensorType(*sizes, *a));
  return success();
}

LogicalResult rules::inferLinear(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<RankedTensorType> weight = call.getTensor(1);
  FailureOr<RankedTensorType> bias = call.getOptionalTensor(2);
  if (failed(input) || failed(weight) || failed(bias))
    return failure();
  if (weight->getRank() != 1 && weight->getRank() != 2)
    return call.emitParamError(1) << "must be 1D or 2D, got " << *weight;
  // input @ weight.t()
  SmallVector<AffineExpr> w = getDimSizes(*weight);
  std::reverse(w.begin(), w.end());
  auto transposed = cast<RankedTensorType>(makeTensorType(w, *weight));
  FailureOr<SmallVector<AffineExpr>> sizes =
      getMatmulSizes(call, *input, transposed);
  if (failed(sizes) || failed(checkSameDType(call, *input, 1, *weight)))
    return failure();
  if (*bias) {
    SmallVector<AffineExpr> merged;
    if (failed(broadcastSizes(*sizes, getDimSizes(*bias), merged)) ||
        merged.size() != sizes->size())
      return call.emitParamError(2)
             << "of type " << *bias << " does not broadcast to the product";
    if (failed(checkSameDType(call, *input, 2, *bias)))
      return failure();
  }
  results.push_back(makeTensorType(*sizes, *input));
  return success();
}

LogicalResult rules::inferCdist(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> a = call.getTensor(0);
  FailureOr<RankedTensorType> b = call.getTensor(1);
  if (failed(a) || failed(b))
    return failure();
  for (auto [i, type] : llvm::enumerate(std::array{*a, *b}))
    if (type.getRank() < 2)
      return call.emitParamError(i) << "must be at least 2D, got " << type;
  // The columns are checked before the dtypes, as PyTorch does.
  SmallVector<AffineExpr> x = getDimSizes(*a), y = getDimSizes(*b);
  if (!sizesMayMatch(x.back(), y.back()))
    return call.emitParamError(1)
           << "of type " << *b << " must have as many columns as " << *a;
  std::optional<ScalarType> dtype = getScalarType(a->getElementType());
  if (!dtype || getCategory(*dtype) != DTypeCategory::Floating)
    return call.emitParamError(0) << "must be a floating-point tensor, got "
                                  << a->getElementType();
  if (failed(checkSameDType(call, *a, 1, *b)))
    return failure();
  SmallVector<AffineExpr> batch;
  if (failed(broadcastSizes(ArrayRef(x).drop_back(2), ArrayRef(y).drop_back(2),
                            batch)))
    return call.emitParamError(1)
           << "of type " << *b << " has batch dims that do not broadcast with "
           << *a << "'s";
  batch.push_back(x[x.size() - 2]);
  batch.push_back(y[y.size() - 2]);
  results.push_back(makeTensorType(batch, *a));
  return success();
}

LogicalResult rules::inferPdist(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<double> p = call.getFloat(1);
  if (failed(self) || failed(p))
    return failure();
  // PyTorch 2.13's fake kernel (what export records) reads the row count
  // from dim 0 and checks neither the rank nor a CPU dtype.
  // Nor p's sign: only torch.pdist, above the op, requires p >= 0.
  if (self->getRank() == 0)
    return call.emitParamError(0) << "must have a dim 0, got " << *self;
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  AffineExpr n = sizes[0];
  AffineExpr count;
  if (std::optional<int64_t> c = getConstantSize(n))
    count = getAffineConstantExpr(*c * (*c - 1) / 2, call.getContext());
  else if (n)
    count = (n * (n - 1)).floorDiv(2);
  std::optional<ScalarType> dtype = getScalarType(self->getElementType());
  bool empty = isConstantSize(count, 0) ||
               llvm::any_of(ArrayRef(sizes).drop_front(),
                            [](AffineExpr size) { return isConstantSize(size, 0); });
  if (!empty && (!dtype || getCategory(*dtype) != DTypeCategory::Floating))
    return call.emitParamError(0)
           << "must be a floating point tensor, got "
           << self->getElementType();
  results.push_back(makeTensorType({count}, *self));
  return success();
}

/// Normalizes the FFT dims (param 1) for `self`.
static LogicalResult getFftDims(const BoundCall &call, RankedTensorType self,
                                SmallVectorImpl<int64_t> &dims) {
  if (failed(call.getIntList(1, dims)))
    return failure();
  if (self.getRank() == 0)
    return call.emitParamError(0) << "must have at least one dim";
  if (dims.empty())
    return call.emitParamError(1) << "must not be empty";
  SmallVector<bool, 6> mask;
  if (failed(normalizeDimList(call, 1, dims, self.getRank(), mask)))
    return failure();
  for (int64_t &dim : dims)
    if (dim < 0)
      dim += self.getRank();
  return success();
}

LogicalResult rules::inferFftR2C(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<bool> onesided = call.getBool(3);
  SmallVector<int64_t, 4> dims;
  if (failed(self) || failed(onesided) || failed(getFftDims(call, *self, dims)))
    return failure();
  std::optional<ScalarType> dtype = getScalarType(self->getElementType());
  if (!dtype || getCategory(*dtype) != DTypeCategory::Floating)
    return call.emitParamError(0)
           << "must be a real floating tensor, got " << *self;
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  if (*onesided)
    sizes[dims.back()] = floorDivSize(sizes[dims.back()], 2) + 1;
  FailureOr<Type> type = makeTensorType(call, sizes, toComplexType(*dtype));
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferFftC2R(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<AffineExpr> lastDimSize = call.getSymInt(3);
  SmallVector<int64_t, 4> dims;
  if (failed(self) || failed(lastDimSize) ||
      failed(getFftDims(call, *self, dims)))
    return failure();
  std::optional<ScalarType> dtype = getScalarType(self->getElementType());
  if (!dtype || getCategory(*dtype) != DTypeCategory::Complex)
    return call.emitParamError(0) << "must be a complex tensor, got " << *self;
  if (std::optional<int64_t> c = getConstantSize(*lastDimSize); c && *c < 1)
    return call.emitParamError(3) << "must be positive";
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  sizes[dims.back()] = *lastDimSize;
  FailureOr<Type> type = makeTensorType(call, sizes, toRealValueType(*dtype));
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}
