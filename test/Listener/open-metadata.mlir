// Every FX meta key travels. The replaced-op policy copies exactly PyTorch
// 2.13's `_COPY_META_FIELDS` (torch/fx/proxy.py) from the node being
// replaced: the typed keys (source_fn_stack and original_aten among them)
// and, from `fx.meta`, recompute, ac_graph_id, has_backward_hook,
// quantization_tag, _numeric_debug_handle and partitioner_tag; not seq_nr or
// any other key, which the retrace does not copy. Without provenance, the
// root's from_node is copied like the other fields.
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=greedy policy=replaced-op" | FileCheck %s --check-prefix=REPLACED
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=walk policy=replaced-op" | FileCheck %s --check-prefix=REPLACED
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=conversion policy=replaced-op" | FileCheck %s --check-prefix=REPLACED
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=rewriter policy=replaced-op" | FileCheck %s --check-prefix=REPLACED
//
// The hook inherits only nn_module_stack and custom (torch_fn from the
// target): the other keys stay with the source. Explicit metadata may hold
// any key; `fx.meta` entries are merged key by key.
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=greedy explicit={fx.meta = #fx.dict<{\"seq_nr\" = \"7\"}>}" | FileCheck %s --check-prefix=HOOK

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %sub = fx.call_function aten.sub.Tensor(%a, %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___s", "s", "mod.S"]]>, fx.from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 4, pass_name = "earlier", action = "create", from_node = []>], fx.original_aten = #fx.operator<"aten.sub.Tensor">, fx.seq_nr = 3 : i64, fx.source_fn_stack = #fx.source_fn_stack<[["sub", "_operator.sub"]]>, fx.meta = #fx.dict<{"recompute" = "1", "ac_graph_id" = "2", "has_backward_hook" = "true", "quantization_tag" = "\"q\"", "_numeric_debug_handle" = "5", "partitioner_tag" = "\"is_forward\"", "unlisted" = "0"}>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    fx.output(%sub) : tensor<2x3xf32>
  }
}

// REPLACED-LABEL: fx.graph_module @M
// REPLACED:      %neg = fx.call_function aten.neg.default(%b)
// REPLACED-SAME:   fx.from_node = [#fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 4, pass_name = "earlier", action = "create", from_node = []>]
// REPLACED-SAME:   fx.meta = #fx.dict<{"recompute" = "1", "ac_graph_id" = "2", "has_backward_hook" = "true", "quantization_tag" = "\22q\22", "_numeric_debug_handle" = "5", "partitioner_tag" = "\22is_forward\22"}>
// REPLACED-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___s", "s", "mod.S"]]>, fx.original_aten = #fx.operator<"aten.sub.Tensor">, fx.source_fn_stack = #fx.source_fn_stack<{{\[}}["sub", "_operator.sub"]]>, fx.torch_fn =
// REPLACED:      %add = fx.call_function aten.add.Tensor(%a, %neg)
// REPLACED-SAME:   fx.meta = #fx.dict<{"recompute" = "1",
// REPLACED-SAME:   fx.original_aten = #fx.operator<"aten.sub.Tensor">, fx.source_fn_stack = #fx.source_fn_stack<{{\[}}["sub", "_operator.sub"]]>, fx.torch_fn =

// HOOK-LABEL: fx.graph_module @M
// HOOK:      %neg = fx.call_function aten.neg.default(%b)
// HOOK-SAME:   {fx.custom = #fx.dict<{}>, fx.meta = #fx.dict<{"seq_nr" = "7"}>, fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook",
// HOOK-SAME:   "_empty_nn_module_stack_from_metadata_hook"]]>, fx.torch_fn = #fx.torch_fn<"neg.default_0", "OpOverload.neg.default">}
// HOOK:      %add = fx.call_function aten.add.Tensor(%a, %neg)
// HOOK-SAME:   {fx.custom = #fx.dict<{}>, fx.meta = #fx.dict<{"seq_nr" = "7"}>, fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook",

// -----

// Explicit `fx.meta` and the root's copied entries merge key by key, the
// explicit value first (replaced-op policy with explicit metadata).
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener="driver=greedy policy=replaced-op explicit={fx.meta = #fx.dict<{\"partitioner_tag\" = \"mine\", \"seq_nr\" = \"7\"}>}" | FileCheck %s --check-prefix=MERGE
fx.graph_module @Merge {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %sub = fx.call_function aten.sub.Tensor(%a, %b) {fx.meta = #fx.dict<{"partitioner_tag" = "theirs", "recompute" = "1"}>} : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    fx.output(%sub) : tensor<3xf32>
  }
}
// MERGE-LABEL: fx.graph_module @Merge
// MERGE: %neg = fx.call_function aten.neg.default(%b) {fx.meta = #fx.dict<{"partitioner_tag" = "mine", "seq_nr" = "7", "recompute" = "1"}>
