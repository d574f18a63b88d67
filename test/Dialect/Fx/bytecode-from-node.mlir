// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A node's from_node property in bytecode: written entry by entry, nested
// histories included, under the fx dialect's bytecode version, and read back
// as text gives it.
// RUN: fx-opt %s --emit-bytecode -o %t.mlirbc
// RUN: fx-opt %t.mlirbc > %t.from-bytecode
// RUN: fx-opt %s > %t.from-text
// RUN: diff -u %t.from-text %t.from-bytecode
// RUN: FileCheck %s --input-file=%t.from-bytecode
// The entries are not written as #fx.node_source attributes.
// RUN: not grep -a -e "node_source" %t.mlirbc
//
// A file without an fx dialect version (this input, written by the fx-opt of
// session 18 from test/Translate/from-node.mlir) held from_node as the
// discardable attribute fx.from_node: it reads, but does not verify.
// RUN: not fx-opt %S/Inputs/from-node-attribute.mlirbc 2>&1 | FileCheck %s --check-prefix=OLD
// OLD: error: 'fx.from_node' is only valid as the from_node property of an fx node
// OLD: note: {{.*}}; fx bytecode without a dialect version (written before from_node was a property) held it as this attribute: write such a file again from its source

// CHECK-LABEL: fx.graph_module @m
// CHECK: %x = fx.placeholder "x" {fx.from_node = []}
// CHECK: %r = fx.call_function aten.relu.default(%x) {fx.from_node = [#node_source{{[0-9]*}}]}
// CHECK: %c = fx.call_function aten.clone.default(%r) : (tensor<2xf32>) -> tensor<2xf32>
// CHECK: fx.output(%c) {fx.from_node = [#node_source{{[0-9]*}}, #node_source{{[0-9]*}}]}
fx.graph_module @m {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.from_node = []} : tensor<2xf32>
    %r = fx.call_function aten.relu.default(%x) {fx.from_node = [#fx.node_source<name = "gelu", target = "aten.gelu.default", graph_id = 3, pass_name = "p", action = "replace+create", from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "q", action = "create", from_node = []>]>]} : (tensor<2xf32>) -> tensor<2xf32>
    %c = fx.call_function aten.clone.default(%r) : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%c) {fx.from_node = [#fx.node_source<name = "a", target = "t", graph_id = 0, pass_name = "p", action = "create", from_node = []>, #fx.node_source<name = "b", target = "t", graph_id = 1, pass_name = "q", action = "replace", from_node = []>]} : tensor<2xf32>
  }
}
