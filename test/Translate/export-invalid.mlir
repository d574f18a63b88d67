// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --export-pt2-json %s --split-input-file --verify-diagnostics
// RUN: not fx-translate --export-pt2 %S/Inputs/no-weight-values.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=VALUE

// VALUE: error: has no value to write

// expected-error@+1 {{expected exactly one fx.graph_module to export, found 2}}
module {
  fx.graph_module @a {
    fx.graph @forward {
      fx.output(())
    }
  }
  fx.graph_module @b {
    fx.graph @forward {
      fx.output(())
    }
  }
}

// -----

fx.graph_module @call_method {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{cannot export an 'fx.call_method' node: exported programs hold only placeholder, call_function and output nodes}}
    %view = fx.call_method view(%x, -1) : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%view,)) : tensor<2xf32>
  }
}

// -----

fx.graph_module @no_arg_names {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // A target whose schema fx-mlir does not know has no names to take.
    // expected-error@+1 {{cannot export a call to 'aten.my_relu.default' without fx.arg_names, the schema names of its 1 positional args}}
    %relu = fx.call_function aten.my_relu.default(%x) : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%relu,)) : tensor<2xf32>
  }
}

// -----

fx.graph_module @unknown_size {
  fx.graph @forward {
    // expected-error@+1 {{cannot export 'x': its type 'tensor<?xf32>' has an unknown size}}
    %x = fx.placeholder "x" : tensor<?xf32>
    fx.output((%x,)) : tensor<?xf32>
  }
}

// -----

fx.graph_module @tensor_get_attr {
  fx.module_attr parameter @w : tensor<2xf32>
  fx.graph @forward {
    // expected-error@+1 {{cannot export a get_attr of a tensor: an exported program lifts it to a placeholder}}
    %w = fx.get_attr @w : tensor<2xf32>
    fx.output((%w,)) : tensor<2xf32>
  }
}

// -----

fx.graph_module @mutation_of_a_constant {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error@+1 {{output 0 of kind buffer_mutation is not a tensor}}
    fx.output((1,)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "b">]}
  }
}

// -----

fx.graph_module @sym_bool_input {
  fx.graph @forward {
    // expected-error@+1 {{cannot export SymBool 'flag': only comparisons of SymInts have an expression}}
    %flag = fx.placeholder "flag" : !fx.sym_bool
    fx.output((%flag,)) : !fx.sym_bool
  }
}
