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
#include <zip.h>

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::pt2;
namespace json = llvm::json;

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

/// Writes one graph module as a program JSON document.
class ProgramExporter {
public:
  explicit ProgramExporter(GraphModuleOp module)
      : module(module), context(module->getContext()),
        dialect(context->getLoadedDialect<FxDialect>()) {}

  /// The program JSON.
  FailureOr<json::Value> exportProgram();
  /// Collects the values of the module attributes, which the program JSON
  /// leaves out.
  LogicalResult exportPayloads();
  ArrayRef<Payload> getPayloads() const { return payloads; }
  /// The tensor metadata of a type, with contiguous strides.
  json::Value exportTensorMeta(RankedTensorType type, bool requiresGrad);
  /// The fx graph module JSON of this graph module and its nested ones.
  FailureOr<json::Object> exportFxGraphModule(GraphModuleOp graphModule);

private:
  FailureOr<json::Object> exportGraph(GraphModuleOp graphModule,
                                      json::Object *signature);
  FailureOr<json::Value> exportNodeRef(Value value, Operation *user);
  FailureOr<json::Value>
  exportArgument(Attribute attr, ArrayRef<Value> &operands, Operation *user);
  FailureOr<json::Value> exportList(ArrayRef<Attribute> elements,
                                    ArrayRef<Value> &operands, Operation *user);
  json::Object exportMetadata(Operation *op);
  FailureOr<json::Object> exportFxGraph(GraphOp graph);
  FailureOr<json::Value>
  exportFxArgument(Attribute attr, ArrayRef<Value> &operands, Operation *user);
  FailureOr<json::Value> exportFxType(Type type, Operation *op);
  json::Value exportSymInt(AffineExpr expr);

  /// The value tables of the graph being written.
  struct GraphValues {
    json::Object tensors, symInts, symBools, symFloats;
  };
  LogicalResult recordValue(Value value, StringRef name, GraphValues &values,
                            Operation *op);

  GraphModuleOp module;
  MLIRContext *context;
  FxDialect *dialect;
  /// The hint written for each size symbol: an example value in its range.
  DenseMap<AffineExpr, int64_t> hints;
  std::vector<Payload> payloads;
};

} // namespace

static StringRef getName(Value value) {
  return getNodeName(value.getDefiningOp()).value_or("");
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

json::Value ProgramExporter::exportSymInt(AffineExpr expr) {
  if (auto constant = dyn_cast<AffineConstantExpr>(expr))
    return json::Object{{"as_int", constant.getValue()}};
  std::optional<int64_t> hint = evaluate(expr, hints);
  return json::Object{
      {"as_expr",
       json::Object{{"expr_str", printSymExpr(expr)},
                    {"hint", hint ? json::Value(json::Object{{"as_int", *hint}})
                                  : json::Value(nullptr)}}}};
}

json::Value ProgramExporter::exportTensorMeta(RankedTensorType type,
                                              bool requiresGrad) {
  SmallVector<AffineExpr> sizes = getDimSizes(type);
  json::Array sizeValues, strideValues;
  sizeValues.reserve(sizes.size());
  strideValues.reserve(sizes.size());
  SmallVector<AffineExpr> strides(sizes.size());
  AffineExpr stride = getAffineConstantExpr(1, context);
  for (int64_t d = int64_t(sizes.size()) - 1; d >= 0; --d) {
    strides[d] = stride;
    stride = stride * sizes[d];
  }
  for (auto [size, dimStride] : llvm::zip_equal(sizes, strides)) {
    sizeValues.push_back(exportSymInt(size));
    strideValues.push_back(exportSymInt(dimStride));
  }
  std::optional<ScalarType> dtype = fx::getScalarType(type.getElementType());
  return json::Object{
      {"dtype", dtype ? getScalarTypeCode(*dtype) : 0},
      {"sizes", std::move(sizeValues)},
      {"requires_grad", requiresGrad},
      {"device", json::Object{{"type", "cpu"}, {"index", nullptr}}},
      {"strides", std::move(strideValues)},
      {"storage_offset", json::Object{{"as_int", 0}}},
      {"layout", getLayoutCode(Layout::strided)}};
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
  // json::ObjectKey borrows a StringRef; the key must own its text.
  std::string key = name.str();
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    for (AffineExpr size : getDimSizes(tensor))
      if (!size)
        return op->emitError("cannot export '")
               << name << "': its type " << type << " has an unknown size";
    if (!fx::getScalarType(tensor.getElementType()))
      return op->emitError("cannot export '")
             << name << "': no torch.dtype for " << tensor.getElementType();
    auto spec = op->getAttrOfType<InputSpecAttr>(
        dialect->getInputSpecAttrHelper().getName());
    values.tensors[key] = exportTensorMeta(
        tensor, spec && spec.getKind() == InputKind::parameter);
    return success();
  }
  if (auto symInt = dyn_cast<SymIntType>(type)) {
    if (!symInt.getValue())
      return op->emitError("cannot export '")
             << name << "': a SymInt needs its size expression";
    values.symInts[key] = exportSymInt(symInt.getValue());
    return success();
  }
  if (isa<SymBoolType>(type)) {
    std::optional<std::string> expr = getComparisonExpr(value);
    if (!expr)
      return op->emitError("cannot export SymBool '")
             << name << "': only comparisons of SymInts have an expression";
    values.symBools[key] = json::Object{
        {"as_expr", json::Object{{"expr_str", *expr}, {"hint", nullptr}}}};
    return success();
  }
  return op->emitError("cannot export '")
         << name << "' of type " << type << " to a .pt2 program";
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

FailureOr<json::Value> ProgramExporter::exportNodeRef(Value value,
                                                      Operation *user) {
  StringRef tag = getRefTag(value.getType());
  StringRef name = getName(value);
  if (tag == "as_tensor")
    return json::Value(json::Object{{tag, json::Object{{"name", name}}}});
  if (tag == "as_graph") {
    auto getAttr = value.getDefiningOp<GetAttrOp>();
    auto nested = getAttr ? SymbolTable::lookupNearestSymbolFrom<GraphModuleOp>(
                                getAttr, getAttr.getTargetAttr())
                          : GraphModuleOp();
    if (!nested)
      return user->emitError("cannot export a graph module argument that "
                             "names no fx.graph_module");
    FailureOr<json::Object> graph = exportGraph(nested, nullptr);
    if (failed(graph))
      return failure();
    return json::Value(
        json::Object{{tag, json::Object{{"name", getAttr.getTarget()},
                                        {"graph", std::move(*graph)}}}});
  }
  if (!tag.empty())
    return json::Value(json::Object{{tag, json::Object{{"as_name", name}}}});
  return user->emitError("cannot export a reference to '")
         << name << "' of type " << value.getType();
}

/// A float as the program JSON writes it: non-finite values as names.
static json::Value exportFloat(double value) {
  if (std::isnan(value))
    return "NaN";
  if (std::isinf(value))
    return value > 0 ? "Infinity" : "-Infinity";
  return value;
}

FailureOr<json::Value> ProgramExporter::exportList(ArrayRef<Attribute> elements,
                                                   ArrayRef<Value> &operands,
                                                   Operation *user) {
  // The list kind follows from its elements, as the serializer's does from
  // the schema type.
  auto all = [&](auto predicate) { return llvm::all_of(elements, predicate); };
  auto isInt = [](Attribute a) {
    return isa<IntegerAttr>(a) && !isa<BoolAttr>(a);
  };
  auto nodeTypes = [&]() {
    SmallVector<Type> types;
    ArrayRef<Value> rest = operands;
    for (Attribute element : elements)
      if (isa<NodeAttr>(element) && !rest.empty()) {
        types.push_back(rest.front().getType());
        rest = rest.drop_front();
      }
    return types;
  }();
  auto refsAre = [&](auto typePredicate) {
    return llvm::all_of(nodeTypes, typePredicate);
  };
  if (elements.empty() || all(isInt)) {
    json::Array ints;
    for (Attribute element : elements)
      ints.push_back(cast<IntegerAttr>(element).getInt());
    return json::Value(json::Object{{"as_ints", std::move(ints)}});
  }
  if (all([](Attribute a) { return isa<BoolAttr>(a); })) {
    json::Array bools;
    for (Attribute element : elements)
      bools.push_back(cast<BoolAttr>(element).getValue());
    return json::Value(json::Object{{"as_bools", std::move(bools)}});
  }
  if (all([](Attribute a) { return isa<FloatAttr>(a); })) {
    json::Array floats;
    for (Attribute element : elements)
      floats.push_back(
          exportFloat(cast<FloatAttr>(element).getValueAsDouble()));
    return json::Value(json::Object{{"as_floats", std::move(floats)}});
  }
  if (all([](Attribute a) { return isa<StringAttr>(a); })) {
    json::Array strings;
    for (Attribute element : elements)
      strings.push_back(cast<StringAttr>(element).getValue());
    return json::Value(json::Object{{"as_strings", std::move(strings)}});
  }
  bool tensorsOnly = refsAre([](Type t) { return isa<RankedTensorType>(t); });
  if (tensorsOnly && all([](Attribute a) { return isa<NodeAttr>(a); })) {
    json::Array tensors;
    for (size_t i = 0; i < elements.size(); ++i) {
      tensors.push_back(json::Object{{"name", getName(operands.front())}});
      operands = operands.drop_front();
    }
    return json::Value(json::Object{{"as_tensors", std::move(tensors)}});
  }
  if (tensorsOnly &&
      all([](Attribute a) { return isa<NodeAttr, NoneAttr>(a); })) {
    json::Array optionals;
    for (Attribute element : elements) {
      if (isa<NoneAttr>(element)) {
        optionals.push_back(json::Object{{"as_none", true}});
        continue;
      }
      optionals.push_back(json::Object{
          {"as_tensor", json::Object{{"name", getName(operands.front())}}}});
      operands = operands.drop_front();
    }
    return json::Value(
        json::Object{{"as_optional_tensors", std::move(optionals)}});
  }
  // SymInt, SymBool and SymFloat lists: constants and node names.
  static constexpr std::tuple<StringLiteral, StringLiteral> kSymLists[] = {
      {"as_sym_int", "as_sym_ints"},
      {"as_sym_bool", "as_sym_bools"},
      {"as_sym_float", "as_sym_floats"}};
  for (auto [symTag, listTag] : kSymLists) {
    StringRef elementTag = symTag;
    if (!refsAre([&](Type t) { return getRefTag(t) == elementTag; }))
      continue;
    json::Array syms;
    bool ok = true;
    for (Attribute element : elements) {
      if (isa<NodeAttr>(element)) {
        syms.push_back(json::Object{{"as_name", getName(operands.front())}});
        operands = operands.drop_front();
      } else if (auto b = dyn_cast<BoolAttr>(element)) {
        syms.push_back(json::Object{{"as_bool", b.getValue()}});
      } else if (auto i = dyn_cast<IntegerAttr>(element)) {
        syms.push_back(json::Object{{"as_int", i.getInt()}});
      } else if (auto f = dyn_cast<FloatAttr>(element)) {
        syms.push_back(
            json::Object{{"as_float", exportFloat(f.getValueAsDouble())}});
      } else {
        ok = false;
        break;
      }
    }
    if (ok)
      return json::Value(json::Object{{listTag, std::move(syms)}});
    break;
  }
  // Lists of lists.
  if (all([](Attribute a) { return isa<ArrayAttr>(a); })) {
    json::Array lists;
    StringRef listTag;
    for (Attribute element : elements) {
      FailureOr<json::Value> inner =
          exportList(cast<ArrayAttr>(element).getValue(), operands, user);
      if (failed(inner))
        return failure();
      auto [innerTag, innerValue] = *inner->getAsObject()->begin();
      StringRef tag = innerTag == "as_ints"      ? "as_int_lists"
                      : innerTag == "as_floats"  ? "as_float_lists"
                      : innerTag == "as_tensors" ? "as_nested_tensors"
                                                 : "";
      if (tag.empty() || (!listTag.empty() && tag != listTag))
        return user->emitError("cannot export a list of lists of ")
               << innerTag.str() << " to a .pt2 program";
      listTag = tag;
      lists.push_back(std::move(innerValue));
    }
    return json::Value(json::Object{{listTag, std::move(lists)}});
  }
  return user->emitError("cannot export the list ")
         << ArrayAttr::get(context, elements)
         << ": its elements have no common .pt2 list kind";
}

FailureOr<json::Value>
ProgramExporter::exportArgument(Attribute attr, ArrayRef<Value> &operands,
                                Operation *user) {
  if (isa<NodeAttr>(attr)) {
    if (operands.empty())
      return user->emitError("more node references than operands");
    Value value = operands.front();
    operands = operands.drop_front();
    return exportNodeRef(value, user);
  }
  if (isa<NoneAttr>(attr))
    return json::Value(json::Object{{"as_none", true}});
  if (auto b = dyn_cast<BoolAttr>(attr))
    return json::Value(json::Object{{"as_bool", b.getValue()}});
  if (auto i = dyn_cast<IntegerAttr>(attr))
    return json::Value(json::Object{{"as_int", i.getInt()}});
  if (auto f = dyn_cast<FloatAttr>(attr))
    return json::Value(
        json::Object{{"as_float", exportFloat(f.getValueAsDouble())}});
  if (auto s = dyn_cast<StringAttr>(attr))
    return json::Value(json::Object{{"as_string", s.getValue()}});
  if (auto complex = dyn_cast<ComplexAttr>(attr))
    return json::Value(json::Object{
        {"as_complex",
         json::Object{
             {"real", exportFloat(complex.getReal().convertToDouble())},
             {"imag", exportFloat(complex.getImag().convertToDouble())}}}});
  if (auto dtype = dyn_cast<ScalarTypeAttr>(attr))
    return json::Value(
        json::Object{{"as_scalar_type", getScalarTypeCode(dtype.getValue())}});
  if (auto layout = dyn_cast<LayoutAttr>(attr))
    return json::Value(
        json::Object{{"as_layout", getLayoutCode(layout.getValue())}});
  if (auto format = dyn_cast<MemoryFormatAttr>(attr))
    return json::Value(json::Object{
        {"as_memory_format", getMemoryFormatCode(format.getValue())}});
  if (auto device = dyn_cast<DeviceAttr>(attr)) {
    auto [type, index] = device.getDevice().split(':');
    int64_t i;
    json::Value indexValue =
        index.empty() || index.getAsInteger(10, i) ? json::Value(nullptr) : i;
    return json::Value(json::Object{
        {"as_device",
         json::Object{{"type", type}, {"index", std::move(indexValue)}}}});
  }
  if (auto op = dyn_cast<OperatorAttr>(attr))
    return json::Value(
        json::Object{{"as_operator", ("torch.ops." + op.getName()).str()}});
  if (auto list = dyn_cast<ArrayAttr>(attr))
    return exportList(list.getValue(), operands, user);
  if (auto tuple = dyn_cast<TupleAttr>(attr))
    return exportList(tuple.getElements().getValue(), operands, user);
  if (auto dict = dyn_cast<DictAttr>(attr)) {
    json::Object entries;
    for (auto [key, value] : llvm::zip(dict.getKeys(), dict.getValues())) {
      FailureOr<json::Value> element = exportArgument(value, operands, user);
      if (failed(element))
        return failure();
      entries[cast<StringAttr>(key).getValue()] = std::move(*element);
    }
    return json::Value(
        json::Object{{"as_string_to_argument", std::move(entries)}});
  }
  return user->emitError("cannot export the argument ")
         << attr << " to a .pt2 program";
}

//===----------------------------------------------------------------------===//
// Metadata
//===----------------------------------------------------------------------===//

json::Object ProgramExporter::exportMetadata(Operation *op) {
  json::Object metadata;
  if (std::optional<std::string> trace = getStackTrace(op->getLoc()))
    metadata["stack_trace"] = *trace;
  if (auto stack = op->getAttrOfType<NNModuleStackAttr>(
          dialect->getNnModuleStackAttrHelper().getName())) {
    std::string text;
    for (auto [i, entry] : llvm::enumerate(stack.getEntries()))
      text += (i ? ";" : "") + entry.key.str() + "," + entry.path.str() + "," +
              entry.type.str();
    metadata["nn_module_stack"] = text;
  }
  if (auto fn = op->getAttrOfType<TorchFnAttr>(
          dialect->getTorchFnAttrHelper().getName()))
    metadata["torch_fn"] =
        (fn.getName() + ";" + fn.getQualifiedName()).str();
  if (auto custom =
          op->getAttrOfType<DictAttr>(dialect->getCustomAttrHelper().getName()))
    if (std::optional<json::Value> value = attrToJson(custom))
      metadata["custom"] = printJson(*value);
  // As torch.export's serializer writes it: not at all when empty.
  if (auto stack = op->getAttrOfType<SourceFnStackAttr>(
          dialect->getSourceFnStackAttrHelper().getName());
      stack && !stack.getEntries().empty()) {
    std::string text;
    for (auto [i, entry] : llvm::enumerate(stack.getEntries()))
      text += (i ? ";" : "") + entry.name.str() + "," + entry.target.str();
    metadata["source_fn_stack"] = text;
  }
  // torch.export's serializer drops seq_nr and original_aten; fx-mlir writes
  // them as JSON text, as the FX-JSON writer does (PyTorch's reader ignores
  // them).
  if (auto seqNr =
          op->getAttrOfType<IntegerAttr>(dialect->getSeqNrAttrHelper().getName()))
    metadata["seq_nr"] = std::to_string(seqNr.getInt());
  if (auto originalAten = op->getAttrOfType<OperatorAttr>(
          dialect->getOriginalAtenAttrHelper().getName()))
    metadata["original_aten"] = ("\"" + originalAten.getName() + "\"").str();
  if (auto fromNode = op->getAttrOfType<ArrayAttr>(
          dialect->getFromNodeAttrHelper().getName()))
    metadata["from_node"] = printJson(nodeSourcesToJson(fromNode));
  if (auto meta =
          op->getAttrOfType<DictAttr>(dialect->getMetaAttrHelper().getName()))
    for (auto [key, value] : llvm::zip(meta.getKeys(), meta.getValues()))
      if (auto text = dyn_cast<StringAttr>(value))
        metadata[cast<StringAttr>(key).getValue()] = text.getValue();
  return metadata;
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

FailureOr<json::Object> ProgramExporter::exportGraph(GraphModuleOp graphModule,
                                                     json::Object *signature) {
  GraphOp graph = graphModule.getGraph();
  if (!graph)
    return graphModule.emitError("has no fx.graph");
  GraphValues values;
  json::Array inputs, nodes, outputs, inputSpecs, outputSpecs;
  // Growing a json::Array copies its elements (json::Value's move constructor
  // is not noexcept): reserved, the nodes are not copied again and again.
  nodes.reserve(graph.getBody().front().getOperations().size());
  bool singleReturn = false;

  for (Operation &op : graph.getBody().front()) {
    if (auto placeholder = dyn_cast<PlaceholderOp>(op)) {
      StringRef name = placeholder.getName();
      if (failed(recordValue(placeholder.getResult(), name, values, &op)))
        return failure();
      FailureOr<json::Value> arg = exportNodeRef(placeholder.getResult(), &op);
      if (failed(arg))
        return failure();
      inputs.push_back(*arg);
      if (!signature)
        continue;
      auto spec = op.getAttrOfType<InputSpecAttr>(
          dialect->getInputSpecAttrHelper().getName());
      InputKind kind = spec ? spec.getKind() : InputKind::user_input;
      StringRef target =
          spec && spec.getTarget() ? spec.getTarget().getValue() : "";
      json::Object tensorArg{{"name", name}};
      switch (kind) {
      case InputKind::user_input:
        inputSpecs.push_back(
            json::Object{{"user_input", json::Object{{"arg", *arg}}}});
        break;
      case InputKind::parameter:
        inputSpecs.push_back(json::Object{
            {"parameter", json::Object{{"arg", std::move(tensorArg)},
                                       {"parameter_name", target}}}});
        break;
      case InputKind::buffer:
      case InputKind::non_persistent_buffer:
        inputSpecs.push_back(json::Object{
            {"buffer",
             json::Object{{"arg", std::move(tensorArg)},
                          {"buffer_name", target},
                          {"persistent", kind == InputKind::buffer}}}});
        break;
      case InputKind::tensor_constant:
        inputSpecs.push_back(
            json::Object{{"tensor_constant",
                          json::Object{{"arg", std::move(tensorArg)},
                                       {"tensor_constant_name", target}}}});
        break;
      }
      continue;
    }
    if (auto getAttr = dyn_cast<GetAttrOp>(op)) {
      // Subgraphs are written inline where a node uses them.
      if (isa<GraphModuleType>(getAttr.getType()))
        continue;
      return getAttr.emitError("cannot export a get_attr of a tensor: an "
                               "exported program lifts it to a placeholder");
    }
    if (auto output = dyn_cast<OutputOp>(op)) {
      SmallVector<Value> operandList(output.getOperands());
      ArrayRef<Value> rest(operandList);
      Attribute result =
          output.getArgs().empty() ? Attribute() : output.getArgs()[0];
      ArrayRef<Attribute> results;
      if (auto tuple = dyn_cast_or_null<TupleAttr>(result)) {
        results = tuple.getElements().getValue();
      } else if (result) {
        singleReturn = true;
        results = ArrayRef(result);
      }
      SmallVector<Attribute> resultList(results);
      auto specs = op.getAttrOfType<ArrayAttr>(
          dialect->getOutputSpecsAttrHelper().getName());
      if (specs && specs.size() != resultList.size())
        return output.emitError("has ") << specs.size() << " output specs for "
                                        << resultList.size() << " outputs";
      for (auto [i, element] : llvm::enumerate(resultList)) {
        FailureOr<json::Value> arg = exportArgument(element, rest, &op);
        if (failed(arg))
          return failure();
        outputs.push_back(*arg);
        if (!signature)
          continue;
        OutputKind kind = specs ? cast<OutputSpecAttr>(specs[i]).getKind()
                                : OutputKind::user_output;
        StringAttr target =
            specs ? cast<OutputSpecAttr>(specs[i]).getTarget() : StringAttr();
        if (kind == OutputKind::user_output) {
          outputSpecs.push_back(
              json::Object{{"user_output", json::Object{{"arg", *arg}}}});
          continue;
        }
        // The other specs hold a TensorArgument.
        const json::Object *tensor =
            arg->getAsObject() ? arg->getAsObject()->getObject("as_tensor")
                               : nullptr;
        if (!tensor)
          return output.emitError("output ")
                 << i << " of kind " << stringifyOutputKind(kind)
                 << " is not a tensor";
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
        for (auto [specKind, tag, nameKey] : kSpecs) {
          if (specKind != kind)
            continue;
          json::Object spec{{"arg", json::Object(*tensor)}};
          if (!nameKey.empty())
            spec[nameKey] = target ? target.getValue() : "";
          outputSpecs.push_back(json::Object{{tag, std::move(spec)}});
        }
      }
      continue;
    }
    auto call = dyn_cast<CallFunctionOp>(op);
    if (!call)
      return op.emitError("cannot export an '")
             << op.getName() << "' node: exported programs hold only "
             << "placeholder, call_function and output nodes";
    if (isAbsorbedGetitem(call))
      continue;

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
      return call.emitError("cannot export a call to '")
             << call.getTarget()
             << "' without fx.arg_names, the schema names of its "
             << call.getArgs().size() << " positional args";
    json::Array nodeInputs;
    for (auto [i, arg] : llvm::enumerate(call.getArgs())) {
      FailureOr<json::Value> value = exportArgument(arg, rest, call);
      if (failed(value))
        return failure();
      StringRef argName = argNames && i < argNames.size()
                              ? cast<StringAttr>(argNames[i]).getValue()
                              : StringRef();
      nodeInputs.push_back(
          json::Object{{"name", argName},
                       {"arg", std::move(*value)},
                       {"kind", int64_t(ArgumentKind::Positional)}});
    }
    DictAttr kwargs = call.getKwargs();
    for (auto [key, arg] : llvm::zip(kwargs.getKeys(), kwargs.getValues())) {
      FailureOr<json::Value> value = exportArgument(arg, rest, call);
      if (failed(value))
        return failure();
      nodeInputs.push_back(
          json::Object{{"name", cast<StringAttr>(key).getValue()},
                       {"arg", std::move(*value)},
                       {"kind", int64_t(ArgumentKind::Keyword)}});
    }

    // Outputs: the value itself, or each tuple element by its getitem's name.
    json::Array nodeOutputs;
    json::Value hopSingle = nullptr;
    if (call.getNumResults() == 1) {
      Value result = call.getResult(0);
      if (auto tuple = dyn_cast<TupleType>(result.getType())) {
        DenseMap<int64_t, CallFunctionOp> getitems = getGetitems(result);
        for (auto [i, type] : llvm::enumerate(tuple.getTypes())) {
          if (isa<NoneType>(type)) {
            nodeOutputs.push_back(json::Object{{"as_none", true}});
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
          Operation *owner = getitem ? getitem.getOperation() : call;
          if (getitem) {
            if (failed(recordValue(getitem.getResult(0), name, values, owner)))
              return failure();
          } else {
            // An unused output still needs its metadata.
            if (auto tensor = dyn_cast<RankedTensorType>(type))
              values.tensors[name] = exportTensorMeta(tensor, false);
          }
          nodeOutputs.push_back(
              tag == "as_tensor"
                  ? json::Object{{tag, json::Object{{"name", name}}}}
                  : json::Object{{tag, json::Object{{"as_name", name}}}});
        }
        if (higherOrder)
          hopSingle = false;
      } else if (isa<NoneType>(result.getType())) {
        nodeOutputs.push_back(json::Object{{"as_none", true}});
      } else {
        if (failed(recordValue(result, call.getName(), values, call)))
          return failure();
        FailureOr<json::Value> ref = exportNodeRef(result, call);
        if (failed(ref))
          return failure();
        nodeOutputs.push_back(std::move(*ref));
        if (higherOrder)
          hopSingle = true;
      }
    }
    nodes.push_back(
        json::Object{{"target", exportTarget(call.getTarget())},
                     {"inputs", std::move(nodeInputs)},
                     {"outputs", std::move(nodeOutputs)},
                     {"metadata", exportMetadata(call)},
                     {"is_hop_single_tensor_return", std::move(hopSingle)},
                     {"name", call.getName()}});
  }

  if (signature) {
    (*signature)["input_specs"] = std::move(inputSpecs);
    (*signature)["output_specs"] = std::move(outputSpecs);
  }
  return json::Object{{"inputs", std::move(inputs)},
                      {"outputs", std::move(outputs)},
                      {"nodes", std::move(nodes)},
                      {"tensor_values", std::move(values.tensors)},
                      {"sym_int_values", std::move(values.symInts)},
                      {"sym_bool_values", std::move(values.symBools)},
                      {"sym_float_values", std::move(values.symFloats)},
                      {"custom_obj_values", json::Object()},
                      {"is_single_tensor_return", singleReturn}};
}

//===----------------------------------------------------------------------===//
// fx graph module JSON
//===----------------------------------------------------------------------===//

FailureOr<json::Value> ProgramExporter::exportFxType(Type type, Operation *op) {
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    for (AffineExpr size : getDimSizes(tensor))
      if (!size)
        return op->emitError("cannot export type ")
               << type << ": it has an unknown size";
    if (!fx::getScalarType(tensor.getElementType()))
      return op->emitError("cannot export type ")
             << type << ": no torch.dtype for its elements";
    return json::Value(
        json::Object{{"tensor", exportTensorMeta(tensor, false)}});
  }
  if (auto symInt = dyn_cast<SymIntType>(type))
    return json::Value(json::Object{
        {"sym_int", symInt.getValue() ? exportSymInt(symInt.getValue())
                                      : json::Value(nullptr)}});
  if (auto tuple = dyn_cast<TupleType>(type)) {
    json::Array elements;
    for (Type element : tuple.getTypes()) {
      FailureOr<json::Value> value = exportFxType(element, op);
      if (failed(value))
        return failure();
      elements.push_back(std::move(*value));
    }
    return json::Value(json::Object{{"tuple", std::move(elements)}});
  }
  StringRef tag = isa<SymBoolType>(type)       ? "sym_bool"
                  : isa<SymFloatType>(type)    ? "sym_float"
                  : isa<NoneType>(type)        ? "none"
                  : isa<GraphModuleType>(type) ? "graph_module"
                  : isa<UnknownType>(type)     ? "unknown"
                                               : "";
  if (tag.empty())
    return op->emitError("cannot export type ") << type << " to fx JSON";
  return json::Value(json::Object{{tag, nullptr}});
}

FailureOr<json::Value>
ProgramExporter::exportFxArgument(Attribute attr, ArrayRef<Value> &operands,
                                  Operation *user) {
  auto exportList =
      [&](ArrayRef<Attribute> elements) -> FailureOr<json::Array> {
    json::Array list;
    for (Attribute element : elements) {
      FailureOr<json::Value> value = exportFxArgument(element, operands, user);
      if (failed(value))
        return failure();
      list.push_back(std::move(*value));
    }
    return list;
  };
  if (isa<NodeAttr>(attr)) {
    if (operands.empty())
      return user->emitError("more node references than operands");
    StringRef name = getName(operands.front());
    operands = operands.drop_front();
    return json::Value(
        json::Object{{"as_value", json::Object{{"name", name}}}});
  }
  if (auto list = dyn_cast<ArrayAttr>(attr)) {
    FailureOr<json::Array> elements = exportList(list.getValue());
    if (failed(elements))
      return failure();
    return json::Value(json::Object{{"as_list", std::move(*elements)}});
  }
  if (auto tuple = dyn_cast<TupleAttr>(attr)) {
    FailureOr<json::Array> elements =
        exportList(tuple.getElements().getValue());
    if (failed(elements))
      return failure();
    return json::Value(json::Object{{"as_tuple", std::move(*elements)}});
  }
  if (auto dict = dyn_cast<DictAttr>(attr)) {
    json::Array pairs;
    for (auto [key, value] : llvm::zip(dict.getKeys(), dict.getValues())) {
      FailureOr<json::Value> element = exportFxArgument(value, operands, user);
      if (failed(element))
        return failure();
      pairs.push_back(json::Object{{"key", cast<StringAttr>(key).getValue()},
                                   {"value", std::move(*element)}});
    }
    return json::Value(json::Object{{"as_dict", std::move(pairs)}});
  }
  if (auto slice = dyn_cast<SliceAttr>(attr)) {
    FailureOr<json::Array> parts =
        exportList({slice.getStart(), slice.getStop(), slice.getStep()});
    if (failed(parts))
      return failure();
    return json::Value(json::Object{
        {"as_slice", json::Object{{"start", std::move((*parts)[0])},
                                  {"stop", std::move((*parts)[1])},
                                  {"step", std::move((*parts)[2])}}}});
  }
  if (isa<EllipsisAttr>(attr))
    return json::Value(json::Object{{"as_ellipsis", true}});
  // Scalars and torch enums as the program JSON writes them.
  return exportArgument(attr, operands, user);
}

FailureOr<json::Object> ProgramExporter::exportFxGraph(GraphOp graph) {
  json::Object tensorValues, symIntValues, valueTypes;
  json::Array nodes;
  json::Value output = nullptr;
  for (Operation &op : graph.getBody().front()) {
    SmallVector<Value> operandList(op.getOperands());
    ArrayRef<Value> rest(operandList);
    if (auto outputOp = dyn_cast<OutputOp>(op)) {
      if (outputOp.getArgs().size() != 1)
        return op.emitError("cannot export an output node with ")
               << outputOp.getArgs().size() << " args to fx JSON";
      FailureOr<json::Value> result =
          exportFxArgument(outputOp.getArgs()[0], rest, &op);
      if (failed(result))
        return failure();
      output = std::move(*result);
      continue;
    }
    StringRef name = getNodeName(&op).value_or("");
    json::Object node{{"name", name}, {"metadata", exportMetadata(&op)}};
    if (auto placeholder = dyn_cast<PlaceholderOp>(op)) {
      node["op"] = "placeholder";
      node["target"] = placeholder.getTarget();
      if (Attribute value = placeholder.getDefaultValueAttr()) {
        FailureOr<json::Value> arg = exportFxArgument(value, rest, &op);
        if (failed(arg))
          return failure();
        node["default"] = std::move(*arg);
      }
    } else if (auto getAttr = dyn_cast<GetAttrOp>(op)) {
      node["op"] = "get_attr";
      node["target"] = getAttr.getTarget();
    } else {
      ArrayAttr args;
      DictAttr kwargs;
      if (auto call = dyn_cast<CallFunctionOp>(op)) {
        node["op"] = "call_function";
        node["target"] = exportTarget(call.getTarget());
        args = call.getArgs();
        kwargs = call.getKwargs();
      } else if (auto call = dyn_cast<CallMethodOp>(op)) {
        node["op"] = "call_method";
        node["target"] = call.getTarget();
        args = call.getArgs();
        kwargs = call.getKwargs();
      } else if (auto call = dyn_cast<CallModuleOp>(op)) {
        node["op"] = "call_module";
        node["target"] = call.getTarget();
        node["module_class"] = call.getModuleType();
        args = call.getArgs();
        kwargs = call.getKwargs();
      } else {
        return op.emitError("cannot export an '")
               << op.getName() << "' node to fx JSON";
      }
      json::Array inputs;
      for (Attribute arg : args) {
        FailureOr<json::Value> value = exportFxArgument(arg, rest, &op);
        if (failed(value))
          return failure();
        inputs.push_back(
            json::Object{{"name", ""},
                         {"arg", std::move(*value)},
                         {"kind", int64_t(ArgumentKind::Positional)}});
      }
      for (auto [key, arg] : llvm::zip(kwargs.getKeys(), kwargs.getValues())) {
        FailureOr<json::Value> value = exportFxArgument(arg, rest, &op);
        if (failed(value))
          return failure();
        inputs.push_back(
            json::Object{{"name", cast<StringAttr>(key).getValue()},
                         {"arg", std::move(*value)},
                         {"kind", int64_t(ArgumentKind::Keyword)}});
      }
      node["inputs"] = std::move(inputs);
      json::Array outputs;
      if (op.getNumResults() == 1)
        outputs.push_back(
            json::Object{{"as_value", json::Object{{"name", name}}}});
      node["outputs"] = std::move(outputs);
    }
    // The value's type, in the program table that holds its kind or else in
    // value_types.
    if (op.getNumResults() == 1) {
      Type type = op.getResult(0).getType();
      FailureOr<json::Value> fxType = exportFxType(type, &op);
      if (failed(fxType))
        return failure();
      json::Object &tagged = *fxType->getAsObject();
      std::string key = name.str();
      if (json::Value *tensor = tagged.get("tensor"))
        tensorValues[key] = std::move(*tensor);
      else if (json::Value *symInt = tagged.get("sym_int");
               symInt && symInt->kind() != json::Value::Null)
        symIntValues[key] = std::move(*symInt);
      else if (!tagged.get("unknown"))
        valueTypes[key] = std::move(*fxType);
    }
    nodes.push_back(std::move(node));
  }
  return json::Object{{"inputs", json::Array()},
                      {"nodes", std::move(nodes)},
                      {"output", std::move(output)},
                      {"tensor_values", std::move(tensorValues)},
                      {"sym_int_values", std::move(symIntValues)},
                      {"value_types", std::move(valueTypes)}};
}

FailureOr<json::Object>
ProgramExporter::exportFxGraphModule(GraphModuleOp graphModule) {
  GraphOp graph = graphModule.getGraph();
  if (!graph)
    return graphModule.emitError("has no fx.graph");
  FailureOr<json::Object> graphJson = exportFxGraph(graph);
  if (failed(graphJson))
    return failure();
  json::Array attrs, submodules;
  for (Operation &op : graphModule.getBody().front()) {
    if (auto attr = dyn_cast<ModuleAttrOp>(op)) {
      FailureOr<json::Value> type = exportFxType(attr.getType(), attr);
      if (failed(type))
        return failure();
      json::Value *meta = type->getAsObject()->get("tensor");
      if (!meta)
        return attr.emitError("cannot export a module attribute of type ")
               << attr.getType();
      attrs.push_back(
          json::Object{{"kind", stringifyModuleAttrKind(attr.getKind())},
                       {"name", attr.getSymName()},
                       {"tensor_meta", std::move(*meta)}});
    } else if (auto nested = dyn_cast<GraphModuleOp>(op)) {
      FailureOr<json::Object> nestedJson = exportFxGraphModule(nested);
      if (failed(nestedJson))
        return failure();
      submodules.push_back(
          json::Object{{"name", nested.getSymName()},
                       {"graph_module", std::move(*nestedJson)}});
    }
  }
  return json::Object{{"graph", std::move(*graphJson)},
                      {"module_attrs", std::move(attrs)},
                      {"submodules", std::move(submodules)}};
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

FailureOr<json::Value> ProgramExporter::exportProgram() {
  // Hints for size symbols: an example value in each symbol's range (2 when
  // the range allows it, as torch.export avoids specializing on 0 and 1).
  json::Object rangeConstraints;
  if (GraphOp graph = module.getGraph()) {
    if (auto ranges = graph->getAttrOfType<RangeConstraintsAttr>(
            dialect->getRangeConstraintsAttrHelper().getName())) {
      for (auto [symbol, lower, upper] : llvm::zip_equal(
               ranges.getSymbols(), ranges.getLower(), ranges.getUpper())) {
        auto bound = [](int64_t b) {
          return b == RangeConstraintsAttr::kNegInf ||
                         b == RangeConstraintsAttr::kPosInf
                     ? json::Value(nullptr)
                     : json::Value(b);
        };
        rangeConstraints[getSymbolName(symbol)] =
            json::Object{{"min_val", bound(lower)}, {"max_val", bound(upper)}};
        if (cast<AffineSymbolExpr>(symbol).getPosition() < kUnbackedSymbolBase)
          hints[symbol] = std::min(std::max<int64_t>(lower, 2), upper);
      }
    }
  }
  json::Object signature;
  FailureOr<json::Object> graph = exportGraph(module, &signature);
  if (failed(graph))
    return failure();

  // The fields with no IR form come back from fx.program; a graph module
  // built in MLIR gets torch.export's defaults.
  json::Object program;
  if (auto kept = module->getAttrOfType<DictAttr>(
          dialect->getProgramAttrHelper().getName())) {
    std::optional<json::Value> value = attrToJson(kept);
    if (!value || !value->getAsObject())
      return module.emitError("fx.program is not a JSON object");
    program = std::move(*value->getAsObject());
  }
  if (!program.get("graph_module") || !program.getObject("graph_module"))
    program["graph_module"] = json::Object();
  json::Object &graphModule = *program.getObject("graph_module");
  graphModule["graph"] = std::move(*graph);
  graphModule["signature"] = std::move(signature);
  if (!graphModule.get("module_call_graph")) {
    // The root module takes the user inputs as positional args and returns
    // its user outputs as a tuple (one output as itself).
    auto leaf = [] {
      return json::Object{{"type", nullptr},
                          {"context", nullptr},
                          {"children_spec", json::Array()}};
    };
    const json::Array &specs =
        *graphModule.getObject("signature")->getArray("input_specs");
    json::Array inputLeaves, forwardArgNames;
    for (const json::Value &spec : specs)
      if (const json::Object *user =
              spec.getAsObject()->getObject("user_input")) {
        inputLeaves.push_back(leaf());
        const json::Object *arg = user->getObject("arg");
        const json::Object *inner =
            arg ? arg->begin()->second.getAsObject() : nullptr;
        const json::Value *name =
            inner ? (inner->get("name") ? inner->get("name")
                                        : inner->get("as_name"))
                  : nullptr;
        forwardArgNames.push_back(name ? *name : json::Value(""));
      }
    size_t numUserOutputs = 0;
    for (const json::Value &spec :
         *graphModule.getObject("signature")->getArray("output_specs"))
      numUserOutputs += spec.getAsObject()->get("user_output") != nullptr;
    json::Value inSpec = json::Object{
        {"type", "builtins.tuple"},
        {"context", "null"},
        {"children_spec",
         json::Array{json::Object{{"type", "builtins.tuple"},
                                  {"context", "null"},
                                  {"children_spec", std::move(inputLeaves)}},
                     json::Object{{"type", "builtins.dict"},
                                  {"context", "[]"},
                                  {"children_spec", json::Array()}}}}};
    json::Array outputLeaves;
    for (size_t i = 0; i < numUserOutputs; ++i)
      outputLeaves.push_back(leaf());
    json::Value outSpec =
        numUserOutputs == 1 ? json::Value(leaf())
                            : json::Value(json::Object{
                                  {"type", "builtins.tuple"},
                                  {"context", "null"},
                                  {"children_spec", std::move(outputLeaves)}});
    auto treespec = [](json::Value spec) {
      return printJson(json::Array{1, std::move(spec)});
    };
    graphModule["module_call_graph"] = json::Array{json::Object{
        {"fqn", ""},
        {"signature",
         json::Object{{"inputs", json::Array()},
                      {"outputs", json::Array()},
                      {"in_spec", treespec(std::move(inSpec))},
                      {"out_spec", treespec(std::move(outSpec))},
                      {"forward_arg_names", std::move(forwardArgNames)}}}}};
  }
  if (!graphModule.get("metadata"))
    graphModule["metadata"] = json::Object();
  if (!graphModule.get("treespec_namedtuple_fields"))
    graphModule["treespec_namedtuple_fields"] = json::Object();
  program["range_constraints"] = std::move(rangeConstraints);
  if (!program.get("schema_version"))
    program["schema_version"] =
        json::Object{{"major", kPt2SchemaMajor}, {"minor", kPt2SchemaMinor}};
  if (!program.get("opset_version"))
    program["opset_version"] = json::Object{{"aten", 10}};
  if (!program.get("verifiers"))
    program["verifiers"] = json::Array();
  if (!program.get("torch_version"))
    program["torch_version"] = "2.13.0";
  if (!program.get("guards_code"))
    program["guards_code"] = json::Array();
  return json::Value(std::move(program));
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
  FailureOr<json::Value> program = exporter.exportProgram();
  if (failed(program))
    return failure();
  os << *program;
  return success();
}

LogicalResult mlir::fx::exportFxJson(ModuleOp module, llvm::raw_ostream &os) {
  json::Array graphModules;
  for (auto graphModule : module.getBody()->getOps<GraphModuleOp>()) {
    ProgramExporter exporter(graphModule);
    FailureOr<json::Object> value = exporter.exportFxGraphModule(graphModule);
    if (failed(value))
      return failure();
    graphModules.push_back(json::Object{{"name", graphModule.getSymName()},
                                        {"graph_module", std::move(*value)}});
  }
  os << json::Value(json::Object{{"graph_modules", std::move(graphModules)}});
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
  FailureOr<json::Value> program = exporter.exportProgram();
  if (failed(program) || failed(exporter.exportPayloads()))
    return failure();
  ArchiveWriter writer(graphModule->getLoc());
  if (failed(writer.open()))
    return failure();

  // The archive's root folder and the model's name.
  constexpr StringLiteral root = "archive/";
  constexpr StringLiteral model = "model";
  json::Object weights, constants;
  llvm::StringSet<> written;
  for (const Payload &payload : exporter.getPayloads()) {
    StringRef dir = payload.isConstant ? kConstantsDir : kWeightsDir;
    json::Object &config = payload.isConstant ? constants : weights;
    config[payload.fqn] = json::Object{
        {"path_name", payload.fileName},
        {"is_param", payload.isParam},
        {"use_pickle", false},
        {"tensor_meta",
         exporter.exportTensorMeta(payload.type, payload.isParam)}};
    if (written.insert(payload.fileName).second &&
        failed(writer.add((root + dir + payload.fileName).str(), payload.data)))
      return failure();
  }
  if (failed(writer.addText(
          (root + getWeightsConfigPath(model)).str(),
          printJson(json::Object{{"config", std::move(weights)}}))) ||
      failed(writer.addText(
          (root + getConstantsConfigPath(model)).str(),
          printJson(json::Object{{"config", std::move(constants)}}))) ||
      failed(writer.addText((root + kModelsDir + model + ".json").str(),
                            printJson(*program))) ||
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
