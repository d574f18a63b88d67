//===- Fx.cpp - C API of the fx dialect -----------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir-c/Dialect/Fx.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/CAPI/AffineExpr.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"
#include "mlir/CAPI/Utils.h"

using namespace mlir;
using namespace mlir::fx;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Fx, fx, FxDialect)

static SmallVector<AffineExpr> unwrapExprs(intptr_t n,
                                           const MlirAffineExpr *exprs) {
  return llvm::map_to_vector(ArrayRef(exprs, n),
                             [](MlirAffineExpr e) { return unwrap(e); });
}

static MlirStringRef wrapString(StringAttr attr) {
  return wrap(attr.getValue());
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

bool fxMlirTypeIsASymInt(MlirType type) {
  return isa<SymIntType>(unwrap(type));
}
MlirType fxMlirSymIntTypeGet(MlirContext context) {
  return wrap(SymIntType::get(unwrap(context)));
}
MlirType fxMlirSymIntTypeGetWithValue(MlirContext context,
                                      MlirAffineExpr value) {
  return wrap(SymIntType::get(unwrap(context), unwrap(value)));
}
MlirAffineExpr fxMlirSymIntTypeGetValue(MlirType type) {
  return wrap(cast<SymIntType>(unwrap(type)).getValue());
}

bool fxMlirTypeIsASymFloat(MlirType type) {
  return isa<SymFloatType>(unwrap(type));
}
MlirType fxMlirSymFloatTypeGet(MlirContext context) {
  return wrap(SymFloatType::get(unwrap(context)));
}

bool fxMlirTypeIsASymBool(MlirType type) {
  return isa<SymBoolType>(unwrap(type));
}
MlirType fxMlirSymBoolTypeGet(MlirContext context) {
  return wrap(SymBoolType::get(unwrap(context)));
}

bool fxMlirTypeIsAUnknown(MlirType type) {
  return isa<UnknownType>(unwrap(type));
}
MlirType fxMlirUnknownTypeGet(MlirContext context) {
  return wrap(UnknownType::get(unwrap(context)));
}

bool fxMlirTypeIsAGraphModule(MlirType type) {
  return isa<GraphModuleType>(unwrap(type));
}
MlirType fxMlirGraphModuleTypeGet(MlirContext context) {
  return wrap(GraphModuleType::get(unwrap(context)));
}

//===----------------------------------------------------------------------===//
// Symbolic sizes
//===----------------------------------------------------------------------===//

MlirAffineExpr fxMlirBackedSymbolGet(MlirContext context, unsigned n) {
  return wrap(getBackedSymbol(unwrap(context), n));
}
MlirAffineExpr fxMlirUnbackedSymbolGet(MlirContext context, unsigned n) {
  return wrap(getUnbackedSymbol(unwrap(context), n));
}

void fxMlirSizeExprPrint(MlirAffineExpr expr, MlirStringCallback callback,
                         void *userData) {
  mlir::detail::CallbackOstream stream(callback, userData);
  printSizeExpr(unwrap(expr), stream);
  stream.flush();
}

MlirType fxMlirRankedTensorTypeGetWithSizes(intptr_t rank,
                                            const MlirAffineExpr *sizes,
                                            MlirType elementType) {
  return wrap(getTensorType(unwrapExprs(rank, sizes), unwrap(elementType)));
}
MlirAffineExpr fxMlirRankedTensorTypeGetDimSize(MlirType type, intptr_t pos) {
  return wrap(getDimSizes(cast<RankedTensorType>(unwrap(type)))[pos]);
}

MlirType fxMlirTypeStripSymbolicSizes(MlirType type) {
  if (auto tensor = dyn_cast<RankedTensorType>(unwrap(type)))
    return wrap(stripSymbolicSizes(tensor));
  return type;
}

bool fxMlirAttributeIsADims(MlirAttribute attr) {
  return isa<DimsAttr>(unwrap(attr));
}
MlirAttribute fxMlirDimsAttrGet(MlirContext context, intptr_t numExprs,
                                const MlirAffineExpr *exprs) {
  return wrap(DimsAttr::get(unwrap(context), unwrapExprs(numExprs, exprs)));
}
intptr_t fxMlirDimsAttrGetNumExprs(MlirAttribute attr) {
  return cast<DimsAttr>(unwrap(attr)).getExprs().size();
}
MlirAffineExpr fxMlirDimsAttrGetExpr(MlirAttribute attr, intptr_t pos) {
  return wrap(cast<DimsAttr>(unwrap(attr)).getExprs()[pos]);
}

bool fxMlirAttributeIsARangeConstraints(MlirAttribute attr) {
  return isa<RangeConstraintsAttr>(unwrap(attr));
}
MlirAttribute fxMlirRangeConstraintsAttrGet(MlirContext context,
                                            intptr_t numSymbols,
                                            const MlirAffineExpr *symbols,
                                            const int64_t *lower,
                                            const int64_t *upper) {
  MLIRContext *ctx = unwrap(context);
  SmallVector<AffineExpr> symbolExprs = unwrapExprs(numSymbols, symbols);
  return wrap(RangeConstraintsAttr::getChecked(
      mlir::detail::getDefaultDiagnosticEmitFn(ctx), ctx,
      ArrayRef<AffineExpr>(symbolExprs), ArrayRef<int64_t>(lower, numSymbols),
      ArrayRef<int64_t>(upper, numSymbols)));
}
intptr_t fxMlirRangeConstraintsAttrGetNumSymbols(MlirAttribute attr) {
  return cast<RangeConstraintsAttr>(unwrap(attr)).getSymbols().size();
}
MlirAffineExpr fxMlirRangeConstraintsAttrGetSymbol(MlirAttribute attr,
                                                   intptr_t pos) {
  return wrap(cast<RangeConstraintsAttr>(unwrap(attr)).getSymbols()[pos]);
}
int64_t fxMlirRangeConstraintsAttrGetLower(MlirAttribute attr, intptr_t pos) {
  return cast<RangeConstraintsAttr>(unwrap(attr)).getLower()[pos];
}
int64_t fxMlirRangeConstraintsAttrGetUpper(MlirAttribute attr, intptr_t pos) {
  return cast<RangeConstraintsAttr>(unwrap(attr)).getUpper()[pos];
}

//===----------------------------------------------------------------------===//
// Argument attributes
//===----------------------------------------------------------------------===//

bool fxMlirAttributeIsANode(MlirAttribute attr) {
  return isa<NodeAttr>(unwrap(attr));
}
MlirAttribute fxMlirNodeAttrGet(MlirContext context) {
  return wrap(NodeAttr::get(unwrap(context)));
}

bool fxMlirAttributeIsANone(MlirAttribute attr) {
  return isa<NoneAttr>(unwrap(attr));
}
MlirAttribute fxMlirNoneAttrGet(MlirContext context) {
  return wrap(NoneAttr::get(unwrap(context)));
}

bool fxMlirAttributeIsAEllipsis(MlirAttribute attr) {
  return isa<EllipsisAttr>(unwrap(attr));
}
MlirAttribute fxMlirEllipsisAttrGet(MlirContext context) {
  return wrap(EllipsisAttr::get(unwrap(context)));
}

bool fxMlirAttributeIsATuple(MlirAttribute attr) {
  return isa<TupleAttr>(unwrap(attr));
}
MlirAttribute fxMlirTupleAttrGet(MlirContext context, intptr_t numElements,
                                 const MlirAttribute *elements) {
  SmallVector<Attribute> storage;
  MLIRContext *ctx = unwrap(context);
  return wrap(TupleAttr::get(
      ctx, ArrayAttr::get(ctx, unwrapList(numElements, elements, storage))));
}
intptr_t fxMlirTupleAttrGetNumElements(MlirAttribute attr) {
  return cast<TupleAttr>(unwrap(attr)).getElements().size();
}
MlirAttribute fxMlirTupleAttrGetElement(MlirAttribute attr, intptr_t pos) {
  return wrap(cast<TupleAttr>(unwrap(attr)).getElements()[pos]);
}

bool fxMlirAttributeIsADict(MlirAttribute attr) {
  return isa<DictAttr>(unwrap(attr));
}
MlirAttribute fxMlirDictAttrGet(MlirContext context, intptr_t numEntries,
                                const MlirStringRef *keys,
                                const MlirAttribute *values) {
  MLIRContext *ctx = unwrap(context);
  SmallVector<Attribute> keyAttrs = llvm::map_to_vector(
      ArrayRef(keys, numEntries), [&](MlirStringRef key) -> Attribute {
        return StringAttr::get(ctx, unwrap(key));
      });
  SmallVector<Attribute> valueAttrs;
  return wrap(DictAttr::get(
      ctx, ArrayAttr::get(ctx, keyAttrs),
      ArrayAttr::get(ctx, unwrapList(numEntries, values, valueAttrs))));
}
intptr_t fxMlirDictAttrGetNumEntries(MlirAttribute attr) {
  return cast<DictAttr>(unwrap(attr)).size();
}
MlirStringRef fxMlirDictAttrGetKey(MlirAttribute attr, intptr_t pos) {
  return wrapString(
      cast<StringAttr>(cast<DictAttr>(unwrap(attr)).getKeys()[pos]));
}
MlirAttribute fxMlirDictAttrGetValue(MlirAttribute attr, intptr_t pos) {
  return wrap(cast<DictAttr>(unwrap(attr)).getValues()[pos]);
}
MlirAttribute fxMlirDictAttrLookup(MlirAttribute attr, MlirStringRef key) {
  return wrap(cast<DictAttr>(unwrap(attr)).lookup(unwrap(key)));
}

bool fxMlirAttributeIsASlice(MlirAttribute attr) {
  return isa<SliceAttr>(unwrap(attr));
}
MlirAttribute fxMlirSliceAttrGet(MlirContext context, MlirAttribute start,
                                 MlirAttribute stop, MlirAttribute step) {
  return wrap(SliceAttr::get(unwrap(context), unwrap(start), unwrap(stop),
                             unwrap(step)));
}
MlirAttribute fxMlirSliceAttrGetStart(MlirAttribute attr) {
  return wrap(cast<SliceAttr>(unwrap(attr)).getStart());
}
MlirAttribute fxMlirSliceAttrGetStop(MlirAttribute attr) {
  return wrap(cast<SliceAttr>(unwrap(attr)).getStop());
}
MlirAttribute fxMlirSliceAttrGetStep(MlirAttribute attr) {
  return wrap(cast<SliceAttr>(unwrap(attr)).getStep());
}

bool fxMlirAttributeIsAComplex(MlirAttribute attr) {
  return isa<ComplexAttr>(unwrap(attr));
}
MlirAttribute fxMlirComplexAttrGet(MlirContext context, double real,
                                   double imag) {
  return wrap(ComplexAttr::get(unwrap(context), real, imag));
}
double fxMlirComplexAttrGetReal(MlirAttribute attr) {
  return cast<ComplexAttr>(unwrap(attr)).getReal().convertToDouble();
}
double fxMlirComplexAttrGetImag(MlirAttribute attr) {
  return cast<ComplexAttr>(unwrap(attr)).getImag().convertToDouble();
}

bool fxMlirAttributeIsADevice(MlirAttribute attr) {
  return isa<DeviceAttr>(unwrap(attr));
}
MlirAttribute fxMlirDeviceAttrGet(MlirContext context, MlirStringRef device) {
  return wrap(DeviceAttr::get(unwrap(context), unwrap(device)));
}
MlirStringRef fxMlirDeviceAttrGetValue(MlirAttribute attr) {
  return wrap(cast<DeviceAttr>(unwrap(attr)).getDevice());
}

bool fxMlirAttributeIsAOperator(MlirAttribute attr) {
  return isa<OperatorAttr>(unwrap(attr));
}
MlirAttribute fxMlirOperatorAttrGet(MlirContext context, MlirStringRef name) {
  if (!OperatorAttr::isValidName(unwrap(name)))
    return MlirAttribute{nullptr};
  return wrap(OperatorAttr::get(unwrap(context), unwrap(name)));
}
MlirStringRef fxMlirOperatorAttrGetName(MlirAttribute attr) {
  return wrap(cast<OperatorAttr>(unwrap(attr)).getName());
}

/// The enum attribute `AttrTy` for PyTorch's number `value` of its enum, or
/// null when PyTorch defines no such value.
template <typename AttrTy, typename EnumTy>
static MlirAttribute getEnumAttr(MlirContext context, int32_t value,
                                 std::optional<EnumTy> (*symbolize)(uint32_t)) {
  if (value < 0)
    return MlirAttribute{nullptr};
  std::optional<EnumTy> e = symbolize(value);
  if (!e)
    return MlirAttribute{nullptr};
  return wrap(AttrTy::get(unwrap(context), *e));
}

bool fxMlirAttributeIsAScalarType(MlirAttribute attr) {
  return isa<ScalarTypeAttr>(unwrap(attr));
}
MlirAttribute fxMlirScalarTypeAttrGet(MlirContext context, int32_t scalarType) {
  return getEnumAttr<ScalarTypeAttr, ScalarType>(context, scalarType,
                                                 symbolizeScalarType);
}
int32_t fxMlirScalarTypeAttrGetValue(MlirAttribute attr) {
  return static_cast<int32_t>(cast<ScalarTypeAttr>(unwrap(attr)).getValue());
}

bool fxMlirAttributeIsALayout(MlirAttribute attr) {
  return isa<LayoutAttr>(unwrap(attr));
}
MlirAttribute fxMlirLayoutAttrGet(MlirContext context, int32_t layout) {
  return getEnumAttr<LayoutAttr, Layout>(context, layout, symbolizeLayout);
}
int32_t fxMlirLayoutAttrGetValue(MlirAttribute attr) {
  return static_cast<int32_t>(cast<LayoutAttr>(unwrap(attr)).getValue());
}

bool fxMlirAttributeIsAMemoryFormat(MlirAttribute attr) {
  return isa<MemoryFormatAttr>(unwrap(attr));
}
MlirAttribute fxMlirMemoryFormatAttrGet(MlirContext context, int32_t format) {
  return getEnumAttr<MemoryFormatAttr, MemoryFormat>(context, format,
                                                     symbolizeMemoryFormat);
}
int32_t fxMlirMemoryFormatAttrGetValue(MlirAttribute attr) {
  return static_cast<int32_t>(cast<MemoryFormatAttr>(unwrap(attr)).getValue());
}

//===----------------------------------------------------------------------===//
// Node metadata
//===----------------------------------------------------------------------===//

bool fxMlirAttributeIsANNModuleStack(MlirAttribute attr) {
  return isa<NNModuleStackAttr>(unwrap(attr));
}
MlirAttribute
fxMlirNNModuleStackAttrGet(MlirContext context, intptr_t numFrames,
                           const FxMlirNNModuleStackFrame *frames) {
  MLIRContext *ctx = unwrap(context);
  SmallVector<NNModuleStackEntry> entries = llvm::map_to_vector(
      ArrayRef(frames, numFrames), [&](const FxMlirNNModuleStackFrame &frame) {
        return NNModuleStackEntry{StringAttr::get(ctx, unwrap(frame.key)),
                                  StringAttr::get(ctx, unwrap(frame.path)),
                                  StringAttr::get(ctx, unwrap(frame.type))};
      });
  return wrap(NNModuleStackAttr::get(ctx, entries));
}
MlirAttribute fxMlirNNModuleStackAttrGetEmptySentinel(MlirContext context) {
  return wrap(NNModuleStackAttr::getEmptySentinel(unwrap(context)));
}
intptr_t fxMlirNNModuleStackAttrGetNumFrames(MlirAttribute attr) {
  return cast<NNModuleStackAttr>(unwrap(attr)).getEntries().size();
}
FxMlirNNModuleStackFrame fxMlirNNModuleStackAttrGetFrame(MlirAttribute attr,
                                                         intptr_t pos) {
  const NNModuleStackEntry &entry =
      cast<NNModuleStackAttr>(unwrap(attr)).getEntries()[pos];
  return {wrapString(entry.key), wrapString(entry.path),
          wrapString(entry.type)};
}

bool fxMlirAttributeIsASourceFnStack(MlirAttribute attr) {
  return isa<SourceFnStackAttr>(unwrap(attr));
}
MlirAttribute
fxMlirSourceFnStackAttrGet(MlirContext context, intptr_t numFrames,
                           const FxMlirSourceFnStackFrame *frames) {
  MLIRContext *ctx = unwrap(context);
  ArrayRef<FxMlirSourceFnStackFrame> frameRange(frames, numFrames);
  if (!llvm::all_of(frameRange, [](const FxMlirSourceFnStackFrame &frame) {
        return SourceFnStackAttr::isValidField(unwrap(frame.name)) &&
               SourceFnStackAttr::isValidField(unwrap(frame.target));
      }))
    return MlirAttribute{nullptr};
  SmallVector<SourceFnStackEntry> entries = llvm::map_to_vector(
      frameRange, [&](const FxMlirSourceFnStackFrame &frame) {
        return SourceFnStackEntry{StringAttr::get(ctx, unwrap(frame.name)),
                                  StringAttr::get(ctx, unwrap(frame.target))};
      });
  return wrap(SourceFnStackAttr::get(ctx, entries));
}
intptr_t fxMlirSourceFnStackAttrGetNumFrames(MlirAttribute attr) {
  return cast<SourceFnStackAttr>(unwrap(attr)).getEntries().size();
}
FxMlirSourceFnStackFrame fxMlirSourceFnStackAttrGetFrame(MlirAttribute attr,
                                                         intptr_t pos) {
  const SourceFnStackEntry &entry =
      cast<SourceFnStackAttr>(unwrap(attr)).getEntries()[pos];
  return {wrapString(entry.name), wrapString(entry.target)};
}

bool fxMlirAttributeIsATorchFn(MlirAttribute attr) {
  return isa<TorchFnAttr>(unwrap(attr));
}
MlirAttribute fxMlirTorchFnAttrGet(MlirContext context, MlirStringRef name,
                                   MlirStringRef qualifiedName) {
  return wrap(TorchFnAttr::get(unwrap(context), unwrap(name),
                               unwrap(qualifiedName)));
}
MlirAttribute fxMlirTorchFnAttrGetForTarget(MlirContext context,
                                            MlirStringRef target) {
  return wrap(getTorchFnForTarget(unwrap(context), unwrap(target)));
}
MlirStringRef fxMlirTorchFnAttrGetName(MlirAttribute attr) {
  return wrap(cast<TorchFnAttr>(unwrap(attr)).getName());
}
MlirStringRef fxMlirTorchFnAttrGetQualifiedName(MlirAttribute attr) {
  return wrap(cast<TorchFnAttr>(unwrap(attr)).getQualifiedName());
}

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

MlirOperation
fxMlirCallFunctionOpCreate(MlirLocation location, MlirStringRef name,
                           MlirStringRef target, MlirAttribute args,
                           MlirAttribute kwargs, intptr_t numOperands,
                           const MlirValue *operands, intptr_t numResults,
                           const MlirType *resultTypes) {
  Location loc = unwrap(location);
  OpBuilder builder(loc.getContext());
  SmallVector<Value> operandStorage;
  SmallVector<Type> resultStorage;
  auto kwargsAttr = kwargs.ptr ? cast<DictAttr>(unwrap(kwargs))
                               : DictAttr::get(loc.getContext());
  auto op = CallFunctionOp::create(
      builder, loc, unwrapList(numResults, resultTypes, resultStorage),
      unwrap(name), unwrap(target), cast<ArrayAttr>(unwrap(args)), kwargsAttr,
      unwrapList(numOperands, operands, operandStorage));
  return wrap(op.getOperation());
}

bool fxMlirOperationIsANode(MlirOperation op) {
  return isa<NodeOpInterface>(unwrap(op));
}
MlirStringRef fxMlirNodeGetName(MlirOperation op) {
  return wrap(cast<NodeOpInterface>(unwrap(op)).getName());
}
void fxMlirNodeSetName(MlirOperation op, MlirStringRef name) {
  cast<NodeOpInterface>(unwrap(op)).setName(unwrap(name));
}

//===----------------------------------------------------------------------===//
// Stack traces
//===----------------------------------------------------------------------===//

MlirLocation fxMlirLocationFromStackTrace(MlirContext context,
                                          MlirStringRef stackTrace) {
  return wrap(getStackTraceLoc(unwrap(context), unwrap(stackTrace)));
}

bool fxMlirLocationGetStackTrace(MlirLocation location,
                                 MlirStringCallback callback, void *userData) {
  std::optional<std::string> text = getStackTrace(unwrap(location));
  if (!text)
    return false;
  callback(mlirStringRefCreate(text->data(), text->size()), userData);
  return true;
}
