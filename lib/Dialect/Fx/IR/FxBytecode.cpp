//===- FxBytecode.cpp - Bytecode encoding of fx attributes and types ------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Native MLIR bytecode for the fx attributes and types every graph is made
// of: node references and Python constants in args, the metadata attributes
// (nn_module_stack, torch_fn, custom, source_fn_stack, original_aten as an
// operator, from_node's node sources), and the node value types. Each is a varint code followed by its
// parameters, themselves bytecode attributes and strings, so reading one
// never runs a text parser. A node's from_node property (FromNode.h) is
// written entry by entry, with no attribute per entry. Symbolic sizes (the `#fx.dims` tensor encoding,
// range constraints, SymInts with a value) write each size expression in
// postfix order, read back with a stack and no recursion. Files written
// before a kind had its code hold it as MLIR's textual fallback, which still
// reads.
//
//===----------------------------------------------------------------------===//

#include "FxBytecode.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "mlir/Bytecode/BytecodeImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

/// The codes of the attributes and types encoded natively. Append only: a
/// code is part of the file format.
enum class AttrCode : uint64_t {
  Node = 0,
  None = 1,
  Ellipsis = 2,
  Tuple = 3,
  Dict = 4,
  /// Written before torch_fn owned its texts: two string attributes.
  TorchFnOfStringAttrs = 5,
  NNModuleStack = 6,
  Device = 7,
  Slice = 8,
  Operator = 9,
  Complex = 10,
  SourceFnStack = 11,
  Dims = 12,
  RangeConstraints = 13,
  NodeSource = 14,
  /// Two strings of the string section, which no reader uniques.
  TorchFn = 15,
};

enum class TypeCode : uint64_t {
  Unknown = 0,
  SymFloat = 1,
  SymBool = 2,
  GraphModule = 3,
  /// A SymInt without a known value.
  SymInt = 4,
  /// A SymInt with its size expression.
  SymIntWithValue = 5,
};

/// The nodes of a size expression, written in postfix order. Append only.
enum class SizeExprCode : uint64_t {
  Constant = 0,
  Symbol = 1,
  Add = 2,
  Mul = 3,
  Mod = 4,
  FloorDiv = 5,
  CeilDiv = 6,
};

/// The fields of a from_node entry, in their order in both of its encodings
/// (a `#fx.node_source` attribute and an entry of the from_node property),
/// each followed by the entry's history.
struct NodeSourceFields {
  StringRef name;
  StringAttr target, passName, action;
  int64_t graphId;

  template <typename Source>
  static void write(DialectBytecodeWriter &writer, const Source &source) {
    writer.writeOwnedString(source.getName());
    writer.writeAttribute(source.getTarget());
    writer.writeSignedVarInt(source.getGraphId());
    writer.writeAttribute(source.getPassName());
    writer.writeAttribute(source.getAction());
  }
  LogicalResult read(DialectBytecodeReader &reader) {
    return success(succeeded(reader.readString(name)) &&
                   succeeded(reader.readAttribute(target)) &&
                   succeeded(reader.readSignedVarInt(graphId)) &&
                   succeeded(reader.readAttribute(passName)) &&
                   succeeded(reader.readAttribute(action)));
  }
};

/// The fx dialect's bytecode version. Files without one were written before
/// it existed, when a node's from_node was the discardable attribute
/// `fx.from_node` and not a property of node ops.
enum class FxVersion : uint64_t {
  /// from_node is a property of every node op.
  FromNodeProperty = 1,
};
constexpr FxVersion kCurrentVersion = FxVersion::FromNodeProperty;

struct FxDialectVersion : DialectVersion {
  explicit FxDialectVersion(FxVersion value) : value(value) {}
  FxVersion value;
};

struct FxBytecodeDialectInterface : BytecodeDialectInterface {
  FxBytecodeDialectInterface(Dialect *dialect)
      : BytecodeDialectInterface(dialect) {}

  void writeVersion(DialectBytecodeWriter &writer) const override {
    writer.writeVarInt(static_cast<uint64_t>(kCurrentVersion));
  }
  std::unique_ptr<DialectVersion>
  readVersion(DialectBytecodeReader &reader) const override {
    uint64_t value;
    if (failed(reader.readVarInt(value)))
      return nullptr;
    if (value == 0 || value > static_cast<uint64_t>(kCurrentVersion)) {
      reader.emitError() << "fx bytecode version " << value
                         << " is not one this reader knows (1 to "
                         << static_cast<uint64_t>(kCurrentVersion) << ")";
      return nullptr;
    }
    return std::make_unique<FxDialectVersion>(static_cast<FxVersion>(value));
  }

  Attribute readAttribute(DialectBytecodeReader &reader) const override;
  LogicalResult writeAttribute(Attribute attr,
                               DialectBytecodeWriter &writer) const override;
  Type readType(DialectBytecodeReader &reader) const override;
  LogicalResult writeType(Type type,
                          DialectBytecodeWriter &writer) const override;
};

} // namespace

//===----------------------------------------------------------------------===//
// Size expressions
//===----------------------------------------------------------------------===//

/// Whether `expr` is a size expression the text form can spell (sizes never
/// hold dims): only those get the native encoding, so that a file reads back
/// exactly what text would have. The check comes before anything is written,
/// since a writer that fails leaves its bytes behind.
static bool isEncodableSizeExpr(AffineExpr expr) {
  return !expr
              .walk([](AffineExpr node) {
                return isa<AffineDimExpr>(node) ? WalkResult::interrupt()
                                                : WalkResult::advance();
              })
              .wasInterrupted();
}

static bool areEncodableSizeExprs(ArrayRef<AffineExpr> exprs) {
  return llvm::all_of(exprs, isEncodableSizeExpr);
}

/// Writes `expr` as its number of nodes, then each node after its operands.
static void writeSizeExpr(AffineExpr expr, DialectBytecodeWriter &writer) {
  uint64_t numNodes = 0;
  expr.walk([&](AffineExpr) { ++numNodes; });
  writer.writeVarInt(numNodes);
  expr.walk([&](AffineExpr node) {
    auto code = [&](SizeExprCode value) {
      writer.writeVarInt(static_cast<uint64_t>(value));
    };
    switch (node.getKind()) {
    case AffineExprKind::Constant:
      code(SizeExprCode::Constant);
      writer.writeSignedVarInt(cast<AffineConstantExpr>(node).getValue());
      return;
    case AffineExprKind::SymbolId:
      code(SizeExprCode::Symbol);
      writer.writeVarInt(cast<AffineSymbolExpr>(node).getPosition());
      return;
    case AffineExprKind::Add:
      return code(SizeExprCode::Add);
    case AffineExprKind::Mul:
      return code(SizeExprCode::Mul);
    case AffineExprKind::Mod:
      return code(SizeExprCode::Mod);
    case AffineExprKind::FloorDiv:
      return code(SizeExprCode::FloorDiv);
    case AffineExprKind::CeilDiv:
      return code(SizeExprCode::CeilDiv);
    case AffineExprKind::DimId:
      llvm_unreachable("checked by isEncodableSizeExpr");
    }
  });
}

/// Reads what writeSizeExpr wrote, checking what parseSizeExpr checks: valid
/// symbols, positive constant divisors, one expression.
static FailureOr<AffineExpr> readSizeExpr(DialectBytecodeReader &reader) {
  MLIRContext *context = reader.getContext();
  uint64_t numNodes;
  if (failed(reader.readVarInt(numNodes)))
    return failure();
  SmallVector<AffineExpr, 8> stack;
  for (uint64_t i = 0; i < numNodes; ++i) {
    uint64_t code;
    if (failed(reader.readVarInt(code)))
      return failure();
    switch (static_cast<SizeExprCode>(code)) {
    case SizeExprCode::Constant: {
      int64_t value;
      if (failed(reader.readSignedVarInt(value)))
        return failure();
      stack.push_back(getAffineConstantExpr(value, context));
      continue;
    }
    case SizeExprCode::Symbol: {
      uint64_t position;
      if (failed(reader.readVarInt(position)))
        return failure();
      if (position >= 2 * kUnbackedSymbolBase)
        return reader.emitError() << "size symbol " << position
                                  << " out of range";
      stack.push_back(getAffineSymbolExpr(position, context));
      continue;
    }
    case SizeExprCode::Add:
    case SizeExprCode::Mul:
    case SizeExprCode::Mod:
    case SizeExprCode::FloorDiv:
    case SizeExprCode::CeilDiv: {
      if (stack.size() < 2)
        return reader.emitError() << "size expression operator without "
                                     "two operands";
      AffineExpr rhs = stack.pop_back_val();
      AffineExpr lhs = stack.pop_back_val();
      AffineExprKind kind;
      switch (static_cast<SizeExprCode>(code)) {
      case SizeExprCode::Add:
        kind = AffineExprKind::Add;
        break;
      case SizeExprCode::Mul:
        kind = AffineExprKind::Mul;
        break;
      case SizeExprCode::Mod:
        kind = AffineExprKind::Mod;
        break;
      case SizeExprCode::FloorDiv:
        kind = AffineExprKind::FloorDiv;
        break;
      default:
        kind = AffineExprKind::CeilDiv;
        break;
      }
      if (kind != AffineExprKind::Add && kind != AffineExprKind::Mul) {
        auto divisor = dyn_cast<AffineConstantExpr>(rhs);
        if (!divisor || divisor.getValue() <= 0)
          return reader.emitError() << "size expression divisor must be a "
                                       "positive integer";
      }
      // As stored: the expression was canonical when written.
      stack.push_back(getAffineBinaryOpExpr(kind, lhs, rhs));
      continue;
    }
    }
    return reader.emitError() << "unknown size expression code " << code;
  }
  if (stack.size() != 1)
    return reader.emitError() << "size expression of " << stack.size()
                              << " values";
  return stack.front();
}

static LogicalResult readSizeExprs(DialectBytecodeReader &reader,
                                   SmallVectorImpl<AffineExpr> &exprs) {
  return reader.readList(exprs, [&] { return readSizeExpr(reader); });
}

static void writeSizeExprs(ArrayRef<AffineExpr> exprs,
                           DialectBytecodeWriter &writer) {
  writer.writeList(exprs,
                   [&](AffineExpr expr) { writeSizeExpr(expr, writer); });
}

static Attribute readDims(DialectBytecodeReader &reader) {
  SmallVector<AffineExpr, 2> exprs;
  if (failed(readSizeExprs(reader, exprs)))
    return {};
  return DimsAttr::get(reader.getContext(), exprs);
}

static Attribute readRangeConstraints(DialectBytecodeReader &reader) {
  SmallVector<AffineExpr, 4> symbols;
  SmallVector<int64_t, 4> lower, upper;
  if (failed(readSizeExprs(reader, symbols)) ||
      failed(reader.readSignedVarInts(lower)) ||
      failed(reader.readSignedVarInts(upper)))
    return {};
  if (failed(RangeConstraintsAttr::verify([&] { return reader.emitError(); },
                                          symbols, lower, upper)))
    return {};
  return RangeConstraintsAttr::get(reader.getContext(), symbols, lower, upper);
}

static void writeRangeConstraints(RangeConstraintsAttr constraints,
                                  DialectBytecodeWriter &writer) {
  writeSizeExprs(constraints.getSymbols(), writer);
  writer.writeSignedVarInts(constraints.getLower());
  writer.writeSignedVarInts(constraints.getUpper());
}

static Type readSymIntWithValue(DialectBytecodeReader &reader) {
  FailureOr<AffineExpr> value = readSizeExpr(reader);
  if (failed(value))
    return {};
  return SymIntType::get(reader.getContext(), *value);
}

//===----------------------------------------------------------------------===//
// FxBytecodeDialectInterface
//===----------------------------------------------------------------------===//

Attribute
FxBytecodeDialectInterface::readAttribute(DialectBytecodeReader &reader) const {
  MLIRContext *context = getContext();
  uint64_t code;
  if (failed(reader.readVarInt(code)))
    return {};
  switch (static_cast<AttrCode>(code)) {
  case AttrCode::Node:
    return NodeAttr::get(context);
  case AttrCode::None:
    return NoneAttr::get(context);
  case AttrCode::Ellipsis:
    return EllipsisAttr::get(context);
  case AttrCode::Tuple: {
    ArrayAttr elements;
    if (failed(reader.readAttribute(elements)))
      return {};
    return TupleAttr::get(context, elements);
  }
  case AttrCode::Dict: {
    ArrayAttr keys, values;
    if (failed(reader.readAttribute(keys)) ||
        failed(reader.readAttribute(values)))
      return {};
    return DictAttr::getChecked([&] { return reader.emitError(); }, context,
                                keys, values);
  }
  case AttrCode::TorchFnOfStringAttrs: {
    StringAttr name, qualifiedName;
    if (failed(reader.readAttribute(name)) ||
        failed(reader.readAttribute(qualifiedName)))
      return {};
    return TorchFnAttr::get(context, name, qualifiedName);
  }
  case AttrCode::TorchFn: {
    StringRef name, qualifiedName;
    if (failed(reader.readString(name)) ||
        failed(reader.readString(qualifiedName)))
      return {};
    return TorchFnAttr::get(context, name, qualifiedName);
  }
  case AttrCode::NNModuleStack: {
    SmallVector<NNModuleStackEntry, 4> entries;
    auto readEntry = [&]() -> FailureOr<NNModuleStackEntry> {
      NNModuleStackEntry entry;
      if (failed(reader.readAttribute(entry.key)) ||
          failed(reader.readAttribute(entry.path)) ||
          failed(reader.readAttribute(entry.type)))
        return failure();
      return entry;
    };
    if (failed(reader.readList(entries, readEntry)))
      return {};
    return NNModuleStackAttr::get(context, entries);
  }
  case AttrCode::SourceFnStack: {
    SmallVector<SourceFnStackEntry, 2> entries;
    auto readEntry = [&]() -> FailureOr<SourceFnStackEntry> {
      SourceFnStackEntry entry;
      if (failed(reader.readAttribute(entry.name)) ||
          failed(reader.readAttribute(entry.target)))
        return failure();
      return entry;
    };
    if (failed(reader.readList(entries, readEntry)))
      return {};
    return SourceFnStackAttr::getChecked([&] { return reader.emitError(); },
                                         context, ArrayRef(entries));
  }
  case AttrCode::Device: {
    StringRef device;
    if (failed(reader.readString(device)))
      return {};
    return DeviceAttr::get(context, device);
  }
  case AttrCode::Slice: {
    Attribute start, stop, step;
    if (failed(reader.readAttribute(start)) ||
        failed(reader.readAttribute(stop)) ||
        failed(reader.readAttribute(step)))
      return {};
    return SliceAttr::get(context, start, stop, step);
  }
  case AttrCode::Operator: {
    StringRef name;
    if (failed(reader.readString(name)))
      return {};
    return OperatorAttr::getChecked([&] { return reader.emitError(); },
                                    context, name);
  }
  case AttrCode::Complex: {
    FailureOr<APFloat> real =
        reader.readAPFloatWithKnownSemantics(APFloat::IEEEdouble());
    if (failed(real))
      return {};
    FailureOr<APFloat> imag =
        reader.readAPFloatWithKnownSemantics(APFloat::IEEEdouble());
    if (failed(imag))
      return {};
    return ComplexAttr::get(context, *real, *imag);
  }
  case AttrCode::NodeSource: {
    NodeSourceFields fields;
    ArrayAttr fromNode;
    if (failed(fields.read(reader)) || failed(reader.readAttribute(fromNode)))
      return {};
    return NodeSourceAttr::getChecked([&] { return reader.emitError(); },
                                      context, fields.name, fields.target,
                                      fields.graphId, fields.passName,
                                      fields.action, fromNode);
  }
  case AttrCode::Dims:
    return readDims(reader);
  case AttrCode::RangeConstraints:
    return readRangeConstraints(reader);
  }
  reader.emitError() << "unknown fx attribute code " << code;
  return {};
}

LogicalResult FxBytecodeDialectInterface::writeAttribute(
    Attribute attr, DialectBytecodeWriter &writer) const {
  auto code = [&](AttrCode value) {
    writer.writeVarInt(static_cast<uint64_t>(value));
  };
  return TypeSwitch<Attribute, LogicalResult>(attr)
      .Case([&](NodeAttr) {
        code(AttrCode::Node);
        return success();
      })
      .Case([&](NoneAttr) {
        code(AttrCode::None);
        return success();
      })
      .Case([&](EllipsisAttr) {
        code(AttrCode::Ellipsis);
        return success();
      })
      .Case([&](TupleAttr tuple) {
        code(AttrCode::Tuple);
        writer.writeAttribute(tuple.getElements());
        return success();
      })
      .Case([&](DictAttr dict) {
        code(AttrCode::Dict);
        writer.writeAttribute(dict.getKeys());
        writer.writeAttribute(dict.getValues());
        return success();
      })
      .Case([&](TorchFnAttr torchFn) {
        code(AttrCode::TorchFn);
        writer.writeOwnedString(torchFn.getName());
        writer.writeOwnedString(torchFn.getQualifiedName());
        return success();
      })
      .Case([&](NNModuleStackAttr stack) {
        code(AttrCode::NNModuleStack);
        writer.writeList(stack.getEntries(),
                         [&](const NNModuleStackEntry &entry) {
                           writer.writeAttribute(entry.key);
                           writer.writeAttribute(entry.path);
                           writer.writeAttribute(entry.type);
                         });
        return success();
      })
      .Case([&](SourceFnStackAttr stack) {
        code(AttrCode::SourceFnStack);
        writer.writeList(stack.getEntries(),
                         [&](const SourceFnStackEntry &entry) {
                           writer.writeAttribute(entry.name);
                           writer.writeAttribute(entry.target);
                         });
        return success();
      })
      .Case([&](DeviceAttr device) {
        code(AttrCode::Device);
        writer.writeOwnedString(device.getDevice());
        return success();
      })
      .Case([&](SliceAttr slice) {
        code(AttrCode::Slice);
        writer.writeAttribute(slice.getStart());
        writer.writeAttribute(slice.getStop());
        writer.writeAttribute(slice.getStep());
        return success();
      })
      .Case([&](OperatorAttr op) {
        code(AttrCode::Operator);
        writer.writeOwnedString(op.getName());
        return success();
      })
      .Case([&](ComplexAttr complex) {
        code(AttrCode::Complex);
        writer.writeAPFloatWithKnownSemantics(complex.getReal());
        writer.writeAPFloatWithKnownSemantics(complex.getImag());
        return success();
      })
      .Case([&](NodeSourceAttr source) {
        code(AttrCode::NodeSource);
        NodeSourceFields::write(writer, source);
        writer.writeAttribute(source.getFromNode());
        return success();
      })
      .Case([&](DimsAttr dims) {
        if (!areEncodableSizeExprs(dims.getExprs()))
          return failure();
        code(AttrCode::Dims);
        writeSizeExprs(dims.getExprs(), writer);
        return success();
      })
      .Case([&](RangeConstraintsAttr constraints) {
        if (!areEncodableSizeExprs(constraints.getSymbols()))
          return failure();
        code(AttrCode::RangeConstraints);
        writeRangeConstraints(constraints, writer);
        return success();
      })
      .Default([](Attribute) { return failure(); });
}

Type FxBytecodeDialectInterface::readType(DialectBytecodeReader &reader) const {
  MLIRContext *context = getContext();
  uint64_t code;
  if (failed(reader.readVarInt(code)))
    return {};
  switch (static_cast<TypeCode>(code)) {
  case TypeCode::Unknown:
    return UnknownType::get(context);
  case TypeCode::SymFloat:
    return SymFloatType::get(context);
  case TypeCode::SymBool:
    return SymBoolType::get(context);
  case TypeCode::GraphModule:
    return GraphModuleType::get(context);
  case TypeCode::SymInt:
    return SymIntType::get(context);
  case TypeCode::SymIntWithValue:
    return readSymIntWithValue(reader);
  }
  reader.emitError() << "unknown fx type code " << code;
  return {};
}

LogicalResult
FxBytecodeDialectInterface::writeType(Type type,
                                      DialectBytecodeWriter &writer) const {
  std::optional<TypeCode> code =
      TypeSwitch<Type, std::optional<TypeCode>>(type)
          .Case([](UnknownType) { return TypeCode::Unknown; })
          .Case([](SymFloatType) { return TypeCode::SymFloat; })
          .Case([](SymBoolType) { return TypeCode::SymBool; })
          .Case([](GraphModuleType) { return TypeCode::GraphModule; })
          .Case([](SymIntType symInt) -> std::optional<TypeCode> {
            if (!symInt.getValue())
              return TypeCode::SymInt;
            if (!isEncodableSizeExpr(symInt.getValue()))
              return std::nullopt;
            return TypeCode::SymIntWithValue;
          })
          .Default([](Type) { return std::nullopt; });
  if (!code)
    return failure();
  writer.writeVarInt(static_cast<uint64_t>(*code));
  if (*code == TypeCode::SymIntWithValue)
    writeSizeExpr(cast<SymIntType>(type).getValue(), writer);
  return success();
}

//===----------------------------------------------------------------------===//
// The from_node property
//===----------------------------------------------------------------------===//

/// Histories nest one level per pass; a bound keeps a corrupt file from
/// recursing without end.
static constexpr unsigned kMaxFromNodeDepth = 256;

/// A list: its length, then per entry the source's name, target, graph id,
/// the pass, the action and the entry's own history.
static void writeNodeSources(DialectBytecodeWriter &writer,
                             const FromNode &fromNode) {
  writer.writeVarInt(fromNode.size());
  for (const NodeSource &source : fromNode.getSources()) {
    NodeSourceFields::write(writer, source);
    writeNodeSources(writer, source.getFromNode());
  }
}

static LogicalResult readNodeSources(DialectBytecodeReader &reader,
                                     FromNode &fromNode, unsigned depth) {
  if (depth > kMaxFromNodeDepth)
    return reader.emitError() << "from_node nests deeper than "
                              << kMaxFromNodeDepth << " levels";
  uint64_t size;
  if (failed(reader.readVarInt(size)))
    return failure();
  SmallVector<NodeSource, 1> sources;
  for (uint64_t i = 0; i < size; ++i) {
    NodeSourceFields fields;
    FromNode history;
    if (failed(fields.read(reader)))
      return failure();
    if (!isNodeSourceAction(fields.action.getValue()))
      return reader.emitError() << "from_node action must be create, replace "
                                   "or both joined by '+', got "
                                << fields.action;
    if (failed(readNodeSources(reader, history, depth + 1)))
      return failure();
    sources.emplace_back(fields.name, fields.target, fields.graphId,
                         fields.passName, fields.action, std::move(history));
  }
  fromNode = FromNode(sources);
  return success();
}

void mlir::fx::writeToMlirBytecode(DialectBytecodeWriter &writer,
                                   const std::optional<FromNode> &fromNode) {
  writer.writeOwnedBool(fromNode.has_value());
  if (fromNode)
    writeNodeSources(writer, *fromNode);
}

LogicalResult
mlir::fx::readFromMlirBytecode(DialectBytecodeReader &reader,
                               std::optional<FromNode> &fromNode) {
  fromNode = std::nullopt;
  // A file without a version has no from_node among a node's properties.
  FailureOr<const DialectVersion *> version =
      reader.getDialectVersion<FxDialect>();
  if (failed(version))
    return success();
  bool present;
  if (failed(reader.readBool(present)))
    return failure();
  if (!present)
    return success();
  FromNode list;
  if (failed(readNodeSources(reader, list, /*depth=*/0)))
    return failure();
  fromNode = std::move(list);
  return success();
}

void mlir::fx::addBytecodeInterface(FxDialect *dialect) {
  dialect->addInterfaces<FxBytecodeDialectInterface>();
}
