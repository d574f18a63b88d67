// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-pt2 does in one process what fx-translate --import-pt2, fx-opt and
// fx-translate --export-pt2 do in three, and writes the same bytes: archives,
// program JSON, MLIR text (with the stack traces) and bytecode, from an
// archive, program JSON or MLIR input, told apart by content.

// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/linear_relu.pt2 --emit-bytecode -o %t.lr.in.mlirbc
// RUN: fx-opt %t.lr.in.mlirbc --fx-export-pipeline --emit-bytecode -o %t.lr.out.mlirbc
// RUN: fx-translate --export-pt2 %t.lr.out.mlirbc -o %t.lr.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-export-pipeline -o %t.lr.one.pt2
// RUN: cmp %t.lr.three.pt2 %t.lr.one.pt2
// RUN: fx-translate --export-pt2-json %t.lr.out.mlirbc -o %t.lr.three.json
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-export-pipeline -o %t.lr.one.json
// RUN: cmp %t.lr.three.json %t.lr.one.json
// RUN: fx-opt %t.lr.out.mlirbc --mlir-print-debuginfo -o %t.lr.three.mlir
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-export-pipeline --mlir-print-debuginfo -o %t.lr.one.mlir
// RUN: cmp %t.lr.three.mlir %t.lr.one.mlir
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-export-pipeline --emit-bytecode -o %t.lr.one.mlirbc
// RUN: cmp %t.lr.out.mlirbc %t.lr.one.mlirbc
// Stdout is MLIR text, whatever the input.
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-export-pipeline --mlir-print-debuginfo | cmp %t.lr.three.mlir -

// The same through a --pass-pipeline, on one thread, without the verifier
// between passes (the output is verified all the same).
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --pass-pipeline='builtin.module(fx-export-pipeline)' --mlir-disable-threading --verify-each=false -o %t.lr.pipeline.pt2
// RUN: cmp %t.lr.three.pt2 %t.lr.pipeline.pt2

// No passes: import, then export unchanged.
// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/linear_relu.pt2 --emit-bytecode -o %t.lr.noop.mlirbc
// RUN: fx-translate --export-pt2 %t.lr.noop.mlirbc -o %t.lr.noop.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 -o %t.lr.noop.one.pt2
// RUN: cmp %t.lr.noop.three.pt2 %t.lr.noop.one.pt2

// Archives with nested graph modules (cond), symbolic sizes (dynamic),
// in-place ops (auto_functionalized), buffer mutation, batch norm (conv_bn).
// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/cond.pt2 --emit-bytecode -o %t.cond.in.mlirbc
// RUN: fx-opt %t.cond.in.mlirbc --fx-export-pipeline --emit-bytecode -o %t.cond.out.mlirbc
// RUN: fx-translate --export-pt2 %t.cond.out.mlirbc -o %t.cond.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/cond.pt2 --fx-export-pipeline -o %t.cond.one.pt2
// RUN: cmp %t.cond.three.pt2 %t.cond.one.pt2
// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/dynamic.pt2 --emit-bytecode -o %t.dyn.in.mlirbc
// RUN: fx-opt %t.dyn.in.mlirbc --fx-export-pipeline --emit-bytecode -o %t.dyn.out.mlirbc
// RUN: fx-translate --export-pt2 %t.dyn.out.mlirbc -o %t.dyn.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/dynamic.pt2 --fx-export-pipeline -o %t.dyn.one.pt2
// RUN: cmp %t.dyn.three.pt2 %t.dyn.one.pt2
// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/auto_functionalized.pt2 --emit-bytecode -o %t.af.in.mlirbc
// RUN: fx-opt %t.af.in.mlirbc --fx-export-pipeline --emit-bytecode -o %t.af.out.mlirbc
// RUN: fx-translate --export-pt2 %t.af.out.mlirbc -o %t.af.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/auto_functionalized.pt2 --fx-export-pipeline -o %t.af.one.pt2
// RUN: cmp %t.af.three.pt2 %t.af.one.pt2
// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/buffer_mutation.pt2 --emit-bytecode -o %t.bm.in.mlirbc
// RUN: fx-opt %t.bm.in.mlirbc --fx-export-pipeline --emit-bytecode -o %t.bm.out.mlirbc
// RUN: fx-translate --export-pt2 %t.bm.out.mlirbc -o %t.bm.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/buffer_mutation.pt2 --fx-export-pipeline -o %t.bm.one.pt2
// RUN: cmp %t.bm.three.pt2 %t.bm.one.pt2
// RUN: fx-translate --import-pt2 %S/../Translate/Inputs/conv_bn.pt2 --emit-bytecode -o %t.cb.in.mlirbc
// RUN: fx-opt %t.cb.in.mlirbc --fx-export-pipeline --emit-bytecode -o %t.cb.out.mlirbc
// RUN: fx-translate --export-pt2 %t.cb.out.mlirbc -o %t.cb.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/conv_bn.pt2 --fx-export-pipeline -o %t.cb.one.pt2
// RUN: cmp %t.cb.three.pt2 %t.cb.one.pt2

// Program JSON in, found by its content (named .json or not): the same
// program JSON as from the three processes.
// RUN: fx-translate --import-pt2-json %S/../Translate/Inputs/linear_relu.json --emit-bytecode -o %t.json.in.mlirbc
// RUN: fx-opt %t.json.in.mlirbc --fx-export-pipeline --emit-bytecode -o %t.json.out.mlirbc
// RUN: fx-translate --export-pt2-json %t.json.out.mlirbc -o %t.json.three.json
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.json --fx-export-pipeline -o %t.json.one.json
// RUN: cmp %t.json.three.json %t.json.one.json
// RUN: cp %S/../Translate/Inputs/linear_relu.json %t.json-unnamed
// RUN: fx-pt2 %t.json-unnamed --fx-export-pipeline -o %t.json-unnamed.json
// RUN: cmp %t.json.three.json %t.json-unnamed.json
// An archive under another name is still an archive.
// RUN: cp %S/../Translate/Inputs/linear_relu.pt2 %t.archive-unnamed
// RUN: fx-pt2 %t.archive-unnamed --fx-export-pipeline -o %t.archive-unnamed.pt2
// RUN: cmp %t.lr.three.pt2 %t.archive-unnamed.pt2

// MLIR in: text written by hand, text whose file metadata ({-# ... #-})
// comes first (not JSON), and bytecode.
// RUN: fx-translate --export-pt2 %S/../Translate/Inputs/handwritten.mlir -o %t.hw.three.pt2
// RUN: fx-pt2 %S/../Translate/Inputs/handwritten.mlir -o %t.hw.one.pt2
// RUN: cmp %t.hw.three.pt2 %t.hw.one.pt2
// RUN: fx-translate --export-pt2-json %S/Inputs/file-metadata-first.mlir -o %t.fm.three.json
// RUN: fx-pt2 %S/Inputs/file-metadata-first.mlir -o %t.fm.one.json
// RUN: cmp %t.fm.three.json %t.fm.one.json
// RUN: fx-pt2 %t.lr.in.mlirbc --fx-export-pipeline -o %t.bc.one.pt2
// RUN: cmp %t.lr.three.pt2 %t.bc.one.pt2

// --mlir-timing times reading, the passes and writing.
// RUN: fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-export-pipeline --mlir-timing -o %t.timed.pt2 2>&1 | FileCheck %s --check-prefix=TIMING
// TIMING:      Input
// TIMING-NEXT: 'fx.graph_module' Pipeline
// TIMING:      FxDecompose
// TIMING:      Output
// TIMING:      Total

// Every failure is a located error and a non-zero exit, and leaves no output.
// RUN: not fx-pt2 %S/../Translate/Inputs/malformed/truncated.pt2 -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=ZIP
// ZIP: truncated.pt2:0:0: error: not a readable zip archive: Not a zip archive
// RUN: not ls %t.err.pt2
// Named .pt2, not a zip: read as an archive, for the archive's diagnostic,
// even when it holds what fx-pt2 would otherwise read (program JSON).
// RUN: not fx-pt2 %S/../Translate/Inputs/malformed/not-a-zip.pt2 -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=NOT-ZIP
// RUN: cp %S/../Translate/Inputs/linear_relu.json %t.program-json.pt2
// RUN: not fx-pt2 %t.program-json.pt2 -o %t.err.json 2>&1 | FileCheck %s --check-prefix=NOT-ZIP
// NOT-ZIP: .pt2:0:0: error: not a readable zip archive
// RUN: not fx-pt2 %S/../Translate/Inputs/malformed/not-json.json -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=JSON
// JSON: not-json.json:0:0: error: invalid JSON: [1:31, byte=31]: Expected object key (at $)
// RUN: not fx-pt2 %S/../Translate/Inputs/malformed/unknown-major-version.json -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=VERSION
// VERSION: unknown-major-version.json:0:0: error: unsupported schema version 99.20
// RUN: not fx-pt2 %t.missing.pt2 -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=NO-INPUT
// NO-INPUT: missing.pt2:0:0: error: cannot open input file '{{.*}}missing.pt2'
// RUN: not fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-no-such-pass -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=UNKNOWN-FLAG
// UNKNOWN-FLAG: Unknown command line argument '--fx-no-such-pass'
// RUN: not fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --pass-pipeline='builtin.module(fx-no-such-pass)' -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=UNKNOWN-PASS
// UNKNOWN-PASS: error: 'fx-no-such-pass' does not refer to a registered pass or pass pipeline
// A pass that fails: linear is not Core ATen before fx-decompose.
// RUN: not fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --fx-verify-core-aten -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=PASS
// PASS: linear.py:{{[0-9]+}}:0: error: 'aten.linear.default' is not a Core ATen op
// RUN: not ls %t.err.pt2
// RUN: not fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 -o %t.no-such-dir/out.pt2 2>&1 | FileCheck %s --check-prefix=OUTPUT
// OUTPUT: no-such-dir/out.pt2:0:0: error: cannot open output file '{{.*}}no-such-dir/out.pt2'
// RUN: not fx-pt2 %S/../Translate/Inputs/linear_relu.pt2 --emit-bytecode -o %t.err.pt2 2>&1 | FileCheck %s --check-prefix=BYTECODE
// BYTECODE: err.pt2:0:0: error: --emit-bytecode writes MLIR, not a '.pt2' file

// An archive and program JSON hold one program: this module, with two graph
// modules and no location (as a module imported from an archive has none),
// is refused, and the error names the file being written.
// RUN: not fx-pt2 %s -o %t.two.pt2 2>&1 | FileCheck %s --check-prefix=TWO -DOUT=%t.two.pt2
// RUN: not fx-pt2 %s -o %t.two.json 2>&1 | FileCheck %s --check-prefix=TWO -DOUT=%t.two.json
// TWO: [[OUT]]:0:0: error: expected exactly one fx.graph_module to export, found 2
// RUN: not ls %t.two.pt2
// Program JSON carries no weights to put in an archive; the error, at the
// weight's module attribute, which has no location, names the archive.
// RUN: not fx-pt2 %S/../Translate/Inputs/linear_relu.json -o %t.no-weights.pt2 2>&1 | FileCheck %s --check-prefix=NO-WEIGHTS -DOUT=%t.no-weights.pt2
// NO-WEIGHTS: [[OUT]]:0:0: error: has no value to write
// NO-WEIGHTS: [[OUT]]:0:0: note: see current operation: "fx.module_attr"()
// RUN: fx-pt2 %s | FileCheck %s --check-prefix=TWO-MLIR
// TWO-MLIR: fx.graph_module @first
// TWO-MLIR: fx.graph_module @second

module {
  fx.graph_module @first {
    fx.graph @forward {
      %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
  fx.graph_module @second {
    fx.graph @forward {
      %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
} loc(unknown)
