//===- Import.cpp - .pt2 archives and program JSON to fx ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Reads torch.export's serialized ExportedProgram (schema.py) into an
// `fx.graph_module`: the graph's nodes as fx ops named after their outputs,
// tensor metadata as types, the signature as #fx.input_spec / #fx.output_spec,
// node metadata as fx's metadata attributes and the weights as dense
// resources. Every malformed input is reported with the file and JSON path.
//
//===----------------------------------------------------------------------===//

#include "JsonReader.h"
#include "Schema.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Target/Pt2/Pt2.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MathExtras.h"
#include <zip.h>

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::pt2;

namespace {

/// Where a value sits in a JSON document, for diagnostics:
/// `$.graph_module.graph.nodes[3].target`.
struct JsonPath {
  const JsonPath *parent = nullptr;
  StringRef field;
  int64_t index = -1;

  // A path points at its parent, so a child of a temporary would dangle once
  // stored: children are made of named paths only.
  JsonPath field_(StringRef name) const & { return {this, name, -1}; }
  JsonPath index_(size_t i) const & { return {this, {}, int64_t(i)}; }
  JsonPath field_(StringRef name) const && = delete;
  JsonPath index_(size_t i) const && = delete;
  void print(llvm::raw_ostream &os) const {
    if (!parent) {
      os << '$';
      return;
    }
    parent->print(os);
    if (index >= 0)
      os << '[' << index << ']';
    else
      os << '.' << field;
  }
};

/// The bytes of a payload of `type` (a static shape), or nothing when they,
/// or the product of its nonzero sizes (what the stride check multiplies),
/// overflow int64_t.
static std::optional<int64_t> getPayloadBytes(RankedTensorType type) {
  int64_t bits = *getStorageBits(type.getElementType());
  bool empty = false;
  for (int64_t size : type.getShape()) {
    if (size == 0)
      empty = true;
    else if (llvm::MulOverflow(bits, size, bits))
      return std::nullopt;
  }
  return empty ? 0 : bits / 8;
}

/// The raw bytes of the archive's weights and constants, by file name.
class PayloadReader {
public:
  virtual ~PayloadReader() = default;
  /// The size of `path` (relative to the archive root), or failure with a
  /// diagnostic.
  virtual FailureOr<uint64_t> getSize(StringRef path, Location loc) = 0;
  /// Reads `path` into a blob aligned for any element type, or fails with a
  /// diagnostic.
  virtual FailureOr<AsmResourceBlob> read(StringRef path, Location loc) = 0;
  /// The text of `path`, or failure with a diagnostic.
  virtual FailureOr<std::string> readText(StringRef path, Location loc) = 0;
  /// How diagnostics name the record `path`: `model.pt2:model/<path>`.
  virtual std::string getRecordName(StringRef path) = 0;
};

/// Imports one program JSON document.
class ProgramImporter {
public:
  ProgramImporter(MLIRContext *context, StringRef fileName,
                  PayloadReader *payloads)
      : context(context), builder(context), fileName(fileName),
        payloads(payloads), fileLoc(FileLineColLoc::get(context, fileName,
                                                        /*line=*/0,
                                                        /*column=*/0)) {
    dialect = context->getOrLoadDialect<FxDialect>();
  }

  /// Imports the program in `text` as `fx.graph_module @name` at the end of
  /// `module`.
  LogicalResult importProgram(StringRef text, StringRef name, ModuleOp module);
  /// Imports the fx graph module JSON in `text` at the end of `module`.
  LogicalResult importFxDocument(StringRef text, ModuleOp module);

private:
  //===--------------------------------------------------------------------===//
  // Diagnostics and typed access
  //===--------------------------------------------------------------------===//

  /// Reports `message` at `path`, followed by `below`: a JSON path below it
  /// (`.a[2]`), into JSON held in a string.
  LogicalResult fail(const JsonPath &path, const Twine &message,
                     StringRef below = "") {
    std::string where;
    llvm::raw_string_ostream os(where);
    path.print(os);
    mlir::emitError(fileLoc) << message << " (at " << where << below << ")";
    return failure();
  }

  std::optional<JsonObject> getObject(const JsonValue &value,
                                      const JsonPath &path) {
    if (std::optional<JsonObject> object = value.getAsObject())
      return object;
    (void)fail(path, "expected an object");
    return std::nullopt;
  }
  std::optional<JsonValue> getField(const JsonObject &object, StringRef key,
                                    const JsonPath &path) {
    if (std::optional<JsonValue> value = object.get(key))
      return value;
    (void)fail(path, "missing field '" + key + "'");
    return std::nullopt;
  }
  std::optional<JsonObject> getObjectField(const JsonObject &object,
                                           StringRef key,
                                           const JsonPath &path) {
    std::optional<JsonValue> value = getField(object, key, path);
    return value ? getObject(*value, path.field_(key)) : std::nullopt;
  }
  std::optional<JsonArray> getArrayField(const JsonObject &object,
                                         StringRef key, const JsonPath &path) {
    std::optional<JsonValue> value = getField(object, key, path);
    if (!value)
      return std::nullopt;
    if (std::optional<JsonArray> array = value->getAsArray())
      return array;
    (void)fail(path.field_(key), "expected an array");
    return std::nullopt;
  }
  FailureOr<StringRef> getString(const JsonValue &value, const JsonPath &path) {
    if (std::optional<StringRef> s = value.getAsString())
      return *s;
    return fail(path, "expected a string");
  }
  /// Field `key` of `object`, read by `read` (getString, getInt, ...).
  template <typename T>
  FailureOr<T>
  readField(const JsonObject &object, StringRef key, const JsonPath &path,
            FailureOr<T> (ProgramImporter::*read)(const JsonValue &,
                                                  const JsonPath &)) {
    std::optional<JsonValue> value = getField(object, key, path);
    if (!value)
      return failure();
    return (this->*read)(*value, path.field_(key));
  }
  FailureOr<StringRef> getStringField(const JsonObject &object, StringRef key,
                                      const JsonPath &path) {
    return readField(object, key, path, &ProgramImporter::getString);
  }
  /// Field `key` of `object` as a symbol's name (a graph module, a module
  /// attribute): MLIR cannot print an empty symbol name so that it reads back.
  FailureOr<StringRef> getSymbolNameField(const JsonObject &object,
                                          StringRef key, const JsonPath &path) {
    FailureOr<StringRef> name = getStringField(object, key, path);
    if (succeeded(name) && name->empty())
      return fail(path.field_(key), "expected a non-empty name");
    return name;
  }
  FailureOr<int64_t> getInt(const JsonValue &value, const JsonPath &path) {
    if (std::optional<int64_t> i = value.getAsInteger())
      return *i;
    return fail(path, "expected a 64-bit integer");
  }
  FailureOr<int64_t> getIntField(const JsonObject &object, StringRef key,
                                 const JsonPath &path) {
    return readField(object, key, path, &ProgramImporter::getInt);
  }
  FailureOr<double> getFloat(const JsonValue &value, const JsonPath &path) {
    if (std::optional<double> d = value.getAsNumber())
      return *d;
    // Python's json writes the non-finite floats as these names.
    if (std::optional<StringRef> s = value.getAsString()) {
      if (*s == "Infinity" || *s == "inf")
        return std::numeric_limits<double>::infinity();
      if (*s == "-Infinity" || *s == "-inf")
        return -std::numeric_limits<double>::infinity();
      if (*s == "NaN" || *s == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    }
    return fail(path, "expected a number");
  }
  FailureOr<bool> getBool(const JsonValue &value, const JsonPath &path) {
    if (std::optional<bool> b = value.getAsBoolean())
      return *b;
    return fail(path, "expected a boolean");
  }
  /// A union value (`{"as_tensor": {...}}`): its one tag and value.
  FailureOr<std::pair<StringRef, JsonValue>> getUnion(const JsonValue &value,
                                                      const JsonPath &path) {
    std::optional<JsonObject> object = getObject(value, path);
    if (!object)
      return failure();
    SmallVector<JsonEntry, 4> entries = object->getEntries();
    if (entries.size() != 1)
      return fail(path, "expected a union (an object with one field), got " +
                            Twine(entries.size()) + " fields");
    return entries.front();
  }

  /// A union whose value is an object (`{"parameter": {...}}`).
  FailureOr<std::pair<StringRef, JsonObject>>
  getUnionObject(const JsonValue &value, const JsonPath &path) {
    auto tagged = getUnion(value, path);
    if (failed(tagged))
      return failure();
    std::optional<JsonObject> object =
        getObject(tagged->second, path.field_(tagged->first));
    if (!object)
      return failure();
    return std::make_pair(tagged->first, *object);
  }

  //===--------------------------------------------------------------------===//
  // Types
  //===--------------------------------------------------------------------===//

  /// One graph's value tables (Graph.tensor_values, sym_int_values, ...),
  /// empty when the graph has none.
  struct GraphValues {
    JsonIndex tensors;
    JsonIndex symInts;
    JsonIndex symBools;
    JsonIndex symFloats;
    /// The fx graph module JSON's types that the program tables cannot
    /// state (tuples, None, unknown, ...).
    JsonIndex valueTypes;
    JsonPath path;
  };

  /// An fx graph module JSON `FxType` union.
  FailureOr<Type> importFxType(const JsonValue &value, const JsonPath &path,
                               unsigned depth = 0) {
    if (depth > kMaxJsonDepth)
      return fail(path, "type nested too deeply");
    auto tagged = getUnion(value, path);
    if (failed(tagged))
      return failure();
    auto [tag, inner] = *tagged;
    JsonPath innerPath = path.field_(tag);
    if (tag == "tensor")
      return importTensorMeta(inner, innerPath);
    if (tag == "sym_int") {
      if (inner.kind() == JsonValue::Kind::Null)
        return Type(SymIntType::get(context, AffineExpr()));
      FailureOr<AffineExpr> expr = importSymInt(inner, innerPath);
      if (failed(expr))
        return failure();
      return Type(SymIntType::get(context, *expr));
    }
    if (tag == "sym_bool")
      return Type(SymBoolType::get(context));
    if (tag == "sym_float")
      return Type(SymFloatType::get(context));
    if (tag == "none")
      return Type(NoneType::get(context));
    if (tag == "graph_module")
      return Type(GraphModuleType::get(context));
    if (tag == "unknown")
      return Type(UnknownType::get(context));
    if (tag == "tuple") {
      std::optional<JsonArray> elements = inner.getAsArray();
      if (!elements)
        return fail(innerPath, "expected an array");
      SmallVector<Type> types;
      for (auto [i, element] : llvm::enumerate(*elements)) {
        FailureOr<Type> type =
            importFxType(element, innerPath.index_(i), depth + 1);
        if (failed(type))
          return failure();
        types.push_back(*type);
      }
      return Type(TupleType::get(context, types));
    }
    return fail(path, "unknown type kind '" + tag + "'");
  }

  FailureOr<AffineExpr> importSymInt(const JsonValue &value,
                                     const JsonPath &path) {
    auto tagged = getUnion(value, path);
    if (failed(tagged))
      return failure();
    auto [tag, inner] = *tagged;
    JsonPath innerPath = path.field_(tag);
    if (tag == "as_int") {
      FailureOr<int64_t> i = getInt(inner, innerPath);
      if (failed(i))
        return failure();
      return getAffineConstantExpr(*i, context);
    }
    if (tag != "as_expr")
      return fail(path, "expected as_int or as_expr, got '" + tag + "'");
    std::optional<JsonObject> expr = getObject(inner, innerPath);
    if (!expr)
      return failure();
    FailureOr<StringRef> text = getStringField(*expr, "expr_str", innerPath);
    if (failed(text))
      return failure();
    std::string error;
    AffineExpr result = parseSymExpr(context, *text, error);
    // The error quotes where it stopped; the expression itself is quoted
    // whole only while it is short enough to read.
    constexpr size_t kQuotedLength = 120;
    if (!result) {
      std::string quoted = text->take_front(kQuotedLength).str();
      if (text->size() > kQuotedLength)
        quoted += "...";
      return fail(innerPath.field_("expr_str"),
                  "cannot read size expression '" + quoted + "': " + error);
    }
    return result;
  }

  FailureOr<Type> importTensorMeta(const JsonValue &value,
                                   const JsonPath &path) {
    std::optional<JsonObject> meta = getObject(value, path);
    if (!meta)
      return failure();
    FailureOr<int64_t> dtype = getIntField(*meta, "dtype", path);
    if (failed(dtype))
      return failure();
    std::optional<ScalarType> scalarType = getScalarType(*dtype);
    Type elementType =
        scalarType ? fx::getElementType(context, *scalarType) : Type();
    if (!elementType)
      return fail(path.field_("dtype"),
                  "unknown or unsupported dtype code " + Twine(*dtype));
    std::optional<JsonArray> sizes = getArrayField(*meta, "sizes", path);
    if (!sizes)
      return failure();
    SmallVector<AffineExpr> dims;
    JsonPath sizesPath = path.field_("sizes");
    for (auto [i, size] : llvm::enumerate(*sizes)) {
      FailureOr<AffineExpr> dim = importSymInt(size, sizesPath.index_(i));
      if (failed(dim))
        return failure();
      // MLIR would print a negative static size, which it cannot parse.
      if (auto constant = dyn_cast<AffineConstantExpr>(*dim);
          constant && constant.getValue() < 0)
        return fail(sizesPath.index_(i),
                    "a tensor size cannot be negative, got " +
                        Twine(constant.getValue()));
      dims.push_back(*dim);
    }
    if (std::optional<JsonValue> layout = meta->get("layout")) {
      FailureOr<int64_t> code = getInt(*layout, path.field_("layout"));
      if (failed(code))
        return failure();
      if (getLayout(*code) != Layout::strided)
        return fail(path.field_("layout"),
                    "only strided tensors are supported, got layout code " +
                        Twine(*code));
    }
    return Type(getTensorType(dims, elementType));
  }

  /// The type of the graph value `name` of kind `tag` (as_tensor, as_sym_int,
  /// as_sym_bool, as_sym_float).
  FailureOr<Type> getValueType(const GraphValues &values, StringRef tag,
                               StringRef name, const JsonPath &usePath) {
    auto lookup = [&](const JsonIndex &table, StringRef tableName)
        -> std::pair<std::optional<JsonValue>, JsonPath> {
      return {table.get(name), values.path.field_(tableName)};
    };
    if (tag == "as_tensor") {
      auto [entry, path] = lookup(values.tensors, "tensor_values");
      if (!entry)
        return fail(usePath, "no tensor_values entry for '" + name + "'");
      JsonPath entryPath = path.field_(name);
      return importTensorMeta(*entry, entryPath);
    }
    if (tag == "as_sym_int") {
      auto [entry, path] = lookup(values.symInts, "sym_int_values");
      if (!entry)
        return fail(usePath, "no sym_int_values entry for '" + name + "'");
      JsonPath entryPath = path.field_(name);
      FailureOr<AffineExpr> expr = importSymInt(*entry, entryPath);
      if (failed(expr))
        return failure();
      return Type(SymIntType::get(context, *expr));
    }
    if (tag == "as_sym_bool")
      return Type(SymBoolType::get(context));
    if (tag == "as_sym_float")
      return Type(SymFloatType::get(context));
    if (tag == "as_value") {
      // Any table may type it; a value no table types is of unknown type.
      if (values.tensors.get(name))
        return getValueType(values, "as_tensor", name, usePath);
      if (values.symInts.get(name))
        return getValueType(values, "as_sym_int", name, usePath);
      if (values.symBools.get(name))
        return Type(SymBoolType::get(context));
      if (values.symFloats.get(name))
        return Type(SymFloatType::get(context));
      if (std::optional<JsonValue> entry = values.valueTypes.get(name)) {
        JsonPath valueTypesPath = values.path.field_("value_types");
        return importFxType(*entry, valueTypesPath.field_(name));
      }
      return Type(UnknownType::get(context));
    }
    return fail(usePath, "unsupported value kind '" + tag + "'");
  }

  //===--------------------------------------------------------------------===//
  // Graphs
  //===--------------------------------------------------------------------===//

  /// One graph being imported: its values by name.
  struct GraphScope {
    GraphValues values;
    llvm::StringMap<Value> nodes;
    /// The names the graph's nodes declare, defined yet or not.
    llvm::StringSet<> declared;
    GraphModuleOp module;
  };

  /// The node that defines `name`, reporting undefined names and names used
  /// before their node.
  FailureOr<Value> lookupNode(GraphScope &scope, StringRef name,
                              const JsonPath &path) {
    if (Value value = scope.nodes.lookup(name))
      return value;
    bool definedLater = false;
    for (const JsonIndex *table :
         {&scope.values.tensors, &scope.values.symInts, &scope.values.symBools,
          &scope.values.symFloats})
      definedLater |= table->get(name).has_value();
    definedLater |= scope.declared.contains(name);
    if (definedLater)
      return fail(path, "'" + name +
                            "' is used before the node that defines it (the "
                            "nodes are out of order or form a cycle)");
    return fail(path, "'" + name + "' names no node of the graph");
  }

  /// A reference to a named node (TensorArgument, SymIntArgument.as_name)
  /// of the kind `tag` says.
  FailureOr<Attribute> importNodeRef(GraphScope &scope, StringRef name,
                                     StringRef tag, const JsonPath &path,
                                     SmallVectorImpl<Value> &operands) {
    FailureOr<Value> value = lookupNode(scope, name, path);
    if (failed(value))
      return failure();
    Type type = value->getType();
    bool matches = tag == "as_tensor"      ? isa<RankedTensorType>(type)
                   : tag == "as_sym_int"   ? isa<SymIntType>(type)
                   : tag == "as_sym_bool"  ? isa<SymBoolType>(type)
                   : tag == "as_sym_float" ? isa<SymFloatType>(type)
                                           : tag == "as_value";
    if (!matches) {
      std::string typeText;
      llvm::raw_string_ostream(typeText) << type;
      return fail(path,
                  tag + " names '" + name + "', whose value is " + typeText);
    }
    operands.push_back(*value);
    return Attribute(NodeAttr::get(context));
  }

  /// An `as_int`, `as_float`, `as_bool` or `as_string` value.
  FailureOr<Attribute> importConstant(StringRef tag, const JsonValue &value,
                                      const JsonPath &path);
  FailureOr<Attribute> importArgument(GraphScope &scope, const JsonValue &value,
                                      const JsonPath &path,
                                      SmallVectorImpl<Value> &operands,
                                      unsigned depth = 0);
  /// The Argument union of tag `tag` and value `inner` at `path`.
  FailureOr<Attribute> importArgument(GraphScope &scope, StringRef tag,
                                      const JsonValue &inner,
                                      const JsonPath &path,
                                      SmallVectorImpl<Value> &operands,
                                      unsigned depth);
  FailureOr<Attribute> importList(GraphScope &scope, const JsonValue &value,
                                  const JsonPath &path, StringRef elementTag,
                                  SmallVectorImpl<Value> &operands,
                                  unsigned depth);

  LogicalResult importGraph(const JsonObject &graph, const JsonPath &path,
                            GraphModuleOp module,
                            std::optional<JsonObject> signature,
                            const JsonPath &signaturePath,
                            RangeConstraintsAttr rangeConstraints,
                            unsigned depth);
  LogicalResult importNode(GraphScope &scope, const JsonValue &value,
                           const JsonPath &path, unsigned depth);
  /// The program JSON's `outputs` as the output node's argument.
  FailureOr<Attribute> importOutputs(GraphScope &scope, const JsonObject &graph,
                                     const JsonArray &outputs,
                                     const JsonPath &path,
                                     SmallVectorImpl<Value> &operands);
  LogicalResult importPlaceholderOrGetAttr(GraphScope &scope,
                                           const JsonObject &node, StringRef op,
                                           const JsonPath &path);
  /// A node's metadata: its discardable attributes, from_node and
  /// location.
  LogicalResult importMetadata(std::optional<JsonValue> value,
                               const JsonPath &path,
                               SmallVectorImpl<NamedAttribute> &attrs,
                               std::optional<FromNode> &fromNode,
                               Location &loc);
  LogicalResult importSignature(GraphScope &scope, const JsonObject &signature,
                                const JsonPath &path, ArrayRef<Value> inputs,
                                OutputOp output);
  FailureOr<RangeConstraintsAttr>
  importRangeConstraints(std::optional<JsonValue> value, const JsonPath &path);
  LogicalResult importPayloads(GraphModuleOp module, StringRef modelName);
  /// Parses `text`, found at `path`, into `document`, as JsonDocument::parse
  /// does. Every JSON text goes through here, JSON held in a string
  /// (from_node) too, but custom metadata, which JsonDocument::parsePythonJson
  /// reads as json.loads does; `invalid` introduces what is not JSON.
  FailureOr<JsonValue> parseJson(JsonDocument &document, StringRef text,
                                 const JsonPath &path,
                                 StringRef invalid = "invalid JSON");
  /// Reports `error`, of the JSON text at `path`.
  LogicalResult failJson(JsonError error, const JsonPath &path,
                         StringRef invalid = "invalid JSON");
  /// An fx graph module JSON GraphModule as `fx.graph_module @name`.
  LogicalResult importFxGraphModule(const JsonObject &graphModule,
                                    const JsonPath &path, StringRef name,
                                    unsigned depth);
  /// `[{"name", "graph_module"}]`: graph modules at the end of `parent`.
  LogicalResult importNamedGraphModules(const JsonValue &list,
                                        const JsonPath &path, Operation *parent,
                                        unsigned depth);
  FailureOr<ModuleAttrOp> importUnusedState(GraphModuleOp module, StringRef fqn,
                                            const JsonObject &meta,
                                            const JsonPath &path,
                                            bool isConstant);

  MLIRContext *context;
  OpBuilder builder;
  FxDialect *dialect;
  StringRef fileName;
  PayloadReader *payloads;
  Location fileLoc;
  /// The document imported.
  JsonDocument document;
  /// The JSON held in a metadata string, parsed one string at a time.
  JsonDocument metadataDocument;
  /// The location of each stack trace and the attribute of each module
  /// stack text read: a model's nodes share a few of each, and looking a
  /// text up costs a fraction of parsing it.
  llvm::StringMap<Location> stackTraceLocs;
  llvm::StringMap<NNModuleStackAttr> moduleStacks;
};

} // namespace

//===----------------------------------------------------------------------===//
// Arguments
//===----------------------------------------------------------------------===//

/// Whether an Argument tag is a Python constant that importConstant reads.
static bool isConstantTag(StringRef tag) {
  return tag == "as_int" || tag == "as_float" || tag == "as_bool" ||
         tag == "as_string";
}

FailureOr<Attribute> ProgramImporter::importConstant(StringRef tag,
                                                     const JsonValue &value,
                                                     const JsonPath &path) {
  if (tag == "as_int") {
    FailureOr<int64_t> v = getInt(value, path);
    return failed(v) ? FailureOr<Attribute>() : builder.getI64IntegerAttr(*v);
  }
  if (tag == "as_float") {
    FailureOr<double> v = getFloat(value, path);
    return failed(v) ? FailureOr<Attribute>() : builder.getF64FloatAttr(*v);
  }
  if (tag == "as_bool") {
    FailureOr<bool> v = getBool(value, path);
    return failed(v) ? FailureOr<Attribute>() : builder.getBoolAttr(*v);
  }
  FailureOr<StringRef> v = getString(value, path);
  return failed(v) ? FailureOr<Attribute>() : builder.getStringAttr(*v);
}

FailureOr<Attribute>
ProgramImporter::importList(GraphScope &scope, const JsonValue &value,
                            const JsonPath &path, StringRef elementTag,
                            SmallVectorImpl<Value> &operands, unsigned depth) {
  std::optional<JsonArray> array = value.getAsArray();
  if (!array)
    return fail(path, "expected an array");
  SmallVector<Attribute> elements;
  for (auto [i, element] : llvm::enumerate(*array)) {
    JsonPath elementPath = path.index_(i);
    FailureOr<Attribute> attr;
    if (isConstantTag(elementTag)) {
      attr = importConstant(elementTag, element, elementPath);
    } else if (elementTag == "tensor") {
      std::optional<JsonObject> tensor = getObject(element, elementPath);
      FailureOr<StringRef> name =
          tensor ? getStringField(*tensor, "name", elementPath)
                 : FailureOr<StringRef>();
      attr = failed(name) ? FailureOr<Attribute>()
                          : importNodeRef(scope, *name, "as_tensor",
                                          elementPath, operands);
    } else {
      // Unions (SymIntArgument, OptionalTensorArgument, ...) and nested lists
      // read as arguments of their own.
      attr = importArgument(scope, element, elementPath, operands, depth + 1);
    }
    if (failed(attr))
      return failure();
    elements.push_back(*attr);
  }
  return Attribute(builder.getArrayAttr(elements));
}

FailureOr<Attribute> ProgramImporter::importArgument(
    GraphScope &scope, const JsonValue &value, const JsonPath &path,
    SmallVectorImpl<Value> &operands, unsigned depth) {
  if (depth > kMaxJsonDepth)
    return fail(path, "argument nested too deeply");
  auto tagged = getUnion(value, path);
  if (failed(tagged))
    return failure();
  return importArgument(scope, tagged->first, tagged->second, path, operands,
                        depth);
}

FailureOr<Attribute> ProgramImporter::importArgument(
    GraphScope &scope, StringRef tag, const JsonValue &inner,
    const JsonPath &path, SmallVectorImpl<Value> &operands, unsigned depth) {
  JsonPath innerPath = path.field_(tag);

  // Node references.
  if (tag == "as_tensor") {
    std::optional<JsonObject> tensor = getObject(inner, innerPath);
    if (!tensor)
      return failure();
    FailureOr<StringRef> name = getStringField(*tensor, "name", innerPath);
    if (failed(name))
      return failure();
    return importNodeRef(scope, *name, tag, innerPath.field_("name"), operands);
  }
  if (tag == "as_sym_int" || tag == "as_sym_bool" || tag == "as_sym_float") {
    // SymIntArgument: as_name (a node) or a constant.
    auto symTagged = getUnion(inner, innerPath);
    if (failed(symTagged))
      return failure();
    auto [symTag, symValue] = *symTagged;
    JsonPath symPath = innerPath.field_(symTag);
    if (symTag == "as_name") {
      FailureOr<StringRef> name = getString(symValue, symPath);
      if (failed(name))
        return failure();
      return importNodeRef(scope, *name, tag, symPath, operands);
    }
    if (isConstantTag(symTag) && symTag != "as_string")
      return importConstant(symTag, symValue, symPath);
    return fail(innerPath, "unknown " + tag + " kind '" + symTag + "'");
  }
  if (tag == "as_optional_tensor") {
    // OptionalTensorArgument: as_tensor or as_none.
    return importArgument(scope, inner, innerPath, operands, depth + 1);
  }
  if (tag == "as_graph") {
    return fail(path, "a graph argument can only be a node input");
  }
  // The fx graph module JSON's kinds: any node, Python's tuples, lists of
  // anything, slices and Ellipsis.
  if (tag == "as_value") {
    std::optional<JsonObject> ref = getObject(inner, innerPath);
    FailureOr<StringRef> name =
        ref ? getStringField(*ref, "name", innerPath) : FailureOr<StringRef>();
    if (failed(name))
      return failure();
    return importNodeRef(scope, *name, tag, innerPath.field_("name"), operands);
  }
  if (tag == "as_list" || tag == "as_tuple") {
    FailureOr<Attribute> list =
        importList(scope, inner, innerPath, "", operands, depth);
    if (failed(list) || tag == "as_list")
      return list;
    return Attribute(TupleAttr::get(context, cast<ArrayAttr>(*list)));
  }
  if (tag == "as_slice") {
    std::optional<JsonObject> slice = getObject(inner, innerPath);
    if (!slice)
      return failure();
    SmallVector<Attribute, 3> parts;
    for (StringRef key : {"start", "stop", "step"}) {
      std::optional<JsonValue> part = getField(*slice, key, innerPath);
      FailureOr<Attribute> attr =
          part ? importArgument(scope, *part, innerPath.field_(key), operands,
                                depth + 1)
               : FailureOr<Attribute>();
      if (failed(attr))
        return failure();
      parts.push_back(*attr);
    }
    return Attribute(SliceAttr::get(context, parts[0], parts[1], parts[2]));
  }
  if (tag == "as_ellipsis")
    return Attribute(EllipsisAttr::get(context));
  if (tag == "as_complex") {
    // ComplexValue: {"real": float, "imag": float}.
    std::optional<JsonObject> complex = getObject(inner, innerPath);
    if (!complex)
      return failure();
    SmallVector<double, 2> parts;
    for (StringRef key : {"real", "imag"}) {
      std::optional<JsonValue> part = getField(*complex, key, innerPath);
      FailureOr<double> value =
          part ? getFloat(*part, innerPath.field_(key)) : FailureOr<double>();
      if (failed(value))
        return failure();
      parts.push_back(*value);
    }
    return Attribute(ComplexAttr::get(context, parts[0], parts[1]));
  }
  if (tag == "as_dict") {
    // Pairs, as a JSON object has no order and a Python dict has.
    std::optional<JsonArray> entries = inner.getAsArray();
    if (!entries)
      return fail(innerPath, "expected an array");
    SmallVector<Attribute> keys, values;
    for (auto [i, entry] : llvm::enumerate(*entries)) {
      JsonPath entryPath = innerPath.index_(i);
      std::optional<JsonObject> pair = getObject(entry, entryPath);
      FailureOr<StringRef> key = pair ? getStringField(*pair, "key", entryPath)
                                      : FailureOr<StringRef>();
      std::optional<JsonValue> value =
          succeeded(key) ? getField(*pair, "value", entryPath) : std::nullopt;
      if (!value)
        return failure();
      FailureOr<Attribute> attr = importArgument(
          scope, *value, entryPath.field_("value"), operands, depth + 1);
      if (failed(attr))
        return failure();
      keys.push_back(builder.getStringAttr(*key));
      values.push_back(*attr);
    }
    return Attribute(DictAttr::get(context, builder.getArrayAttr(keys),
                                   builder.getArrayAttr(values)));
  }

  // Constants.
  if (tag == "as_none")
    return Attribute(NoneAttr::get(context));
  if (isConstantTag(tag))
    return importConstant(tag, inner, innerPath);
  if (tag == "as_scalar_type" || tag == "as_layout" ||
      tag == "as_memory_format") {
    FailureOr<int64_t> code = getInt(inner, innerPath);
    if (failed(code))
      return failure();
    if (tag == "as_scalar_type") {
      if (std::optional<ScalarType> type = getScalarType(*code))
        return Attribute(ScalarTypeAttr::get(context, *type));
    } else if (tag == "as_layout") {
      if (std::optional<Layout> layout = getLayout(*code))
        return Attribute(LayoutAttr::get(context, *layout));
    } else if (std::optional<MemoryFormat> format = getMemoryFormat(*code)) {
      return Attribute(MemoryFormatAttr::get(context, *format));
    }
    return fail(innerPath, "unknown code " + Twine(*code));
  }
  if (tag == "as_device") {
    std::optional<JsonObject> device = getObject(inner, innerPath);
    if (!device)
      return failure();
    FailureOr<StringRef> type = getStringField(*device, "type", innerPath);
    if (failed(type))
      return failure();
    std::string text = type->str();
    if (std::optional<JsonValue> index = device->get("index");
        index && index->kind() != JsonValue::Kind::Null) {
      FailureOr<int64_t> i = getInt(*index, innerPath.field_("index"));
      if (failed(i))
        return failure();
      text += ":" + std::to_string(*i);
    }
    return Attribute(DeviceAttr::get(context, text));
  }
  if (tag == "as_operator") {
    // torch.export writes `torch.ops.<namespace>.<op>.<overload>` (or
    // `torch.ops.higher_order.<name>`) and reads anything else back as a bare
    // string it cannot call.
    FailureOr<StringRef> name = getString(inner, innerPath);
    if (failed(name))
      return failure();
    StringRef qualified = *name;
    if (!qualified.consume_front("torch.ops.") ||
        !OperatorAttr::isValidName(qualified))
      return fail(innerPath, "unsupported operator '" + *name +
                                 "': expected torch.ops.namespace.op.overload");
    return Attribute(OperatorAttr::get(context, qualified));
  }
  if (tag == "as_string_to_argument") {
    std::optional<JsonObject> object = getObject(inner, innerPath);
    if (!object)
      return failure();
    SmallVector<Attribute> keyAttrs, values;
    for (auto [key, value] : object->getEntries()) {
      FailureOr<Attribute> element = importArgument(
          scope, value, innerPath.field_(key), operands, depth + 1);
      if (failed(element))
        return failure();
      keyAttrs.push_back(builder.getStringAttr(key));
      values.push_back(*element);
    }
    return Attribute(DictAttr::get(context, builder.getArrayAttr(keyAttrs),
                                   builder.getArrayAttr(values)));
  }

  // Lists.
  static constexpr std::pair<StringLiteral, StringLiteral> kLists[] = {
      {"as_ints", "as_int"},
      {"as_floats", "as_float"},
      {"as_bools", "as_bool"},
      {"as_strings", "as_string"},
      {"as_tensors", "tensor"},
      {"as_sym_ints", "as_sym_int"},
      {"as_sym_bools", "as_sym_bool"},
      {"as_sym_floats", "as_sym_float"},
      {"as_optional_tensors", "union"},
  };
  for (auto [listTag, elementTag] : kLists) {
    if (tag != listTag)
      continue;
    if (elementTag.starts_with("as_sym")) {
      // Elements are SymIntArgument unions, read as {"as_sym_int": element}.
      std::optional<JsonArray> array = inner.getAsArray();
      if (!array)
        return fail(innerPath, "expected an array");
      SmallVector<Attribute> elements;
      for (auto [i, element] : llvm::enumerate(*array)) {
        FailureOr<Attribute> attr =
            importArgument(scope, elementTag, element, innerPath.index_(i),
                           operands, depth + 1);
        if (failed(attr))
          return failure();
        elements.push_back(*attr);
      }
      return Attribute(builder.getArrayAttr(elements));
    }
    return importList(scope, inner, innerPath, elementTag, operands, depth);
  }
  if (tag == "as_int_lists" || tag == "as_float_lists" ||
      tag == "as_nested_tensors") {
    std::optional<JsonArray> array = inner.getAsArray();
    if (!array)
      return fail(innerPath, "expected an array");
    StringRef elementTag = tag == "as_int_lists"     ? "as_int"
                           : tag == "as_float_lists" ? "as_float"
                                                     : "tensor";
    SmallVector<Attribute> lists;
    for (auto [i, element] : llvm::enumerate(*array)) {
      FailureOr<Attribute> list = importList(
          scope, element, innerPath.index_(i), elementTag, operands, depth);
      if (failed(list))
        return failure();
      lists.push_back(*list);
    }
    return Attribute(builder.getArrayAttr(lists));
  }
  return fail(path, "unsupported argument kind '" + tag + "'");
}

//===----------------------------------------------------------------------===//
// Metadata
//===----------------------------------------------------------------------===//

/// Splits an nn_module_stack entry `key,path,type` at the commas outside
/// brackets, as torch's deserializer does (paths like `getattr(L['a'], '0')`
/// hold commas).
static SmallVector<StringRef, 3> splitModuleStackEntry(StringRef entry) {
  SmallVector<StringRef, 3> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < entry.size(); ++i) {
    char c = entry[i];
    if (c == '[' || c == '(')
      ++depth;
    else if (c == ']' || c == ')')
      --depth;
    else if (c == ',' && depth == 0) {
      parts.push_back(entry.slice(start, i));
      start = i + 1;
    }
  }
  parts.push_back(entry.drop_front(start));
  return parts;
}

LogicalResult ProgramImporter::importMetadata(
    std::optional<JsonValue> value, const JsonPath &path,
    SmallVectorImpl<NamedAttribute> &attrs, std::optional<FromNode> &fromNode,
    Location &loc) {
  loc = UnknownLoc::get(context);
  if (!value)
    return success();
  std::optional<JsonObject> metadata = getObject(*value, path);
  if (!metadata)
    return failure();
  SmallVector<Attribute> genericKeys, genericValues;
  for (auto [key, entry] : metadata->getEntries()) {
    FailureOr<StringRef> text = getString(entry, path.field_(key));
    if (failed(text))
      return failure();
    if (key == "stack_trace") {
      auto [known, isNew] = stackTraceLocs.try_emplace(*text, loc);
      if (isNew)
        known->second = getStackTraceLoc(context, *text);
      loc = known->second;
      continue;
    }
    if (key == "nn_module_stack") {
      auto [known, isNew] = moduleStacks.try_emplace(*text);
      if (!isNew) {
        attrs.emplace_back(dialect->getNnModuleStackAttrHelper().getName(),
                           known->second);
        continue;
      }
      SmallVector<NNModuleStackEntry> entries;
      // An empty text is an empty stack (a node of the root module).
      SmallVector<StringRef> items;
      if (!text->empty())
        text->split(items, ';');
      for (StringRef item : items) {
        SmallVector<StringRef, 3> parts = splitModuleStackEntry(item);
        if (parts.size() != 3)
          return fail(path.field_(key), "nn_module_stack entry '" + item +
                                            "' is not 'key,path,type'");
        entries.push_back({builder.getStringAttr(parts[0]),
                           builder.getStringAttr(parts[1]),
                           builder.getStringAttr(parts[2])});
      }
      known->second = NNModuleStackAttr::get(context, entries);
      attrs.emplace_back(dialect->getNnModuleStackAttrHelper().getName(),
                         known->second);
      continue;
    }
    if (key == "torch_fn" && text->count(';') == 1) {
      auto [name, qualified] = text->split(';');
      attrs.emplace_back(dialect->getTorchFnAttrHelper().getName(),
                         TorchFnAttr::get(context, name, qualified));
      continue;
    }
    if (key == "custom") {
      // json.dumps' text, which torch.export.load reads with json.loads.
      JsonError error;
      FailureOr<Attribute> custom =
          metadataDocument.parsePythonJson(context, *text, error);
      if (failed(custom))
        return failJson(error, path.field_(key));
      if (isa<DictAttr>(*custom)) {
        attrs.emplace_back(dialect->getCustomAttrHelper().getName(), *custom);
        continue;
      }
    }
    if (key == "from_node") {
      JsonPath fromNodePath = path.field_(key);
      FailureOr<JsonValue> sources = parseJson(
          metadataDocument, *text, fromNodePath, "from_node is not JSON");
      if (failed(sources))
        return failure();
      // `null`: a node whose from_node was None.
      if (sources->kind() == JsonValue::Kind::Null)
        continue;
      std::string error;
      fromNode = nodeSourcesFromJson(context, *sources, error);
      if (!fromNode)
        return fail(path.field_(key), error);
      continue;
    }
    if (key == "source_fn_stack") {
      // Empty: no stack, as torch's deserializer reads it.
      if (text->empty())
        continue;
      SmallVector<StringRef> items;
      SmallVector<SourceFnStackEntry> entries;
      text->split(items, ';');
      for (StringRef item : items) {
        // torch's deserializer splits at every comma and takes two parts.
        if (item.count(',') != 1)
          return fail(path.field_(key), "source_fn_stack entry '" + item +
                                            "' is not 'name,target'");
        auto [name, target] = item.split(',');
        entries.push_back(
            {builder.getStringAttr(name), builder.getStringAttr(target)});
      }
      attrs.emplace_back(dialect->getSourceFnStackAttrHelper().getName(),
                         SourceFnStackAttr::get(context, entries));
      continue;
    }
    // seq_nr and original_aten as the FX-JSON writer and fx-mlir's own .pt2
    // writer spell them (JSON text: an integer, an operator's name); a value
    // of another form stays generic.
    if (key == "seq_nr") {
      int64_t seqNr;
      if (!text->getAsInteger(10, seqNr) && std::to_string(seqNr) == *text) {
        attrs.emplace_back(dialect->getSeqNrAttrHelper().getName(),
                           builder.getI64IntegerAttr(seqNr));
        continue;
      }
    }
    if (key == "original_aten") {
      StringRef name = *text;
      if (name.consume_front("\"") && name.consume_back("\"") &&
          OperatorAttr::isValidName(name)) {
        attrs.emplace_back(dialect->getOriginalAtenAttrHelper().getName(),
                           OperatorAttr::get(context, name));
        continue;
      }
    }
    // Any other key keeps its text.
    genericKeys.push_back(builder.getStringAttr(key));
    genericValues.push_back(builder.getStringAttr(*text));
  }
  if (!genericKeys.empty())
    attrs.emplace_back(dialect->getMetaAttrHelper().getName(),
                       DictAttr::get(context, builder.getArrayAttr(genericKeys),
                                     builder.getArrayAttr(genericValues)));
  return success();
}

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

/// fx's target for a program JSON node target.
static std::string importTarget(StringRef target) {
  if (target.consume_front(kOpsPrefix))
    return target.str();
  if (target.consume_front(kOperatorModule))
    return ("operator." + target).str();
  return target.str();
}

LogicalResult ProgramImporter::importPlaceholderOrGetAttr(
    GraphScope &scope, const JsonObject &node, StringRef op,
    const JsonPath &path) {
  FailureOr<StringRef> name = getStringField(node, "name", path);
  FailureOr<StringRef> target = op == "get_attr"
                                    ? getSymbolNameField(node, "target", path)
                                    : getStringField(node, "target", path);
  if (failed(name) || failed(target))
    return failure();
  if (scope.nodes.count(*name))
    return fail(path.field_("name"),
                "node name '" + *name + "' is defined twice");
  FailureOr<Type> type =
      getValueType(scope.values, "as_value", *name, path.field_("name"));
  SmallVector<NamedAttribute> metadata;
  std::optional<FromNode> fromNode;
  Location loc = UnknownLoc::get(context);
  if (failed(type) ||
      failed(importMetadata(node.get("metadata"), path.field_("metadata"),
                            metadata, fromNode, loc)))
    return failure();
  Operation *created;
  if (op == "get_attr") {
    created = GetAttrOp::create(builder, loc, *type, *name,
                                FlatSymbolRefAttr::get(context, *target),
                                std::move(fromNode));
  } else {
    // A placeholder's default value: a constant Argument.
    Attribute defaultValue;
    if (std::optional<JsonValue> value = node.get("default")) {
      SmallVector<Value> operands;
      FailureOr<Attribute> attr =
          importArgument(scope, *value, path.field_("default"), operands);
      if (failed(attr))
        return failure();
      if (!operands.empty())
        return fail(path.field_("default"),
                    "a placeholder's default cannot name a node");
      defaultValue = *attr;
    }
    created = PlaceholderOp::create(builder, loc, *type, *name, *target,
                                    defaultValue, std::move(fromNode));
  }
  for (const NamedAttribute &attr : metadata)
    created->setAttr(attr.getName(), attr.getValue());
  scope.nodes[*name] = created->getResult(0);
  return success();
}

LogicalResult ProgramImporter::importNode(GraphScope &scope,
                                          const JsonValue &value,
                                          const JsonPath &path,
                                          unsigned depth) {
  std::optional<JsonObject> node = getObject(value, path);
  if (!node)
    return failure();
  // The fx graph module JSON names each node's FX op; the program JSON's
  // nodes are all call_function.
  StringRef op = "call_function";
  if (std::optional<JsonValue> opValue = node->get("op")) {
    FailureOr<StringRef> name = getString(*opValue, path.field_("op"));
    if (failed(name))
      return failure();
    op = *name;
  }
  if (op == "placeholder" || op == "get_attr")
    return importPlaceholderOrGetAttr(scope, *node, op, path);
  if (op != "call_function" && op != "call_method" && op != "call_module")
    return fail(path.field_("op"), "unknown node op '" + op + "'");
  FailureOr<StringRef> target = getStringField(*node, "target", path);
  std::optional<JsonArray> inputs = getArrayField(*node, "inputs", path);
  std::optional<JsonArray> outputs = getArrayField(*node, "outputs", path);
  if (failed(target) || !inputs || !outputs)
    return failure();
  bool isHigherOrder = target->starts_with(kHigherOrderPrefix);

  // Inputs: positional ones become args (their schema names fx.arg_names),
  // keyword ones kwargs; node references are operands, args first.
  SmallVector<Attribute> args, argNames, kwargKeys, kwargValues;
  SmallVector<Value> argOperands, kwargOperands;
  JsonPath inputsPath = path.field_("inputs");
  for (auto [i, input] : llvm::enumerate(*inputs)) {
    JsonPath inputPath = inputsPath.index_(i);
    std::optional<JsonObject> named = getObject(input, inputPath);
    if (!named)
      return failure();
    FailureOr<StringRef> name = getStringField(*named, "name", inputPath);
    std::optional<JsonValue> arg = getField(*named, "arg", inputPath);
    if (failed(name) || !arg)
      return failure();
    int64_t kind = int64_t(ArgumentKind::Positional);
    if (std::optional<JsonValue> kindValue = named->get("kind");
        kindValue && kindValue->kind() != JsonValue::Kind::Null) {
      FailureOr<int64_t> k = getInt(*kindValue, inputPath.field_("kind"));
      if (failed(k))
        return failure();
      if (*k != int64_t(ArgumentKind::Positional) &&
          *k != int64_t(ArgumentKind::Keyword))
        return fail(inputPath.field_("kind"),
                    "unknown argument kind " + Twine(*k));
      kind = *k;
    }
    bool positional =
        kind == int64_t(ArgumentKind::Positional) || name->empty();
    SmallVectorImpl<Value> &operands = positional ? argOperands : kwargOperands;
    JsonPath argPath = inputPath.field_("arg");

    FailureOr<Attribute> attr;
    auto graphArg = getUnion(*arg, argPath);
    if (succeeded(graphArg) && graphArg->first == "as_graph") {
      // A higher-order operator's subgraph: a nested graph module, and a
      // get_attr node naming it, as torch's deserializer builds them.
      JsonPath graphPath = argPath.field_("as_graph");
      std::optional<JsonObject> graphArgument =
          getObject(graphArg->second, graphPath);
      if (!graphArgument)
        return failure();
      FailureOr<StringRef> graphName =
          getSymbolNameField(*graphArgument, "name", graphPath);
      std::optional<JsonObject> subgraph =
          getObjectField(*graphArgument, "graph", graphPath);
      if (failed(graphName) || !subgraph)
        return failure();
      if (scope.nodes.count(*graphName) ||
          SymbolTable::lookupSymbolIn(scope.module, *graphName))
        return fail(graphPath.field_("name"),
                    "subgraph name '" + *graphName + "' is already taken");
      GraphModuleOp nested;
      {
        OpBuilder::InsertionGuard guard(builder);
        builder.setInsertionPointToEnd(&scope.module.getBody().front());
        nested = GraphModuleOp::create(builder, UnknownLoc::get(context),
                                       *graphName);
        if (failed(importGraph(*subgraph, graphPath.field_("graph"), nested,
                               std::nullopt, graphPath, nullptr, depth + 1)))
          return failure();
      }
      auto getAttr = GetAttrOp::create(
          builder, UnknownLoc::get(context), GraphModuleType::get(context),
          *graphName, FlatSymbolRefAttr::get(context, *graphName));
      scope.nodes[*graphName] = getAttr.getResult();
      operands.push_back(getAttr.getResult());
      attr = Attribute(NodeAttr::get(context));
    } else {
      attr = importArgument(scope, *arg, argPath, operands);
    }
    if (failed(attr))
      return failure();
    if (positional) {
      args.push_back(*attr);
      argNames.push_back(builder.getStringAttr(*name));
    } else {
      kwargKeys.push_back(builder.getStringAttr(*name));
      kwargValues.push_back(*attr);
    }
  }

  // Outputs: one value, or a tuple taken apart by getitem nodes named after
  // the outputs.
  JsonPath outputsPath = path.field_("outputs");
  struct Element {
    std::string name; // empty: no getitem (None)
    Type type;
  };
  SmallVector<Element> elements;
  // The output union of tag `tag` and value `inner` at `outputPath`.
  auto readOutput = [&](StringRef tag, const JsonValue &inner,
                        const JsonPath &outputPath) -> LogicalResult {
    JsonPath innerPath = outputPath.field_(tag);
    if (tag == "as_none") {
      elements.push_back({"", NoneType::get(context)});
      return success();
    }
    StringRef name;
    if (tag == "as_tensor") {
      std::optional<JsonObject> tensor = getObject(inner, innerPath);
      FailureOr<StringRef> n = tensor
                                   ? getStringField(*tensor, "name", innerPath)
                                   : FailureOr<StringRef>();
      if (failed(n))
        return failure();
      name = *n;
    } else if (tag == "as_value") {
      std::optional<JsonObject> ref = getObject(inner, innerPath);
      FailureOr<StringRef> n = ref ? getStringField(*ref, "name", innerPath)
                                   : FailureOr<StringRef>();
      if (failed(n))
        return failure();
      name = *n;
    } else if (tag == "as_sym_int" || tag == "as_sym_bool" ||
               tag == "as_sym_float") {
      std::optional<JsonObject> sym = getObject(inner, innerPath);
      FailureOr<StringRef> n = sym ? getStringField(*sym, "as_name", innerPath)
                                   : FailureOr<StringRef>();
      if (failed(n))
        return failure();
      name = *n;
    } else {
      return fail(outputPath, "unsupported node output kind '" + tag + "'");
    }
    FailureOr<Type> type = getValueType(scope.values, tag, name, innerPath);
    if (failed(type))
      return failure();
    elements.push_back({name.str(), *type});
    return success();
  };
  bool single = false;
  if (outputs->size() == 1) {
    JsonPath outputPath = outputsPath.index_(0);
    auto tagged = getUnion(*outputs->begin(), outputPath);
    if (failed(tagged))
      return failure();
    if (tagged->first == "as_tensors") {
      std::optional<JsonArray> list = tagged->second.getAsArray();
      JsonPath listPath = outputPath.field_("as_tensors");
      if (!list)
        return fail(listPath, "expected an array");
      // Elements are TensorArguments, read as {"as_tensor": element}.
      for (auto [i, element] : llvm::enumerate(*list))
        if (failed(readOutput("as_tensor", element, listPath.index_(i))))
          return failure();
    } else {
      if (failed(readOutput(tagged->first, tagged->second, outputPath)))
        return failure();
      std::optional<bool> hopSingle;
      if (std::optional<JsonValue> flag =
              node->get("is_hop_single_tensor_return"))
        hopSingle = flag->getAsBoolean();
      single = !isHigherOrder || hopSingle.value_or(true);
    }
  } else {
    for (auto [i, output] : llvm::enumerate(*outputs)) {
      JsonPath outputPath = outputsPath.index_(i);
      auto tagged = getUnion(output, outputPath);
      if (failed(tagged) ||
          failed(readOutput(tagged->first, tagged->second, outputPath)))
        return failure();
    }
  }

  SmallVector<NamedAttribute> metadata;
  std::optional<FromNode> fromNode;
  Location loc = UnknownLoc::get(context);
  if (failed(importMetadata(node->get("metadata"), path.field_("metadata"),
                            metadata, fromNode, loc)))
    return failure();

  std::string name;
  if (single && !elements.front().name.empty()) {
    name = elements.front().name;
  } else if (std::optional<JsonValue> nodeName = node->get("name");
             nodeName && nodeName->getAsString()) {
    name = nodeName->getAsString()->str();
  } else {
    name = getNodeNameForTarget(importTarget(*target));
  }
  if (scope.nodes.count(name))
    return fail(path, "node name '" + name + "' is defined twice");

  SmallVector<Type> resultTypes;
  if (single)
    resultTypes.push_back(elements.front().type);
  else if (!elements.empty())
    resultTypes.push_back(TupleType::get(
        context, llvm::map_to_vector(elements,
                                     [](const Element &e) { return e.type; })));
  SmallVector<Value> operands(argOperands);
  llvm::append_range(operands, kwargOperands);
  ArrayAttr argsAttr = builder.getArrayAttr(args);
  auto kwargsAttr = DictAttr::get(context, builder.getArrayAttr(kwargKeys),
                                  builder.getArrayAttr(kwargValues));
  Operation *call;
  if (op == "call_method") {
    call = CallMethodOp::create(builder, loc, resultTypes, name, *target,
                                argsAttr, kwargsAttr, operands, fromNode);
  } else if (op == "call_module") {
    FailureOr<StringRef> moduleClass =
        getStringField(*node, "module_class", path);
    if (failed(moduleClass))
      return failure();
    call = CallModuleOp::create(builder, loc, resultTypes, name, *target,
                                *moduleClass, argsAttr, kwargsAttr, operands,
                                fromNode);
  } else {
    call = CallFunctionOp::create(builder, loc, resultTypes, name,
                                  importTarget(*target), argsAttr, kwargsAttr,
                                  operands, fromNode);
  }
  // The node's attributes set at once: one at a time, each would make a
  // dictionary.
  NamedAttrList attrs(metadata);
  if (llvm::any_of(argNames, [](Attribute n) {
        return !cast<StringAttr>(n).getValue().empty();
      }))
    attrs.append(dialect->getArgNamesAttrHelper().getName(),
                 builder.getArrayAttr(argNames));
  call->setDiscardableAttrs(attrs.getDictionary(context));
  if (resultTypes.empty())
    return success();
  scope.nodes[name] = call->getResult(0);
  if (single)
    return success();
  DictionaryAttr metadataAttrs = builder.getDictionaryAttr(metadata);
  for (auto [i, element] : llvm::enumerate(elements)) {
    if (element.name.empty())
      continue;
    if (scope.nodes.count(element.name))
      return fail(outputsPath,
                  "node name '" + element.name + "' is defined twice");
    auto getitem = CallFunctionOp::create(
        builder, loc, TypeRange{element.type}, element.name, "operator.getitem",
        builder.getArrayAttr(
            {NodeAttr::get(context), builder.getI64IntegerAttr(i)}),
        DictAttr::get(context), ValueRange{call->getResult(0)}, fromNode);
    getitem->setDiscardableAttrs(metadataAttrs);
    scope.nodes[element.name] = getitem.getResult(0);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Graphs and signatures
//===----------------------------------------------------------------------===//

FailureOr<RangeConstraintsAttr>
ProgramImporter::importRangeConstraints(std::optional<JsonValue> value,
                                        const JsonPath &path) {
  if (!value)
    return RangeConstraintsAttr();
  std::optional<JsonObject> constraints = getObject(*value, path);
  if (!constraints)
    return failure();
  SmallVector<AffineExpr> symbols;
  SmallVector<int64_t> lower, upper;
  for (auto [name, entry] : constraints->getEntries()) {
    JsonPath entryPath = path.field_(name);
    AffineExpr symbol = getSymbol(context, name);
    if (!symbol)
      return fail(entryPath, "'" + name + "' is not a size symbol (sN or uN)");
    std::optional<JsonObject> range = getObject(entry, entryPath);
    if (!range)
      return failure();
    // int_oo is written as a number too large for an int64, or null.
    auto bound = [&](StringRef key, int64_t inf) -> FailureOr<int64_t> {
      std::optional<JsonValue> v = getField(*range, key, entryPath);
      if (!v)
        return failure();
      if (v->kind() == JsonValue::Kind::Null)
        return inf;
      if (std::optional<int64_t> i = v->getAsInteger())
        return *i;
      if (std::optional<double> d = v->getAsNumber();
          d && std::abs(*d) >= 9.2e18 && (*d > 0) == (inf > 0))
        return inf;
      return fail(entryPath.field_(key), "expected an integer bound");
    };
    FailureOr<int64_t> min = bound("min_val", RangeConstraintsAttr::kNegInf);
    FailureOr<int64_t> max = bound("max_val", RangeConstraintsAttr::kPosInf);
    if (failed(min) || failed(max))
      return failure();
    symbols.push_back(symbol);
    lower.push_back(*min);
    upper.push_back(*max);
  }
  if (symbols.empty())
    return RangeConstraintsAttr();
  auto emitRangeError = [&]() {
    std::string where;
    llvm::raw_string_ostream os(where);
    path.print(os);
    return mlir::emitError(fileLoc) << "at " << where << ": ";
  };
  RangeConstraintsAttr attr = RangeConstraintsAttr::getChecked(
      emitRangeError, context, ArrayRef(symbols), ArrayRef(lower),
      ArrayRef(upper));
  if (!attr)
    return failure();
  return attr;
}

LogicalResult ProgramImporter::importGraph(
    const JsonObject &graph, const JsonPath &path, GraphModuleOp module,
    std::optional<JsonObject> signature, const JsonPath &signaturePath,
    RangeConstraintsAttr rangeConstraints, unsigned depth) {
  if (depth > kMaxJsonDepth)
    return fail(path, "subgraphs nested too deeply");
  GraphScope scope;
  scope.module = module;
  scope.values.path = path;
  // Indexed: a table has an entry per node, which the nodes look up.
  auto table = [&](StringRef key, JsonIndex &index) -> LogicalResult {
    std::optional<JsonValue> value = graph.get(key);
    if (!value)
      return success();
    std::optional<JsonObject> object = getObject(*value, path.field_(key));
    if (!object)
      return failure();
    index = JsonIndex(*object);
    return success();
  };
  GraphValues &values = scope.values;
  LogicalResult tables[] = {table("tensor_values", values.tensors),
                            table("sym_int_values", values.symInts),
                            table("sym_bool_values", values.symBools),
                            table("sym_float_values", values.symFloats),
                            table("value_types", values.valueTypes)};
  if (llvm::any_of(tables, [](LogicalResult result) { return failed(result); }))
    return failure();
  // The fx graph module JSON gives the output node's argument, any Argument;
  // the program JSON a list of outputs.
  std::optional<JsonValue> fxOutput = graph.get("output");
  std::optional<JsonArray> inputs = getArrayField(graph, "inputs", path);
  std::optional<JsonArray> nodes = getArrayField(graph, "nodes", path);
  std::optional<JsonArray> outputs =
      fxOutput ? std::nullopt : getArrayField(graph, "outputs", path);
  if (!inputs || !nodes || (!fxOutput && !outputs))
    return failure();
  for (JsonValue node : *nodes)
    if (std::optional<JsonObject> object = node.getAsObject())
      if (std::optional<StringRef> name = object->getString("name"))
        scope.declared.insert(*name);

  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(&module.getBody().front());
  auto graphOp = GraphOp::create(builder, UnknownLoc::get(context), "forward");
  if (rangeConstraints)
    graphOp->setAttr(dialect->getRangeConstraintsAttrHelper().getName(),
                     rangeConstraints);
  builder.setInsertionPointToEnd(&graphOp.getBody().front());

  // Inputs.
  SmallVector<Value> placeholders;
  JsonPath inputsPath = path.field_("inputs");
  for (auto [i, input] : llvm::enumerate(*inputs)) {
    JsonPath inputPath = inputsPath.index_(i);
    auto tagged = getUnionObject(input, inputPath);
    if (failed(tagged))
      return failure();
    auto [tag, object] = *tagged;
    JsonPath innerPath = inputPath.field_(tag);
    StringRef key = tag == "as_tensor" ? "name" : "as_name";
    if (tag != "as_tensor" && tag != "as_sym_int" && tag != "as_sym_bool" &&
        tag != "as_sym_float")
      return fail(inputPath, "unsupported graph input kind '" + tag + "'");
    FailureOr<StringRef> name = getStringField(object, key, innerPath);
    if (failed(name))
      return failure();
    if (scope.nodes.count(*name))
      return fail(innerPath.field_(key),
                  "input name '" + *name + "' is defined twice");
    FailureOr<Type> type = getValueType(scope.values, tag, *name, innerPath);
    if (failed(type))
      return failure();
    auto placeholder = PlaceholderOp::create(builder, UnknownLoc::get(context),
                                             *type, *name, *name, Attribute());
    scope.nodes[*name] = placeholder.getResult();
    placeholders.push_back(placeholder.getResult());
  }

  // Nodes.
  JsonPath nodesPath = path.field_("nodes");
  for (auto [i, node] : llvm::enumerate(*nodes))
    if (failed(importNode(scope, node, nodesPath.index_(i), depth)))
      return failure();

  // Outputs: FX's output node returns a tuple, or the value itself for a
  // single tensor return.
  SmallVector<Value> operands;
  Attribute result;
  if (fxOutput) {
    FailureOr<Attribute> attr =
        importArgument(scope, *fxOutput, path.field_("output"), operands);
    if (failed(attr))
      return failure();
    result = *attr;
  } else {
    FailureOr<Attribute> attr =
        importOutputs(scope, graph, *outputs, path, operands);
    if (failed(attr))
      return failure();
    result = *attr;
  }
  auto output = OutputOp::create(builder, UnknownLoc::get(context), "output",
                                 builder.getArrayAttr({result}),
                                 DictAttr::get(context), operands);
  if (signature)
    return importSignature(scope, *signature, signaturePath, placeholders,
                           output);
  return success();
}

FailureOr<Attribute>
ProgramImporter::importOutputs(GraphScope &scope, const JsonObject &graph,
                               const JsonArray &outputs, const JsonPath &path,
                               SmallVectorImpl<Value> &operands) {
  bool singleReturn = false;
  if (std::optional<JsonValue> flag = graph.get("is_single_tensor_return")) {
    FailureOr<bool> b = getBool(*flag, path.field_("is_single_tensor_return"));
    if (failed(b))
      return failure();
    singleReturn = *b;
  }
  if (singleReturn && outputs.size() != 1)
    return fail(path.field_("outputs"),
                "a single tensor return needs exactly one output");
  SmallVector<Attribute> results;
  JsonPath outputsPath = path.field_("outputs");
  for (auto [i, output] : llvm::enumerate(outputs)) {
    FailureOr<Attribute> attr =
        importArgument(scope, output, outputsPath.index_(i), operands);
    if (failed(attr))
      return failure();
    results.push_back(*attr);
  }
  if (singleReturn)
    return results.front();
  return Attribute(TupleAttr::get(context, builder.getArrayAttr(results)));
}

LogicalResult ProgramImporter::importSignature(GraphScope &scope,
                                               const JsonObject &signature,
                                               const JsonPath &path,
                                               ArrayRef<Value> inputs,
                                               OutputOp output) {
  std::optional<JsonArray> inputSpecs =
      getArrayField(signature, "input_specs", path);
  std::optional<JsonArray> outputSpecs =
      getArrayField(signature, "output_specs", path);
  if (!inputSpecs || !outputSpecs)
    return failure();
  JsonPath inputSpecsPath = path.field_("input_specs");
  if (inputSpecs->size() != inputs.size())
    return fail(inputSpecsPath, "the signature has " +
                                    Twine(inputSpecs->size()) +
                                    " input specs for " + Twine(inputs.size()) +
                                    " graph inputs");
  // The lifted parameters, buffers and constants, in input order, before the
  // graph.
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPoint(output->getParentOfType<GraphOp>());
  for (auto [i, spec] : llvm::enumerate(*inputSpecs)) {
    JsonPath specPath = inputSpecsPath.index_(i);
    auto tagged = getUnionObject(spec, specPath);
    if (failed(tagged))
      return failure();
    auto [tag, object] = *tagged;
    JsonPath innerPath = specPath.field_(tag);
    static constexpr std::tuple<StringLiteral, StringLiteral, InputKind,
                                ModuleAttrKind>
        kLifted[] = {
            {"parameter", "parameter_name", InputKind::parameter,
             ModuleAttrKind::parameter},
            {"buffer", "buffer_name", InputKind::buffer,
             ModuleAttrKind::buffer},
            {"tensor_constant", "tensor_constant_name",
             InputKind::tensor_constant, ModuleAttrKind::constant},
        };
    InputSpecAttr inputSpec;
    Value input = inputs[i];
    // The spec must name the graph input at its position: a TensorArgument
    // for lifted inputs, an Argument union for user inputs.
    std::optional<JsonValue> arg = getField(object, "arg", innerPath);
    if (!arg)
      return failure();
    JsonPath specArgPath = innerPath.field_("arg");
    JsonPath argPath = specArgPath;
    std::optional<JsonValue> argValue = arg;
    StringRef nameKey = "name";
    if (tag == "user_input") {
      auto argTagged = getUnion(*arg, specArgPath);
      if (failed(argTagged))
        return failure();
      argPath = specArgPath.field_(argTagged->first);
      argValue = argTagged->second;
      if (argTagged->first != "as_tensor")
        nameKey = "as_name";
    }
    std::optional<JsonObject> argObject = getObject(*argValue, argPath);
    FailureOr<StringRef> argName =
        argObject ? getStringField(*argObject, nameKey, argPath)
                  : FailureOr<StringRef>();
    if (failed(argName))
      return failure();
    StringRef inputName = *getNodeName(input.getDefiningOp());
    if (*argName != inputName)
      return fail(argPath.field_(nameKey), "input spec names '" + *argName +
                                               "', graph input " + Twine(i) +
                                               " is '" + inputName + "'");
    if (tag == "user_input")
      inputSpec = InputSpecAttr::get(context, InputKind::user_input, {});
    for (auto [liftedTag, nameKey, inputKind, attrKind] : kLifted) {
      if (tag != liftedTag)
        continue;
      FailureOr<StringRef> target =
          getSymbolNameField(object, nameKey, innerPath);
      if (failed(target))
        return failure();
      InputKind kind = inputKind;
      if (kind == InputKind::buffer) {
        std::optional<JsonValue> persistent = object.get("persistent");
        if (persistent && !persistent->getAsBoolean())
          return fail(innerPath.field_("persistent"), "expected a boolean");
        if (persistent && !*persistent->getAsBoolean())
          kind = InputKind::non_persistent_buffer;
      }
      inputSpec =
          InputSpecAttr::get(context, kind, builder.getStringAttr(*target));
      if (SymbolTable::lookupSymbolIn(scope.module, *target))
        return fail(innerPath.field_(nameKey),
                    "'" + *target + "' is lifted twice");
      ModuleAttrOp::create(builder, UnknownLoc::get(context), attrKind, *target,
                           input.getType(), ElementsAttr());
    }
    if (!inputSpec)
      return fail(specPath, "unsupported input spec kind '" + tag + "'");
    input.getDefiningOp()->setAttr(dialect->getInputSpecAttrHelper().getName(),
                                   inputSpec);
  }

  // Output specs, one per graph output.
  JsonPath outputSpecsPath = path.field_("output_specs");
  Attribute result = output.getArgs()[0];
  size_t numResults =
      isa<TupleAttr>(result) ? cast<TupleAttr>(result).getElements().size() : 1;
  if (outputSpecs->size() != numResults)
    return fail(outputSpecsPath, "the signature has " +
                                     Twine(outputSpecs->size()) +
                                     " output specs for " + Twine(numResults) +
                                     " graph outputs");
  static constexpr std::tuple<StringLiteral, StringLiteral, OutputKind>
      kOutputs[] = {
          {"user_output", "", OutputKind::user_output},
          {"loss_output", "", OutputKind::loss_output},
          {"buffer_mutation", "buffer_name", OutputKind::buffer_mutation},
          {"parameter_mutation", "parameter_name",
           OutputKind::parameter_mutation},
          {"gradient_to_parameter", "parameter_name",
           OutputKind::gradient_to_parameter},
          {"gradient_to_user_input", "user_input_name",
           OutputKind::gradient_to_user_input},
          {"user_input_mutation", "user_input_name",
           OutputKind::user_input_mutation},
      };
  SmallVector<Attribute> specs;
  for (auto [i, spec] : llvm::enumerate(*outputSpecs)) {
    JsonPath specPath = outputSpecsPath.index_(i);
    auto tagged = getUnionObject(spec, specPath);
    if (failed(tagged))
      return failure();
    auto [tag, object] = *tagged;
    JsonPath innerPath = specPath.field_(tag);
    OutputSpecAttr outputSpec;
    for (auto [outputTag, nameKey, kind] : kOutputs) {
      if (tag != outputTag)
        continue;
      StringAttr target;
      if (!nameKey.empty()) {
        FailureOr<StringRef> name = getStringField(object, nameKey, innerPath);
        if (failed(name))
          return failure();
        target = builder.getStringAttr(*name);
      }
      outputSpec = OutputSpecAttr::get(context, kind, target);
    }
    if (!outputSpec)
      return fail(specPath, "unsupported output spec kind '" + tag + "'");
    specs.push_back(outputSpec);
  }
  output->setAttr(dialect->getOutputSpecsAttrHelper().getName(),
                  builder.getArrayAttr(specs));
  return success();
}

//===----------------------------------------------------------------------===//
// Weights and constants
//===----------------------------------------------------------------------===//

FailureOr<ModuleAttrOp>
ProgramImporter::importUnusedState(GraphModuleOp module, StringRef fqn,
                                   const JsonObject &meta, const JsonPath &path,
                                   bool isConstant) {
  std::optional<JsonValue> tensorMeta = getField(meta, "tensor_meta", path);
  if (!tensorMeta)
    return failure();
  FailureOr<Type> type =
      importTensorMeta(*tensorMeta, path.field_("tensor_meta"));
  if (failed(type))
    return failure();
  ModuleAttrKind kind = ModuleAttrKind::constant;
  if (!isConstant) {
    FailureOr<bool> isParam =
        readField(meta, "is_param", path, &ProgramImporter::getBool);
    if (failed(isParam))
      return failure();
    kind = *isParam ? ModuleAttrKind::parameter : ModuleAttrKind::buffer;
  }
  // After the lifted state, before the graph.
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPoint(module.getGraph());
  return ModuleAttrOp::create(builder, UnknownLoc::get(context), kind, fqn,
                              *type, ElementsAttr());
}

LogicalResult ProgramImporter::importPayloads(GraphModuleOp module,
                                              StringRef modelName) {
  // Non-persistent buffers and tensor constants live in the constants config,
  // parameters and persistent buffers in the weights config.
  llvm::StringMap<ModuleAttrOp> attrs;
  for (auto attr : module.getBody().front().getOps<ModuleAttrOp>())
    attrs[attr.getSymName()] = attr;
  llvm::StringMap<DenseResourceElementsAttr> resources;
  for (auto [configPath, dir] :
       {std::make_pair(getWeightsConfigPath(modelName), kWeightsDir),
        std::make_pair(getConstantsConfigPath(modelName), kConstantsDir)}) {
    std::string configName = payloads->getRecordName(configPath);
    Location configLoc = FileLineColLoc::get(context, configName, 0, 0);
    FailureOr<std::string> text = payloads->readText(configPath, configLoc);
    if (failed(text))
      return failure();
    ProgramImporter configImporter(context, configName, payloads);
    JsonPath root;
    FailureOr<JsonValue> parsed =
        configImporter.parseJson(configImporter.document, *text, root);
    if (failed(parsed))
      return failure();
    std::optional<JsonObject> top = configImporter.getObject(*parsed, root);
    std::optional<JsonObject> config =
        top ? configImporter.getObjectField(*top, "config", root)
            : std::nullopt;
    if (!config)
      return failure();
    JsonPath configJsonPath = root.field_("config");
    for (auto [fqn, entry] : config->getEntries()) {
      JsonPath entryPath = configJsonPath.field_(fqn);
      if (fqn.empty())
        return configImporter.fail(entryPath, "expected a non-empty name");
      std::optional<JsonObject> meta =
          configImporter.getObject(entry, entryPath);
      if (!meta)
        return failure();
      FailureOr<StringRef> pathName =
          configImporter.getStringField(*meta, "path_name", entryPath);
      if (failed(pathName))
        return failure();
      ModuleAttrOp attr = attrs.lookup(fqn);
      if (!attr) {
        // State the graph does not use (strict export saves a BatchNorm's
        // num_batches_tracked): still the program's, kept with its type.
        FailureOr<ModuleAttrOp> unused = configImporter.importUnusedState(
            module, fqn, *meta, entryPath, dir == kConstantsDir);
        if (failed(unused))
          return failure();
        attr = attrs[fqn] = *unused;
      }
      if (std::optional<JsonValue> pickled = meta->get("use_pickle");
          pickled && pickled->getAsBoolean().value_or(false))
        return configImporter.fail(entryPath.field_("use_pickle"),
                                   "pickled payloads are not supported");
      auto type = dyn_cast<RankedTensorType>(attr.getType());
      if (!type || !type.hasStaticShape())
        return configImporter.fail(entryPath,
                                   "'" + fqn + "' has no static tensor type");
      if (!getStorageBits(type.getElementType())) {
        std::string message;
        llvm::raw_string_ostream(message)
            << "'" << fqn << "' has element type " << type.getElementType()
            << ", which has no storage size";
        return configImporter.fail(entryPath, message);
      }
      std::optional<int64_t> bytes = getPayloadBytes(type);
      if (!bytes)
        return configImporter.fail(entryPath, "'" + fqn +
                                                  "' is too large: its size "
                                                  "in bytes overflows 64 bits");
      // The file holds the storage; fx keeps contiguous tensors that are all
      // of it.
      if (std::optional<JsonObject> tensorMeta =
              meta->getObject("tensor_meta")) {
        std::optional<JsonObject> offsetObject =
            tensorMeta->getObject("storage_offset");
        std::optional<int64_t> offsetValue =
            offsetObject ? offsetObject->getInteger("as_int") : std::nullopt;
        if (offsetValue.value_or(0) != 0)
          return configImporter.fail(entryPath.field_("tensor_meta"),
                                     "payloads at a storage offset are not "
                                     "supported");
        if (std::optional<JsonArray> strideArray =
                tensorMeta->getArray("strides")) {
          SmallVector<JsonValue> strides(strideArray->begin(),
                                         strideArray->end());
          int64_t expected = 1;
          for (int64_t d = type.getRank() - 1; d >= 0; --d) {
            std::optional<JsonObject> stride = size_t(d) < strides.size()
                                                   ? strides[d].getAsObject()
                                                   : std::nullopt;
            std::optional<int64_t> value =
                stride ? stride->getInteger("as_int") : std::nullopt;
            if (type.getDimSize(d) != 1 && value != expected) {
              JsonPath metaPath = entryPath.field_("tensor_meta");
              return configImporter.fail(
                  metaPath.field_("strides"),
                  "non-contiguous payloads are not supported");
            }
            expected *= type.getDimSize(d);
          }
        }
      }
      auto storageType =
          RankedTensorType::get(type.getShape(), type.getElementType());
      DenseResourceElementsAttr &shared = resources[*pathName];
      if (!shared) {
        std::string payloadPath = (dir + *pathName).str();
        // Checked before reading: the archive states the size, and a size
        // it lies about must not be allocated.
        FailureOr<uint64_t> size = payloads->getSize(payloadPath, configLoc);
        if (failed(size))
          return failure();
        if (*size != uint64_t(*bytes))
          return configImporter.fail(entryPath.field_("path_name"),
                                     payloadPath + " holds " + Twine(*size) +
                                         " bytes, " + fqn + " needs " +
                                         Twine(*bytes));
        FailureOr<AsmResourceBlob> blob =
            payloads->read(payloadPath, configLoc);
        if (failed(blob))
          return failure();
        auto resource =
            DenseResourceElementsAttr::get(storageType, fqn, std::move(*blob));
        shared = resource;
        attr.setValueAttr(resource);
        continue;
      }
      attr.setValueAttr(
          DenseResourceElementsAttr::get(storageType, shared.getRawHandle()));
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Programs
//===----------------------------------------------------------------------===//

FailureOr<JsonValue> ProgramImporter::parseJson(JsonDocument &document,
                                                StringRef text,
                                                const JsonPath &path,
                                                StringRef invalid) {
  JsonError error;
  FailureOr<JsonValue> root = document.parse(text, error);
  if (failed(root))
    return failJson(error, path, invalid);
  return root;
}

LogicalResult ProgramImporter::failJson(JsonError error, const JsonPath &path,
                                        StringRef invalid) {
  if (error.invalidJson)
    error.message = (invalid + ": " + error.message).str();
  return fail(path, error.message, error.where);
}

LogicalResult
ProgramImporter::importFxGraphModule(const JsonObject &graphModule,
                                     const JsonPath &path, StringRef name,
                                     unsigned depth) {
  if (depth > kMaxJsonDepth)
    return fail(path, "graph modules nested too deeply");
  std::optional<JsonObject> graph = getObjectField(graphModule, "graph", path);
  if (!graph)
    return failure();
  auto module = GraphModuleOp::create(builder, UnknownLoc::get(context), name);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(&module.getBody().front());
  // Parameters, buffers and tensor constants, then the graph, then the graph
  // modules that get_attr nodes name.
  if (std::optional<JsonValue> attrs = graphModule.get("module_attrs")) {
    JsonPath attrsPath = path.field_("module_attrs");
    std::optional<JsonArray> list = attrs->getAsArray();
    if (!list)
      return fail(attrsPath, "expected an array");
    for (auto [i, entry] : llvm::enumerate(*list)) {
      JsonPath entryPath = attrsPath.index_(i);
      std::optional<JsonObject> attr = getObject(entry, entryPath);
      FailureOr<StringRef> kindName =
          attr ? getStringField(*attr, "kind", entryPath)
               : FailureOr<StringRef>();
      FailureOr<StringRef> fqn =
          succeeded(kindName) ? getSymbolNameField(*attr, "name", entryPath)
                              : FailureOr<StringRef>();
      std::optional<JsonValue> meta =
          succeeded(fqn) ? getField(*attr, "tensor_meta", entryPath)
                         : std::nullopt;
      if (!meta)
        return failure();
      std::optional<ModuleAttrKind> kind = symbolizeModuleAttrKind(*kindName);
      if (!kind)
        return fail(entryPath.field_("kind"),
                    "unknown module attribute kind '" + *kindName + "'");
      if (SymbolTable::lookupSymbolIn(module, *fqn))
        return fail(entryPath.field_("name"),
                    "'" + *fqn + "' is declared twice");
      FailureOr<Type> type =
          importTensorMeta(*meta, entryPath.field_("tensor_meta"));
      if (failed(type))
        return failure();
      ModuleAttrOp::create(builder, UnknownLoc::get(context), *kind, *fqn,
                           *type, ElementsAttr());
    }
  }
  if (failed(importGraph(*graph, path.field_("graph"), module, std::nullopt,
                         path, nullptr, depth)))
    return failure();
  std::optional<JsonValue> submodules = graphModule.get("submodules");
  if (!submodules)
    return success();
  return importNamedGraphModules(*submodules, path.field_("submodules"), module,
                                 depth + 1);
}

LogicalResult ProgramImporter::importNamedGraphModules(const JsonValue &value,
                                                       const JsonPath &path,
                                                       Operation *parent,
                                                       unsigned depth) {
  std::optional<JsonArray> list = value.getAsArray();
  if (!list)
    return fail(path, "expected an array");
  for (auto [i, entry] : llvm::enumerate(*list)) {
    JsonPath entryPath = path.index_(i);
    std::optional<JsonObject> named = getObject(entry, entryPath);
    FailureOr<StringRef> name =
        named ? getSymbolNameField(*named, "name", entryPath)
              : FailureOr<StringRef>();
    std::optional<JsonObject> graphModule =
        succeeded(name) ? getObjectField(*named, "graph_module", entryPath)
                        : std::nullopt;
    if (!graphModule)
      return failure();
    if (SymbolTable::lookupSymbolIn(parent, *name))
      return fail(entryPath.field_("name"),
                  "'" + *name + "' is declared twice");
    if (failed(importFxGraphModule(
            *graphModule, entryPath.field_("graph_module"), *name, depth)))
      return failure();
  }
  return success();
}

LogicalResult ProgramImporter::importFxDocument(StringRef text,
                                                ModuleOp module) {
  JsonPath root;
  FailureOr<JsonValue> parsed = parseJson(document, text, root);
  if (failed(parsed))
    return failure();
  std::optional<JsonObject> top = getObject(*parsed, root);
  if (!top)
    return failure();
  std::optional<JsonValue> graphModules = getField(*top, "graph_modules", root);
  if (!graphModules)
    return failure();
  builder.setInsertionPointToEnd(module.getBody());
  return importNamedGraphModules(*graphModules, root.field_("graph_modules"),
                                 module, 0);
}

LogicalResult ProgramImporter::importProgram(StringRef text, StringRef name,
                                             ModuleOp module) {
  JsonPath root;
  FailureOr<JsonValue> parsed = parseJson(document, text, root);
  if (failed(parsed))
    return failure();
  std::optional<JsonObject> program = getObject(*parsed, root);
  if (!program)
    return failure();

  // The schema version comes first: a major version this reader does not
  // know may mean anything.
  std::optional<JsonObject> version =
      getObjectField(*program, "schema_version", root);
  if (!version)
    return failure();
  JsonPath versionPath = root.field_("schema_version");
  FailureOr<int64_t> major = getIntField(*version, "major", versionPath);
  FailureOr<int64_t> minor = getIntField(*version, "minor", versionPath);
  if (failed(major) || failed(minor))
    return failure();
  if (*major != kPt2SchemaMajor)
    return fail(versionPath.field_("major"),
                "unsupported schema version " + Twine(*major) + "." +
                    Twine(*minor) + "; fx-translate reads major version " +
                    Twine(kPt2SchemaMajor));

  std::optional<JsonObject> graphModule =
      getObjectField(*program, "graph_module", root);
  if (!graphModule)
    return failure();
  JsonPath graphModulePath = root.field_("graph_module");
  std::optional<JsonObject> graph =
      getObjectField(*graphModule, "graph", graphModulePath);
  std::optional<JsonObject> signature =
      getObjectField(*graphModule, "signature", graphModulePath);
  if (!graph || !signature)
    return failure();
  FailureOr<RangeConstraintsAttr> rangeConstraints = importRangeConstraints(
      program->get("range_constraints"), root.field_("range_constraints"));
  if (failed(rangeConstraints))
    return failure();

  builder.setInsertionPointToEnd(module.getBody());
  auto graphModuleOp =
      GraphModuleOp::create(builder, UnknownLoc::get(context), name);
  // What has no IR form is kept verbatim. Only that is converted: the whole
  // program, graph included, cost more than the rest of the import.
  auto convertExcept = [&](ArrayRef<StringRef> imported) {
    return [this, imported](StringRef key, JsonValue value) -> Attribute {
      if (llvm::is_contained(imported, key))
        return {};
      return jsonToAttr(context, value);
    };
  };
  Attribute rest = jsonToAttr(
      context, *program, [&](StringRef key, JsonValue value) -> Attribute {
        if (key == "graph_module")
          return jsonToAttr(context, *graphModule,
                            convertExcept({"graph", "signature"}));
        return convertExcept({"range_constraints"})(key, value);
      });
  graphModuleOp->setAttr(dialect->getProgramAttrHelper().getName(), rest);
  if (failed(importGraph(*graph, graphModulePath.field_("graph"), graphModuleOp,
                         signature, graphModulePath.field_("signature"),
                         *rangeConstraints, 0)))
    return failure();
  if (payloads && failed(importPayloads(graphModuleOp, name)))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// Archives
//===----------------------------------------------------------------------===//

namespace {
/// A .pt2 zip archive held in memory.
class Archive final : public PayloadReader {
public:
  Archive(MLIRContext *context, llvm::MemoryBufferRef buffer)
      : context(context), buffer(buffer) {}
  ~Archive() override {
    if (zip)
      zip_discard(zip);
  }

  LogicalResult open() {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(
        buffer.getBufferStart(), buffer.getBufferSize(), 0, &error);
    if (source)
      zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip) {
      if (source)
        zip_source_free(source);
      emitError(
          FileLineColLoc::get(context, buffer.getBufferIdentifier(), 0, 0))
          << "not a readable zip archive: " << zip_error_strerror(&error);
      zip_error_fini(&error);
      return failure();
    }
    zip_error_fini(&error);
    // Every record sits under one root folder, named after the archive.
    zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
      const char *name = zip_get_name(zip, i, 0);
      if (!name)
        continue;
      auto [folder, rest] = StringRef(name).split('/');
      if (root.empty())
        root = folder.str();
      records.push_back(rest.str());
    }
    Location loc = getLoc("");
    if (root.empty())
      return emitError(loc) << "the archive holds no records";
    FailureOr<std::string> format = readText(kArchiveFormatPath, loc);
    if (failed(format))
      return failure();
    if (StringRef(*format).trim() != kArchiveFormat)
      return emitError(getLoc(kArchiveFormatPath))
             << "not a pt2 archive: archive_format is '" << *format << "'";
    return success();
  }

  ArrayRef<std::string> getRecords() const { return records; }

  std::string getRecordName(StringRef record) override {
    std::string name = buffer.getBufferIdentifier().str();
    if (!record.empty())
      name += ":" + root + "/" + record.str();
    return name;
  }

  Location getLoc(StringRef record) {
    return FileLineColLoc::get(context, getRecordName(record), 0, 0);
  }

  FailureOr<uint64_t> getSize(StringRef path, Location loc) override {
    std::string name = root + "/" + path.str();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(zip, name.c_str(), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE))
      return emitError(loc) << "the archive has no record '" << name << "'";
    return stat.size;
  }

  /// An open record, closed whichever way the reader leaves.
  struct RecordCloser {
    void operator()(zip_file_t *file) const { zip_fclose(file); }
  };
  using OpenRecord = std::unique_ptr<zip_file_t, RecordCloser>;

  /// The size of `path` and the record opened, or failure with a diagnostic
  /// at `loc`.
  FailureOr<std::pair<zip_uint64_t, OpenRecord>> openRecord(StringRef path,
                                                           Location loc) {
    FailureOr<uint64_t> size = getSize(path, loc);
    if (failed(size))
      return failure();
    std::string name = root + "/" + path.str();
    OpenRecord file(zip_fopen(zip, name.c_str(), 0));
    if (!file)
      return emitError(loc)
             << "cannot open record '" << name << "': " << zip_strerror(zip);
    return std::make_pair(*size, std::move(file));
  }

  LogicalResult readInto(OpenRecord file, MutableArrayRef<char> data,
                         StringRef path, Location loc) {
    zip_int64_t read = zip_fread(file.get(), data.data(), data.size());
    if (read != zip_int64_t(data.size()))
      return emitError(loc) << "cannot read record '" << root << "/" << path
                            << "': " << zip_file_strerror(file.get());
    return success();
  }

  FailureOr<AsmResourceBlob> read(StringRef path, Location loc) override {
    auto record = openRecord(path, loc);
    if (failed(record))
      return failure();
    // Read once, straight into the blob the IR keeps.
    AsmResourceBlob blob =
        HeapAsmResourceBlob::allocate(record->first, /*align=*/64);
    if (failed(readInto(std::move(record->second), blob.getMutableData(), path,
                        loc)))
      return failure();
    return blob;
  }

  FailureOr<std::string> readText(StringRef path, Location loc) override {
    auto record = openRecord(path, loc);
    if (failed(record))
      return failure();
    // Checked before the allocation: the size is what the zip headers claim.
    if (record->first > kMaxJsonBytes)
      return emitError(loc)
             << "record '" << path << "' of " << record->first
             << " bytes is larger than the " << (kMaxJsonBytes >> 20)
             << " MiB fx-translate reads";
    std::string text(record->first, '\0');
    if (failed(readInto(std::move(record->second),
                        MutableArrayRef(text.data(), text.size()), path, loc)))
      return failure();
    return text;
  }

private:
  MLIRContext *context;
  llvm::MemoryBufferRef buffer;
  zip_t *zip = nullptr;
  std::string root;
  std::vector<std::string> records;
};
} // namespace

OwningOpRef<ModuleOp> mlir::fx::importPt2Archive(llvm::MemoryBufferRef buffer,
                                                 MLIRContext *context) {
  context->getOrLoadDialect<FxDialect>();
  Archive archive(context, buffer);
  if (failed(archive.open()))
    return {};
  // The module has no source position; an unknown location keeps the printed
  // IR a function of the program alone.
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(context));
  SmallVector<std::string> models;
  for (const std::string &record : archive.getRecords()) {
    StringRef name(record);
    if (name.consume_front(kModelsDir) && name.consume_back(".json"))
      models.push_back(name.str());
  }
  llvm::sort(models);
  if (models.empty()) {
    emitError(archive.getLoc(""))
        << "the archive holds no program under " << kModelsDir;
    return {};
  }
  for (const std::string &model : models) {
    std::string record = (kModelsDir + model + ".json").str();
    Location loc = archive.getLoc(record);
    if (model.empty()) {
      emitError(loc) << "the program record has no model name";
      return {};
    }
    FailureOr<std::string> text = archive.readText(record, loc);
    if (failed(text))
      return {};
    std::string fileName = archive.getRecordName(record);
    ProgramImporter importer(context, fileName, &archive);
    if (failed(importer.importProgram(*text, model, *module)))
      return {};
  }
  if (failed(verify(*module)))
    return {};
  return module;
}

OwningOpRef<ModuleOp> mlir::fx::importFxJson(llvm::MemoryBufferRef json,
                                             MLIRContext *context) {
  context->getOrLoadDialect<FxDialect>();
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(context));
  ProgramImporter importer(context, json.getBufferIdentifier(), nullptr);
  if (failed(importer.importFxDocument(json.getBuffer(), *module)))
    return {};
  if (failed(verify(*module)))
    return {};
  return module;
}

OwningOpRef<ModuleOp> mlir::fx::importPt2Json(llvm::MemoryBufferRef json,
                                              MLIRContext *context) {
  context->getOrLoadDialect<FxDialect>();
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(context));
  ProgramImporter importer(context, json.getBufferIdentifier(), nullptr);
  if (failed(importer.importProgram(json.getBuffer(), "model", *module)))
    return {};
  if (failed(verify(*module)))
    return {};
  return module;
}
