// RUN: fx-opt --mlir-print-local-scope %s -fx-functionalize-side-effects --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt %s -fx-functionalize-side-effects -fx-verify-metadata=keys=fx.nn_module_stack,fx.torch_fn,fx.custom -o /dev/null
// A real model with nothing to rewrite (resnet18: no _assert_async) comes out
// unchanged, names, metadata and stack traces included.
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir --mlir-print-debuginfo > %t.resnet18
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir -fx-functionalize-side-effects --mlir-print-debuginfo | diff -u %t.resnet18 -

// _FunctionalizeSideEffectfulOpsPass: a token from _make_dep_token threads
// through _functional_assert_async.msg and becomes an extra output. Created
// nodes take the replaced assert's metadata and stack trace. Expected types
// by hand: _make_dep_token() is a 0-dim float32 tensor (at::empty({})),
// _functional_assert_async returns its dep_token.

#nnms_a = #fx.nn_module_stack<[["L__self___a", "a", "mod.A"]]>
#nnms_b = #fx.nn_module_stack<[["L__self___b", "b", "mod.B"]]>
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xi1>
    %y = fx.placeholder "y" : tensor<2xf32>
    fx.call_function aten._assert_async.msg(%x, "first") {name = "_assert_async", fx.nn_module_stack = #nnms_a, fx.torch_fn = #fx.torch_fn<"_assert_async_1", "OpOverload._assert_async.msg">, fx.custom = #fx.dict<{"c" = "a"}>} : (tensor<2xi1>) -> () loc(fused<"torch._assert_async(x)">["forward"("model.py":5:0)])
    %neg = fx.call_function aten.neg.default(%y) {fx.nn_module_stack = #nnms_a, fx.torch_fn = #fx.torch_fn<"neg_1", "OpOverload.neg.default">, fx.custom = #fx.dict<{}>} : (tensor<2xf32>) -> tensor<2xf32>
    fx.call_function aten._assert_async.msg(%x, "second") {name = "_assert_async_1", fx.nn_module_stack = #nnms_b, fx.torch_fn = #fx.torch_fn<"_assert_async_2", "OpOverload._assert_async.msg">, fx.custom = #fx.dict<{"c" = "b"}>} : (tensor<2xi1>) -> () loc("forward"("model.py":7:0))
    %true_graph_0 = fx.get_attr @true_graph_0 : !fx.graph_module
    fx.output((%neg, %true_graph_0)) : tensor<2xf32>, !fx.graph_module
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %z = fx.placeholder "z" : tensor<i1>
      // Nested graphs keep their asserts (their callers fix their outputs).
      fx.call_function aten._assert_async.msg(%z, "nested") {name = "_assert_async", fx.nn_module_stack = #nnms_a, fx.torch_fn = #fx.torch_fn<"_assert_async_3", "OpOverload._assert_async.msg">, fx.custom = #fx.dict<{}>} : (tensor<i1>) -> ()
      fx.output(%z) : tensor<i1>
    }
  }
}

// A graph returning one value: the value and the token become a tuple, as
// PyTorch's `(*results, dep_token)` always builds one.
fx.graph_module @Single {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<i1>
    %y = fx.placeholder "y" : tensor<3xf16>
    fx.call_function aten._assert_async.msg(%x, "single") {name = "_assert_async", fx.nn_module_stack = #nnms_a, fx.torch_fn = #fx.torch_fn<"_assert_async_1", "OpOverload._assert_async.msg">, fx.custom = #fx.dict<{}>} : (tensor<i1>) -> ()
    fx.output(%y) : tensor<3xf16>
  }
}

// CHECK-LABEL: fx.graph_module @M
// CHECK: %dep_token0 = fx.call_function aten._make_dep_token.default()
// CHECK-SAME: fx.custom = #fx.dict<{"c" = "a"}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___a", "a", "mod.A"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"_assert_async_1", "OpOverload._assert_async.msg">
// CHECK-SAME: : () -> tensor<f32> loc(fused<"torch._assert_async(x)">[{{.*}}])
// CHECK-NEXT: %dep_token1 = fx.call_function aten._functional_assert_async.msg(%x, "first", dep_token = %dep_token0)
// CHECK-SAME: fx.custom = #fx.dict<{"c" = "a"}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___a", "a", "mod.A"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"_assert_async_1", "OpOverload._assert_async.msg">
// CHECK-SAME: : (tensor<2xi1>, tensor<f32>) -> tensor<f32> loc(fused<"torch._assert_async(x)">[{{.*}}])
// CHECK-NEXT: %neg = fx.call_function aten.neg.default(%y)
// CHECK-NEXT: %dep_token2 = fx.call_function aten._functional_assert_async.msg(%x, "second", dep_token = %dep_token1)
// CHECK-SAME: fx.custom = #fx.dict<{"c" = "b"}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___b", "b", "mod.B"]]>
// CHECK-SAME: : (tensor<2xi1>, tensor<f32>) -> tensor<f32> loc("forward"({{.*}}))
// CHECK-NOT: _assert_async.msg
// CHECK: fx.output((%neg, %true_graph_0, %dep_token2)) : tensor<2xf32>, !fx.graph_module, tensor<f32>
// CHECK: fx.graph_module @true_graph_0
// CHECK: fx.call_function aten._assert_async.msg(%z, "nested")
// CHECK: fx.output(%z)
// CHECK-LABEL: fx.graph_module @Single
// CHECK: %dep_token0 = fx.call_function aten._make_dep_token.default()
// CHECK: %dep_token1 = fx.call_function aten._functional_assert_async.msg(%x, "single", dep_token = %dep_token0)
// CHECK: fx.output((%y, %dep_token1)) : tensor<3xf16>, tensor<f32>
