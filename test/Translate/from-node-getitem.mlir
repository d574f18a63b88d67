// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A multi-output node's getitem nodes are not in the program JSON: the
// reader makes them, and gives each the node's metadata, from_node included,
// as torch.export's deserializer does (generate_getitem updates each getitem's
// meta with the node's).
// RUN: fx-translate --export-pt2-json %s | fx-translate --import-pt2-json | FileCheck %s
// CHECK: #[[SOURCE:node_source[0-9]*]] = #fx.node_source<name = "amax", target = "aten.max.dim", graph_id = 0, pass_name = "p", action = "create", from_node = []>
// CHECK: %max = fx.call_function aten.max.dim(%x, 1) {{{.*}}fx.from_node = [#[[SOURCE]]]}
// CHECK-NEXT: %values = fx.call_function operator.getitem(%max, 0) {fx.from_node = [#[[SOURCE]]]}
// CHECK-NEXT: %indices = fx.call_function operator.getitem(%max, 1) {fx.from_node = [#[[SOURCE]]]}

fx.graph_module @m {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2x3xf32>
    %max = fx.call_function aten.max.dim(%x, 1) {fx.from_node = [#fx.node_source<name = "amax", target = "aten.max.dim", graph_id = 0, pass_name = "p", action = "create", from_node = []>]} : (tensor<2x3xf32>) -> tuple<tensor<2xf32>, tensor<2xsi64>>
    %values = fx.call_function operator.getitem(%max, 0) : (tuple<tensor<2xf32>, tensor<2xsi64>>) -> tensor<2xf32>
    %indices = fx.call_function operator.getitem(%max, 1) : (tuple<tensor<2xf32>, tensor<2xsi64>>) -> tensor<2xsi64>
    fx.output((%values, %indices)) {fx.output_specs = [#fx.output_spec<user_output>, #fx.output_spec<user_output>]} : tensor<2xf32>, tensor<2xsi64>
  }
}
