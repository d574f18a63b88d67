// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=rewriter provenance=true" | FileCheck %s --check-prefixes=CHECK,FIRST
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=rewriter provenance=true policy=replaced-op" | FileCheck %s --check-prefixes=CHECK,ROOT

// A clone carries its node's from_node and keeps it, under both policies, as
// it keeps every key of its own: recorded provenance goes only to created
// nodes without one. The other created nodes get the pass's entry.
// CHECK-LABEL: fx.graph_module @M
// CHECK: %r_1 = fx.call_function aten.relu.default(%a) {{{.*}}fx.from_node = [#fx.node_source<name = "relu", target = "aten.relu.default", graph_id = 0, pass_name = "earlier", action = "create", from_node = []>]
// FIRST: %neg = fx.call_function aten.neg.default(%a) {{{.*}}fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "test-fx-listener", action = "create", from_node = []>]
// FIRST: %add = fx.call_function aten.add.Tensor(%r_1, %neg) {{{.*}}fx.from_node = [#fx.node_source<name = "s", target = "aten.sub.Tensor", graph_id = 0, pass_name = "test-fx-listener", action = "replace+create", from_node = []>]
// ROOT: %neg = fx.call_function aten.neg.default(%a) {{{.*}}fx.from_node = [#fx.node_source<name = "s", target = "aten.sub.Tensor", graph_id = 0, pass_name = "test-fx-listener", action = "create", from_node = []>]
// ROOT: %add = fx.call_function aten.add.Tensor(%r_1, %neg) {{{.*}}fx.from_node = [#fx.node_source<name = "s", target = "aten.sub.Tensor", graph_id = 0, pass_name = "test-fx-listener", action = "create", from_node = []>]
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %r = fx.call_function aten.relu.default(%a) {fx.from_node = [#fx.node_source<name = "relu", target = "aten.relu.default", graph_id = 0, pass_name = "earlier", action = "create", from_node = []>]} : (tensor<2xf32>) -> tensor<2xf32>
    %c = fx.call_function test.clone(%r) : (tensor<2xf32>) -> tensor<2xf32>
    %s = fx.call_function aten.sub.Tensor(%c, %a) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%s) : tensor<2xf32>
  }
}
