// RUN: fx-opt %s -split-input-file -verify-diagnostics -fx-replace-set-grad-with-subgraph

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{'torch._C._set_grad_enabled(False)' has no matching (True) in its graph}}
    fx.call_function torch._C._set_grad_enabled(False) {name = "_set_grad_enabled"} : () -> ()
    %neg = fx.call_function aten.neg.default(%x) : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%neg) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    fx.call_function torch._C._set_grad_enabled(False) {name = "_set_grad_enabled"} : () -> ()
    // expected-error@+1 {{'torch._C._set_grad_enabled(False)' inside a region that an earlier (False) opened}}
    fx.call_function torch._C._set_grad_enabled(False) {name = "_set_grad_enabled_1"} : () -> ()
    fx.call_function torch._C._set_grad_enabled(True) {name = "_set_grad_enabled_2"} : () -> ()
    fx.output(%x) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{'torch._C._set_grad_enabled' must have one constant bool argument}}
    fx.call_function torch._C._set_grad_enabled(%x) {name = "_set_grad_enabled"} : (tensor<2xf32>) -> ()
    fx.output(%x) : tensor<2xf32>
  }
}
