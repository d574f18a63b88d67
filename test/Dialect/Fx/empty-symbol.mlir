// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// An empty symbol name is a located error (issue 15). MLIR 22 parses `@""`
// and prints it back as `@<<INVALID EMPTY SYMBOL>>`, which no parser reads:
// fx-fuzz-parse found this input, whose printed form did not parse. The
// input guard refuses it in every entry point; `@""` inside a string literal
// or a comment is no symbol.

// RUN: not fx-opt %s 2>&1 | FileCheck %s
// RUN: not fx-translate --fx-to-dot %s 2>&1 | FileCheck %s
// RUN: echo 'fx.graph_module @M { fx.graph @g { fx.output(None) {k = @a::@""} } }' | not fx-opt 2>&1 | FileCheck %s --check-prefix=NESTED
// NESTED: <stdin>:1:61: error: empty symbol name
// RUN: echo 'fx.graph_module @M { fx.graph @g { fx.output(None) {k = "@\"\"", l = @a::@b} } }' | fx-opt | FileCheck %s --check-prefix=STRING
// STRING: fx.output(None) {k = "@\22\22", l = @a::@b}

fx.graph_module @M {
  fx.graph @forward {
    // CHECK: empty-symbol.mlir:[[@LINE+1]]:29: error: empty symbol name
    fx.output(None) {name = @""}
  }
}
