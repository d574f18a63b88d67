// RUN: fx-opt %s -split-input-file -verify-diagnostics -fx-insert-runtime-asserts

// A constrained symbol that no placeholder or node holds.
fx.graph_module @M {
  // expected-error@+1 {{range constraint on s1, which no placeholder size or SymInt node holds}}
  fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s1 = [2, 8]}>} {
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
    fx.output(%x) : tensor<?xf32, #fx.dims<[s0]>>
  }
}

// -----

fx.graph_module @M {
  // expected-error@+1 {{#fx.range_constraints range of s0 is empty}}
  fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 = [8, 2]}>} {
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
    fx.output(%x) : tensor<?xf32, #fx.dims<[s0]>>
  }
}

// -----

fx.graph_module @M {
  // expected-error@+1 {{#fx.range_constraints key 's0 * 2' is not a size symbol}}
  fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 * 2 = [2, 8]}>} {
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
    fx.output(%x) : tensor<?xf32, #fx.dims<[s0]>>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error@+1 {{'fx.range_constraints' is only valid on an fx.graph}}
    %x = fx.placeholder "x" {fx.range_constraints = #fx.range_constraints<{s0 = [2, 8]}>} : tensor<?xf32, #fx.dims<[s0]>>
    fx.output(%x) : tensor<?xf32, #fx.dims<[s0]>>
  }
}

// -----

fx.graph_module @M {
  // expected-error@+1 {{'fx.range_constraints' must be an #fx.range_constraints}}
  fx.graph @forward attributes {fx.range_constraints = {s0 = [2, 8]}} {
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
    fx.output(%x) : tensor<?xf32, #fx.dims<[s0]>>
  }
}
