/*===- fx-capi-test.c - Exercise the fx C API -----------------------------===*/

// RUN: fx-capi-test 2>&1 | FileCheck %s

#include "fx-mlir-c/Dialect/Fx.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"

#include <stdio.h>
#include <string.h>

static void printToStdout(MlirStringRef text, void *userData) {
  (void)userData;
  fwrite(text.data, 1, text.length, stdout);
}

static const char *kGraph =
    "fx.graph_module @M {\n"
    "  fx.graph @forward {\n"
    "    %x = fx.placeholder \"x\" : tensor<?x3xf32, #fx.dims<[s0 * 2]>>\n"
    "    %n = fx.placeholder \"n\" : !fx.sym_int<s0>\n"
    "    fx.output((%x, %n)) : tensor<?x3xf32, #fx.dims<[s0 * 2]>>, "
    "!fx.sym_int<s0>\n"
    "  }\n"
    "}\n";

int main(void) {
  MlirContext context = mlirContextCreate();
  mlirDialectHandleRegisterDialect(mlirGetDialectHandle__fx__(), context);
  fxMlirRegisterPasses();

  MlirModule module =
      mlirModuleCreateParse(context, mlirStringRefCreateFromCString(kGraph));
  if (mlirModuleIsNull(module)) {
    fprintf(stderr, "parse failed\n");
    return 1;
  }
  // Walk to the placeholders: module > graph_module > graph > nodes.
  MlirOperation graphModule =
      mlirBlockGetFirstOperation(mlirModuleGetBody(module));
  MlirOperation graph = mlirBlockGetFirstOperation(
      mlirRegionGetFirstBlock(mlirOperationGetRegion(graphModule, 0)));
  MlirOperation x = mlirBlockGetFirstOperation(
      mlirRegionGetFirstBlock(mlirOperationGetRegion(graph, 0)));
  MlirOperation n = mlirOperationGetNextInBlock(x);

  MlirType xType = mlirValueGetType(mlirOperationGetResult(x, 0));
  MlirType plain = fxMlirTypeStripSymbolicSizes(xType);
  mlirTypePrint(plain, printToStdout, NULL);
  printf("\n");
  // CHECK: tensor<?x3xf32>

  MlirType nType = mlirValueGetType(mlirOperationGetResult(n, 0));
  printf("sym_int: %d %d\n", fxMlirTypeIsSymInt(nType),
         fxMlirTypeIsSymInt(xType));
  // CHECK: sym_int: 1 0

  const char *trace = "  File \"model.py\", line 7, in forward\n"
                      "    return self.fc(x)\n";
  MlirLocation loc = fxMlirLocationFromStackTrace(
      context, mlirStringRefCreateFromCString(trace));
  mlirLocationPrint(loc, printToStdout, NULL);
  printf("\n");
  // CHECK: loc(fused<"return self.fc(x)">["forward"("model.py":7:0)])
  int isTrace = fxMlirLocationGetStackTrace(loc, printToStdout, NULL);
  printf("%d\n", isTrace);
  // CHECK: File "model.py", line 7, in forward
  // CHECK-NEXT: return self.fc(x)
  // CHECK-NEXT: 1
  printf("%d\n", fxMlirLocationGetStackTrace(mlirLocationUnknownGet(context),
                                             printToStdout, NULL));
  // CHECK-NEXT: 0

  mlirModuleDestroy(module);
  mlirContextDestroy(context);
  return 0;
}
