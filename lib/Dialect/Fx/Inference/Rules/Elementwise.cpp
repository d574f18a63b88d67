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
                      getCategory(promoted) == DTypeCategory::Complex)) {
    // The promoted category is the highest operand's: blame the first
    // operand of that category.
    unsigned culprit = *llvm::find_if(params, [&](unsigned i) {
      std::optional<ScalarType> dtype = getParamDType(call, i);
      return dtype && getCategory(*dtype) == getCategory(promoted);
    });
    return call.emitParamError(culprit)
           << "must not be " << getDTypeName(*getParamDType(call, culprit))
           << " for floor division";
  }
  if (toFloat && isIntegral(promoted, /*includeBool=*/true))
    return getDefaultDType(DTypeCategory::Floating);
  if (flags & kComplexToReal)
    return toRealValueType(promoted);
  return promoted;
}

/// For in-place and out= ops: the written tensor, param `written` of type
/// `output`, must be able to hold `dtype`.
static LogicalResult checkOutputDType(const BoundCall &call, unsigned written,
                                      RankedTensorType output,
                                      ScalarType dtype) {
  std::optional<ScalarType> outputDType =
      getScalarType(output.getElementType());
  if (outputDType && !canCast(dtype, *outputDType))
    return call.emitParamError(written)
           << "of dtype " << getDTypeName(*outputDType)
           << " cannot hold the result type " << getDTypeName(dtype);
  return success();
}

/// For in-place ops: the result, which is self, must hold `dtype` and
/// `sizes` (an out= tensor is resized instead).
static LogicalResult checkInPlace(const BoundCall &call, RankedTensorType self,
                                  ScalarType dtype,
                                  ArrayRef<AffineExpr> sizes) {
  if (failed(checkOutputDType(call, 0, self, dtype)))
    return failure();
  SmallVector<AffineExpr> outputSizes = getDimSizes(self);
  bool same = outputSizes.size() == sizes.size();
  for (size_t i = 0; same && i < sizes.size(); ++i)
    same = sizesMayMatch(outputSizes[i], sizes[i]);
  if (!same) {
    InFlightDiagnostic diag = call.emitParamError(0) << "of shape ";
    printSizes(diag, outputSizes);
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
      InFlightDiagnostic diag = call.emitParamError(i) << "of shape ";
      printSizes(diag, operand);
      diag << " does not broadcast with ";
      printSizes(diag, sizes);
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
/// into an integer tensor, an int into a bool one). PyTorch checks them last
/// first (elu: input_scale, scale, alpha), and so names that one. softplus's
/// `threshold` is only compared with the input, never cast. elu's
/// decomposition defaults its Scalars to 1.0 where the schema says 1; the
/// schema's default reaches it only for a param before a given one.
static LogicalResult checkScalarParamsFit(const BoundCall &call,
                                          ScalarType dtype) {
  bool floatDefaults = call.getTarget().starts_with("aten.elu");
  for (unsigned i = call.getNumParams() - 1; i > 0; --i) {
    const SchemaParam &param = call.getSchema().params[i];
    Attribute value = call.getValue(i);
    bool pythonDefault = floatDefaults && !value;
    floatDefaults &= !value;
    if (!param.type.starts_with("Scalar") || param.name == "threshold" ||
        call.isNone(i))
      continue;
    std::optional<DTypeCategory> category =
        value ? getScalarCategory(value, call.getNodeTypes(i))
        : pythonDefault ? DTypeCategory::Floating
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
  // gelu's approximation.
  if (std::optional<unsigned> approximate =
          call.getSchema().lookupParam("approximate")) {
    FailureOr<StringRef> mode = call.getString(*approximate);
    if (failed(mode))
      return failure();
    if (*mode != "none" && *mode != "tanh")
      return call.emitParamError(*approximate)
             << "must be 'none' or 'tanh', got '" << *mode << "'";
  }
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

/// Checks `alpha` for add/sub: no float alpha with an integral result; sub
/// (the ops refusing bools) refuses any alpha of a higher category than the
/// result, an int alpha with bools too.
static LogicalResult checkAlpha(const BoundCall &call, ScalarType dtype) {
  std::optional<unsigned> alpha = call.getSchema().lookupParam("alpha");
  if (!alpha || !call.getValue(*alpha))
    return success();
  std::optional<DTypeCategory> category = getScalarCategory(
      call.getValue(*alpha), call.getNodeTypes(*alpha));
  if (!category)
    return call.emitParamError(*alpha) << "must be a number";
  // A complex alpha needs a complex result whatever the op.
  bool refused = (call.getRuleParam() & kNoBool) ||
                         *category == DTypeCategory::Complex
                     ? *category > getCategory(dtype)
                     : isIntegral(dtype, /*includeBool=*/true) &&
                           *category >= DTypeCategory::Floating;
  if (refused)
    return call.emitParamError(*alpha)
           << "cannot be safely cast to the result dtype "
           << getDTypeName(dtype);
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
  // PyTorch refuses two bool operands of sub before alpha, and alpha before
  // the other dtype restrictions.
  bool twoBools = llvm::all_of(std::array{0u, 1u}, [&](unsigned i) {
    return isa_and_nonnull<NodeAttr>(call.getValue(i)) &&
           getParamDType(call, i) == ScalarType::Bool;
  });
  if ((flags & kNoBool) && twoBools)
    return call.emitParamError(0) << "must not be a bool tensor";
  // add_/sub_'s meta kernel refuses a self that cannot hold the promoted
  // dtype before anything looks at alpha.
  if (self && (flags & kCheckAlpha) &&
      failed(checkOutputDType(call, 0, self, *promoted)))
    return failure();
  if ((flags & kCheckAlpha) && failed(checkAlpha(call, *promoted)))
    return failure();
  FailureOr<ScalarType> dtype = applyDTypeFlags(call, flags, {0, 1}, *promoted);
  if (failed(dtype))
    return failure();
  // rsub computes other - self: PyTorch broadcasts other first.
  bool reversed = call.getTarget().starts_with("aten.rsub.");
  SmallVector<AffineExpr, 6> sizes;
  if (failed(broadcastParams(call, reversed ? std::array{1u, 0u}
                                            : std::array{0u, 1u},
                             sizes)))
    return failure();
  if (flags & kOut) {
    std::optional<unsigned> outParam = call.getSchema().lookupParam("out");
    FailureOr<RankedTensorType> out =
        outParam ? call.getTensor(*outParam)
                 : FailureOr<RankedTensorType>(call.emitError()
                                               << "schema has no 'out'");
    if (failed(out))
      return failure();
    if (failed(checkOutputDType(call, *outParam, *out, *dtype)))
      return failure();
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
  if (failed(self) || failed(checkMemoryFormat(call, self->getRank(),
                                               /*allowPreserve=*/true)))
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
    return call.emitParamError(1) << "must not be None when 'max' is None";
  unsigned flags = call.getRuleParam();
  SmallVector<unsigned, 3> params = {0};
  for (unsigned i : {1u, 2u})
    if (!call.isNone(i))
      params.push_back(i);
  FailureOr<ScalarType> promoted = promoteParams(call, params);
  if (failed(promoted))
    return failure();
  // clamp_ refuses a self that cannot hold the promoted dtype (a complex
  // bound on a real self) before it looks at complex operands.
  if ((flags & kInPlace) &&
      failed(checkOutputDType(call, 0, *self, *promoted)))
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
    return call.emitParamError(0) << "of type " << *self
                                  << " cannot hold src of type " << *src
                                  << " broadcast";
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferToCopy(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self) || failed(checkMemoryFormat(call, self->getRank(),
                                               /*allowPreserve=*/true)))
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

/// The dtype category of masked_fill's `value`: a number, or for the Tensor
/// overload a 0-dim tensor.
static FailureOr<DTypeCategory>
getMaskedFillValueCategory(const BoundCall &call, unsigned i) {
  if (call.getSchema().params[i].type != "Tensor") {
    std::optional<DTypeCategory> category =
        getScalarCategory(call.getValue(i), call.getNodeTypes(i));
    if (!category)
      return call.emitParamError(i) << "must be a number";
    return *category;
  }
  FailureOr<RankedTensorType> value = call.getTensor(i);
  if (failed(value))
    return failure();
  if (value->getRank() != 0)
    return call.emitParamError(i)
           << "must be a 0-dim tensor, got " << value->getRank() << " dims";
  FailureOr<ScalarType> dtype = getDTypeOrError(call, *value);
  if (failed(dtype))
    return failure();
  return getCategory(*dtype);
}

LogicalResult rules::inferMaskedFill(const BoundCall &call,
                                     SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> mask = call.getTensor(1);
  if (failed(self) || failed(mask))
    return failure();
  FailureOr<ScalarType> dtype = getDTypeOrError(call, *self);
  if (failed(dtype))
    return failure();
  // PyTorch checks the value first, then computes `where(mask, value, self)`.
  // It casts the value to self's dtype, refusing only to drop an imaginary
  // part.
  FailureOr<DTypeCategory> category = getMaskedFillValueCategory(call, 2);
  if (failed(category))
    return failure();
  if (*category == DTypeCategory::Complex &&
      getCategory(*dtype) != DTypeCategory::Complex)
    return call.emitParamError(2)
           << "cannot be converted to self's dtype " << getDTypeName(*dtype);
  if (getScalarType(mask->getElementType()) != ScalarType::Bool)
    return call.emitParamError(1)
           << "must be a bool tensor, got " << mask->getElementType();
  // The result is the broadcast of both: a mask wider than self widens it.
  // `where` broadcasts the mask first, so a mismatch blames self.
  SmallVector<AffineExpr, 6> sizes;
  if (failed(broadcastParams(call, {1, 0}, sizes)))
    return failure();
  FailureOr<Type> type = makeTensorType(call, sizes, *dtype);
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
  if ((flags & kScalarParamsFitSelf) &&
      failed(checkScalarParamsFit(call, *dtype)))
    return failure();
  if (flags & kCheckLimits) {
    // hardtanh: no bool, no negative limits for unsigned types.
    if (*dtype == ScalarType::Bool)
      return call.emitParamError(0) << "must not be a bool tensor";
    if (isIntegral(*dtype, false))
      for (unsigned i = 1; i < call.getNumParams(); ++i) {
        // PyTorch takes int() of each limit: a complex one has none.
        if (auto value = call.getValue(i); value && isa<ComplexAttr>(value))
          return call.emitParamError(i)
                 << "must not be complex for an integer tensor";
        if (*dtype != ScalarType::uint8)
          continue;
        FailureOr<double> limit = call.getFloat(i);
        if (failed(limit))
          return failure();
        if (*limit < 0)
          return call.emitParamError(i)
                 << "must not be negative for an unsigned tensor";
      }
  }
  results.push_back(*self);
  return success();
}
