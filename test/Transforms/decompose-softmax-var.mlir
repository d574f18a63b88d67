// fx-decompose on _softmax / _log_softmax (amax, sub, exp, sum, div / log;
// float16 computed in float32) and var / std (mean, sub, mul, sum, div by the
// corrected element count, a SymInt expression for symbolic sizes; std takes
// the sqrt), under both policies (see decompose-linear.mlir for the prefixes).
// The metadata is spelled without provenance (provenance=false), which
// decompose-linear.mlir and print-provenance.mlir check.
// RUN: fx-opt %s --fx-decompose="ops=all provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO \
// RUN:     -DR='fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>' \
// RUN:     -DT='fx.torch_fn = #fx.torch_fn<"f_0", "function.f">'
// RUN: fx-opt %s --fx-decompose="ops=all policy=first-argument provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA \
// RUN:     -DP='fx.custom = #fx.dict<{"p" = 0 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>'

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %ah = fx.placeholder "ah" : tensor<2x3xf16>
    %as = fx.placeholder "as" : tensor<?x3xf32, #fx.dims<[s0]>>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %xh = fx.call_function aten.relu.default(%ah) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x3xf16>) -> tensor<2x3xf16>
    %xs = fx.call_function aten.relu.default(%as) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<?x3xf32, #fx.dims<[s0]>>
    %sm = fx.call_function aten._softmax.default(%x, 1, False) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":50:0)])
    %lsm = fx.call_function aten._log_softmax.default(%x, -1, False) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":51:0)])
    %smh = fx.call_function aten._softmax.default(%xh, 1, False) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf16>) -> tensor<2x3xf16> loc(fused<"y = f(x)">["forward"("model.py":52:0)])
    %smf = fx.call_function aten._softmax.default(%xh, 0, True) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf16>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":53:0)])
    %var = fx.call_function aten.var.correction(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<f32> loc(fused<"y = f(x)">["forward"("model.py":54:0)])
    %var_1 = fx.call_function aten.var.dim(%x, [0], False, True) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<1x3xf32> loc(fused<"y = f(x)">["forward"("model.py":55:0)])
    %std = fx.call_function aten.std.correction(%xs, [0], correction = 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<3xf32> loc(fused<"y = f(x)">["forward"("model.py":56:0)])
    %std_1 = fx.call_function aten.std.dim(%x, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2xf32> loc(fused<"y = f(x)">["forward"("model.py":57:0)])
    %var_2 = fx.call_function aten.var.correction(%x, [0, 1], correction = 0.5) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<f32> loc(fused<"y = f(x)">["forward"("model.py":58:0)])
    %var_3 = fx.call_function aten.var.correction(%xs, [0, 1]) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<f32> loc(fused<"y = f(x)">["forward"("model.py":59:0)])
    fx.output((%sm, %lsm, %smh, %smf, %var, %var_1, %std, %std_1, %var_2, %var_3)) : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf16>, tensor<2x3xf32>, tensor<f32>, tensor<1x3xf32>, tensor<3xf32>, tensor<2xf32>, tensor<f32>, tensor<f32>
  }
}


// _softmax: exp(x - amax) / sum.
// CHECK:      %amax = fx.call_function aten.amax.default(%x, [1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"amax.default_0", "OpOverload.amax.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":50:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub = fx.call_function aten.sub.Tensor(%x, %amax)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":50:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %exp = fx.call_function aten.exp.default(%sub)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"exp.default_0", "OpOverload.exp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":50:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_1 = fx.call_function aten.sum.dim_IntList(%exp, [1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":50:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div = fx.call_function aten.div.Tensor(%exp, %sum_1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":50:0)])
// FA-SAME:    loc(unknown)

// _log_softmax: (x - amax) - log(sum(exp(x - amax))).
// CHECK:      %amax_1 = fx.call_function aten.amax.default(%x, [-1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._log_softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"amax.default_0", "OpOverload.amax.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":51:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_1 = fx.call_function aten.sub.Tensor(%x, %amax_1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._log_softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":51:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %exp_1 = fx.call_function aten.exp.default(%sub_1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._log_softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"exp.default_0", "OpOverload.exp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":51:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_2 = fx.call_function aten.sum.dim_IntList(%exp_1, [-1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._log_softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":51:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %log = fx.call_function aten.log.default(%sum_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._log_softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"log.default_0", "OpOverload.log.default">}
// CHECK-SAME: : (tensor<2x1xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":51:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_2 = fx.call_function aten.sub.Tensor(%sub_1, %log)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._log_softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":51:0)])
// FA-SAME:    loc(unknown)

// _softmax of float16: computed in float32, cast back.
// CHECK:      %_to_copy = fx.call_function aten._to_copy.default(%xh, dtype = torch.float32)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"_to_copy.default_0", "OpOverload._to_copy.default">}
// CHECK-SAME: : (tensor<2x3xf16>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":52:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %amax_2 = fx.call_function aten.amax.default(%_to_copy, [1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"amax.default_0", "OpOverload.amax.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":52:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_3 = fx.call_function aten.sub.Tensor(%_to_copy, %amax_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":52:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %exp_2 = fx.call_function aten.exp.default(%sub_3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"exp.default_0", "OpOverload.exp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":52:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_3 = fx.call_function aten.sum.dim_IntList(%exp_2, [1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":52:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_1 = fx.call_function aten.div.Tensor(%exp_2, %sum_3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":52:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %_to_copy_1 = fx.call_function aten._to_copy.default(%div_1, dtype = torch.float16)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"_to_copy.default_0", "OpOverload._to_copy.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf16>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":52:0)])
// FA-SAME:    loc(unknown)

// _softmax of float16 with half_to_float: the result stays float32.
// CHECK:      %_to_copy_2 = fx.call_function aten._to_copy.default(%xh, dtype = torch.float32)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"_to_copy.default_0", "OpOverload._to_copy.default">}
// CHECK-SAME: : (tensor<2x3xf16>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":53:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %amax_3 = fx.call_function aten.amax.default(%_to_copy_2, [0], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"amax.default_0", "OpOverload.amax.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<1x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":53:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_4 = fx.call_function aten.sub.Tensor(%_to_copy_2, %amax_3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":53:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %exp_3 = fx.call_function aten.exp.default(%sub_4)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"exp.default_0", "OpOverload.exp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":53:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_4 = fx.call_function aten.sum.dim_IntList(%exp_3, [0], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<1x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":53:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_2 = fx.call_function aten.div.Tensor(%exp_3, %sum_4)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._softmax.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":53:0)])
// FA-SAME:    loc(unknown)

// var.correction, all defaults: over all dims, correction 1: / (6 - 1).
// CHECK:      %mean = fx.call_function aten.mean.dim(%x, [], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mean.dim_0", "OpOverload.mean.dim">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":54:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_5 = fx.call_function aten.sub.Tensor(%x, %mean)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<1x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":54:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul = fx.call_function aten.mul.Tensor(%sub_5, %sub_5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":54:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_5 = fx.call_function aten.sum.dim_IntList(%mul, [], False)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<f32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":54:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_3 = fx.call_function aten.div.Tensor(%sum_5, 5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<f32>) -> tensor<f32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":54:0)])
// FA-SAME:    loc(unknown)

// var.dim(unbiased=False, keepdim=True): / 2, no correction.
// CHECK:      %mean_1 = fx.call_function aten.mean.dim(%x, [0], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mean.dim_0", "OpOverload.mean.dim">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<1x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":55:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_6 = fx.call_function aten.sub.Tensor(%x, %mean_1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":55:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_1 = fx.call_function aten.mul.Tensor(%sub_6, %sub_6)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":55:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_6 = fx.call_function aten.sum.dim_IntList(%mul_1, [0], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<1x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":55:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_4 = fx.call_function aten.div.Tensor(%sum_6, 2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<1x3xf32>) -> tensor<1x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":55:0)])
// FA-SAME:    loc(unknown)

// std.correction over a symbolic dim: / (s0 - 1) as a SymInt, then sqrt.
// CHECK:      %mean_2 = fx.call_function aten.mean.dim(%xs, [0], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mean.dim_0", "OpOverload.mean.dim">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<1x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_7 = fx.call_function aten.sub.Tensor(%xs, %mean_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>, tensor<1x3xf32>) -> tensor<?x3xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_2 = fx.call_function aten.mul.Tensor(%sub_7, %sub_7)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>, tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<?x3xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_7 = fx.call_function aten.sum.dim_IntList(%mul_2, [0], False)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sym_size = fx.call_function aten.sym_size.int(%xs, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sym_size.int_0", "OpOverload.sym_size.int">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>) -> !fx.sym_int<s0>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_8 = fx.call_function operator.sub(%sym_size, 1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub_0", "builtin_function_or_method.sub">}
// CHECK-SAME: : (!fx.sym_int<s0>) -> !fx.sym_int<s0 - 1>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_5 = fx.call_function aten.div.Tensor(%sum_7, %sub_8)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<3xf32>, !fx.sym_int<s0 - 1>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sqrt = fx.call_function aten.sqrt.default(%div_5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sqrt.default_0", "OpOverload.sqrt.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":56:0)])
// FA-SAME:    loc(unknown)

// std.dim with an int dim and the defaults (unbiased, no keepdim).
// CHECK:      %mean_3 = fx.call_function aten.mean.dim(%x, [1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mean.dim_0", "OpOverload.mean.dim">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":57:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_9 = fx.call_function aten.sub.Tensor(%x, %mean_3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":57:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_3 = fx.call_function aten.mul.Tensor(%sub_9, %sub_9)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":57:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_8 = fx.call_function aten.sum.dim_IntList(%mul_3, [1], False)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":57:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_6 = fx.call_function aten.div.Tensor(%sum_8, 2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<2xf32>) -> tensor<2xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":57:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sqrt_1 = fx.call_function aten.sqrt.default(%div_6)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.std.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sqrt.default_0", "OpOverload.sqrt.default">}
// CHECK-SAME: : (tensor<2xf32>) -> tensor<2xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":57:0)])
// FA-SAME:    loc(unknown)

// var.correction with a float correction: / (6 - 0.5).
// CHECK:      %mean_4 = fx.call_function aten.mean.dim(%x, [0, 1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mean.dim_0", "OpOverload.mean.dim">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":58:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_10 = fx.call_function aten.sub.Tensor(%x, %mean_4)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<1x1xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":58:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_4 = fx.call_function aten.mul.Tensor(%sub_10, %sub_10)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":58:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_9 = fx.call_function aten.sum.dim_IntList(%mul_4, [0, 1], False)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<f32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":58:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_7 = fx.call_function aten.div.Tensor(%sum_9, 5.5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<f32>) -> tensor<f32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":58:0)])
// FA-SAME:    loc(unknown)

// var.correction over a symbolic and a static dim: / (s0 * 3 - 1).
// CHECK:      %mean_5 = fx.call_function aten.mean.dim(%xs, [0, 1], True)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mean.dim_0", "OpOverload.mean.dim">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":59:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_11 = fx.call_function aten.sub.Tensor(%xs, %mean_5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>, tensor<1x1xf32>) -> tensor<?x3xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":59:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_5 = fx.call_function aten.mul.Tensor(%sub_11, %sub_11)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>, tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<?x3xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":59:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sum_10 = fx.call_function aten.sum.dim_IntList(%mul_5, [0, 1], False)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sum.dim_IntList_0", "OpOverload.sum.dim_IntList">}
// CHECK-SAME: : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<f32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":59:0)])
// FA-SAME:    loc(unknown)
// CHECK-NOT:  aten.sym_size.int
// CHECK:      %mul_6 = fx.call_function operator.mul(%sym_size, 3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul_0", "builtin_function_or_method.mul">}
// CHECK-SAME: : (!fx.sym_int<s0>) -> !fx.sym_int<s0 * 3>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":59:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_12 = fx.call_function operator.sub(%mul_6, 1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub_0", "builtin_function_or_method.sub">}
// CHECK-SAME: : (!fx.sym_int<s0 * 3>) -> !fx.sym_int<s0 * 3 - 1>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":59:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_8 = fx.call_function aten.div.Tensor(%sum_10, %sub_12)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.var.correction">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<f32>, !fx.sym_int<s0 * 3 - 1>) -> tensor<f32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":59:0)])
// FA-SAME:    loc(unknown)

// CHECK:      fx.output((%div, %sub_2, %_to_copy_1, %div_2, %div_3, %div_4, %sqrt, %sqrt_1, %div_7, %div_8))
