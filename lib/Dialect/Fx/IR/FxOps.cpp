//===- FxOps.cpp - fx dialect ops -----------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include <cmath>
#include <cstdio>
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
      .Case<NoneAttr, EllipsisAttr, BoolAttr, StringAttr, ScalarTypeAttr,
            LayoutAttr, MemoryFormatAttr, DeviceAttr>(
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

/// Python's repr of a float, made parseable as an MLIR float literal (which
/// needs a '.' before any exponent).
static std::string formatPythonFloat(double value) {
  if (std::isnan(value))
    return "nan";
  if (std::isinf(value))
    return value < 0 ? "-inf" : "inf";
  char buffer[32];
  // The shortest representation that reads back as the same double.
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof(buffer), "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value)
      break;
  }
  std::string text = buffer;
  size_t exponent = text.find('e');
  if (text.find('.') == std::string::npos)
    text.insert(exponent == std::string::npos ? text.size() : exponent, ".0");
  return text;
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
    StringRef keyword;
    if (succeeded(parser.parseOptionalKeyword(&keyword)))
      return parseKeywordValue(keyword, value);
    return parseNonKeywordValue(value);
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
    } else if (keyword == "torch.device") {
      std::string device;
      if (parser.parseLParen() || parser.parseString(&device) ||
          parser.parseRParen())
        return failure();
      value = DeviceAttr::get(context, device);
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
      if (succeeded(parser.parseOptionalKeyword("inf"))) {
        value = FloatAttr::get(Float64Type::get(context), -INFINITY);
        return success();
      }
      if (parseNumber(loc, value))
        return failure();
      if (auto integer = dyn_cast<IntegerAttr>(value))
        value = IntegerAttr::get(integer.getType(), -integer.getValue());
      else
        value = FloatAttr::get(Float64Type::get(context),
                               -cast<FloatAttr>(value).getValueAsDouble());
      return success();
    }
    return parseNumber(loc, value);
  }

  // Python ints are integer literals and floats are float literals; neither
  // takes an MLIR `: type` suffix (which would swallow a placeholder's type).
  ParseResult parseNumber(SMLoc loc, Attribute &value) {
    int64_t integer;
    OptionalParseResult parsedInteger = parser.parseOptionalInteger(integer);
    if (parsedInteger.has_value()) {
      if (failed(*parsedInteger))
        return failure();
      value = IntegerAttr::get(IntegerType::get(context, 64), integer);
      return success();
    }
    double real;
    if (parser.parseFloat(real))
      return parser.emitError(loc, "expected a node argument value");
    value = FloatAttr::get(Float64Type::get(context), real);
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

  OpAsmParser &parser;
  SmallVectorImpl<OpAsmParser::UnresolvedOperand> &operands;
  MLIRContext *context;
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
      Attribute value;
      if (succeeded(parser.parseOptionalKeyword(&keyword))) {
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
    p << cast<StringAttr>(std::get<0>(entry)).getValue() << " = ";
    printArgValue(p, std::get<1>(entry), operand);
  }
  p << ')';
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
  std::string name;
  for (auto [index, c] : llvm::enumerate(base)) {
    if (llvm::isUpper(c)) {
      if (index != 0 && !llvm::isUpper(base[index - 1]))
        name += '_';
      name += llvm::toLower(c);
    } else {
      name += llvm::isAlnum(c) ? c : '_';
    }
  }
  return name.empty() ? std::string("node") : name;
}

//===----------------------------------------------------------------------===//
// Node names and shared node syntax
//===----------------------------------------------------------------------===//

/// Whether the printer will print `name` unchanged as the SSA name of the
/// node's result, so that the parser recovers it from there.
static bool isRecoverableFromSSAName(StringRef name) {
  if (name.empty() || llvm::isDigit(name.front()))
    return false;
  return llvm::all_of(name, [](char c) {
    return llvm::isAlnum(c) || c == '_' || c == '$' || c == '.' || c == '-';
  });
}

/// The attributes that the custom syntax prints itself.
static SmallVector<StringRef, 4> getElidedAttrs(Operation *op,
                                                ArrayRef<StringRef> inherent) {
  SmallVector<StringRef, 4> elided(inherent);
  auto name = op->getAttrOfType<StringAttr>("name");
  if (op->getNumResults() == 1 && name &&
      isRecoverableFromSSAName(name.getValue()))
    elided.push_back("name");
  return elided;
}

/// Sets the `name` attribute from the SSA name of the result when the
/// attribute dictionary did not give one.
static ParseResult resolveNodeName(OpAsmParser &parser, OperationState &state,
                                   bool hasResult, StringRef defaultName) {
  if (state.attributes.get("name"))
    return success();
  StringRef name = hasResult ? parser.getResultName(0).first : defaultName;
  if (name.empty())
    return parser.emitError(parser.getCurrentLocation(),
                            "a node without a result needs a 'name' attribute");
  state.addAttribute("name", parser.getBuilder().getStringAttr(name));
  return success();
}

static void setNodeResultName(Operation *op, OpAsmSetValueNameFn setNameFn) {
  if (op->getNumResults() != 1)
    return;
  if (auto name = op->getAttrOfType<StringAttr>("name"))
    setNameFn(op->getResult(0), name.getValue());
}

/// Prints `TARGET` bare when it reads back as a keyword, quoted otherwise.
static void printTarget(OpAsmPrinter &p, StringRef target) {
  bool bare = !target.empty() &&
              (llvm::isAlpha(target.front()) || target.front() == '_') &&
              llvm::all_of(target, [](char c) {
                return llvm::isAlnum(c) || c == '_' || c == '$' || c == '.';
              });
  if (bare)
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

static LogicalResult verifyNodeName(Operation *op, StringAttr name) {
  if (name.getValue().empty())
    return op->emitOpError("node name must not be empty");
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
static ParseResult parseCallNode(OpAsmParser &parser, OperationState &state,
                                 bool hasModuleType) {
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
  state.addAttribute("target", builder.getStringAttr(target));
  if (hasModuleType)
    state.addAttribute("module_type", builder.getStringAttr(moduleType));
  state.addAttribute("args", args);
  state.addAttribute("kwargs", kwargs);
  state.addTypes(type.getResults());
  return resolveNodeName(parser, state, type.getNumResults() == 1, "");
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
  p.printOptionalAttrDict(
      op->getAttrs(),
      getElidedAttrs(op, {"target", "module_type", "args", "kwargs"}));
  p << " : ";
  p.printFunctionalType(op.getOperands().getTypes(), op->getResultTypes());
}

template <typename CallOp>
static LogicalResult verifyCallNode(CallOp op) {
  if (failed(verifyNodeName(op, op.getNameAttr())) ||
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
  return parseCallNode(parser, state, /*hasModuleType=*/false);
}
void CallFunctionOp::print(OpAsmPrinter &p) { printCallNode(p, *this); }
LogicalResult CallFunctionOp::verify() { return verifyCallNode(*this); }

ParseResult CallMethodOp::parse(OpAsmParser &parser, OperationState &state) {
  return parseCallNode(parser, state, /*hasModuleType=*/false);
}
void CallMethodOp::print(OpAsmPrinter &p) { printCallNode(p, *this); }
LogicalResult CallMethodOp::verify() {
  if (getArgs().empty())
    return emitOpError("call_method needs self as its first argument");
  return verifyCallNode(*this);
}

ParseResult CallModuleOp::parse(OpAsmParser &parser, OperationState &state) {
  return parseCallNode(parser, state, /*hasModuleType=*/true);
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
  state.addAttribute("args", args);
  state.addAttribute("kwargs", kwargs);
  return resolveNodeName(parser, state, /*hasResult=*/false, "output");
}

void OutputOp::print(OpAsmPrinter &p) {
  printCallArgs(p, getOperands(), getArgs(), getKwargs());
  SmallVector<StringRef, 4> elided = {"args", "kwargs"};
  if (getName() == "output")
    elided.push_back("name");
  p.printOptionalAttrDict((*this)->getAttrs(), elided);
  if (!getOperands().empty()) {
    p << " : ";
    llvm::interleaveComma(getOperands().getTypes(), p);
  }
}

LogicalResult OutputOp::verify() {
  if (failed(verifyNodeName(*this, getNameAttr())))
    return failure();
  return verifyNodeArgs(*this, getArgs(), getKwargs());
}

//===----------------------------------------------------------------------===//
// PlaceholderOp
//===----------------------------------------------------------------------===//

// fx.placeholder "target" (= DEFAULT)? attr-dict : type
ParseResult PlaceholderOp::parse(OpAsmParser &parser, OperationState &state) {
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
    state.addAttribute("default_value", defaultValue);
  }
  if (parser.parseOptionalAttrDict(state.attributes) ||
      parser.parseColonType(type))
    return failure();
  state.addAttribute("target", parser.getBuilder().getStringAttr(target));
  state.addTypes(type);
  return resolveNodeName(parser, state, /*hasResult=*/true, "");
}

void PlaceholderOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printString(getTarget());
  if (Attribute defaultValue = getDefaultValueAttr()) {
    p << " = ";
    OperandRange::iterator none = (*this)->getOperands().begin();
    printArgValue(p, defaultValue, none);
  }
  p.printOptionalAttrDict((*this)->getAttrs(),
                          getElidedAttrs(*this, {"target", "default_value"}));
  p << " : " << getType();
}

LogicalResult PlaceholderOp::verify() {
  if (failed(verifyNodeName(*this, getNameAttr())) ||
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
  if (parser.parseAttribute(target, "target", state.attributes) ||
      parser.parseOptionalAttrDict(state.attributes) ||
      parser.parseColonType(type))
    return failure();
  state.addTypes(type);
  return resolveNodeName(parser, state, /*hasResult=*/true, "");
}

void GetAttrOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printAttributeWithoutType(getTargetAttr());
  p.printOptionalAttrDict((*this)->getAttrs(),
                          getElidedAttrs(*this, {"target"}));
  p << " : " << getType();
}

LogicalResult GetAttrOp::verify() {
  return verifyNodeName(*this, getNameAttr());
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
  Block &body = getBody().front();
  if (body.empty())
    return {};
  return dyn_cast<OutputOp>(body.back());
}

LogicalResult GraphOp::verifyRegions() {
  Block &body = getBody().front();
  if (!getOutput())
    return emitOpError() << "graph '" << getSymName()
                         << "' must end with an 'fx.output' node";
  llvm::SmallDenseMap<StringAttr, Operation *, 64> nodesByName;
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
          diag << "node '" << used.getNameAttr().getValue() << "'";
        else
          diag << "a value";
        diag << ", which is defined after it";
        if (user)
          diag << " (in node '" << user.getNameAttr().getValue() << "')";
        diag.attachNote(def->getLoc()) << "defined here";
        return diag;
      }
    }
    auto node = dyn_cast<NodeOpInterface>(op);
    if (!node)
      continue;
    auto [it, inserted] = nodesByName.try_emplace(node.getNameAttr(), &op);
    if (!inserted) {
      InFlightDiagnostic diag = op.emitOpError("duplicate node name '")
                                << node.getNameAttr().getValue() << "'";
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
  for (Operation &op : getBody().front())
    if (auto graph = dyn_cast<GraphOp>(op))
      return graph;
  return {};
}

LogicalResult GraphModuleOp::verifyRegions() {
  GraphOp graph;
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
