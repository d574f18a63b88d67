// RUN: fx-opt --mlir-print-local-scope %s -fx-insert-runtime-asserts --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -fx-insert-runtime-asserts='stack-trace={File "model.py", line 3, in forward}' --mlir-print-debuginfo | FileCheck %s --check-prefix=TRACE
// RUN: fx-opt %s -fx-insert-runtime-asserts -fx-verify-metadata=keys=fx.nn_module_stack,fx.torch_fn,fx.custom -o /dev/null
// A real model with nothing to rewrite (resnet18: static sizes, no range constraints) comes out
// unchanged, names, metadata and stack traces included.
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir --mlir-print-debuginfo > %t.resnet18
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir -fx-insert-runtime-asserts --mlir-print-debuginfo | diff -u %t.resnet18 -

// PyTorch's insert_deferred_runtime_asserts for range constraints: s0 is
// bound by sym_size of the first placeholder dim of that size, n is a SymInt
// placeholder, u0 is bound by the node that produces it (asserts after it).
// Expected types by hand: sym_size of a dim of size s0 is SymInt s0; a
// SymInt comparison is a SymBool; _assert_scalar returns nothing.

fx.graph_module @M {
  fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 = [2, 1024], s1 = [-inf, 8], u0 = [0, inf]}>} {
    %x = fx.placeholder "x" : tensor<?x4xf32, #fx.dims<[s0]>> loc("x")
    %y = fx.placeholder "y" : tensor<3x?xf32, #fx.dims<[s1]>>
    %t = fx.placeholder "t" : tensor<si64>
    %relu = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>, fx.custom = #fx.dict<{"tag" = "keep"}>, fx.torch_fn = #fx.torch_fn<"relu_1", "OpOverload.relu.default">} : (tensor<?x4xf32, #fx.dims<[s0]>>) -> tensor<?x4xf32, #fx.dims<[s0]>>
    %item = fx.call_function aten._local_scalar_dense.default(%t) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.custom = #fx.dict<{"k" = 1}>, fx.torch_fn = #fx.torch_fn<"item_1", "method_descriptor.item">} : (tensor<si64>) -> !fx.sym_int<u0>
    %ge = fx.call_function aten.relu.default(%y) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>, fx.custom = #fx.dict<{}>, fx.torch_fn = #fx.torch_fn<"relu_2", "OpOverload.relu.default">} : (tensor<3x?xf32, #fx.dims<[s1]>>) -> tensor<3x?xf32, #fx.dims<[s1]>>
    fx.output((%relu, %ge, %item)) : tensor<?x4xf32, #fx.dims<[s0]>>, tensor<3x?xf32, #fx.dims<[s1]>>, !fx.sym_int<u0>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s2 = [4, 4]}>} {
      %n = fx.placeholder "n" : !fx.sym_int<s2>
      fx.output(%n) : !fx.sym_int<s2>
    }
  }
}

// CHECK-LABEL: fx.graph @forward
// CHECK: %x = fx.placeholder
// CHECK: %t = fx.placeholder
// CHECK-NEXT: %sym_size = fx.call_function aten.sym_size.int(%x, 0)
// CHECK-SAME: fx.custom = #fx.dict<{}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"sym_size.int_0", "OpOverload.sym_size.int">
// CHECK-SAME: : (tensor<?x4xf32, #fx.dims<[s0]>>) -> !fx.sym_int<s0> loc("fx-insert-runtime-asserts")
// CHECK-NEXT: %sym_size_1 = fx.call_function aten.sym_size.int(%y, 1) {{.*}} : (tensor<3x?xf32, #fx.dims<[s1]>>) -> !fx.sym_int<s1> loc("fx-insert-runtime-asserts")
// CHECK-NEXT: %ge_1 = fx.call_function operator.ge(%sym_size, 2)
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"ge_0", "builtin_function_or_method.ge">
// CHECK-SAME: : (!fx.sym_int<s0>) -> !fx.sym_bool loc("fx-insert-runtime-asserts")
// CHECK-NEXT: fx.call_function aten._assert_scalar.default(%ge_1, "Runtime assertion failed for expression s0 >= 2 on node 'ge_1'")
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"_assert_scalar.default_0", "OpOverload._assert_scalar.default">
// CHECK-SAME: name = "_assert_scalar"
// CHECK-SAME: : (!fx.sym_bool) -> () loc("fx-insert-runtime-asserts")
// CHECK-NEXT: %le = fx.call_function operator.le(%sym_size, 1024) {{.*}} : (!fx.sym_int<s0>) -> !fx.sym_bool
// CHECK-NEXT: fx.call_function aten._assert_scalar.default(%le, "Runtime assertion failed for expression s0 <= 1024 on node 'le'") {{.*}}name = "_assert_scalar_1"
// CHECK-NEXT: %le_1 = fx.call_function operator.le(%sym_size_1, 8)
// CHECK-NEXT: fx.call_function aten._assert_scalar.default(%le_1, "Runtime assertion failed for expression s1 <= 8 on node 'le_1'")
// CHECK-NEXT: %relu = fx.call_function aten.relu.default(%x)
// CHECK-NEXT: %item = fx.call_function aten._local_scalar_dense.default(%t)
// CHECK-NEXT: %ge_2 = fx.call_function operator.ge(%item, 0)
// CHECK-SAME: fx.custom = #fx.dict<{"k" = 1 : i64}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___m", "m", "mod.M"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"ge_0", "builtin_function_or_method.ge">
// CHECK-SAME: : (!fx.sym_int<u0>) -> !fx.sym_bool
// CHECK-NEXT: fx.call_function aten._assert_scalar.default(%ge_2, "Runtime assertion failed for expression u0 >= 0 on node 'ge_2'")
// CHECK-SAME: fx.custom = #fx.dict<{"k" = 1 : i64}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___m", "m", "mod.M"]]>
// CHECK-NEXT: %ge = fx.call_function aten.relu.default(%y)
// CHECK: fx.graph_module @true_graph_0
// CHECK: %n = fx.placeholder "n" : !fx.sym_int<s2>
// CHECK-NEXT: %ge = fx.call_function operator.ge(%n, 4) {{.*}} : (!fx.sym_int<s2>) -> !fx.sym_bool
// CHECK-NEXT: fx.call_function aten._assert_scalar.default(%ge, "Runtime assertion failed for expression s2 >= 4 on node 'ge'")
// CHECK-NEXT: %le = fx.call_function operator.le(%n, 4)
// CHECK-NEXT: fx.call_function aten._assert_scalar.default(%le, "Runtime assertion failed for expression s2 <= 4 on node 'le'")
// CHECK-NEXT: fx.output(%n)

// TRACE: fx.call_function aten.sym_size.int(%x, 0) {{.*}} loc("forward"("model.py":3:0))
