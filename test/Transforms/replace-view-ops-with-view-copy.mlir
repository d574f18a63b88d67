// RUN: fx-opt --mlir-print-local-scope %s -fx-replace-view-ops-with-view-copy --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -fx-replace-view-ops-with-view-copy=policy=first-argument --mlir-print-debuginfo | FileCheck %s --check-prefix=FIRST
// RUN: fx-opt %s -fx-replace-view-ops-with-view-copy -fx-verify-metadata=keys=fx.nn_module_stack,fx.torch_fn,fx.custom -o /dev/null
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir -fx-replace-view-ops-with-view-copy -fx-verify-metadata -o /dev/null
// RUN: fx-opt --mlir-print-local-scope %fx_src_root/test/Inputs/resnet18.mlir -fx-replace-view-ops-with-view-copy | FileCheck %s --check-prefix=RESNET

// ReplaceViewOpsWithViewCopyOpsPass: view ops become their _copy variants
// with the view's types (by hand: a copy has its view's shape and dtype),
// _unsafe_view becomes view_copy, sym_size stays.

#nnms = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %relu = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___r", "r", "mod.R"]]>, fx.torch_fn = #fx.torch_fn<"relu_1", "OpOverload.relu.default">, fx.custom = #fx.dict<{"from" = "relu"}>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %view = fx.call_function aten.view.default(%relu, [3, 2]) {fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"view_1", "OpOverload.view.default">, fx.custom = #fx.dict<{"from" = "view"}>} : (tensor<2x3xf32>) -> tensor<3x2xf32> loc("forward"("model.py":3:0))
    %t = fx.call_function aten.t.default(%view) {fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"t_1", "OpOverload.t.default">, fx.custom = #fx.dict<{}>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
    %select = fx.call_function aten.select.int(%t, 0, 1) {fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"select_1", "OpOverload.select.int">, fx.custom = #fx.dict<{}>} : (tensor<2x3xf32>) -> tensor<3xf32>
    %uv = fx.call_function aten._unsafe_view.default(%select, [3, 1]) {fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"_unsafe_view_1", "OpOverload._unsafe_view.default">, fx.custom = #fx.dict<{}>} : (tensor<3xf32>) -> tensor<3x1xf32>
    %size = fx.call_function aten.sym_size.int(%uv, 0) {fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"sym_size_1", "OpOverload.sym_size.int">, fx.custom = #fx.dict<{}>} : (tensor<3x1xf32>) -> !fx.sym_int
    %sub = fx.get_attr @sub : !fx.graph_module
    fx.output((%uv, %size, %sub)) : tensor<3x1xf32>, !fx.sym_int, !fx.graph_module
  }
  fx.graph_module @sub {
    fx.graph @forward {
      %y = fx.placeholder "y" : tensor<4x?xf32, #fx.dims<[s0]>>
      %expand = fx.call_function aten.permute.default(%y, [1, 0]) {fx.nn_module_stack = #nnms, fx.torch_fn = #fx.torch_fn<"permute_1", "OpOverload.permute.default">, fx.custom = #fx.dict<{}>} : (tensor<4x?xf32, #fx.dims<[s0]>>) -> !fx.unknown
      fx.output(%expand) : !fx.unknown
    }
  }
}

// CHECK-LABEL: fx.graph @forward
// CHECK: %view_copy = fx.call_function aten.view_copy.default(%relu, [3, 2])
// CHECK-SAME: fx.custom = #fx.dict<{"from" = "view"}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___m", "m", "mod.M"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"view_1", "OpOverload.view.default">
// CHECK-SAME: : (tensor<2x3xf32>) -> tensor<3x2xf32> loc("forward"("model.py":3:0))
// CHECK-NEXT: %t_copy = fx.call_function aten.t_copy.default(%view_copy) {{.*}} : (tensor<3x2xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %select_copy = fx.call_function aten.select_copy.int(%t_copy, 0, 1) {{.*}} : (tensor<2x3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %view_copy_1 = fx.call_function aten.view_copy.default(%select_copy, [3, 1])
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"_unsafe_view_1", "OpOverload._unsafe_view.default">
// CHECK-SAME: : (tensor<3xf32>) -> tensor<3x1xf32>
// CHECK-NEXT: %size = fx.call_function aten.sym_size.int(%view_copy_1, 0)
// CHECK: fx.output((%view_copy_1, %size, %sub))
// CHECK: fx.graph_module @sub
// CHECK: %permute_copy = fx.call_function aten.permute_copy.default(%y, [1, 0])
// CHECK-SAME: : (tensor<4x?xf32, #fx.dims<[s0]>>) -> tensor<?x4xf32, #fx.dims<[s0]>>

// The hook's rule: inherit from the first node argument, torch_fn from the
// copy's own target; the pass keeps the view's location.
// FIRST: %view_copy = fx.call_function aten.view_copy.default(%relu, [3, 2])
// FIRST-SAME: fx.custom = #fx.dict<{"from" = "relu"}>
// FIRST-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___r", "r", "mod.R"]]>
// FIRST-SAME: fx.torch_fn = #fx.torch_fn<"view_copy.default_0", "OpOverload.view_copy.default">
// FIRST-SAME: : (tensor<2x3xf32>) -> tensor<3x2xf32> loc("forward"("model.py":3:0))

// RESNET-NOT: aten.detach.default
// RESNET-NOT: aten._reshape_alias.default
// RESNET: aten.detach_copy.default
// RESNET: aten._reshape_alias_copy.default({{.*}}) {{.*}} : (tensor<1x512x1x1xf32>) -> tensor<1x512xf32>
// RESNET: aten.t_copy.default({{.*}}) {{.*}} : (tensor<1000x512xf32>) -> tensor<512x1000xf32>
