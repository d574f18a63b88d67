// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx -> .pt2 -> fx is byte-identical, stack traces and weights included; so
// is .pt2 -> fx -> .pt2 for archives fx-translate wrote.
// RUN: for m in linear_relu conv_bn dynamic cond buffer_mutation constants data_dependent complex_scalars; do \
// RUN:   fx-translate --import-pt2 %S/Inputs/$m.pt2 --mlir-print-debuginfo -o %t.$m.mlir && \
// RUN:   fx-translate --export-pt2 %t.$m.mlir -o %t.$m.pt2 && \
// RUN:   fx-translate --import-pt2 %t.$m.pt2 --mlir-print-debuginfo -o %t.$m.2.mlir && \
// RUN:   diff %t.$m.mlir %t.$m.2.mlir && \
// RUN:   fx-translate --export-pt2 %t.$m.2.mlir -o %t.$m.2.pt2 && \
// RUN:   cmp %t.$m.pt2 %t.$m.2.pt2 || exit 1; \
// RUN: done
// The program JSON alone round-trips the same way.
// RUN: fx-translate --import-pt2-json %S/Inputs/linear_relu.json --mlir-print-debuginfo -o %t.json.mlir
// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 --mlir-print-debuginfo | fx-translate --export-pt2-json -o %t.json
// RUN: fx-translate --import-pt2-json %t.json --mlir-print-debuginfo | diff %t.json.mlir -
// RUN: fx-translate --export-pt2-json %t.json.mlir | fx-translate --import-pt2-json --mlir-print-debuginfo | diff %t.json.mlir -
