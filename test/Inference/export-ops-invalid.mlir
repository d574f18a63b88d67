// RUN: fx-opt %s --split-input-file --fx-infer-types=mode=overwrite --verify-diagnostics
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// Calls PyTorch 2.13 rejects (its error quoted in each case's comment) get a
// located error from the rules of Rules/ExportOps.cpp.

// chunk(randn(2, 7), 0, 1): chunk expects `chunks` to be greater than 0
fx.graph_module @case0 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x7xf32>
    // expected-error @+1 {{chunk expects `chunks` to be greater than 0, got: 0}}
    %r = fx.call_function aten.chunk.default(%x, 0, 1) : (tensor<2x7xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// a symbolic dim has no known number of chunks
fx.graph_module @case1 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
    // expected-error @+1 {{cannot chunk a dim of symbolic size}}
    %r = fx.call_function aten.chunk.default(%x, 2) : (tensor<?xf32, #fx.dims<[s0]>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(x, [1, 1, 4]): Padding length must be divisible by 2
fx.graph_module @case2 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    // expected-error @+1 {{Padding length must be divisible by 2}}
    %r = fx.call_function aten.pad.default(%x, [1, 1, 4], "constant") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(x, ..., 'foo'): Unrecognised padding mode foo
fx.graph_module @case3 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    // expected-error @+1 {{unrecognised padding mode 'foo'}}
    %r = fx.call_function aten.pad.default(%x, [1, 1], "foo") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(x, [1, 1], 'reflect', 1.0): doesn't take in value argument
fx.graph_module @case4 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    // expected-error @+1 {{doesn't take in value argument}}
    %r = fx.call_function aten.pad.default(%x, [1, 1], "reflect", 1.000000e+00) : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(randn(4, 4), [1, 1, 2, 2], 'reflect'): Padding size 4 is not supported for 2D input tensor
fx.graph_module @case5 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4x4xf32>
    // expected-error @+1 {{padding size 4 is not supported for 2D input tensor}}
    %r = fx.call_function aten.pad.default(%x, [1, 1, 2, 2], "reflect") : (tensor<4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// reflect pad (4, 2) of a dim of 4: Padding size should be less than the corresponding input dimension
fx.graph_module @case6 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    // expected-error @+1 {{padding size should be less than the corresponding input dimension, but got padding (4, 2) at dimension 2}}
    %r = fx.call_function aten.pad.default(%x, [1, 1, 4, 2], "reflect") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// circular pad 5 of a dim of 4: Padding value causes wrapping around more than once
fx.graph_module @case7 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    // expected-error @+1 {{padding value causes wrapping around more than once}}
    %r = fx.call_function aten.pad.default(%x, [1, 1, 5, 2], "circular") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// group_norm(randn(2, 6, 3), 4): channels not divisible by num_groups
fx.graph_module @case8 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6x3xf32>
    // expected-error @+1 {{expected number of channels in input to be divisible by num_groups}}
    %r = fx.call_function aten.group_norm.default(%x, 4) : (tensor<2x6x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// group_norm(randn(2, 6, 3), 3, randn(5)): weight of the wrong size
fx.graph_module @case9 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6x3xf32>
    %w = fx.placeholder "w" : tensor<5xf32>
    // expected-error @+1 {{'weight' must be a vector of size [6]}}
    %r = fx.call_function aten.group_norm.default(%x, 3, %w) : (tensor<2x6x3xf32>, tensor<5xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// group_norm of an int64 tensor: mean() could not infer output dtype
fx.graph_module @case10 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6x3xsi64>
    // expected-error @+1 {{must be a floating point tensor}}
    %r = fx.call_function aten.group_norm.default(%x, 3) : (tensor<2x6x3xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// group_norm(randn(2), 1): Dimension out of range
fx.graph_module @case11 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error @+1 {{must have at least 2 dims}}
    %r = fx.call_function aten.group_norm.default(%x, 1) : (tensor<2xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// instance_norm without running stats and use_input_stats=False
fx.graph_module @case12 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6x3xf32>
    // expected-error @+1 {{expected running_mean and running_var to be defined when use_input_stats is false}}
    %r = fx.call_function aten.instance_norm.default(%x, None, None, None, None, False, 1.000000e-01, 1.000000e-05, False) : (tensor<2x6x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// instance_norm(randn(2, 6, 3), randn(5), ...): weight should contain 12 elements not 10
fx.graph_module @case13 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6x3xf32>
    %w = fx.placeholder "w" : tensor<5xf32>
    // expected-error @+1 {{'weight' must be a vector of size [6]}}
    %r = fx.call_function aten.instance_norm.default(%x, %w, None, None, None, True, 1.000000e-01, 1.000000e-05, False) : (tensor<2x6x3xf32>, tensor<5xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa of 1-d tensors: Expected query, key, and value to all be at least 2 dimensional
fx.graph_module @case14 {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<8xf32>
    // expected-error @+1 {{expected query, key, and value to all be at least 2 dimensional}}
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %q, %q) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa of float32 query and float64 value: Expected query, key, and value to have the same dtype
fx.graph_module @case15 {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x6x8xf32>
    %v = fx.placeholder "v" : tensor<2x5x3xf64>
    // expected-error @+1 {{expected query, key, and value to have the same dtype}}
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %q, %v) : (tensor<2x6x8xf32>, tensor<2x6x8xf32>, tensor<2x5x3xf64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa of int64 tensors: expected scalar type torch.float32 but found torch.int64
fx.graph_module @case16 {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x6x8xsi64>
    // expected-error @+1 {{'query' must be a floating point tensor}}
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %q, %q) : (tensor<2x6x8xsi64>, tensor<2x6x8xsi64>, tensor<2x6x8xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa with an int64 mask: Expected attn_mask dtype to be bool or float or to match query dtype
fx.graph_module @case17 {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x6x8xf32>
    %m = fx.placeholder "m" : tensor<6x6xsi64>
    // expected-error @+1 {{'attn_mask' dtype must be bool or match query's dtype}}
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %q, %q, %m) : (tensor<2x6x8xf32>, tensor<2x6x8xf32>, tensor<2x6x8xf32>, tensor<6x6xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa with key embedding 7 and query embedding 8: bmm size mismatch
fx.graph_module @case18 {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x6x8xf32>
    %k = fx.placeholder "k" : tensor<2x5x7xf32>
    %v = fx.placeholder "v" : tensor<2x5x3xf32>
    // expected-error @+1 {{expected query and key to have the same embedding size}}
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %k, %v) : (tensor<2x6x8xf32>, tensor<2x5x7xf32>, tensor<2x5x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// __and__ of float tensors: bitwise ops take integral tensors
fx.graph_module @case19 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    // expected-error @+1 {{argument 'self' must be a bool or integer tensor}}
    %r = fx.call_function aten.__and__.Tensor(%x, %x) : (tensor<2xf32>, tensor<2xf32>) -> !fx.unknown
    fx.output(None)
  }
}
