// RUN: fx-opt %s -split-input-file -verify-diagnostics

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    // expected-error @+1 {{node_source action must be create, replace or both joined by '+', got "delete"}}
    %r = fx.call_function aten.relu.default(%a) {fx.from_node = [#fx.node_source<name = "r", target = "aten.relu.default", graph_id = 0, pass_name = "p", action = "delete", from_node = []>]} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%r) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    // expected-error @+1 {{node_source from_node must be an array of #fx.node_source, got [1]}}
    %r = fx.call_function aten.relu.default(%a) {fx.from_node = [#fx.node_source<name = "r", target = "aten.relu.default", graph_id = 0, pass_name = "p", action = "create", from_node = [1]>]} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%r) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    // expected-error @+1 {{from_node must be an array of #fx.node_source, got "linear"}}
    %r = fx.call_function aten.relu.default(%a) {fx.from_node = "linear"} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%r) : tensor<2xf32>
  }
}

// -----

// from_node is a property of fx nodes; no other op carries it.
// expected-error @+1 {{'fx.from_node' is only valid as the from_node property of an fx node}}
fx.graph_module @M attributes {fx.from_node = []} {
  fx.graph @forward {
    fx.output()
  }
}

// -----

// The generic form: MLIR's optional property, [] or [[entries]].
fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{from_node must be an array of #fx.node_source, got 1}}
    %a = "fx.placeholder"() <{from_node = [1], name = "a", target = "a"}> : () -> tensor<2xf32>
    fx.output(%a) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{from_node must be [] (none) or [[#fx.node_source, ...]], got [[], []]}}
    %a = "fx.placeholder"() <{from_node = [[], []], name = "a", target = "a"}> : () -> tensor<2xf32>
    fx.output(%a) : tensor<2xf32>
  }
}

// -----

// The generic form cannot give a node a discardable fx.from_node either.
fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+2 {{'fx.from_node' is only valid as the from_node property of an fx node}}
    // expected-note @+1 {{the generic form gives it as <{from_node = [[...]]}>}}
    %a = "fx.placeholder"() <{name = "a", target = "a"}> {fx.from_node = []} : () -> tensor<2xf32>
    fx.output(%a) : tensor<2xf32>
  }
}
