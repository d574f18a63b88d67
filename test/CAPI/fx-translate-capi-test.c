/*===- fx-translate-capi-test.c - Exercise the translation C API ----------===*/
/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */

// RUN: fx-translate-capi-test %S/../Translate/Inputs/linear_relu.pt2 %S/../Translate/Inputs/malformed/cycle.json 2>&1 | FileCheck %s

#include "fx-mlir-c/Dialect/Fx.h"
#include "fx-mlir-c/Translate.h"
#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// A growing byte buffer that MlirStringCallback appends to.
typedef struct {
  char *data;
  size_t size;
} Buffer;

static void append(MlirStringRef text, void *userData) {
  Buffer *buffer = (Buffer *)userData;
  buffer->data = realloc(buffer->data, buffer->size + text.length + 1);
  memcpy(buffer->data + buffer->size, text.data, text.length);
  buffer->size += text.length;
  buffer->data[buffer->size] = '\0';
}

static Buffer readFile(const char *path) {
  Buffer buffer = {NULL, 0};
  FILE *file = fopen(path, "rb");
  char chunk[4096];
  size_t n;
  while (file && (n = fread(chunk, 1, sizeof(chunk), file)) > 0)
    append(mlirStringRefCreate(chunk, n), &buffer);
  if (file)
    fclose(file);
  return buffer;
}

static Buffer printModule(MlirModule module) {
  Buffer text = {NULL, 0};
  mlirOperationPrint(mlirModuleGetOperation(module), append, &text);
  return text;
}

static MlirLogicalResult printDiagnostic(MlirDiagnostic diagnostic,
                                         void *userData) {
  (void)userData;
  Buffer text = {NULL, 0};
  mlirDiagnosticPrint(diagnostic, append, &text);
  printf("diagnostic: %s\n", text.data);
  free(text.data);
  return mlirLogicalResultSuccess();
}

int main(int argc, char **argv) {
  if (argc != 3)
    return 2;
  MlirContext context = mlirContextCreate();
  mlirDialectHandleRegisterDialect(mlirGetDialectHandle__fx__(), context);
  mlirContextAttachDiagnosticHandler(context, printDiagnostic, NULL, NULL);

  // .pt2 -> fx: the Linear(4, 3) weight and the relu node.
  Buffer archive = readFile(argv[1]);
  MlirModule module = fxMlirImportPt2(
      context, mlirStringRefCreate(archive.data, archive.size),
      mlirStringRefCreateFromCString("linear_relu.pt2"));
  if (mlirModuleIsNull(module))
    return 1;
  Buffer text = printModule(module);
  printf("imported: %s\n",
         strstr(text.data, "fx.module_attr parameter @fc.weight") ? "fc.weight"
                                                                 : "none");
  // CHECK: imported: fc.weight

  // fx -> .pt2 -> fx gives the same module (in a context of its own: resource
  // names are unique per context).
  Buffer exported = {NULL, 0};
  if (mlirLogicalResultIsFailure(fxMlirExportPt2(module, append, &exported)))
    return 1;
  printf("archive starts with PK: %d\n",
         exported.size > 2 && memcmp(exported.data, "PK", 2) == 0);
  // CHECK: archive starts with PK: 1
  MlirContext context2 = mlirContextCreate();
  mlirDialectHandleRegisterDialect(mlirGetDialectHandle__fx__(), context2);
  MlirModule reimported = fxMlirImportPt2(
      context2, mlirStringRefCreate(exported.data, exported.size),
      mlirStringRefCreateFromCString("exported.pt2"));
  if (mlirModuleIsNull(reimported))
    return 1;
  Buffer text2 = printModule(reimported);
  printf("round trip identical: %d\n", strcmp(text.data, text2.data) == 0);
  // CHECK: round trip identical: 1

  // The program JSON alone.
  Buffer json = {NULL, 0};
  if (mlirLogicalResultIsFailure(fxMlirExportPt2Json(module, append, &json)))
    return 1;
  MlirModule fromJson = fxMlirImportPt2Json(
      context, mlirStringRefCreate(json.data, json.size),
      mlirStringRefCreateFromCString("model.json"));
  printf("json imported: %d\n", !mlirModuleIsNull(fromJson));
  // CHECK: json imported: 1

  // Bad input: a diagnostic with the JSON path, and a null module.
  Buffer bad = readFile(argv[2]);
  MlirModule rejected = fxMlirImportPt2Json(
      context, mlirStringRefCreate(bad.data, bad.size),
      mlirStringRefCreateFromCString("cycle.json"));
  printf("rejected: %d\n", mlirModuleIsNull(rejected));
  // CHECK: diagnostic: 'relu' is used before the node that defines it
  // CHECK-SAME: (at $.graph_module.graph.nodes[0].inputs[0].arg.as_tensor.name)
  // CHECK: rejected: 1

  mlirModuleDestroy(fromJson);
  mlirModuleDestroy(reimported);
  mlirModuleDestroy(module);
  mlirContextDestroy(context2);
  mlirContextDestroy(context);
  free(archive.data);
  free(exported.data);
  free(json.data);
  free(bad.data);
  free(text.data);
  free(text2.data);
  return 0;
}
