/*===- fx-capi-parse-test.c - The C API's guarded parse functions ---------===*/
/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception                    */
/*===----------------------------------------------------------------------===*/

// fx-capi-parse-test FILE parses FILE with fxMlirModuleCreateParseFromFile and,
// from a copy in memory without a NUL terminator, with fxMlirModuleCreateParse;
// it prints each diagnostic and whether each parse gave a module.

// clang-format off
// RUN: fx-capi-parse-test %S/../Dialect/Fx/ops.mlir 2>&1 | FileCheck %s --check-prefix=VALID
// VALID:      file: module
// VALID-NEXT: string: module

// Bytecode holding weights (resource sections aligned to 64 bytes) parses from
// the file and from the copy in memory, which is only 16-byte aligned.
// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/linear_relu.pt2 | fx-opt --emit-bytecode -o %t.mlirbc
// RUN: fx-capi-parse-test %t.mlirbc 2>&1 | FileCheck %s --check-prefix=VALID

// Every shape that overflowed the stack is a located error on the context.
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py tuple_attr 100000 > %t.tuple.mlir
// RUN: fx-capi-parse-test %t.tuple.mlir 2>&1 | FileCheck %s --check-prefix=DEEP -DFILE=%t.tuple.mlir
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py graph_module 100000 > %t.modules.mlir
// RUN: fx-capi-parse-test %t.modules.mlir 2>&1 | FileCheck %s --check-prefix=DEEP -DFILE=%t.modules.mlir
// DEEP:      error: loc("[[FILE]]":{{[0-9]+}}:{{[0-9]+}}): input nested too deeply: more than 1024 levels of brackets
// DEEP-NEXT: file: null
// DEEP-NEXT: error: loc("string":{{[0-9]+}}:{{[0-9]+}}): input nested too deeply
// DEEP-NEXT: string: null

// Depth 1024 is allowed: 1021 nested arrays inside the attribute dictionary,
// the graph and the graph module.
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py array_attr 1021 > %t.limit.mlir
// RUN: fx-capi-parse-test %t.limit.mlir 2>&1 | FileCheck %s --check-prefix=VALID
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py array_attr 1022 > %t.over.mlir
// RUN: fx-capi-parse-test %t.over.mlir 2>&1 | FileCheck %s --check-prefix=DEEP -DFILE=%t.over.mlir

// Syntax errors and missing files are errors too, not crashes.
// RUN: echo 'fx.graph_module @M {' > %t.bad.mlir
// RUN: fx-capi-parse-test %t.bad.mlir 2>&1 | FileCheck %s --check-prefix=BAD
// BAD:      error: loc("{{.*}}bad.mlir":1:21): expected operation name in quotes
// BAD:      file: null
// BAD:      string: null
// RUN: fx-capi-parse-test %t.missing.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: loc(unknown): cannot open input file '{{.*}}missing.mlir': No such file or directory
// MISSING: file: null
// clang-format on

#include "fx-mlir-c/Dialect/Fx.h"
#include "fx-mlir-c/Parse.h"
#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <stdio.h>
#include <stdlib.h>

static void printToStdout(MlirStringRef text, void *userData) {
  (void)userData;
  fwrite(text.data, 1, text.length, stdout);
}

static MlirLogicalResult printDiagnostic(MlirDiagnostic diagnostic,
                                         void *userData) {
  (void)userData;
  printf("error: ");
  mlirLocationPrint(mlirDiagnosticGetLocation(diagnostic), printToStdout, NULL);
  printf(": ");
  mlirDiagnosticPrint(diagnostic, printToStdout, NULL);
  printf("\n");
  return mlirLogicalResultSuccess();
}

/// Prints whether `module` was parsed and destroys it.
static void report(const char *how, MlirModule module) {
  printf("%s: %s\n", how, mlirModuleIsNull(module) ? "null" : "module");
  fflush(stdout);
  if (!mlirModuleIsNull(module))
    mlirModuleDestroy(module);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: fx-capi-parse-test FILE\n");
    return 2;
  }
  MlirContext context = mlirContextCreate();
  mlirDialectHandleRegisterDialect(mlirGetDialectHandle__fx__(), context);
  mlirContextAttachDiagnosticHandler(context, printDiagnostic, NULL, NULL);

  report("file", fxMlirModuleCreateParseFromFile(
                     context, mlirStringRefCreateFromCString(argv[1])));

  FILE *file = fopen(argv[1], "rb");
  if (file) {
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    // Exactly the file's bytes, with no NUL after them.
    char *text = malloc(size > 0 ? size : 1);
    size_t read = fread(text, 1, size, file);
    fclose(file);
    report("string",
           fxMlirModuleCreateParse(context, mlirStringRefCreate(text, read),
                                   mlirStringRefCreateFromCString("string")));
    free(text);
  }
  mlirContextDestroy(context);
  return 0;
}
