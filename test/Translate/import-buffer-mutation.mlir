// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/buffer_mutation.pt2 --mlir-print-local-scope | FileCheck %s

// self.count.add_(x); return x * self.count, functionalized
// (run_decompositions). PyTorch: b_count: BUFFER target='count'
// persistent=True; outputs add: BUFFER_MUTATION target='count', mul:
// USER_OUTPUT. from_node as run_decompositions() recorded it: created by the
// retrace from add_, itself created by ExportedProgram.module().

// CHECK-LABEL: fx.graph_module @model
// CHECK: fx.module_attr buffer @count : tensor<3xf32> = dense_resource<count>
// CHECK: %b_count = fx.placeholder "b_count" {fx.input_spec = #fx.input_spec<buffer, "count">} : tensor<3xf32>
// CHECK: %add = fx.call_function aten.add.Tensor(%b_count, %x) {fx.arg_names = ["self", "other"], fx.from_node = [#fx.node_source<name = "add_", target = "aten.add_.Tensor", graph_id = {{[0-9]+}}, pass_name = "Interpreter_PropagateUnbackedSymInts", action = "create", from_node = [#fx.node_source<name = "add_", target = "aten.add_.Tensor", graph_id = {{[0-9]+}}, pass_name = "ExportedProgram.module()", action = "create", from_node = []>]>]
// CHECK: fx.output((%add, %mul)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "count">, #fx.output_spec<user_output>]} : tensor<3xf32>, tensor<3xf32>
