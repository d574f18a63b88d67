// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-opt %s -split-input-file --fx-infer-types=mode=check --verify-diagnostics
// RUN: fx-opt %s -split-input-file --fx-infer-types=mode=fill | FileCheck %s

// Check mode compares a sym dunder's type; fill mode keeps a known one and
// types an unknown one.

fx.graph_module @round_ndigits_as_int {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    // expected-error @+1 {{type mismatch for node 'r' (__round__): inferred ('!fx.sym_float') but found ('!fx.sym_int')}}
    %r = fx.call_method __round__(%f, 2) : (!fx.sym_float) -> !fx.sym_int
    fx.output(%r) : !fx.sym_int
  }
}
// CHECK-LABEL: fx.graph_module @round_ndigits_as_int
// CHECK: fx.call_method __round__(%f, 2) : (!fx.sym_float) -> !fx.sym_int

// -----

fx.graph_module @agree {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    %r = fx.call_method __round__(%f) : (!fx.sym_float) -> !fx.sym_int
    // Check mode flags an untyped dunder; fill mode types it.
    // expected-error @+1 {{type mismatch for node 'u' (__floor__): inferred ('!fx.sym_int') but found ('!fx.unknown')}}
    %u = fx.call_method __floor__(%f) : (!fx.sym_float) -> !fx.unknown
    fx.output((%r, %u)) : !fx.sym_int, !fx.unknown
  }
}
// CHECK-LABEL: fx.graph_module @agree
// CHECK: fx.call_method __floor__(%f) : (!fx.sym_float) -> !fx.sym_int
