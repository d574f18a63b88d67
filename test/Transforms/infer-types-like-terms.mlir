// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Inferred symbolic sizes are written in the canonical form sympy gives
// PyTorch's size expressions, like terms added up: cat along dim 0 of sizes
// s0*s1 + s0 and s0 is s0*s1 + 2*s0; of two of the first and one s0,
// 2*s0*s1 + 3*s0 (sympy.expand of the sums).
// RUN: fx-opt %s --fx-infer-types | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<?x2xf32, #fx.dims<[s0 * s1 + s0]>>
    %b = fx.placeholder "b" : tensor<?x2xf32, #fx.dims<[s0]>>
    %c = fx.call_function aten.cat.default([%a, %b]) : (tensor<?x2xf32, #fx.dims<[s0 * s1 + s0]>>, tensor<?x2xf32, #fx.dims<[s0]>>) -> !fx.unknown
    %d = fx.call_function aten.cat.default([%a, %a, %b]) : (tensor<?x2xf32, #fx.dims<[s0 * s1 + s0]>>, tensor<?x2xf32, #fx.dims<[s0 * s1 + s0]>>, tensor<?x2xf32, #fx.dims<[s0]>>) -> !fx.unknown
    fx.output((%c, %d)) : !fx.unknown, !fx.unknown
  }
}

// CHECK: %c = fx.call_function aten.cat.default([%a, %b]) {{.*}} -> tensor<?x2xf32, #fx.dims<[s0 * s1 + s0 * 2]>>
// CHECK: %d = fx.call_function aten.cat.default([%a, %a, %b]) {{.*}} -> tensor<?x2xf32, #fx.dims<[s0 * s1 * 2 + s0 * 3]>>
