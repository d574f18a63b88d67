//===- InferenceHelpers.cpp - Shared pieces of inference rules ------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

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
  return componentWidth <= 16 ? ScalarType::complex32
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
    unsigned needed =
        std::max(getBitWidth(signedType), 2 * getBitWidth(unsignedType));
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
    // A floating dtype keeps its width as the complex component
    // (c10::toComplexType): bfloat16, with float32's range, gives complex64.
    if (ch == DTypeCategory::Floating)
      return *higher == ScalarType::bfloat16
                 ? ScalarType::complex64
                 : getComplex(getBitWidth(*higher));
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
  if (isa<ComplexAttr>(value))
    return DTypeCategory::Complex;
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
    return call.emitParamError(i) << "must be a tensor or a number, got "
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
    AffineExpr a =
        i < rank - lhs.size() ? AffineExpr() : lhs[i - (rank - lhs.size())];
    AffineExpr b =
        i < rank - rhs.size() ? AffineExpr() : rhs[i - (rank - rhs.size())];
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

FailureOr<int64_t> mlir::fx::normalizeDim(const BoundCall &call, unsigned param,
                                          int64_t dim, int64_t rank) {
  int64_t extent = std::max<int64_t>(rank, 1);
  if (dim < -extent || dim >= extent)
    return call.emitParamError(param)
           << "dim " << dim << " is out of range for a tensor of rank " << rank;
  return dim < 0 ? dim + extent : dim;
}

FailureOr<int64_t> mlir::fx::getDimParam(const BoundCall &call, unsigned param,
                                         int64_t rank) {
  FailureOr<int64_t> dim = call.getInt(param);
  if (failed(dim))
    return failure();
  return normalizeDim(call, param, *dim, rank);
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
    return call.emitError()
           << "element type " << type.getElementType() << " has no torch dtype";
  return *dtype;
}

LogicalResult mlir::fx::checkMemoryFormat(const BoundCall &call, int64_t rank,
                                          bool allowPreserve) {
  std::optional<unsigned> param = call.getSchema().lookupParam("memory_format");
  if (!param || call.isNone(*param))
    return success();
  auto format = dyn_cast_or_null<MemoryFormatAttr>(call.getValue(*param));
  if (!format)
    return success();
  int64_t needed = 0;
  switch (format.getValue()) {
  case MemoryFormat::channels_last:
    needed = 4;
    break;
  case MemoryFormat::channels_last_3d:
    needed = 5;
    break;
  case MemoryFormat::preserve_format:
    if (!allowPreserve)
      return call.emitParamError(*param)
             << "must not be torch.preserve_format here";
    return success();
  case MemoryFormat::contiguous_format:
    return success();
  }
  if (rank != needed)
    return call.emitParamError(*param)
           << "torch." << stringifyMemoryFormat(format.getValue())
           << " needs a tensor of rank " << needed << ", got rank " << rank;
  return success();
}

//===----------------------------------------------------------------------===//
// Dtype predicates
//===----------------------------------------------------------------------===//

bool mlir::fx::isIntegral(ScalarType dtype, bool includeBool) {
  DTypeCategory category = getCategory(dtype);
  return category == DTypeCategory::Integer ||
         (includeBool && category == DTypeCategory::Bool);
}

bool mlir::fx::isFloatingOrComplex(ScalarType dtype) {
  DTypeCategory category = getCategory(dtype);
  return category == DTypeCategory::Floating ||
         category == DTypeCategory::Complex;
}

ScalarType mlir::fx::toRealValueType(ScalarType dtype) {
  switch (dtype) {
  case ScalarType::complex32:
    return ScalarType::float16;
  case ScalarType::complex64:
    return ScalarType::float32;
  case ScalarType::complex128:
    return ScalarType::float64;
  default:
    return dtype;
  }
}

ScalarType mlir::fx::toComplexType(ScalarType dtype) {
  switch (dtype) {
  case ScalarType::float16:
    return ScalarType::complex32;
  case ScalarType::float64:
    return ScalarType::complex128;
  case ScalarType::complex32:
  case ScalarType::complex64:
  case ScalarType::complex128:
    return dtype;
  default:
    return ScalarType::complex64;
  }
}

bool mlir::fx::canCast(ScalarType from, ScalarType to) {
  return getCategory(from) <= getCategory(to);
}

StringRef mlir::fx::getDTypeName(ScalarType dtype) {
  switch (dtype) {
  case ScalarType::uint8:
    return "Byte";
  case ScalarType::int8:
    return "Char";
  case ScalarType::int16:
    return "Short";
  case ScalarType::int32:
    return "Int";
  case ScalarType::int64:
    return "Long";
  case ScalarType::float16:
    return "Half";
  case ScalarType::float32:
    return "Float";
  case ScalarType::float64:
    return "Double";
  case ScalarType::complex32:
    return "ComplexHalf";
  case ScalarType::complex64:
    return "ComplexFloat";
  case ScalarType::complex128:
    return "ComplexDouble";
  case ScalarType::Bool:
    return "Bool";
  case ScalarType::bfloat16:
    return "BFloat16";
  default:
    return stringifyScalarType(dtype);
  }
}

//===----------------------------------------------------------------------===//
// Sizes
//===----------------------------------------------------------------------===//

std::optional<int64_t> mlir::fx::getConstantSize(AffineExpr size) {
  if (auto constant = dyn_cast_or_null<AffineConstantExpr>(size))
    return constant.getValue();
  return std::nullopt;
}

bool mlir::fx::isConstantSize(AffineExpr size, int64_t value) {
  std::optional<int64_t> constant = getConstantSize(size);
  return constant && *constant == value;
}

AffineExpr mlir::fx::getProduct(MLIRContext *context,
                                ArrayRef<AffineExpr> sizes) {
  AffineExpr product = getAffineConstantExpr(1, context);
  for (AffineExpr size : sizes) {
    if (!size)
      return {};
    product = product * size;
  }
  return product;
}

/// Splits a product into its constant coefficient and non-constant factors.
static void splitProduct(AffineExpr expr, int64_t &coefficient,
                         SmallVectorImpl<AffineExpr> &factors) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr)) {
    coefficient *= constant.getValue();
    return;
  }
  if (expr.getKind() == AffineExprKind::Mul) {
    auto binary = cast<AffineBinaryOpExpr>(expr);
    splitProduct(binary.getLHS(), coefficient, factors);
    splitProduct(binary.getRHS(), coefficient, factors);
    return;
  }
  factors.push_back(expr);
}

AffineExpr mlir::fx::divideExactly(AffineExpr numerator,
                                   AffineExpr denominator) {
  if (!numerator || !denominator)
    return {};
  if (numerator == denominator)
    return getAffineConstantExpr(1, numerator.getContext());
  if (std::optional<int64_t> d = getConstantSize(denominator)) {
    if (*d == 0)
      return {};
    if (std::optional<int64_t> n = getConstantSize(numerator))
      return *n % *d == 0
                 ? getAffineConstantExpr(*n / *d, numerator.getContext())
                 : AffineExpr();
    if (*d == 1)
      return numerator;
  }
  int64_t numCoefficient = 1, denCoefficient = 1;
  SmallVector<AffineExpr, 4> numFactors, denFactors;
  splitProduct(numerator, numCoefficient, numFactors);
  splitProduct(denominator, denCoefficient, denFactors);
  if (denCoefficient == 0 || numCoefficient % denCoefficient != 0) {
    // A constant numerator coefficient may still divide after canonical
    // flattening (`(s0 * 6) floordiv 3`).
    if (denFactors.empty() && denCoefficient > 0) {
      AffineExpr quotient = numerator.floorDiv(denCoefficient);
      if (quotient.getKind() != AffineExprKind::FloorDiv)
        return quotient;
    }
    return {};
  }
  for (AffineExpr factor : denFactors) {
    auto it = llvm::find(numFactors, factor);
    if (it == numFactors.end())
      return {};
    numFactors.erase(it);
  }
  AffineExpr result = getAffineConstantExpr(numCoefficient / denCoefficient,
                                            numerator.getContext());
  for (AffineExpr factor : numFactors)
    result = result * factor;
  return result;
}

AffineExpr mlir::fx::floorDivSize(AffineExpr size, int64_t divisor) {
  if (!size || divisor <= 0)
    return {};
  return size.floorDiv(divisor);
}

namespace {
/// One term of a sum: coefficient times a product of factors (symbols or
/// floordiv/mod/ceildiv atoms), the factors in canonical order.
struct SizeTerm {
  int64_t coefficient;
  SmallVector<AffineExpr, 2> factors;
};
} // namespace

/// A total order on size expressions: symbols by position, then atoms by
/// kind and operands.
static int compareExprs(AffineExpr a, AffineExpr b) {
  if (a == b)
    return 0;
  auto rank = [](AffineExpr e) {
    switch (e.getKind()) {
    case AffineExprKind::SymbolId:
      return 0;
    case AffineExprKind::DimId:
      return 1;
    case AffineExprKind::Constant:
      return 2;
    default:
      return 3 + static_cast<int>(e.getKind());
    }
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb)
    return ra < rb ? -1 : 1;
  if (auto sa = dyn_cast<AffineSymbolExpr>(a))
    return sa.getPosition() < cast<AffineSymbolExpr>(b).getPosition() ? -1 : 1;
  if (auto da = dyn_cast<AffineDimExpr>(a))
    return da.getPosition() < cast<AffineDimExpr>(b).getPosition() ? -1 : 1;
  if (auto ca = dyn_cast<AffineConstantExpr>(a))
    return ca.getValue() < cast<AffineConstantExpr>(b).getValue() ? -1 : 1;
  auto ba = cast<AffineBinaryOpExpr>(a), bb = cast<AffineBinaryOpExpr>(b);
  if (int c = compareExprs(ba.getLHS(), bb.getLHS()))
    return c;
  return compareExprs(ba.getRHS(), bb.getRHS());
}

/// Lexicographic monomial order, highest first: at the first differing
/// factor the smaller factor wins; a longer product beats its prefix.
static bool termBefore(const SizeTerm &a, const SizeTerm &b) {
  size_t n = std::min(a.factors.size(), b.factors.size());
  for (size_t i = 0; i < n; ++i)
    if (int c = compareExprs(a.factors[i], b.factors[i]))
      return c < 0;
  return a.factors.size() > b.factors.size();
}

static void flattenSum(AffineExpr expr, int64_t coefficient,
                       SmallVectorImpl<SizeTerm> &terms, int64_t &constant);

/// Flattens a product of sums into terms.
static void flattenProduct(AffineExpr lhs, AffineExpr rhs, int64_t coefficient,
                           SmallVectorImpl<SizeTerm> &terms,
                           int64_t &constant) {
  SmallVector<SizeTerm, 4> left, right;
  int64_t leftConstant = 0, rightConstant = 0;
  flattenSum(lhs, 1, left, leftConstant);
  flattenSum(rhs, 1, right, rightConstant);
  if (leftConstant)
    left.push_back({leftConstant, {}});
  if (rightConstant)
    right.push_back({rightConstant, {}});
  for (const SizeTerm &l : left)
    for (const SizeTerm &r : right) {
      SizeTerm term{coefficient * l.coefficient * r.coefficient, l.factors};
      term.factors.append(r.factors.begin(), r.factors.end());
      if (term.factors.empty())
        constant += term.coefficient;
      else
        terms.push_back(std::move(term));
    }
}

static void flattenSum(AffineExpr expr, int64_t coefficient,
                       SmallVectorImpl<SizeTerm> &terms, int64_t &constant) {
  switch (expr.getKind()) {
  case AffineExprKind::Constant:
    constant += coefficient * cast<AffineConstantExpr>(expr).getValue();
    return;
  case AffineExprKind::Add: {
    auto binary = cast<AffineBinaryOpExpr>(expr);
    flattenSum(binary.getLHS(), coefficient, terms, constant);
    flattenSum(binary.getRHS(), coefficient, terms, constant);
    return;
  }
  case AffineExprKind::Mul: {
    auto binary = cast<AffineBinaryOpExpr>(expr);
    if (auto c = dyn_cast<AffineConstantExpr>(binary.getRHS()))
      return flattenSum(binary.getLHS(), coefficient * c.getValue(), terms,
                        constant);
    if (auto c = dyn_cast<AffineConstantExpr>(binary.getLHS()))
      return flattenSum(binary.getRHS(), coefficient * c.getValue(), terms,
                        constant);
    return flattenProduct(binary.getLHS(), binary.getRHS(), coefficient, terms,
                          constant);
  }
  case AffineExprKind::FloorDiv:
  case AffineExprKind::CeilDiv:
  case AffineExprKind::Mod: {
    auto binary = cast<AffineBinaryOpExpr>(expr);
    AffineExpr lhs = canonicalizeSize(binary.getLHS());
    AffineExpr rhs = canonicalizeSize(binary.getRHS());
    // (x floordiv a) floordiv b == x floordiv (a * b) for positive a, b.
    if (expr.getKind() == AffineExprKind::FloorDiv &&
        lhs.getKind() == AffineExprKind::FloorDiv) {
      auto inner = cast<AffineBinaryOpExpr>(lhs);
      std::optional<int64_t> a = getConstantSize(inner.getRHS());
      std::optional<int64_t> b = getConstantSize(rhs);
      if (a && b && *a > 0 && *b > 0) {
        lhs = inner.getLHS();
        rhs = getAffineConstantExpr(*a * *b, expr.getContext());
      }
    }
    AffineExpr atom = getAffineBinaryOpExpr(expr.getKind(), lhs, rhs);
    if (atom.getKind() != expr.getKind())
      return flattenSum(atom, coefficient, terms, constant);
    terms.push_back({coefficient, {atom}});
    return;
  }
  default:
    terms.push_back({coefficient, {expr}});
    return;
  }
}

AffineExpr mlir::fx::canonicalizeSize(AffineExpr size) {
  if (!size || isa<AffineConstantExpr, AffineSymbolExpr>(size))
    return size;
  SmallVector<SizeTerm, 4> terms;
  int64_t constant = 0;
  flattenSum(size, 1, terms, constant);
  for (SizeTerm &term : terms)
    llvm::sort(term.factors, [](AffineExpr a, AffineExpr b) {
      return compareExprs(a, b) < 0;
    });
  llvm::sort(terms, termBefore);
  // Combine like terms (now adjacent).
  MLIRContext *context = size.getContext();
  AffineExpr result;
  for (size_t i = 0; i < terms.size();) {
    int64_t coefficient = terms[i].coefficient;
    size_t j = i + 1;
    while (j < terms.size() && terms[j].factors == terms[i].factors)
      coefficient += terms[j++].coefficient;
    if (coefficient != 0) {
      AffineExpr term;
      for (AffineExpr factor : terms[i].factors)
        term = term ? term * factor : factor;
      if (coefficient != 1)
        term = term * coefficient;
      result = result ? result + term : term;
    }
    i = j;
  }
  AffineExpr constantExpr = getAffineConstantExpr(constant, context);
  if (!result)
    return constantExpr;
  return constant ? result + constantExpr : result;
}

void mlir::fx::getParamSizes(const BoundCall &call, unsigned i,
                             SmallVectorImpl<AffineExpr> &sizes) {
  TypeRange types = call.getNodeTypes(i);
  if (types.size() == 1 && isa_and_nonnull<NodeAttr>(call.getValue(i)))
    if (auto tensor = dyn_cast<RankedTensorType>(types.front()))
      sizes = getDimSizes(tensor);
}

FailureOr<Type> mlir::fx::makeTensorType(const BoundCall &call,
                                         ArrayRef<AffineExpr> sizes,
                                         ScalarType dtype) {
  FailureOr<Type> elementType = getElementTypeOrError(call, dtype);
  if (failed(elementType))
    return failure();
  SmallVector<AffineExpr, 6> canonical;
  for (AffineExpr size : sizes)
    canonical.push_back(canonicalizeSize(size));
  return Type(getTensorType(canonical, *elementType));
}

Type mlir::fx::makeTensorType(ArrayRef<AffineExpr> sizes,
                              RankedTensorType like) {
  SmallVector<AffineExpr, 6> canonical;
  for (AffineExpr size : sizes)
    canonical.push_back(canonicalizeSize(size));
  return getTensorType(canonical, like.getElementType());
}

LogicalResult mlir::fx::normalizeDimList(const BoundCall &call, unsigned param,
                                         ArrayRef<int64_t> dims, int64_t rank,
                                         SmallVectorImpl<bool> &mask) {
  mask.assign(std::max<int64_t>(rank, 1), false);
  for (int64_t dim : dims) {
    FailureOr<int64_t> d = normalizeDim(call, param, dim, rank);
    if (failed(d))
      return failure();
    if (mask[*d])
      return call.emitParamError(param)
             << "dim " << *d << " appears multiple times in the list of dims";
    mask[*d] = true;
  }
  return success();
}

void mlir::fx::printSizes(InFlightDiagnostic &diag,
                          ArrayRef<AffineExpr> sizes) {
  diag << "[";
  for (auto [i, size] : llvm::enumerate(sizes)) {
    if (i)
      diag << ", ";
    if (!size) {
      diag << "?";
      continue;
    }
    std::string text;
    llvm::raw_string_ostream os(text);
    printSizeExpr(size, os);
    diag << text;
  }
  diag << "]";
}

bool mlir::fx::sizesMayMatch(AffineExpr a, AffineExpr b) {
  if (!a || !b || a == b)
    return true;
  return !(isa<AffineConstantExpr>(a) && isa<AffineConstantExpr>(b));
}

AffineExpr mlir::fx::getPoolOutputSize(AffineExpr input, AffineExpr kernel,
                                       int64_t stride, int64_t padding,
                                       int64_t dilation, bool ceilMode) {
  if (!input || !kernel || stride <= 0)
    return {};
  AffineExpr numerator = input + 2 * padding - dilation * (kernel - 1) - 1 +
                         (ceilMode ? stride - 1 : 0);
  AffineExpr output = numerator.floorDiv(stride) + 1;
  if (ceilMode) {
    // The last window must start inside the input or its left padding.
    std::optional<int64_t> out = getConstantSize(output);
    std::optional<int64_t> in = getConstantSize(input);
    if (out && in && (*out - 1) * stride >= *in + padding)
      output = output - 1;
  }
  return output;
}

LogicalResult mlir::fx::getOutputMask(const BoundCall &call, unsigned param,
                                      bool mask[3]) {
  auto list = dyn_cast_or_null<ArrayAttr>(call.getValue(param));
  if (!list || list.size() != 3)
    return call.emitParamError(param) << "must be a list of 3 bools";
  for (unsigned i = 0; i < 3; ++i) {
    auto value = dyn_cast<BoolAttr>(list[i]);
    if (!value)
      return call.emitParamError(param) << "must be a list of 3 bools";
    mask[i] = value.getValue();
  }
  return success();
}

bool mlir::fx::hasZeroSize(RankedTensorType type) {
  return llvm::is_contained(type.getShape(), 0);
}
