//===- FxDialect.cpp - The fx dialect -------------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "FxBytecode.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::fx;

#include "fx-mlir/Dialect/Fx/IR/FxOpsDialect.cpp.inc"

namespace {

/// Prints each distinct nn_module_stack once, as an alias at the top of the
/// file (`#nn_module_stack3 = #fx.nn_module_stack<[...]>`): a model has a
/// few hundred distinct stacks shared by all its nodes, and the stack is most
/// of a node's text; source_fn_stacks likewise. Each from_node entry
/// (#fx.node_source) is aliased too: a pass gives every node made of one
/// source the same entry, and entries nest across passes. torch_fn is not
/// aliased: torch.export gives every node its own (`linear_1`, `linear_2`,
/// ...), so an alias would only add a line.
struct FxOpAsmDialectInterface : OpAsmDialectInterface {
  using OpAsmDialectInterface::OpAsmDialectInterface;

  AliasResult getAlias(Attribute attr, raw_ostream &os) const override {
    // A pass gives every node made of one source the same provenance.
    if (isa<NodeSourceAttr>(attr)) {
      os << "node_source";
      return AliasResult::OverridableAlias;
    }
    if (auto stack = dyn_cast<NNModuleStackAttr>(attr);
        stack && !stack.getEntries().empty()) {
      os << "nn_module_stack";
      return AliasResult::OverridableAlias;
    }
    if (auto stack = dyn_cast<SourceFnStackAttr>(attr);
        stack && !stack.getEntries().empty()) {
      os << "source_fn_stack";
      return AliasResult::OverridableAlias;
    }
    return AliasResult::NoAlias;
  }
};

} // namespace

void FxDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "fx-mlir/Dialect/Fx/IR/FxOps.cpp.inc"
      >();
  registerAttributes();
  registerTypes();
  addInterfaces<FxOpAsmDialectInterface>();
  addBytecodeInterface(this);
}

LogicalResult FxDialect::verifyOperationAttribute(Operation *op,
                                                  NamedAttribute attribute) {
  StringAttr name = attribute.getName();
  Attribute value = attribute.getValue();
  auto expect = [&](bool ok, StringRef what) -> LogicalResult {
    if (ok)
      return success();
    return op->emitError() << "'" << name.getValue() << "' must be " << what
                           << ", got " << value;
  };
  if (name == getNnModuleStackAttrHelper().getName())
    return expect(isa<NNModuleStackAttr>(value), "an #fx.nn_module_stack");
  if (name == getTorchFnAttrHelper().getName())
    return expect(isa<TorchFnAttr>(value), "an #fx.torch_fn");
  if (name == getCustomAttrHelper().getName())
    return expect(isa<DictAttr>(value), "an #fx.dict");
  if (name == getSourceFnStackAttrHelper().getName())
    return expect(isa<SourceFnStackAttr>(value), "an #fx.source_fn_stack");
  if (name == getSeqNrAttrHelper().getName()) {
    auto seqNr = dyn_cast<IntegerAttr>(value);
    return expect(seqNr && seqNr.getType().isSignlessInteger(64),
                  "an i64 integer");
  }
  if (name == getOriginalAtenAttrHelper().getName())
    return expect(isa<OperatorAttr>(value), "an #fx.operator");
  if (name == kFromNodeAttrName) {
    InFlightDiagnostic diag =
        op->emitError() << "'" << name.getValue()
                        << "' is only valid as the from_node property of an "
                           "fx node";
    if (isa<NodeOpInterface>(op))
      diag.attachNote()
          << "the generic form gives it as <{from_node = [[...]]}>; fx "
             "bytecode without a dialect version (written before from_node "
             "was a property) held it as this attribute: write such a file "
             "again from its source";
    return diag;
  }
  if (name == getRangeConstraintsAttrHelper().getName()) {
    if (!isa<GraphOp>(op))
      return op->emitError()
             << "'" << name.getValue() << "' is only valid on an fx.graph";
    return expect(isa<RangeConstraintsAttr>(value), "an #fx.range_constraints");
  }
  if (name == getInputSpecAttrHelper().getName()) {
    if (!isa<PlaceholderOp>(op))
      return op->emitError() << "'" << name.getValue()
                             << "' is only valid on an fx.placeholder";
    return expect(isa<InputSpecAttr>(value), "an #fx.input_spec");
  }
  if (name == getOutputSpecsAttrHelper().getName()) {
    if (!isa<OutputOp>(op))
      return op->emitError()
             << "'" << name.getValue() << "' is only valid on an fx.output";
    auto specs = dyn_cast<ArrayAttr>(value);
    return expect(specs && llvm::all_of(specs, llvm::IsaPred<OutputSpecAttr>),
                  "an array of #fx.output_spec");
  }
  if (name == getArgNamesAttrHelper().getName()) {
    auto names = dyn_cast<ArrayAttr>(value);
    return expect(names && llvm::all_of(names, llvm::IsaPred<StringAttr>),
                  "an array of strings");
  }
  if (name == getMetaAttrHelper().getName() ||
      name == getProgramAttrHelper().getName())
    return expect(isa<DictAttr>(value), "an #fx.dict");
  return op->emitError() << "unknown fx metadata '" << name.getValue() << "'";
}
