//===- RangeConstraints.cpp - #fx.range_constraints -----------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// `#fx.range_constraints<{s0 = [2, 1024], u0 = [0, inf]}>`: the inclusive
// value range of each size symbol of a graph, as torch.export records them in
// `ExportedProgram.range_constraints`.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "fx-mlir/Dialect/Fx/IR/FxTypes.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace mlir::fx;

/// Parses a bound: an integer, `inf` or `-inf`.
static ParseResult parseBound(AsmParser &parser, int64_t &bound) {
  bool negative = succeeded(parser.parseOptionalMinus());
  if (succeeded(parser.parseOptionalKeyword("inf"))) {
    bound = negative ? RangeConstraintsAttr::kNegInf
                     : RangeConstraintsAttr::kPosInf;
    return success();
  }
  llvm::SMLoc loc = parser.getCurrentLocation();
  uint64_t magnitude;
  if (parser.parseInteger(magnitude))
    return failure();
  if (magnitude >= static_cast<uint64_t>(INT64_MAX))
    return parser.emitError(loc, "bound out of range; write inf for int_oo");
  bound = negative ? -static_cast<int64_t>(magnitude)
                   : static_cast<int64_t>(magnitude);
  return success();
}

static void printBound(AsmPrinter &printer, int64_t bound) {
  if (bound == RangeConstraintsAttr::kNegInf)
    printer << "-inf";
  else if (bound == RangeConstraintsAttr::kPosInf)
    printer << "inf";
  else
    printer << bound;
}

Attribute RangeConstraintsAttr::parse(AsmParser &parser, Type) {
  SmallVector<AffineExpr> symbols;
  SmallVector<int64_t> lower, upper;
  auto parseEntry = [&]() -> ParseResult {
    AffineExpr symbol;
    int64_t min, max;
    if (parseSizeExpr(parser, symbol) || parser.parseEqual() ||
        parser.parseLSquare() || parseBound(parser, min) ||
        parser.parseComma() || parseBound(parser, max) ||
        parser.parseRSquare())
      return failure();
    symbols.push_back(symbol);
    lower.push_back(min);
    upper.push_back(max);
    return success();
  };
  llvm::SMLoc loc = parser.getCurrentLocation();
  if (parser.parseLess() ||
      parser.parseCommaSeparatedList(AsmParser::Delimiter::Braces,
                                     parseEntry) ||
      parser.parseGreater())
    return {};
  // The storage is defined with the other attributes (FxAttrs.cpp).
  return RangeConstraintsAttr::getChecked(
      [&]() { return parser.emitError(loc); }, parser.getContext(),
      ArrayRef<AffineExpr>(symbols), ArrayRef<int64_t>(lower),
      ArrayRef<int64_t>(upper));
}

void RangeConstraintsAttr::print(AsmPrinter &printer) const {
  printer << "<{";
  for (auto [i, symbol] : llvm::enumerate(getSymbols())) {
    if (i)
      printer << ", ";
    printSizeExpr(symbol, printer.getStream());
    printer << " = [";
    printBound(printer, getLower()[i]);
    printer << ", ";
    printBound(printer, getUpper()[i]);
    printer << "]";
  }
  printer << "}>";
}

LogicalResult
RangeConstraintsAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                             ArrayRef<AffineExpr> symbols,
                             ArrayRef<int64_t> lower, ArrayRef<int64_t> upper) {
  if (symbols.size() != lower.size() || symbols.size() != upper.size())
    return emitError() << "#fx.range_constraints needs one lower and one "
                          "upper bound per symbol";
  llvm::SmallDenseSet<AffineExpr> seen;
  for (auto [symbol, min, max] : llvm::zip_equal(symbols, lower, upper)) {
    std::string text;
    llvm::raw_string_ostream os(text);
    printSizeExpr(symbol, os);
    if (!isa<AffineSymbolExpr>(symbol))
      return emitError() << "#fx.range_constraints key '" << text
                         << "' is not a size symbol";
    if (!seen.insert(symbol).second)
      return emitError() << "#fx.range_constraints has symbol " << text
                         << " twice";
    if (min == kPosInf || max == kNegInf || min > max)
      return emitError() << "#fx.range_constraints range of " << text
                         << " is empty";
  }
  return success();
}
