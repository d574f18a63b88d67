// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/buffer_mutation.pt2 --mlir-print-local-scope | FileCheck %s

// self.count.add_(x); return x * self.count, functionalized
// (run_decompositions). PyTorch: b_count: BUFFER target='count'
// persistent=True; outputs add: BUFFER_MUTATION target='count', mul:
// USER_OUTPUT. Metadata PyTorch does not type (from_node) is kept verbatim.

// CHECK-LABEL: fx.graph_module @model
// CHECK: fx.module_attr buffer @count : tensor<3xf32> = dense_resource<count>
// CHECK: %b_count = fx.placeholder "b_count" {fx.input_spec = #fx.input_spec<buffer, "count">} : tensor<3xf32>
// CHECK: %add = fx.call_function aten.add.Tensor(%b_count, %x) {fx.arg_names = ["self", "other"], fx.meta = #fx.dict<{"from_node" = "[{\22name\22: \22add_\22, \22target\22: \22aten.add_.Tensor\22
// CHECK: fx.output((%add, %mul)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "count">, #fx.output_spec<user_output>]} : tensor<3xf32>, tensor<3xf32>
