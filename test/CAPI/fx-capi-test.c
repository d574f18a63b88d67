// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*===- fx-capi-test.c - Exercise the fx C API -----------------------------===*/
/* Every function of include/fx-mlir-c, with its output checked. */

// RUN: fx-capi-test 2>&1 | FileCheck %s

#include "fx-mlir-c/Dialect/Fx.h"
#include "fx-mlir-c/Inference.h"
#include "fx-mlir-c/NodeMetadata.h"
#include "fx-mlir-c/Passes.h"
#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Rewrite.h"

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void printToStdout(MlirStringRef text, void *userData) {
  (void)userData;
  fwrite(text.data, 1, text.length, stdout);
}

static void printString(MlirStringRef text) {
  printToStdout(text, NULL);
  printf("\n");
}
static void printType(MlirType type) {
  mlirTypePrint(type, printToStdout, NULL);
  printf("\n");
}
static void printAttr(MlirAttribute attr) {
  mlirAttributePrint(attr, printToStdout, NULL);
  printf("\n");
}
static void printSize(MlirAffineExpr expr) {
  fxMlirSizeExprPrint(expr, printToStdout, NULL);
  printf("\n");
}

static MlirLogicalResult printDiagnostic(MlirDiagnostic diagnostic,
                                         void *userData) {
  (void)userData;
  printf("diagnostic: ");
  mlirDiagnosticPrint(diagnostic, printToStdout, NULL);
  printf("\n");
  return mlirLogicalResultSuccess();
}

static MlirStringRef str(const char *text) {
  return mlirStringRefCreateFromCString(text);
}

/// The nodes of the first graph of the first graph module of `module`.
static MlirBlock getGraphBody(MlirModule module) {
  MlirOperation graphModule =
      mlirBlockGetFirstOperation(mlirModuleGetBody(module));
  MlirOperation graph = mlirBlockGetFirstOperation(
      mlirRegionGetFirstBlock(mlirOperationGetRegion(graphModule, 0)));
  return mlirRegionGetFirstBlock(mlirOperationGetRegion(graph, 0));
}

/// The node of `module`'s graph named `name`.
static MlirOperation getNode(MlirModule module, const char *name) {
  for (MlirOperation op = mlirBlockGetFirstOperation(getGraphBody(module));
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
    if (mlirStringRefEqual(fxMlirNodeGetName(op), str(name)))
      return op;
  return (MlirOperation){NULL};
}

static MlirModule parse(MlirContext context, const char *text) {
  return mlirModuleCreateParse(context, str(text));
}

//===----------------------------------------------------------------------===//
// Types and symbolic sizes
//===----------------------------------------------------------------------===//

static void testTypes(MlirContext context) {
  printf("@types\n");
  // CHECK-LABEL: @types
  MlirAffineExpr s0 = fxMlirBackedSymbolGet(context, 0);
  MlirAffineExpr u1 = fxMlirUnbackedSymbolGet(context, 1);
  MlirAffineExpr twoS0 =
      mlirAffineMulExprGet(s0, mlirAffineConstantExprGet(context, 2));
  printSize(twoS0);
  printSize(u1);
  // CHECK-NEXT: s0 * 2
  // CHECK-NEXT: u1

  MlirType symInt = fxMlirSymIntTypeGetWithValue(context, twoS0);
  printType(symInt);
  // CHECK-NEXT: !fx.sym_int<s0 * 2>
  printf("%d %d\n", fxMlirTypeIsASymInt(symInt),
         mlirAffineExprEqual(fxMlirSymIntTypeGetValue(symInt), twoS0));
  // CHECK-NEXT: 1 1
  MlirType plainSymInt = fxMlirSymIntTypeGet(context);
  printType(plainSymInt);
  printf("%d\n", mlirAffineExprIsNull(fxMlirSymIntTypeGetValue(plainSymInt)));
  // CHECK-NEXT: !fx.sym_int
  // CHECK-NEXT: 1

  MlirType others[] = {
      fxMlirSymFloatTypeGet(context), fxMlirSymBoolTypeGet(context),
      fxMlirUnknownTypeGet(context), fxMlirGraphModuleTypeGet(context)};
  for (int i = 0; i < 4; ++i) {
    MlirType t = others[i];
    mlirTypePrint(t, printToStdout, NULL);
    printf(" %d%d%d%d%d\n", fxMlirTypeIsASymInt(t), fxMlirTypeIsASymFloat(t),
           fxMlirTypeIsASymBool(t), fxMlirTypeIsAUnknown(t),
           fxMlirTypeIsAGraphModule(t));
  }
  // CHECK-NEXT: !fx.sym_float 01000
  // CHECK-NEXT: !fx.sym_bool 00100
  // CHECK-NEXT: !fx.unknown 00010
  // CHECK-NEXT: !fx.graph_module 00001

  // A tensor of sizes [s0 * 2, 3], and one of sizes [unknown, 3].
  MlirAffineExpr sizes[] = {twoS0, mlirAffineConstantExprGet(context, 3)};
  MlirType tensor =
      fxMlirRankedTensorTypeGetWithSizes(2, sizes, mlirF32TypeGet(context));
  printType(tensor);
  // CHECK-NEXT: tensor<?x3xf32, #fx.dims<[s0 * 2]>>
  printSize(fxMlirRankedTensorTypeGetDimSize(tensor, 0));
  printSize(fxMlirRankedTensorTypeGetDimSize(tensor, 1));
  // CHECK-NEXT: s0 * 2
  // CHECK-NEXT: 3
  sizes[0] = (MlirAffineExpr){NULL};
  MlirType unknownDim =
      fxMlirRankedTensorTypeGetWithSizes(2, sizes, mlirF32TypeGet(context));
  printType(unknownDim);
  printf("%d\n",
         mlirAffineExprIsNull(fxMlirRankedTensorTypeGetDimSize(unknownDim, 0)));
  // CHECK-NEXT: tensor<?x3xf32>
  // CHECK-NEXT: 1
  printType(fxMlirTypeStripSymbolicSizes(tensor));
  printType(fxMlirTypeStripSymbolicSizes(symInt));
  // CHECK-NEXT: tensor<?x3xf32>
  // CHECK-NEXT: !fx.sym_int<s0 * 2>

  MlirAttribute dims = mlirRankedTensorTypeGetEncoding(tensor);
  printf("%d %" PRIdPTR "\n", fxMlirAttributeIsADims(dims),
         fxMlirDimsAttrGetNumExprs(dims));
  // CHECK-NEXT: 1 1
  MlirAffineExpr exprs[] = {u1, s0};
  MlirAttribute built = fxMlirDimsAttrGet(context, 2, exprs);
  printAttr(built);
  printSize(fxMlirDimsAttrGetExpr(built, 0));
  // CHECK-NEXT: #fx.dims<[u1, s0]>
  // CHECK-NEXT: u1

  int64_t lower[] = {2, 0};
  int64_t upper[] = {1024, INT64_MAX};
  MlirAttribute ranges =
      fxMlirRangeConstraintsAttrGet(context, 2, exprs + 0, lower, upper);
  printAttr(ranges);
  // CHECK-NEXT: #fx.range_constraints<{u1 = [2, 1024], s0 = [0, inf]}>
  printf("%d %" PRIdPTR " ", fxMlirAttributeIsARangeConstraints(ranges),
         fxMlirRangeConstraintsAttrGetNumSymbols(ranges));
  fxMlirSizeExprPrint(fxMlirRangeConstraintsAttrGetSymbol(ranges, 1),
                      printToStdout, NULL);
  printf(" [%" PRId64 ", %d]\n", fxMlirRangeConstraintsAttrGetLower(ranges, 1),
         fxMlirRangeConstraintsAttrGetUpper(ranges, 1) == INT64_MAX);
  // CHECK-NEXT: 1 2 s0 [0, 1]
  // A lower bound above the upper one is rejected with a diagnostic.
  int64_t badLower[] = {5};
  int64_t badUpper[] = {4};
  printf("%d\n", mlirAttributeIsNull(fxMlirRangeConstraintsAttrGet(
                     context, 1, exprs, badLower, badUpper)));
  // CHECK-NEXT: diagnostic: {{.+}}
  // CHECK-NEXT: 1
}

//===----------------------------------------------------------------------===//
// Argument attributes
//===----------------------------------------------------------------------===//

static void testArgumentAttributes(MlirContext context) {
  printf("@arguments\n");
  // CHECK-LABEL: @arguments
  MlirAttribute node = fxMlirNodeAttrGet(context);
  MlirAttribute none = fxMlirNoneAttrGet(context);
  MlirAttribute ellipsis = fxMlirEllipsisAttrGet(context);
  MlirAttribute one = mlirIntegerAttrGet(mlirIntegerTypeGet(context, 64), 1);
  printf("%d%d%d %d%d%d\n", fxMlirAttributeIsANode(node),
         fxMlirAttributeIsANone(none), fxMlirAttributeIsAEllipsis(ellipsis),
         fxMlirAttributeIsANode(none), fxMlirAttributeIsANone(ellipsis),
         fxMlirAttributeIsAEllipsis(node));
  // CHECK-NEXT: 111 000

  MlirAttribute slice = fxMlirSliceAttrGet(context, none, one, none);
  MlirAttribute elements[] = {node, ellipsis, slice};
  MlirAttribute tuple = fxMlirTupleAttrGet(context, 3, elements);
  printAttr(tuple);
  // clang-format off
  // CHECK-NEXT: #fx.tuple<[#fx.node, #fx.ellipsis, #fx.slice<#fx.none, 1 : i64, #fx.none>]>
  // clang-format on
  printf("%d %" PRIdPTR " %d\n", fxMlirAttributeIsATuple(tuple),
         fxMlirTupleAttrGetNumElements(tuple),
         mlirAttributeEqual(fxMlirTupleAttrGetElement(tuple, 2), slice));
  // CHECK-NEXT: 1 3 1
  printf("%d %d %d %d\n", fxMlirAttributeIsASlice(slice),
         mlirAttributeEqual(fxMlirSliceAttrGetStart(slice), none),
         mlirAttributeEqual(fxMlirSliceAttrGetStop(slice), one),
         mlirAttributeEqual(fxMlirSliceAttrGetStep(slice), none));
  // CHECK-NEXT: 1 1 1 1

  MlirAttribute device = fxMlirDeviceAttrGet(context, str("cuda:0"));
  printAttr(device);
  printf("%d ", fxMlirAttributeIsADevice(device));
  printString(fxMlirDeviceAttrGetValue(device));
  // CHECK-NEXT: #fx.device<"cuda:0">
  // CHECK-NEXT: 1 cuda:0

  MlirAttribute op = fxMlirOperatorAttrGet(context, str("mylib.scale_.default"));
  printAttr(op);
  printf("%d %d ", fxMlirAttributeIsAOperator(op),
         fxMlirAttributeIsAOperator(device));
  printString(fxMlirOperatorAttrGetName(op));
  printf("%d %d\n",
         mlirAttributeIsNull(fxMlirOperatorAttrGet(context, str("scale_"))),
         mlirAttributeIsNull(
             fxMlirOperatorAttrGet(context, str("higher_order.cond"))));
  // CHECK-NEXT: #fx.operator<"mylib.scale_.default">
  // CHECK-NEXT: 1 0 mylib.scale_.default
  // CHECK-NEXT: 1 0

  // Python's complex(-0.5, inf): both parts kept, the sign of zero too.
  MlirAttribute complex = fxMlirComplexAttrGet(context, -0.5, INFINITY);
  printAttr(complex);
  printf("%d %d %g %g\n", fxMlirAttributeIsAComplex(complex),
         fxMlirAttributeIsAComplex(device), fxMlirComplexAttrGetReal(complex),
         fxMlirComplexAttrGetImag(complex));
  // CHECK-NEXT: #fx.complex<-0.5, inf>
  // CHECK-NEXT: 1 0 -0.5 inf

  // PyTorch's numbers: torch.float32 is ScalarType 6, torch.bool 11,
  // torch.sparse_coo Layout 1, torch.channels_last MemoryFormat 1.
  MlirAttribute f32 = fxMlirScalarTypeAttrGet(context, 6);
  MlirAttribute boolean = fxMlirScalarTypeAttrGet(context, 11);
  MlirAttribute sparse = fxMlirLayoutAttrGet(context, 1);
  MlirAttribute channelsLast = fxMlirMemoryFormatAttrGet(context, 1);
  printAttr(f32);
  printAttr(boolean);
  printAttr(sparse);
  printAttr(channelsLast);
  // CHECK-NEXT: #fx<dtype float32>
  // CHECK-NEXT: #fx<dtype bool>
  // CHECK-NEXT: #fx<layout sparse_coo>
  // CHECK-NEXT: #fx<memory_format channels_last>
  printf("%d%d%d %d %d %d\n", fxMlirAttributeIsAScalarType(f32),
         fxMlirAttributeIsALayout(sparse),
         fxMlirAttributeIsAMemoryFormat(channelsLast),
         fxMlirScalarTypeAttrGetValue(boolean),
         fxMlirLayoutAttrGetValue(sparse),
         fxMlirMemoryFormatAttrGetValue(channelsLast));
  // CHECK-NEXT: 111 11 1 1
  // 18 is no ScalarType (PyTorch skips 18-22), -1 and 9 no layout or format.
  printf("%d%d%d\n", mlirAttributeIsNull(fxMlirScalarTypeAttrGet(context, 18)),
         mlirAttributeIsNull(fxMlirLayoutAttrGet(context, -1)),
         mlirAttributeIsNull(fxMlirMemoryFormatAttrGet(context, 9)));
  // CHECK-NEXT: 111
}

//===----------------------------------------------------------------------===//
// Node metadata
//===----------------------------------------------------------------------===//

static void testMetadataAttributes(MlirContext context) {
  printf("@metadata\n");
  // CHECK-LABEL: @metadata
  FxMlirNNModuleStackFrame frames[] = {
      {str("L__self___layer1"), str("layer1"),
       str("torch.nn.modules.container.Sequential")},
      {str("L__self___layer1_0"), str("layer1.0"),
       str("torchvision.models.resnet.BasicBlock")}};
  MlirAttribute stack = fxMlirNNModuleStackAttrGet(context, 2, frames);
  printAttr(stack);
  // clang-format off
  // CHECK-NEXT: #fx.nn_module_stack<{{\[}}["L__self___layer1", "layer1", "torch.nn.modules.container.Sequential"], ["L__self___layer1_0", "layer1.0", "torchvision.models.resnet.BasicBlock"]]>
  // clang-format on
  FxMlirNNModuleStackFrame inner = fxMlirNNModuleStackAttrGetFrame(stack, 1);
  printf("%d %" PRIdPTR " ", fxMlirAttributeIsANNModuleStack(stack),
         fxMlirNNModuleStackAttrGetNumFrames(stack));
  printToStdout(inner.key, NULL);
  printf(" ");
  printToStdout(inner.path, NULL);
  printf(" ");
  printString(inner.type);
  // clang-format off
  // CHECK-NEXT: 1 2 L__self___layer1_0 layer1.0 torchvision.models.resnet.BasicBlock
  // clang-format on
  printAttr(fxMlirNNModuleStackAttrGetEmptySentinel(context));
  // clang-format off
  // CHECK-NEXT: #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>
  // clang-format on

  // torch_fn as PyTorch's hook derives it (rule 7 of docs/Listener.md).
  MlirAttribute derived =
      fxMlirTorchFnAttrGetForTarget(context, str("aten.add.Tensor"));
  printAttr(derived);
  // CHECK-NEXT: #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">
  MlirAttribute torchFn =
      fxMlirTorchFnAttrGet(context, str("linear_0"), str("function.linear"));
  printf("%d ", fxMlirAttributeIsATorchFn(torchFn));
  printToStdout(fxMlirTorchFnAttrGetName(torchFn), NULL);
  printf(" ");
  printString(fxMlirTorchFnAttrGetQualifiedName(torchFn));
  // CHECK-NEXT: 1 linear_0 function.linear

  // custom: a dict in insertion order.
  MlirStringRef keys[] = {str("zeta"), str("alpha")};
  MlirAttribute values[] = {mlirStringAttrGet(context, str("z")),
                            fxMlirNoneAttrGet(context)};
  MlirAttribute custom = fxMlirDictAttrGet(context, 2, keys, values);
  printAttr(custom);
  // CHECK-NEXT: #fx.dict<{"zeta" = "z", "alpha" = #fx.none}>
  printf("%d %" PRIdPTR " ", fxMlirAttributeIsADict(custom),
         fxMlirDictAttrGetNumEntries(custom));
  printToStdout(fxMlirDictAttrGetKey(custom, 1), NULL);
  printf(" ");
  printAttr(fxMlirDictAttrGetValue(custom, 0));
  // CHECK-NEXT: 1 2 alpha "z"
  printAttr(fxMlirDictAttrLookup(custom, str("alpha")));
  printf("%d\n", mlirAttributeIsNull(fxMlirDictAttrLookup(custom, str("b"))));
  // CHECK-NEXT: #fx.none
  // CHECK-NEXT: 1

  // source_fn_stack: (name, target) frames; a field holding the .pt2
  // separators is rejected with a null attribute.
  FxMlirSourceFnStackFrame sourceFns[] = {
      {str("linear"), str("torch.nn.modules.linear.Linear")},
      {str("relu"), str("torch.relu")}};
  MlirAttribute sourceFnStack =
      fxMlirSourceFnStackAttrGet(context, 2, sourceFns);
  printAttr(sourceFnStack);
  // CHECK-NEXT: #fx.source_fn_stack<{{\[}}["linear", "torch.nn.modules.linear.Linear"], ["relu", "torch.relu"]]>
  FxMlirSourceFnStackFrame relu =
      fxMlirSourceFnStackAttrGetFrame(sourceFnStack, 1);
  printf("%d %" PRIdPTR " ", fxMlirAttributeIsASourceFnStack(sourceFnStack),
         fxMlirSourceFnStackAttrGetNumFrames(sourceFnStack));
  printToStdout(relu.name, NULL);
  printf(" ");
  printString(relu.target);
  // CHECK-NEXT: 1 2 relu torch.relu
  FxMlirSourceFnStackFrame separator = {str("a,b"), str("torch.relu")};
  printf("%d\n", mlirAttributeIsNull(
                     fxMlirSourceFnStackAttrGet(context, 1, &separator)));
  // CHECK-NEXT: 1
}

//===----------------------------------------------------------------------===//
// Nodes and stack traces
//===----------------------------------------------------------------------===//

static const char *kGraph =
    "fx.graph_module @M {\n"
    "  fx.graph @forward {\n"
    "    %a = fx.placeholder \"a\" : tensor<2x3xf32>\n"
    "    %b = fx.placeholder \"b\" : tensor<3x4xf32>\n"
    "    %mm = fx.call_function aten.mm.default(%a, %b) : (tensor<2x3xf32>, "
    "tensor<3x4xf32>) -> !fx.unknown\n"
    "    fx.output(%mm) : !fx.unknown\n"
    "  }\n"
    "}\n";

static void testNodes(MlirContext context) {
  printf("@nodes\n");
  // CHECK-LABEL: @nodes
  MlirModule module = parse(context, kGraph);
  MlirOperation a = getNode(module, "a");
  MlirOperation mm = getNode(module, "mm");
  printf("%d %d\n", fxMlirOperationIsANode(mm),
         fxMlirOperationIsANode(mlirModuleGetOperation(module)));
  // CHECK-NEXT: 1 0
  fxMlirNodeSetName(mm, str("matmul"));
  printString(fxMlirNodeGetName(mm));
  // CHECK-NEXT: matmul

  // A node built from C, inserted after `a`: t(a).
  MlirAttribute nodeRef = fxMlirNodeAttrGet(context);
  MlirValue aValue = mlirOperationGetResult(a, 0);
  MlirType unknown = fxMlirUnknownTypeGet(context);
  MlirOperation t = fxMlirCallFunctionOpCreate(
      mlirLocationUnknownGet(context), str("t"), str("aten.t.default"),
      mlirArrayAttrGet(context, 1, &nodeRef), (MlirAttribute){NULL}, 1, &aValue,
      1, &unknown);
  mlirBlockInsertOwnedOperationAfter(getGraphBody(module), a, t);
  mlirOperationPrint(t, printToStdout, NULL);
  printf("\n");
  // clang-format off
  // CHECK-NEXT: %t = fx.call_function aten.t.default(%a) : (tensor<2x3xf32>) -> !fx.unknown
  // clang-format on

  const char *trace = "  File \"model.py\", line 7, in forward\n"
                      "    return self.fc(x)\n";
  MlirLocation loc = fxMlirLocationFromStackTrace(context, str(trace));
  mlirLocationPrint(loc, printToStdout, NULL);
  printf("\n");
  // CHECK-NEXT: loc(fused<"return self.fc(x)">["forward"("model.py":7:0)])
  printf("%d\n", fxMlirLocationGetStackTrace(loc, printToStdout, NULL));
  // CHECK-NEXT: File "model.py", line 7, in forward
  // CHECK-NEXT: return self.fc(x)
  // CHECK-NEXT: 1
  printf("%d\n", fxMlirLocationGetStackTrace(mlirLocationUnknownGet(context),
                                             printToStdout, NULL));
  // CHECK-NEXT: 0
  mlirModuleDestroy(module);
}

//===----------------------------------------------------------------------===//
// Type inference
//===----------------------------------------------------------------------===//

static void printInferred(MlirType type, void *userData) {
  (void)userData;
  printf("inferred ");
  printType(type);
}

static void testInference(MlirContext context) {
  printf("@inference\n");
  // CHECK-LABEL: @inference
  printf("%d %d\n", fxMlirHasInferenceRule(str("aten.mm.default")),
         fxMlirHasInferenceRule(str("aten.no_such_op.default")));
  // CHECK-NEXT: 1 0

  // mm(2x3, 3x4) is 2x4; the node itself is not changed.
  MlirModule module = parse(context, kGraph);
  MlirOperation mm = getNode(module, "mm");
  printf("%d\n",
         mlirLogicalResultIsSuccess(
             fxMlirCallFunctionOpInferResultTypes(mm, printInferred, NULL)));
  printType(mlirValueGetType(mlirOperationGetResult(mm, 0)));
  // CHECK-NEXT: inferred tensor<2x4xf32>
  // CHECK-NEXT: 1
  // CHECK-NEXT: !fx.unknown

  // The whole graph: fill sets the type, check then agrees.
  MlirOperation root = mlirModuleGetOperation(module);
  printf("%d ", mlirLogicalResultIsSuccess(
                    fxMlirInferTypes(root, FxMlirInferTypesFill)));
  printType(mlirValueGetType(mlirOperationGetResult(mm, 0)));
  // CHECK-NEXT: 1 tensor<2x4xf32>
  printf("%d\n", mlirLogicalResultIsSuccess(
                     fxMlirInferTypes(root, FxMlirInferTypesCheck)));
  // CHECK-NEXT: 1
  mlirModuleDestroy(module);

  // A wrong type: check reports it, overwrite replaces it.
  module =
      parse(context, "fx.graph_module @M {\n"
                     "  fx.graph @forward {\n"
                     "    %a = fx.placeholder \"a\" : tensor<2x3xf32>\n"
                     "    %b = fx.placeholder \"b\" : tensor<3x4xf32>\n"
                     "    %mm = fx.call_function aten.mm.default(%a, %b) : "
                     "(tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x5xf32>\n"
                     "    fx.output(%mm) : tensor<2x5xf32>\n"
                     "  }\n"
                     "}\n");
  root = mlirModuleGetOperation(module);
  printf("%d\n", mlirLogicalResultIsSuccess(
                     fxMlirInferTypes(root, FxMlirInferTypesCheck)));
  // clang-format off
  // CHECK-NEXT: diagnostic: type mismatch for node 'mm' (aten.mm.default): inferred ('tensor<2x4xf32>') but found ('tensor<2x5xf32>')
  // clang-format on
  // CHECK-NEXT: 0
  printf("%d ", mlirLogicalResultIsSuccess(
                    fxMlirInferTypes(root, FxMlirInferTypesOverwrite)));
  printType(mlirValueGetType(mlirOperationGetResult(getNode(module, "mm"), 0)));
  // CHECK-NEXT: 1 tensor<2x4xf32>

  // Shapes that do not agree: the node's error, and failure.
  mlirModuleDestroy(module);
  module =
      parse(context, "fx.graph_module @M {\n"
                     "  fx.graph @forward {\n"
                     "    %a = fx.placeholder \"a\" : tensor<2x3xf32>\n"
                     "    %mm = fx.call_function aten.mm.default(%a, %a) : "
                     "(tensor<2x3xf32>, tensor<2x3xf32>) -> !fx.unknown\n"
                     "    fx.output(%mm) : !fx.unknown\n"
                     "  }\n"
                     "}\n");
  printf("%d\n",
         mlirLogicalResultIsSuccess(fxMlirCallFunctionOpInferResultTypes(
             getNode(module, "mm"), printInferred, NULL)));
  // CHECK-NEXT: diagnostic: {{.+}}
  // CHECK-NEXT: 0
  mlirModuleDestroy(module);
}

//===----------------------------------------------------------------------===//
// The node-metadata listener under a rewrite driven from C
//===----------------------------------------------------------------------===//

/// relu(x) -> clamp_min(x, 0.0), created as FX creates a node: untyped, named
/// after its target, without metadata.
static MlirLogicalResult reluToClampMin(MlirRewritePattern pattern,
                                        MlirOperation op,
                                        MlirPatternRewriter patternRewriter,
                                        void *userData) {
  (void)pattern;
  (void)userData;
  MlirAttribute target = mlirOperationGetAttributeByName(op, str("target"));
  if (!mlirStringRefEqual(mlirStringAttrGetValue(target),
                          str("aten.relu.default")))
    return mlirLogicalResultFailure();
  MlirContext context = mlirOperationGetContext(op);
  MlirAttribute args[] = {
      fxMlirNodeAttrGet(context),
      mlirFloatAttrDoubleGet(context, mlirF64TypeGet(context), 0.0)};
  MlirValue input = mlirOperationGetOperand(op, 0);
  MlirType unknown = fxMlirUnknownTypeGet(context);
  MlirOperation clamp = fxMlirCallFunctionOpCreate(
      mlirLocationUnknownGet(context), str("clamp_min"),
      str("aten.clamp_min.default"), mlirArrayAttrGet(context, 2, args),
      (MlirAttribute){NULL}, 1, &input, 1, &unknown);
  MlirRewriterBase rewriter = mlirPatternRewriterAsBase(patternRewriter);
  mlirRewriterBaseSetInsertionPointBefore(rewriter, op);
  mlirRewriterBaseInsert(rewriter, clamp);
  mlirRewriterBaseReplaceOpWithOperation(rewriter, op, clamp);
  return mlirLogicalResultSuccess();
}

/// `lin` carries the module stack of layer `fc`, `relu` that of `act` and
/// the torch_fn of F.relu; a `clamp_min` node exists already.
static const char *kReluGraph =
    "fx.graph_module @M {\n"
    "  fx.graph @forward {\n"
    "    %x = fx.placeholder \"x\" : tensor<2x3xf32>\n"
    "    %clamp_min = fx.call_function aten.clamp_min.default(%x, 1.0) : "
    "(tensor<2x3xf32>) -> tensor<2x3xf32>\n"
    "    %lin = fx.call_function aten.mul.Tensor(%clamp_min, %x) "
    "{fx.nn_module_stack = #fx.nn_module_stack<[[\"L__self___fc\", \"fc\", "
    "\"torch.nn.modules.linear.Linear\"]]>, fx.custom = #fx.dict<{\"tag\" = "
    "\"fc\"}>} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>\n"
    "    %relu = fx.call_function aten.relu.default(%lin) "
    "{fx.nn_module_stack = #fx.nn_module_stack<[[\"L__self___act\", \"act\", "
    "\"torch.nn.modules.activation.ReLU\"]]>, fx.torch_fn = "
    "#fx.torch_fn<\"relu_0\", \"function.relu\">} : (tensor<2x3xf32>) -> "
    "tensor<2x3xf32>\n"
    "    fx.output(%relu) : tensor<2x3xf32>\n"
    "  }\n"
    "}\n";

/// Prints the node `name` of `module`: type, name and metadata.
static void printCreatedNode(MlirModule module, const char *name) {
  MlirOperation node = getNode(module, name);
  if (mlirOperationIsNull(node)) {
    printf("no node %s\n", name);
    return;
  }
  printf("name ");
  printString(fxMlirNodeGetName(node));
  printf("type ");
  printType(mlirValueGetType(mlirOperationGetResult(node, 0)));
  const char *keys[] = {FX_MLIR_NN_MODULE_STACK_ATTR_NAME,
                        FX_MLIR_TORCH_FN_ATTR_NAME, FX_MLIR_CUSTOM_ATTR_NAME};
  for (int i = 0; i < 3; ++i) {
    printf("%s ", keys[i]);
    printAttr(mlirOperationGetDiscardableAttributeByName(node, str(keys[i])));
  }
  printf("loc ");
  mlirLocationPrint(mlirOperationGetLocation(node), printToStdout, NULL);
  printf("\n");
}

/// Runs reluToClampMin greedily on `kReluGraph` under a scope with `options`.
static void rewriteReluGraph(MlirContext context,
                             FxMlirNodeMetadataOptions options) {
  MlirModule module = parse(context, kReluGraph);
  MlirRewritePatternCallbacks callbacks = {NULL, NULL, reluToClampMin};
  MlirRewritePatternSet patterns = mlirRewritePatternSetCreate(context);
  mlirRewritePatternSetAdd(
      patterns, mlirOpRewritePatternCreate(str("fx.call_function"), 1, context,
                                           callbacks, NULL, 0, NULL));
  MlirFrozenRewritePatternSet frozen = mlirFreezeRewritePattern(patterns);
  MlirGreedyRewriteDriverConfig config = mlirGreedyRewriteDriverConfigCreate();
  MlirOperation root = mlirModuleGetOperation(module);
  FxMlirNodeMetadataScope scope =
      fxMlirNodeMetadataScopeCreateOnGreedyConfig(config, root, options);
  MlirLogicalResult rewritten =
      mlirApplyPatternsAndFoldGreedilyWithOp(root, frozen, config);
  MlirLogicalResult finalized = fxMlirNodeMetadataScopeFinalize(scope);
  fxMlirNodeMetadataScopeDestroy(scope);
  printf("rewrite %d finalize %d\n", mlirLogicalResultIsSuccess(rewritten),
         mlirLogicalResultIsSuccess(finalized));
  printCreatedNode(module, "clamp_min_1");
  mlirGreedyRewriteDriverConfigDestroy(config);
  mlirFrozenRewritePatternSetDestroy(frozen);
  mlirModuleDestroy(module);
}

static void testListener(MlirContext context) {
  printf("@listener_first_argument\n");
  // CHECK-LABEL: @listener_first_argument
  // PyTorch's hook: nn_module_stack and custom from the first node argument
  // (lin, not the replaced relu), torch_fn from the target, the type from
  // the registry, a name free in the graph (clamp_min is taken).
  rewriteReluGraph(context, fxMlirNodeMetadataOptionsGetDefault());
  // CHECK-NEXT: rewrite 1 finalize 1
  // CHECK-NEXT: name clamp_min_1
  // CHECK-NEXT: type tensor<2x3xf32>
  // clang-format off
  // CHECK-NEXT: fx.nn_module_stack #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>
  // CHECK-NEXT: fx.torch_fn #fx.torch_fn<"clamp_min.default_0", "OpOverload.clamp_min.default">
  // clang-format on
  // CHECK-NEXT: fx.custom #fx.dict<{"tag" = "fc"}>
  // CHECK-NEXT: loc loc(unknown)

  printf("@listener_replaced_op\n");
  // CHECK-LABEL: @listener_replaced_op
  // run_decompositions: the metadata of the replaced relu; explicit custom
  // metadata written first wins.
  FxMlirNodeMetadataOptions options = fxMlirNodeMetadataOptionsGetDefault();
  options.policy = FxMlirInheritanceReplacedOp;
  MlirStringRef key = str("pass");
  MlirAttribute value = mlirStringAttrGet(context, str("c-api"));
  options.explicitMetadata.custom = fxMlirDictAttrGet(context, 1, &key, &value);
  rewriteReluGraph(context, options);
  // CHECK-NEXT: rewrite 1 finalize 1
  // CHECK-NEXT: name clamp_min_1
  // CHECK-NEXT: type tensor<2x3xf32>
  // clang-format off
  // CHECK-NEXT: fx.nn_module_stack #fx.nn_module_stack<{{\[}}["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>
  // clang-format on
  // CHECK-NEXT: fx.torch_fn #fx.torch_fn<"relu_0", "function.relu">
  // CHECK-NEXT: fx.custom #fx.dict<{"pass" = "c-api"}>
  // CHECK-NEXT: loc loc("-":6:13)

  printf("@listener_explicit\n");
  // CHECK-LABEL: @listener_explicit
  // Explicit nn_module_stack, torch_fn and stack trace; no type inference.
  options = fxMlirNodeMetadataOptionsGetDefault();
  options.inferTypes = false;
  FxMlirNNModuleStackFrame frame = {str("L__self___m"), str("m"), str("M")};
  options.explicitMetadata.nnModuleStack =
      fxMlirNNModuleStackAttrGet(context, 1, &frame);
  options.explicitMetadata.torchFn =
      fxMlirTorchFnAttrGet(context, str("f_0"), str("function.f"));
  options.explicitMetadata.stackTrace = fxMlirLocationFromStackTrace(
      context, str("  File \"m.py\", line 3, in f\n    return g(x)\n"));
  rewriteReluGraph(context, options);
  // CHECK-NEXT: rewrite 1 finalize 1
  // CHECK-NEXT: name clamp_min_1
  // CHECK-NEXT: type !fx.unknown
  // clang-format off
  // CHECK-NEXT: fx.nn_module_stack #fx.nn_module_stack<{{\[}}["L__self___m", "m", "M"]]>
  // clang-format on
  // CHECK-NEXT: fx.torch_fn #fx.torch_fn<"f_0", "function.f">
  // CHECK-NEXT: fx.custom #fx.dict<{"tag" = "fc"}>
  // CHECK-NEXT: loc loc(fused<"return g(x)">["f"("m.py":3:0)])

  printf("@listener_rewriter\n");
  // CHECK-LABEL: @listener_rewriter
  // On an IRRewriter: insertions are seen while the scope lives, not after.
  MlirModule module = parse(context, kReluGraph);
  MlirOperation lin = getNode(module, "lin");
  MlirRewriterBase rewriter = mlirIRRewriterCreateFromOp(lin);
  FxMlirNodeMetadataScope scope = fxMlirNodeMetadataScopeCreateOnRewriter(
      rewriter, mlirModuleGetOperation(module),
      fxMlirNodeMetadataOptionsGetDefault());
  MlirAttribute nodeRef = fxMlirNodeAttrGet(context);
  MlirValue x = mlirOperationGetResult(getNode(module, "x"), 0);
  MlirType unknown = fxMlirUnknownTypeGet(context);
  MlirOperation neg = fxMlirCallFunctionOpCreate(
      mlirLocationUnknownGet(context), str("neg"), str("aten.neg.default"),
      mlirArrayAttrGet(context, 1, &nodeRef), (MlirAttribute){NULL}, 1, &x, 1,
      &unknown);
  mlirRewriterBaseInsert(rewriter, neg);
  printf("finalize %d\n",
         mlirLogicalResultIsSuccess(fxMlirNodeMetadataScopeFinalize(scope)));
  fxMlirNodeMetadataScopeDestroy(scope);
  MlirOperation afterScope = fxMlirCallFunctionOpCreate(
      mlirLocationUnknownGet(context), str("neg"), str("aten.neg.default"),
      mlirArrayAttrGet(context, 1, &nodeRef), (MlirAttribute){NULL}, 1, &x, 1,
      &unknown);
  mlirRewriterBaseInsert(rewriter, afterScope);
  printType(mlirValueGetType(mlirOperationGetResult(neg, 0)));
  printString(fxMlirNodeGetName(afterScope));
  printType(mlirValueGetType(mlirOperationGetResult(afterScope, 0)));
  // CHECK-NEXT: finalize 1
  // CHECK-NEXT: tensor<2x3xf32>
  // CHECK-NEXT: neg
  // CHECK-NEXT: !fx.unknown
  mlirIRRewriterDestroy(rewriter);
  mlirModuleDestroy(module);
}

//===----------------------------------------------------------------------===//
// Passes
//===----------------------------------------------------------------------===//

static void testPasses(MlirContext context) {
  printf("@passes\n");
  // CHECK-LABEL: @passes
  MlirPassManager pm = mlirPassManagerCreate(context);
  MlirOpPassManager opm = mlirPassManagerGetAsOpPassManager(pm);
  MlirPass passes[] = {mlirCreateFxTransformsFxDecompose(),
                       mlirCreateFxTransformsFxEncodeModuleLocations(),
                       mlirCreateFxTransformsFxFunctionalizeInPlaceOps(),
                       mlirCreateFxTransformsFxFunctionalizeSideEffects(),
                       mlirCreateFxTransformsFxInferTypes(),
                       mlirCreateFxTransformsFxInsertRuntimeAsserts(),
                       mlirCreateFxTransformsFxReplaceQuantizedOps(),
                       mlirCreateFxTransformsFxReplaceSetGradWithSubgraph(),
                       mlirCreateFxTransformsFxReplaceViewOpsWithViewCopy(),
                       mlirCreateFxTransformsFxVerifyMetadata()};
  for (unsigned i = 0; i < sizeof(passes) / sizeof(passes[0]); ++i)
    mlirPassManagerAddOwnedPass(pm, passes[i]);
  mlirPrintPassPipeline(opm, printToStdout, NULL);
  printf("\n");
  // clang-format off
  // CHECK-NEXT: any(fx-decompose{{.*}},fx-encode-module-locations,fx-functionalize-in-place-ops{{.*}},fx-functionalize-side-effects{{.*}},fx-infer-types{mode=fill},fx-insert-runtime-asserts{{.*}},fx-replace-quantized-ops{{.*}},fx-replace-set-grad-with-subgraph{{.*}},fx-replace-view-ops-with-view-copy{{.*}},fx-verify-metadata{{.*}})
  // clang-format on

  // Each register function makes its pass known to textual pipelines.
  mlirRegisterFxTransformsFxDecompose();
  mlirRegisterFxTransformsFxEncodeModuleLocations();
  mlirRegisterFxTransformsFxFunctionalizeInPlaceOps();
  mlirRegisterFxTransformsFxFunctionalizeSideEffects();
  mlirRegisterFxTransformsFxInferTypes();
  mlirRegisterFxTransformsFxInsertRuntimeAsserts();
  mlirRegisterFxTransformsFxReplaceQuantizedOps();
  mlirRegisterFxTransformsFxReplaceSetGradWithSubgraph();
  mlirRegisterFxTransformsFxReplaceViewOpsWithViewCopy();
  mlirRegisterFxTransformsFxVerifyMetadata();
  MlirPassManager parsed = mlirPassManagerCreate(context);
  MlirLogicalResult ok = mlirParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(parsed),
      str("builtin.module(fx-decompose,fx-encode-module-locations,"
          "fx-functionalize-in-place-ops,fx-functionalize-side-effects,"
          "fx-infer-types{mode=check},fx-insert-runtime-asserts,"
          "fx-replace-quantized-ops,fx-replace-set-grad-with-subgraph,"
          "fx-replace-view-ops-with-view-copy,fx-verify-metadata)"),
      printToStdout, NULL);
  printf("parsed %d\n", mlirLogicalResultIsSuccess(ok));
  // CHECK-NEXT: parsed 1
  mlirPassManagerDestroy(parsed);
  mlirPassManagerDestroy(pm);

  // The group and the pipelines.
  mlirRegisterFxTransformsPasses();
  fxMlirRegisterPasses();
  parsed = mlirPassManagerCreate(context);
  ok = mlirParsePassPipeline(mlirPassManagerGetAsOpPassManager(parsed),
                             str("builtin.module(fx-export-pipeline)"),
                             printToStdout, NULL);
  printf("parsed %d\n", mlirLogicalResultIsSuccess(ok));
  // CHECK-NEXT: parsed 1

  // And they run: fx-infer-types fills the unknown type.
  MlirModule module = parse(context, kGraph);
  mlirPassManagerDestroy(parsed);
  parsed = mlirPassManagerCreate(context);
  mlirParsePassPipeline(mlirPassManagerGetAsOpPassManager(parsed),
                        str("builtin.module(fx-infer-types)"), printToStdout,
                        NULL);
  printf("ran %d ", mlirLogicalResultIsSuccess(mlirPassManagerRunOnOp(
                        parsed, mlirModuleGetOperation(module))));
  printType(mlirValueGetType(mlirOperationGetResult(getNode(module, "mm"), 0)));
  // CHECK-NEXT: ran 1 tensor<2x4xf32>
  mlirModuleDestroy(module);
  mlirPassManagerDestroy(parsed);
}

int main(void) {
  // Unbuffered, so that output and diagnostics interleave in order.
  setvbuf(stdout, NULL, _IONBF, 0);
  MlirContext context = mlirContextCreate();
  mlirDialectHandleRegisterDialect(mlirGetDialectHandle__fx__(), context);
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__fx__(), context);
  mlirContextAttachDiagnosticHandler(context, printDiagnostic, NULL, NULL);
  testTypes(context);
  testArgumentAttributes(context);
  testMetadataAttributes(context);
  testNodes(context);
  testInference(context);
  testListener(context);
  testPasses(context);
  mlirContextDestroy(context);
  return 0;
}
