// Generic propagation: lowering fx nodes to another dialect under the
// listener keeps nn_module_stack, torch_fn and custom on the lowered ops,
// including both ops of relu's 1-to-2 lowering, under dialect conversion.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=conversion policy=replaced-op lower-to-arith=true" | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=conversion-no-rollback policy=replaced-op lower-to-arith=true" | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<4xf32>
    %b = fx.placeholder "b" : tensor<4xf32>
    %add = fx.call_function aten.add.Tensor(%a, %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___add", "add", "mod.Add"]]>, fx.torch_fn = #fx.torch_fn<"add_0", "builtin_function_or_method.add">} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %relu = fx.call_function aten.relu.default(%add) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>, fx.custom = #fx.dict<{"quantize" = false}>} : (tensor<4xf32>) -> tensor<4xf32>
    fx.output(%relu) : tensor<4xf32>
  }
}

// CHECK:      %[[ADD:.*]] = arith.addf %a, %b
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___add", "add", "mod.Add"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"add_0", "builtin_function_or_method.add">
// CHECK:      %[[ZERO:.*]] = arith.constant
// CHECK-SAME:   fx.custom = #fx.dict<{"quantize" = false}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>
// CHECK:      arith.maximumf %[[ADD]], %[[ZERO]]
// CHECK-SAME:   fx.custom = #fx.dict<{"quantize" = false}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>
// CHECK-NOT:  fx.call_function
