// fx-decompose on layer_norm (native_layer_norm + getitem) and inference-mode
// batch norm (aten.batch_norm, _native_batch_norm_legit_no_training and
// native_batch_norm with training=False) into arithmetic, under both policies
// (see decompose-linear.mlir for the prefixes). Training-mode batch norm and
// batch norm whose saved statistics are used are left alone.
// RUN: fx-opt %s --fx-decompose=ops=all --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO \
// RUN:     -DR='fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">'
// RUN: fx-opt %s --fx-decompose="ops=all policy=first-argument" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA \
// RUN:     -DP='fx.custom = #fx.dict<{"p" = 0 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>' \
// RUN:     -DE='fx.custom = #fx.dict<{}>, fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>'

// RUN: fx-opt %s --fx-decompose=ops=all | FileCheck %s --check-prefix=GONE

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3x4x5xf32>
    %as = fx.placeholder "as" : tensor<?x5xf32, #fx.dims<[s0]>>
    %ac = fx.placeholder "ac" : tensor<2x?x4xf32, #fx.dims<[s1]>>
    %lw = fx.placeholder "lw" : tensor<5xf32>
    %lb = fx.placeholder "lb" : tensor<5xf32>
    %w = fx.placeholder "w" : tensor<3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %rm = fx.placeholder "rm" : tensor<3xf32>
    %rv = fx.placeholder "rv" : tensor<3xf32>
    %rms = fx.placeholder "rms" : tensor<?xf32, #fx.dims<[s1]>>
    %rvs = fx.placeholder "rvs" : tensor<?xf32, #fx.dims<[s1]>>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32>
    %xs = fx.call_function aten.relu.default(%as) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<?x5xf32, #fx.dims<[s0]>>) -> tensor<?x5xf32, #fx.dims<[s0]>>
    %xc = fx.call_function aten.relu.default(%ac) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>, fx.custom = #fx.dict<{"p" = 0}>} : (tensor<2x?x4xf32, #fx.dims<[s1]>>) -> tensor<2x?x4xf32, #fx.dims<[s1]>>
    %ln = fx.call_function aten.layer_norm.default(%x, [5], %lw, %lb, 1.0e-06) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4x5xf32>, tensor<5xf32>, tensor<5xf32>) -> tensor<2x3x4x5xf32> loc(fused<"y = f(x)">["forward"("model.py":40:0)])
    %ln_1 = fx.call_function aten.layer_norm.default(%x, [4, 5]) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32> loc(fused<"y = f(x)">["forward"("model.py":41:0)])
    %ln_2 = fx.call_function aten.layer_norm.default(%xs, [5]) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<?x5xf32, #fx.dims<[s0]>>) -> tensor<?x5xf32, #fx.dims<[s0]>> loc(fused<"y = f(x)">["forward"("model.py":42:0)])
    %bn = fx.call_function aten.batch_norm.default(%x, %w, %b, %rm, %rv, False, 0.1, 1.0e-05, True) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32> loc(fused<"y = f(x)">["forward"("model.py":43:0)])
    %legit = fx.call_function aten._native_batch_norm_legit_no_training.default(%x, None, None, %rm, %rv, 0.1, 0.001) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<2x3x4x5xf32>, tensor<0xf32>, tensor<0xf32>> loc(fused<"y = f(x)">["forward"("model.py":44:0)])
    %g0 = fx.call_function operator.getitem(%legit, 0) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tuple<tensor<2x3x4x5xf32>, tensor<0xf32>, tensor<0xf32>>) -> tensor<2x3x4x5xf32>
    %g1 = fx.call_function operator.getitem(%legit, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tuple<tensor<2x3x4x5xf32>, tensor<0xf32>, tensor<0xf32>>) -> tensor<0xf32>
    %nbn = fx.call_function aten.native_batch_norm.default(%xc, None, None, %rms, %rvs, False, 0.1, 1.0e-05) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>) -> tuple<tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>> loc(fused<"y = f(x)">["forward"("model.py":45:0)])
    %g2 = fx.call_function operator.getitem(%nbn, 0) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tuple<tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>>) -> tensor<2x?x4xf32, #fx.dims<[s1]>>
    %g3 = fx.call_function operator.getitem(%nbn, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tuple<tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>>) -> tensor<?xf32, #fx.dims<[s1]>>
    %g4 = fx.call_function operator.getitem(%nbn, 2) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tuple<tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>>) -> tensor<?xf32, #fx.dims<[s1]>>
    %bn_train = fx.call_function aten.batch_norm.default(%x, %w, %b, %rm, %rv, True, 0.1, 1.0e-05, True) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
    %nbn_used = fx.call_function aten.native_batch_norm.default(%x, None, None, %rm, %rv, False, 0.1, 1.0e-05) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>>
    %g5 = fx.call_function operator.getitem(%nbn_used, 0) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tuple<tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>>) -> tensor<2x3x4x5xf32>
    %g6 = fx.call_function operator.getitem(%nbn_used, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>, fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">, fx.custom = #fx.dict<{"k" = 1}>} : (tuple<tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>>) -> tensor<3xf32>
    fx.output((%ln, %ln_1, %ln_2, %bn, %g0, %g2, %bn_train, %g5, %g6)) : tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<?x5xf32, #fx.dims<[s0]>>, tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<3xf32>
  }
}

// layer_norm: native_layer_norm(...)[0].
// CHECK:      %native_layer_norm = fx.call_function aten.native_layer_norm.default(%x, [5], %lw, %lb, 1.0e-06)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"native_layer_norm.default_0", "OpOverload.native_layer_norm.default">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<5xf32>, tensor<5xf32>) -> tuple<tensor<2x3x4x5xf32>, tensor<2x3x4x1xf32>, tensor<2x3x4x1xf32>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":40:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem = fx.call_function operator.getitem(%native_layer_norm, 0)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<2x3x4x5xf32>, tensor<2x3x4x1xf32>, tensor<2x3x4x1xf32>>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":40:0)])
// FA-SAME:    loc(unknown)

// layer_norm without weight and bias, default eps.
// CHECK:      %native_layer_norm_1 = fx.call_function aten.native_layer_norm.default(%x, [4, 5], None, None, 1.0e-05)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"native_layer_norm.default_0", "OpOverload.native_layer_norm.default">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>) -> tuple<tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":41:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem_1 = fx.call_function operator.getitem(%native_layer_norm_1, 0)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":41:0)])
// FA-SAME:    loc(unknown)

// layer_norm of a symbolic batch.
// CHECK:      %native_layer_norm_2 = fx.call_function aten.native_layer_norm.default(%xs, [5], None, None, 1.0e-05)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"native_layer_norm.default_0", "OpOverload.native_layer_norm.default">}
// CHECK-SAME: : (tensor<?x5xf32, #fx.dims<[s0]>>) -> tuple<tensor<?x5xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":42:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem_2 = fx.call_function operator.getitem(%native_layer_norm_2, 0)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<?x5xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>>) -> tensor<?x5xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":42:0)])
// FA-SAME:    loc(unknown)

// batch_norm, training=False: (x - mean) * rsqrt(var + eps) * weight + bias, per-channel tensors viewed as [C, 1, 1].
// CHECK:      %add = fx.call_function aten.add.Tensor(%rv, 1.0e-05)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %rsqrt = fx.call_function aten.rsqrt.default(%add)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"rsqrt.default_0", "OpOverload.rsqrt.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view = fx.call_function aten.view.default(%rm, [3, 1, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3x1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_1 = fx.call_function aten.view.default(%rsqrt, [3, 1, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3x1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub = fx.call_function aten.sub.Tensor(%x, %view)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul = fx.call_function aten.mul.Tensor(%sub, %view_1)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_2 = fx.call_function aten.view.default(%w, [3, 1, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3x1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_1 = fx.call_function aten.mul.Tensor(%mul, %view_2)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_3 = fx.call_function aten.view.default(%b, [3, 1, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3x1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %add_1 = fx.call_function aten.add.Tensor(%mul_1, %view_3)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)

// _native_batch_norm_legit_no_training without weight and bias: getitem 0 replaced, the unused getitem 1 erased.
// CHECK:      %add_2 = fx.call_function aten.add.Tensor(%rv, 0.001)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":44:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %rsqrt_1 = fx.call_function aten.rsqrt.default(%add_2)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"rsqrt.default_0", "OpOverload.rsqrt.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":44:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_4 = fx.call_function aten.view.default(%rm, [3, 1, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3x1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":44:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_5 = fx.call_function aten.view.default(%rsqrt_1, [3, 1, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3x1x1xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":44:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_1 = fx.call_function aten.sub.Tensor(%x, %view_4)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":44:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_2 = fx.call_function aten.mul.Tensor(%sub_1, %view_5)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":44:0)])
// FA-SAME:    loc(unknown)

// native_batch_norm, training=False, with a symbolic channel count: sym_size for C.
// CHECK:      %add_3 = fx.call_function aten.add.Tensor(%rvs, 1.0e-05)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">}
// CHECK-SAME: : (tensor<?xf32, #fx.dims<[s1]>>) -> tensor<?xf32, #fx.dims<[s1]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %rsqrt_2 = fx.call_function aten.rsqrt.default(%add_3)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"rsqrt.default_0", "OpOverload.rsqrt.default">}
// CHECK-SAME: : (tensor<?xf32, #fx.dims<[s1]>>) -> tensor<?xf32, #fx.dims<[s1]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sym_size = fx.call_function aten.sym_size.int(%xc, 1)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sym_size.int_0", "OpOverload.sym_size.int">}
// CHECK-SAME: : (tensor<2x?x4xf32, #fx.dims<[s1]>>) -> !fx.sym_int<s1>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_6 = fx.call_function aten.view.default(%rms, [%sym_size, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<?xf32, #fx.dims<[s1]>>, !fx.sym_int<s1>) -> tensor<?x1xf32, #fx.dims<[s1]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %view_7 = fx.call_function aten.view.default(%rsqrt_2, [%sym_size, 1])
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[E]], fx.torch_fn = #fx.torch_fn<"view.default_0", "OpOverload.view.default">}
// CHECK-SAME: : (tensor<?xf32, #fx.dims<[s1]>>, !fx.sym_int<s1>) -> tensor<?x1xf32, #fx.dims<[s1]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %sub_2 = fx.call_function aten.sub.Tensor(%xc, %view_6)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"sub.Tensor_0", "OpOverload.sub.Tensor">}
// CHECK-SAME: : (tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?x1xf32, #fx.dims<[s1]>>) -> tensor<2x?x4xf32, #fx.dims<[s1]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %mul_3 = fx.call_function aten.mul.Tensor(%sub_2, %view_7)
// RO-SAME:    {[[R]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"mul.Tensor_0", "OpOverload.mul.Tensor">}
// CHECK-SAME: : (tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?x1xf32, #fx.dims<[s1]>>) -> tensor<2x?x4xf32, #fx.dims<[s1]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// The decomposed nodes and their getitems are gone.
// GONE-NOT:   aten.layer_norm.default
// GONE-NOT:   %bn =
// GONE-NOT:   %legit =
// GONE-NOT:   %g0 =
// GONE-NOT:   %g1 =
// GONE-NOT:   %nbn =
// GONE-NOT:   %g2 =
// GONE-NOT:   %g3 =
// GONE-NOT:   %g4 =

// Left alone: training mode, and saved statistics in use.
// CHECK:      %bn_train = fx.call_function aten.batch_norm.default(%x, %w, %b, %rm, %rv, True, 0.1, 1.0e-05, True)
// CHECK:      %nbn_used = fx.call_function aten.native_batch_norm.default(%x, None, None, %rm, %rv, False, 0.1, 1.0e-05)
// CHECK:      %g5 = fx.call_function operator.getitem(%nbn_used, 0)
// CHECK:      %g6 = fx.call_function operator.getitem(%nbn_used, 1)
// CHECK:      fx.output((%getitem, %getitem_1, %getitem_2, %add_1, %mul_2, %mul_3, %bn_train, %g5, %g6))
