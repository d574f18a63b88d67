//===- JsonReader.cpp - The JSON the .pt2 reader reads --------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "JsonReader.h"
#include "Schema.h"
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MathExtras.h"
#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::pt2;
namespace dom = simdjson::dom;

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

JsonValue::Kind JsonValue::kind() const {
  switch (element.type()) {
  case dom::element_type::NULL_VALUE:
    return Kind::Null;
  case dom::element_type::BOOL:
    return Kind::Boolean;
  case dom::element_type::INT64:
  case dom::element_type::UINT64:
  case dom::element_type::DOUBLE:
    return Kind::Number;
  case dom::element_type::STRING:
    return Kind::String;
  case dom::element_type::ARRAY:
    return Kind::Array;
  case dom::element_type::OBJECT:
    return Kind::Object;
  }
  llvm_unreachable("simdjson has no other element type");
}

/// The value of a simdjson result, or nothing when it holds an error (the
/// element is of another type).
template <typename T, typename Result>
static std::optional<T> valueOf(Result result) {
  T value;
  if (std::move(result).get(value))
    return std::nullopt;
  return value;
}

std::optional<bool> JsonValue::getAsBoolean() const {
  return valueOf<bool>(element.get_bool());
}

std::optional<int64_t> JsonValue::getAsIntegerLiteral() const {
  if (element.type() != dom::element_type::INT64)
    return std::nullopt;
  return valueOf<int64_t>(element.get_int64());
}

std::optional<int64_t> JsonValue::getAsInteger() const {
  if (std::optional<int64_t> literal = getAsIntegerLiteral())
    return literal;
  // A double with an integral value is an integer, as LLVM's JSON DOM reads
  // it: `2.0` and `1e3` are a size, `-0.0` is 0. 2^63 is not an int64.
  if (element.type() != dom::element_type::DOUBLE)
    return std::nullopt;
  std::optional<double> value = valueOf<double>(element.get_double());
  double integral;
  if (!value || std::modf(*value, &integral) != 0.0 || *value < -0x1p63 ||
      *value >= 0x1p63)
    return std::nullopt;
  return int64_t(*value);
}

std::optional<uint64_t> JsonValue::getAsUnsignedIntegerLiteral() const {
  if (element.type() != dom::element_type::UINT64)
    return std::nullopt;
  return valueOf<uint64_t>(element.get_uint64());
}

std::optional<double> JsonValue::getAsNumber() const {
  // simdjson converts an int64 or a uint64 here.
  return valueOf<double>(element.get_double());
}

std::optional<StringRef> JsonValue::getAsString() const {
  std::optional<std::string_view> value =
      valueOf<std::string_view>(element.get_string());
  if (!value)
    return std::nullopt;
  return StringRef(value->data(), value->size());
}

std::optional<JsonArray> JsonValue::getAsArray() const {
  std::optional<dom::array> array = valueOf<dom::array>(element.get_array());
  if (!array)
    return std::nullopt;
  return JsonArray(*array);
}

std::optional<JsonObject> JsonValue::getAsObject() const {
  std::optional<dom::object> object =
      valueOf<dom::object>(element.get_object());
  if (!object)
    return std::nullopt;
  return JsonObject(*object);
}

size_t JsonArray::size() const {
  // simdjson's count saturates at 2^24 - 1 elements.
  size_t count = array.size();
  if (count == simdjson::internal::JSON_COUNT_MASK)
    count = std::distance(begin(), end());
  return count;
}

std::optional<JsonValue> JsonObject::get(StringRef key) const {
  std::optional<JsonValue> found;
  for (dom::key_value_pair entry : object)
    if (StringRef(entry.key.data(), entry.key.size()) == key)
      found = JsonValue(entry.value);
  return found;
}

template <typename T>
std::optional<T>
JsonObject::getAs(StringRef key,
                  std::optional<T> (JsonValue::*convert)() const) const {
  std::optional<JsonValue> value = get(key);
  return value ? ((*value).*convert)() : std::nullopt;
}

std::optional<JsonObject> JsonObject::getObject(StringRef key) const {
  return getAs(key, &JsonValue::getAsObject);
}

std::optional<JsonArray> JsonObject::getArray(StringRef key) const {
  return getAs(key, &JsonValue::getAsArray);
}

std::optional<StringRef> JsonObject::getString(StringRef key) const {
  return getAs(key, &JsonValue::getAsString);
}

std::optional<int64_t> JsonObject::getInteger(StringRef key) const {
  return getAs(key, &JsonValue::getAsInteger);
}

SmallVector<JsonEntry, 4> JsonObject::getEntries() const {
  SmallVector<JsonEntry, 4> all;
  for (dom::key_value_pair entry : object)
    all.emplace_back(StringRef(entry.key.data(), entry.key.size()),
                     JsonValue(entry.value));
  // Sorted by key, of a repeated key the last, as json.loads keeps it.
  SmallVector<JsonEntry, 4> entries;
  for (unsigned i : getJsonKeyOrder(
           all.size(), [&](unsigned i) { return all[i].first; }))
    entries.push_back(all[i]);
  return entries;
}

JsonIndex::JsonIndex(JsonObject object) {
  for (auto [key, value] : object.getEntries())
    entries.try_emplace(key, value);
}

std::optional<JsonValue> JsonIndex::get(StringRef key) const {
  auto it = entries.find(key);
  if (it == entries.end())
    return std::nullopt;
  return it->second;
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

/// The nesting depth of the arrays and objects of `text`, which need not be
/// valid JSON.
static unsigned getJsonDepth(StringRef text) {
  unsigned depth = 0, maxDepth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      // Strings are most of a program's text: memchr finds their end, the
      // first quote after an even run of backslashes.
      size_t backslashes;
      do {
        i = text.find('"', i + 1);
        if (i == StringRef::npos)
          return maxDepth;
        backslashes = 0;
        while (text[i - 1 - backslashes] == '\\')
          ++backslashes;
      } while (backslashes % 2);
    } else if (c == '[' || c == '{') {
      maxDepth = std::max(maxDepth, ++depth);
    } else if ((c == ']' || c == '}') && depth) {
      --depth;
    }
  }
  return maxDepth;
}

/// Whether `token`, a number LLVM's JSON parser reads, has JSON's syntax
/// (RFC 8259: no leading zeros, digits on both sides of the point).
static bool isJsonNumberSyntax(StringRef token) {
  auto digits = [&]() {
    size_t n = 0;
    while (n < token.size() && llvm::isDigit(token[n]))
      ++n;
    StringRef run = token.take_front(n);
    token = token.drop_front(n);
    return run;
  };
  token.consume_front("-");
  StringRef integer = digits();
  if (integer.empty() || (integer.size() > 1 && integer.front() == '0'))
    return false;
  if (token.consume_front(".") && digits().empty())
    return false;
  if (token.consume_front("e") || token.consume_front("E")) {
    if (!token.consume_front("+"))
      token.consume_front("-");
    if (digits().empty())
      return false;
  }
  return token.empty();
}

/// The position of byte `offset` of `text` as LLVM's parser gives it:
/// `[2:25, byte=43]: `.
static std::string formatPosition(StringRef text, size_t offset) {
  StringRef before = text.take_front(offset);
  size_t line = before.count('\n') + 1;
  size_t lineStart = before.rfind('\n');
  size_t column =
      lineStart == StringRef::npos ? offset + 1 : offset - lineStart;
  return "[" + std::to_string(line) + ":" + std::to_string(column) +
         ", byte=" + std::to_string(offset) + "]: ";
}

/// The end of the string token that opens with the quote at `start`: past
/// its first unescaped quote, or the end of `text` when it has none.
static size_t getStringTokenEnd(StringRef text, size_t start) {
  size_t end = start + 1;
  while (end < text.size() && text[end] != '"')
    end += text[end] == '\\' ? 2 : 1;
  return std::min(end + 1, text.size());
}

/// Why simdjson rejects `text` with `code` while LLVM's parser reads it: the
/// first number or string that simdjson rejects on its own, with its JSON
/// path.
static JsonError locateRejectedToken(StringRef text,
                                     simdjson::error_code code) {
  // The containers around the position: the key of the entry in an object,
  // the index of the element in an array.
  struct Container {
    bool isObject;
    int64_t index;
    std::string key;
  };
  SmallVector<Container> containers;
  bool atKey = false;
  // The path of the value at the position, or of its object at a key.
  auto getPath = [&]() {
    std::string path;
    for (const Container &container :
         ArrayRef(containers).drop_back(atKey ? 1 : 0))
      path += container.isObject ? "." + container.key
                                 : "[" + std::to_string(container.index) + "]";
    return path;
  };
  // The characters LLVM's parser reads as a number, and those it starts one
  // with (`.5` and `+1` too).
  auto isNumberChar = [](char c) {
    return llvm::isDigit(c) || StringRef("+-.eE").contains(c);
  };
  auto isNumberStart = [](char c) {
    return llvm::isDigit(c) || StringRef("+-.").contains(c);
  };
  dom::parser tokenParser;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    size_t end = i + 1;
    if (c == '"') {
      end = getStringTokenEnd(text, i);
    } else if (isNumberStart(c)) {
      while (end < text.size() && isNumberChar(text[end]))
        ++end;
    } else if (llvm::isAlpha(c)) {
      // true, false, null: one token, not numbers starting with their `e`.
      while (end < text.size() && llvm::isAlpha(text[end]))
        ++end;
    }
    StringRef token = text.slice(i, end);
    size_t offset = i;
    i = end;
    switch (c) {
    case '{':
      containers.push_back({true, -1, ""});
      atKey = true;
      continue;
    case '[':
      containers.push_back({false, 0, ""});
      continue;
    case '}':
    case ']':
      if (!containers.empty())
        containers.pop_back();
      atKey = false;
      continue;
    case ',':
      if (!containers.empty() && containers.back().isObject)
        atKey = true;
      else if (!containers.empty())
        ++containers.back().index;
      continue;
    default:
      break;
    }
    if (c != '"' && !isNumberStart(c))
      continue;
    dom::element element;
    if (!tokenParser.parse(token.data(), token.size()).get(element)) {
      if (atKey && !containers.empty()) {
        std::string_view key;
        if (!element.get_string().get(key))
          containers.back().key = std::string(key);
        atKey = false;
      }
      continue;
    }
    std::string path = getPath();
    if (c == '"')
      return {formatPosition(text, offset) +
                  "a string with an unpaired UTF-16 surrogate escape",
              true, path};
    // LLVM reads a number beyond a double's range as infinity.
    std::optional<double> number;
    if (llvm::Expected<llvm::json::Value> value = llvm::json::parse(token))
      number = value->getAsNumber();
    else
      llvm::consumeError(value.takeError());
    if (number && !std::isfinite(*number))
      return {"number out of the range of a double", false, path};
    if (!isJsonNumberSyntax(token))
      return {formatPosition(text, offset) + "'" + token.str() +
                  "' is not a JSON number",
              true, path};
    return {formatPosition(text, offset) + "integer " + token.str() +
                " is beyond the range of 64 bits",
            true, path};
  }
  // Not the text: simdjson ran out of memory, say.
  return {std::string("the JSON parser failed: ") +
              simdjson::error_message(code),
          false, ""};
}

/// Why simdjson rejects `text` with `code`.
static JsonError explainRejection(StringRef text, simdjson::error_code code) {
  // LLVM's parser locates syntax errors by line and column.
  llvm::Expected<llvm::json::Value> parsed = llvm::json::parse(text);
  if (!parsed)
    return {llvm::toString(parsed.takeError()), true, ""};
  return locateRejectedToken(text, code);
}

//===----------------------------------------------------------------------===//
// Python's JSON
//===----------------------------------------------------------------------===//

/// An integer as jsonToAttr keeps it: i64 in int64's range, else a signless
/// integer of the fewest multiple of 64 bits that holds it.
static IntegerAttr getJsonIntegerAttr(MLIRContext *context,
                                      const llvm::APSInt &value) {
  // The bits of the value as a signed integer.
  unsigned bits = value.isUnsigned() ? value.getActiveBits() + 1
                                     : value.getSignificantBits();
  unsigned width = std::max<unsigned>(64, llvm::alignTo(bits, 64));
  return IntegerAttr::get(IntegerType::get(context, width),
                          value.extOrTrunc(width));
}

namespace {
/// Reads what Python's json.loads reads of the text json.dumps writes, where
/// simdjson rejects it. It walks the arrays and objects; simdjson reads each
/// string and number token, so escapes and numbers convert as in jsonToAttr,
/// and the tokens it rejects that json.loads reads are json.dumps' bare
/// non-finite floats and integers beyond 64 bits.
class PythonJsonReader {
public:
  PythonJsonReader(MLIRContext *context, StringRef text)
      : context(context), whole(text), text(text) {}

  /// The value of the text, or null when json.loads refuses it. The text is
  /// within the depth bound, which bounds the recursion.
  Attribute read() {
    Attribute value = readValue();
    skipSpaces();
    return text.empty() ? value : Attribute();
  }

  /// Why json.loads refuses the text, where read failed: an integer longer
  /// than Python reads, or what explainRejection finds in the text with the
  /// tokens read that JSON lacks written as `0`, so that it locates the token
  /// JSON and Python both refuse.
  JsonError explain(simdjson::error_code code) const {
    if (overlongInteger)
      return {formatPosition(whole, getOffset(*overlongInteger)) +
                  "an integer of more than " +
                  std::to_string(kMaxIntegerDigits) +
                  " digits, which Python does not read",
              true, ""};
    std::string masked = whole.str();
    for (StringRef token : pythonTokens)
      masked.replace(getOffset(token), token.size(),
                     "0" + std::string(token.size() - 1, ' '));
    return explainRejection(masked, code);
  }

private:
  /// The most digits Python converts to an int (sys.get_int_max_str_digits()
  /// by default): json.loads refuses longer integers.
  static constexpr size_t kMaxIntegerDigits = 4300;

  size_t getOffset(StringRef token) const {
    return token.data() - whole.data();
  }
  void skipSpaces() { text = text.ltrim(" \t\n\r"); }

  Attribute readValue() {
    skipSpaces();
    if (text.consume_front("["))
      return readArray();
    if (text.consume_front("{"))
      return readObject();
    return readScalar();
  }

  Attribute readArray() {
    SmallVector<Attribute> elements;
    skipSpaces();
    if (text.consume_front("]"))
      return ArrayAttr::get(context, elements);
    do {
      Attribute element = readValue();
      if (!element)
        return {};
      elements.push_back(element);
      skipSpaces();
    } while (text.consume_front(","));
    if (!text.consume_front("]"))
      return {};
    return ArrayAttr::get(context, elements);
  }

  Attribute readObject() {
    SmallVector<StringAttr> keys;
    SmallVector<Attribute> values;
    skipSpaces();
    if (!text.consume_front("}")) {
      do {
        skipSpaces();
        auto key = text.starts_with("\"")
                       ? dyn_cast_or_null<StringAttr>(readScalar())
                       : StringAttr();
        skipSpaces();
        if (!key || !text.consume_front(":"))
          return {};
        Attribute value = readValue();
        if (!value)
          return {};
        keys.push_back(key);
        values.push_back(value);
        skipSpaces();
      } while (text.consume_front(","));
      if (!text.consume_front("}"))
        return {};
    }
    // Sorted, the last of a repeated key kept, as jsonToAttr keeps them.
    SmallVector<Attribute> sortedKeys, sortedValues;
    for (unsigned i : getJsonKeyOrder(
             keys.size(), [&](unsigned i) { return keys[i].getValue(); })) {
      sortedKeys.push_back(keys[i]);
      sortedValues.push_back(values[i]);
    }
    return DictAttr::get(context, ArrayAttr::get(context, sortedKeys),
                         ArrayAttr::get(context, sortedValues));
  }

  Attribute readScalar() {
    // A string ends at its first unescaped quote, any other token at a
    // space or structural character.
    size_t end =
        text.starts_with("\"")
            ? getStringTokenEnd(text, 0)
            : std::min(text.find_first_of(" \t\n\r,:[]{}"), text.size());
    StringRef token = text.take_front(end);
    text = text.drop_front(end);
    dom::element element;
    if (!tokenParser.parse(token.data(), token.size()).get(element))
      return jsonToAttr(context, JsonValue(element));
    Attribute value = readPythonToken(token);
    if (value)
      pythonTokens.push_back(token);
    return value;
  }

  /// The value of a token json.loads reads and simdjson rejects.
  Attribute readPythonToken(StringRef token) {
    Builder b(context);
    if (token == "NaN")
      return b.getF64FloatAttr(std::numeric_limits<double>::quiet_NaN());
    if (token == "Infinity" || token == "-Infinity")
      return b.getF64FloatAttr(token.starts_with("-")
                                   ? -std::numeric_limits<double>::infinity()
                                   : std::numeric_limits<double>::infinity());
    // An integer beyond 64 bits, written as JSON writes integers.
    StringRef digits = token;
    digits.consume_front("-");
    if (digits.empty() || (digits.size() > 1 && digits.front() == '0') ||
        !llvm::all_of(digits, llvm::isDigit))
      return {};
    if (digits.size() > kMaxIntegerDigits) {
      overlongInteger = token;
      return {};
    }
    return getJsonIntegerAttr(context, llvm::APSInt(token));
  }

  MLIRContext *context;
  StringRef whole;
  /// The text not read yet.
  StringRef text;
  dom::parser tokenParser;
  /// The tokens read that JSON lacks.
  SmallVector<StringRef> pythonTokens;
  std::optional<StringRef> overlongInteger;
};
} // namespace

//===----------------------------------------------------------------------===//
// Documents
//===----------------------------------------------------------------------===//

JsonDocument::JsonDocument() {
  // simdjson refuses documents deeper than its limit itself, so text it
  // accepts needs no pass to measure it. Its limit bounds the containers
  // around each value, plus one: a value in 256 arrays is read, in 257 not;
  // 257 arrays with nothing in the innermost are. The parser keeps the limit
  // as it grows; an allocation failure shows as the first parse's error.
  (void)parser.allocate(simdjson::dom::MINIMAL_DOCUMENT_CAPACITY,
                        kMaxJsonDepth + 1);
}

std::optional<simdjson::error_code>
JsonDocument::parseRoot(StringRef text, dom::element &root, JsonError &error) {
  if (text.size() > kMaxJsonBytes) {
    error = {"JSON of " + std::to_string(text.size()) +
                 " bytes is larger than the " +
                 std::to_string(kMaxJsonBytes >> 20) + " MiB fx-translate reads",
             false, ""};
    return std::nullopt;
  }
  // A UTF-8 byte order mark: simdjson 3.6 and later skip it, LLVM's parser
  // and Python's json.loads of the decoded text (torch.export.load) do not.
  constexpr StringLiteral kByteOrderMark = "\xEF\xBB\xBF";
  // simdjson reads up to SIMDJSON_PADDING bytes past a text's end: its
  // copying path pads a copy. No text has no data to copy.
  simdjson::error_code code =
      text.empty() || text.starts_with(kByteOrderMark)
          ? simdjson::EMPTY
          : parser.parse(text.data(), text.size(), /*realloc_if_needed=*/true)
                .get(root);
  // What explains a rejection (LLVM's parser, the json.loads reader) recurses
  // over the text: too deep, it is not read again. simdjson may have stopped
  // at an error before the depth.
  if (code != simdjson::SUCCESS && getJsonDepth(text) > kMaxJsonDepth) {
    error = {"JSON nested deeper than " + std::to_string(kMaxJsonDepth), false,
             ""};
    return std::nullopt;
  }
  return code;
}

FailureOr<JsonValue> JsonDocument::parse(StringRef text, JsonError &error) {
  dom::element root;
  std::optional<simdjson::error_code> code = parseRoot(text, root, error);
  if (code == simdjson::SUCCESS)
    return JsonValue(root);
  if (code)
    error = explainRejection(text, *code);
  return failure();
}

FailureOr<Attribute> JsonDocument::parsePythonJson(MLIRContext *context,
                                                   StringRef text,
                                                   JsonError &error) {
  dom::element root;
  std::optional<simdjson::error_code> code = parseRoot(text, root, error);
  if (!code)
    return failure();
  if (*code == simdjson::SUCCESS)
    return jsonToAttr(context, JsonValue(root));
  // Only text simdjson rejects, rare, is read again, token by token.
  PythonJsonReader reader(context, text);
  if (Attribute value = reader.read())
    return value;
  error = reader.explain(*code);
  return failure();
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

Attribute pt2::jsonToAttr(MLIRContext *context, JsonValue value) {
  Builder b(context);
  switch (value.kind()) {
  case JsonValue::Kind::Null:
    return NoneAttr::get(context);
  case JsonValue::Kind::Boolean:
    return b.getBoolAttr(*value.getAsBoolean());
  case JsonValue::Kind::Number:
    if (std::optional<int64_t> i = value.getAsIntegerLiteral())
      return b.getI64IntegerAttr(*i);
    if (std::optional<uint64_t> u = value.getAsUnsignedIntegerLiteral())
      return getJsonIntegerAttr(
          context, llvm::APSInt(APInt(64, *u), /*isUnsigned=*/true));
    return b.getF64FloatAttr(*value.getAsNumber());
  case JsonValue::Kind::String:
    return b.getStringAttr(*value.getAsString());
  case JsonValue::Kind::Array:
    return b.getArrayAttr(
        llvm::map_to_vector(*value.getAsArray(), [&](JsonValue element) {
          return jsonToAttr(context, element);
        }));
  case JsonValue::Kind::Object:
    return jsonToAttr(context, *value.getAsObject(),
                      [&](StringRef, JsonValue element) {
                        return jsonToAttr(context, element);
                      });
  }
  llvm_unreachable("every JSON kind is handled");
}

Attribute pt2::jsonToAttr(
    MLIRContext *context, JsonObject object,
    function_ref<Attribute(StringRef key, JsonValue value)> convert) {
  Builder b(context);
  SmallVector<Attribute> keys, values;
  for (auto [key, value] : object.getEntries()) {
    Attribute attr = convert(key, value);
    if (!attr)
      continue;
    keys.push_back(b.getStringAttr(key));
    values.push_back(attr);
  }
  return DictAttr::get(context, b.getArrayAttr(keys), b.getArrayAttr(values));
}
