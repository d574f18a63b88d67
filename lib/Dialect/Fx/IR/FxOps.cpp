//===- FxOps.cpp - fx dialect ops -----------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/HigherOrderOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include <charconv>
#include <cmath>
#include <cstdlib>

using namespace mlir;
using namespace mlir::fx;

#include "fx-mlir/Dialect/Fx/IR/FxInterfaces.cpp.inc"

//===----------------------------------------------------------------------===//
// Args and kwargs values
//===----------------------------------------------------------------------===//

/// Checks that `value` is an FX argument value and counts its node references.
static LogicalResult verifyArgValue(Operation *op, Attribute value,
                                    unsigned &numNodeRefs) {
  auto verifyAll = [&](ArrayAttr values) {
    for (Attribute element : values)
      if (failed(verifyArgValue(op, element, numNodeRefs)))
        return failure();
    return success();
  };
  return TypeSwitch<Attribute, LogicalResult>(value)
      .Case([&](NodeAttr) {
        ++numNodeRefs;
        return success();
      })
      .Case<NoneAttr, EllipsisAttr, BoolAttr, StringAttr, ComplexAttr,
            ScalarTypeAttr, LayoutAttr, MemoryFormatAttr, DeviceAttr,
            OperatorAttr>(
          [](Attribute) { return success(); })
      .Case([&](IntegerAttr attr) -> LogicalResult {
        if (!attr.getType().isSignlessInteger(64))
          return op->emitOpError("integer argument must be i64, got ")
                 << attr;
        return success();
      })
      .Case([&](FloatAttr attr) -> LogicalResult {
        if (!attr.getType().isF64())
          return op->emitOpError("float argument must be f64, got ") << attr;
        return success();
      })
      .Case([&](ArrayAttr list) { return verifyAll(list); })
      .Case([&](TupleAttr tuple) { return verifyAll(tuple.getElements()); })
      .Case([&](DictAttr dict) { return verifyAll(dict.getValues()); })
      .Case([&](SliceAttr slice) {
        return failure(
            failed(verifyArgValue(op, slice.getStart(), numNodeRefs)) ||
            failed(verifyArgValue(op, slice.getStop(), numNodeRefs)) ||
            failed(verifyArgValue(op, slice.getStep(), numNodeRefs)));
      })
      .Default([&](Attribute attr) {
        return op->emitOpError("unsupported argument value ") << attr;
      });
}

unsigned mlir::fx::countNodeRefs(Attribute value) {
  return TypeSwitch<Attribute, unsigned>(value)
      .Case([](NodeAttr) { return 1; })
      .Case([](ArrayAttr list) {
        unsigned n = 0;
        for (Attribute element : list)
          n += countNodeRefs(element);
        return n;
      })
      .Case([](TupleAttr tuple) { return countNodeRefs(tuple.getElements()); })
      .Case([](DictAttr dict) { return countNodeRefs(dict.getValues()); })
      .Case([](SliceAttr slice) {
        return countNodeRefs(slice.getStart()) +
               countNodeRefs(slice.getStop()) + countNodeRefs(slice.getStep());
      })
      .Default([](Attribute) { return 0; });
}

/// Python's repr of a float: the shortest digits that read back as the same
/// double, the closest of them to it; fixed notation for decimal exponents in
/// [-4, 16), scientific otherwise.
std::string mlir::fx::formatPythonRepr(double value) {
  if (std::isnan(value))
    return "nan";
  if (std::isinf(value))
    return value < 0 ? "-inf" : "inf";
  // std::to_chars picks the digits as Python does (both are the shortest
  // round trip): `[-]d[.ddd]e(+|-)dd[d]`.
  char buffer[32];
  char *end = std::to_chars(std::begin(buffer), std::end(buffer), value,
                            std::chars_format::scientific)
                  .ptr;
  StringRef text(buffer, end - buffer);
  std::string result = text.consume_front("-") ? "-" : "";
  auto [mantissa, exponentText] = text.split('e');
  exponentText.consume_front("+");
  int exponent = 0;
  (void)exponentText.getAsInteger(10, exponent);
  SmallString<24> digits(mantissa.take_front(1));
  digits += mantissa.drop_front(std::min<size_t>(2, mantissa.size()));
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) {
      result += "0.";
      result.append(-exponent - 1, '0');
      result += digits;
      return result;
    }
    size_t integerDigits = exponent + 1;
    if (digits.size() < integerDigits)
      digits.append(integerDigits - digits.size(), '0');
    StringRef fraction = digits.substr(integerDigits);
    result += digits.substr(0, integerDigits);
    result += '.';
    result += fraction.empty() ? "0" : fraction;
    return result;
  }
  result += digits.front();
  if (digits.size() > 1) {
    result += '.';
    result += digits.substr(1);
  }
  result += exponent < 0 ? "e-" : "e+";
  if (std::abs(exponent) < 10)
    result += '0';
  result += std::to_string(std::abs(exponent));
  return result;
}

/// An MLIR float literal needs a '.' before any exponent: `1.0e-05`, where
/// Python writes `1e-05`.
std::string mlir::fx::formatPythonFloat(double value) {
  std::string text = formatPythonRepr(value);
  size_t exponent = text.find('e');
  if (exponent != std::string::npos &&
      text.find('.') == std::string::npos)
    text.insert(exponent, ".0");
  return text;
}

/// Whether `text` reads back as one MLIR keyword (a bare identifier), so it
/// can be printed without quotes.
static bool isBareIdentifier(StringRef text) {
  return !text.empty() && (llvm::isAlpha(text.front()) || text.front() == '_') &&
         llvm::all_of(text, [](char c) {
           return llvm::isAlnum(c) || c == '_' || c == '$' || c == '.';
         });
}

static void printArgValue(OpAsmPrinter &p, Attribute value,
                          OperandRange::iterator &operand);

static void printArgList(OpAsmPrinter &p, ArrayAttr values,
                         OperandRange::iterator &operand) {
  llvm::interleaveComma(values, p, [&](Attribute element) {
    printArgValue(p, element, operand);
  });
}

static void printArgValue(OpAsmPrinter &p, Attribute value,
                          OperandRange::iterator &operand) {
  TypeSwitch<Attribute>(value)
      .Case([&](NodeAttr) { p.printOperand(*operand++); })
      .Case([&](NoneAttr) { p << "None"; })
      .Case([&](EllipsisAttr) { p << "..."; })
      .Case([&](BoolAttr attr) { p << (attr.getValue() ? "True" : "False"); })
      .Case([&](IntegerAttr attr) { p << attr.getValue().getSExtValue(); })
      .Case([&](FloatAttr attr) {
        p << formatPythonFloat(attr.getValueAsDouble());
      })
      .Case([&](StringAttr attr) { p.printString(attr.getValue()); })
      .Case([&](ComplexAttr attr) {
        p << "complex(" << formatPythonFloat(attr.getReal()) << ", "
          << formatPythonFloat(attr.getImag()) << ')';
      })
      .Case([&](ArrayAttr list) {
        p << '[';
        printArgList(p, list, operand);
        p << ']';
      })
      .Case([&](TupleAttr tuple) {
        p << '(';
        printArgList(p, tuple.getElements(), operand);
        if (tuple.getElements().size() == 1)
          p << ',';
        p << ')';
      })
      .Case([&](DictAttr dict) {
        p << '{';
        llvm::interleaveComma(
            llvm::zip_equal(dict.getKeys(), dict.getValues()), p,
            [&](auto entry) {
              p.printString(cast<StringAttr>(std::get<0>(entry)).getValue());
              p << ": ";
              printArgValue(p, std::get<1>(entry), operand);
            });
        p << '}';
      })
      .Case([&](SliceAttr slice) {
        p << "slice(";
        printArgValue(p, slice.getStart(), operand);
        p << ", ";
        printArgValue(p, slice.getStop(), operand);
        p << ", ";
        printArgValue(p, slice.getStep(), operand);
        p << ')';
      })
      .Case([&](ScalarTypeAttr attr) {
        p << "torch." << stringifyScalarType(attr.getValue());
      })
      .Case([&](LayoutAttr attr) {
        p << "torch." << stringifyLayout(attr.getValue());
      })
      .Case([&](MemoryFormatAttr attr) {
        p << "torch." << stringifyMemoryFormat(attr.getValue());
      })
      .Case([&](DeviceAttr attr) {
        p << "torch.device(";
        p.printString(attr.getDevice());
        p << ')';
      })
      .Case([&](OperatorAttr attr) { p << "torch.ops." << attr.getName(); })
      // Unverified ops only: keep whatever is there readable.
      .Default([&](Attribute attr) { p.printAttribute(attr); });
}

namespace {
/// Parses FX argument values, collecting node references as operands.
class ArgParser {
public:
  ArgParser(OpAsmParser &parser,
            SmallVectorImpl<OpAsmParser::UnresolvedOperand> &operands)
      : parser(parser), operands(operands),
        context(parser.getContext()) {}

  ParseResult parseValue(Attribute &value) {
    // The parser recurses into containers: bound it, so that malformed input
    // gets an error rather than a stack overflow.
    if (depth >= kMaxDepth)
      return parser.emitError(parser.getCurrentLocation(),
                              "node arguments nested too deeply");
    ++depth;
    StringRef keyword;
    ParseResult result = succeeded(parser.parseOptionalKeyword(&keyword))
                             ? parseKeywordValue(keyword, value)
                             : parseNonKeywordValue(value);
    --depth;
    return result;
  }

  /// Parses a value that starts with the already consumed `keyword`.
  ParseResult parseKeywordValue(StringRef keyword, Attribute &value) {
    SMLoc loc = parser.getCurrentLocation();
    if (keyword == "None") {
      value = NoneAttr::get(context);
    } else if (keyword == "True" || keyword == "False") {
      value = BoolAttr::get(context, keyword == "True");
    } else if (keyword == "inf" || keyword == "nan") {
      value = FloatAttr::get(Float64Type::get(context),
                             keyword == "inf" ? INFINITY : NAN);
    } else if (keyword == "slice") {
      Attribute start, stop, step;
      if (parser.parseLParen() || parseValue(start) || parser.parseComma() ||
          parseValue(stop) || parser.parseComma() || parseValue(step) ||
          parser.parseRParen())
        return failure();
      value = SliceAttr::get(context, start, stop, step);
    } else if (keyword == "complex") {
      FailureOr<APFloat> real, imag;
      if (parser.parseLParen() || failed(real = parsePythonFloat(parser)) ||
          parser.parseComma() || failed(imag = parsePythonFloat(parser)) ||
          parser.parseRParen())
        return failure();
      value = ComplexAttr::get(context, *real, *imag);
    } else if (keyword == "torch.device") {
      std::string device;
      if (parser.parseLParen() || parser.parseString(&device) ||
          parser.parseRParen())
        return failure();
      value = DeviceAttr::get(context, device);
    } else if (keyword.consume_front("torch.ops.")) {
      value = OperatorAttr::getChecked([&] { return parser.emitError(loc); },
                                       context, keyword);
      if (!value)
        return failure();
    } else if (keyword.consume_front("torch.")) {
      if (std::optional<ScalarType> dtype = symbolizeScalarType(keyword))
        value = ScalarTypeAttr::get(context, *dtype);
      else if (std::optional<Layout> layout = symbolizeLayout(keyword))
        value = LayoutAttr::get(context, *layout);
      else if (std::optional<MemoryFormat> format =
                   symbolizeMemoryFormat(keyword))
        value = MemoryFormatAttr::get(context, *format);
      else
        return parser.emitError(loc) << "unknown torch constant 'torch."
                                     << keyword << "'";
    } else {
      return parser.emitError(loc) << "unexpected '" << keyword
                                   << "' in node arguments";
    }
    return success();
  }

private:
  using Delimiter = AsmParser::Delimiter;

  ParseResult parseList(Delimiter close, SmallVectorImpl<Attribute> &values,
                        bool &trailingComma) {
    trailingComma = false;
    auto parseClose = [&] {
      return close == Delimiter::Square ? parser.parseOptionalRSquare()
                                        : parser.parseOptionalRParen();
    };
    if (succeeded(parseClose()))
      return success();
    while (true) {
      Attribute element;
      if (parseValue(element))
        return failure();
      values.push_back(element);
      if (succeeded(parseClose()))
        return success();
      if (parser.parseComma())
        return failure();
      if (succeeded(parseClose())) {
        trailingComma = true;
        return success();
      }
    }
  }

  ParseResult parseNonKeywordValue(Attribute &value) {
    SMLoc loc = parser.getCurrentLocation();
    OpAsmParser::UnresolvedOperand operand;
    OptionalParseResult node = parser.parseOptionalOperand(operand);
    if (node.has_value()) {
      if (failed(*node))
        return failure();
      operands.push_back(operand);
      value = NodeAttr::get(context);
      return success();
    }
    SmallVector<Attribute> elements;
    bool trailingComma;
    if (succeeded(parser.parseOptionalLSquare())) {
      if (parseList(Delimiter::Square, elements, trailingComma))
        return failure();
      value = ArrayAttr::get(context, elements);
      return success();
    }
    if (succeeded(parser.parseOptionalLParen())) {
      if (parseList(Delimiter::Paren, elements, trailingComma))
        return failure();
      // `(x)` is x itself, as in Python; `(x,)` is a one-element tuple.
      if (elements.size() == 1 && !trailingComma)
        value = elements.front();
      else
        value = TupleAttr::get(context, ArrayAttr::get(context, elements));
      return success();
    }
    if (succeeded(parser.parseOptionalLBrace()))
      return parseDictBody(value);
    std::string text;
    if (succeeded(parser.parseOptionalString(&text))) {
      value = StringAttr::get(context, text);
      return success();
    }
    if (succeeded(parser.parseOptionalEllipsis())) {
      value = EllipsisAttr::get(context);
      return success();
    }
    if (succeeded(parser.parseOptionalMinus())) {
      StringRef keyword;
      if (succeeded(parser.parseOptionalKeyword(&keyword))) {
        if (keyword != "inf")
          return parser.emitError(loc) << "expected a number after '-', got '"
                                       << keyword << "'";
        value = FloatAttr::get(Float64Type::get(context), -INFINITY);
        return success();
      }
      // MLIR's number parsers take a sign of their own: allow only one.
      if (succeeded(parser.parseOptionalMinus()))
        return parser.emitError(loc, "expected a number after '-'");
      return parseNumber(loc, /*negative=*/true, value);
    }
    return parseNumber(loc, /*negative=*/false, value);
  }

  // Python ints are integer literals and floats are float literals; neither
  // takes an MLIR `: type` suffix (which would swallow a placeholder's type).
  // The sign is parsed apart so that -2**63 fits.
  ParseResult parseNumber(SMLoc loc, bool negative, Attribute &value) {
    APInt magnitude;
    OptionalParseResult parsedInteger = parser.parseOptionalInteger(magnitude);
    if (parsedInteger.has_value()) {
      if (failed(*parsedInteger))
        return failure();
      // The magnitude has a zero sign bit, so negating it cannot overflow.
      APInt integer = negative ? -magnitude : magnitude;
      if (integer.getSignificantBits() > 64)
        return parser.emitError(loc, "integer argument does not fit in 64 bits");
      value = IntegerAttr::get(IntegerType::get(context, 64),
                               integer.sextOrTrunc(64));
      return success();
    }
    // Anything else is no value: parseFloat says so ("expected floating point
    // literal"), pointing at it.
    double real;
    if (parser.parseFloat(real))
      return failure();
    value = FloatAttr::get(Float64Type::get(context), negative ? -real : real);
    return success();
  }

  ParseResult parseDictBody(Attribute &value) {
    SmallVector<Attribute> keys, values;
    if (failed(parser.parseOptionalRBrace())) {
      do {
        std::string key;
        Attribute element;
        if (parser.parseString(&key) || parser.parseColon() ||
            parseValue(element))
          return failure();
        keys.push_back(StringAttr::get(context, key));
        values.push_back(element);
      } while (succeeded(parser.parseOptionalComma()));
      if (parser.parseRBrace())
        return failure();
    }
    value = DictAttr::get(context, ArrayAttr::get(context, keys),
                          ArrayAttr::get(context, values));
    return success();
  }

  static constexpr unsigned kMaxDepth = 256;

  OpAsmParser &parser;
  SmallVectorImpl<OpAsmParser::UnresolvedOperand> &operands;
  MLIRContext *context;
  unsigned depth = 0;
};
} // namespace

/// Parses `(arg, ..., name = value, ...)`: Python call syntax.
static ParseResult
parseCallArgs(OpAsmParser &parser,
              SmallVectorImpl<OpAsmParser::UnresolvedOperand> &operands,
              ArrayAttr &args, DictAttr &kwargs) {
  MLIRContext *context = parser.getContext();
  ArgParser argParser(parser, operands);
  SmallVector<Attribute> positional, keys, values;
  if (parser.parseLParen())
    return failure();
  if (failed(parser.parseOptionalRParen())) {
    do {
      SMLoc loc = parser.getCurrentLocation();
      StringRef keyword;
      std::string quotedKey;
      Attribute value;
      // A keyword whose name is no identifier is quoted: `"a-b" = 1`.
      if (succeeded(parser.parseOptionalString(&quotedKey))) {
        if (succeeded(parser.parseOptionalEqual())) {
          if (argParser.parseValue(value))
            return failure();
          keys.push_back(StringAttr::get(context, quotedKey));
          values.push_back(value);
          continue;
        }
        value = StringAttr::get(context, quotedKey);
      } else if (succeeded(parser.parseOptionalKeyword(&keyword))) {
        if (succeeded(parser.parseOptionalEqual())) {
          if (argParser.parseValue(value))
            return failure();
          keys.push_back(StringAttr::get(context, keyword));
          values.push_back(value);
          continue;
        }
        if (argParser.parseKeywordValue(keyword, value))
          return failure();
      } else if (argParser.parseValue(value)) {
        return failure();
      }
      if (!keys.empty())
        return parser.emitError(loc,
                                "positional argument follows keyword argument");
      positional.push_back(value);
    } while (succeeded(parser.parseOptionalComma()));
    if (parser.parseRParen())
      return failure();
  }
  args = ArrayAttr::get(context, positional);
  kwargs = DictAttr::get(context, ArrayAttr::get(context, keys),
                         ArrayAttr::get(context, values));
  return success();
}

static void printCallArgs(OpAsmPrinter &p, OperandRange operands,
                          ArrayAttr args, DictAttr kwargs) {
  OperandRange::iterator operand = operands.begin();
  p << '(';
  printArgList(p, args, operand);
  for (auto [index, entry] :
       llvm::enumerate(llvm::zip_equal(kwargs.getKeys(), kwargs.getValues()))) {
    if (index != 0 || !args.empty())
      p << ", ";
    StringRef key = cast<StringAttr>(std::get<0>(entry)).getValue();
    if (isBareIdentifier(key))
      p << key;
    else
      p.printString(key);
    p << " = ";
    printArgValue(p, std::get<1>(entry), operand);
  }
  p << ')';
}

/// Names a node cannot take because Python code generated from the graph
/// would shadow them: keywords, builtins and torch.fx's own globals.
static constexpr StringLiteral kReservedPythonNames[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError",
    "BytesWarning", "ChildProcessError", "ConnectionAbortedError",
    "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
    "EnvironmentError", "Exception", "ExceptionGroup", "False",
    "FileExistsError", "FileNotFoundError", "FloatingPointError",
    "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError",
    "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
    "ModuleNotFoundError", "NameError", "None", "NoneType",
    "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "PermissionError",
    "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning",
    "RuntimeError", "RuntimeWarning", "StopAsyncIteration", "StopIteration",
    "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TimeoutError", "True", "TypeError", "UnboundLocalError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
    "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError",
    "Warning", "ZeroDivisionError", "abs", "aiter", "all", "and", "anext",
    "any", "as", "ascii", "assert", "async", "await", "bin", "bool", "break",
    "breakpoint", "bytearray", "bytes", "callable", "chr", "class",
    "classmethod", "compile", "complex", "continue", "copyright", "credits",
    "def", "del", "delattr", "device", "dict", "dir", "divmod", "elif", "else",
    "enumerate", "eval", "except", "exec", "exit", "filter", "finally", "float",
    "for", "format", "from", "frozenset", "fx_pytree", "getattr", "global",
    "globals", "hasattr", "hash", "help", "hex", "id", "if", "import", "in",
    "inf", "input", "int", "is", "isinstance", "issubclass", "iter", "lambda",
    "len", "license", "list", "locals", "map", "max", "memoryview", "min",
    "nan", "next", "nonlocal", "not", "object", "oct", "open", "or", "ord",
    "pass", "pow", "print", "property", "pytree", "quit", "raise", "range",
    "repr", "return", "reversed", "round", "set", "setattr", "slice", "sorted",
    "staticmethod", "str", "sum", "super", "torch", "try", "tuple", "type",
    "vars", "while", "with", "yield", "zip"};

bool mlir::fx::isReservedPythonName(StringRef name) {
  // Asked for every node a rewrite creates. No reserved name has a digit,
  // while most created names end in a counter (`add_17`): those need no
  // lookup at all.
  if (llvm::any_of(name, llvm::isDigit))
    return false;
  static const llvm::DenseSet<StringRef> reserved(
      std::begin(kReservedPythonNames), std::end(kReservedPythonNames));
  return reserved.contains(name);
}

std::string mlir::fx::getNodeNameForTarget(StringRef target) {
  // `ns.op.overload` (an op overload) names the node after `op`; any other
  // dotted path after its last component.
  SmallVector<StringRef, 4> parts;
  target.split(parts, '.');
  StringRef base = parts.back();
  if (parts.size() == 3 && (parts[0] == "aten" || parts[0] == "prims" ||
                            parts[0] == "quantized_decomposed"))
    base = parts[1];
  // Graph._target_to_str: a magic method `__getitem__` names `getitem`.
  if (base.size() >= 4 && base.starts_with("__") && base.ends_with("__"))
    base = base.drop_front(2).drop_back(2);
  // torch.fx's _snake_case: `_` before an upper-case letter that follows a
  // lower-case one (`BatchNorm` -> `batch_norm`, `Conv2D` -> `conv2d`).
  std::string snake;
  bool previousLower = false;
  for (char c : base) {
    if (previousLower && llvm::isUpper(c))
      snake += '_';
    snake += llvm::toLower(c);
    previousLower = llvm::isLower(c);
  }
  if (snake.empty())
    return "_unnamed";
  std::string name = toPythonIdentifier(snake);
  // Graph._Namespace.create_name: `sum` would shadow a builtin, so `sum_1`.
  if (isReservedPythonName(name))
    name += "_1";
  return name;
}

std::optional<StringRef> mlir::fx::getNodeName(Operation *op) {
  return llvm::TypeSwitch<Operation *, std::optional<StringRef>>(op)
      .Case<CallFunctionOp, PlaceholderOp, GetAttrOp, OutputOp, CallMethodOp,
            CallModuleOp>([](auto node) { return node.getName(); })
      .Default([](Operation *) { return std::nullopt; });
}

const FromNode *mlir::fx::getFromNode(Operation *op) {
  return llvm::TypeSwitch<Operation *, const FromNode *>(op)
      .Case<CallFunctionOp, PlaceholderOp, GetAttrOp, OutputOp, CallMethodOp,
            CallModuleOp>([](auto node) -> const FromNode * {
        const std::optional<FromNode> &fromNode =
            node.getProperties().from_node;
        return fromNode ? &*fromNode : nullptr;
      })
      .Default([](Operation *) { return nullptr; });
}

std::string mlir::fx::toPythonIdentifier(StringRef name) {
  // Each run of characters that no identifier has becomes one `_`, and a
  // leading digit gets a `_` in front.
  std::string identifier;
  identifier.reserve(name.size() + 1);
  if (!name.empty() && llvm::isDigit(name.front()))
    identifier += '_';
  bool inIllegalRun = false;
  for (char c : name) {
    bool legal = llvm::isAlnum(c) || c == '_';
    if (legal)
      identifier += c;
    else if (!inIllegalRun)
      identifier += '_';
    inIllegalRun = !legal;
  }
  return identifier;
}

//===----------------------------------------------------------------------===//
// Node names and shared node syntax
//===----------------------------------------------------------------------===//

/// Node names are an op property (a `std::string`), not an attribute: every
/// node has its own, so uniquing them in the context would cost a hash-table
/// insertion per created node and keep every name ever created alive. The
/// custom syntax gives a node's name as its result's SSA name, and in the
/// attribute dictionary (`{name = "x"}`) when that cannot be exact: the
/// printer changes names that an earlier value took (`%c0` of an
/// arith.constant makes a node `c0` print as `%c0_0`) or that have characters
/// an SSA name cannot have (`é`, `x y`, a leading digit), and nodes without a
/// result have no SSA name.
template <typename OpT>
static void printNodeAttrDict(OpAsmPrinter &p, OpT node,
                              ArrayRef<StringRef> elided,
                              StringRef defaultName = "") {
  Operation *op = node.getOperation();
  StringRef name = node.getName();
  // Only the discardable attributes: `getAttrs()` would build and unique a
  // new dictionary with the inherent ones (the properties) in it for every
  // node, only for them to be elided.
  ArrayRef<NamedAttribute> attrs =
      op->getDiscardableAttrDictionary().getValue();
  // MLIR's printers put the elided names in a set on each call. Only
  // `setDiscardableAttr` can give a discardable attribute a name the syntax
  // elides (the parsers and `setAttr` make it the property), so look first.
  if (llvm::none_of(attrs, [&](NamedAttribute attr) {
        return llvm::is_contained(elided, attr.getName().getValue());
      }))
    elided = {};
  // An empty name (which the verifier rejects) is printed too.
  bool nameIsImplied = !name.empty() && op->getNumResults() != 1 &&
                       name == defaultName;
  if (op->getNumResults() == 1 && !name.empty()) {
    SmallString<32> ssaName;
    llvm::raw_svector_ostream os(ssaName);
    p.printOperand(op->getResult(0), os);
    // MLIR's alias collection prints every op once beforehand, giving each
    // value the bare `%`: it only gathers the attributes that may get an
    // alias, which a name (a string) never does.
    nameIsImplied = ssaName == "%" || ssaName.substr(1) == name;
  }
  // from_node, a property, prints among the attributes as it reads back.
  const std::optional<FromNode> &fromNode = node.getProperties().from_node;
  if (nameIsImplied && !fromNode) {
    p.printOptionalAttrDict(attrs, elided);
    return;
  }
  NamedAttrList withProperties(attrs);
  if (!nameIsImplied)
    withProperties.set("name", StringAttr::get(op->getContext(), name));
  if (fromNode)
    withProperties.set(kFromNodeAttrName,
                       fromNode->getAsAttr(op->getContext()));
  p.printOptionalAttrDict(withProperties.getAttrs(), elided);
}

/// Sets the properties that the node `OpT` being parsed has in its attribute
/// dictionary: its name from `name`, or else from the SSA name of its result
/// (or `defaultName`), and its from_node from `fx.from_node`.
template <typename OpT>
static ParseResult parseNodeName(OpAsmParser &parser, OperationState &state,
                                 StringRef defaultName = "") {
  auto &properties = state.getOrAddProperties<typename OpT::Properties>();
  if (Attribute attr = state.attributes.erase(kFromNodeAttrName)) {
    FailureOr<FromNode> fromNode = FromNode::get(
        attr, [&] { return parser.emitError(parser.getNameLoc()); });
    if (failed(fromNode))
      return failure();
    properties.from_node = std::move(*fromNode);
  }
  std::string &name = properties.name;
  if (Attribute attr = state.attributes.erase("name")) {
    auto string = dyn_cast<StringAttr>(attr);
    if (!string)
      return parser.emitError(parser.getNameLoc(),
                              "node 'name' must be a string, not ")
             << attr;
    name = string.getValue().str();
    return success();
  }
  name = state.types.size() == 1 ? parser.getResultName(0).first.str()
                                 : defaultName.str();
  if (name.empty())
    return parser.emitError(parser.getNameLoc(),
                            "a node without a result needs a 'name' attribute");
  return success();
}

/// A node's parser sets the inherent attributes that its syntax places (the
/// target, args, ...) in its properties directly: as attributes, every node
/// would unique a dictionary holding them, only for op creation to split them
/// off again. The attribute dictionary cannot give them a second time, as MLIR
/// says of any attribute given twice; `inherent` is sorted, as MLIR names the
/// first duplicate by name.
static ParseResult checkNotInAttrDict(OpAsmParser &parser,
                                      const OperationState &state,
                                      ArrayRef<StringRef> inherent) {
  for (StringRef name : inherent)
    if (state.attributes.get(name))
      return parser.emitError(parser.getNameLoc(), "attribute '")
             << name << "' occurs more than once in the attribute list";
  return success();
}

template <typename OpT>
static void setNodeResultName(OpT node, OpAsmSetValueNameFn setNameFn) {
  // An empty name (which the verifier rejects) has no SSA name to give.
  if (node->getNumResults() == 1 && !node.getName().empty())
    setNameFn(node->getResult(0), node.getName());
}

/// Prints `TARGET` bare when it reads back as a keyword, quoted otherwise.
static void printTarget(OpAsmPrinter &p, StringRef target) {
  if (isBareIdentifier(target))
    p << target;
  else
    p.printString(target);
}

/// Common verification of nodes with args and kwargs.
static LogicalResult verifyNodeArgs(Operation *op, ArrayAttr args,
                                    DictAttr kwargs) {
  unsigned numNodeRefs = 0;
  for (Attribute value : args)
    if (failed(verifyArgValue(op, value, numNodeRefs)))
      return failure();
  for (Attribute value : kwargs.getValues())
    if (failed(verifyArgValue(op, value, numNodeRefs)))
      return failure();
  if (numNodeRefs != op->getNumOperands())
    return op->emitOpError("args and kwargs reference ")
           << numNodeRefs << " nodes but the op has " << op->getNumOperands()
           << " operands";
  return success();
}

static LogicalResult verifyNodeName(NodeOpInterface node) {
  if (node.getName().empty())
    return node->emitOpError("node name must not be empty");
  // Only the generic form can put it there: `<{name = ...}>` sets the name.
  if (node->getDiscardableAttr("name"))
    return node->emitOpError(
        "has a discardable attribute 'name'; the node name is a property");
  return success();
}

static LogicalResult verifyTarget(Operation *op, StringRef target,
                                  StringRef what = "target") {
  if (target.empty())
    return op->emitOpError() << what << " must not be empty";
  return success();
}

//===----------------------------------------------------------------------===//
// Call nodes: call_function, call_method, call_module
//===----------------------------------------------------------------------===//

/// `[module_type]TARGET(ARGS) attr-dict : (operand types) -> result types`,
/// shared by the three call node kinds.
template <typename CallOp>
static ParseResult parseCallNode(OpAsmParser &parser, OperationState &state) {
  constexpr bool hasModuleType = std::is_same_v<CallOp, CallModuleOp>;
  Builder &builder = parser.getBuilder();
  std::string target, moduleType;
  if (parser.parseKeywordOrString(&target))
    return failure();
  if (hasModuleType && parser.parseString(&moduleType))
    return failure();
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  ArrayAttr args;
  DictAttr kwargs;
  SMLoc operandsLoc = parser.getCurrentLocation();
  FunctionType type;
  if (parseCallArgs(parser, operands, args, kwargs) ||
      parser.parseOptionalAttrDict(state.attributes) ||
      parser.parseColonType(type) ||
      parser.resolveOperands(operands, type.getInputs(), operandsLoc,
                             state.operands))
    return failure();
  auto &properties = state.getOrAddProperties<typename CallOp::Properties>();
  properties.target = builder.getStringAttr(target);
  if constexpr (hasModuleType)
    properties.module_type = builder.getStringAttr(moduleType);
  properties.args = args;
  properties.kwargs = kwargs;
  state.addTypes(type.getResults());
  if (parseNodeName<CallOp>(parser, state))
    return failure();
  if constexpr (hasModuleType)
    return checkNotInAttrDict(parser, state,
                              {"args", "kwargs", "module_type", "target"});
  return checkNotInAttrDict(parser, state, {"args", "kwargs", "target"});
}

template <typename CallOp>
static void printCallNode(OpAsmPrinter &p, CallOp op) {
  p << ' ';
  printTarget(p, op.getTarget());
  if constexpr (std::is_same_v<CallOp, CallModuleOp>) {
    p << ' ';
    p.printString(op.getModuleType());
  }
  printCallArgs(p, op.getOperands(), op.getArgs(), op.getKwargs());
  printNodeAttrDict(p, op, {"target", "module_type", "args", "kwargs"});
  p << " : ";
  p.printFunctionalType(op.getOperands().getTypes(), op->getResultTypes());
}

template <typename CallOp>
static LogicalResult verifyCallNode(CallOp op) {
  if (failed(verifyNodeName(op)) ||
      failed(verifyTarget(op, op.getTarget())) ||
      failed(verifyNodeArgs(op, op.getArgs(), op.getKwargs())))
    return failure();
  if (op->getNumResults() > 1)
    return op.emitOpError("has ") << op->getNumResults()
                                  << " results; a node has at most one "
                                     "(multiple outputs are a tuple)";
  return success();
}

ParseResult CallFunctionOp::parse(OpAsmParser &parser, OperationState &state) {
  return parseCallNode<CallFunctionOp>(parser, state);
}
void CallFunctionOp::print(OpAsmPrinter &p) { printCallNode(p, *this); }
LogicalResult CallFunctionOp::verify() { return verifyCallNode(*this); }
LogicalResult
CallFunctionOp::verifySymbolUses(SymbolTableCollection &symbolTables) {
  // A higher-order operator's subgraphs are nested graph modules, which the
  // op reaches through get_attr nodes.
  return verifyHigherOrderCall(*this, symbolTables);
}

ParseResult CallMethodOp::parse(OpAsmParser &parser, OperationState &state) {
  return parseCallNode<CallMethodOp>(parser, state);
}
void CallMethodOp::print(OpAsmPrinter &p) { printCallNode(p, *this); }
LogicalResult CallMethodOp::verify() {
  if (getArgs().empty())
    return emitOpError("call_method needs self as its first argument");
  return verifyCallNode(*this);
}

ParseResult CallModuleOp::parse(OpAsmParser &parser, OperationState &state) {
  return parseCallNode<CallModuleOp>(parser, state);
}
void CallModuleOp::print(OpAsmPrinter &p) { printCallNode(p, *this); }
LogicalResult CallModuleOp::verify() {
  if (failed(verifyTarget(*this, getModuleType(), "module type")))
    return failure();
  return verifyCallNode(*this);
}

//===----------------------------------------------------------------------===//
// OutputOp
//===----------------------------------------------------------------------===//

// fx.output(ARGS) attr-dict (: operand types)?
ParseResult OutputOp::parse(OpAsmParser &parser, OperationState &state) {
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  SmallVector<Type> types;
  ArrayAttr args;
  DictAttr kwargs;
  SMLoc operandsLoc = parser.getCurrentLocation();
  if (parseCallArgs(parser, operands, args, kwargs) ||
      parser.parseOptionalAttrDict(state.attributes) ||
      (!operands.empty() && parser.parseColonTypeList(types)) ||
      parser.resolveOperands(operands, types, operandsLoc, state.operands))
    return failure();
  auto &properties = state.getOrAddProperties<Properties>();
  properties.args = args;
  properties.kwargs = kwargs;
  if (parseNodeName<OutputOp>(parser, state, "output"))
    return failure();
  return checkNotInAttrDict(parser, state, {"args", "kwargs"});
}

void OutputOp::print(OpAsmPrinter &p) {
  printCallArgs(p, getOperands(), getArgs(), getKwargs());
  printNodeAttrDict(p, *this, {"args", "kwargs"}, "output");
  if (!getOperands().empty()) {
    p << " : ";
    llvm::interleaveComma(getOperands().getTypes(), p);
  }
}

LogicalResult OutputOp::verify() {
  if (failed(verifyNodeName(*this)))
    return failure();
  return verifyNodeArgs(*this, getArgs(), getKwargs());
}

//===----------------------------------------------------------------------===//
// PlaceholderOp
//===----------------------------------------------------------------------===//

// fx.placeholder "target" (= DEFAULT)? attr-dict : type
ParseResult PlaceholderOp::parse(OpAsmParser &parser, OperationState &state) {
  auto &properties = state.getOrAddProperties<Properties>();
  std::string target;
  Type type;
  if (parser.parseString(&target))
    return failure();
  if (succeeded(parser.parseOptionalEqual())) {
    SMLoc loc = parser.getCurrentLocation();
    SmallVector<OpAsmParser::UnresolvedOperand> operands;
    Attribute defaultValue;
    if (ArgParser(parser, operands).parseValue(defaultValue))
      return failure();
    if (!operands.empty())
      return parser.emitError(loc, "a default value cannot reference a node");
    properties.default_value = defaultValue;
  }
  if (parser.parseOptionalAttrDict(state.attributes) ||
      parser.parseColonType(type))
    return failure();
  properties.target = parser.getBuilder().getStringAttr(target);
  state.addTypes(type);
  if (parseNodeName<PlaceholderOp>(parser, state))
    return failure();
  if (properties.default_value)
    return checkNotInAttrDict(parser, state, {"default_value", "target"});
  return checkNotInAttrDict(parser, state, {"target"});
}

void PlaceholderOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printString(getTarget());
  if (Attribute defaultValue = getDefaultValueAttr()) {
    p << " = ";
    OperandRange::iterator none = (*this)->getOperands().begin();
    printArgValue(p, defaultValue, none);
  }
  printNodeAttrDict(p, *this, {"target", "default_value"});
  p << " : " << getType();
}

LogicalResult PlaceholderOp::verify() {
  if (failed(verifyNodeName(*this)) ||
      failed(verifyTarget(*this, getTarget())))
    return failure();
  unsigned numNodeRefs = 0;
  if (Attribute defaultValue = getDefaultValueAttr()) {
    if (failed(verifyArgValue(*this, defaultValue, numNodeRefs)))
      return failure();
    if (numNodeRefs != 0)
      return emitOpError("default value cannot reference a node");
  }
  return success();
}

//===----------------------------------------------------------------------===//
// GetAttrOp
//===----------------------------------------------------------------------===//

// fx.get_attr @target attr-dict : type
ParseResult GetAttrOp::parse(OpAsmParser &parser, OperationState &state) {
  FlatSymbolRefAttr target;
  Type type;
  if (parser.parseAttribute(target) ||
      parser.parseOptionalAttrDict(state.attributes) ||
      parser.parseColonType(type))
    return failure();
  state.getOrAddProperties<Properties>().target = target;
  state.addTypes(type);
  if (parseNodeName<GetAttrOp>(parser, state))
    return failure();
  return checkNotInAttrDict(parser, state, {"target"});
}

void GetAttrOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printAttributeWithoutType(getTargetAttr());
  printNodeAttrDict(p, *this, {"target"});
  p << " : " << getType();
}

LogicalResult GetAttrOp::verify() {
  return verifyNodeName(*this);
}

LogicalResult GetAttrOp::verifySymbolUses(SymbolTableCollection &symbols) {
  auto module = (*this)->getParentOfType<GraphModuleOp>();
  if (!module)
    return emitOpError("must be inside an 'fx.graph_module'");
  Operation *target = symbols.lookupSymbolIn(module, getTargetAttr());
  if (!target)
    return emitOpError() << "'" << getTarget()
                         << "' names nothing in graph module '"
                         << module.getSymName() << "'";
  if (auto attr = dyn_cast<ModuleAttrOp>(target)) {
    if (attr.getType() != getType())
      return emitOpError() << "type " << getType() << " differs from "
                           << stringifyModuleAttrKind(attr.getKind()) << " '"
                           << getTarget() << "' of type " << attr.getType();
    return success();
  }
  if (isa<GraphModuleOp>(target)) {
    if (!isa<GraphModuleType>(getType()))
      return emitOpError() << "names the graph module '" << getTarget()
                           << "', so its type must be !fx.graph_module";
    return success();
  }
  return emitOpError() << "'" << getTarget()
                       << "' is a graph, not a module attribute or module";
}

//===----------------------------------------------------------------------===//
// Node interface methods
//===----------------------------------------------------------------------===//

#define FX_NODE_ASM_RESULT_NAMES(Op)                                           \
  void Op::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {                  \
    setNodeResultName(*this, setNameFn);                                       \
  }
FX_NODE_ASM_RESULT_NAMES(PlaceholderOp)
FX_NODE_ASM_RESULT_NAMES(GetAttrOp)
FX_NODE_ASM_RESULT_NAMES(CallFunctionOp)
FX_NODE_ASM_RESULT_NAMES(CallMethodOp)
FX_NODE_ASM_RESULT_NAMES(CallModuleOp)
FX_NODE_ASM_RESULT_NAMES(OutputOp)
#undef FX_NODE_ASM_RESULT_NAMES


//===----------------------------------------------------------------------===//
// GraphOp
//===----------------------------------------------------------------------===//

void GraphOp::build(OpBuilder &builder, OperationState &state, StringRef name) {
  state.addAttribute(mlir::SymbolTable::getSymbolAttrName(),
                     builder.getStringAttr(name));
  state.addRegion()->emplaceBlock();
}

OutputOp GraphOp::getOutput() {
  // An unverified graph may have no block.
  if (getBody().empty() || getBody().front().empty())
    return {};
  return dyn_cast<OutputOp>(getBody().front().back());
}

LogicalResult GraphOp::verifyRegions() {
  Block &body = getBody().front();
  if (body.getNumArguments() != 0)
    return emitOpError() << "graph '" << getSymName()
                         << "' cannot have block arguments; its inputs are "
                            "'fx.placeholder' nodes";
  if (!getOutput())
    return emitOpError() << "graph '" << getSymName()
                         << "' must end with an 'fx.output' node";
  llvm::SmallDenseMap<StringRef, Operation *, 64> nodesByName;
  for (Operation &op : body) {
    if (isa<OutputOp>(op) && &op != &body.back())
      return op.emitOpError("must be the last node of its graph");
    for (Value operand : op.getOperands()) {
      Operation *def = operand.getDefiningOp();
      if (def && def->getBlock() == &body && !def->isBeforeInBlock(&op)) {
        auto user = dyn_cast<NodeOpInterface>(op);
        auto used = dyn_cast<NodeOpInterface>(def);
        InFlightDiagnostic diag = op.emitOpError("uses ");
        if (used)
          diag << "node '" << used.getName() << "'";
        else
          diag << "a value";
        diag << ", which is defined after it";
        if (user)
          diag << " (in node '" << user.getName() << "')";
        diag.attachNote(def->getLoc()) << "defined here";
        return diag;
      }
    }
    auto node = dyn_cast<NodeOpInterface>(op);
    if (!node)
      continue;
    auto [it, inserted] = nodesByName.try_emplace(node.getName(), &op);
    if (!inserted) {
      InFlightDiagnostic diag = op.emitOpError("duplicate node name '")
                                << node.getName() << "'";
      diag.attachNote(it->second->getLoc()) << "first used here";
      return diag;
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// GraphModuleOp
//===----------------------------------------------------------------------===//

void GraphModuleOp::build(OpBuilder &builder, OperationState &state,
                          StringRef name) {
  state.addAttribute(mlir::SymbolTable::getSymbolAttrName(),
                     builder.getStringAttr(name));
  state.addRegion()->emplaceBlock();
}

RegionKind GraphModuleOp::getRegionKind(unsigned) { return RegionKind::Graph; }

GraphOp GraphModuleOp::getGraph() {
  // An unverified graph module may have no block.
  if (getBody().empty())
    return {};
  for (Operation &op : getBody().front())
    if (auto graph = dyn_cast<GraphOp>(op))
      return graph;
  return {};
}

LogicalResult GraphModuleOp::verifyRegions() {
  GraphOp graph;
  if (getBody().front().getNumArguments() != 0)
    return emitOpError() << "graph module '" << getSymName()
                         << "' cannot have block arguments";
  for (Operation &op : getBody().front()) {
    if (!isa<GraphOp, GraphModuleOp, ModuleAttrOp>(op))
      return op.emitOpError("cannot be in an 'fx.graph_module'; expected "
                            "fx.graph, fx.graph_module or fx.module_attr");
    if (auto next = dyn_cast<GraphOp>(op)) {
      if (graph) {
        InFlightDiagnostic diag =
            next.emitOpError("is a second graph in graph module '")
            << getSymName() << "'";
        diag.attachNote(graph.getLoc()) << "first graph here";
        return diag;
      }
      graph = next;
    }
  }
  if (!graph)
    return emitOpError() << "graph module '" << getSymName()
                         << "' has no 'fx.graph'";
  return success();
}

#define GET_OP_CLASSES
#include "fx-mlir/Dialect/Fx/IR/FxOps.cpp.inc"
