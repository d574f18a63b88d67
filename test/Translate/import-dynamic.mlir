// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/dynamic.pt2 --mlir-print-local-scope | FileCheck %s

// x: [batch, 4], y: [batch, 1] with batch = Dim("batch", min=2, max=64).
// PyTorch reads the archive as forward(..., x: f32[s17, 4], y: f32[s17, 1])
// with range constraints {s17: VR[2, 64]}; sym_size_int_3: Sym(s17) feeds
// mul and slice; every result is f32[s17, ...].

// CHECK-LABEL: fx.graph_module @model
// CHECK: fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s17 = [2, 64]}>}
// CHECK: %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<?x4xf32, #fx.dims<[s17]>>
// CHECK: %y = fx.placeholder "y" {fx.input_spec = #fx.input_spec<user_input>} : tensor<?x1xf32, #fx.dims<[s17]>>
// CHECK: %sym_size_int_3 = fx.call_function aten.sym_size.int(%y, 0)
// The runtime-assert pass's marker for "no module stack".
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>
// CHECK-SAME: -> !fx.sym_int<s17>
// CHECK: %linear = fx.call_function aten.linear.default(%x, %p_fc_weight, %p_fc_bias) {{.*}} -> tensor<?x2xf32, #fx.dims<[s17]>>
// CHECK: %sum_1 = fx.call_function aten.sum.dim_IntList(%linear, [1], True) {{.*}} -> tensor<?x1xf32, #fx.dims<[s17]>>
// CHECK: %mul = fx.call_function aten.mul.Tensor(%sum_1, %sym_size_int_3) {{.*}} : (tensor<?x1xf32, #fx.dims<[s17]>>, !fx.sym_int<s17>) -> tensor<?x1xf32, #fx.dims<[s17]>>
// CHECK: %slice_1 = fx.call_function aten.slice.Tensor(%y, 0, None, %sym_size_int_3) {fx.arg_names = ["self", "dim", "start", "end"]
// CHECK: fx.output((%add,))
