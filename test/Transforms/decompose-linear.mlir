// fx-decompose on aten.linear: t + addmm for a 2-d input with bias, t +
// matmul without (as ATen's linear: decomposing matmul makes it mm); view + t + addmm + view for a contiguous 3-d input with bias, t +
// matmul without; symbolic batch sizes. Created
// nodes inherit the linear node's metadata and stack trace (replaced-op, RO)
// or follow the node-metadata hook (first-argument, FA): nn_module_stack and
// custom from the first node argument (the sentinel and {} for a placeholder
// or get_attr), torch_fn from their own target, no stack trace.
// The default selection stops at Core ATen, as run_decompositions() does
// (PyTorch 2.13 lowers linear of a 2-d input with bias to permute + addmm):
// t becomes permute, addmm stays.
// RUN: fx-opt %s --fx-decompose | FileCheck %s --check-prefix=DEFAULT
// DEFAULT:      %permute = fx.call_function aten.permute.default(%w, [1, 0])
// DEFAULT-NEXT: %addmm = fx.call_function aten.addmm.default(%b, %x, %permute)
// RUN: fx-opt %s --fx-decompose="ops=aten.linear.default provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO \
// RUN:     -DR='fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>'
// RUN: fx-opt %s --fx-decompose="ops=aten.linear.default policy=first-argument provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA \
// RUN:     -DP='fx.custom = #fx.dict<{"p" = 0 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>' \
// RUN:     -DE='fx.custom = #fx.dict<{}>, fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>'
// Provenance, on by default: under either policy each node made of a linear
// node names it in from_node, as run_decompositions records
// (NodeSource(linear, pass, create); linear has no from_node of its own).
// RUN: fx-opt %s --fx-decompose=ops=aten.linear.default --mlir-print-local-scope | FileCheck %s --check-prefix=PROV
// RUN: fx-opt %s --fx-decompose="ops=aten.linear.default policy=first-argument" --mlir-print-local-scope | FileCheck %s --check-prefix=PROV
// PROV:      %t = fx.call_function aten.t.default(%w) {{{.*}}fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack
// PROV-NEXT: %addmm = fx.call_function aten.addmm.default(%b, %x, %t) {{{.*}}fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack
// PROV-NEXT: %t_1 = fx.call_function aten.t.default(%w) {{{.*}}fx.from_node = [#fx.node_source<name = "linear_1", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack

fx.graph_module @M {
  fx.module_attr parameter @fc.weight : tensor<10x4xf32>
  fx.module_attr parameter @fc.bias : tensor<10xf32>
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x4xf32>
    %a3 = fx.placeholder "a3" : tensor<5x2x4xf32>
    %as = fx.placeholder "as" : tensor<?x4xf32, #fx.dims<[s0]>>
    %w = fx.get_attr @fc.weight : tensor<10x4xf32>
    %b = fx.get_attr @fc.bias : tensor<10xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %x3 = fx.call_function aten.relu.default(%a3) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<5x2x4xf32>) -> tensor<5x2x4xf32>
    %xs = fx.call_function aten.relu.default(%as) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<?x4xf32, #fx.dims<[s0]>>) -> tensor<?x4xf32, #fx.dims<[s0]>>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x4xf32>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<2x10xf32> loc(#l0)
    %linear_1 = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_1", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x4xf32>, tensor<10x4xf32>) -> tensor<2x10xf32> loc(#l1)
    %linear_2 = fx.call_function aten.linear.default(%x3, %w, %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_2", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<5x2x4xf32>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<5x2x10xf32> loc(#l2)
    %linear_3 = fx.call_function aten.linear.default(%x3, %w, None) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_3", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<5x2x4xf32>, tensor<10x4xf32>) -> tensor<5x2x10xf32> loc(#l3)
    %linear_4 = fx.call_function aten.linear.default(%xs, %w, bias = %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_4", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<?x4xf32, #fx.dims<[s0]>>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<?x10xf32, #fx.dims<[s0]>> loc(#l4)
    fx.output((%linear, %linear_1, %linear_2, %linear_3, %linear_4)) : tensor<2x10xf32>, tensor<2x10xf32>, tensor<5x2x10xf32>, tensor<5x2x10xf32>, tensor<?x10xf32, #fx.dims<[s0]>>
  }
}
#l0 = loc(fused<"return self.fc(x)">["forward"("model.py":10:0)])
#l1 = loc(fused<"return self.fc(x)">["forward"("model.py":11:0)])
#l2 = loc(fused<"return self.fc(x)">["forward"("model.py":12:0)])
#l3 = loc(fused<"return self.fc(x)">["forward"("model.py":13:0)])
#l4 = loc(fused<"return self.fc(x)">["forward"("model.py":14:0)])

// CHECK-NOT: aten.linear.default
// 2-d input with bias: addmm(bias, input, weight.t()).
// CHECK:      %t = fx.call_function aten.t.default(%w)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.t.default">, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"t.default_0", "OpOverload.t.default">}
// CHECK-SAME: : (tensor<10x4xf32>) -> tensor<4x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":10:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %addmm = fx.call_function aten.addmm.default(%b, %x, %t)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"addmm.default_0", "OpOverload.addmm.default">}
// CHECK-SAME: : (tensor<10xf32>, tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":10:0)])
// FA-SAME:    loc(unknown)

// 2-d input without bias: input @ weight.t(), a matmul.
// CHECK:      %t_1 = fx.call_function aten.t.default(%w)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.t.default">, fx.torch_fn = #fx.torch_fn<"linear_1", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"t.default_0", "OpOverload.t.default">}
// CHECK-SAME: : (tensor<10x4xf32>) -> tensor<4x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":11:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %matmul = fx.call_function aten.matmul.default(%x, %t_1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.matmul.default">, fx.torch_fn = #fx.torch_fn<"linear_1", "builtin_function_or_method.linear">}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"matmul.default_0", "OpOverload.matmul.default">}
// CHECK-SAME: : (tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":11:0)])
// FA-SAME:    loc(unknown)

// 3-d contiguous input with a 1-d bias: ATen's _flatten_nd_linear, as
// PyTorch 2.13 decomposes it: view as [10, 4], t, addmm, view back.
// CHECK:      %view = fx.call_function aten.view.default(%x3, [10, 4])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.view.default">, fx.torch_fn = #fx.torch_fn<"linear_2", "builtin_function_or_method.linear">}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<5x2x4xf32>) -> tensor<10x4xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":12:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %t_2 = fx.call_function aten.t.default(%w)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.t.default">, fx.torch_fn = #fx.torch_fn<"linear_2", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"t.default_0", "OpOverload.t.default">}
// CHECK-SAME: : (tensor<10x4xf32>) -> tensor<4x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":12:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %addmm_1 = fx.call_function aten.addmm.default(%b, %view, %t_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, fx.torch_fn = #fx.torch_fn<"linear_2", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"addmm.default_0", "OpOverload.addmm.default">}
// CHECK-SAME: : (tensor<10xf32>, tensor<10x4xf32>, tensor<4x10xf32>) -> tensor<10x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":12:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_1 = fx.call_function aten.view.default(%addmm_1, [5, 2, 10])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.view.default">, fx.torch_fn = #fx.torch_fn<"linear_2", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<10x10xf32>) -> tensor<5x2x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":12:0)])
// FA-SAME:    loc(unknown)

// 3-d input, bias None: matmul only.
// CHECK:      %t_3 = fx.call_function aten.t.default(%w)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.t.default">, fx.torch_fn = #fx.torch_fn<"linear_3", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"t.default_0", "OpOverload.t.default">}
// CHECK-SAME: : (tensor<10x4xf32>) -> tensor<4x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":13:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %matmul_1 = fx.call_function aten.matmul.default(%x3, %t_3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.matmul.default">, fx.torch_fn = #fx.torch_fn<"linear_3", "builtin_function_or_method.linear">}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"matmul.default_0", "OpOverload.matmul.default">}
// CHECK-SAME: : (tensor<5x2x4xf32>, tensor<4x10xf32>) -> tensor<5x2x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":13:0)])
// FA-SAME:    loc(unknown)

// A symbolic batch size (bias given as a kwarg).
// CHECK:      %t_4 = fx.call_function aten.t.default(%w)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.t.default">, fx.torch_fn = #fx.torch_fn<"linear_4", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"t.default_0", "OpOverload.t.default">}
// CHECK-SAME: : (tensor<10x4xf32>) -> tensor<4x10xf32>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":14:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %addmm_2 = fx.call_function aten.addmm.default(%b, %xs, %t_4)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, fx.torch_fn = #fx.torch_fn<"linear_4", "builtin_function_or_method.linear">}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"addmm.default_0", "OpOverload.addmm.default">}
// CHECK-SAME: : (tensor<10xf32>, tensor<?x4xf32, #fx.dims<[s0]>>, tensor<4x10xf32>) -> tensor<?x10xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"return self.fc(x)">["forward"("model.py":14:0)])
// FA-SAME:    loc(unknown)

// CHECK:      fx.output((%addmm, %matmul, %view_1, %matmul_1, %addmm_2))
