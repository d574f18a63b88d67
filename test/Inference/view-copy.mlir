// Every view op's `_copy` variant has the view's result types (PyTorch
// generates them from the view ops), including list-returning views.
// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %y = fx.placeholder "y" : tensor<?x3xsi64, #fx.dims<[s0]>>
    // CHECK: aten.t_copy.default(%x) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %t = fx.call_function aten.t_copy.default(%x) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.unbind_copy.int(%x) : (tensor<2x3xf32>) -> tuple<tensor<3xf32>, tensor<3xf32>>
    %u = fx.call_function aten.unbind_copy.int(%x) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.select_copy.int(%x, 1, 0) : (tensor<2x3xf32>) -> tensor<2xf32>
    %s = fx.call_function aten.select_copy.int(%x, 1, 0) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.transpose_copy.int(%y, 0, 1) : (tensor<?x3xsi64, #fx.dims<[s0]>>) -> tensor<3x?xsi64, #fx.dims<[s0]>>
    %tr = fx.call_function aten.transpose_copy.int(%y, 0, 1) : (tensor<?x3xsi64, #fx.dims<[s0]>>) -> !fx.unknown
    // CHECK: aten.unsqueeze_copy.default(%y, -1) : (tensor<?x3xsi64, #fx.dims<[s0]>>) -> tensor<?x3x1xsi64, #fx.dims<[s0]>>
    %un = fx.call_function aten.unsqueeze_copy.default(%y, -1) : (tensor<?x3xsi64, #fx.dims<[s0]>>) -> !fx.unknown
    fx.output((%t, %u, %s, %tr, %un)) : !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown
  }
}
