// fx-decompose on flatten.using_ints (view; sym_size and operator.mul nodes
// for symbolic sizes) and expand_as (expand to the other's sizes), under both
// policies (see decompose-linear.mlir for the prefixes).
// The metadata is spelled without provenance (provenance=false), which
// decompose-linear.mlir and print-provenance.mlir check.
// RUN: fx-opt %s --fx-decompose=provenance=false --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO \
// RUN:     -DR='fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>' \
// RUN:     -DT='fx.torch_fn = #fx.torch_fn<"f_0", "function.f">'
// RUN: fx-opt %s --fx-decompose="policy=first-argument provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA \
// RUN:     -DP='fx.custom = #fx.dict<{"p" = 0 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>'

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3x4xf32>
    %as = fx.placeholder "as" : tensor<?x3x4xf32, #fx.dims<[s0]>>
    %a0 = fx.placeholder "a0" : tensor<f32>
    %b = fx.placeholder "b" : tensor<3x1xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    %xs = fx.call_function aten.relu.default(%as) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<?x3x4xf32, #fx.dims<[s0]>>) -> tensor<?x3x4xf32, #fx.dims<[s0]>>
    %x0 = fx.call_function aten.relu.default(%a0) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<f32>) -> tensor<f32>
    %y = fx.call_function aten.relu.default(%b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<3x1xf32>) -> tensor<3x1xf32>
    %f = fx.call_function aten.flatten.using_ints(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4xf32>) -> tensor<24xf32> loc(fused<"y = f(x)">["forward"("model.py":60:0)])
    %f_1 = fx.call_function aten.flatten.using_ints(%x, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4xf32>) -> tensor<2x12xf32> loc(fused<"y = f(x)">["forward"("model.py":61:0)])
    %f_2 = fx.call_function aten.flatten.using_ints(%x, 1, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32> loc(fused<"y = f(x)">["forward"("model.py":62:0)])
    %f_3 = fx.call_function aten.flatten.using_ints(%xs, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<?x3x4xf32, #fx.dims<[s0]>>) -> tensor<?x12xf32, #fx.dims<[s0]>> loc(fused<"y = f(x)">["forward"("model.py":63:0)])
    %f_4 = fx.call_function aten.flatten.using_ints(%xs, 0, end_dim = 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<?x3x4xf32, #fx.dims<[s0]>>) -> tensor<?x4xf32, #fx.dims<[s0 * 3]>> loc(fused<"y = f(x)">["forward"("model.py":64:0)])
    %f_5 = fx.call_function aten.flatten.using_ints(%x0) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<f32>) -> tensor<1xf32> loc(fused<"y = f(x)">["forward"("model.py":65:0)])
    %e = fx.call_function aten.expand_as.default(%y, %x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<3x1xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32> loc(fused<"y = f(x)">["forward"("model.py":66:0)])
    %e_1 = fx.call_function aten.expand_as.default(%y, %xs) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"f_0", "function.f">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<3x1xf32>, tensor<?x3x4xf32, #fx.dims<[s0]>>) -> tensor<?x3x4xf32, #fx.dims<[s0]>> loc(fused<"y = f(x)">["forward"("model.py":67:0)])
    fx.output((%f, %f_1, %f_2, %f_3, %f_4, %f_5, %e, %e_1)) : tensor<24xf32>, tensor<2x12xf32>, tensor<2x3x4xf32>, tensor<?x12xf32, #fx.dims<[s0]>>, tensor<?x4xf32, #fx.dims<[s0 * 3]>>, tensor<1xf32>, tensor<2x3x4xf32>, tensor<?x3x4xf32, #fx.dims<[s0]>>
  }
}

// flatten of all dims.
// CHECK:      %view = fx.call_function aten.view.default(%x, [24])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.view.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<2x3x4xf32>) -> tensor<24xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":60:0)])
// FA-SAME:    loc(unknown)

// flatten(1).
// CHECK:      %view_1 = fx.call_function aten.view.default(%x, [2, 12])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.view.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":61:0)])
// FA-SAME:    loc(unknown)

// flatten(1) of a symbolic batch: sym_size for the kept symbolic dim.
// CHECK:      %sym_size = fx.call_function aten.sym_size.int(%xs, 0)
// RO-SAME:    {[[R]], [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sym_size.int_0", "OpOverload.sym_size.int">}
// CHECK-SAME: : (tensor<?x3x4xf32, #fx.dims<[s0]>>) -> !fx.sym_int<s0>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":63:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_2 = fx.call_function aten.view.default(%xs, [%sym_size, 12])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.view.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<?x3x4xf32, #fx.dims<[s0]>>, !fx.sym_int<s0>) -> tensor<?x12xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":63:0)])
// FA-SAME:    loc(unknown)

// flatten(0, 1) of a symbolic batch: the flattened size is s0 * 3, s0 read
// from the sym_size node the flatten above made (as run_decompositions reads
// every size of a symbol from one node).
// CHECK-NOT:  aten.sym_size.int
// CHECK:      %mul = fx.call_function operator.mul(%sym_size, 3)
// RO-SAME:    {[[R]], [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul_0", "builtin_function_or_method.mul">}
// CHECK-SAME: : (!fx.sym_int<s0>) -> !fx.sym_int<s0 * 3>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":64:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_3 = fx.call_function aten.view.default(%xs, [%mul, 4])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.view.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<?x3x4xf32, #fx.dims<[s0]>>, !fx.sym_int<s0 * 3>) -> tensor<?x4xf32, #fx.dims<[s0 * 3]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":64:0)])
// FA-SAME:    loc(unknown)

// flatten of a 0-d tensor: [1].
// CHECK:      %view_4 = fx.call_function aten.view.default(%x0, [1])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.view.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<f32>) -> tensor<1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":65:0)])
// FA-SAME:    loc(unknown)

// expand_as: expand to the other's sizes.
// CHECK:      %expand = fx.call_function aten.expand.default(%y, [2, 3, 4])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.expand.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"expand.default_0", "OpOverload.expand.default">}
// CHECK-SAME: : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":66:0)])
// FA-SAME:    loc(unknown)

// expand_as a symbolic tensor: its symbolic size, s0, is the graph's
// sym_size node.
// CHECK-NOT:  aten.sym_size.int
// CHECK:      %expand_1 = fx.call_function aten.expand.default(%y, [%sym_size, 3, 4])
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.expand.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"expand.default_0", "OpOverload.expand.default">}
// CHECK-SAME: : (tensor<3x1xf32>, !fx.sym_int<s0>) -> tensor<?x3x4xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":67:0)])
// FA-SAME:    loc(unknown)

// flatten(1, 1) is the input itself: no node.
// CHECK:      fx.output((%view, %view_1, %x, %view_2, %view_3, %view_4, %expand, %expand_1))
