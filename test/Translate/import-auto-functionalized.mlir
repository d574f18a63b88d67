// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// auto_functionalized_v2 calls of mutating custom ops (Inputs/auto_functionalized.pt2,
// utils/gen_pt2_fixtures.py from test/Inputs/mutating_ops.py, PyTorch 2.13): the op
// argument, torch.export's `as_operator`, is an #fx.operator; every type is PyTorch's,
// as fx-infer-types=mode=check re-derives it; .pt2 -> fx -> .pt2 -> fx is identical.
// (Dialect/Fx/bytecode.mlir round-trips #fx.operator through bytecode.)
// RUN: fx-translate --import-pt2 %S/Inputs/auto_functionalized.pt2 --mlir-print-local-scope | FileCheck %s
// RUN: fx-translate --import-pt2 %S/Inputs/auto_functionalized.pt2 --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: fx-translate --import-pt2 %S/Inputs/auto_functionalized.pt2 --mlir-print-debuginfo -o %t.mlir
// RUN: fx-opt %t.mlir -fx-infer-types=mode=check -o /dev/null
// RUN: fx-translate --export-pt2 %t.mlir -o %t.pt2
// RUN: fx-translate --import-pt2 %t.pt2 --mlir-print-debuginfo | diff %t.mlir -
// RUN: fx-translate --export-pt2-json %t.mlir | FileCheck %s --check-prefix=JSON

// CHECK-LABEL: fx.graph_module @model
// A mutated intermediate: scale_ returns nothing (None), then the clone of %add.
// CHECK: %auto_functionalized_v2 = fx.call_function higher_order.auto_functionalized_v2(torch.ops.fx_mlir_test.scale_.default, factor = 2.0, _x_base_index = 0, _all_bases = [%add])
// CHECK-SAME: : (tensor<4x3xf32>) -> tuple<none, tensor<4x3xf32>>
// A mutated buffer: accumulate_'s own tensor, then the buffer's clone.
// CHECK: %auto_functionalized_v2_1 = fx.call_function higher_order.auto_functionalized_v2(torch.ops.fx_mlir_test.accumulate_.default, y = %getitem_1, _total_base_index = 0, _all_bases = [%b_total])
// CHECK-SAME: : (tensor<4x3xf32>, tensor<4x3xf32>) -> tuple<tensor<4x3xf32>, tensor<4x3xf32>>
// A mutated view: the whole base comes back.
// CHECK: higher_order.auto_functionalized_v2(torch.ops.fx_mlir_test.scale_.default, factor = 0.5, _x_base_index = 0, _x_slice_dim = 0, _x_slice_start = 1, _x_slice_end = 4, _all_bases = [%b_steps])
// CHECK-SAME: : (tensor<5xf32>) -> tuple<none, tensor<5xf32>>
// A mutated user input.
// CHECK: higher_order.auto_functionalized_v2(torch.ops.fx_mlir_test.scale_.default, factor = 3.0, _x_base_index = 0, _all_bases = [%bias])
// CHECK: fx.output_specs = [#fx.output_spec<buffer_mutation, "total">, #fx.output_spec<buffer_mutation, "steps">, #fx.output_spec<user_input_mutation, "bias">, #fx.output_spec<user_output>, #fx.output_spec<user_output>]

// GENERIC: args = [#fx.operator<"fx_mlir_test.scale_.default">]

// JSON: {"arg":{"as_operator":"torch.ops.fx_mlir_test.scale_.default"},"kind":1,"name":""}
