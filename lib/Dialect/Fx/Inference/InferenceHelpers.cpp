//===- InferenceHelpers.cpp - Shared pieces of inference rules ------------===//

#include "InferenceHelpers.h"

using namespace mlir;
using namespace mlir::fx;

DTypeCategory mlir::fx::getCategory(ScalarType dtype) {
  switch (dtype) {
  case ScalarType::Bool:
    return DTypeCategory::Bool;
  case ScalarType::float16:
  case ScalarType::float32:
  case ScalarType::float64:
  case ScalarType::bfloat16:
  case ScalarType::float8_e5m2:
  case ScalarType::float8_e4m3fn:
  case ScalarType::float8_e5m2fnuz:
  case ScalarType::float8_e4m3fnuz:
  case ScalarType::float8_e8m0fnu:
    return DTypeCategory::Floating;
  case ScalarType::complex32:
  case ScalarType::complex64:
  case ScalarType::complex128:
    return DTypeCategory::Complex;
  default:
    return DTypeCategory::Integer;
  }
}

static bool isFloat8(ScalarType dtype) {
  switch (dtype) {
  case ScalarType::float8_e5m2:
  case ScalarType::float8_e4m3fn:
  case ScalarType::float8_e5m2fnuz:
  case ScalarType::float8_e4m3fnuz:
  case ScalarType::float8_e8m0fnu:
    return true;
  default:
    return false;
  }
}

static bool isUnsigned(ScalarType dtype) {
  return dtype == ScalarType::uint8 || dtype == ScalarType::uint16 ||
         dtype == ScalarType::uint32 || dtype == ScalarType::uint64;
}

/// Bits of an integer dtype, or of a float's (complex's component) value.
static unsigned getBitWidth(ScalarType dtype) {
  switch (dtype) {
  case ScalarType::uint8:
  case ScalarType::int8:
    return 8;
  case ScalarType::int16:
  case ScalarType::uint16:
  case ScalarType::float16:
  case ScalarType::bfloat16:
  case ScalarType::complex32:
    return 16;
  case ScalarType::int32:
  case ScalarType::uint32:
  case ScalarType::float32:
  case ScalarType::complex64:
    return 32;
  default:
    return 64;
  }
}

static ScalarType getSignedInt(unsigned width) {
  switch (width) {
  case 8:
    return ScalarType::int8;
  case 16:
    return ScalarType::int16;
  case 32:
    return ScalarType::int32;
  default:
    return ScalarType::int64;
  }
}

static ScalarType getComplex(unsigned componentWidth) {
  return componentWidth <= 16
             ? ScalarType::complex32
             : (componentWidth == 32 ? ScalarType::complex64
                                     : ScalarType::complex128);
}

std::optional<ScalarType> mlir::fx::promoteTypes(ScalarType a, ScalarType b) {
  if (a == b)
    return a;
  if (isFloat8(a) || isFloat8(b))
    return std::nullopt;
  DTypeCategory ca = getCategory(a), cb = getCategory(b);
  if (ca < cb) {
    std::swap(a, b);
    std::swap(ca, cb);
  }
  // Now a's category is at least b's.
  switch (ca) {
  case DTypeCategory::Bool:
    return a;
  case DTypeCategory::Integer: {
    if (cb == DTypeCategory::Bool)
      return a;
    unsigned wa = getBitWidth(a), wb = getBitWidth(b);
    if (isUnsigned(a) == isUnsigned(b))
      return wa >= wb ? a : b;
    // Mixed signedness: a signed type that holds both.
    ScalarType unsignedType = isUnsigned(a) ? a : b;
    ScalarType signedType = isUnsigned(a) ? b : a;
    unsigned needed = std::max(getBitWidth(signedType),
                               2 * getBitWidth(unsignedType));
    if (needed > 64)
      return std::nullopt;
    return getSignedInt(needed);
  }
  case DTypeCategory::Floating: {
    if (cb != DTypeCategory::Floating)
      return a;
    // float16 and bfloat16 meet at float32.
    if (getBitWidth(a) == 16 && getBitWidth(b) == 16)
      return ScalarType::float32;
    return getBitWidth(a) >= getBitWidth(b) ? a : b;
  }
  case DTypeCategory::Complex: {
    if (cb == DTypeCategory::Bool || cb == DTypeCategory::Integer)
      return a;
    unsigned width = std::max(getBitWidth(a), getBitWidth(b));
    // complex32 with bfloat16 has no 16-bit complex of that kind.
    if (width == 16 && (a == ScalarType::bfloat16 || b == ScalarType::bfloat16))
      width = 32;
    return getComplex(width);
  }
  }
  return std::nullopt;
}

ScalarType mlir::fx::getDefaultDType(DTypeCategory category) {
  switch (category) {
  case DTypeCategory::Bool:
    return ScalarType::Bool;
  case DTypeCategory::Integer:
    return ScalarType::int64;
  case DTypeCategory::Floating:
    return ScalarType::float32;
  case DTypeCategory::Complex:
    return ScalarType::complex64;
  }
  return ScalarType::float32;
}

/// Promotes `dtype` into `slot`.
static void accumulate(std::optional<ScalarType> &slot, ScalarType dtype,
                       bool &invalid) {
  if (!slot) {
    slot = dtype;
    return;
  }
  std::optional<ScalarType> promoted = promoteTypes(*slot, dtype);
  if (!promoted)
    invalid = true;
  else
    slot = *promoted;
}

LogicalResult ResultTypeState::addTensor(RankedTensorType type) {
  std::optional<ScalarType> dtype = getScalarType(type.getElementType());
  if (!dtype)
    return failure();
  accumulate(type.getRank() == 0 ? zeroDimResult : dimResult, *dtype, invalid);
  return success();
}

void ResultTypeState::addScalar(DTypeCategory category) {
  accumulate(scalarResult, getDefaultDType(category), invalid);
}

/// PyTorch's combine_categories: `lower` counts only when its category is
/// higher than `higher`'s.
static std::optional<ScalarType>
combineCategories(std::optional<ScalarType> higher,
                  std::optional<ScalarType> lower) {
  if (!higher)
    return lower;
  if (!lower)
    return higher;
  DTypeCategory ch = getCategory(*higher), cl = getCategory(*lower);
  if (ch == DTypeCategory::Complex)
    return higher;
  if (cl == DTypeCategory::Complex) {
    // A floating dtype keeps its width as the complex component.
    if (ch == DTypeCategory::Floating)
      return getComplex(getBitWidth(*higher));
    return lower;
  }
  if (ch == DTypeCategory::Floating)
    return higher;
  if (ch == DTypeCategory::Bool || cl == DTypeCategory::Floating)
    return promoteTypes(*higher, *lower);
  return higher;
}

std::optional<ScalarType> ResultTypeState::getResult() const {
  if (invalid)
    return std::nullopt;
  return combineCategories(dimResult,
                           combineCategories(zeroDimResult, scalarResult));
}

std::optional<DTypeCategory> mlir::fx::getScalarCategory(Attribute value,
                                                         TypeRange nodeTypes) {
  if (isa<BoolAttr>(value))
    return DTypeCategory::Bool;
  if (isa<IntegerAttr>(value))
    return DTypeCategory::Integer;
  if (isa<FloatAttr>(value))
    return DTypeCategory::Floating;
  if (isa<NodeAttr>(value) && nodeTypes.size() == 1) {
    Type type = nodeTypes.front();
    if (isa<SymIntType>(type))
      return DTypeCategory::Integer;
    if (isa<SymFloatType>(type))
      return DTypeCategory::Floating;
    if (isa<SymBoolType>(type))
      return DTypeCategory::Bool;
  }
  return std::nullopt;
}

LogicalResult ResultTypeState::addParam(const BoundCall &call, unsigned i) {
  Attribute value = call.getValue(i);
  TypeRange types = call.getNodeTypes(i);
  if (value && isa<NodeAttr>(value) && types.size() == 1)
    if (auto tensor = dyn_cast<RankedTensorType>(types.front())) {
      if (failed(addTensor(tensor)))
        return call.emitParamError(i)
               << "has an element type with no torch dtype: " << tensor;
      return success();
    }
  if (!value) {
    // A defaulted Scalar such as alpha=1 takes no part in promotion.
    return success();
  }
  std::optional<DTypeCategory> category = getScalarCategory(value, types);
  if (!category)
    return call.emitParamError(i)
           << "must be a tensor or a number, got "
           << (types.empty() ? Type() : types.front());
  addScalar(*category);
  return success();
}

LogicalResult mlir::fx::broadcastSizes(ArrayRef<AffineExpr> lhs,
                                       ArrayRef<AffineExpr> rhs,
                                       SmallVectorImpl<AffineExpr> &result) {
  size_t rank = std::max(lhs.size(), rhs.size());
  result.resize(rank);
  for (size_t i = 0; i < rank; ++i) {
    AffineExpr a = i < rank - lhs.size() ? AffineExpr()
                                         : lhs[i - (rank - lhs.size())];
    AffineExpr b = i < rank - rhs.size() ? AffineExpr()
                                         : rhs[i - (rank - rhs.size())];
    bool hasA = i >= rank - lhs.size(), hasB = i >= rank - rhs.size();
    if (!hasA || !hasB) {
      result[i] = hasA ? a : b;
      continue;
    }
    auto ca = dyn_cast_or_null<AffineConstantExpr>(a);
    auto cb = dyn_cast_or_null<AffineConstantExpr>(b);
    if (a == b)
      result[i] = a;
    else if (ca && ca.getValue() == 1)
      result[i] = b;
    else if (cb && cb.getValue() == 1)
      result[i] = a;
    else if (ca && cb)
      return failure();
    else if (ca)
      result[i] = a;
    else if (cb)
      result[i] = b;
    else
      result[i] = a ? a : b;
  }
  return success();
}

FailureOr<int64_t> mlir::fx::normalizeDim(const BoundCall &call,
                                          unsigned param, int64_t dim,
                                          int64_t rank) {
  int64_t extent = std::max<int64_t>(rank, 1);
  if (dim < -extent || dim >= extent)
    return call.emitParamError(param)
           << "dim " << dim << " is out of range for a tensor of rank "
           << rank;
  return dim < 0 ? dim + extent : dim;
}

FailureOr<Type> mlir::fx::getElementTypeOrError(const BoundCall &call,
                                                ScalarType dtype) {
  Type type = getElementType(call.getContext(), dtype);
  if (!type)
    return call.emitError() << "dtype torch." << stringifyScalarType(dtype)
                            << " has no MLIR element type";
  return type;
}

FailureOr<ScalarType> mlir::fx::getDTypeOrError(const BoundCall &call,
                                                RankedTensorType type) {
  std::optional<ScalarType> dtype = getScalarType(type.getElementType());
  if (!dtype)
    return call.emitError() << "element type " << type.getElementType()
                            << " has no torch dtype";
  return *dtype;
}
