// RUN: fx-opt %s -fx-replace-set-grad-with-subgraph --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt %s -fx-replace-set-grad-with-subgraph -fx-verify-metadata=keys=fx.nn_module_stack,fx.torch_fn,fx.custom -o /dev/null
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir -fx-replace-set-grad-with-subgraph -fx-verify-metadata -o /dev/null

// replace_set_grad_with_hop_pass: the nodes between _set_grad_enabled(False)
// and (True) move into @submod_1 (the second partition of sequential_split),
// called through wrap_with_set_grad_enabled; getitems take the names and
// metadata of the values they stand for. Expected types by hand: the call
// returns the tuple of the outlined outputs.

#nnms_g = #fx.nn_module_stack<[["L__self___g", "g", "mod.G"]]>
#nnms_m = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %y = fx.placeholder "y" : tensor<2xf32>
    fx.call_function torch._C._set_grad_enabled(False) {name = "_set_grad_enabled", fx.nn_module_stack = #nnms_g, fx.torch_fn = #fx.torch_fn<"_set_grad_enabled_1", "builtin_function_or_method._set_grad_enabled">, fx.custom = #fx.dict<{}>} : () -> ()
    %sin = fx.call_function aten.sin.default(%x) {fx.nn_module_stack = #nnms_m, fx.torch_fn = #fx.torch_fn<"sin_1", "OpOverload.sin.default">, fx.custom = #fx.dict<{"k" = "sin"}>} : (tensor<2xf32>) -> tensor<2xf32> loc("forward"("model.py":4:0))
    %add = fx.call_function aten.add.Tensor(%sin, %y) {fx.nn_module_stack = #nnms_m, fx.torch_fn = #fx.torch_fn<"add_1", "OpOverload.add.Tensor">, fx.custom = #fx.dict<{"k" = "add"}>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc("forward"("model.py":5:0))
    fx.call_function torch._C._set_grad_enabled(True) {name = "_set_grad_enabled_1", fx.nn_module_stack = #nnms_g, fx.torch_fn = #fx.torch_fn<"_set_grad_enabled_2", "builtin_function_or_method._set_grad_enabled">, fx.custom = #fx.dict<{}>} : () -> ()
    %mul = fx.call_function aten.mul.Tensor(%add, %sin) {fx.nn_module_stack = #nnms_m, fx.torch_fn = #fx.torch_fn<"mul_1", "OpOverload.mul.Tensor">, fx.custom = #fx.dict<{}>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %true_graph_0 = fx.get_attr @true_graph_0 : !fx.graph_module
    fx.output((%mul, %true_graph_0)) : tensor<2xf32>, !fx.graph_module
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %z = fx.placeholder "z" : tensor<3xf32>
      fx.call_function torch._C._set_grad_enabled(False) {name = "_set_grad_enabled", fx.nn_module_stack = #nnms_g, fx.torch_fn = #fx.torch_fn<"_set_grad_enabled_1", "builtin_function_or_method._set_grad_enabled">, fx.custom = #fx.dict<{}>} : () -> ()
      %neg = fx.call_function aten.neg.default(%z) {fx.nn_module_stack = #nnms_m, fx.torch_fn = #fx.torch_fn<"neg_1", "OpOverload.neg.default">, fx.custom = #fx.dict<{}>} : (tensor<3xf32>) -> tensor<3xf32>
      fx.call_function torch._C._set_grad_enabled(True) {name = "_set_grad_enabled_1", fx.nn_module_stack = #nnms_g, fx.torch_fn = #fx.torch_fn<"_set_grad_enabled_2", "builtin_function_or_method._set_grad_enabled">, fx.custom = #fx.dict<{}>} : () -> ()
      fx.output(%neg) : tensor<3xf32>
    }
  }
}

// CHECK-LABEL: fx.graph @forward
// CHECK-NEXT: %x = fx.placeholder "x"
// CHECK-NEXT: %y = fx.placeholder "y"
// CHECK-NEXT: %submod_1 = fx.get_attr @submod_1 {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___g", "g", "mod.G"]]>} : !fx.graph_module
// CHECK-NEXT: %wrap_with_set_grad_enabled = fx.call_function higher_order.wrap_with_set_grad_enabled(False, %submod_1, %x, %y)
// CHECK-SAME: fx.custom = #fx.dict<{}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___g", "g", "mod.G"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"wrap_with_set_grad_enabled_0", "WrapWithSetGradEnabled.wrap_with_set_grad_enabled">
// CHECK-SAME: : (!fx.graph_module, tensor<2xf32>, tensor<2xf32>) -> tuple<tensor<2xf32>, tensor<2xf32>>
// CHECK-NEXT: %add = fx.call_function operator.getitem(%wrap_with_set_grad_enabled, 0)
// CHECK-SAME: fx.custom = #fx.dict<{"k" = "add"}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___m", "m", "mod.M"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"add_1", "OpOverload.add.Tensor">
// CHECK-SAME: : (tuple<tensor<2xf32>, tensor<2xf32>>) -> tensor<2xf32> loc([[ADD_LOC:#loc[0-9]*]])
// CHECK-NEXT: %sin = fx.call_function operator.getitem(%wrap_with_set_grad_enabled, 1)
// CHECK-SAME: fx.custom = #fx.dict<{"k" = "sin"}>
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%add, %sin)
// CHECK-NOT: _set_grad_enabled
// CHECK: fx.graph_module @true_graph_0
// CHECK: %submod_1 = fx.get_attr @submod_1
// CHECK-NEXT: %wrap_with_set_grad_enabled = fx.call_function higher_order.wrap_with_set_grad_enabled(False, %submod_1, %z) {{.*}} -> tuple<tensor<3xf32>>
// CHECK-NEXT: %neg = fx.call_function operator.getitem(%wrap_with_set_grad_enabled, 0)
// CHECK-NEXT: fx.output(%neg)
// CHECK: fx.graph_module @submod_1
// CHECK-NEXT: fx.graph @forward
// CHECK-NEXT: %z = fx.placeholder "z" : tensor<3xf32>
// CHECK-NEXT: %neg = fx.call_function aten.neg.default(%z)
// CHECK-NEXT: fx.output((%neg,)) : tensor<3xf32>
// CHECK: fx.graph_module @submod_1
// CHECK-NEXT: fx.graph @forward
// CHECK-NEXT: %x = fx.placeholder "x" : tensor<2xf32>
// CHECK-NEXT: %y = fx.placeholder "y" : tensor<2xf32>
// CHECK-NEXT: %sin = fx.call_function aten.sin.default(%x)
// CHECK-SAME: fx.custom = #fx.dict<{"k" = "sin"}>
// CHECK-SAME: loc([[SIN_LOC:#loc[0-9]*]])
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%sin, %y)
// CHECK-NEXT: fx.output((%add, %sin)) : tensor<2xf32>, tensor<2xf32>
// CHECK-DAG: [[LINE5:#loc[0-9]*]] = loc("model.py":5:0)
// CHECK-DAG: [[LINE4:#loc[0-9]*]] = loc("model.py":4:0)
// CHECK-DAG: [[ADD_LOC]] = loc("forward"([[LINE5]]))
// CHECK-DAG: [[SIN_LOC]] = loc("forward"([[LINE4]]))
