//===- FxBytecode.cpp - Bytecode encoding of fx attributes and types ------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Native MLIR bytecode for the fx attributes and types every graph is made
// of: node references and Python constants in args, the metadata attributes
// (nn_module_stack, torch_fn, custom, source_fn_stack, original_aten as an
// operator), and the node value types. Each is a varint code followed by its
// parameters, themselves bytecode attributes and strings, so reading one
// never runs a text parser. The others (symbolic
// size expressions: dims, range constraints, SymInts with a value) keep
// MLIR's textual fallback inside the bytecode file.
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
  TorchFn = 5,
  NNModuleStack = 6,
  Device = 7,
  Slice = 8,
  Operator = 9,
  Complex = 10,
  SourceFnStack = 11,
};

enum class TypeCode : uint64_t {
  Unknown = 0,
  SymFloat = 1,
  SymBool = 2,
  GraphModule = 3,
  /// A SymInt without a known value.
  SymInt = 4,
};

struct FxBytecodeDialectInterface : BytecodeDialectInterface {
  FxBytecodeDialectInterface(Dialect *dialect)
      : BytecodeDialectInterface(dialect) {}

  Attribute readAttribute(DialectBytecodeReader &reader) const override;
  LogicalResult writeAttribute(Attribute attr,
                               DialectBytecodeWriter &writer) const override;
  Type readType(DialectBytecodeReader &reader) const override;
  LogicalResult writeType(Type type,
                          DialectBytecodeWriter &writer) const override;
};

} // namespace

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
  case AttrCode::TorchFn: {
    StringAttr name, qualifiedName;
    if (failed(reader.readAttribute(name)) ||
        failed(reader.readAttribute(qualifiedName)))
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
        writer.writeAttribute(torchFn.getName());
        writer.writeAttribute(torchFn.getQualifiedName());
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
            if (symInt.getValue())
              return std::nullopt;
            return TypeCode::SymInt;
          })
          .Default([](Type) { return std::nullopt; });
  if (!code)
    return failure();
  writer.writeVarInt(static_cast<uint64_t>(*code));
  return success();
}

void mlir::fx::addBytecodeInterface(FxDialect *dialect) {
  dialect->addInterfaces<FxBytecodeDialectInterface>();
}
