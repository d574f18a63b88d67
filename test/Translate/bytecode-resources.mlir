// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Weights imported from a .pt2 archive are resource blobs aligned to 64
// bytes; bytecode holding them reads back from a small file and from stdin,
// whose buffers fx-opt, fx-translate and the C API align (mlir-opt and
// mlir-translate 22 report "expected section alignment 64 but bytecode buffer
// ... is not aligned" on both).

// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 | fx-opt --emit-bytecode -o %t.mlirbc
// RUN: fx-opt %t.mlirbc | FileCheck %s
// RUN: cat %t.mlirbc | fx-opt | FileCheck %s
// RUN: fx-translate --export-pt2 %t.mlirbc -o %t.pt2
// RUN: cat %t.mlirbc | fx-translate --export-pt2 -o %t.stdin.pt2
// RUN: fx-translate --import-pt2 %t.pt2 | FileCheck %s
// RUN: fx-translate --import-pt2 %t.stdin.pt2 | FileCheck %s

// CHECK: fx.module_attr parameter @fc.weight : tensor<3x4xf32> = dense_resource<fc.weight>
// CHECK: dialect_resources
// CHECK: fc.weight: "0x400000006C7AC6BE186EB1BED23E84BE
