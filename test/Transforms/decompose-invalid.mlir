// Bad input to fx-decompose is a located error at the decomposed node, never
// a crash or a node with wrong types: unknown operand types, operands the
// node's own rule rejects, operands a created node's rule rejects, a node
// type that disagrees with its operands, bad arguments. Bad options too.
// RUN: fx-opt %s --fx-decompose=ops=all -split-input-file -verify-diagnostics
// RUN: not fx-opt %s -split-input-file --fx-decompose=ops=aten.foo.default 2>&1 | FileCheck %s --check-prefix=OPS
// RUN: not fx-opt %s -split-input-file --fx-decompose=policy=nearest 2>&1 | FileCheck %s --check-prefix=POLICY
// OPS: fx-decompose: no decomposition for 'aten.foo.default'
// POLICY: fx-decompose: unknown policy 'nearest' (expected replaced-op or first-argument)

fx.graph_module @M {
  fx.graph @forward {
    %u = fx.placeholder "u" : !fx.unknown
    // expected-error @below {{cannot decompose: aten.silu.default: argument 'self' must be a tensor, got '!fx.unknown'}}
    %silu = fx.call_function aten.silu.default(%u) : (!fx.unknown) -> !fx.unknown
    fx.output(%silu) : !fx.unknown
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    %u = fx.placeholder "u" : !fx.unknown
    // expected-error @below {{cannot decompose: aten.linear.default: argument 'weight' must be a tensor, got '!fx.unknown'}}
    %linear = fx.call_function aten.linear.default(%x, %u) : (tensor<3x4xf32>, !fx.unknown) -> tensor<3x10xf32>
    fx.output(%linear) : tensor<3x10xf32>
  }
}

// -----

// Inconsistent operands: the inner dims of linear differ.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    %w = fx.placeholder "w" : tensor<10x5xf32>
    // expected-error @below {{cannot decompose: aten.linear.default: argument 'weight' of type 'tensor<5x10xf32>' cannot be multiplied with 'tensor<3x4xf32>'}}
    %linear = fx.call_function aten.linear.default(%x, %w) : (tensor<3x4xf32>, tensor<10x5xf32>) -> tensor<3x10xf32>
    fx.output(%linear) : tensor<3x10xf32>
  }
}

// -----

// The node's own check is remembered per call signature, operand types
// included: a linear with the args of a checked one but another weight type
// is checked again, and each failing node reports.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    %w = fx.placeholder "w" : tensor<10x4xf32>
    %v = fx.placeholder "v" : tensor<10x5xf32>
    %ok = fx.call_function aten.linear.default(%x, %w) : (tensor<3x4xf32>, tensor<10x4xf32>) -> tensor<3x10xf32>
    // expected-error @below {{cannot decompose: aten.linear.default: argument 'weight' of type 'tensor<5x10xf32>' cannot be multiplied with 'tensor<3x4xf32>'}}
    %bad = fx.call_function aten.linear.default(%x, %v) : (tensor<3x4xf32>, tensor<10x5xf32>) -> tensor<3x10xf32>
    // expected-error @below {{cannot decompose: aten.linear.default: argument 'weight' of type 'tensor<5x10xf32>' cannot be multiplied with 'tensor<3x4xf32>'}}
    %again = fx.call_function aten.linear.default(%x, %v) : (tensor<3x4xf32>, tensor<10x5xf32>) -> tensor<3x10xf32>
    fx.output((%ok, %bad, %again)) : tensor<3x10xf32>, tensor<3x10xf32>, tensor<3x10xf32>
  }
}

// -----

// layer_norm has no rule of its own: the created native_layer_norm's rule
// reports, at the layer_norm node.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    // expected-error @below {{aten.native_layer_norm.default: argument 'normalized_shape' must be the last sizes of input 'tensor<3x4xf32>'}}
    %ln = fx.call_function aten.layer_norm.default(%x, [5]) : (tensor<3x4xf32>) -> tensor<3x4xf32>
    fx.output(%ln) : tensor<3x4xf32>
  }
}

// -----

// The node's type disagrees with its operands.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    // expected-error @below {{cannot decompose: aten._softmax.default: the decomposition computes 'tensor<3x4xf32>' but the node's value is 'tensor<3x5xf32>'}}
    %sm = fx.call_function aten._softmax.default(%x, 1, False) : (tensor<3x4xf32>) -> tensor<3x5xf32>
    fx.output(%sm) : tensor<3x5xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    %y = fx.placeholder "y" : tensor<3x4xf32>
    // expected-error @below {{cannot decompose: aten.std.correction: the decomposition computes 'tensor<4xf32>' but the node's value is 'tensor<3xf32>'}}
    %std = fx.call_function aten.std.correction(%x, [0]) : (tensor<3x4xf32>) -> tensor<3xf32>
    // Reported once, and the other nodes are still decomposed.
    %sig = fx.call_function aten.silu.default(%y) : (tensor<3x4xf32>) -> tensor<3x4xf32>
    fx.output((%std, %sig)) : tensor<3xf32>, tensor<3x4xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    // expected-error @below {{cannot decompose: aten.gelu.default: argument 'approximate' must be 'none' or 'tanh', got 'fast'}}
    %gelu = fx.call_function aten.gelu.default(%x, approximate = "fast") : (tensor<3x4xf32>) -> tensor<3x4xf32>
    fx.output(%gelu) : tensor<3x4xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3x4xf32>
    %rm = fx.placeholder "rm" : tensor<4xf32>
    %rv = fx.placeholder "rv" : tensor<3xf32>
    // The rule of the _native_batch_norm_legit_no_training node it creates
    // rejects the running mean.
    // expected-error @below {{aten._native_batch_norm_legit_no_training.default: argument 'running_mean' must be a 1-D tensor with one element per channel, got 'tensor<4xf32>'}}
    %bn = fx.call_function aten.batch_norm.default(%x, None, None, %rm, %rv, False, 0.1, 1.0e-05, False) : (tensor<2x3x4xf32>, tensor<4xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
    fx.output(%bn) : tensor<2x3x4xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    %y = fx.placeholder "y" : tensor<5x4xf32>
    // expected-error @below {{cannot decompose: aten.expand_as.default: argument 'other' of type 'tensor<5x4xf32>' is not an expansion of 'tensor<3x4xf32>'}}
    %e = fx.call_function aten.expand_as.default(%x, %y) : (tensor<3x4xf32>, tensor<5x4xf32>) -> tensor<5x4xf32>
    fx.output(%e) : tensor<5x4xf32>
  }
}

// -----

// A size that is neither a constant nor a symbol cannot become a SymInt.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x4xf32>
    %y = fx.placeholder "y" : tensor<?x4xf32>
    // expected-error @below {{cannot decompose: aten.expand_as.default: the size of dim 0 of 'tensor<?x4xf32>' is unknown}}
    %e = fx.call_function aten.expand_as.default(%x, %y) : (tensor<1x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    fx.output(%e) : tensor<?x4xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    // expected-error @below {{cannot decompose: aten.std.dim: argument 'dim' dim 2 is out of range for a tensor of rank 2}}
    %std = fx.call_function aten.std.dim(%x, [2]) : (tensor<3x4xf32>) -> tensor<3xf32>
    fx.output(%std) : tensor<3xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3x4xf32>
    // expected-error @below {{cannot decompose: aten.t.default: argument 'self' must have at most 2 dims, got 3}}
    %t = fx.call_function aten.t.default(%x) : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
    fx.output(%t) : tensor<4x3x2xf32>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    // expected-error @below {{cannot decompose: aten.softplus.default takes at most 3 positional arguments but 4 were given}}
    %s = fx.call_function aten.softplus.default(%x, 1, 20, 3) : (tensor<3x4xf32>) -> tensor<3x4xf32>
    fx.output(%s) : tensor<3x4xf32>
  }
}
