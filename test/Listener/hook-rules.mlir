// PyTorch's _node_metadata_hook, rule by rule (first-argument policy), with
// the plain-rewriter driver; drivers.mlir runs the shared cases on all drivers.
// RUN: fx-opt --mlir-print-local-scope %s -split-input-file -test-fx-listener=driver=rewriter --mlir-print-debuginfo | FileCheck %s

// Rule 1: other node kinds created during a rewrite are left alone (no
// types, no metadata); call_method sym dunders get types (rule 2) and
// explicit metadata only.
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %r = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___a", "a", "mod.A"]]>} : (tensor<2xf32>) -> tensor<2xf32>
    %m = fx.call_function test.call_module(%r) : (tensor<2xf32>) -> !fx.unknown
    %f = fx.call_function test.sym_float(%n) : (!fx.sym_int<s0>) -> !fx.unknown
    fx.output((%m, %f)) : !fx.unknown, !fx.unknown
  }
}
// CHECK-LABEL: fx.graph_module @M
// CHECK: %sub = fx.call_module sub "Sub"(%r) : (tensor<2xf32>) -> !fx.unknown loc(
// CHECK: %sym_float = fx.call_method __sym_float__(%n) : (!fx.sym_int<s0>) -> !fx.sym_float loc(

// -----

// Rule 2 for sym dunders, as Python and torch.SymFloat answer: round(x) of a
// SymFloat is a SymInt, round(x, ndigits) a SymFloat; a SymInt rounds to
// itself, ndigits or not. `round` shadows a builtin, so FX counts from round_1.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.sym_float
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %a = fx.call_function test.round(%x, None) : (!fx.sym_float) -> !fx.unknown
    %b = fx.call_function test.round(%x, 2) : (!fx.sym_float) -> !fx.unknown
    %c = fx.call_function test.round(%n, 2) : (!fx.sym_int<s0>) -> !fx.unknown
    fx.output((%a, %b, %c)) : !fx.unknown, !fx.unknown, !fx.unknown
  }
}
// CHECK-LABEL: fx.graph_module @M
// CHECK: %round_1 = fx.call_method __round__(%x, None) : (!fx.sym_float) -> !fx.sym_int loc(
// CHECK: %round_2 = fx.call_method __round__(%x, 2) : (!fx.sym_float) -> !fx.sym_float loc(
// CHECK: %round_3 = fx.call_method __round__(%n, 2) : (!fx.sym_int<s0>) -> !fx.sym_int<s0> loc(

// -----

// Rule 2: an op whose schema returns nothing has no value; created with a
// placeholder result, it is typed `none` (FX's val = None).
fx.graph_module @M {
  fx.graph @forward {
    %c = fx.placeholder "c" : !fx.sym_bool
    fx.call_function test.assert(%c) {name = "check"} : (!fx.sym_bool) -> ()
    fx.output(%c) : !fx.sym_bool
  }
}
// CHECK-LABEL: fx.graph_module @M
// CHECK: %_assert_scalar = fx.call_function aten._assert_scalar.default(%c, "check")
// CHECK-SAME: : (!fx.sym_bool) -> none

// -----

// Rule 5: with no node argument there is nothing to inherit: types only
// (no nn_module_stack sentinel, no torch_fn, no custom).
fx.graph_module @M {
  fx.graph @forward {
    %s = fx.call_function test.scalar() {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___a", "a", "mod.A"]]>} : () -> tensor<f32>
    fx.output(%s) : tensor<f32>
  }
}
// CHECK-LABEL: fx.graph_module @M
// CHECK: %scalar_tensor = fx.call_function aten.scalar_tensor.default(1.5) : () -> tensor<f32> loc(

// -----

// Rules 6 and 8: a source without nn_module_stack gives the exact sentinel;
// without custom, an empty dict. Rule 9: the source's stack trace is not
// inherited.
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32> loc(#src)
    %b = fx.placeholder "b" : tensor<2xf32>
    %sub = fx.call_function aten.sub.Tensor(%a, %b) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%sub) : tensor<2xf32>
  }
}
#src = loc(fused<"a = x">["forward"("model.py":2:0)])
// CHECK-LABEL: fx.graph_module @M
// CHECK: %add = fx.call_function aten.add.Tensor(%a, %neg)
// CHECK-SAME: fx.custom = #fx.dict<{}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>
// CHECK-SAME: loc("{{.*}}hook-rules.mlir":{{[0-9]+}}:{{[0-9]+}})

// -----

// Cloned and moved nodes keep their own metadata; the clone gets a fresh
// name in its graph, and the keys it lacks by the hook's per-key rule
// (custom: its first argument has none, so the default {}).
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %r = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___r", "r", "mod.R"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">} : (tensor<2xf32>) -> tensor<2xf32> loc(#r)
    %c = fx.call_function test.clone(%r) : (tensor<2xf32>) -> tensor<2xf32>
    %m = fx.call_function test.move(%r) : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%c, %m)) : tensor<2xf32>, tensor<2xf32>
  }
}
#r = loc(fused<"return relu(x)">["forward"("model.py":5:0)])
// CHECK-LABEL: fx.graph_module @M
// CHECK: %r_1 = fx.call_function aten.relu.default(%a) {fx.custom = #fx.dict<{}>, fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___r", "r", "mod.R"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">} : (tensor<2xf32>) -> tensor<2xf32> loc(fused<"return relu(x)">["forward"("model.py":5:0)])
// CHECK: %r = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___r", "r", "mod.R"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">} : (tensor<2xf32>) -> tensor<2xf32> loc(fused<"return relu(x)">["forward"("model.py":5:0)])
// CHECK: fx.output((%r_1, %r))
