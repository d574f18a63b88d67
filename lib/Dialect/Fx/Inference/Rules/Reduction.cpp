//===- Reduction.cpp - Reduction op inference rules -----------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// sum/mean/amax/any/argmax/var over dim lists, single dims or all dims, with
// keepdim and dtype; (values, indices) pairs; cumsum and softmax.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// The dims a reduction reduces, as a mask over self's dims. `all` is set
/// when every dim is reduced because no dim was given.
static LogicalResult getReducedDims(const BoundCall &call, int64_t rank,
                                    SmallVectorImpl<bool> &mask) {
  std::optional<unsigned> dimParam = call.getSchema().lookupParam("dim");
  auto reduceAll = [&] {
    mask.assign(std::max<int64_t>(rank, 1), true);
    return success();
  };
  if (!dimParam || call.isNone(*dimParam))
    return reduceAll();
  StringRef type = call.getSchema().params[*dimParam].type;
  if (type.contains('[')) {
    SmallVector<int64_t, 4> dims;
    if (failed(call.getIntList(*dimParam, dims)))
      return failure();
    // An empty list reduces every dim, or none for the `.dims` overloads.
    if (dims.empty() && !(call.getRuleParam() & kReduceEmptyDimsNone))
      return reduceAll();
    return normalizeDimList(call, *dimParam, dims, rank, mask);
  }
  FailureOr<int64_t> dim = call.getInt(*dimParam);
  if (failed(dim))
    return failure();
  return normalizeDimList(call, *dimParam, {*dim}, rank, mask);
}

/// The reduced sizes of `sizes` under `mask`.
static void reduceSizes(MLIRContext *context, ArrayRef<AffineExpr> sizes,
                        ArrayRef<bool> mask, bool keepdim,
                        SmallVectorImpl<AffineExpr> &result) {
  for (auto [i, size] : llvm::enumerate(sizes)) {
    if (!mask[i])
      result.push_back(size);
    else if (keepdim)
      result.push_back(getAffineConstantExpr(1, context));
  }
}

/// Reports a reduction over a dim of size 0 (ops with no identity), naming
/// the `dim` argument (given or left out: the op reduces every dim), or self
/// for the overloads without one.
static LogicalResult checkNonEmpty(const BoundCall &call,
                                   ArrayRef<AffineExpr> sizes,
                                   ArrayRef<bool> mask) {
  unsigned blamed = call.getSchema().lookupParam("dim").value_or(0);
  for (auto [i, size] : llvm::enumerate(sizes))
    if (mask[i] && isConstantSize(size, 0))
      return call.emitParamError(blamed)
             << "reduces dim " << i << " of size 0 (the op has no identity)";
  return success();
}

static FailureOr<bool> getKeepdim(const BoundCall &call) {
  std::optional<unsigned> keepdim = call.getSchema().lookupParam("keepdim");
  if (!keepdim)
    return false;
  return call.getBool(*keepdim);
}

static FailureOr<std::optional<ScalarType>>
getDTypeParam(const BoundCall &call) {
  std::optional<unsigned> dtype = call.getSchema().lookupParam("dtype");
  if (!dtype)
    return std::optional<ScalarType>();
  return call.getOptionalDType(*dtype);
}

LogicalResult rules::inferReduction(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  FailureOr<ScalarType> selfDType = getDTypeOrError(call, *self);
  FailureOr<bool> keepdim = getKeepdim(call);
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeParam(call);
  if (failed(selfDType) || failed(keepdim) || failed(dtypeArg))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  SmallVector<bool, 6> mask;
  if (failed(getReducedDims(call, self->getRank(), mask)))
    return failure();

  ScalarType dtype = *selfDType;
  auto kind =
      static_cast<ReductionKind>(call.getRuleParam() & ~kReduceEmptyDimsNone);
  switch (kind) {
  case kReduceSum:
    if (*dtypeArg)
      dtype = **dtypeArg;
    else if (isIntegral(dtype, /*includeBool=*/true))
      dtype = ScalarType::int64;
    break;
  case kReduceMean:
    if (*dtypeArg) {
      if (!isFloatingOrComplex(**dtypeArg))
        return call.emitParamError(*call.getSchema().lookupParam("dtype"))
               << "must be a floating point or complex dtype, got "
               << getDTypeName(**dtypeArg);
      dtype = **dtypeArg;
    } else if (!isFloatingOrComplex(dtype)) {
      return call.emitParamError(0)
             << "must be a floating point or complex tensor when 'dtype' is "
                "None, got "
             << getDTypeName(dtype);
    }
    break;
  case kReduceSame:
    if (failed(checkNonEmpty(call, sizes, mask)))
      return failure();
    if (getCategory(dtype) == DTypeCategory::Complex)
      return call.emitParamError(0) << "must not be complex";
    break;
  case kReduceAny:
    if (dtype != ScalarType::uint8)
      dtype = ScalarType::Bool;
    break;
  case kReduceArg:
    if (failed(checkNonEmpty(call, sizes, mask)))
      return failure();
    dtype = ScalarType::int64;
    break;
  case kReduceVar:
    if (!isFloatingOrComplex(dtype))
      return call.emitParamError(0)
             << "must be a floating point or complex tensor, got "
             << getDTypeName(dtype);
    dtype = toRealValueType(dtype);
    break;
  }
  SmallVector<AffineExpr, 6> resultSizes;
  reduceSizes(call.getContext(), sizes, mask, *keepdim, resultSizes);
  FailureOr<Type> type = makeTensorType(call, resultSizes, dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferValuesIndices(const BoundCall &call,
                                        SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  FailureOr<ScalarType> dtype = getDTypeOrError(call, *self);
  std::optional<unsigned> dimParam = call.getSchema().lookupParam("dim");
  if (failed(dtype) || !dimParam)
    return failure();
  FailureOr<int64_t> dim = call.getInt(*dimParam);
  if (failed(dim))
    return failure();
  int64_t rank = self->getRank();
  FailureOr<int64_t> d = normalizeDim(call, *dimParam, *dim, rank);
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  StringRef name = call.getSchema().name;
  bool complex = getCategory(*dtype) == DTypeCategory::Complex;
  if (name == "topk") {
    FailureOr<AffineExpr> k = call.getSymInt(1);
    if (failed(k))
      return failure();
    AffineExpr size =
        rank == 0 ? getAffineConstantExpr(1, call.getContext()) : sizes[*d];
    std::optional<int64_t> kValue = getConstantSize(*k);
    std::optional<int64_t> sizeValue = getConstantSize(size);
    if (kValue && (*kValue < 0 || (sizeValue && *kValue > *sizeValue)))
      return call.emitParamError(1) << "selected index k out of range";
    if (rank > 0)
      sizes[*d] = *k;
  } else if (name == "sort") {
    // Same sizes.
  } else {
    // max.dim / min.dim.
    if (complex)
      return call.emitParamError(0) << "must not be complex";
    FailureOr<bool> keepdim = getKeepdim(call);
    if (failed(keepdim))
      return failure();
    if (rank > 0) {
      if (isConstantSize(sizes[*d], 0))
        return call.emitParamError(*dimParam)
               << "reduces dim " << *d << " of size 0 (the op has no identity)";
      if (*keepdim)
        sizes[*d] = getAffineConstantExpr(1, call.getContext());
      else
        sizes.erase(sizes.begin() + *d);
    }
  }
  FailureOr<Type> values = makeTensorType(call, sizes, *dtype);
  FailureOr<Type> indices = makeTensorType(call, sizes, ScalarType::int64);
  if (failed(values) || failed(indices))
    return failure();
  results.push_back(*values);
  results.push_back(*indices);
  return success();
}

LogicalResult rules::inferCumsum(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  FailureOr<ScalarType> selfDType = getDTypeOrError(call, *self);
  FailureOr<int64_t> dim = getDimParam(call, 1, self->getRank());
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeParam(call);
  if (failed(selfDType) || failed(dim) || failed(dtypeArg))
    return failure();
  ScalarType dtype = *selfDType;
  if (call.getRuleParam() == kCumsumLogSoftmax && !*dtypeArg &&
      dtype == ScalarType::Bool)
    return call.emitParamError(0) << "must not be a bool tensor";
  if (*dtypeArg)
    dtype = **dtypeArg;
  else if (isIntegral(dtype, /*includeBool=*/true))
    dtype = ScalarType::int64;
  FailureOr<Type> type = makeTensorType(call, getDimSizes(*self), dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferSoftmax(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  FailureOr<ScalarType> dtype = getDTypeOrError(call, *self);
  FailureOr<int64_t> dim = getDimParam(call, 1, self->getRank());
  FailureOr<bool> halfToFloat = call.getBool(2);
  if (failed(dtype) || failed(dim) || failed(halfToFloat))
    return failure();
  // half_to_float is checked first; kernels reject integer inputs, except
  // empty ones, which return early.
  if (*halfToFloat && *dtype != ScalarType::float16)
    return call.emitParamError(2) << "is True but self is not a Half tensor";
  if (!isFloatingOrComplex(*dtype) && !hasZeroSize(*self))
    return call.emitParamError(0)
           << "must be a floating point tensor, got torch."
           << stringifyScalarType(*dtype);
  ScalarType result = *halfToFloat ? ScalarType::float32 : *dtype;
  FailureOr<Type> type = makeTensorType(call, getDimSizes(*self), result);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}
