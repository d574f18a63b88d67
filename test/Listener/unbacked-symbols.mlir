// Created data-dependent ops get unbacked symbols that no value of the graph
// has yet (the graph holds u0), a new one for each op: their types are not
// remembered across calls like other inferred types.
// RUN: fx-opt %s -test-fx-listener=driver=walk | FileCheck %s
// RUN: fx-opt %s -test-fx-listener=driver=greedy | FileCheck %s --check-prefix=GREEDY

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %m = fx.call_function aten.nonzero.default(%x) : (tensor<2x3xf32>) -> tensor<?x2xsi64, #fx.dims<[u0]>>
    %p = fx.call_function test.nonzero(%x) : (tensor<2x3xf32>) -> !fx.unknown
    %q = fx.call_function test.nonzero(%x) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output((%m, %p, %q)) : tensor<?x2xsi64, #fx.dims<[u0]>>, !fx.unknown, !fx.unknown
  }
}

// CHECK:      %m = fx.call_function aten.nonzero.default(%x) {{.*}}-> tensor<?x2xsi64, #fx.dims<[u0]>>
// CHECK-NEXT: %nonzero = fx.call_function aten.nonzero.default(%x) {{.*}}-> tensor<?x2xsi64, #fx.dims<[u1]>>
// CHECK-NEXT: %nonzero_1 = fx.call_function aten.nonzero.default(%x) {{.*}}-> tensor<?x2xsi64, #fx.dims<[u2]>>

// The greedy driver rewrites %q first: names and symbols follow creation.
// GREEDY:      %m = fx.call_function aten.nonzero.default(%x) {{.*}}-> tensor<?x2xsi64, #fx.dims<[u0]>>
// GREEDY-NEXT: %nonzero_1 = fx.call_function aten.nonzero.default(%x) {{.*}}-> tensor<?x2xsi64, #fx.dims<[u2]>>
// GREEDY-NEXT: %nonzero = fx.call_function aten.nonzero.default(%x) {{.*}}-> tensor<?x2xsi64, #fx.dims<[u1]>>
