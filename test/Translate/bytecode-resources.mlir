// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Weights imported from a .pt2 archive are resource blobs aligned to 64
// bytes; bytecode holding them reads back from a small file and from stdin,
// whose buffers fx-opt aligns (mlir-opt 22 reports "expected section
// alignment 64 but bytecode buffer ... is not aligned" on both).

// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 | fx-opt --emit-bytecode -o %t.mlirbc
// RUN: fx-opt %t.mlirbc | FileCheck %s
// RUN: cat %t.mlirbc | fx-opt | FileCheck %s

// CHECK: fx.module_attr parameter @fc.weight : tensor<3x4xf32> = dense_resource<fc.weight>
// CHECK: dialect_resources
// CHECK: fc.weight: "0x400000006C7AC6BE186EB1BED23E84BE
