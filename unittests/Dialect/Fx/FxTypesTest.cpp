//===- FxTypesTest.cpp - Size expressions, tensor shapes, dtypes ----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/FxTypes.h"
#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

#include <limits>
#include <random>

using namespace mlir;
using namespace mlir::fx;

namespace {

class FxTypesTest : public ::testing::Test {
protected:
  FxTypesTest() {
    context.loadDialect<FxDialect>();
    // Parse errors are expected: keep them quiet.
    context.getDiagEngine().registerHandler([](Diagnostic &) {});
  }

  std::string print(AffineExpr expr) {
    std::string text;
    llvm::raw_string_ostream os(text);
    printSizeExpr(expr, os);
    return text;
  }

  /// Parses `text` with parseSizeExpr (through `!fx.sym_int<text>`); null on
  /// error.
  AffineExpr parse(StringRef text) {
    Type type = parseType(("!fx.sym_int<" + text + ">").str(), &context);
    auto symInt = dyn_cast_or_null<SymIntType>(type);
    return symInt ? symInt.getValue() : AffineExpr();
  }

  AffineExpr s(unsigned n) { return getBackedSymbol(&context, n); }
  AffineExpr u(unsigned n) { return getUnbackedSymbol(&context, n); }
  AffineExpr c(int64_t value) { return getAffineConstantExpr(value, &context); }

  MLIRContext context;
};

//===----------------------------------------------------------------------===//
// Size expressions
//===----------------------------------------------------------------------===//

TEST_F(FxTypesTest, PrintsEveryExpressionForm) {
  EXPECT_EQ(print(s(0)), "s0");
  EXPECT_EQ(print(s(12)), "s12");
  EXPECT_EQ(print(u(0)), "u0");
  EXPECT_EQ(print(u(7)), "u7");
  EXPECT_EQ(print(c(5)), "5");
  EXPECT_EQ(print(c(-5)), "-5");
  EXPECT_EQ(print(s(0) + 1), "s0 + 1");
  EXPECT_EQ(print(s(0) - 1), "s0 - 1");
  EXPECT_EQ(print(s(0) + s(1)), "s0 + s1");
  EXPECT_EQ(print(s(0) - s(1)), "s0 - s1");
  EXPECT_EQ(print(s(0) * 2), "s0 * 2");
  EXPECT_EQ(print(s(0) * -2), "s0 * -2");
  EXPECT_EQ(print(-s(0)), "-s0");
  EXPECT_EQ(print(-s(0) + 5), "-s0 + 5");
  EXPECT_EQ(print(s(0) * s(1)), "s0 * s1");
  EXPECT_EQ(print(s(0) * 2 - s(1) * 3), "s0 * 2 - s1 * 3");
  EXPECT_EQ(print(s(0).floorDiv(2)), "s0 floordiv 2");
  EXPECT_EQ(print(s(0) % 3), "s0 mod 3");
  EXPECT_EQ(print(s(0).ceilDiv(4)), "s0 ceildiv 4");
  EXPECT_EQ(print((s(0) + 1).floorDiv(2)), "(s0 + 1) floordiv 2");
  EXPECT_EQ(print(s(0) * s(1).floorDiv(2)), "s0 * (s1 floordiv 2)");
  EXPECT_EQ(print(s(0) - s(1) % 4), "s0 - s1 mod 4");
  EXPECT_EQ(print(((s(0) + 1).floorDiv(2) + 1).floorDiv(2)),
            "((s0 + 1) floordiv 2 + 1) floordiv 2");
  EXPECT_EQ(print(-(s(0) * s(1))), "-(s0 * s1)");
  EXPECT_EQ(print(u(0) * 2 + s(0)), "u0 * 2 + s0");
  // -2**63 has no negation: it stays an added constant.
  int64_t min = std::numeric_limits<int64_t>::min();
  EXPECT_EQ(print(c(min)), "-9223372036854775808");
  EXPECT_EQ(print(s(0) + min), "s0 + -9223372036854775808");
  EXPECT_EQ(print(s(0) + s(1) * min), "s0 + s1 * -9223372036854775808");
}

TEST_F(FxTypesTest, ParsesEveryExpressionForm) {
  EXPECT_EQ(parse("s0"), s(0));
  EXPECT_EQ(parse("u3"), u(3));
  EXPECT_EQ(parse("s1048575"), s(kUnbackedSymbolBase - 1));
  EXPECT_EQ(parse("7"), c(7));
  EXPECT_EQ(parse("-7"), c(-7));
  EXPECT_EQ(parse("s0 + s1 * 2"), s(0) + s(1) * 2);
  EXPECT_EQ(parse("(s0 + s1) * 2"), (s(0) + s(1)) * 2);
  EXPECT_EQ(parse("s0 - s1 - s2"), s(0) - s(1) - s(2));
  EXPECT_EQ(parse("s0 - (s1 - s2)"), s(0) - (s(1) - s(2)));
  EXPECT_EQ(parse("s0 floordiv 2 * 3"), s(0).floorDiv(2) * 3);
  EXPECT_EQ(parse("s0 * -3 + 4"), s(0) * -3 + 4);
  EXPECT_EQ(parse("4 - s0 * 3"), s(0) * -3 + 4);
  EXPECT_EQ(parse("-(s0 + 1)"), -(s(0) + 1));
  EXPECT_EQ(parse("((u0))"), u(0));
  EXPECT_EQ(parse("s0 ceildiv 8 mod 3"), s(0).ceilDiv(8) % 3);
  EXPECT_EQ(parse("--s0"), s(0));
  EXPECT_EQ(parse("---5"), c(-5));
  EXPECT_EQ(parse("-9223372036854775808"),
            c(std::numeric_limits<int64_t>::min()));
  EXPECT_EQ(parse("9223372036854775807"),
            c(std::numeric_limits<int64_t>::max()));
}

TEST_F(FxTypesTest, RejectsMalformedExpressions) {
  for (StringRef text :
       {"", "x0", "s", "u", "s-1", "s1048576", "u1048576", "s0 +", "(s0",
        "s0 floordiv s1", "s0 mod 0", "s0 ceildiv -1", "s0 s1", "d0", "s0.5",
        "99999999999999999999", "9223372036854775808", "-9223372036854775809",
        "true", "-true", "-x", "*", "s0 * ", "()"})
    EXPECT_FALSE(parse(text)) << text.str();
}

/// A random size expression of at most `depth` levels.
static AffineExpr randomExpr(std::mt19937 &rng, MLIRContext *context,
                             int depth) {
  std::uniform_int_distribution<int> pick(0, 9);
  int kind = depth == 0 ? pick(rng) % 3 : pick(rng);
  std::uniform_int_distribution<int> small(-6, 6);
  std::uniform_int_distribution<int> positive(1, 7);
  std::uniform_int_distribution<unsigned> symbol(0, 3);
  switch (kind) {
  case 0:
    return getBackedSymbol(context, symbol(rng));
  case 1:
    return getUnbackedSymbol(context, symbol(rng) % 2);
  case 2:
    return getAffineConstantExpr(small(rng), context);
  case 3:
  case 4:
    return randomExpr(rng, context, depth - 1) +
           randomExpr(rng, context, depth - 1);
  case 5:
    return randomExpr(rng, context, depth - 1) -
           randomExpr(rng, context, depth - 1);
  case 6:
    return randomExpr(rng, context, depth - 1) *
           randomExpr(rng, context, depth - 1);
  case 7:
    return randomExpr(rng, context, depth - 1).floorDiv(positive(rng));
  case 8:
    return randomExpr(rng, context, depth - 1) % positive(rng);
  default:
    return randomExpr(rng, context, depth - 1).ceilDiv(positive(rng));
  }
}

TEST_F(FxTypesTest, RandomExpressionsRoundTrip) {
  std::mt19937 rng(1234);
  for (int i = 0; i < 3000; ++i) {
    AffineExpr expr = randomExpr(rng, &context, 1 + i % 4);
    std::string text = print(expr);
    AffineExpr parsed = parse(text);
    ASSERT_TRUE(parsed) << text;
    // The text reads back as the same expression, which prints the same.
    EXPECT_EQ(parsed, expr) << text << " reads back as " << print(parsed);
    EXPECT_EQ(print(parsed), text);
  }
}

//===----------------------------------------------------------------------===//
// Tensor shapes
//===----------------------------------------------------------------------===//

TEST_F(FxTypesTest, DimSizes) {
  Type f32 = Float32Type::get(&context);
  auto dims = DimsAttr::get(&context, {s(0), s(1) * 2 + 1});
  auto type = RankedTensorType::get({ShapedType::kDynamic, 3,
                                     ShapedType::kDynamic},
                                    f32, dims);
  SmallVector<AffineExpr> sizes = getDimSizes(type);
  ASSERT_EQ(sizes.size(), 3u);
  EXPECT_EQ(sizes[0], s(0));
  EXPECT_EQ(sizes[1], c(3));
  EXPECT_EQ(sizes[2], s(1) * 2 + 1);
  EXPECT_EQ(getTensorType(sizes, f32), type);

  // Static shapes have no encoding.
  auto staticType = RankedTensorType::get({2, 3}, f32);
  EXPECT_EQ(getDimSizes(staticType), SmallVector<AffineExpr>({c(2), c(3)}));
  EXPECT_EQ(getTensorType({c(2), c(3)}, f32), staticType);

  // A rank-0 tensor.
  auto scalar = RankedTensorType::get({}, f32);
  EXPECT_TRUE(getDimSizes(scalar).empty());
  EXPECT_EQ(getTensorType({}, f32), scalar);

  // Unknown dims are null sizes; with any of them the symbolic ones are
  // unknown too, since an encoding describes every `?` dim.
  auto unknown = RankedTensorType::get({ShapedType::kDynamic, 4}, f32);
  EXPECT_EQ(getDimSizes(unknown), SmallVector<AffineExpr>({AffineExpr(), c(4)}));
  EXPECT_EQ(getTensorType({AffineExpr(), c(4)}, f32), unknown);
  EXPECT_EQ(getTensorType({AffineExpr(), s(0)}, f32),
            RankedTensorType::get({ShapedType::kDynamic, ShapedType::kDynamic},
                                  f32));
}

TEST_F(FxTypesTest, StripSymbolicSizes) {
  Type f32 = Float32Type::get(&context);
  auto symbolic = getTensorType({s(0), c(3)}, f32);
  ASSERT_TRUE(isa_and_nonnull<DimsAttr>(symbolic.getEncoding()));
  auto stripped = stripSymbolicSizes(symbolic);
  EXPECT_EQ(stripped, RankedTensorType::get({ShapedType::kDynamic, 3}, f32));
  EXPECT_EQ(stripSymbolicSizes(stripped), stripped);
  // Other encodings are kept.
  auto other = RankedTensorType::get({2}, f32, StringAttr::get(&context, "e"));
  EXPECT_EQ(stripSymbolicSizes(other), other);
}

TEST_F(FxTypesTest, DimsParseAndPrint) {
  Type type = parseType("tensor<?x2x?xf32, #fx.dims<[s0, u0 floordiv 2]>>",
                        &context);
  auto tensor = dyn_cast_or_null<RankedTensorType>(type);
  ASSERT_TRUE(tensor);
  EXPECT_EQ(getDimSizes(tensor),
            SmallVector<AffineExpr>({s(0), c(2), u(0).floorDiv(2)}));
  std::string text;
  llvm::raw_string_ostream os(text);
  os << tensor;
  EXPECT_EQ(text, "tensor<?x2x?xf32, #fx.dims<[s0, u0 floordiv 2]>>");
}

//===----------------------------------------------------------------------===//
// torch.dtype <-> element types
//===----------------------------------------------------------------------===//

TEST_F(FxTypesTest, EveryScalarType) {
  MLIRContext *ctx = &context;
  auto si = [&](unsigned width) {
    return IntegerType::get(ctx, width, IntegerType::Signed);
  };
  auto ui = [&](unsigned width) {
    return IntegerType::get(ctx, width, IntegerType::Unsigned);
  };
  // Every enum value, with the element type it must have (null: none).
  const std::pair<ScalarType, Type> expected[] = {
      {ScalarType::uint8, ui(8)},
      {ScalarType::int8, si(8)},
      {ScalarType::int16, si(16)},
      {ScalarType::int32, si(32)},
      {ScalarType::int64, si(64)},
      {ScalarType::float16, Float16Type::get(ctx)},
      {ScalarType::float32, Float32Type::get(ctx)},
      {ScalarType::float64, Float64Type::get(ctx)},
      {ScalarType::complex32, ComplexType::get(Float16Type::get(ctx))},
      {ScalarType::complex64, ComplexType::get(Float32Type::get(ctx))},
      {ScalarType::complex128, ComplexType::get(Float64Type::get(ctx))},
      {ScalarType::Bool, IntegerType::get(ctx, 1)},
      {ScalarType::qint8, Type()},
      {ScalarType::quint8, Type()},
      {ScalarType::qint32, Type()},
      {ScalarType::bfloat16, BFloat16Type::get(ctx)},
      {ScalarType::quint4x2, Type()},
      {ScalarType::quint2x4, Type()},
      {ScalarType::float8_e5m2, Float8E5M2Type::get(ctx)},
      {ScalarType::float8_e4m3fn, Float8E4M3FNType::get(ctx)},
      {ScalarType::float8_e5m2fnuz, Float8E5M2FNUZType::get(ctx)},
      {ScalarType::float8_e4m3fnuz, Float8E4M3FNUZType::get(ctx)},
      {ScalarType::uint16, ui(16)},
      {ScalarType::uint32, ui(32)},
      {ScalarType::uint64, ui(64)},
      {ScalarType::float8_e8m0fnu, Float8E8M0FNUType::get(ctx)},
  };
  unsigned numEnumValues = 0;
  for (uint32_t value = 0; value <= getMaxEnumValForScalarType(); ++value)
    if (symbolizeScalarType(value))
      ++numEnumValues;
  EXPECT_EQ(numEnumValues, std::size(expected)) << "a dtype is not listed";

  for (auto [dtype, type] : expected) {
    SCOPED_TRACE(stringifyScalarType(dtype).str());
    EXPECT_EQ(getElementType(ctx, dtype), type);
    if (type)
      EXPECT_EQ(getScalarType(type), dtype);
  }
  // Types that are no torch dtype.
  for (Type type : {Type(IntegerType::get(ctx, 32)), Type(IndexType::get(ctx)),
                    Type(si(1)), Type(Float8E4M3Type::get(ctx)),
                    Type(ComplexType::get(BFloat16Type::get(ctx))),
                    Type(SymIntType::get(ctx))})
    EXPECT_FALSE(getScalarType(type).has_value());
}

} // namespace
