// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-translate's imports write bytecode under --emit-bytecode (fx-opt's flag),
// and that bytecode holds what the text holds with --mlir-print-debuginfo:
// the weights, the metadata and each node's stack trace as its location.

// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 --emit-bytecode -o %t.mlirbc
// RUN: od -An -tx1 -N4 %t.mlirbc | FileCheck %s --check-prefix=MAGIC
// RUN: fx-opt %t.mlirbc --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s
// RUN: fx-opt %t.mlirbc | FileCheck %s --check-prefix=WEIGHTS
// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 --mlir-print-debuginfo -o %t.mlir
// RUN: fx-opt %t.mlir --mlir-print-debuginfo -o %t.from-text.mlir
// RUN: fx-opt %t.mlirbc --mlir-print-debuginfo -o %t.from-bytecode.mlir
// RUN: diff %t.from-text.mlir %t.from-bytecode.mlir

// The other two imports.
// RUN: fx-translate --import-pt2-json %S/Inputs/linear_relu.json --emit-bytecode | od -An -tx1 -N4 | FileCheck %s --check-prefix=MAGIC
// RUN: fx-translate --import-fx-json %S/Inputs/fx-json/plain.json --emit-bytecode | od -An -tx1 -N4 | FileCheck %s --check-prefix=MAGIC

// Without the flag an import prints text.
// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 | FileCheck %s --check-prefix=TEXT

// MAGIC: 4d 4c ef 52
// TEXT: fx.graph_module @model

// CHECK: fx.module_attr parameter @fc.weight : tensor<3x4xf32> = dense_resource<fc.weight>
// CHECK: fx.call_function aten.linear.default
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"linear_1", "builtin_function_or_method.linear">
// CHECK-SAME: loc({{.*}}"return F.linear(input, self.weight, self.bias)"
// WEIGHTS: dialect_resources
// WEIGHTS: fc.weight: "0x400000006C7AC6BE186EB1BED23E84BE
