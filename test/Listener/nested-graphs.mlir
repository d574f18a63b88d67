// Rule 10: the scope covers every nested graph module, and the listener
// names created nodes uniquely per graph.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=greedy | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %b = fx.placeholder "b" : tensor<2xf32>
    %neg = fx.call_function aten.neg.default(%a) : (tensor<2xf32>) -> tensor<2xf32>
    %sub = fx.call_function aten.sub.Tensor(%a, %b) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %true_graph_0 = fx.get_attr @true_graph_0 : !fx.graph_module
    fx.output((%neg, %sub, %true_graph_0)) : tensor<2xf32>, tensor<2xf32>, !fx.graph_module
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xsi32>
      %sub = fx.call_function aten.sub.Tensor(%x, %x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___t", "t", "mod.T"]]>} : (tensor<4xsi32>, tensor<4xsi32>) -> tensor<4xsi32>
      fx.output(%sub) : tensor<4xsi32>
    }
  }
}

// CHECK-LABEL: fx.graph @forward
// CHECK: %neg_1 = fx.call_function aten.neg.default(%b) {{.*}} : (tensor<2xf32>) -> tensor<2xf32>
// CHECK: %add = fx.call_function aten.add.Tensor(%a, %neg_1)
// CHECK: fx.graph_module @true_graph_0
// CHECK: %neg = fx.call_function aten.neg.default(%x)
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook"
// CHECK-SAME: -> tensor<4xsi32>
// CHECK: %add = fx.call_function aten.add.Tensor(%x, %neg)
// CHECK-SAME: -> tensor<4xsi32>
