// The run_decompositions rule: every node a rewrite creates inherits
// nn_module_stack, torch_fn, custom and the stack trace of the node it
// replaces, under every driver.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=greedy policy=replaced-op" --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=op-greedy policy=replaced-op" --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=walk policy=replaced-op" --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=conversion policy=replaced-op" --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=conversion-no-rollback policy=replaced-op" --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=rewriter policy=replaced-op" --mlir-print-debuginfo | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___a", "a", "mod.A"]]>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %sub = fx.call_function aten.sub.Tensor(%x, %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___s", "s", "mod.S"]]>, fx.torch_fn = #fx.torch_fn<"sub_0", "builtin_function_or_method.sub">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc(#trace)
    fx.output(%sub) : tensor<2x3xf32>
  }
}
#trace = loc(fused<"return a - b">["forward"("model.py":3:0)])

// CHECK:      %neg = fx.call_function aten.neg.default(%b)
// CHECK-SAME:   fx.custom = #fx.dict<{"k" = 1 : i64}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___s", "s", "mod.S"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"sub_0", "builtin_function_or_method.sub">
// CHECK-SAME:   -> tensor<3xf32> loc(fused<"return a - b">["forward"("model.py":3:0)])
// CHECK:      %add = fx.call_function aten.add.Tensor(%x, %neg)
// CHECK-SAME:   fx.custom = #fx.dict<{"k" = 1 : i64}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___s", "s", "mod.S"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"sub_0", "builtin_function_or_method.sub">
// CHECK-SAME:   -> tensor<2x3xf32> loc(fused<"return a - b">["forward"("model.py":3:0)])

// A root with none of the keys (a graph traced without module context):
// PyTorch 2.13's run_decompositions gives its nodes an empty nn_module_stack
// (not the hook's sentinel), the torch_fn of the root's target and no custom.
fx.graph_module @NoMetadata {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %sub = fx.call_function aten.sub.Tensor(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    fx.output(%sub) : tensor<2x3xf32>
  }
}

// CHECK-LABEL: fx.graph_module @NoMetadata
// CHECK:      %neg = fx.call_function aten.neg.default(%b)
// CHECK-SAME:   {fx.nn_module_stack = #fx.nn_module_stack<[]>, fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK:      %add = fx.call_function aten.add.Tensor(%a, %neg)
// CHECK-SAME:   {fx.nn_module_stack = #fx.nn_module_stack<[]>, fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
