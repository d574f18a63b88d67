// Rule 4: metadata given to the scope is written first and wins over
// inherited values; the explicit stack trace becomes the location (and
// nothing else's trace is inherited, rule 9).
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener='driver=greedy explicit={fx.nn_module_stack = #fx.nn_module_stack<[["L__self___e", "e", "mod.E"]]>, fx.custom = #fx.dict<{"pass" = "mine"}>} explicit-stack-trace={File "pass.py", line 9, in run\n    graph.create_node()\n}' --mlir-print-debuginfo | FileCheck %s
// Under the replaced-op policy too.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener='driver=walk policy=replaced-op explicit={fx.custom = #fx.dict<{"pass" = "mine"}>}' --mlir-print-debuginfo | FileCheck %s --check-prefix=REPLACED

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___a", "a", "mod.A"]]>, fx.custom = #fx.dict<{"tag" = "from-x"}>} : (tensor<2xf32>) -> tensor<2xf32> loc(#x)
    %sub = fx.call_function aten.sub.Tensor(%x, %x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___s", "s", "mod.S"]]>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc(#x)
    %s = fx.call_function test.scalar() : () -> tensor<f32>
    fx.output((%sub, %s)) : tensor<2xf32>, tensor<f32>
  }
}
#x = loc(fused<"x = relu(a)">["forward"("model.py":2:0)])

// CHECK:      %add = fx.call_function aten.add.Tensor(%x, %neg)
// CHECK-SAME:   fx.custom = #fx.dict<{"pass" = "mine"}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___e", "e", "mod.E"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">
// CHECK-SAME:   loc(fused<"graph.create_node()">["run"("pass.py":9:0)])
// A node without node arguments inherits nothing (rule 5) but still gets
// the explicit metadata, which the hook writes first: no torch_fn.
// CHECK:      %scalar_tensor = fx.call_function aten.scalar_tensor.default(1.5)
// CHECK-SAME:   {fx.custom = #fx.dict<{"pass" = "mine"}>, fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___e", "e", "mod.E"]]>} : () -> tensor<f32> loc(fused<"graph.create_node()">["run"("pass.py":9:0)])

// REPLACED:      %add = fx.call_function aten.add.Tensor(%x, %neg)
// REPLACED-SAME:   fx.custom = #fx.dict<{"pass" = "mine"}>
// REPLACED-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___s", "s", "mod.S"]]>
