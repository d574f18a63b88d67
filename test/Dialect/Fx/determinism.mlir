// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The same input gives byte-identical output and diagnostics, however fx-opt
// runs: threaded or not, from text or from bytecode, printing text or
// bytecode, run after run. The export pipeline on resnet18 (with its stack
// trace locations) is the workload.

// RUN: fx-opt %S/../../Inputs/resnet18.mlir --fx-export-pipeline --mlir-print-debuginfo -o %t.threaded.mlir
// RUN: fx-opt %S/../../Inputs/resnet18.mlir --fx-export-pipeline --mlir-print-debuginfo -o %t.again.mlir
// RUN: cmp %t.threaded.mlir %t.again.mlir
// RUN: fx-opt %S/../../Inputs/resnet18.mlir --fx-export-pipeline --mlir-print-debuginfo --mlir-disable-threading -o %t.serial.mlir
// RUN: cmp %t.threaded.mlir %t.serial.mlir

// Through bytecode: the input read as bytecode, the output written as
// bytecode (twice: the bytes are the same) and printed back.
// RUN: fx-opt %S/../../Inputs/resnet18.mlir --emit-bytecode -o %t.input.mlirbc
// RUN: fx-opt %t.input.mlirbc --fx-export-pipeline --mlir-print-debuginfo -o %t.from-bytecode.mlir
// RUN: cmp %t.threaded.mlir %t.from-bytecode.mlir
// RUN: fx-opt %S/../../Inputs/resnet18.mlir --fx-export-pipeline --emit-bytecode -o %t.output.mlirbc
// RUN: fx-opt %S/../../Inputs/resnet18.mlir --fx-export-pipeline --emit-bytecode --mlir-disable-threading -o %t.output-serial.mlirbc
// RUN: cmp %t.output.mlirbc %t.output-serial.mlirbc
// RUN: fx-opt %t.output.mlirbc --mlir-print-debuginfo -o %t.bytecode-to-text.mlir
// RUN: cmp %t.threaded.mlir %t.bytecode-to-text.mlir

// The workload is real: the pipeline ran and kept the locations.
// RUN: FileCheck %s --input-file %t.threaded.mlir
// CHECK-LABEL: fx.graph_module @ResNet
// CHECK: aten.convolution.default{{.*}} loc(#loc
// CHECK: = loc(callsite(

// Diagnostics: every error of the pass's invalid-input test, in the same order
// and words with and without threads.
// RUN: not fx-opt %S/../../Transforms/functionalize-side-effects-invalid.mlir --split-input-file --fx-functionalize-side-effects -o /dev/null 2> %t.threaded.err
// RUN: not fx-opt %S/../../Transforms/functionalize-side-effects-invalid.mlir --split-input-file --fx-functionalize-side-effects --mlir-disable-threading -o /dev/null 2> %t.serial.err
// RUN: cmp %t.threaded.err %t.serial.err
// RUN: FileCheck %s --check-prefix=ERR --input-file %t.threaded.err
// ERR: error: cannot functionalize 'aten._assert_async.msg'
// ERR: warning: 'aten._assert_async.msg' in a nested graph module is not functionalized
