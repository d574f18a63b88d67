// fx-decompose over a graph module with a nested graph module (one listener
// for the whole input), decompositions of created nodes (linear -> t + addmm
// -> permute + mm + add, as run_decompositions retraces with the whole
// table), and op selection.
// RUN: fx-opt %s --fx-decompose=ops=all --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO
// RUN: fx-opt %s --fx-decompose="ops=all policy=first-argument" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA
// RUN: fx-opt %s --fx-decompose=ops=aten.silu.default,aten.linear.default --fx-verify-metadata \
// RUN:   | FileCheck %s --check-prefix=SEL

fx.graph_module @M {
  fx.module_attr parameter @fc.weight : tensor<10x4xf32>
  fx.module_attr parameter @fc.bias : tensor<10xf32>
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %w = fx.get_attr @fc.weight : tensor<10x4xf32>
    %b = fx.get_attr @fc.bias : tensor<10xf32>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x4xf32>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<2x10xf32> loc(fused<"return self.fc(x)">["forward"("model.py":7:0)])
    %gelu = fx.call_function aten.gelu.default(%linear) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "torch.nn.modules.activation.GELU"]]>, fx.torch_fn = #fx.torch_fn<"gelu_0", "builtin_function_or_method.gelu">} : (tensor<2x10xf32>) -> tensor<2x10xf32>
    fx.output(%gelu) : tensor<2x10xf32>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %y = fx.placeholder "y" : tensor<3xf32>
      %silu = fx.call_function aten.silu.default(%y) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___sub", "sub", "mod.Sub"]]>, fx.torch_fn = #fx.torch_fn<"silu_0", "function.silu">, fx.custom = #fx.dict<{"c" = "nested"}>} : (tensor<3xf32>) -> tensor<3xf32> loc(fused<"return F.silu(y)">["forward"("sub.py":3:0)])
      fx.output(%silu) : tensor<3xf32>
    }
  }
}

// Under replaced-op, the nodes that replace t and addmm inherit what those
// inherited from linear. Under both policies their provenance (on by
// default) names linear, not the t and addmm in between, which
// run_decompositions' retrace never makes; the nested graph's nodes name
// silu in graph 1.
// CHECK-LABEL: fx.graph_module @M
// CHECK:      %permute = fx.call_function aten.permute.default(%w, [1, 0])
// RO-SAME:    {fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.original_aten = #fx.operator<"aten.t.default">, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">}
// FA-SAME:    {fx.custom = #fx.dict<{}>, fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>, fx.torch_fn = #fx.torch_fn<"permute.default_0", "OpOverload.permute.default">}
// CHECK-SAME: : (tensor<10x4xf32>) -> tensor<4x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":7:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mm = fx.call_function aten.mm.default(%x, %permute)
// RO-SAME:    {fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.original_aten = #fx.operator<"aten.addmm.default">, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">}
// FA-SAME:    {fx.custom = #fx.dict<{}>, fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>, fx.torch_fn = #fx.torch_fn<"mm.default_0", "OpOverload.mm.default">}
// CHECK-SAME: : (tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":7:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %add = fx.call_function aten.add.Tensor(%mm, %b)
// RO-SAME:    {fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.original_aten = #fx.operator<"aten.addmm.default">, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">}
// FA-SAME:    {fx.custom = #fx.dict<{}>, fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>, fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x10xf32>, tensor<10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":7:0)])
// FA-SAME:    loc(unknown)

// gelu has no custom and no stack trace: replaced-op leaves custom out (as
// run_decompositions does) and keeps its (file) location; the first-argument
// rule inherits add's (empty) metadata.
// CHECK:      %mul = fx.call_function aten.mul.Tensor(%add, 0.5)
// RO-SAME:    {fx.from_node = [#fx.node_source<name = "gelu", target = "aten.gelu.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___act", "act", "torch.nn.modules.activation.GELU"]]>, fx.original_aten = #fx.operator<"aten.gelu.default">, fx.torch_fn = #fx.torch_fn<"gelu_0", "builtin_function_or_method.gelu">}
// FA-SAME:    {fx.custom = #fx.dict<{}>, fx.from_node = [#fx.node_source<name = "gelu", target = "aten.gelu.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>, fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc("{{.*}}decompose-nested.mlir":{{[0-9]+}}:{{[0-9]+}})
// FA-SAME:    loc(unknown)
// CHECK:      %erf = fx.call_function aten.erf.default
// CHECK:      fx.output(%mul_2) : tensor<2x10xf32>

// The nested graph module's nodes are decomposed under the same listener.
// CHECK-LABEL: fx.graph_module @true_graph_0
// CHECK:      %sigmoid = fx.call_function aten.sigmoid.default(%y)
// RO-SAME:    {fx.custom = #fx.dict<{"c" = "nested"}>, fx.from_node = [#fx.node_source<name = "silu", target = "aten.silu.default", graph_id = 1, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___sub", "sub", "mod.Sub"]]>, fx.original_aten = #fx.operator<"aten.silu.default">, fx.torch_fn = #fx.torch_fn<"silu_0", "function.silu">}
// FA-SAME:    {fx.custom = #fx.dict<{}>, fx.from_node = [#fx.node_source<name = "silu", target = "aten.silu.default", graph_id = 1, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>, fx.torch_fn = #fx.torch_fn<"sigmoid.default_0", "OpOverload.sigmoid.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"return F.silu(y)">["forward"("sub.py":3:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul = fx.call_function aten.mul.Tensor(%y, %sigmoid)
// RO-SAME:    {fx.custom = #fx.dict<{"c" = "nested"}>, fx.from_node = [#fx.node_source<name = "silu", target = "aten.silu.default", graph_id = 1, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___sub", "sub", "mod.Sub"]]>, fx.original_aten = #fx.operator<"aten.silu.default">, fx.torch_fn = #fx.torch_fn<"silu_0", "function.silu">}
// FA-SAME:    {fx.custom = #fx.dict<{}>, fx.from_node = [#fx.node_source<name = "silu", target = "aten.silu.default", graph_id = 1, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>, fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"return F.silu(y)">["forward"("sub.py":3:0)])
// FA-SAME:    loc(unknown)
// CHECK:      fx.output(%mul) : tensor<3xf32>

// ops= decomposes only the listed ops: linear's t and addmm stay, so does
// gelu.
// SEL-LABEL: fx.graph_module @M
// SEL:       %t = fx.call_function aten.t.default(%w)
// SEL:       %addmm = fx.call_function aten.addmm.default(%b, %x, %t)
// SEL:       %gelu = fx.call_function aten.gelu.default(%addmm)
// SEL-LABEL: fx.graph_module @true_graph_0
// SEL:       %sigmoid = fx.call_function aten.sigmoid.default(%y)
// SEL:       %mul = fx.call_function aten.mul.Tensor(%y, %sigmoid)
