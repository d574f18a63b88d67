// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Under the replaced-op policy, a created node without its own torch_fn
// takes its root's, or, when the root has none, the one the root's target
// names: two roots with the same metadata and different targets give their
// nodes different torch_fns. Provenance is off: it names the root too, which
// would keep the two roots' attributes apart even if the target did not.
// RUN: fx-opt %s --fx-decompose="ops=all provenance=false" --mlir-print-local-scope | FileCheck %s

// CHECK-LABEL: fx.graph @forward
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    // CHECK:      %sigmoid = fx.call_function aten.sigmoid.default(%x)
    // CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"silu.default_0", "OpOverload.silu.default">
    // CHECK:      %mul = fx.call_function aten.mul.Tensor(%x, %sigmoid)
    // CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"silu.default_0", "OpOverload.silu.default">
    %silu = fx.call_function aten.silu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // CHECK:      %add = fx.call_function aten.add.Tensor(%mul, 3)
    // CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"hardswish.default_0", "OpOverload.hardswish.default">
    // CHECK-COUNT-4: fx.torch_fn = #fx.torch_fn<"hardswish.default_0", "OpOverload.hardswish.default">
    // CHECK-NEXT: fx.output
    %hardswish = fx.call_function aten.hardswish.default(%silu) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    fx.output((%hardswish,)) : tensor<2x3xf32>
  }
}
