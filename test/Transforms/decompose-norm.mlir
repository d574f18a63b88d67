// fx-decompose, default selection, on layer_norm (native_layer_norm +
// getitem) and inference-mode batch norm (aten.batch_norm and
// native_batch_norm with training=False), under both policies (see
// decompose-linear.mlir for the prefixes): as run_decompositions() does,
// batch norm becomes the Core ATen _native_batch_norm_legit_no_training +
// getitem, which stays (its arithmetic, with ops= naming it, is checked
// against PyTorch in decompositions/). Training-mode batch norm and batch
// norm whose saved statistics are used are left alone.
// The metadata is spelled without provenance (provenance=false), which
// decompose-linear.mlir and print-provenance.mlir check.
// RUN: fx-opt %s --fx-decompose=provenance=false --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RO \
// RUN:     -DR='fx.custom = #fx.dict<{"k" = 1 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___norm", "norm", "mod.Norm"]]>' \
// RUN:     -DT='fx.torch_fn = #fx.torch_fn<"norm_0", "function.norm">'
// RUN: fx-opt %s --fx-decompose="policy=first-argument provenance=false" --fx-verify-metadata --mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FA \
// RUN:     -DP='fx.custom = #fx.dict<{"p" = 0 : i64}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___p", "p", "mod.P"]]>' \
// RUN:     -DE='fx.custom = #fx.dict<{}>, fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>'

// RUN: fx-opt %s --fx-decompose | FileCheck %s --check-prefix=GONE

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
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_layer_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"native_layer_norm.default_0", "OpOverload.native_layer_norm.default">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<5xf32>, tensor<5xf32>) -> tuple<tensor<2x3x4x5xf32>, tensor<2x3x4x1xf32>, tensor<2x3x4x1xf32>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":40:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem = fx.call_function operator.getitem(%native_layer_norm, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_layer_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<2x3x4x5xf32>, tensor<2x3x4x1xf32>, tensor<2x3x4x1xf32>>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":40:0)])
// FA-SAME:    loc(unknown)

// layer_norm without weight and bias, default eps.
// CHECK:      %native_layer_norm_1 = fx.call_function aten.native_layer_norm.default(%x, [4, 5], None, None, 1.0e-05)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_layer_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"native_layer_norm.default_0", "OpOverload.native_layer_norm.default">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>) -> tuple<tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":41:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem_1 = fx.call_function operator.getitem(%native_layer_norm_1, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_layer_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":41:0)])
// FA-SAME:    loc(unknown)

// layer_norm of a symbolic batch.
// CHECK:      %native_layer_norm_2 = fx.call_function aten.native_layer_norm.default(%xs, [5], None, None, 1.0e-05)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_layer_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"native_layer_norm.default_0", "OpOverload.native_layer_norm.default">}
// CHECK-SAME: : (tensor<?x5xf32, #fx.dims<[s0]>>) -> tuple<tensor<?x5xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":42:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem_2 = fx.call_function operator.getitem(%native_layer_norm_2, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_layer_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<?x5xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>, tensor<?x1xf32, #fx.dims<[s0]>>>) -> tensor<?x5xf32, #fx.dims<[s0]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":42:0)])
// FA-SAME:    loc(unknown)

// batch_norm, training=False: _native_batch_norm_legit_no_training(input, weight, bias, running_mean, running_var, momentum, eps)[0].
// CHECK:      %_native_batch_norm_legit_no_training = fx.call_function aten._native_batch_norm_legit_no_training.default(%x, %w, %b, %rm, %rv, 0.1, 1.0e-05)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._native_batch_norm_legit_no_training.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"_native_batch_norm_legit_no_training.default_0", "OpOverload._native_batch_norm_legit_no_training.default">}
// CHECK-SAME: : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<2x3x4x5xf32>, tensor<0xf32>, tensor<0xf32>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem_3 = fx.call_function operator.getitem(%_native_batch_norm_legit_no_training, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten._native_batch_norm_legit_no_training.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<2x3x4x5xf32>, tensor<0xf32>, tensor<0xf32>>) -> tensor<2x3x4x5xf32>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":43:0)])
// FA-SAME:    loc(unknown)

// _native_batch_norm_legit_no_training is Core ATen: it stays.
// CHECK:      %legit = fx.call_function aten._native_batch_norm_legit_no_training.default(%x, None, None, %rm, %rv, 0.1, 0.001)
// CHECK:      %g0 = fx.call_function operator.getitem(%legit, 0)

// native_batch_norm, training=False, with a symbolic channel count; its unused getitems 1 and 2 erased.
// CHECK:      %_native_batch_norm_legit_no_training_1 = fx.call_function aten._native_batch_norm_legit_no_training.default(%xc, None, None, %rms, %rvs, 0.1, 1.0e-05)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_batch_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"_native_batch_norm_legit_no_training.default_0", "OpOverload._native_batch_norm_legit_no_training.default">}
// CHECK-SAME: : (tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>, tensor<?xf32, #fx.dims<[s1]>>) -> tuple<tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<0xf32>, tensor<0xf32>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// CHECK:      %getitem_4 = fx.call_function operator.getitem(%_native_batch_norm_legit_no_training_1, 0)
// RO-SAME:    {[[R]], fx.original_aten = #fx.operator<"aten.native_batch_norm.default">, [[T]]}
// FA-SAME:    {[[P]], fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
// CHECK-SAME: : (tuple<tensor<2x?x4xf32, #fx.dims<[s1]>>, tensor<0xf32>, tensor<0xf32>>) -> tensor<2x?x4xf32, #fx.dims<[s1]>>
// RO-SAME:    loc(fused<"y = f(x)">["forward"("model.py":45:0)])
// FA-SAME:    loc(unknown)
// The decomposed nodes and their getitems are gone.
// GONE-NOT:   fx.call_function aten.layer_norm.default
// GONE-NOT:   %bn =
// GONE-NOT:   %nbn =
// GONE-NOT:   %g2 =
// GONE-NOT:   %g3 =
// GONE-NOT:   %g4 =

// Left alone: training mode, and saved statistics in use.
// CHECK:      %bn_train = fx.call_function aten.batch_norm.default(%x, %w, %b, %rm, %rv, True, 0.1, 1.0e-05, True)
// CHECK:      %nbn_used = fx.call_function aten.native_batch_norm.default(%x, None, None, %rm, %rv, False, 0.1, 1.0e-05)
// CHECK:      %g5 = fx.call_function operator.getitem(%nbn_used, 0)
// CHECK:      %g6 = fx.call_function operator.getitem(%nbn_used, 1)
// CHECK:      fx.output((%getitem, %getitem_1, %getitem_2, %getitem_3, %g0, %getitem_4, %bn_train, %g5, %g6))
