//===- Schema.cpp - What the .pt2 reader and writer share -----------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Schema.h"
#include "JsonReader.h"
#include "JsonWriter.h"
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "fx-mlir/Dialect/Fx/IR/FxTypes.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::pt2;

std::string pt2::getWeightsConfigPath(StringRef model) {
  return (kWeightsDir + model + "_weights_config.json").str();
}
std::string pt2::getConstantsConfigPath(StringRef model) {
  return (kConstantsDir + model + "_constants_config.json").str();
}
std::string pt2::getSampleInputsPath(StringRef model) {
  return ("data/sample_inputs/" + model + ".pt").str();
}

//===----------------------------------------------------------------------===//
// Enum codes
//===----------------------------------------------------------------------===//

/// schema.py's ScalarType codes, which are not c10's.
static constexpr std::pair<int64_t, ScalarType> kScalarTypes[] = {
    {1, ScalarType::uint8},
    {2, ScalarType::int8},
    {3, ScalarType::int16},
    {4, ScalarType::int32},
    {5, ScalarType::int64},
    {6, ScalarType::float16},
    {7, ScalarType::float32},
    {8, ScalarType::float64},
    {9, ScalarType::complex32},
    {10, ScalarType::complex64},
    {11, ScalarType::complex128},
    {12, ScalarType::Bool},
    {13, ScalarType::bfloat16},
    {28, ScalarType::uint16},
    {29, ScalarType::float8_e4m3fn},
    {30, ScalarType::float8_e5m2},
    {31, ScalarType::float8_e4m3fnuz},
    {32, ScalarType::float8_e5m2fnuz},
    {33, ScalarType::float8_e8m0fnu},
    {34, ScalarType::uint32},
    {35, ScalarType::uint64}};

static constexpr std::pair<int64_t, Layout> kLayouts[] = {
    {1, Layout::sparse_coo}, {2, Layout::sparse_csr}, {3, Layout::sparse_csc},
    {4, Layout::sparse_bsr}, {5, Layout::sparse_bsc}, {6, Layout::mkldnn},
    {7, Layout::strided}};

static constexpr std::pair<int64_t, MemoryFormat> kMemoryFormats[] = {
    {1, MemoryFormat::contiguous_format},
    {2, MemoryFormat::channels_last},
    {3, MemoryFormat::channels_last_3d},
    {4, MemoryFormat::preserve_format}};

template <typename T, size_t N>
static std::optional<T> lookupCode(const std::pair<int64_t, T> (&table)[N],
                                   int64_t code) {
  for (auto [c, value] : table)
    if (c == code)
      return value;
  return std::nullopt;
}

template <typename T, size_t N>
static int64_t lookupValue(const std::pair<int64_t, T> (&table)[N], T value) {
  for (auto [code, v] : table)
    if (v == value)
      return code;
  return 0; // UNKNOWN in every schema enum.
}

std::optional<ScalarType> pt2::getScalarType(int64_t code) {
  return lookupCode(kScalarTypes, code);
}
int64_t pt2::getScalarTypeCode(ScalarType type) {
  return lookupValue(kScalarTypes, type);
}
std::optional<Layout> pt2::getLayout(int64_t code) {
  return lookupCode(kLayouts, code);
}
int64_t pt2::getLayoutCode(Layout layout) {
  return lookupValue(kLayouts, layout);
}
std::optional<MemoryFormat> pt2::getMemoryFormat(int64_t code) {
  return lookupCode(kMemoryFormats, code);
}
int64_t pt2::getMemoryFormatCode(MemoryFormat format) {
  return lookupValue(kMemoryFormats, format);
}

//===----------------------------------------------------------------------===//
// Symbolic sizes
//===----------------------------------------------------------------------===//

AffineExpr pt2::getSymbol(MLIRContext *context, StringRef name) {
  unsigned index;
  if (name.size() < 2 || (name[0] != 's' && name[0] != 'u') ||
      name.drop_front().getAsInteger(10, index) || index >= kUnbackedSymbolBase)
    return {};
  return name[0] == 's' ? getBackedSymbol(context, index)
                        : getUnbackedSymbol(context, index);
}

std::string pt2::getSymbolName(AffineExpr symbol) {
  unsigned pos = cast<AffineSymbolExpr>(symbol).getPosition();
  if (pos >= kUnbackedSymbolBase)
    return "u" + std::to_string(pos - kUnbackedSymbolBase);
  return "s" + std::to_string(pos);
}

namespace {
/// A recursive-descent reader of sympy's srepr form, limited to what size
/// expressions use.
class SymExprParser {
public:
  SymExprParser(MLIRContext *context, StringRef text, std::string &error)
      : context(context), text(text), error(error) {}

  AffineExpr parse() {
    AffineExpr expr = parseExpr(0);
    skipSpaces();
    if (expr && !text.empty())
      return fail("unexpected '" + text.take_front(16).str() + "'");
    return expr;
  }

private:
  // Deeper expressions are not sizes a program can have; the bound keeps the
  // recursion off the end of the stack on hostile input.
  static constexpr unsigned kMaxDepth = 64;

  AffineExpr fail(const std::string &message) {
    if (error.empty())
      error = message;
    return {};
  }
  void skipSpaces() { text = text.ltrim(); }
  bool consume(StringRef token) {
    skipSpaces();
    return text.consume_front(token);
  }
  StringRef parseIdentifier() {
    skipSpaces();
    size_t n = 0;
    while (n < text.size() && (llvm::isAlnum(text[n]) || text[n] == '_'))
      ++n;
    StringRef id = text.take_front(n);
    text = text.drop_front(n);
    return id;
  }

  AffineExpr parseExpr(unsigned depth) {
    if (depth > kMaxDepth)
      return fail("expression nested too deeply");
    StringRef head = parseIdentifier();
    if (head.empty())
      return fail("expected an expression at '" + text.take_front(16).str() +
                  "'");
    // A bare symbol name, as sympy's str form writes it.
    if (!consume("("))
      return symbol(head);
    if (head == "Symbol") {
      std::string name;
      if (!consume("'"))
        return fail("expected a quoted symbol name");
      size_t end = text.find('\'');
      if (end == StringRef::npos)
        return fail("unterminated symbol name");
      name = text.take_front(end).str();
      text = text.drop_front(end + 1);
      // Assumptions (positive=True, integer=True) follow; sizes are integers.
      size_t close = text.find(')');
      if (close == StringRef::npos)
        return fail("unterminated Symbol(...)");
      text = text.drop_front(close + 1);
      return symbol(name);
    }
    if (head == "Integer") {
      skipSpaces();
      bool negative = text.consume_front("-");
      size_t n = 0;
      while (n < text.size() && llvm::isDigit(text[n]))
        ++n;
      int64_t value;
      if (n == 0 || text.take_front(n).getAsInteger(10, value))
        return fail("expected a 64-bit integer in Integer(...)");
      text = text.drop_front(n);
      if (!consume(")"))
        return fail("expected ')' after Integer(...)");
      return getAffineConstantExpr(negative ? -value : value, context);
    }
    SmallVector<AffineExpr> operands;
    do {
      AffineExpr operand = parseExpr(depth + 1);
      if (!operand)
        return {};
      operands.push_back(operand);
    } while (consume(","));
    if (!consume(")"))
      return fail("expected ')' after the operands of " + head.str());
    if (head == "Add" || head == "Mul") {
      AffineExpr result = operands.front();
      for (AffineExpr operand : ArrayRef(operands).drop_front())
        result = head == "Add" ? result + operand : result * operand;
      return result;
    }
    if (operands.size() != 2)
      return fail(head.str() + " takes two operands");
    auto divisor = dyn_cast<AffineConstantExpr>(operands[1]);
    if (!divisor || divisor.getValue() <= 0)
      return fail(head.str() + " by a non-constant or non-positive divisor "
                               "is not a size expression fx supports");
    if (head == "FloorDiv")
      return operands[0].floorDiv(divisor);
    if (head == "CeilDiv")
      return operands[0].ceilDiv(divisor);
    if (head == "Mod" || head == "PythonMod")
      return operands[0] % divisor;
    return fail("unsupported size function '" + head.str() + "'");
  }

  AffineExpr symbol(StringRef name) {
    if (AffineExpr symbol = getSymbol(context, name))
      return symbol;
    return fail("'" + name.str() + "' is not a size symbol (sN or uN)");
  }

  MLIRContext *context;
  StringRef text;
  std::string &error;
};
} // namespace

AffineExpr pt2::parseSymExpr(MLIRContext *context, StringRef text,
                             std::string &error) {
  return SymExprParser(context, text, error).parse();
}

std::string pt2::printSymExpr(AffineExpr expr) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return "Integer(" + std::to_string(constant.getValue()) + ")";
  // torch.export's assumptions: backed sizes are positive integers, unbacked
  // ones any integer.
  if (isa<AffineSymbolExpr>(expr)) {
    bool backed =
        cast<AffineSymbolExpr>(expr).getPosition() < kUnbackedSymbolBase;
    return "Symbol('" + getSymbolName(expr) + "', " +
           (backed ? "positive=True, " : "") + "integer=True)";
  }
  auto binary = cast<AffineBinaryOpExpr>(expr);
  std::string lhs = printSymExpr(binary.getLHS());
  std::string rhs = printSymExpr(binary.getRHS());
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    return "Add(" + lhs + ", " + rhs + ")";
  case AffineExprKind::Mul:
    return "Mul(" + lhs + ", " + rhs + ")";
  case AffineExprKind::FloorDiv:
    return "FloorDiv(" + lhs + ", " + rhs + ")";
  case AffineExprKind::CeilDiv:
    return "CeilDiv(" + lhs + ", " + rhs + ")";
  case AffineExprKind::Mod:
    return "PythonMod(" + lhs + ", " + rhs + ")";
  default:
    llvm_unreachable("size expressions have no dims");
  }
}

//===----------------------------------------------------------------------===//
// Attributes as JSON
//===----------------------------------------------------------------------===//

bool pt2::isJsonAttr(Attribute attr) {
  if (isa<NoneAttr, BoolAttr, IntegerAttr, FloatAttr, StringAttr>(attr))
    return true;
  if (auto array = dyn_cast<ArrayAttr>(attr))
    return llvm::all_of(array, isJsonAttr);
  if (auto dict = dyn_cast<DictAttr>(attr))
    return llvm::all_of(dict.getValues(), isJsonAttr);
  return false;
}

void pt2::writeAttrJson(JsonWriter &json, Attribute attr) {
  if (isa<NoneAttr>(attr))
    return json.value(nullptr);
  if (auto b = dyn_cast<BoolAttr>(attr))
    return json.value(b.getValue());
  if (auto i = dyn_cast<IntegerAttr>(attr)) {
    // Digit for digit, as Python writes an int of any size.
    llvm::APSInt value(i.getValue(), i.getType().isUnsignedInteger());
    if (std::optional<int64_t> small = value.tryExtValue())
      return json.value(*small);
    return json.rawValue(llvm::toString(value, 10));
  }
  if (auto f = dyn_cast<FloatAttr>(attr)) {
    double value = f.getValueAsDouble();
    if (std::isnan(value))
      return json.rawValue("NaN");
    if (std::isinf(value))
      return json.rawValue(value < 0 ? "-Infinity" : "Infinity");
    return json.rawValue(formatPythonRepr(value));
  }
  if (auto s = dyn_cast<StringAttr>(attr))
    return json.value(s.getValue());
  if (auto array = dyn_cast<ArrayAttr>(attr))
    return json.array([&] {
      for (Attribute element : array)
        writeAttrJson(json, element);
    });
  auto dict = cast<DictAttr>(attr);
  ArrayRef<Attribute> keys = dict.getKeys().getValue();
  json.object([&] {
    for (unsigned i : getJsonKeyOrder(keys.size(), [&](unsigned i) {
           return cast<StringAttr>(keys[i]).getValue();
         })) {
      json.attributeBegin(cast<StringAttr>(keys[i]).getValue());
      writeAttrJson(json, dict.getValues()[i]);
      json.attributeEnd();
    }
  });
}

std::optional<int64_t> mlir::fx::pt2::getStorageBits(Type type) {
  if (type.isInteger(1))
    return 8;
  if (auto complex = dyn_cast<ComplexType>(type)) {
    std::optional<int64_t> part = getStorageBits(complex.getElementType());
    return part ? std::optional<int64_t>(2 * *part) : std::nullopt;
  }
  if (type.isIntOrFloat())
    return type.getIntOrFloatBitWidth();
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// from_node
//===----------------------------------------------------------------------===//

std::optional<FromNode>
mlir::fx::pt2::nodeSourcesFromJson(MLIRContext *context, const JsonValue &value,
                                   std::string &error) {
  std::optional<JsonArray> entries = value.getAsArray();
  if (!entries) {
    error = "from_node is not a list";
    return std::nullopt;
  }
  Builder builder(context);
  SmallVector<NodeSource, 1> sources;
  for (JsonValue entryValue : *entries) {
    std::optional<JsonObject> entry = entryValue.getAsObject();
    if (!entry) {
      error = "a from_node entry is not an object";
      return {};
    }
    auto getText = [&](StringRef field) -> std::optional<StringRef> {
      std::optional<JsonValue> text = entry->get(field);
      if (!text)
        return StringRef();
      if (std::optional<StringRef> string = text->getAsString())
        return string;
      error = ("from_node field '" + field + "' is not a string").str();
      return std::nullopt;
    };
    std::optional<StringRef> name = getText("name"), target = getText("target"),
                             passName = getText("pass_name"),
                             action = getText("action");
    if (!name || !target || !passName || !action)
      return {};
    if (!isNodeSourceAction(*action)) {
      error = ("from_node action '" + *action + "' is not create, replace or "
                                                "both joined by '+'")
                  .str();
      return {};
    }
    // PyTorch keeps the node's name, target and graph id only together.
    int64_t graphId = -1;
    if (entry->get("name") && entry->get("target") && entry->get("graph_id")) {
      std::optional<int64_t> id = entry->getInteger("graph_id");
      if (!id) {
        error = "from_node field 'graph_id' is not an integer";
        return {};
      }
      graphId = *id;
    } else {
      name = target = StringRef();
    }
    std::optional<FromNode> nested = FromNode();
    if (std::optional<JsonValue> inner = entry->get("from_node");
        inner && inner->kind() != JsonValue::Kind::Null) {
      nested = nodeSourcesFromJson(context, *inner, error);
      if (!nested)
        return std::nullopt;
    }
    sources.emplace_back(*name, builder.getStringAttr(*target), graphId,
                         builder.getStringAttr(*passName),
                         builder.getStringAttr(*action), std::move(*nested));
  }
  return FromNode(sources);
}

void pt2::writeNodeSourcesJson(JsonWriter &json, const FromNode &sources) {
  json.array([&] {
    for (const NodeSource &source : sources.getSources())
      json.object([&] {
        json.attribute("action", source.getAction().getValue());
        json.attributeBegin("from_node");
        writeNodeSourcesJson(json, source.getFromNode());
        json.attributeEnd();
        json.attribute("graph_id", source.getGraphId());
        json.attribute("name", source.getName());
        json.attribute("pass_name", source.getPassName().getValue());
        json.attribute("target", source.getTarget().getValue());
      });
  });
}

std::string pt2::printJson(function_ref<void(JsonWriter &)> write) {
  std::string text;
  llvm::raw_string_ostream os(text);
  // A string stream is unbuffered: the writer's every comma and brace would
  // be a call.
  os.SetBufferSize(4096);
  JsonWriter json(os);
  write(json);
  os.flush();
  return text;
}
