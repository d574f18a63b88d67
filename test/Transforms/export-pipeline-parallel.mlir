// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-export-pipeline is anchored on each top-level graph module, so the pass
// manager runs the 16 graph modules of this input in parallel; the output is
// byte-identical to a single-threaded run.
// RUN: fx-opt %s --fx-export-pipeline --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPELINE
// RUN: fx-bench-graph --shape=transformer --n=1344 --modules=16 -o %t.in.mlir
// RUN: fx-opt %t.in.mlir --fx-export-pipeline --mlir-print-debuginfo -o %t.threaded.mlir
// RUN: fx-opt %t.in.mlir --fx-export-pipeline --mlir-print-debuginfo --mlir-disable-threading -o %t.serial.mlir
// RUN: cmp %t.threaded.mlir %t.serial.mlir
// RUN: FileCheck %s --input-file=%t.threaded.mlir --implicit-check-not='call_function aten.linear.default' --implicit-check-not='call_function aten.view.default' --implicit-check-not='aten.permute.default('

// PIPELINE:      builtin.module(
// PIPELINE-NEXT:   fx.graph_module(
// PIPELINE-NEXT:     fx-replace-quantized-ops
// PIPELINE:          fx-functionalize-in-place-ops
// PIPELINE-NEXT:     fx-decompose
// PIPELINE:          fx-verify-metadata
// PIPELINE-NEXT:     fx-verify-core-aten{severity=error}
// PIPELINE-NEXT:   )
// PIPELINE-NEXT: )

// Every module went through every pass: no linear or view op is left, and
// the permute of each attention block is a copy.
// CHECK-COUNT-16: fx.graph_module @M{{[0-9]+}}
// CHECK-NOT: fx.graph_module
