// fx-decompose on the activations: silu, gelu (both approximations),
// hardswish, hardsigmoid, softplus, elu, with PyTorch's ops and constants,
// under both policies (see decompose-linear.mlir for the prefixes).
// The metadata is spelled without provenance (provenance=false), which
// decompose-linear.mlir and print-provenance.mlir check.
// RUN: fx-opt %s --fx-decompose="ops=all provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO \
// RUN:     -DR='fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>' \
// RUN:     -DT='fx.torch_fn = #fx.torch_fn<"act_0", "function.act">'
// RUN: fx-opt %s --fx-decompose="ops=all policy=first-argument provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA \
// RUN:     -DP='fx.custom = #fx.dict<{"p" = 0 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>'

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %silu = fx.call_function aten.silu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":30:0)])
    %gelu = fx.call_function aten.gelu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":31:0)])
    %gelu_1 = fx.call_function aten.gelu.default(%x, approximate = "tanh") {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":32:0)])
    %hardswish = fx.call_function aten.hardswish.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":33:0)])
    %hardsigmoid = fx.call_function aten.hardsigmoid.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":34:0)])
    %softplus = fx.call_function aten.softplus.default(%x, 2, 10) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":35:0)])
    %elu = fx.call_function aten.elu.default(%x, 0.5, 2, input_scale = 3) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":36:0)])
    %elu_1 = fx.call_function aten.elu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "mod.Act"]]>, fx.torch_fn = #fx.torch_fn<"act_0", "function.act">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc(fused<"y = f(x)">["forward"("model.py":37:0)])
    fx.output((%silu, %gelu, %gelu_1, %hardswish, %hardsigmoid, %softplus, %elu, %elu_1)) : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
  }
}

// silu: self * sigmoid(self).
// CHECK:      %sigmoid = fx.call_function aten.sigmoid.default(%x)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.silu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sigmoid.default_0", "OpOverload.sigmoid.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":30:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul = fx.call_function aten.mul.Tensor(%x, %sigmoid)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.silu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":30:0)])
// FA-SAME:    loc(unknown)

// gelu, approximate='none': a * 0.5 * (1 + erf(a * M_SQRT1_2)).
// CHECK:      %mul_1 = fx.call_function aten.mul.Tensor(%x, 0.5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":31:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_2 = fx.call_function aten.mul.Tensor(%x, 0.7071067811865476)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":31:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %erf = fx.call_function aten.erf.default(%mul_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"erf.default_0", "OpOverload.erf.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":31:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %add = fx.call_function aten.add.Tensor(%erf, 1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":31:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_3 = fx.call_function aten.mul.Tensor(%mul_1, %add)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":31:0)])
// FA-SAME:    loc(unknown)

// gelu, approximate='tanh': 0.5 * a * (1 + tanh(sqrt(2/pi) * (a + 0.044715 * a^3))).
// CHECK:      %mul_4 = fx.call_function aten.mul.Tensor(%x, %x)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_5 = fx.call_function aten.mul.Tensor(%mul_4, %x)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_6 = fx.call_function aten.mul.Tensor(%mul_5, 0.044715)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %add_1 = fx.call_function aten.add.Tensor(%x, %mul_6)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_7 = fx.call_function aten.mul.Tensor(%add_1, 0.7978845608028654)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_8 = fx.call_function aten.mul.Tensor(%x, 0.5)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %tanh = fx.call_function aten.tanh.default(%mul_7)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"tanh.default_0", "OpOverload.tanh.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %add_2 = fx.call_function aten.add.Tensor(%tanh, 1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_9 = fx.call_function aten.mul.Tensor(%mul_8, %add_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.gelu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":32:0)])
// FA-SAME:    loc(unknown)

// hardswish: self * clamp(clamp(self + 3, min=0), max=6) / 6.
// CHECK:      %add_3 = fx.call_function aten.add.Tensor(%x, 3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardswish.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":33:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %clamp = fx.call_function aten.clamp.default(%add_3, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardswish.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"clamp.default_0", "OpOverload.clamp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":33:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %clamp_1 = fx.call_function aten.clamp.default(%clamp, None, 6)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardswish.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"clamp.default_0", "OpOverload.clamp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":33:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_10 = fx.call_function aten.mul.Tensor(%x, %clamp_1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardswish.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":33:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div = fx.call_function aten.div.Tensor(%mul_10, 6)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardswish.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":33:0)])
// FA-SAME:    loc(unknown)

// hardsigmoid: clamp(clamp(self + 3, min=0), max=6) / 6.
// CHECK:      %add_4 = fx.call_function aten.add.Tensor(%x, 3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardsigmoid.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":34:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %clamp_2 = fx.call_function aten.clamp.default(%add_4, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardsigmoid.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"clamp.default_0", "OpOverload.clamp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":34:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %clamp_3 = fx.call_function aten.clamp.default(%clamp_2, None, 6)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardsigmoid.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"clamp.default_0", "OpOverload.clamp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":34:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_1 = fx.call_function aten.div.Tensor(%clamp_3, 6)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.hardsigmoid.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":34:0)])
// FA-SAME:    loc(unknown)

// softplus(beta=2, threshold=10): where(x * 2 > 10, x, log1p(exp(x * 2)) / 2).
// CHECK:      %mul_11 = fx.call_function aten.mul.Tensor(%x, 2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.softplus.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":35:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %exp = fx.call_function aten.exp.default(%mul_11)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.softplus.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"exp.default_0", "OpOverload.exp.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":35:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %log1p = fx.call_function aten.log1p.default(%exp)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.softplus.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"log1p.default_0", "OpOverload.log1p.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":35:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %div_2 = fx.call_function aten.div.Tensor(%log1p, 2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.softplus.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"div.Tensor_0", "OpOverload.div.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":35:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %gt = fx.call_function aten.gt.Scalar(%mul_11, 10)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.softplus.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"gt.Scalar_0", "OpOverload.gt.Scalar">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xi1>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":35:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %where = fx.call_function aten.where.self(%gt, %x, %div_2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.softplus.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"where.self_0", "OpOverload.where.self">}
// CHECK-SAME: : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":35:0)])
// FA-SAME:    loc(unknown)

// elu(alpha=0.5, scale=2, input_scale=3): where(x > 0, x * 2, expm1(x * 3) * (0.5 * 2)).
// CHECK:      %gt_1 = fx.call_function aten.gt.Scalar(%x, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"gt.Scalar_0", "OpOverload.gt.Scalar">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xi1>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":36:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_12 = fx.call_function aten.mul.Tensor(%x, 2)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":36:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_13 = fx.call_function aten.mul.Tensor(%x, 3)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":36:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %expm1 = fx.call_function aten.expm1.default(%mul_13)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"expm1.default_0", "OpOverload.expm1.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":36:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_14 = fx.call_function aten.mul.Tensor(%expm1, 1.0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":36:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %where_1 = fx.call_function aten.where.self(%gt_1, %mul_12, %mul_14)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"where.self_0", "OpOverload.where.self">}
// CHECK-SAME: : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":36:0)])
// FA-SAME:    loc(unknown)

// elu with defaults: alpha * scale = 1 stays an int.
// CHECK:      %gt_2 = fx.call_function aten.gt.Scalar(%x, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"gt.Scalar_0", "OpOverload.gt.Scalar">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xi1>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":37:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_15 = fx.call_function aten.mul.Tensor(%x, 1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":37:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_16 = fx.call_function aten.mul.Tensor(%x, 1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":37:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %expm1_1 = fx.call_function aten.expm1.default(%mul_16)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"expm1.default_0", "OpOverload.expm1.default">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":37:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_17 = fx.call_function aten.mul.Tensor(%expm1_1, 1)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":37:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %where_2 = fx.call_function aten.where.self(%gt_2, %mul_15, %mul_17)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.elu.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"where.self_0", "OpOverload.where.self">}
// CHECK-SAME: : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":37:0)])
// FA-SAME:    loc(unknown)

// CHECK:      fx.output((%mul, %mul_3, %mul_9, %div, %div_1, %where, %where_1, %where_2))
