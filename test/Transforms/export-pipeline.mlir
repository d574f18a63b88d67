// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir --fx-infer-types=mode=check --fx-export-pipeline | FileCheck %s --check-prefix=RESNET
// RUN: fx-opt %s --fx-export-pipeline --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt %s --fx-export-pipeline --mlir-print-local-scope | FileCheck %s --check-prefix=PROV
// RUN: fx-opt %s --fx-export-pipeline=provenance=false | FileCheck %s --check-prefix=NOPROV

// The export passes in export order, fx-verify-metadata and
// fx-verify-core-aten last (clean, or the run fails). resnet18: in-place ops
// functionalized, decompositions (detach becomes alias), then view ops as
// copies.
// RESNET-NOT: fx.call_function aten.relu_.default
// RESNET-NOT: fx.call_function aten.add_.Tensor
// RESNET-NOT: fx.call_function aten.t.default
// RESNET-NOT: fx.call_function aten.detach
// RESNET: aten.alias_copy.default
// RESNET: aten.permute_copy.default({{.*}}) {{.*}} : (tensor<1000x512xf32>) -> tensor<512x1000xf32>

// A small graph through every pass: set_grad region outlined, asserts
// inserted for s0, the _assert_async functionalized, the view copied.
#nnms = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>
fx.graph_module @M {
  fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 = [2, 64]}>} {
    %x = fx.placeholder "x" : tensor<?x4xf32, #fx.dims<[s0]>>
    %flag = fx.placeholder "flag" : tensor<i1>
    fx.call_function torch._C._set_grad_enabled(False) {name = "_set_grad_enabled", fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"_set_grad_enabled_1", "builtin_function_or_method._set_grad_enabled">, fx.custom = #fx.dict<{}>} : () -> ()
    %view = fx.call_function aten.view.default(%x, [-1]) {fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"view_1", "OpOverload.view.default">, fx.custom = #fx.dict<{}>} : (tensor<?x4xf32, #fx.dims<[s0]>>) -> tensor<?xf32, #fx.dims<[s0 * 4]>>
    fx.call_function torch._C._set_grad_enabled(True) {name = "_set_grad_enabled_1", fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"_set_grad_enabled_2", "builtin_function_or_method._set_grad_enabled">, fx.custom = #fx.dict<{}>} : () -> ()
    fx.call_function aten._assert_async.msg(%flag, "flag") {name = "_assert_async", fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"_assert_async_1", "OpOverload._assert_async.msg">, fx.custom = #fx.dict<{}>} : (tensor<i1>) -> ()
    fx.output((%view,)) : tensor<?xf32, #fx.dims<[s0 * 4]>>
  }
}

// CHECK-LABEL: fx.graph @forward
// CHECK: %sym_size = fx.call_function aten.sym_size.int(%x, 0) {{.*}} -> !fx.sym_int<s0>
// CHECK: aten._assert_scalar.default(%ge, "Runtime assertion failed for expression s0 >= 2 on node 'ge'")
// CHECK: aten._assert_scalar.default(%le, "Runtime assertion failed for expression s0 <= 64 on node 'le'")
// CHECK: %wrap_with_set_grad_enabled = fx.call_function higher_order.wrap_with_set_grad_enabled(False, %submod_1, %x) {{.*}} -> tuple<tensor<?xf32, #fx.dims<[s0 * 4]>>>
// CHECK: %view = fx.call_function operator.getitem(%wrap_with_set_grad_enabled, 0)
// CHECK: %dep_token0 = fx.call_function aten._make_dep_token.default()
// CHECK: %dep_token1 = fx.call_function aten._functional_assert_async.msg(%flag, "flag", dep_token = %dep_token0)
// CHECK: fx.output((%view, %dep_token1))
// CHECK: fx.graph_module @submod_1
// CHECK: %view_copy = fx.call_function aten.view_copy.default(%x, [-1])
// CHECK-SAME: : (tensor<?x4xf32, #fx.dims<[s0]>>) -> tensor<?xf32, #fx.dims<[s0 * 4]>>

// Every pass records provenance by default: the functionalized assert names
// the _assert_async it replaces, the view copy the view (in the outlined
// graph, graph 1), each with the pass that made it.
// PROV: %dep_token1 = fx.call_function aten._functional_assert_async.msg(%flag, "flag", dep_token = %dep_token0) {{{.*}}fx.from_node = [#fx.node_source<name = "_assert_async", target = "aten._assert_async.msg", graph_id = 0, pass_name = "fx-functionalize-side-effects", action = "create", from_node = []>]
// PROV: %view_copy = fx.call_function aten.view_copy.default(%x, [-1]) {{{.*}}fx.from_node = [#fx.node_source<name = "view", target = "aten.view.default", graph_id = 1, pass_name = "fx-replace-view-ops-with-view-copy", action = "create", from_node = []>]
// NOPROV-NOT: from_node
