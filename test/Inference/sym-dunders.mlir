// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-opt %s -split-input-file --fx-infer-types=mode=overwrite --verify-diagnostics | FileCheck %s

// fx-infer-types types the six sym dunder call_method nodes. The expected
// types are what torch 2.13 returns for `getattr(x, method)(*args)` on a
// ShapeEnv's SymInt / SymFloat / SymBool, and Python for int and float:
// on a SymInt each is the identity (SymInt.__round__ returns self, ndigits
// or not); on a SymFloat each gives a SymInt, but round(x, ndigits) a float.

// CHECK-LABEL: fx.graph_module @sym_float
// CHECK: fx.call_method __sym_float__(%n) : (!fx.sym_int<s0>) -> !fx.sym_float
// CHECK: fx.call_method __sym_float__(%b) : (!fx.sym_bool) -> !fx.sym_float
fx.graph_module @sym_float {
  fx.graph @forward {
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %b = fx.placeholder "b" : !fx.sym_bool
    %f = fx.call_method __sym_float__(%n) : (!fx.sym_int<s0>) -> !fx.unknown
    %g = fx.call_method __sym_float__(%b) : (!fx.sym_bool) -> !fx.unknown
    fx.output((%f, %g)) : !fx.unknown, !fx.unknown
  }
}

// -----

// CHECK-LABEL: fx.graph_module @sym_int
// CHECK: fx.call_method __sym_int__(%f) : (!fx.sym_float) -> !fx.sym_int
// CHECK: fx.call_method __sym_int__(%n) : (!fx.sym_int<s0 * 2>) -> !fx.sym_int<s0 * 2>
fx.graph_module @sym_int {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    %n = fx.placeholder "n" : !fx.sym_int<s0 * 2>
    %i = fx.call_method __sym_int__(%f) : (!fx.sym_float) -> !fx.unknown
    %j = fx.call_method __sym_int__(%n) : (!fx.sym_int<s0 * 2>) -> !fx.unknown
    fx.output((%i, %j)) : !fx.unknown, !fx.unknown
  }
}

// -----

// CHECK-LABEL: fx.graph_module @ceil
// CHECK: fx.call_method __ceil__(%f) : (!fx.sym_float) -> !fx.sym_int
// CHECK: fx.call_method __ceil__(%n) : (!fx.sym_int<s0>) -> !fx.sym_int<s0>
fx.graph_module @ceil {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %a = fx.call_method __ceil__(%f) : (!fx.sym_float) -> !fx.unknown
    %b = fx.call_method __ceil__(%n) : (!fx.sym_int<s0>) -> !fx.unknown
    fx.output((%a, %b)) : !fx.unknown, !fx.unknown
  }
}

// -----

// CHECK-LABEL: fx.graph_module @floor
// CHECK: fx.call_method __floor__(%f) : (!fx.sym_float) -> !fx.sym_int
// CHECK: fx.call_method __floor__(%n) : (!fx.sym_int<s0>) -> !fx.sym_int<s0>
fx.graph_module @floor {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %a = fx.call_method __floor__(%f) : (!fx.sym_float) -> !fx.unknown
    %b = fx.call_method __floor__(%n) : (!fx.sym_int<s0>) -> !fx.unknown
    fx.output((%a, %b)) : !fx.unknown, !fx.unknown
  }
}

// -----

// CHECK-LABEL: fx.graph_module @trunc
// CHECK: fx.call_method __trunc__(%f) : (!fx.sym_float) -> !fx.sym_int
// CHECK: fx.call_method __trunc__(%n) : (!fx.sym_int<s0>) -> !fx.sym_int<s0>
fx.graph_module @trunc {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %a = fx.call_method __trunc__(%f) : (!fx.sym_float) -> !fx.unknown
    %b = fx.call_method __trunc__(%n) : (!fx.sym_int<s0>) -> !fx.unknown
    fx.output((%a, %b)) : !fx.unknown, !fx.unknown
  }
}

// -----

// round(x) is an int; round(x, ndigits) a float for a float x (None for
// ndigits is round(x)); a SymInt stays itself either way.
// CHECK-LABEL: fx.graph_module @round
// CHECK: %a = fx.call_method __round__(%f) : (!fx.sym_float) -> !fx.sym_int
// CHECK: %b = fx.call_method __round__(%f, 2) : (!fx.sym_float) -> !fx.sym_float
// CHECK: %c = fx.call_method __round__(%f, None) : (!fx.sym_float) -> !fx.sym_int
// CHECK: %d = fx.call_method __round__(%n, 1) : (!fx.sym_int<s0>) -> !fx.sym_int<s0>
fx.graph_module @round {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %a = fx.call_method __round__(%f) : (!fx.sym_float) -> !fx.unknown
    %b = fx.call_method __round__(%f, 2) : (!fx.sym_float) -> !fx.unknown
    %c = fx.call_method __round__(%f, None) : (!fx.sym_float) -> !fx.unknown
    %d = fx.call_method __round__(%n, 1) : (!fx.sym_int<s0>) -> !fx.unknown
    fx.output((%a, %b, %c, %d)) : !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown
  }
}

// -----

// Other methods are not the pass's business: left as they are.
// CHECK-LABEL: fx.graph_module @other_method
// CHECK: fx.call_method size(%x) : (tensor<2xf32>) -> !fx.unknown
fx.graph_module @other_method {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %s = fx.call_method size(%x) : (tensor<2xf32>) -> !fx.unknown
    fx.output(%s) : !fx.unknown
  }
}

// -----

fx.graph_module @tensor_self {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error @+1 {{__floor__ expects self to be a SymInt or SymFloat, got 'tensor<2xf32>'}}
    %a = fx.call_method __floor__(%x) : (tensor<2xf32>) -> !fx.unknown
    fx.output(%a) : !fx.unknown
  }
}

// -----

// SymBool has __sym_float__ but none of the rounding methods.
fx.graph_module @bool_self {
  fx.graph @forward {
    %b = fx.placeholder "b" : !fx.sym_bool
    // expected-error @+1 {{__ceil__ expects self to be a SymInt or SymFloat, got '!fx.sym_bool'}}
    %a = fx.call_method __ceil__(%b) : (!fx.sym_bool) -> !fx.unknown
    fx.output(%a) : !fx.unknown
  }
}

// -----

fx.graph_module @sym_float_of_tensor {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error @+1 {{__sym_float__ expects self to be a SymInt, SymFloat or SymBool, got 'tensor<2xf32>'}}
    %a = fx.call_method __sym_float__(%x) : (tensor<2xf32>) -> !fx.unknown
    fx.output(%a) : !fx.unknown
  }
}

// -----

fx.graph_module @extra_arg {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    // expected-error @+1 {{__trunc__ takes self as args}}
    %a = fx.call_method __trunc__(%f, 2) : (!fx.sym_float) -> !fx.unknown
    fx.output(%a) : !fx.unknown
  }
}

// -----

fx.graph_module @round_three_args {
  fx.graph @forward {
    %f = fx.placeholder "f" : !fx.sym_float
    // expected-error @+1 {{__round__ takes self and an optional ndigits as args}}
    %a = fx.call_method __round__(%f, 2, 3) : (!fx.sym_float) -> !fx.unknown
    fx.output(%a) : !fx.unknown
  }
}
