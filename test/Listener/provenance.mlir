// Provenance (PyTorch's from_node): with `provenance`, every created call
// records the pass that made it and the node it was made from, nesting that
// node's own from_node, as run_decompositions' NodeSource(node, pass,
// CREATE) does under the replaced-op policy and whenever the driver names
// the rewrite's root.
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=greedy policy=replaced-op provenance=true" | FileCheck %s --check-prefixes=CHECK,ROOT
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=walk policy=replaced-op provenance=true" | FileCheck %s --check-prefixes=CHECK,ROOT
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=conversion policy=replaced-op provenance=true" | FileCheck %s --check-prefixes=CHECK,ROOT
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=greedy provenance=true" | FileCheck %s --check-prefixes=CHECK,ROOT
//
// Under the first-argument policy without pattern begins (a walk), a created
// node has no known source until it replaces one: then, as PyTorch's
// GraphTransformObserver records, action replace+create names the replaced
// node; the other created nodes keep NodeSource(None, pass, create).
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=walk provenance=true" | FileCheck %s --check-prefixes=CHECK,WALK
//
// Off by default, and with provenance=false.
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=greedy policy=replaced-op" | FileCheck %s --check-prefix=OFF
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=greedy policy=replaced-op provenance=false" | FileCheck %s --check-prefix=OFF

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %sub = fx.call_function aten.sub.Tensor(%a, %b) {fx.from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 7, pass_name = "ExportedProgram.module()", action = "create", from_node = []>]} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    fx.output(%sub) : tensor<2x3xf32>
  }
}

// CHECK-LABEL: fx.graph_module @M
// ROOT:      %neg = fx.call_function aten.neg.default(%b) {{{.*}}fx.from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 0, pass_name = "test-fx-listener", action = "create", from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 7, pass_name = "ExportedProgram.module()", action = "create", from_node = []>]>]
// ROOT:      %add = fx.call_function aten.add.Tensor(%a, %neg) {{{.*}}fx.from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 0, pass_name = "test-fx-listener", action = "create", from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 7,
// WALK:      %neg = fx.call_function aten.neg.default(%b) {{{.*}}fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "test-fx-listener", action = "create", from_node = []>]
// WALK:      %add = fx.call_function aten.add.Tensor(%a, %neg) {{{.*}}fx.from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 0, pass_name = "test-fx-listener", action = "replace+create", from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 7,
// OFF-LABEL: fx.graph_module @M
// OFF:       %neg = fx.call_function aten.neg.default(%b)
// OFF-SAME:  fx.from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 7, pass_name = "ExportedProgram.module()"
// OFF-NOT:   test-fx-listener

// -----

// Graph ids number the graphs under the pass's root in walk order.
fx.graph_module @One {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<3xf32>
    fx.output(%a) : tensor<3xf32>
  }
}
fx.graph_module @Two {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %s = fx.call_function aten.sub.Tensor(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    fx.output(%s) : tensor<3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @Two
// ROOT: %neg = fx.call_function aten.neg.default(%b) {{{.*}}fx.from_node = [#fx.node_source<name = "s", target = "aten.sub.Tensor", graph_id = 1, pass_name = "test-fx-listener", action = "create", from_node = []>]
// OFF-LABEL: fx.graph_module @Two
// OFF-NOT: fx.from_node
