// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A weight of complex32 elements (torch.chalf, dtype code 9: two float16
// parts, 4 bytes each) is read with its storage size and written back the
// same. The archive is the one fx-fuzz-pt2 found crashing the reader and the
// writer (they asked complex<f16> for a float bit width); it is conv_bn.pt2
// with the weight's dtype changed.
// RUN: fx-translate --import-pt2 %S/Inputs/complex-half-weight.pt2 | FileCheck %s
// RUN: fx-translate --import-pt2 %S/Inputs/complex-half-weight.pt2 -o %t.mlir
// RUN: fx-translate --export-pt2 %t.mlir -o %t.pt2
// RUN: fx-translate --import-pt2 %t.pt2 -o %t.again.mlir
// RUN: fx-translate --export-pt2 %t.again.mlir -o %t.again.pt2
// RUN: cmp %t.pt2 %t.again.pt2

// CHECK: fx.module_attr parameter @conv.weight : tensor<3x2x3x3xcomplex<f16>> = dense_resource<conv.weight> : tensor<3x2x3x3xcomplex<f16>>
