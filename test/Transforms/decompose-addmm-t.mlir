// fx-decompose on aten.addmm (mm, then mul by alpha unless 1, plus self or
// beta * self unless beta is 0) and aten.t (permute), under both policies
// (see decompose-linear.mlir for the prefixes).
// The metadata is spelled without provenance (provenance=false), which
// decompose-linear.mlir and print-provenance.mlir check.
// RUN: fx-opt %s --fx-decompose="ops=aten.addmm.default,aten.t.default provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO \
// RUN:     -DR='fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>' \
// RUN:     -DT='fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">'
// RUN: fx-opt %s --fx-decompose="ops=aten.addmm.default,aten.t.default policy=first-argument provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA \
// RUN:     -DP='fx.custom = #fx.dict<{"p" = 0 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>' \
// RUN:     -DE='fx.custom = #fx.dict<{}>, fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>'

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x4xf32>
    %w0 = fx.placeholder "w0" : tensor<10x4xf32>
    %v0 = fx.placeholder "v0" : tensor<7xf32>
    %wt = fx.placeholder "wt" : tensor<4x10xf32>
    %b = fx.placeholder "b" : tensor<10xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %w = fx.call_function aten.relu.default(%w0) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<10x4xf32>) -> tensor<10x4xf32>
    %v = fx.call_function aten.relu.default(%v0) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<7xf32>) -> tensor<7xf32>
    %addmm = fx.call_function aten.addmm.default(%b, %x, %wt) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<10xf32>, tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32> loc(fused<"y = f(x)">["forward"("model.py":20:0)])
    %addmm_1 = fx.call_function aten.addmm.default(%b, %x, %wt, beta = 0, alpha = 2) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<10xf32>, tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32> loc(fused<"y = f(x)">["forward"("model.py":21:0)])
    %addmm_2 = fx.call_function aten.addmm.default(%b, %x, %wt, beta = 0.5, alpha = 1.5) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<10xf32>, tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32> loc(fused<"y = f(x)">["forward"("model.py":22:0)])
    %t = fx.call_function aten.t.default(%w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<10x4xf32>) -> tensor<4x10xf32> loc(fused<"y = f(x)">["forward"("model.py":23:0)])
    %t_1 = fx.call_function aten.t.default(%v) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "builtin_function_or_method.linear">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<7xf32>) -> tensor<7xf32> loc(fused<"y = f(x)">["forward"("model.py":24:0)])
    fx.output((%addmm, %addmm_1, %addmm_2, %t, %t_1)) : tensor<2x10xf32>, tensor<2x10xf32>, tensor<2x10xf32>, tensor<4x10xf32>, tensor<7xf32>
  }
}

// beta = alpha = 1: mm + self.
// CHECK:      %mm = fx.call_function aten.mm.default(%x, %wt)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mm.default_0", "OpOverload.mm.default">}
// CHECK-SAME: : (tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":20:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %add = fx.call_function aten.add.Tensor(%mm, %b)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x10xf32>, tensor<10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":20:0)])
// FA-SAME:    loc(unknown)

// beta = 0, alpha = 2: alpha * mm, self dropped.
// CHECK:      %mm_1 = fx.call_function aten.mm.default(%x, %wt)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mm.default_0", "OpOverload.mm.default">}
// CHECK-SAME: : (tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":21:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul = fx.call_function aten.mul.Tensor(%mm_1, 2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":21:0)])
// FA-SAME:    loc(unknown)
// CHECK-NOT:  %b)

// beta = 0.5, alpha = 1.5: alpha * mm + beta * self.
// CHECK:      %mm_2 = fx.call_function aten.mm.default(%x, %wt)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mm.default_0", "OpOverload.mm.default">}
// CHECK-SAME: : (tensor<2x4xf32>, tensor<4x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":22:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_1 = fx.call_function aten.mul.Tensor(%mm_2, 1.5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":22:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_2 = fx.call_function aten.mul.Tensor(%b, 0.5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<10xf32>) -> tensor<10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":22:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %add_1 = fx.call_function aten.add.Tensor(%mul_1, %mul_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.addmm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x10xf32>, tensor<10xf32>) -> tensor<2x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":22:0)])
// FA-SAME:    loc(unknown)

// t of a 2-d and a 1-d tensor.
// CHECK:      %permute = fx.call_function aten.permute.default(%w, [1, 0])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.t.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"permute.default_0", "OpOverload.permute.default">}
// CHECK-SAME: : (tensor<10x4xf32>) -> tensor<4x10xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":23:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %permute_1 = fx.call_function aten.permute.default(%v, [0])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.t.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"permute.default_0", "OpOverload.permute.default">}
// CHECK-SAME: : (tensor<7xf32>) -> tensor<7xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":24:0)])
// FA-SAME:    loc(unknown)
// CHECK:      fx.output((%add, %mul, %add_1, %permute, %permute_1))
