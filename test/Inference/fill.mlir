// RUN: fx-opt %s --fx-infer-types=mode=fill --verify-diagnostics | FileCheck %s

// Fill mode types unknown results, keeps known ones, and leaves the results
// of unknown targets unknown with a warning.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    // CHECK: %a = fx.call_function aten.relu.default(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %a = fx.call_function aten.relu.default(%x) : (tensor<2x3xf32>) -> !fx.unknown
    // expected-warning @+1 {{no type inference rule for 'mylib.custom.default'; result types left unknown}}
    %b = fx.call_function mylib.custom.default(%x) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: %c = fx.call_function aten.neg.default(%b) : (!fx.unknown) -> !fx.unknown
    %c = fx.call_function aten.neg.default(%b) : (!fx.unknown) -> !fx.unknown
    // A nonzero in a graph that already holds u0 gets a fresh symbol.
    // CHECK: %n = fx.call_function aten.nonzero.default(%x) : (tensor<2x3xf32>) -> tensor<?x2xsi64, #fx.dims<[u1]>>
    %n = fx.call_function aten.nonzero.default(%x) : (tensor<2x3xf32>) -> !fx.unknown
    %m = fx.call_function aten.nonzero.default(%x) : (tensor<2x3xf32>) -> tensor<?x2xsi64, #fx.dims<[u0]>>
    // CHECK: %k = fx.call_function aten.relu.default(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %k = fx.call_function aten.relu.default(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    fx.output(None)
  }
}
