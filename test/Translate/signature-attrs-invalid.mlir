// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-opt %s --split-input-file --verify-diagnostics

// The attributes the .pt2 translation adds to the dialect are checked where
// they appear.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{'fx.input_spec' is only valid on an fx.placeholder}}
    %r = fx.call_function aten.relu.default(%x) {fx.input_spec = #fx.input_spec<user_input>} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%r,)) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error@+1 {{'fx.input_spec' must be an #fx.input_spec, got "x"}}
    %x = fx.placeholder "x" {fx.input_spec = "x"} : tensor<2xf32>
    fx.output((%x,)) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{'fx.output_specs' must be an array of #fx.output_spec, got [#fx.output_spec<user_output>, 1]}}
    fx.output((%x,)) {fx.output_specs = [#fx.output_spec<user_output>, 1]} : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error@+1 {{'fx.output_specs' is only valid on an fx.output}}
    %x = fx.placeholder "x" {fx.output_specs = []} : tensor<2xf32>
    fx.output((%x,)) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{'fx.arg_names' must be an array of strings, got [1]}}
    %r = fx.call_function aten.relu.default(%x) {fx.arg_names = [1]} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%r,)) : tensor<2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{'fx.meta' must be an #fx.dict, got {a = "b"}}}
    %r = fx.call_function aten.relu.default(%x) {fx.meta = {a = "b"}} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%r,)) : tensor<2xf32>
  }
}

// -----

// expected-error@+1 {{'fx.program' must be an #fx.dict, got "json"}}
fx.graph_module @M attributes {fx.program = "json"} {
  fx.graph @forward {
    fx.output(())
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error@+1 {{expected '<'}}
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec} : tensor<2xf32>
    fx.output((%x,)) : tensor<2xf32>
  }
}
