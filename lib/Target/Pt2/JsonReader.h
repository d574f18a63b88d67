//===- JsonReader.h - The JSON the .pt2 reader reads ------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// JSON documents parsed by simdjson's DOM parser, read through the accessors
// of llvm::json::Value that the importer uses. Values read as they did through
// LLVM's JSON DOM: a number is an integer when it has an integral value in
// int64's range (`2.0` too), and, as Python's json.loads that torch.export.load
// uses, the last of a repeated key wins. Text that simdjson rejects gets a
// message that says where: LLVM's parser's line and column for a syntax error,
// the JSON path and position of a token that LLVM reads and JSON does not
// (`01`, an integer beyond 64 bits, an unpaired UTF-16 surrogate). The JSON
// text of a node's custom metadata is read as Python's json.loads reads it
// (JsonDocument::parsePythonJson).
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_TARGET_PT2_JSONREADER_H
#define FX_MLIR_LIB_TARGET_PT2_JSONREADER_H

#include "mlir/IR/Attributes.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/iterator.h"
#include <optional>
#include <simdjson.h>
#include <string>

namespace mlir::fx::pt2 {

/// JSON deeper than this is not a program torch.export writes; rejecting it
/// keeps every recursion over a document (the importer's, jsonToAttr's, LLVM's
/// parser locating an error) off the end of the stack. A value inside more
/// arrays and objects than this is refused; as simdjson counts, so is one
/// level more of empty ones.
constexpr unsigned kMaxJsonDepth = 256;

/// JSON larger than this is not parsed either: simdjson's document and the
/// attributes that keep what has no IR form verbatim take up to ~26 times the
/// text (a 20 MB list of 10^7 zeros peaks at 520 MB). torch.export writes
/// ~1.7 KB a node, so this is ~150,000 nodes.
constexpr size_t kMaxJsonBytes = size_t(256) << 20;

class JsonArray;
class JsonObject;

/// A value of a parsed JsonDocument, valid while the document holds its text.
class JsonValue {
public:
  enum class Kind { Null, Boolean, Number, String, Array, Object };

  explicit JsonValue(simdjson::dom::element element) : element(element) {}

  Kind kind() const;
  std::optional<bool> getAsBoolean() const;
  /// The value of an integer, or of a double with an integral value in
  /// int64's range; not of an integer beyond int64 (a uint64).
  std::optional<int64_t> getAsInteger() const;
  /// The value of a number written as an integer in int64's range (`2`, not
  /// `2.0`): the kind Python's json.loads gives it.
  std::optional<int64_t> getAsIntegerLiteral() const;
  /// The value of a number written as an integer beyond int64 and in
  /// uint64's range, the widest integers simdjson reads.
  std::optional<uint64_t> getAsUnsignedIntegerLiteral() const;
  /// Any number, as a double.
  std::optional<double> getAsNumber() const;
  std::optional<StringRef> getAsString() const;
  std::optional<JsonArray> getAsArray() const;
  std::optional<JsonObject> getAsObject() const;

private:
  simdjson::dom::element element;
};

/// A JSON array.
class JsonArray {
public:
  explicit JsonArray(simdjson::dom::array array) : array(array) {}

  class iterator
      : public llvm::iterator_facade_base<iterator, std::forward_iterator_tag,
                                          JsonValue, std::ptrdiff_t,
                                          JsonValue *, JsonValue> {
  public:
    explicit iterator(simdjson::dom::array::iterator it) : it(it) {}
    JsonValue operator*() const { return JsonValue(*it); }
    iterator &operator++() {
      ++it;
      return *this;
    }
    bool operator==(const iterator &other) const { return it == other.it; }

  private:
    simdjson::dom::array::iterator it;
  };

  iterator begin() const { return iterator(array.begin()); }
  iterator end() const { return iterator(array.end()); }
  size_t size() const;
  bool empty() const { return begin() == end(); }

private:
  simdjson::dom::array array;
};

/// An entry of a JSON object.
using JsonEntry = std::pair<StringRef, JsonValue>;

/// A JSON object. Lookups search its keys, which suits the few keys of a
/// schema object; JsonIndex is for tables.
class JsonObject {
public:
  explicit JsonObject(simdjson::dom::object object) : object(object) {}

  /// The value of `key`: the last one when the key repeats.
  std::optional<JsonValue> get(StringRef key) const;
  std::optional<JsonObject> getObject(StringRef key) const;
  std::optional<JsonArray> getArray(StringRef key) const;
  std::optional<StringRef> getString(StringRef key) const;
  std::optional<int64_t> getInteger(StringRef key) const;
  /// The entries, one per key (the last of a repeated key), sorted by key.
  SmallVector<JsonEntry, 4> getEntries() const;

private:
  /// The value of `key` converted by `convert`, or none.
  template <typename T>
  std::optional<T> getAs(StringRef key,
                         std::optional<T> (JsonValue::*convert)() const) const;

  simdjson::dom::object object;
};

/// An object indexed by key, for the tables a lookup per node goes to (a
/// graph's tensor_values). Empty when built from no object.
class JsonIndex {
public:
  JsonIndex() = default;
  explicit JsonIndex(JsonObject object);

  /// The value of `key`: the last one when the key repeats.
  std::optional<JsonValue> get(StringRef key) const;

private:
  llvm::DenseMap<StringRef, JsonValue> entries;
};

/// Why a text is not a JSON document fx-translate reads.
struct JsonError {
  /// What is wrong: `[1:31, byte=31]: Expected object key`.
  std::string message;
  /// Whether the text is not JSON (the message then follows "invalid JSON: "
  /// or the like), rather than JSON out of fx-translate's bounds.
  bool invalidJson = false;
  /// Where, as a JSON path below the text's root (`.a[2]`); empty for the
  /// text as a whole.
  std::string where;
};

/// A JSON text parsed. Its values stay valid until it parses another text or
/// is destroyed.
class JsonDocument {
public:
  JsonDocument();

  /// Parses `text`, which must be no larger than kMaxJsonBytes and nested no
  /// deeper than kMaxJsonDepth. On failure `error` says why.
  FailureOr<JsonValue> parse(StringRef text, JsonError &error);

  /// Parses `text` as Python's json.loads reads the text json.dumps writes,
  /// which torch.export.save writes for a node's custom metadata: JSON, and
  /// the bare tokens `NaN`, `Infinity`, `-Infinity` and integers of any size
  /// (up to Python's 4300 digits). The value is the attribute jsonToAttr
  /// gives, the tokens JSON lacks as f64 and as wide integers. Text json.loads
  /// refuses gets parse's message.
  FailureOr<Attribute> parsePythonJson(MLIRContext *context, StringRef text,
                                       JsonError &error);

private:
  /// Parses `text` into `root` with simdjson, and gives simdjson's error
  /// code; or nothing, with `error` saying why, for text out of the bounds.
  std::optional<simdjson::error_code>
  parseRoot(StringRef text, simdjson::dom::element &root, JsonError &error);

  simdjson::dom::parser parser;
};

/// A JSON value as an attribute, losslessly: null is #fx.none, objects are
/// #fx.dict with sorted keys, numbers written as integers i64 (beyond int64's
/// range, the signless integer of the fewest multiple of 64 bits that holds
/// them: Python's int has no bound) and other numbers f64 (`1.0` stays a
/// float, as json.loads reads it and the writer writes it back).
Attribute jsonToAttr(MLIRContext *context, JsonValue value);
/// The #fx.dict that jsonToAttr gives for `object`, the value of each key
/// given by `convert`, which leaves the key out by returning null.
Attribute
jsonToAttr(MLIRContext *context, JsonObject object,
           function_ref<Attribute(StringRef key, JsonValue value)> convert);

} // namespace mlir::fx::pt2

#endif // FX_MLIR_LIB_TARGET_PT2_JSONREADER_H
