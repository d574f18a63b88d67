//===- FxTypes.cpp - fx dialect types and symbolic sizes ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/FxTypes.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

using namespace mlir;
using namespace mlir::fx;

#define GET_TYPEDEF_CLASSES
#include "fx-mlir/Dialect/Fx/IR/FxOpsTypes.cpp.inc"

void FxDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "fx-mlir/Dialect/Fx/IR/FxOpsTypes.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Size expressions
//===----------------------------------------------------------------------===//

AffineExpr mlir::fx::getBackedSymbol(MLIRContext *context, unsigned n) {
  return getAffineSymbolExpr(n, context);
}

AffineExpr mlir::fx::getUnbackedSymbol(MLIRContext *context, unsigned n) {
  return getAffineSymbolExpr(kUnbackedSymbolBase + n, context);
}

namespace {
// Binding strength of an expression's top operator; operands binding less
// than their context need parentheses.
enum Precedence { kSum = 0, kProduct = 1, kAtom = 2 };
} // namespace

/// `x` when `expr` is `x * -1`, which prints as `-x`.
static AffineExpr getNegatedOperand(AffineExpr expr) {
  auto mul = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!mul || mul.getKind() != AffineExprKind::Mul)
    return {};
  auto factor = dyn_cast<AffineConstantExpr>(mul.getRHS());
  if (!factor || factor.getValue() != -1)
    return {};
  return mul.getLHS();
}

static Precedence getPrecedence(AffineExpr expr) {
  if (getNegatedOperand(expr))
    return kAtom;
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    return kSum;
  case AffineExprKind::Mul:
  case AffineExprKind::Mod:
  case AffineExprKind::FloorDiv:
  case AffineExprKind::CeilDiv:
    return kProduct;
  default:
    // Unary minus binds tightest, so `-2` and `-s0` are atoms too.
    return kAtom;
  }
}

static void printSizeExpr(AffineExpr expr, llvm::raw_ostream &os,
                          Precedence context) {
  bool parens = getPrecedence(expr) < context;
  if (parens)
    os << '(';
  if (auto constant = dyn_cast<AffineConstantExpr>(expr)) {
    os << constant.getValue();
  } else if (auto symbol = dyn_cast<AffineSymbolExpr>(expr)) {
    unsigned pos = symbol.getPosition();
    if (pos >= kUnbackedSymbolBase)
      os << 'u' << pos - kUnbackedSymbolBase;
    else
      os << 's' << pos;
  } else if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
    os << 'd' << dim.getPosition();
  } else if (auto negated = getNegatedOperand(expr)) {
    os << '-';
    printSizeExpr(negated, os, kAtom);
  } else {
    auto binary = cast<AffineBinaryOpExpr>(expr);
    AffineExpr lhs = binary.getLHS(), rhs = binary.getRHS();
    if (expr.getKind() == AffineExprKind::Add) {
      printSizeExpr(lhs, os, kSum);
      // `x + y * -c` reads as `x - y * c`, `x + -c` as `x - c`.
      // (Not for -2**63, whose negation overflows.)
      auto isNegative = [](AffineExpr e) {
        auto constant = dyn_cast<AffineConstantExpr>(e);
        return constant && constant.getValue() < 0 &&
               constant.getValue() != std::numeric_limits<int64_t>::min();
      };
      if (isNegative(rhs)) {
        os << " - " << -cast<AffineConstantExpr>(rhs).getValue();
      } else if (auto mul = dyn_cast<AffineBinaryOpExpr>(rhs);
                 mul && mul.getKind() == AffineExprKind::Mul &&
                 isNegative(mul.getRHS())) {
        int64_t factor = -cast<AffineConstantExpr>(mul.getRHS()).getValue();
        os << " - ";
        printSizeExpr(mul.getLHS(), os, kProduct);
        if (factor != 1)
          os << " * " << factor;
      } else {
        os << " + ";
        printSizeExpr(rhs, os, kProduct);
      }
    } else {
      printSizeExpr(lhs, os, kProduct);
      switch (expr.getKind()) {
      case AffineExprKind::Mul:
        os << " * ";
        break;
      case AffineExprKind::Mod:
        os << " mod ";
        break;
      case AffineExprKind::FloorDiv:
        os << " floordiv ";
        break;
      default:
        os << " ceildiv ";
        break;
      }
      printSizeExpr(rhs, os, kAtom);
    }
  }
  if (parens)
    os << ')';
}

void mlir::fx::printSizeExpr(AffineExpr expr, llvm::raw_ostream &os) {
  ::printSizeExpr(expr, os, kSum);
}

/// How deeply parentheses and unary minuses may nest: the parser recurses,
/// and malformed input must get an error, not a stack overflow.
static constexpr unsigned kMaxSizeExprDepth = 256;

static ParseResult parseSum(AsmParser &parser, AffineExpr &expr,
                            unsigned depth);

/// The size symbol `name` (`s0`, `u0`), parsed at `loc`.
static ParseResult parseSymbol(AsmParser &parser, SMLoc loc, StringRef name,
                               AffineExpr &expr) {
  unsigned index;
  if (name.size() < 2 || (name[0] != 's' && name[0] != 'u') ||
      name.drop_front().getAsInteger(10, index) ||
      index >= kUnbackedSymbolBase)
    return parser.emitError(loc)
           << "expected a size symbol like 's0' or 'u0', got '" << name << "'";
  expr = name[0] == 's' ? getBackedSymbol(parser.getContext(), index)
                        : getUnbackedSymbol(parser.getContext(), index);
  return success();
}

static ParseResult parseAtom(AsmParser &parser, AffineExpr &expr,
                             unsigned depth) {
  MLIRContext *context = parser.getContext();
  if (depth > kMaxSizeExprDepth)
    return parser.emitError(parser.getCurrentLocation(),
                            "size expression nested too deeply");
  if (succeeded(parser.parseOptionalMinus())) {
    // `--x` is x.
    if (succeeded(parser.parseOptionalMinus()))
      return parseAtom(parser, expr, depth + 1);
    // `-N` is one constant, so that -2**63 fits; `-x` negates x. (A keyword
    // first: MLIR's integer parser takes `true` as 1.)
    SMLoc loc = parser.getCurrentLocation();
    StringRef name;
    if (succeeded(parser.parseOptionalKeyword(&name))) {
      if (parseSymbol(parser, loc, name, expr))
        return failure();
      expr = -expr;
      return success();
    }
    APInt magnitude;
    OptionalParseResult integer = parser.parseOptionalInteger(magnitude);
    if (integer.has_value()) {
      if (failed(*integer))
        return failure();
      // The magnitude has a zero sign bit, so negating it cannot overflow.
      APInt value = -magnitude;
      if (value.getSignificantBits() > 64)
        return parser.emitError(loc, "integer value too large");
      expr = getAffineConstantExpr(value.getSExtValue(), context);
      return success();
    }
    if (parseAtom(parser, expr, depth + 1))
      return failure();
    expr = -expr;
    return success();
  }
  if (succeeded(parser.parseOptionalLParen()))
    return failure(parseSum(parser, expr, depth + 1) || parser.parseRParen());
  // A keyword before an integer: MLIR's integer parser takes `true` as 1.
  SMLoc loc = parser.getCurrentLocation();
  StringRef name;
  if (succeeded(parser.parseOptionalKeyword(&name)))
    return parseSymbol(parser, loc, name, expr);
  int64_t value;
  OptionalParseResult integer = parser.parseOptionalInteger(value);
  if (!integer.has_value())
    return parser.emitError(loc, "expected a size expression");
  if (failed(*integer))
    return failure();
  expr = getAffineConstantExpr(value, context);
  return success();
}

static ParseResult parseProduct(AsmParser &parser, AffineExpr &expr,
                                unsigned depth) {
  if (parseAtom(parser, expr, depth))
    return failure();
  while (true) {
    AffineExprKind kind;
    StringRef keyword;
    if (succeeded(parser.parseOptionalStar()))
      kind = AffineExprKind::Mul;
    else if (succeeded(parser.parseOptionalKeyword(
                 &keyword, {"floordiv", "ceildiv", "mod"})))
      kind = keyword == "floordiv"  ? AffineExprKind::FloorDiv
             : keyword == "ceildiv" ? AffineExprKind::CeilDiv
                                    : AffineExprKind::Mod;
    else
      return success();
    SMLoc rhsLoc = parser.getCurrentLocation();
    AffineExpr rhs;
    if (parseAtom(parser, rhs, depth))
      return failure();
    if (kind != AffineExprKind::Mul && !isa<AffineConstantExpr>(rhs))
      return parser.emitError(rhsLoc, "divisor must be an integer");
    if (kind != AffineExprKind::Mul &&
        cast<AffineConstantExpr>(rhs).getValue() <= 0)
      return parser.emitError(rhsLoc, "divisor must be positive");
    expr = getAffineBinaryOpExpr(kind, expr, rhs);
  }
}

static ParseResult parseSum(AsmParser &parser, AffineExpr &expr,
                            unsigned depth) {
  if (parseProduct(parser, expr, depth))
    return failure();
  while (true) {
    bool minus;
    if (succeeded(parser.parseOptionalPlus()))
      minus = false;
    else if (succeeded(parser.parseOptionalMinus()))
      minus = true;
    else
      return success();
    AffineExpr rhs;
    if (parseProduct(parser, rhs, depth))
      return failure();
    expr = minus ? expr - rhs : expr + rhs;
  }
}

ParseResult mlir::fx::parseSizeExpr(AsmParser &parser, AffineExpr &expr) {
  return parseSum(parser, expr, /*depth=*/0);
}

//===----------------------------------------------------------------------===//
// SymIntType
//===----------------------------------------------------------------------===//

Type SymIntType::parse(AsmParser &parser) {
  AffineExpr value;
  if (succeeded(parser.parseOptionalLess()) &&
      (parseSizeExpr(parser, value) || parser.parseGreater()))
    return {};
  return SymIntType::get(parser.getContext(), value);
}

void SymIntType::print(AsmPrinter &printer) const {
  if (!getValue())
    return;
  printer << '<';
  printSizeExpr(getValue(), printer.getStream());
  printer << '>';
}

//===----------------------------------------------------------------------===//
// Tensor shapes
//===----------------------------------------------------------------------===//

SmallVector<AffineExpr> mlir::fx::getDimSizes(RankedTensorType type) {
  MLIRContext *context = type.getContext();
  auto dims = dyn_cast_or_null<DimsAttr>(type.getEncoding());
  ArrayRef<AffineExpr> symbolic = dims ? dims.getExprs() : ArrayRef<AffineExpr>();
  SmallVector<AffineExpr> sizes;
  sizes.reserve(type.getRank());
  for (int64_t size : type.getShape()) {
    if (!ShapedType::isDynamic(size)) {
      sizes.push_back(getAffineConstantExpr(size, context));
    } else if (!symbolic.empty()) {
      sizes.push_back(symbolic.front());
      symbolic = symbolic.drop_front();
    } else {
      sizes.push_back(AffineExpr());
    }
  }
  return sizes;
}

RankedTensorType mlir::fx::getTensorType(ArrayRef<AffineExpr> sizes,
                                         Type elementType) {
  SmallVector<int64_t, 6> shape;
  SmallVector<AffineExpr, 4> symbolic;
  bool anyUnknown = false;
  shape.reserve(sizes.size());
  for (AffineExpr size : sizes) {
    if (auto constant = dyn_cast_or_null<AffineConstantExpr>(size)) {
      shape.push_back(constant.getValue());
      continue;
    }
    shape.push_back(ShapedType::kDynamic);
    if (size)
      symbolic.push_back(size);
    else
      anyUnknown = true;
  }
  // An encoding must describe every `?` dim; with unknown ones mixed in,
  // the symbolic sizes cannot be kept.
  Attribute encoding;
  if (!symbolic.empty() && !anyUnknown)
    encoding = DimsAttr::get(elementType.getContext(), symbolic);
  return RankedTensorType::get(shape, elementType, encoding);
}

RankedTensorType mlir::fx::stripSymbolicSizes(RankedTensorType type) {
  if (!isa_and_nonnull<DimsAttr>(type.getEncoding()))
    return type;
  return RankedTensorType::get(type.getShape(), type.getElementType());
}

bool mlir::fx::isOrContainsUnknown(Type type) {
  if (isa<UnknownType>(type))
    return true;
  if (auto tuple = dyn_cast<TupleType>(type))
    return llvm::any_of(tuple.getTypes(), isOrContainsUnknown);
  return false;
}

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

namespace {
struct ElementTypeEntry {
  ScalarType dtype;
  Type (*get)(MLIRContext *);
};
} // namespace

template <unsigned Width, IntegerType::SignednessSemantics Signedness>
static Type getIntType(MLIRContext *context) {
  return IntegerType::get(context, Width, Signedness);
}

template <typename FloatTy>
static Type getComplexType(MLIRContext *context) {
  return ComplexType::get(FloatTy::get(context));
}

template <typename Ty>
static Type getType(MLIRContext *context) {
  return Ty::get(context);
}

// Every torch dtype that has an MLIR element type.
static const ElementTypeEntry kElementTypes[] = {
    {ScalarType::uint8, getIntType<8, IntegerType::Unsigned>},
    {ScalarType::int8, getIntType<8, IntegerType::Signed>},
    {ScalarType::int16, getIntType<16, IntegerType::Signed>},
    {ScalarType::int32, getIntType<32, IntegerType::Signed>},
    {ScalarType::int64, getIntType<64, IntegerType::Signed>},
    {ScalarType::float16, getType<Float16Type>},
    {ScalarType::float32, getType<Float32Type>},
    {ScalarType::float64, getType<Float64Type>},
    {ScalarType::complex32, getComplexType<Float16Type>},
    {ScalarType::complex64, getComplexType<Float32Type>},
    {ScalarType::complex128, getComplexType<Float64Type>},
    {ScalarType::Bool, getIntType<1, IntegerType::Signless>},
    {ScalarType::bfloat16, getType<BFloat16Type>},
    {ScalarType::float8_e5m2, getType<Float8E5M2Type>},
    {ScalarType::float8_e4m3fn, getType<Float8E4M3FNType>},
    {ScalarType::float8_e5m2fnuz, getType<Float8E5M2FNUZType>},
    {ScalarType::float8_e4m3fnuz, getType<Float8E4M3FNUZType>},
    {ScalarType::uint16, getIntType<16, IntegerType::Unsigned>},
    {ScalarType::uint32, getIntType<32, IntegerType::Unsigned>},
    {ScalarType::uint64, getIntType<64, IntegerType::Unsigned>},
    {ScalarType::float8_e8m0fnu, getType<Float8E8M0FNUType>},
};

Type mlir::fx::getElementType(MLIRContext *context, ScalarType dtype) {
  for (const ElementTypeEntry &entry : kElementTypes)
    if (entry.dtype == dtype)
      return entry.get(context);
  return {};
}

std::optional<ScalarType> mlir::fx::getScalarType(Type type) {
  for (const ElementTypeEntry &entry : kElementTypes)
    if (entry.get(type.getContext()) == type)
      return entry.dtype;
  return std::nullopt;
}
