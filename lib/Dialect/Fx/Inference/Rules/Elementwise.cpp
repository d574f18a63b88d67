//===- Elementwise.cpp - Elementwise op inference rules -------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Unary and broadcasting binary ops: PyTorch's TensorIterator semantics
// (broadcasting, result_type promotion, in-place cast checks).
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// The dtype of param `i` when it is a tensor, or of the Python scalar or
/// Sym* value it holds (bool, int64, float32 default, complex64).
static std::optional<ScalarType> getParamDType(const BoundCall &call,
                                               unsigned i) {
  TypeRange types = call.getNodeTypes(i);
  Attribute value = call.getValue(i);
  if (value && isa<NodeAttr>(value) && types.size() == 1)
    if (auto tensor = dyn_cast<RankedTensorType>(types.front()))
      return getScalarType(tensor.getElementType());
  if (!value)
    return std::nullopt;
  if (std::optional<DTypeCategory> category = getScalarCategory(value, types))
    return getDefaultDType(*category);
  return std::nullopt;
}

/// Checks the operand dtypes against the family's restrictions and maps
/// the promoted dtype to the result dtype.
static FailureOr<ScalarType> applyDTypeFlags(const BoundCall &call,
                                             unsigned flags,
                                             ArrayRef<unsigned> params,
                                             ScalarType promoted) {
  for (unsigned i : params) {
    std::optional<ScalarType> dtype = getParamDType(call, i);
    if (!dtype)
      continue;
    DTypeCategory category = getCategory(*dtype);
    if ((flags & kNoBool) && category == DTypeCategory::Bool)
      return call.emitParamError(i) << "must not be a bool tensor";
    if ((flags & kNoComplex) && category == DTypeCategory::Complex)
      return call.emitParamError(i) << "must not be complex";
    if ((flags & kIntegralOnly) && !isIntegral(*dtype, /*includeBool=*/true))
      return call.emitParamError(i)
             << "must be a bool or integer tensor, got torch."
             << stringifyScalarType(*dtype);
  }
  if (flags & kResultBool)
    return ScalarType::Bool;
  bool toFloat = flags & kIntToFloat;
  bool floorDivide = flags & kFloorDivide;
  if (flags & kRoundingMode) {
    std::optional<unsigned> mode =
        call.getSchema().lookupParam("rounding_mode");
    FailureOr<StringRef> rounding =
        mode ? call.getString(*mode) : FailureOr<StringRef>(StringRef());
    if (failed(rounding))
      return failure();
    if (!rounding->empty() && *rounding != "trunc" && *rounding != "floor")
      return call.emitParamError(*mode)
             << "must be 'trunc', 'floor' or None, got '" << *rounding << "'";
    toFloat = rounding->empty();
    floorDivide = *rounding == "floor";
  }
  if (floorDivide && (getCategory(promoted) == DTypeCategory::Bool ||
                      getCategory(promoted) == DTypeCategory::Complex))
    return call.emitError() << "floor division does not support "
                            << getDTypeName(promoted) << " operands";
  if (toFloat && isIntegral(promoted, /*includeBool=*/true))
    return getDefaultDType(DTypeCategory::Floating);
  if (flags & kComplexToReal)
    return toRealValueType(promoted);
  return promoted;
}

/// For in-place ops: the result, which is self, must hold `dtype` and
/// `sizes`.
static LogicalResult checkInPlace(const BoundCall &call, RankedTensorType self,
                                  ScalarType dtype,
                                  ArrayRef<AffineExpr> sizes) {
  std::optional<ScalarType> selfDType = getScalarType(self.getElementType());
  if (selfDType && !canCast(dtype, *selfDType))
    return call.emitError() << "result type " << getDTypeName(dtype)
                            << " can't be cast to the desired output type "
                            << getDTypeName(*selfDType);
  SmallVector<AffineExpr> selfSizes = getDimSizes(self);
  bool same = selfSizes.size() == sizes.size();
  for (size_t i = 0; same && i < sizes.size(); ++i)
    same = sizesMayMatch(selfSizes[i], sizes[i]);
  if (!same) {
    InFlightDiagnostic diag = call.emitError() << "output with shape ";
    printSizes(diag, selfSizes);
    diag << " doesn't match the broadcast shape ";
    printSizes(diag, sizes);
    return diag;
  }
  return success();
}

/// Broadcasts the sizes of `params`, reporting a mismatch.
static LogicalResult broadcastParams(const BoundCall &call,
                                     ArrayRef<unsigned> params,
                                     SmallVectorImpl<AffineExpr> &sizes) {
  sizes.clear();
  for (unsigned i : params) {
    SmallVector<AffineExpr, 6> operand, merged;
    getParamSizes(call, i, operand);
    if (failed(broadcastSizes(sizes, operand, merged))) {
      InFlightDiagnostic diag = call.emitError() << "shapes ";
      printSizes(diag, sizes);
      diag << " and ";
      printSizes(diag, operand);
      diag << " do not broadcast";
      return diag;
    }
    sizes.assign(merged.begin(), merged.end());
  }
  return success();
}

/// Promotes the dtypes of `params`.
static FailureOr<ScalarType> promoteParams(const BoundCall &call,
                                           ArrayRef<unsigned> params) {
  ResultTypeState state;
  for (unsigned i : params)
    if (failed(state.addParam(call, i)))
      return failure();
  std::optional<ScalarType> dtype = state.getResult();
  if (!dtype)
    return call.emitError() << "cannot promote the operand dtypes";
  return *dtype;
}

/// The kind of Python number a Scalar schema default is (`1`, `0.01`, `True`).
static DTypeCategory getDefaultScalarCategory(StringRef text) {
  if (text == "True" || text == "False")
    return DTypeCategory::Bool;
  int64_t integer;
  if (!text.getAsInteger(10, integer))
    return DTypeCategory::Integer;
  return DTypeCategory::Floating;
}

/// Reports a Scalar param that PyTorch cannot safely cast to `dtype` (a float
/// into an integer tensor, an int into a bool one).
static LogicalResult checkScalarParamsFit(const BoundCall &call,
                                          ScalarType dtype) {
  for (unsigned i = 1, e = call.getNumParams(); i < e; ++i) {
    const SchemaParam &param = call.getSchema().params[i];
    if (!param.type.starts_with("Scalar") || call.isNone(i))
      continue;
    std::optional<DTypeCategory> category =
        call.getValue(i)
            ? getScalarCategory(call.getValue(i), call.getNodeTypes(i))
            : getDefaultScalarCategory(param.defaultValue);
    if (!category)
      return call.emitParamError(i) << "must be a number";
    if (*category > getCategory(dtype))
      return call.emitParamError(i)
             << "cannot be safely cast to self's dtype " << getDTypeName(dtype);
  }
  return success();
}

LogicalResult rules::inferUnary(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  FailureOr<ScalarType> dtype = getDTypeOrError(call, *self);
  if (failed(dtype))
    return failure();
  unsigned flags = call.getRuleParam();
  if ((flags & kScalarParamsFitSelf) &&
      failed(checkScalarParamsFit(call, *dtype)))
    return failure();
  FailureOr<ScalarType> result = applyDTypeFlags(call, flags, {0}, *dtype);
  if (failed(result))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  if (flags & kInPlace) {
    if (failed(checkInPlace(call, *self, *result, sizes)))
      return failure();
    results.push_back(*self);
    return success();
  }
  FailureOr<Type> type = makeTensorType(call, sizes, *result);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

/// Checks `alpha` for add/sub: no float alpha with an integral result.
static LogicalResult checkAlpha(const BoundCall &call, ScalarType dtype) {
  std::optional<unsigned> alpha = call.getSchema().lookupParam("alpha");
  if (!alpha || !call.getValue(*alpha))
    return success();
  std::optional<DTypeCategory> category = getScalarCategory(
      call.getValue(*alpha), call.getNodeTypes(*alpha));
  if (!category)
    return call.emitParamError(*alpha) << "must be a number";
  if (isIntegral(dtype, /*includeBool=*/true) &&
      *category >= DTypeCategory::Floating)
    return call.emitError() << "for integral input tensors, argument alpha "
                               "must not be a floating point number";
  return success();
}

LogicalResult rules::inferBinary(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  unsigned flags = call.getRuleParam();
  RankedTensorType self;
  if (flags & kInPlace) {
    FailureOr<RankedTensorType> tensor = call.getTensor(0);
    if (failed(tensor))
      return failure();
    self = *tensor;
  }
  FailureOr<ScalarType> promoted = promoteParams(call, {0, 1});
  if (failed(promoted))
    return failure();
  if ((flags & kCheckAlpha) && failed(checkAlpha(call, *promoted)))
    return failure();
  FailureOr<ScalarType> dtype = applyDTypeFlags(call, flags, {0, 1}, *promoted);
  if (failed(dtype))
    return failure();
  SmallVector<AffineExpr, 6> sizes;
  if (failed(broadcastParams(call, {0, 1}, sizes)))
    return failure();
  if (flags & kOut) {
    std::optional<unsigned> outParam = call.getSchema().lookupParam("out");
    FailureOr<RankedTensorType> out =
        outParam ? call.getTensor(*outParam)
                 : FailureOr<RankedTensorType>(call.emitError()
                                               << "schema has no 'out'");
    if (failed(out))
      return failure();
    std::optional<ScalarType> outDType = getScalarType(out->getElementType());
    if (outDType && !canCast(*dtype, *outDType))
      return call.emitError() << "result type " << getDTypeName(*dtype)
                              << " can't be cast to the desired output type "
                              << getDTypeName(*outDType);
    results.push_back(makeTensorType(sizes, *out));
    return success();
  }
  if (self) {
    if (failed(checkInPlace(call, self, *dtype, sizes)))
      return failure();
    results.push_back(self);
    return success();
  }
  FailureOr<Type> type = makeTensorType(call, sizes, *dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferSameAsSelf(const BoundCall &call,
                                     SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferWhere(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> condition = call.getTensor(0);
  if (failed(condition))
    return failure();
  std::optional<ScalarType> conditionDType =
      getScalarType(condition->getElementType());
  if (conditionDType != ScalarType::Bool && conditionDType != ScalarType::uint8)
    return call.emitParamError(0)
           << "must be a bool tensor, got " << condition->getElementType();
  FailureOr<ScalarType> dtype = promoteParams(call, {1, 2});
  if (failed(dtype))
    return failure();
  SmallVector<AffineExpr, 6> sizes;
  if (failed(broadcastParams(call, {0, 1, 2}, sizes)))
    return failure();
  FailureOr<Type> type = makeTensorType(call, sizes, *dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferClamp(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  if (call.isNone(1) && call.isNone(2))
    return call.emitError()
           << "at least one of 'min' or 'max' must not be None";
  unsigned flags = call.getRuleParam();
  SmallVector<unsigned, 3> params = {0};
  for (unsigned i : {1u, 2u})
    if (!call.isNone(i))
      params.push_back(i);
  FailureOr<ScalarType> promoted = promoteParams(call, params);
  if (failed(promoted))
    return failure();
  FailureOr<ScalarType> dtype =
      applyDTypeFlags(call, flags | kNoComplex, params, *promoted);
  if (failed(dtype))
    return failure();
  SmallVector<AffineExpr, 6> sizes;
  if (failed(broadcastParams(call, params, sizes)))
    return failure();
  if (flags & kInPlace) {
    if (failed(checkInPlace(call, *self, *dtype, sizes)))
      return failure();
    results.push_back(*self);
    return success();
  }
  FailureOr<Type> type = makeTensorType(call, sizes, *dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferCopy(const BoundCall &call,
                               SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> src = call.getTensor(1);
  if (failed(self) || failed(src))
    return failure();
  SmallVector<AffineExpr> selfSizes = getDimSizes(*self), merged;
  if (failed(broadcastSizes(selfSizes, getDimSizes(*src), merged)) ||
      merged.size() != selfSizes.size() ||
      !llvm::all_of(llvm::zip_equal(merged, selfSizes), [](auto pair) {
        return sizesMayMatch(std::get<0>(pair), std::get<1>(pair));
      }))
    return call.emitError() << "src of type " << *src
                            << " does not broadcast to self of type " << *self;
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferToCopy(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  std::optional<unsigned> dtypeParam = call.getSchema().lookupParam("dtype");
  std::optional<ScalarType> dtype;
  if (dtypeParam) {
    FailureOr<std::optional<ScalarType>> given =
        call.getOptionalDType(*dtypeParam);
    if (failed(given))
      return failure();
    dtype = *given;
  }
  if (!dtype) {
    results.push_back(*self);
    return success();
  }
  FailureOr<Type> type = makeTensorType(call, getDimSizes(*self), *dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferSelfBroadcasting(const BoundCall &call,
                                           SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  unsigned flags = call.getRuleParam();
  FailureOr<ScalarType> dtype = getDTypeOrError(call, *self);
  if (failed(dtype))
    return failure();
  if (failed(applyDTypeFlags(call, flags, {0}, *dtype)))
    return failure();
  if (flags & kCheckLimits) {
    // hardtanh: no bool, no negative limits for unsigned types.
    if (*dtype == ScalarType::Bool)
      return call.emitParamError(0) << "must not be a bool tensor";
    if (isIntegral(*dtype, false) && *dtype == ScalarType::uint8)
      for (unsigned i = 1; i < call.getNumParams(); ++i) {
        FailureOr<double> limit = call.getFloat(i);
        if (failed(limit))
          return failure();
        if (*limit < 0)
          return call.emitError()
                 << "cannot do hardtanh on an unsigned type with negative "
                    "limits";
      }
  }
  results.push_back(*self);
  return success();
}
