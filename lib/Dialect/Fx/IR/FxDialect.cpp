//===- FxDialect.cpp - The fx dialect -------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"

using namespace mlir;
using namespace mlir::fx;

#include "fx-mlir/Dialect/Fx/IR/FxOpsDialect.cpp.inc"

void FxDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "fx-mlir/Dialect/Fx/IR/FxOps.cpp.inc"
      >();
  registerAttributes();
  registerTypes();
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
  if (name == getRangeConstraintsAttrHelper().getName()) {
    if (!isa<GraphOp>(op))
      return op->emitError() << "'" << name.getValue()
                             << "' is only valid on an fx.graph";
    return expect(isa<RangeConstraintsAttr>(value),
                  "an #fx.range_constraints");
  }
  if (name == getInputSpecAttrHelper().getName()) {
    if (!isa<PlaceholderOp>(op))
      return op->emitError() << "'" << name.getValue()
                             << "' is only valid on an fx.placeholder";
    return expect(isa<InputSpecAttr>(value), "an #fx.input_spec");
  }
  if (name == getOutputSpecsAttrHelper().getName()) {
    if (!isa<OutputOp>(op))
      return op->emitError() << "'" << name.getValue()
                             << "' is only valid on an fx.output";
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
