//===- Export.cpp - fx to .pt2 archives and program JSON ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Writes an `fx.graph_module` as torch.export's serialized ExportedProgram:
// the inverse of Import.cpp. Node values come from the types, the signature
// from #fx.input_spec / #fx.output_spec, metadata from fx's attributes and
// the weights from the module attributes' dense elements, which go into the
// archive without a copy.
//
//===----------------------------------------------------------------------===//

#include "JsonWriter.h"
#include "Schema.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Target/Pt2/Pt2.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <functional>
#include <map>
#include <zip.h>

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::pt2;

namespace {

/// One weight or constant: where its bytes are and how the config names them.
struct Payload {
  std::string fqn;
  std::string fileName;
  bool isParam;
  bool isConstant;
  ArrayRef<char> data;
  RankedTensorType type;
};

/// A value of a graph's value tables, recorded while its nodes are written:
/// the tables follow the nodes.
struct RecordedValue {
  std::string name;
  Type type;
  bool requiresGrad;
  /// A SymBool's sympy relation.
  std::string expr;
};

/// Writes one graph module as a program JSON document, streaming with no
/// document in memory. Objects get their keys in the order LLVM's writer
/// sorts a json::Object's keys to (the order of the written bytes since the
/// first release). A writer that returns a
/// LogicalResult writes exactly one value, null where it fails, so that the
/// writer's call sequence stays valid; the caller drops a failed document.
class ProgramExporter {
public:
  explicit ProgramExporter(GraphModuleOp module)
      : module(module), context(module->getContext()),
        dialect(context->getLoadedDialect<FxDialect>()) {}

  /// Writes the program JSON.
  LogicalResult exportProgram(JsonWriter &json);
  /// Collects the values of the module attributes, which the program JSON
  /// leaves out.
  LogicalResult exportPayloads();
  ArrayRef<Payload> getPayloads() const { return payloads; }
  /// Writes the tensor metadata of a type, with contiguous strides.
  void exportTensorMeta(JsonWriter &json, RankedTensorType type,
                        bool requiresGrad);
  /// Writes the fx graph module JSON of this graph module and its nested
  /// ones.
  LogicalResult exportFxGraphModule(JsonWriter &json,
                                    GraphModuleOp graphModule);

private:
  /// The value tables of the graph being written.
  struct GraphValues {
    std::vector<RecordedValue> tensors, symInts, symBools;
  };

  LogicalResult exportGraph(JsonWriter &json, GraphModuleOp graphModule,
                            bool isRoot);
  LogicalResult exportNode(JsonWriter &json, CallFunctionOp call,
                           GraphValues &values);
  LogicalResult exportNodeOutputs(JsonWriter &json, CallFunctionOp call,
                                  GraphValues &values);
  LogicalResult exportGraphOutputs(JsonWriter &json, OutputOp output,
                                   bool isRoot);
  void exportSignature(JsonWriter &json, Block &body);
  void exportModuleCallGraph(JsonWriter &json, Block &body);
  LogicalResult exportNodeRef(JsonWriter &json, Value value,
                              Operation *user);
  LogicalResult exportArgument(JsonWriter &json, Attribute attr,
                               ArrayRef<Value> &operands, Operation *user);
  FailureOr<StringRef> getListTag(ArrayRef<Attribute> elements,
                                  ArrayRef<Value> operands, Operation *user);
  void exportListElements(JsonWriter &json, StringRef tag,
                          ArrayRef<Attribute> elements,
                          ArrayRef<Value> &operands);
  void exportMetadata(JsonWriter &json, Operation *op);
  LogicalResult exportFxGraph(JsonWriter &json, GraphOp graph);
  LogicalResult exportFxNode(JsonWriter &json, Operation &op,
                             ArrayRef<Value> &operands);
  LogicalResult exportFxArgument(JsonWriter &json, Attribute attr,
                                 ArrayRef<Value> &operands, Operation *user);
  LogicalResult checkFxType(Type type, Operation *op);
  void exportFxType(JsonWriter &json, Type type);
  void exportSymInt(JsonWriter &json, AffineExpr expr);
  /// exportTensorMeta's text, which the exporter remembers per type: a
  /// model's values share a few types, and each takes ~20 JSON keys.
  void writeTensorMeta(JsonWriter &json, RankedTensorType type,
                       bool requiresGrad);
  LogicalResult recordValue(Value value, StringRef name, GraphValues &values,
                            Operation *op);
  /// Writes the entries of a value table, sorted by name.
  void
  exportValues(JsonWriter &json, ArrayRef<RecordedValue> values,
               function_ref<void(const RecordedValue &)> exportValue);
  InputSpecAttr getInputSpec(PlaceholderOp placeholder) {
    return placeholder->getAttrOfType<InputSpecAttr>(
        dialect->getInputSpecAttrHelper().getName());
  }
  ArrayAttr getOutputSpecs(OutputOp output) {
    return output->getAttrOfType<ArrayAttr>(
        dialect->getOutputSpecsAttrHelper().getName());
  }

  GraphModuleOp module;
  MLIRContext *context;
  FxDialect *dialect;
  /// The hint written for each size symbol: an example value in its range.
  DenseMap<AffineExpr, int64_t> hints;
  std::vector<Payload> payloads;
  /// The metadata of each location and module stack as a JSON string: a
  /// model's nodes share a few of each, hundreds of bytes long, and building
  /// and quoting a stack trace's text costs more than looking it up.
  DenseMap<Location, std::optional<std::string>> stackTraces;
  DenseMap<Attribute, std::string> moduleStacks;
  /// The tensor metadata text of each type and requires_grad, for the hints
  /// above.
  DenseMap<std::pair<Type, unsigned>, std::string> tensorMetas;
};

} // namespace

static StringRef getName(Value value) {
  return getNodeName(value.getDefiningOp()).value_or("");
}

/// Writes null where a value was due and returns `result`, a failure.
static LogicalResult writeNull(JsonWriter &json, LogicalResult result) {
  json.value(nullptr);
  return result;
}

/// `values` past the first `n` (all of them when fewer).
static ArrayRef<Value> dropFront(ArrayRef<Value> values, size_t n) {
  return values.drop_front(std::min(n, values.size()));
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

/// The value of `expr` with every symbol at its hint, or nothing when a
/// symbol has none (unbacked symbols).
static std::optional<int64_t>
evaluate(AffineExpr expr, const DenseMap<AffineExpr, int64_t> &hints) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return constant.getValue();
  if (isa<AffineSymbolExpr>(expr)) {
    auto it = hints.find(expr);
    return it == hints.end() ? std::nullopt : std::optional(it->second);
  }
  auto binary = cast<AffineBinaryOpExpr>(expr);
  std::optional<int64_t> lhs = evaluate(binary.getLHS(), hints);
  std::optional<int64_t> rhs = evaluate(binary.getRHS(), hints);
  if (!lhs || !rhs)
    return std::nullopt;
  switch (expr.getKind()) {
  case AffineExprKind::Add:
    return *lhs + *rhs;
  case AffineExprKind::Mul:
    return *lhs * *rhs;
  case AffineExprKind::FloorDiv:
    return *rhs ? std::optional(llvm::divideFloorSigned(*lhs, *rhs))
                : std::nullopt;
  case AffineExprKind::CeilDiv:
    return *rhs ? std::optional(llvm::divideCeilSigned(*lhs, *rhs))
                : std::nullopt;
  case AffineExprKind::Mod:
    return *rhs ? std::optional(llvm::mod(*lhs, *rhs)) : std::nullopt;
  default:
    return std::nullopt;
  }
}


void ProgramExporter::exportSymInt(JsonWriter &json, AffineExpr expr) {
  json.object([&] {
    if (auto constant = dyn_cast<AffineConstantExpr>(expr))
      return json.attribute("as_int", constant.getValue());
    std::optional<int64_t> hint = evaluate(expr, hints);
    json.attributeObject("as_expr", [&] {
      json.attribute("expr_str", printSymExpr(expr));
      json.attributeBegin("hint");
      if (hint)
        json.object([&] { json.attribute("as_int", *hint); });
      else
        json.value(nullptr);
      json.attributeEnd();
    });
  });
}

void ProgramExporter::exportTensorMeta(JsonWriter &json,
                                       RankedTensorType type,
                                       bool requiresGrad) {
  auto inserted = tensorMetas.try_emplace({type, requiresGrad});
  std::string &text = inserted.first->second;
  if (inserted.second)
    text = printJson([&](JsonWriter &meta) {
      writeTensorMeta(meta, type, requiresGrad);
    });
  json.rawValue(text);
}

void ProgramExporter::writeTensorMeta(JsonWriter &json,
                                      RankedTensorType type,
                                      bool requiresGrad) {
  SmallVector<AffineExpr> sizes = getDimSizes(type);
  SmallVector<AffineExpr> strides(sizes.size());
  AffineExpr stride = getAffineConstantExpr(1, context);
  for (int64_t d = int64_t(sizes.size()) - 1; d >= 0; --d) {
    strides[d] = stride;
    stride = stride * sizes[d];
  }
  std::optional<ScalarType> dtype = fx::getScalarType(type.getElementType());
  json.object([&] {
    json.attributeObject("device", [&] {
      json.attribute("index", nullptr);
      json.attribute("type", "cpu");
    });
    json.attribute("dtype", dtype ? getScalarTypeCode(*dtype) : 0);
    json.attribute("layout", getLayoutCode(Layout::strided));
    json.attribute("requires_grad", requiresGrad);
    json.attributeArray("sizes", [&] {
      for (AffineExpr size : sizes)
        exportSymInt(json, size);
    });
    json.attributeObject("storage_offset",
                         [&] { json.attribute("as_int", 0); });
    json.attributeArray("strides", [&] {
      for (AffineExpr dimStride : strides)
        exportSymInt(json, dimStride);
    });
  });
}

/// The sympy relation a SymBool node computes, for comparisons of SymInts
/// and ints (`operator.ge(%sym_size, 0)` is `GreaterThan(..., Integer(0))`).
static std::optional<std::string> getComparisonExpr(Value value) {
  static constexpr std::pair<StringLiteral, StringLiteral> kRelations[] = {
      {"operator.ge", "GreaterThan"},
      {"operator.le", "LessThan"},
      {"operator.gt", "StrictGreaterThan"},
      {"operator.lt", "StrictLessThan"},
      {"operator.eq", "Eq"},
      {"operator.ne", "Ne"}};
  auto call = value.getDefiningOp<CallFunctionOp>();
  if (!call || call.getArgs().size() != 2)
    return std::nullopt;
  const auto *relation = llvm::find_if(kRelations, [&](const auto &entry) {
    return entry.first == call.getTarget();
  });
  if (relation == std::end(kRelations))
    return std::nullopt;
  SmallVector<std::string, 2> sides;
  auto operands = call.getOperands();
  for (Attribute arg : call.getArgs()) {
    AffineExpr expr;
    if (auto constant = dyn_cast<IntegerAttr>(arg);
        constant && !isa<BoolAttr>(arg))
      expr = getAffineConstantExpr(constant.getInt(), call.getContext());
    else if (isa<NodeAttr>(arg) && !operands.empty()) {
      if (auto symInt = dyn_cast<SymIntType>(operands.front().getType()))
        expr = symInt.getValue();
      operands = operands.drop_front();
    }
    if (!expr)
      return std::nullopt;
    sides.push_back(printSymExpr(expr));
  }
  return (relation->second + "(" + sides[0] + ", " + sides[1] + ")").str();
}

LogicalResult ProgramExporter::recordValue(Value value, StringRef name,
                                           GraphValues &values, Operation *op) {
  Type type = value.getType();
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    for (AffineExpr size : getDimSizes(tensor))
      if (!size)
        return op->emitError("cannot export '")
               << name << "': its type " << type << " has an unknown size";
    if (!fx::getScalarType(tensor.getElementType()))
      return op->emitError("cannot export '")
             << name << "': no torch.dtype for " << tensor.getElementType();
    auto placeholder = dyn_cast<PlaceholderOp>(op);
    InputSpecAttr spec = placeholder ? getInputSpec(placeholder) : nullptr;
    values.tensors.push_back(
        {name.str(), type, spec && spec.getKind() == InputKind::parameter, {}});
    return success();
  }
  if (auto symInt = dyn_cast<SymIntType>(type)) {
    if (!symInt.getValue())
      return op->emitError("cannot export '")
             << name << "': a SymInt needs its size expression";
    values.symInts.push_back({name.str(), type, false, {}});
    return success();
  }
  if (isa<SymBoolType>(type)) {
    std::optional<std::string> expr = getComparisonExpr(value);
    if (!expr)
      return op->emitError("cannot export SymBool '")
             << name << "': only comparisons of SymInts have an expression";
    values.symBools.push_back({name.str(), type, false, std::move(*expr)});
    return success();
  }
  return op->emitError("cannot export '")
         << name << "' of type " << type << " to a .pt2 program";
}

void ProgramExporter::exportValues(
    JsonWriter &json, ArrayRef<RecordedValue> values,
    function_ref<void(const RecordedValue &)> exportValue) {
  for (unsigned i : getJsonKeyOrder(values.size(), [&](unsigned i) {
         return StringRef(values[i].name);
       })) {
    json.attributeBegin(values[i].name);
    exportValue(values[i]);
    json.attributeEnd();
  }
}

/// The Argument tag of a node of type `type`.
static StringRef getRefTag(Type type) {
  if (isa<RankedTensorType>(type))
    return "as_tensor";
  if (isa<SymIntType>(type))
    return "as_sym_int";
  if (isa<SymBoolType>(type))
    return "as_sym_bool";
  if (isa<SymFloatType>(type))
    return "as_sym_float";
  if (isa<GraphModuleType>(type))
    return "as_graph";
  return "";
}

//===----------------------------------------------------------------------===//
// Arguments
//===----------------------------------------------------------------------===//


/// Writes a reference to a node, `{tag: {"name": name}}` for tensors and
/// `{tag: {"as_name": name}}` for the others.
static void writeNodeRef(JsonWriter &json, StringRef tag, StringRef name) {
  json.object([&] {
    json.attributeObject(tag, [&] {
      json.attribute(tag == "as_tensor" ? "name" : "as_name", name);
    });
  });
}

LogicalResult ProgramExporter::exportNodeRef(JsonWriter &json, Value value,
                                             Operation *user) {
  StringRef tag = getRefTag(value.getType());
  StringRef name = getName(value);
  if (tag.empty())
    return writeNull(json, user->emitError("cannot export a reference to '")
                               << name << "' of type " << value.getType());
  if (tag != "as_graph") {
    writeNodeRef(json, tag, name);
    return success();
  }
  auto getAttr = value.getDefiningOp<GetAttrOp>();
  auto nested = getAttr ? SymbolTable::lookupNearestSymbolFrom<GraphModuleOp>(
                              getAttr, getAttr.getTargetAttr())
                        : GraphModuleOp();
  if (!nested)
    return writeNull(json, user->emitError("cannot export a graph module "
                                           "argument that names no "
                                           "fx.graph_module"));
  LogicalResult result = success();
  json.object([&] {
    json.attributeObject(tag, [&] {
      json.attributeBegin("graph");
      result = exportGraph(json, nested, /*isRoot=*/false);
      json.attributeEnd();
      json.attribute("name", getAttr.getTarget());
    });
  });
  return result;
}

/// Writes a float as torch.export's serializer does: Python's repr (what
/// `json.dumps` writes), non-finite values as names in strings.
static void exportFloat(JsonWriter &json, double value) {
  if (std::isnan(value))
    return json.value("NaN");
  if (std::isinf(value))
    return json.value(value > 0 ? "Infinity" : "-Infinity");
  json.rawValue(formatPythonRepr(value));
}

/// The list of lists kind whose elements are lists of kind `tag`, or "".
static StringRef getListOfListsTag(StringRef tag) {
  return tag == "as_ints"      ? "as_int_lists"
         : tag == "as_floats"  ? "as_float_lists"
         : tag == "as_tensors" ? "as_nested_tensors"
                               : "";
}

FailureOr<StringRef>
ProgramExporter::getListTag(ArrayRef<Attribute> elements,
                            ArrayRef<Value> operands, Operation *user) {
  // The list kind follows from its elements, as the serializer's does from
  // the schema type.
  auto all = [&](auto predicate) { return llvm::all_of(elements, predicate); };
  auto isInt = [](Attribute a) {
    return isa<IntegerAttr>(a) && !isa<BoolAttr>(a);
  };
  if (elements.empty() || all(isInt))
    return StringRef("as_ints");
  if (all([](Attribute a) { return isa<BoolAttr>(a); }))
    return StringRef("as_bools");
  if (all([](Attribute a) { return isa<FloatAttr>(a); }))
    return StringRef("as_floats");
  if (all([](Attribute a) { return isa<StringAttr>(a); }))
    return StringRef("as_strings");
  SmallVector<Type> nodeTypes;
  ArrayRef<Value> rest = operands;
  for (Attribute element : elements)
    if (isa<NodeAttr>(element) && !rest.empty()) {
      nodeTypes.push_back(rest.front().getType());
      rest = rest.drop_front();
    }
  auto refsAre = [&](auto typePredicate) {
    return llvm::all_of(nodeTypes, typePredicate);
  };
  bool tensorsOnly = refsAre([](Type t) { return isa<RankedTensorType>(t); });
  if (tensorsOnly && all([](Attribute a) { return isa<NodeAttr>(a); }))
    return StringRef("as_tensors");
  if (tensorsOnly &&
      all([](Attribute a) { return isa<NodeAttr, NoneAttr>(a); }))
    return StringRef("as_optional_tensors");
  // SymInt, SymBool and SymFloat lists: constants and node names.
  static constexpr std::tuple<StringLiteral, StringLiteral> kSymLists[] = {
      {"as_sym_int", "as_sym_ints"},
      {"as_sym_bool", "as_sym_bools"},
      {"as_sym_float", "as_sym_floats"}};
  for (auto [symTag, listTag] : kSymLists) {
    StringRef elementTag = symTag;
    if (!refsAre([&](Type t) { return getRefTag(t) == elementTag; }))
      continue;
    if (all([](Attribute a) { return isa<NodeAttr, IntegerAttr, FloatAttr>(a); }))
      return StringRef(listTag);
    break;
  }
  // Lists of lists.
  if (all([](Attribute a) { return isa<ArrayAttr>(a); })) {
    StringRef listTag;
    rest = operands;
    for (Attribute element : elements) {
      FailureOr<StringRef> innerTag =
          getListTag(cast<ArrayAttr>(element).getValue(), rest, user);
      if (failed(innerTag))
        return failure();
      rest = dropFront(rest, countNodeRefs(element));
      StringRef tag = getListOfListsTag(*innerTag);
      if (tag.empty() || (!listTag.empty() && tag != listTag))
        return user->emitError("cannot export a list of lists of ")
               << *innerTag << " to a .pt2 program";
      listTag = tag;
    }
    return listTag;
  }
  return user->emitError("cannot export the list ")
         << ArrayAttr::get(context, elements)
         << ": its elements have no common .pt2 list kind";
}

void ProgramExporter::exportListElements(JsonWriter &json, StringRef tag,
                                         ArrayRef<Attribute> elements,
                                         ArrayRef<Value> &operands) {
  auto nextName = [&] {
    StringRef name = getName(operands.front());
    operands = operands.drop_front();
    return name;
  };
  json.array([&] {
    for (Attribute element : elements) {
      if (tag == "as_ints") {
        json.value(cast<IntegerAttr>(element).getInt());
      } else if (tag == "as_bools") {
        json.value(cast<BoolAttr>(element).getValue());
      } else if (tag == "as_floats") {
        exportFloat(json, cast<FloatAttr>(element).getValueAsDouble());
      } else if (tag == "as_strings") {
        json.value(cast<StringAttr>(element).getValue());
      } else if (tag == "as_tensors") {
        json.object([&] { json.attribute("name", nextName()); });
      } else if (tag == "as_optional_tensors") {
        if (isa<NoneAttr>(element))
          json.object([&] { json.attribute("as_none", true); });
        else
          writeNodeRef(json, "as_tensor", nextName());
      } else if (StringRef innerTag = tag == "as_int_lists" ? "as_ints"
                                      : tag == "as_float_lists"
                                          ? "as_floats"
                                      : tag == "as_nested_tensors"
                                          ? "as_tensors"
                                          : "";
                 !innerTag.empty()) {
        exportListElements(json, innerTag, cast<ArrayAttr>(element).getValue(),
                           operands);
      } else {
        // A SymInt, SymBool or SymFloat list.
        json.object([&] {
          if (isa<NodeAttr>(element)) {
            json.attribute("as_name", nextName());
          } else if (auto b = dyn_cast<BoolAttr>(element)) {
            json.attribute("as_bool", b.getValue());
          } else if (auto i = dyn_cast<IntegerAttr>(element)) {
            json.attribute("as_int", i.getInt());
          } else {
            json.attributeBegin("as_float");
            exportFloat(json, cast<FloatAttr>(element).getValueAsDouble());
            json.attributeEnd();
          }
        });
      }
    }
  });
}

LogicalResult ProgramExporter::exportArgument(JsonWriter &json,
                                              Attribute attr,
                                              ArrayRef<Value> &operands,
                                              Operation *user) {
  if (isa<NodeAttr>(attr)) {
    if (operands.empty())
      return writeNull(json,
                       user->emitError("more node references than operands"));
    Value value = operands.front();
    operands = operands.drop_front();
    return exportNodeRef(json, value, user);
  }
  ArrayRef<Attribute> elements;
  if (auto list = dyn_cast<ArrayAttr>(attr))
    elements = list.getValue();
  else if (auto tuple = dyn_cast<TupleAttr>(attr))
    elements = tuple.getElements().getValue();
  if (isa<ArrayAttr, TupleAttr>(attr)) {
    FailureOr<StringRef> tag = getListTag(elements, operands, user);
    if (failed(tag))
      return writeNull(json, failure());
    json.object([&] {
      json.attributeBegin(*tag);
      exportListElements(json, *tag, elements, operands);
      json.attributeEnd();
    });
    return success();
  }
  if (auto dict = dyn_cast<DictAttr>(attr)) {
    // Written by sorted key, each value with the operands after those of the
    // values before it in the dictionary.
    SmallVector<ArrayRef<Value>> valueOperands;
    for (Attribute value : dict.getValues()) {
      valueOperands.push_back(operands);
      operands = dropFront(operands, countNodeRefs(value));
    }
    ArrayRef<Attribute> keys = dict.getKeys().getValue();
    auto getKey = [&](unsigned i) {
      return cast<StringAttr>(keys[i]).getValue();
    };
    LogicalResult result = success();
    json.object([&] {
      json.attributeObject("as_string_to_argument", [&] {
        for (unsigned i : getJsonKeyOrder(keys.size(), getKey)) {
          json.attributeBegin(getKey(i));
          result = exportArgument(json, dict.getValues()[i], valueOperands[i],
                                  user);
          json.attributeEnd();
          if (failed(result))
            return;
        }
      });
    });
    return result;
  }
  auto writeTagged = [&](StringRef tag, auto writeValue) {
    json.object([&] {
      json.attributeBegin(tag);
      writeValue();
      json.attributeEnd();
    });
    return success();
  };
  if (isa<NoneAttr>(attr))
    return writeTagged("as_none", [&] { json.value(true); });
  if (auto b = dyn_cast<BoolAttr>(attr))
    return writeTagged("as_bool", [&] { json.value(b.getValue()); });
  if (auto i = dyn_cast<IntegerAttr>(attr))
    return writeTagged("as_int", [&] { json.value(i.getInt()); });
  if (auto f = dyn_cast<FloatAttr>(attr))
    return writeTagged("as_float",
                       [&] { exportFloat(json, f.getValueAsDouble()); });
  if (auto s = dyn_cast<StringAttr>(attr))
    return writeTagged("as_string", [&] { json.value(s.getValue()); });
  if (auto complex = dyn_cast<ComplexAttr>(attr))
    return writeTagged("as_complex", [&] {
      json.object([&] {
        json.attributeBegin("imag");
        exportFloat(json, complex.getImag().convertToDouble());
        json.attributeEnd();
        json.attributeBegin("real");
        exportFloat(json, complex.getReal().convertToDouble());
        json.attributeEnd();
      });
    });
  if (auto dtype = dyn_cast<ScalarTypeAttr>(attr))
    return writeTagged("as_scalar_type", [&] {
      json.value(getScalarTypeCode(dtype.getValue()));
    });
  if (auto layout = dyn_cast<LayoutAttr>(attr))
    return writeTagged("as_layout",
                       [&] { json.value(getLayoutCode(layout.getValue())); });
  if (auto format = dyn_cast<MemoryFormatAttr>(attr))
    return writeTagged("as_memory_format", [&] {
      json.value(getMemoryFormatCode(format.getValue()));
    });
  if (auto device = dyn_cast<DeviceAttr>(attr)) {
    StringRef type, index;
    std::tie(type, index) = device.getDevice().split(':');
    int64_t i;
    bool hasIndex = !index.empty() && !index.getAsInteger(10, i);
    return writeTagged("as_device", [&] {
      json.object([&] {
        json.attributeBegin("index");
        if (hasIndex)
          json.value(i);
        else
          json.value(nullptr);
        json.attributeEnd();
        json.attribute("type", type);
      });
    });
  }
  if (auto op = dyn_cast<OperatorAttr>(attr))
    return writeTagged("as_operator", [&] {
      json.value((kOpsPrefix + op.getName()).str());
    });
  return writeNull(json, user->emitError("cannot export the argument ")
                             << attr << " to a .pt2 program");
}

//===----------------------------------------------------------------------===//
// Metadata
//===----------------------------------------------------------------------===//

void ProgramExporter::exportMetadata(JsonWriter &json, Operation *op) {
  // The fields in the order the first writer assigned them to a
  // json::Object, so that a key of fx.meta replaces a field of its name.
  // The texts nodes share are kept quoted (`json`), written as they are;
  // the node's own are kept in `texts` and quoted as they are written.
  struct Entry {
    StringRef key;
    StringRef json;
    unsigned textIndex = ~0u;
  };
  SmallVector<Entry, 8> entries;
  SmallVector<std::string, 8> texts;
  auto addShared = [&](StringRef key, StringRef json) {
    entries.push_back({key, json});
  };
  auto addText = [&](StringRef key, std::string text) {
    texts.push_back(std::move(text));
    entries.push_back({key, {}, unsigned(texts.size() - 1)});
  };
  auto [trace, traceIsNew] = stackTraces.try_emplace(op->getLoc());
  if (traceIsNew)
    if (std::optional<std::string> text = getStackTrace(op->getLoc()))
      trace->second =
          printJson([&](JsonWriter &quoted) { quoted.value(*text); });
  if (trace->second)
    addShared("stack_trace", *trace->second);
  if (auto stack = op->getAttrOfType<NNModuleStackAttr>(
          dialect->getNnModuleStackAttrHelper().getName())) {
    auto [known, isNew] = moduleStacks.try_emplace(stack);
    if (isNew) {
      std::string text;
      for (auto [i, entry] : llvm::enumerate(stack.getEntries()))
        text += (i ? ";" : "") + entry.key.str() + "," + entry.path.str() +
                "," + entry.type.str();
      known->second =
          printJson([&](JsonWriter &quoted) { quoted.value(text); });
    }
    addShared("nn_module_stack", known->second);
  }
  if (auto fn = op->getAttrOfType<TorchFnAttr>(
          dialect->getTorchFnAttrHelper().getName()))
    addText("torch_fn", (fn.getName() + ";" + fn.getQualifiedName()).str());
  // As torch.export's serializer writes it: `json.dumps` of the value.
  if (auto custom =
          op->getAttrOfType<DictAttr>(dialect->getCustomAttrHelper().getName());
      custom && isJsonAttr(custom))
    addText("custom", printJson([&](JsonWriter &text) {
                writeAttrJson(text, custom);
              }));
  // As torch.export's serializer writes it: not at all when empty.
  if (auto stack = op->getAttrOfType<SourceFnStackAttr>(
          dialect->getSourceFnStackAttrHelper().getName());
      stack && !stack.getEntries().empty()) {
    std::string text;
    for (auto [i, entry] : llvm::enumerate(stack.getEntries()))
      text += (i ? ";" : "") + entry.name.str() + "," + entry.target.str();
    addText("source_fn_stack", text);
  }
  // torch.export's serializer drops seq_nr and original_aten; fx-mlir writes
  // them as JSON text, as the FX-JSON writer does (PyTorch's reader ignores
  // them).
  if (auto seqNr =
          op->getAttrOfType<IntegerAttr>(dialect->getSeqNrAttrHelper().getName()))
    addText("seq_nr", std::to_string(seqNr.getInt()));
  if (auto originalAten = op->getAttrOfType<OperatorAttr>(
          dialect->getOriginalAtenAttrHelper().getName()))
    addText("original_aten", ("\"" + originalAten.getName() + "\"").str());
  if (const FromNode *fromNode = getFromNode(op))
    addText("from_node", printJson([&](JsonWriter &text) {
                writeNodeSourcesJson(text, *fromNode);
              }));
  if (auto meta =
          op->getAttrOfType<DictAttr>(dialect->getMetaAttrHelper().getName()))
    for (auto [key, value] : llvm::zip(meta.getKeys(), meta.getValues()))
      if (auto text = dyn_cast<StringAttr>(value))
        addText(cast<StringAttr>(key).getValue(), text.getValue().str());
  json.object([&] {
    for (unsigned i : getJsonKeyOrder(
             entries.size(), [&](unsigned i) { return entries[i].key; })) {
      const Entry &entry = entries[i];
      json.attributeBegin(entry.key);
      if (entry.textIndex == ~0u)
        json.rawValue(entry.json);
      else
        json.value(StringRef(texts[entry.textIndex]));
      json.attributeEnd();
    }
  });
}

//===----------------------------------------------------------------------===//
// Graphs
//===----------------------------------------------------------------------===//

/// The program JSON target of an fx call_function target.
/// The schema names of `call`'s positional args, from the inference
/// registry's schema of its target; null when it has none or too few params.
static ArrayAttr getSchemaArgNames(CallFunctionOp call) {
  const OpSchema *schema = lookupOpSchema(call.getTarget());
  if (!schema || schema->params.size() < call.getArgs().size())
    return {};
  Builder builder(call.getContext());
  SmallVector<Attribute> names;
  for (const SchemaParam &param :
       ArrayRef(schema->params).take_front(call.getArgs().size()))
    names.push_back(builder.getStringAttr(param.name));
  return builder.getArrayAttr(names);
}

static std::string exportTarget(StringRef target) {
  if (target.consume_front("operator."))
    return (kOperatorModule + target).str();
  if (target.starts_with("torch.") || target.starts_with("builtins.") ||
      target.starts_with("math."))
    return target.str();
  return (kOpsPrefix + target).str();
}

/// The getitem nodes that take a multi-output node apart, by index.
static DenseMap<int64_t, CallFunctionOp> getGetitems(Value tuple) {
  DenseMap<int64_t, CallFunctionOp> getitems;
  for (Operation *user : tuple.getUsers()) {
    auto call = dyn_cast<CallFunctionOp>(user);
    if (!call || call.getTarget() != "operator.getitem" ||
        call.getArgs().size() != 2 || call.getNumResults() != 1)
      continue;
    if (auto index = dyn_cast<IntegerAttr>(call.getArgs()[1]))
      getitems.try_emplace(index.getInt(), call);
  }
  return getitems;
}

static bool isAbsorbedGetitem(CallFunctionOp call) {
  if (call.getTarget() != "operator.getitem" || call.getOperands().empty())
    return false;
  Value tuple = call.getOperands().front();
  auto producer = tuple.getDefiningOp<CallFunctionOp>();
  auto index = call.getArgs().size() == 2
                   ? dyn_cast<IntegerAttr>(call.getArgs()[1])
                   : IntegerAttr();
  return producer && index && isa<TupleType>(tuple.getType()) &&
         getGetitems(tuple).lookup(index.getInt()) == call;
}


/// The results an output node returns: its tuple's elements, or its one
/// value.
static ArrayRef<Attribute> getResults(OutputOp output) {
  if (output.getArgs().empty())
    return {};
  if (auto tuple = dyn_cast<TupleAttr>(output.getArgs()[0]))
    return tuple.getElements().getValue();
  return output.getArgs().getValue().take_front();
}

/// The kind and target of output `i` of a graph with output specs `specs`.
static std::pair<OutputKind, StringAttr> getOutputSpec(ArrayAttr specs,
                                                       size_t i) {
  if (!specs)
    return {OutputKind::user_output, StringAttr()};
  auto spec = cast<OutputSpecAttr>(specs[i]);
  return {spec.getKind(), spec.getTarget()};
}

/// Writes a node input, `{"arg": ..., "kind": ..., "name": ...}`, its arg by
/// `exportArg`.
static LogicalResult exportInput(JsonWriter &json, StringRef name,
                                 ArgumentKind kind,
                                 function_ref<LogicalResult()> exportArg) {
  LogicalResult result = success();
  json.object([&] {
    json.attributeBegin("arg");
    result = exportArg();
    json.attributeEnd();
    json.attribute("kind", int64_t(kind));
    json.attribute("name", name);
  });
  return result;
}

LogicalResult ProgramExporter::exportGraph(JsonWriter &json,
                                           GraphModuleOp graphModule,
                                           bool isRoot) {
  GraphOp graph = graphModule.getGraph();
  if (!graph)
    return writeNull(json, graphModule.emitError("has no fx.graph"));
  Block &body = graph.getBody().front();
  GraphValues values;
  bool singleReturn = llvm::any_of(body.getOps<OutputOp>(), [](OutputOp op) {
    return !op.getArgs().empty() && !isa<TupleAttr>(op.getArgs()[0]);
  });
  LogicalResult result = success();
  json.object([&] {
    json.attributeObject("custom_obj_values", [] {});
    json.attributeArray("inputs", [&] {
      for (auto placeholder : body.getOps<PlaceholderOp>())
        if (failed(result = recordValue(placeholder.getResult(),
                                        placeholder.getName(), values,
                                        placeholder)) ||
            failed(result = exportNodeRef(json, placeholder.getResult(),
                                          placeholder)))
          return;
    });
    if (failed(result))
      return;
    json.attribute("is_single_tensor_return", singleReturn);
    json.attributeArray("nodes", [&] {
      for (Operation &op : body) {
        if (isa<PlaceholderOp, OutputOp>(op))
          continue;
        if (auto getAttr = dyn_cast<GetAttrOp>(op)) {
          // Subgraphs are written inline where a node uses them.
          if (isa<GraphModuleType>(getAttr.getType()))
            continue;
          result = getAttr.emitError("cannot export a get_attr of a tensor: "
                                     "an exported program lifts it to a "
                                     "placeholder");
          return;
        }
        auto call = dyn_cast<CallFunctionOp>(op);
        if (!call) {
          result = op.emitError("cannot export an '")
                   << op.getName() << "' node: exported programs hold only "
                   << "placeholder, call_function and output nodes";
          return;
        }
        if (!isAbsorbedGetitem(call) &&
            failed(result = exportNode(json, call, values)))
          return;
      }
    });
    if (failed(result))
      return;
    json.attributeArray("outputs", [&] {
      for (auto output : body.getOps<OutputOp>())
        if (failed(result = exportGraphOutputs(json, output, isRoot)))
          return;
    });
    if (failed(result))
      return;
    json.attributeObject("sym_bool_values", [&] {
      exportValues(json, values.symBools, [&](const RecordedValue &value) {
        json.object([&] {
          json.attributeObject("as_expr", [&] {
            json.attribute("expr_str", StringRef(value.expr));
            json.attribute("hint", nullptr);
          });
        });
      });
    });
    json.attributeObject("sym_float_values", [] {});
    json.attributeObject("sym_int_values", [&] {
      exportValues(json, values.symInts, [&](const RecordedValue &value) {
        exportSymInt(json, cast<SymIntType>(value.type).getValue());
      });
    });
    json.attributeObject("tensor_values", [&] {
      exportValues(json, values.tensors, [&](const RecordedValue &value) {
        exportTensorMeta(json, cast<RankedTensorType>(value.type),
                         value.requiresGrad);
      });
    });
  });
  return result;
}

LogicalResult ProgramExporter::exportNode(JsonWriter &json,
                                          CallFunctionOp call,
                                          GraphValues &values) {
  // Inputs: positional args by their schema names, then kwargs.
  SmallVector<Value> operandList(call.getOperands());
  ArrayRef<Value> rest(operandList);
  auto argNames = call->getAttrOfType<ArrayAttr>(
      dialect->getArgNamesAttrHelper().getName());
  // Higher-order ops and Python operators take args without schema names;
  // fx spells the former `higher_order.cond` or
  // `torch.ops.higher_order.cond`.
  StringRef target = call.getTarget();
  target.consume_front(kOpsPrefix);
  bool higherOrder = target.starts_with("higher_order.");
  bool needsNames = !higherOrder && !target.starts_with("operator.");
  // A node a pass created has no recorded names: its schema gives them.
  if (needsNames && !argNames)
    argNames = getSchemaArgNames(call);
  if (needsNames && !call.getArgs().empty() &&
      (!argNames || argNames.size() != call.getArgs().size()))
    return writeNull(json, call.emitError("cannot export a call to '")
                               << call.getTarget()
                               << "' without fx.arg_names, the schema names "
                                  "of its "
                               << call.getArgs().size() << " positional args");
  // Whether a higher-order op returns one tensor rather than a tuple.
  std::optional<bool> hopSingle;
  if (higherOrder && call.getNumResults() == 1) {
    Type type = call.getResult(0).getType();
    if (isa<TupleType>(type))
      hopSingle = false;
    else if (!isa<NoneType>(type))
      hopSingle = true;
  }
  LogicalResult result = success();
  json.object([&] {
    json.attributeArray("inputs", [&] {
      ArrayAttr args = call.getArgs();
      for (size_t i = 0; i < args.size(); ++i) {
        StringRef argName = argNames && i < argNames.size()
                                ? cast<StringAttr>(argNames[i]).getValue()
                                : StringRef();
        if (failed(result = exportInput(
                       json, argName, ArgumentKind::Positional, [&] {
                         return exportArgument(json, args[i], rest, call);
                       })))
          return;
      }
      DictAttr kwargs = call.getKwargs();
      for (size_t i = 0; i < kwargs.size(); ++i)
        if (failed(result = exportInput(
                       json, cast<StringAttr>(kwargs.getKeys()[i]).getValue(),
                       ArgumentKind::Keyword, [&] {
                         return exportArgument(json, kwargs.getValues()[i],
                                               rest, call);
                       })))
          return;
    });
    if (failed(result))
      return;
    json.attributeBegin("is_hop_single_tensor_return");
    if (hopSingle)
      json.value(*hopSingle);
    else
      json.value(nullptr);
    json.attributeEnd();
    json.attributeBegin("metadata");
    exportMetadata(json, call);
    json.attributeEnd();
    json.attribute("name", call.getName());
    json.attributeArray(
        "outputs", [&] { result = exportNodeOutputs(json, call, values); });
    if (failed(result))
      return;
    json.attribute("target", exportTarget(call.getTarget()));
  });
  return result;
}

LogicalResult ProgramExporter::exportNodeOutputs(JsonWriter &json,
                                                 CallFunctionOp call,
                                                 GraphValues &values) {
  if (call.getNumResults() != 1)
    return success();
  // The value itself, or each tuple element by its getitem's name.
  Value result = call.getResult(0);
  auto tuple = dyn_cast<TupleType>(result.getType());
  if (!tuple) {
    if (isa<NoneType>(result.getType())) {
      json.object([&] { json.attribute("as_none", true); });
      return success();
    }
    if (failed(recordValue(result, call.getName(), values, call)))
      return failure();
    return exportNodeRef(json, result, call);
  }
  DenseMap<int64_t, CallFunctionOp> getitems = getGetitems(result);
  for (auto [i, type] : llvm::enumerate(tuple.getTypes())) {
    if (isa<NoneType>(type)) {
      json.object([&] { json.attribute("as_none", true); });
      continue;
    }
    CallFunctionOp getitem = getitems.lookup(i);
    std::string name =
        getitem ? getName(getitem.getResult(0)).str()
                : (call.getName() + "_unused_" + std::to_string(i)).str();
    StringRef tag = getRefTag(type);
    if (tag.empty() || tag == "as_graph")
      return call.emitError("cannot export output ")
             << i << " of type " << type;
    if (getitem) {
      if (failed(recordValue(getitem.getResult(0), name, values, getitem)))
        return failure();
    } else if (auto tensor = dyn_cast<RankedTensorType>(type)) {
      // An unused output still needs its metadata.
      values.tensors.push_back({name, tensor, false, {}});
    }
    writeNodeRef(json, tag, name);
  }
  return success();
}

LogicalResult ProgramExporter::exportGraphOutputs(JsonWriter &json,
                                                  OutputOp output,
                                                  bool isRoot) {
  SmallVector<Value> operandList(output.getOperands());
  ArrayRef<Value> rest(operandList);
  ArrayRef<Attribute> results = getResults(output);
  ArrayAttr specs = getOutputSpecs(output);
  if (specs && specs.size() != results.size())
    return output.emitError("has ") << specs.size() << " output specs for "
                                    << results.size() << " outputs";
  for (auto [i, element] : llvm::enumerate(results)) {
    Value front = rest.empty() ? Value() : rest.front();
    if (failed(exportArgument(json, element, rest, output)))
      return failure();
    // The specs other than user outputs hold a TensorArgument.
    OutputKind kind = getOutputSpec(specs, i).first;
    if (isRoot && kind != OutputKind::user_output &&
        !(isa<NodeAttr>(element) && isa<RankedTensorType>(front.getType())))
      return output.emitError("output ")
             << i << " of kind " << stringifyOutputKind(kind)
             << " is not a tensor";
  }
  return success();
}

void ProgramExporter::exportSignature(JsonWriter &json, Block &body) {
  json.object([&] {
    json.attributeArray("input_specs", [&] {
      for (auto placeholder : body.getOps<PlaceholderOp>()) {
        InputSpecAttr spec = getInputSpec(placeholder);
        InputKind kind = spec ? spec.getKind() : InputKind::user_input;
        StringRef target =
            spec && spec.getTarget() ? spec.getTarget().getValue() : "";
        auto writeTensorArg = [&] {
          json.attributeObject(
              "arg", [&] { json.attribute("name", placeholder.getName()); });
        };
        json.object([&] {
          switch (kind) {
          case InputKind::user_input:
            json.attributeObject("user_input", [&] {
              json.attributeBegin("arg");
              (void)exportNodeRef(json, placeholder.getResult(), placeholder);
              json.attributeEnd();
            });
            break;
          case InputKind::parameter:
            json.attributeObject("parameter", [&] {
              writeTensorArg();
              json.attribute("parameter_name", target);
            });
            break;
          case InputKind::buffer:
          case InputKind::non_persistent_buffer:
            json.attributeObject("buffer", [&] {
              writeTensorArg();
              json.attribute("buffer_name", target);
              json.attribute("persistent", kind == InputKind::buffer);
            });
            break;
          case InputKind::tensor_constant:
            json.attributeObject("tensor_constant", [&] {
              writeTensorArg();
              json.attribute("tensor_constant_name", target);
            });
            break;
          }
        });
      }
    });
    json.attributeArray("output_specs", [&] {
      static constexpr std::tuple<OutputKind, StringLiteral, StringLiteral>
          kSpecs[] = {
              {OutputKind::loss_output, "loss_output", ""},
              {OutputKind::buffer_mutation, "buffer_mutation", "buffer_name"},
              {OutputKind::parameter_mutation, "parameter_mutation",
               "parameter_name"},
              {OutputKind::gradient_to_parameter, "gradient_to_parameter",
               "parameter_name"},
              {OutputKind::gradient_to_user_input, "gradient_to_user_input",
               "user_input_name"},
              {OutputKind::user_input_mutation, "user_input_mutation",
               "user_input_name"}};
      for (auto output : body.getOps<OutputOp>()) {
        SmallVector<Value> operandList(output.getOperands());
        ArrayRef<Value> rest(operandList);
        ArrayAttr specs = getOutputSpecs(output);
        ArrayRef<Attribute> results = getResults(output);
        for (size_t i = 0; i < results.size(); ++i) {
          Attribute element = results[i];
          OutputKind kind;
          StringAttr target;
          std::tie(kind, target) = getOutputSpec(specs, i);
          if (kind == OutputKind::user_output) {
            json.object([&] {
              json.attributeObject("user_output", [&] {
                json.attributeBegin("arg");
                (void)exportArgument(json, element, rest, output);
                json.attributeEnd();
              });
            });
            continue;
          }
          // exportGraphOutputs checked that the element is a tensor.
          StringRef name = getName(rest.front());
          rest = rest.drop_front();
          for (const auto &spec : kSpecs) {
            if (std::get<0>(spec) != kind)
              continue;
            StringRef tag = std::get<1>(spec), nameKey = std::get<2>(spec);
            json.object([&] {
              json.attributeObject(tag, [&] {
                json.attributeObject("arg",
                                     [&] { json.attribute("name", name); });
                if (!nameKey.empty())
                  json.attribute(nameKey,
                                 target ? target.getValue() : StringRef());
              });
            });
          }
        }
      }
    });
  });
}

void ProgramExporter::exportModuleCallGraph(JsonWriter &json, Block &body) {
  // The root module takes the user inputs as positional args and returns its
  // user outputs as a tuple (one output as itself).
  SmallVector<StringRef> forwardArgNames;
  for (auto placeholder : body.getOps<PlaceholderOp>()) {
    InputSpecAttr spec = getInputSpec(placeholder);
    if (!spec || spec.getKind() == InputKind::user_input)
      forwardArgNames.push_back(getName(placeholder.getResult()));
  }
  size_t numUserOutputs = 0;
  for (auto output : body.getOps<OutputOp>()) {
    ArrayAttr specs = getOutputSpecs(output);
    for (size_t i = 0, e = getResults(output).size(); i < e; ++i)
      numUserOutputs +=
          getOutputSpec(specs, i).first == OutputKind::user_output;
  }
  auto writeLeaf = [](JsonWriter &spec) {
    spec.object([&] {
      spec.attributeArray("children_spec", [] {});
      spec.attribute("context", nullptr);
      spec.attribute("type", nullptr);
    });
  };
  auto writeSpec = [&](JsonWriter &spec, StringRef type, StringRef context,
                       size_t numLeaves, auto writeMore) {
    spec.object([&] {
      spec.attributeArray("children_spec", [&] {
        for (size_t i = 0; i < numLeaves; ++i)
          writeLeaf(spec);
        writeMore();
      });
      spec.attribute("context", context);
      spec.attribute("type", type);
    });
  };
  // A pytree treespec as treespec_dumps writes it: `[version, spec]`.
  auto printTreespec = [](function_ref<void(JsonWriter &)> writeSpec) {
    return printJson([&](JsonWriter &spec) {
      spec.array([&] {
        spec.value(1);
        writeSpec(spec);
      });
    });
  };
  std::string inSpec = printTreespec([&](JsonWriter &spec) {
    writeSpec(spec, "builtins.tuple", "null", 0, [&] {
      writeSpec(spec, "builtins.tuple", "null", forwardArgNames.size(), [] {});
      writeSpec(spec, "builtins.dict", "[]", 0, [] {});
    });
  });
  std::string outSpec = printTreespec([&](JsonWriter &spec) {
    if (numUserOutputs == 1)
      return writeLeaf(spec);
    writeSpec(spec, "builtins.tuple", "null", numUserOutputs, [] {});
  });
  json.array([&] {
    json.object([&] {
      json.attribute("fqn", "");
      json.attributeObject("signature", [&] {
        json.attributeArray("forward_arg_names", [&] {
          for (StringRef name : forwardArgNames)
            json.value(name);
        });
        json.attribute("in_spec", StringRef(inSpec));
        json.attributeArray("inputs", [] {});
        json.attribute("out_spec", StringRef(outSpec));
        json.attributeArray("outputs", [] {});
      });
    });
  });
}

//===----------------------------------------------------------------------===//
// fx graph module JSON
//===----------------------------------------------------------------------===//


/// The fx JSON tag of a type without contents, or "".
static StringRef getFxTypeTag(Type type) {
  return isa<SymBoolType>(type)       ? "sym_bool"
         : isa<SymFloatType>(type)    ? "sym_float"
         : isa<NoneType>(type)        ? "none"
         : isa<GraphModuleType>(type) ? "graph_module"
         : isa<UnknownType>(type)     ? "unknown"
                                      : "";
}

LogicalResult ProgramExporter::checkFxType(Type type, Operation *op) {
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    for (AffineExpr size : getDimSizes(tensor))
      if (!size)
        return op->emitError("cannot export type ")
               << type << ": it has an unknown size";
    if (!fx::getScalarType(tensor.getElementType()))
      return op->emitError("cannot export type ")
             << type << ": no torch.dtype for its elements";
    return success();
  }
  if (auto tuple = dyn_cast<TupleType>(type)) {
    for (Type element : tuple.getTypes())
      if (failed(checkFxType(element, op)))
        return failure();
    return success();
  }
  if (isa<SymIntType>(type) || !getFxTypeTag(type).empty())
    return success();
  return op->emitError("cannot export type ") << type << " to fx JSON";
}

void ProgramExporter::exportFxType(JsonWriter &json, Type type) {
  json.object([&] {
    if (auto tensor = dyn_cast<RankedTensorType>(type)) {
      json.attributeBegin("tensor");
      exportTensorMeta(json, tensor, false);
      return json.attributeEnd();
    }
    if (auto symInt = dyn_cast<SymIntType>(type)) {
      json.attributeBegin("sym_int");
      if (symInt.getValue())
        exportSymInt(json, symInt.getValue());
      else
        json.value(nullptr);
      return json.attributeEnd();
    }
    if (auto tuple = dyn_cast<TupleType>(type))
      return json.attributeArray("tuple", [&] {
        for (Type element : tuple.getTypes())
          exportFxType(json, element);
      });
    json.attribute(getFxTypeTag(type), nullptr);
  });
}

LogicalResult ProgramExporter::exportFxArgument(JsonWriter &json,
                                                Attribute attr,
                                                ArrayRef<Value> &operands,
                                                Operation *user) {
  LogicalResult result = success();
  auto exportElements = [&](StringRef tag, ArrayRef<Attribute> elements) {
    json.object([&] {
      json.attributeArray(tag, [&] {
        for (Attribute element : elements)
          if (failed(result = exportFxArgument(json, element, operands, user)))
            return;
      });
    });
    return result;
  };
  if (isa<NodeAttr>(attr)) {
    if (operands.empty())
      return writeNull(json,
                       user->emitError("more node references than operands"));
    StringRef name = getName(operands.front());
    operands = operands.drop_front();
    json.object([&] {
      json.attributeObject("as_value", [&] { json.attribute("name", name); });
    });
    return success();
  }
  if (auto list = dyn_cast<ArrayAttr>(attr))
    return exportElements("as_list", list.getValue());
  if (auto tuple = dyn_cast<TupleAttr>(attr))
    return exportElements("as_tuple", tuple.getElements().getValue());
  if (auto dict = dyn_cast<DictAttr>(attr)) {
    json.object([&] {
      json.attributeArray("as_dict", [&] {
        for (size_t i = 0; i < dict.size(); ++i) {
          json.object([&] {
            json.attribute("key", cast<StringAttr>(dict.getKeys()[i]).getValue());
            json.attributeBegin("value");
            result = exportFxArgument(json, dict.getValues()[i], operands, user);
            json.attributeEnd();
          });
          if (failed(result))
            return;
        }
      });
    });
    return result;
  }
  if (auto slice = dyn_cast<SliceAttr>(attr)) {
    // Written start, step, stop; the operands are in start, stop, step order.
    ArrayRef<Value> startOperands = operands;
    ArrayRef<Value> stopOperands =
        dropFront(startOperands, countNodeRefs(slice.getStart()));
    ArrayRef<Value> stepOperands =
        dropFront(stopOperands, countNodeRefs(slice.getStop()));
    operands = dropFront(stepOperands, countNodeRefs(slice.getStep()));
    json.object([&] {
      json.attributeObject("as_slice", [&] {
        for (const auto &[key, value, valueOperands] :
             {std::tuple(StringRef("start"), slice.getStart(), &startOperands),
              std::tuple(StringRef("step"), slice.getStep(), &stepOperands),
              std::tuple(StringRef("stop"), slice.getStop(), &stopOperands)}) {
          json.attributeBegin(key);
          result = exportFxArgument(json, value, *valueOperands, user);
          json.attributeEnd();
          if (failed(result))
            return;
        }
      });
    });
    return result;
  }
  if (isa<EllipsisAttr>(attr)) {
    json.object([&] { json.attribute("as_ellipsis", true); });
    return success();
  }
  // Scalars and torch enums as the program JSON writes them.
  return exportArgument(json, attr, operands, user);
}

LogicalResult ProgramExporter::exportFxGraph(JsonWriter &json,
                                             GraphOp graph) {
  // The value tables: tensors, SymInts with an expression, and the types of
  // the other values but unknown ones.
  std::vector<RecordedValue> tensorValues, symIntValues, valueTypes;
  OutputOp lastOutput;
  LogicalResult result = success();
  json.object([&] {
    json.attributeArray("inputs", [] {});
    json.attributeArray("nodes", [&] {
      for (Operation &op : graph.getBody().front()) {
        SmallVector<Value> operandList(op.getOperands());
        ArrayRef<Value> rest(operandList);
        if (auto output = dyn_cast<OutputOp>(op)) {
          if (output.getArgs().size() != 1) {
            result = op.emitError("cannot export an output node with ")
                     << output.getArgs().size() << " args to fx JSON";
            return;
          }
          lastOutput = output;
          continue;
        }
        if (failed(result = exportFxNode(json, op, rest)))
          return;
        // The value's type, in the program table that holds its kind or
        // else in value_types.
        if (op.getNumResults() != 1)
          continue;
        Type type = op.getResult(0).getType();
        if (failed(result = checkFxType(type, &op)))
          return;
        RecordedValue value{getNodeName(&op).value_or("").str(), type, false,
                            {}};
        if (isa<RankedTensorType>(type))
          tensorValues.push_back(std::move(value));
        else if (auto symInt = dyn_cast<SymIntType>(type);
                 symInt && symInt.getValue())
          symIntValues.push_back(std::move(value));
        else if (!isa<UnknownType>(type))
          valueTypes.push_back(std::move(value));
      }
    });
    if (failed(result))
      return;
    json.attributeBegin("output");
    if (lastOutput) {
      SmallVector<Value> operandList(lastOutput.getOperands());
      ArrayRef<Value> rest(operandList);
      result = exportFxArgument(json, lastOutput.getArgs()[0], rest, lastOutput);
    } else {
      json.value(nullptr);
    }
    json.attributeEnd();
    if (failed(result))
      return;
    json.attributeObject("sym_int_values", [&] {
      exportValues(json, symIntValues, [&](const RecordedValue &value) {
        exportSymInt(json, cast<SymIntType>(value.type).getValue());
      });
    });
    json.attributeObject("tensor_values", [&] {
      exportValues(json, tensorValues, [&](const RecordedValue &value) {
        exportTensorMeta(json, cast<RankedTensorType>(value.type), false);
      });
    });
    json.attributeObject("value_types", [&] {
      exportValues(json, valueTypes, [&](const RecordedValue &value) {
        exportFxType(json, value.type);
      });
    });
  });
  return result;
}

LogicalResult ProgramExporter::exportFxNode(JsonWriter &json, Operation &op,
                                            ArrayRef<Value> &operands) {
  StringRef name = getNodeName(&op).value_or("");
  StringRef kind, target, moduleClass;
  ArrayAttr args;
  DictAttr kwargs;
  std::string callTarget;
  Attribute defaultValue;
  if (auto placeholder = dyn_cast<PlaceholderOp>(op)) {
    kind = "placeholder";
    target = placeholder.getTarget();
    defaultValue = placeholder.getDefaultValueAttr();
  } else if (auto getAttr = dyn_cast<GetAttrOp>(op)) {
    kind = "get_attr";
    target = getAttr.getTarget();
  } else if (auto call = dyn_cast<CallFunctionOp>(op)) {
    kind = "call_function";
    callTarget = exportTarget(call.getTarget());
    target = callTarget;
    args = call.getArgs();
    kwargs = call.getKwargs();
  } else if (auto call = dyn_cast<CallMethodOp>(op)) {
    kind = "call_method";
    target = call.getTarget();
    args = call.getArgs();
    kwargs = call.getKwargs();
  } else if (auto call = dyn_cast<CallModuleOp>(op)) {
    kind = "call_module";
    target = call.getTarget();
    moduleClass = call.getModuleType();
    args = call.getArgs();
    kwargs = call.getKwargs();
  } else {
    return writeNull(json, op.emitError("cannot export an '")
                               << op.getName() << "' node to fx JSON");
  }
  LogicalResult result = success();
  json.object([&] {
    if (defaultValue) {
      json.attributeBegin("default");
      result = exportFxArgument(json, defaultValue, operands, &op);
      json.attributeEnd();
      if (failed(result))
        return;
    }
    if (args) {
      json.attributeArray("inputs", [&] {
        for (Attribute arg : args)
          if (failed(result = exportInput(
                         json, "", ArgumentKind::Positional, [&] {
                           return exportFxArgument(json, arg, operands, &op);
                         })))
            return;
        for (size_t i = 0; i < kwargs.size(); ++i)
          if (failed(result = exportInput(
                         json, cast<StringAttr>(kwargs.getKeys()[i]).getValue(),
                         ArgumentKind::Keyword, [&] {
                           return exportFxArgument(json, kwargs.getValues()[i],
                                                   operands, &op);
                         })))
            return;
      });
      if (failed(result))
        return;
    }
    json.attributeBegin("metadata");
    exportMetadata(json, &op);
    json.attributeEnd();
    if (isa<CallModuleOp>(op))
      json.attribute("module_class", moduleClass);
    json.attribute("name", name);
    json.attribute("op", kind);
    if (args)
      json.attributeArray("outputs", [&] {
        if (op.getNumResults() == 1)
          json.object([&] {
            json.attributeObject("as_value",
                                 [&] { json.attribute("name", name); });
          });
      });
    json.attribute("target", target);
  });
  return result;
}

LogicalResult ProgramExporter::exportFxGraphModule(JsonWriter &json,
                                                   GraphModuleOp graphModule) {
  GraphOp graph = graphModule.getGraph();
  if (!graph)
    return writeNull(json, graphModule.emitError("has no fx.graph"));
  LogicalResult result = success();
  json.object([&] {
    json.attributeBegin("graph");
    result = exportFxGraph(json, graph);
    json.attributeEnd();
    if (failed(result))
      return;
    Block &body = graphModule.getBody().front();
    json.attributeArray("module_attrs", [&] {
      for (auto attr : body.getOps<ModuleAttrOp>()) {
        if (failed(result = checkFxType(attr.getType(), attr)))
          return;
        auto tensor = dyn_cast<RankedTensorType>(attr.getType());
        if (!tensor) {
          result = attr.emitError("cannot export a module attribute of type ")
                   << attr.getType();
          return;
        }
        json.object([&] {
          json.attribute("kind", stringifyModuleAttrKind(attr.getKind()));
          json.attribute("name", attr.getSymName());
          json.attributeBegin("tensor_meta");
          exportTensorMeta(json, tensor, false);
          json.attributeEnd();
        });
      }
    });
    if (failed(result))
      return;
    json.attributeArray("submodules", [&] {
      for (auto nested : body.getOps<GraphModuleOp>()) {
        json.object([&] {
          json.attributeBegin("graph_module");
          result = exportFxGraphModule(json, nested);
          json.attributeEnd();
          json.attribute("name", nested.getSymName());
        });
        if (failed(result))
          return;
      }
    });
  });
  return result;
}

//===----------------------------------------------------------------------===//
// Payloads
//===----------------------------------------------------------------------===//

LogicalResult ProgramExporter::exportPayloads() {
  // Which input spec lifts each module attribute.
  llvm::StringMap<InputKind> kinds;
  module.getGraph().walk([&](PlaceholderOp placeholder) {
    if (auto spec = placeholder->getAttrOfType<InputSpecAttr>(
            dialect->getInputSpecAttrHelper().getName()))
      if (spec.getTarget())
        kinds[spec.getTarget().getValue()] = spec.getKind();
  });
  // Tensors sharing one resource share one file, as aliased weights do.
  DenseMap<const void *, std::string> files;
  unsigned numWeights = 0, numConstants = 0;
  for (auto attr : module.getBody().front().getOps<ModuleAttrOp>()) {
    // State no placeholder lifts is saved all the same (strict export keeps
    // a BatchNorm's num_batches_tracked that the graph does not use).
    InputKind kind;
    if (auto it = kinds.find(attr.getSymName()); it != kinds.end())
      kind = it->second;
    else if (attr.getKind() == ModuleAttrKind::parameter)
      kind = InputKind::parameter;
    else if (attr.getKind() == ModuleAttrKind::buffer)
      kind = InputKind::buffer;
    else
      kind = InputKind::tensor_constant;
    if (!attr.getValue())
      return attr.emitError("has no value to write");
    auto type = dyn_cast<RankedTensorType>(attr.getType());
    if (!type || !type.hasStaticShape())
      return attr.emitError("needs a static tensor type");
    ArrayRef<char> data;
    if (auto resource =
            dyn_cast<DenseResourceElementsAttr>(attr.getValueAttr())) {
      AsmResourceBlob *blob = resource.getRawHandle().getBlob();
      if (!blob)
        return attr.emitError("its dense resource has no data");
      data = blob->getData();
    } else if (auto dense = dyn_cast<DenseElementsAttr>(attr.getValueAttr());
               dense && !dense.isSplat() &&
               !type.getElementType().isInteger(1)) {
      data = dense.getRawData();
    } else {
      return attr.emitError("can write dense resources and non-splat dense "
                            "elements, not ")
             << attr.getValueAttr();
    }
    std::optional<int64_t> bitWidth = getStorageBits(type.getElementType());
    if (!bitWidth)
      return attr.emitError("element type ")
             << type.getElementType() << " has no storage size";
    if (int64_t(data.size()) != type.getNumElements() * *bitWidth / 8)
      return attr.emitError("value holds ")
             << data.size() << " bytes for " << type;
    bool isConstant = kind == InputKind::non_persistent_buffer ||
                      kind == InputKind::tensor_constant;
    auto [file, inserted] = files.try_emplace(data.data());
    if (inserted)
      file->second = isConstant
                         ? (kTensorConstantPrefix + Twine(numConstants++)).str()
                         : (kWeightPrefix + Twine(numWeights++)).str();
    payloads.push_back({attr.getSymName().str(), file->second,
                        kind == InputKind::parameter, isConstant, data, type});
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Programs
//===----------------------------------------------------------------------===//


namespace {
/// The entries of an object that merges kept entries with written ones,
/// each writing its value: a std::map keeps the keys in the order LLVM's
/// JSON writer sorts them to, and assigning an entry replaces it as
/// assigning a json::Object's does.
using ObjectEntries = std::map<StringRef, std::function<LogicalResult()>>;
} // namespace

static LogicalResult writeEntries(JsonWriter &json,
                                  const ObjectEntries &entries) {
  LogicalResult result = success();
  json.object([&] {
    for (const auto &[key, write] : entries) {
      json.attributeBegin(key);
      result = write();
      json.attributeEnd();
      if (failed(result))
        return;
    }
  });
  return result;
}

/// Adds the entries of `dict`, a JSON object, written as they are.
static void keepEntries(JsonWriter &json, DictAttr dict,
                        ObjectEntries &entries) {
  for (auto [key, value] : llvm::zip(dict.getKeys(), dict.getValues()))
    entries[cast<StringAttr>(key).getValue()] = [&json, value = value] {
      writeAttrJson(json, value);
      return success();
    };
}

LogicalResult ProgramExporter::exportProgram(JsonWriter &json) {
  // Hints for size symbols: an example value in each symbol's range (2 when
  // the range allows it, as torch.export avoids specializing on 0 and 1).
  GraphOp graph = module.getGraph();
  auto ranges = graph ? graph->getAttrOfType<RangeConstraintsAttr>(
                            dialect->getRangeConstraintsAttrHelper().getName())
                      : RangeConstraintsAttr();
  SmallVector<std::string> rangeNames;
  if (ranges) {
    for (auto [symbol, lower, upper] : llvm::zip_equal(
             ranges.getSymbols(), ranges.getLower(), ranges.getUpper())) {
      rangeNames.push_back(getSymbolName(symbol));
      if (cast<AffineSymbolExpr>(symbol).getPosition() < kUnbackedSymbolBase)
        hints[symbol] = std::min(std::max<int64_t>(lower, 2), upper);
    }
  }
  // Metadata written before spelled the hints it knew then.
  tensorMetas.clear();

  // The fields with no IR form come back from fx.program; a graph module
  // built in MLIR gets torch.export's defaults.
  auto kept =
      module->getAttrOfType<DictAttr>(dialect->getProgramAttrHelper().getName());
  if (kept && !isJsonAttr(kept))
    return writeNull(json, module.emitError("fx.program is not a JSON object"));
  ObjectEntries program, graphModule;
  auto writeEmptyObject = [&] {
    json.object([] {});
    return success();
  };
  auto writeEmptyArray = [&] {
    json.array([] {});
    return success();
  };
  if (kept) {
    keepEntries(json, kept, program);
    // The last graph_module entry, as the last assignment of a key wins.
    DictAttr keptGraphModule;
    for (auto [key, value] : llvm::zip(kept.getKeys(), kept.getValues()))
      if (cast<StringAttr>(key).getValue() == "graph_module")
        keptGraphModule = dyn_cast<DictAttr>(value);
    if (keptGraphModule)
      keepEntries(json, keptGraphModule, graphModule);
  }
  Block *body = graph ? &graph.getBody().front() : nullptr;
  // exportGraph fails without a graph; the entries after "graph" need one.
  graphModule["graph"] = [&] {
    return exportGraph(json, module, /*isRoot=*/true);
  };
  graphModule["signature"] = [&] {
    exportSignature(json, *body);
    return success();
  };
  graphModule.try_emplace("module_call_graph", [&] {
    exportModuleCallGraph(json, *body);
    return success();
  });
  graphModule.try_emplace("metadata", writeEmptyObject);
  graphModule.try_emplace("treespec_namedtuple_fields", writeEmptyObject);
  program["graph_module"] = [&] { return writeEntries(json, graphModule); };
  program["range_constraints"] = [&] {
    json.object([&] {
      if (!ranges)
        return;
      auto bound = [&](StringRef key, int64_t b) {
        if (b == RangeConstraintsAttr::kNegInf ||
            b == RangeConstraintsAttr::kPosInf)
          json.attribute(key, nullptr);
        else
          json.attribute(key, b);
      };
      for (unsigned i : getJsonKeyOrder(rangeNames.size(), [&](unsigned i) {
             return StringRef(rangeNames[i]);
           }))
        json.attributeObject(rangeNames[i], [&] {
          bound("max_val", ranges.getUpper()[i]);
          bound("min_val", ranges.getLower()[i]);
        });
    });
    return success();
  };
  program.try_emplace("schema_version", [&] {
    json.object([&] {
      json.attribute("major", kPt2SchemaMajor);
      json.attribute("minor", kPt2SchemaMinor);
    });
    return success();
  });
  program.try_emplace("opset_version", [&] {
    json.object([&] { json.attribute("aten", 10); });
    return success();
  });
  program.try_emplace("verifiers", writeEmptyArray);
  program.try_emplace("torch_version", [&] {
    json.value("2.13.0");
    return success();
  });
  program.try_emplace("guards_code", writeEmptyArray);
  return writeEntries(json, program);
}

/// The single graph module of `module`.
static FailureOr<GraphModuleOp> getGraphModule(ModuleOp module) {
  auto graphModules = module.getBody()->getOps<GraphModuleOp>();
  if (!llvm::hasSingleElement(graphModules))
    return module.emitError("expected exactly one fx.graph_module to export, "
                            "found ")
           << llvm::range_size(graphModules);
  return *graphModules.begin();
}


LogicalResult mlir::fx::exportPt2Json(ModuleOp module, llvm::raw_ostream &os) {
  FailureOr<GraphModuleOp> graphModule = getGraphModule(module);
  if (failed(graphModule))
    return failure();
  ProgramExporter exporter(*graphModule);
  LogicalResult result = success();
  std::string text = printJson(
      [&](JsonWriter &json) { result = exporter.exportProgram(json); });
  if (failed(result))
    return failure();
  os << text;
  return success();
}

LogicalResult mlir::fx::exportFxJson(ModuleOp module, llvm::raw_ostream &os) {
  LogicalResult result = success();
  std::string text = printJson([&](JsonWriter &json) {
    json.object([&] {
      json.attributeArray("graph_modules", [&] {
        for (auto graphModule : module.getBody()->getOps<GraphModuleOp>()) {
          ProgramExporter exporter(graphModule);
          json.object([&] {
            json.attributeBegin("graph_module");
            result = exporter.exportFxGraphModule(json, graphModule);
            json.attributeEnd();
            json.attribute("name", graphModule.getSymName());
          });
          if (failed(result))
            return;
        }
      });
    });
  });
  if (failed(result))
    return failure();
  os << text;
  return success();
}

//===----------------------------------------------------------------------===//
// Archives
//===----------------------------------------------------------------------===//

namespace {
/// A zip archive written into memory with libzip. Records added by reference
/// must outlive finish().
class ArchiveWriter {
public:
  explicit ArchiveWriter(Location loc) : loc(loc) {}
  ~ArchiveWriter() {
    if (zip)
      zip_discard(zip);
    if (source)
      zip_source_free(source);
  }

  LogicalResult open() {
    zip_error_t error;
    zip_error_init(&error);
    source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (source) {
      // The archive stays in the source after zip_close.
      zip_source_keep(source);
      zip = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    }
    if (!zip) {
      emitError(loc) << "cannot create a zip archive: "
                     << zip_error_strerror(&error);
      zip_error_fini(&error);
      return failure();
    }
    zip_error_fini(&error);
    return success();
  }

  /// Adds `data` by reference, stored uncompressed as PyTorch does.
  LogicalResult add(StringRef name, ArrayRef<char> data) {
    zip_source_t *record = zip_source_buffer(zip, data.data(), data.size(), 0);
    zip_int64_t index =
        record ? zip_file_add(zip, name.str().c_str(), record, ZIP_FL_ENC_UTF_8)
               : -1;
    if (index < 0) {
      if (record)
        zip_source_free(record);
      return emitError(loc) << "cannot add '" << name
                            << "' to the archive: " << zip_strerror(zip);
    }
    // A fixed time makes the archive a function of its contents.
    constexpr time_t kEpoch1980 = 315532800;
    zip_set_file_compression(zip, index, ZIP_CM_STORE, 0);
    zip_file_set_mtime(zip, index, kEpoch1980, 0);
    return success();
  }

  /// Adds a copy of `text`.
  LogicalResult addText(StringRef name, std::string text) {
    texts.push_back(std::move(text));
    return add(name, ArrayRef(texts.back().data(), texts.back().size()));
  }

  LogicalResult finish(llvm::raw_ostream &os) {
    zip_t *closing = zip;
    zip = nullptr;
    if (zip_close(closing) != 0) {
      emitError(loc) << "cannot write the archive: " << zip_strerror(closing);
      zip_discard(closing);
      return failure();
    }
    zip_stat_t stat;
    if (zip_source_open(source) != 0 || zip_source_stat(source, &stat) != 0)
      return emitError(loc) << "cannot read back the written archive";
    char chunk[1 << 16];
    zip_int64_t n;
    while ((n = zip_source_read(source, chunk, sizeof(chunk))) > 0)
      os.write(chunk, n);
    zip_source_close(source);
    if (n < 0)
      return emitError(loc) << "cannot read back the written archive";
    return success();
  }

private:
  Location loc;
  zip_source_t *source = nullptr;
  zip_t *zip = nullptr;
  std::deque<std::string> texts;
};
} // namespace


LogicalResult mlir::fx::exportPt2Archive(ModuleOp module,
                                         llvm::raw_ostream &os) {
  FailureOr<GraphModuleOp> graphModule = getGraphModule(module);
  if (failed(graphModule))
    return failure();
  ProgramExporter exporter(*graphModule);
  LogicalResult result = success();
  std::string program = printJson(
      [&](JsonWriter &json) { result = exporter.exportProgram(json); });
  if (failed(result) || failed(exporter.exportPayloads()))
    return failure();
  ArchiveWriter writer(graphModule->getLoc());
  if (failed(writer.open()))
    return failure();

  // The archive's root folder and the model's name.
  constexpr StringLiteral root = "archive/";
  constexpr StringLiteral model = "model";
  llvm::StringSet<> written;
  for (const Payload &payload : exporter.getPayloads()) {
    StringRef dir = payload.isConstant ? kConstantsDir : kWeightsDir;
    if (written.insert(payload.fileName).second &&
        failed(writer.add((root + dir + payload.fileName).str(), payload.data)))
      return failure();
  }
  // The weights' or the constants' config, by fqn.
  auto printConfig = [&](bool constants) {
    SmallVector<const Payload *> selected;
    for (const Payload &payload : exporter.getPayloads())
      if (payload.isConstant == constants)
        selected.push_back(&payload);
    return printJson([&](JsonWriter &json) {
      json.object([&] {
        json.attributeObject("config", [&] {
          for (unsigned i : getJsonKeyOrder(selected.size(), [&](unsigned i) {
                 return StringRef(selected[i]->fqn);
               })) {
            const Payload &payload = *selected[i];
            json.attributeObject(payload.fqn, [&] {
              json.attribute("is_param", payload.isParam);
              json.attribute("path_name", StringRef(payload.fileName));
              json.attributeBegin("tensor_meta");
              exporter.exportTensorMeta(json, payload.type, payload.isParam);
              json.attributeEnd();
              json.attribute("use_pickle", false);
            });
          }
        });
      });
    });
  };
  if (failed(writer.addText((root + getWeightsConfigPath(model)).str(),
                            printConfig(/*constants=*/false))) ||
      failed(writer.addText((root + getConstantsConfigPath(model)).str(),
                            printConfig(/*constants=*/true))) ||
      failed(writer.addText((root + kModelsDir + model + ".json").str(),
                            std::move(program))) ||
      // No example inputs: torch.export.load reads an empty record as none.
      failed(writer.addText((root + getSampleInputsPath(model)).str(), "")) ||
      failed(writer.addText((root + kArchiveFormatPath).str(),
                            kArchiveFormat.str())) ||
      failed(writer.addText((root + kArchiveVersionPath).str(),
                            kArchiveVersion.str())) ||
      failed(writer.addText((root + ".data/version").str(), "6\n")) ||
      failed(writer.addText((root + "byteorder").str(), "little")))
    return failure();
  return writer.finish(os);
}
