// Every MLIR driver gives created nodes types and inherited metadata.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=greedy | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=op-greedy | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=walk | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=conversion | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=conversion-no-rollback | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=rewriter | FileCheck %s
// Without the listener's type inference the created nodes stay unknown.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=infer-types=false | FileCheck %s --check-prefix=NOINFER
// fx-verify-metadata passes on the typed nodes and finds the untyped ones.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener=driver=greedy -fx-verify-metadata="keys=fx.nn_module_stack,fx.torch_fn summary=true" -o /dev/null 2>&1 | FileCheck %s --check-prefix=VERIFIED
// RUN: not fx-opt %s -test-fx-listener=infer-types=false -fx-verify-metadata 2>&1 | FileCheck %s --check-prefix=UNVERIFIED

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<3xf16>
    %x = fx.call_function aten.relu.default(%a) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___a", "a", "mod.A"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">, fx.custom = #fx.dict<{"tag" = "from-x"}>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %y = fx.call_function aten.relu.default(%b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___b", "b", "mod.B"]]>, fx.torch_fn = #fx.torch_fn<"relu_1", "builtin_function_or_method.relu">} : (tensor<3xf16>) -> tensor<3xf16>
    %sub = fx.call_function aten.sub.Tensor(%x, %y) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___s", "s", "mod.S"]]>} : (tensor<2x3xf32>, tensor<3xf16>) -> tensor<2x3xf32>
    fx.output(%sub) : tensor<2x3xf32>
  }
}

// The 1-to-2 decomposition sub(x, y) -> add(x, neg(y)): each new node takes
// nn_module_stack and custom from its own first argument, torch_fn from its
// own target (never its argument's), and a type from the registry.
// CHECK:      %neg = fx.call_function aten.neg.default(%y)
// CHECK-SAME:   fx.custom = #fx.dict<{}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___b", "b", "mod.B"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"neg.default_0", "OpOverload.neg.default">
// CHECK-SAME:   : (tensor<3xf16>) -> tensor<3xf16>
// CHECK:      %add = fx.call_function aten.add.Tensor(%x, %neg)
// CHECK-SAME:   fx.custom = #fx.dict<{"tag" = "from-x"}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___a", "a", "mod.A"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"add.Tensor_0", "OpOverload.add.Tensor">
// CHECK-SAME:   : (tensor<2x3xf32>, tensor<3xf16>) -> tensor<2x3xf32>
// CHECK:      fx.output(%add) : tensor<2x3xf32>

// NOINFER: %neg = fx.call_function aten.neg.default(%y) {{.*}} : (tensor<3xf16>) -> !fx.unknown
// NOINFER: %add = fx.call_function aten.add.Tensor(%x, %neg) {{.*}} : (tensor<2x3xf32>, !fx.unknown) -> !fx.unknown

// VERIFIED: remark: fx-verify-metadata: 4 call nodes, 0 without result types, 0 without 'fx.nn_module_stack', 0 without 'fx.torch_fn'{{$}}
// UNVERIFIED: error: node 'neg' has no result types
// UNVERIFIED: error: node 'add' has no result types
