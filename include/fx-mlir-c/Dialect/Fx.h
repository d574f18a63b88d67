// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*===- Fx.h - C API of the fx dialect -----------------------------*- C -*-===*\
|*                                                                            *|
|* For embedders with a C interface (and language bindings): registering the  *|
|* dialect, its types (symbolic sizes included) and attributes (node metadata *|
|* included), building call_function nodes, node names and stack-trace       *|
|* locations. Type inference, the node-metadata listener and the passes have  *|
|* their own headers (Inference.h, NodeMetadata.h, Passes.h).                 *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef FX_MLIR_C_DIALECT_FX_H
#define FX_MLIR_C_DIALECT_FX_H

#include "mlir-c/AffineExpr.h"
#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Fx, fx);

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

/// `!fx.sym_int`, optionally with its size expression (`!fx.sym_int<s0 + 1>`).
MLIR_CAPI_EXPORTED bool fxMlirTypeIsASymInt(MlirType type);
MLIR_CAPI_EXPORTED MlirType fxMlirSymIntTypeGet(MlirContext context);
MLIR_CAPI_EXPORTED MlirType fxMlirSymIntTypeGetWithValue(MlirContext context,
                                                         MlirAffineExpr value);
/// The size expression, or a null expression when it is not known.
MLIR_CAPI_EXPORTED MlirAffineExpr fxMlirSymIntTypeGetValue(MlirType type);

/// `!fx.sym_float`.
MLIR_CAPI_EXPORTED bool fxMlirTypeIsASymFloat(MlirType type);
MLIR_CAPI_EXPORTED MlirType fxMlirSymFloatTypeGet(MlirContext context);

/// `!fx.sym_bool`.
MLIR_CAPI_EXPORTED bool fxMlirTypeIsASymBool(MlirType type);
MLIR_CAPI_EXPORTED MlirType fxMlirSymBoolTypeGet(MlirContext context);

/// `!fx.unknown`: a node value that is not known yet.
MLIR_CAPI_EXPORTED bool fxMlirTypeIsAUnknown(MlirType type);
MLIR_CAPI_EXPORTED MlirType fxMlirUnknownTypeGet(MlirContext context);

/// `!fx.graph_module`: a nested graph module, as get_attr names it.
MLIR_CAPI_EXPORTED bool fxMlirTypeIsAGraphModule(MlirType type);
MLIR_CAPI_EXPORTED MlirType fxMlirGraphModuleTypeGet(MlirContext context);

//===----------------------------------------------------------------------===//
// Symbolic sizes
//===----------------------------------------------------------------------===//

/// PyTorch's backed size symbol `sN` and unbacked symbol `uN`, as affine
/// symbols; sizes are affine expressions over them (mlir-c/AffineExpr.h).
MLIR_CAPI_EXPORTED MlirAffineExpr fxMlirBackedSymbolGet(MlirContext context,
                                                        unsigned n);
MLIR_CAPI_EXPORTED MlirAffineExpr fxMlirUnbackedSymbolGet(MlirContext context,
                                                          unsigned n);

/// Prints a size expression in the fx form (`s0 * 2 + 1`, `u0`).
MLIR_CAPI_EXPORTED void fxMlirSizeExprPrint(MlirAffineExpr expr,
                                            MlirStringCallback callback,
                                            void *userData);

/// A ranked tensor type from one size per dim: a constant expression is a
/// static dim, a symbolic one a `?` dim described by a `#fx.dims` encoding, a
/// null one an unknown `?` dim.
MLIR_CAPI_EXPORTED MlirType fxMlirRankedTensorTypeGetWithSizes(
    intptr_t rank, const MlirAffineExpr *sizes, MlirType elementType);
/// The size of dim `pos` of a ranked tensor type, as above.
MLIR_CAPI_EXPORTED MlirAffineExpr
fxMlirRankedTensorTypeGetDimSize(MlirType type, intptr_t pos);

/// A ranked tensor type without its `#fx.dims` encoding (symbolic dims stay
/// `?`); other types are returned unchanged.
MLIR_CAPI_EXPORTED MlirType fxMlirTypeStripSymbolicSizes(MlirType type);

/// `#fx.dims<[...]>`: the size expressions of a tensor's `?` dims.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsADims(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirDimsAttrGet(MlirContext context,
                                                   intptr_t numExprs,
                                                   const MlirAffineExpr *exprs);
MLIR_CAPI_EXPORTED intptr_t fxMlirDimsAttrGetNumExprs(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAffineExpr fxMlirDimsAttrGetExpr(MlirAttribute attr,
                                                        intptr_t pos);

/// `#fx.range_constraints<{s0 = [2, 1024]}>`: inclusive value ranges of size
/// symbols; INT64_MIN and INT64_MAX stand for PyTorch's -int_oo and int_oo.
/// Get emits a diagnostic and returns a null attribute for an empty range.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsARangeConstraints(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirRangeConstraintsAttrGet(
    MlirContext context, intptr_t numSymbols, const MlirAffineExpr *symbols,
    const int64_t *lower, const int64_t *upper);
MLIR_CAPI_EXPORTED intptr_t
fxMlirRangeConstraintsAttrGetNumSymbols(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAffineExpr
fxMlirRangeConstraintsAttrGetSymbol(MlirAttribute attr, intptr_t pos);
MLIR_CAPI_EXPORTED int64_t
fxMlirRangeConstraintsAttrGetLower(MlirAttribute attr, intptr_t pos);
MLIR_CAPI_EXPORTED int64_t
fxMlirRangeConstraintsAttrGetUpper(MlirAttribute attr, intptr_t pos);

//===----------------------------------------------------------------------===//
// Argument attributes: the Python values of args and kwargs
//===----------------------------------------------------------------------===//

/// `#fx.node`: stands for the op's next operand in args and kwargs.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsANode(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirNodeAttrGet(MlirContext context);

/// `#fx.none`: Python's None.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsANone(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirNoneAttrGet(MlirContext context);

/// `#fx.ellipsis`: Python's Ellipsis.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsAEllipsis(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirEllipsisAttrGet(MlirContext context);

/// `#fx.tuple<[...]>`: a Python tuple (a list is a builtin array attribute).
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsATuple(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirTupleAttrGet(
    MlirContext context, intptr_t numElements, const MlirAttribute *elements);
MLIR_CAPI_EXPORTED intptr_t fxMlirTupleAttrGetNumElements(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirTupleAttrGetElement(MlirAttribute attr,
                                                           intptr_t pos);

/// `#fx.dict<{...}>`: a Python dict with string keys, in insertion order
/// (kwargs, and the `custom` metadata).
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsADict(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirDictAttrGet(MlirContext context,
                                                   intptr_t numEntries,
                                                   const MlirStringRef *keys,
                                                   const MlirAttribute *values);
MLIR_CAPI_EXPORTED intptr_t fxMlirDictAttrGetNumEntries(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirStringRef fxMlirDictAttrGetKey(MlirAttribute attr,
                                                      intptr_t pos);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirDictAttrGetValue(MlirAttribute attr,
                                                        intptr_t pos);
/// The value for `key`, or a null attribute.
MLIR_CAPI_EXPORTED MlirAttribute fxMlirDictAttrLookup(MlirAttribute attr,
                                                      MlirStringRef key);

/// `#fx.slice<start, stop, step>`: a Python slice.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsASlice(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirSliceAttrGet(MlirContext context,
                                                    MlirAttribute start,
                                                    MlirAttribute stop,
                                                    MlirAttribute step);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirSliceAttrGetStart(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirSliceAttrGetStop(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirSliceAttrGetStep(MlirAttribute attr);

/// `#fx.complex<real, imag>`: a Python complex (two doubles).
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsAComplex(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirComplexAttrGet(MlirContext context,
                                                      double real, double imag);
MLIR_CAPI_EXPORTED double fxMlirComplexAttrGetReal(MlirAttribute attr);
MLIR_CAPI_EXPORTED double fxMlirComplexAttrGetImag(MlirAttribute attr);

/// `#fx.device<"cuda:0">`: a torch.device.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsADevice(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirDeviceAttrGet(MlirContext context,
                                                     MlirStringRef device);
MLIR_CAPI_EXPORTED MlirStringRef fxMlirDeviceAttrGetValue(MlirAttribute attr);

/// `#fx.operator<"mylib.foo.default">`: an operator passed as an argument
/// (`torch.ops.mylib.foo.default`), named without `torch.ops.`. Get returns a
/// null attribute for a name that is not `namespace.op.overload` or
/// `higher_order.name`.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsAOperator(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirOperatorAttrGet(MlirContext context,
                                                       MlirStringRef name);
MLIR_CAPI_EXPORTED MlirStringRef fxMlirOperatorAttrGetName(MlirAttribute attr);

/// `#fx.dtype<float32>`, `#fx.layout<strided>`, `#fx.memory_format<...>`:
/// torch.dtype, torch.layout and torch.memory_format by PyTorch's number for
/// them (c10::ScalarType, c10::Layout, c10::MemoryFormat: float32 is 6).
/// Get returns a null attribute for a number PyTorch does not define.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsAScalarType(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirScalarTypeAttrGet(MlirContext context,
                                                         int32_t scalarType);
MLIR_CAPI_EXPORTED int32_t fxMlirScalarTypeAttrGetValue(MlirAttribute attr);
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsALayout(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirLayoutAttrGet(MlirContext context,
                                                     int32_t layout);
MLIR_CAPI_EXPORTED int32_t fxMlirLayoutAttrGetValue(MlirAttribute attr);
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsAMemoryFormat(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirMemoryFormatAttrGet(MlirContext context,
                                                           int32_t format);
MLIR_CAPI_EXPORTED int32_t fxMlirMemoryFormatAttrGetValue(MlirAttribute attr);

//===----------------------------------------------------------------------===//
// Node metadata
//===----------------------------------------------------------------------===//

/// The discardable attributes holding a node's FX metadata (any op of any
/// dialect may carry them): read and write them with
/// mlirOperationGet/SetDiscardableAttributeByName. `stack_trace` is the op's
/// location (fxMlirLocationFromStackTrace).
#define FX_MLIR_NN_MODULE_STACK_ATTR_NAME "fx.nn_module_stack"
#define FX_MLIR_TORCH_FN_ATTR_NAME "fx.torch_fn"
#define FX_MLIR_CUSTOM_ATTR_NAME "fx.custom"
#define FX_MLIR_SOURCE_FN_STACK_ATTR_NAME "fx.source_fn_stack"
/// An i64 integer attribute.
#define FX_MLIR_SEQ_NR_ATTR_NAME "fx.seq_nr"
/// An `#fx.operator` (fxMlirOperatorAttrGet).
#define FX_MLIR_ORIGINAL_ATEN_ATTR_NAME "fx.original_aten"

/// One frame of an nn_module_stack: PyTorch's key, the qualified module path
/// and the module's type name.
typedef struct {
  MlirStringRef key;
  MlirStringRef path;
  MlirStringRef type;
} FxMlirNNModuleStackFrame;

/// `#fx.nn_module_stack<[...]>`: the modules a node was traced in, outermost
/// first.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsANNModuleStack(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute
fxMlirNNModuleStackAttrGet(MlirContext context, intptr_t numFrames,
                           const FxMlirNNModuleStackFrame *frames);
/// PyTorch's marker for "no stack": one frame whose three fields are all
/// `_empty_nn_module_stack_from_metadata_hook`.
MLIR_CAPI_EXPORTED MlirAttribute
fxMlirNNModuleStackAttrGetEmptySentinel(MlirContext context);
MLIR_CAPI_EXPORTED intptr_t
fxMlirNNModuleStackAttrGetNumFrames(MlirAttribute attr);
MLIR_CAPI_EXPORTED FxMlirNNModuleStackFrame
fxMlirNNModuleStackAttrGetFrame(MlirAttribute attr, intptr_t pos);

/// One frame of a source_fn_stack: the FX node name of the traced call and
/// its target as torch.export's serializer names it.
typedef struct {
  MlirStringRef name;
  MlirStringRef target;
} FxMlirSourceFnStackFrame;

/// `#fx.source_fn_stack<[...]>`: the calls a node was traced from, outermost
/// first. Get returns a null attribute for frames the attribute's verifier
/// rejects (a field holding ',' or ';').
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsASourceFnStack(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute
fxMlirSourceFnStackAttrGet(MlirContext context, intptr_t numFrames,
                           const FxMlirSourceFnStackFrame *frames);
MLIR_CAPI_EXPORTED intptr_t
fxMlirSourceFnStackAttrGetNumFrames(MlirAttribute attr);
MLIR_CAPI_EXPORTED FxMlirSourceFnStackFrame
fxMlirSourceFnStackAttrGetFrame(MlirAttribute attr, intptr_t pos);

/// `#fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">`.
MLIR_CAPI_EXPORTED bool fxMlirAttributeIsATorchFn(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirAttribute fxMlirTorchFnAttrGet(
    MlirContext context, MlirStringRef name, MlirStringRef qualifiedName);
/// The torch_fn PyTorch's node-metadata hook derives from a call's target.
MLIR_CAPI_EXPORTED MlirAttribute
fxMlirTorchFnAttrGetForTarget(MlirContext context, MlirStringRef target);
MLIR_CAPI_EXPORTED MlirStringRef fxMlirTorchFnAttrGetName(MlirAttribute attr);
MLIR_CAPI_EXPORTED MlirStringRef
fxMlirTorchFnAttrGetQualifiedName(MlirAttribute attr);

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

/// Creates a detached `fx.call_function` node, as FX creates one: `args` is a
/// builtin array attribute with `#fx.node` where `operands` go (depth first),
/// `kwargs` a `#fx.dict` (null for none), `resultTypes` typically one
/// `!fx.unknown`. Insert it with mlirRewriterBaseInsert (a node-metadata
/// scope then types, annotates and names it uniquely) or mlirBlock*.
MLIR_CAPI_EXPORTED MlirOperation fxMlirCallFunctionOpCreate(
    MlirLocation location, MlirStringRef name, MlirStringRef target,
    MlirAttribute args, MlirAttribute kwargs, intptr_t numOperands,
    const MlirValue *operands, intptr_t numResults,
    const MlirType *resultTypes);

/// Whether `op` is an FX node (placeholder, get_attr, call_*, output).
MLIR_CAPI_EXPORTED bool fxMlirOperationIsANode(MlirOperation op);
/// The node's name, its SSA name in the printed graph. `op` must be a node.
MLIR_CAPI_EXPORTED MlirStringRef fxMlirNodeGetName(MlirOperation op);
/// Renames the node (the caller keeps names unique in the graph).
MLIR_CAPI_EXPORTED void fxMlirNodeSetName(MlirOperation op, MlirStringRef name);

//===----------------------------------------------------------------------===//
// Stack traces
//===----------------------------------------------------------------------===//

/// The location standing for an FX stack_trace text.
MLIR_CAPI_EXPORTED MlirLocation
fxMlirLocationFromStackTrace(MlirContext context, MlirStringRef stackTrace);

/// Passes the FX stack_trace text of `location` to `callback` and returns
/// true, or returns false when `location` is no stack trace.
MLIR_CAPI_EXPORTED bool fxMlirLocationGetStackTrace(MlirLocation location,
                                                    MlirStringCallback callback,
                                                    void *userData);

#ifdef __cplusplus
}
#endif

#endif // FX_MLIR_C_DIALECT_FX_H
