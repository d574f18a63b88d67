// RUN: fx-opt %s --split-input-file --fx-infer-types=mode=overwrite --verify-diagnostics

// Bad input gives a located error naming the op, never a crash.

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{no type inference rule for 'aten.frobnicate.default'}}
    %r = fx.call_function aten.frobnicate.default(%a) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{aten.relu.default takes at most 1 positional arguments but 2 were given}}
    %r = fx.call_function aten.relu.default(%a, %a) : (tensor<2x3xf32>, tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{aten.add.Tensor missing required argument 'other'}}
    %r = fx.call_function aten.add.Tensor(%a) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{got an unexpected keyword argument 'beta'}}
    %r = fx.call_function aten.add.Tensor(%a, %a, beta = 2) : (tensor<2x3xf32>, tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<4x3xf32>
    // expected-error @+1 {{aten.add.Tensor: argument 'other' of shape [4, 3] does not broadcast with [2, 3]}}
    %r = fx.call_function aten.add.Tensor(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xsi64>
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha' cannot be safely cast to the result dtype Long}}
    %r = fx.call_function aten.add.Tensor(%a, %a, alpha = 0.5) : (tensor<2x3xsi64>, tensor<2x3xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xi1>
    // expected-error @+1 {{argument 'self' must not be a bool tensor}}
    %r = fx.call_function aten.sub.Tensor(%a, %a) : (tensor<2x3xi1>, tensor<2x3xi1>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xi1>
    // expected-error @+1 {{must not be a bool tensor}}
    %r = fx.call_function aten.neg.default(%a) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{must be a bool or integer tensor}}
    %r = fx.call_function aten.bitwise_and.Tensor(%a, %a) : (tensor<2x3xf32>, tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xsi32>
    %b = fx.placeholder "b" : tensor<2x3xf32>
    // expected-error @+1 {{aten.add_.Tensor: argument 'self' of dtype Int cannot hold the result type Float}}
    %r = fx.call_function aten.add_.Tensor(%a, %b) : (tensor<2x3xsi32>, tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<3xf32>
    %b = fx.placeholder "b" : tensor<2x3xf32>
    // expected-error @+1 {{aten.mul_.Tensor: argument 'self' of shape [3] doesn't match the broadcast shape [2, 3]}}
    %r = fx.call_function aten.mul_.Tensor(%a, %b) : (tensor<3xf32>, tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<4x5xf32>
    // expected-error @+1 {{cannot be multiplied}}
    %r = fx.call_function aten.mm.default(%a, %b) : (tensor<2x3xf32>, tensor<4x5xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    // expected-error @+1 {{argument 'mat2' must be a 2D tensor}}
    %r = fx.call_function aten.mm.default(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<5x2x3xf32>
    %b = fx.placeholder "b" : tensor<4x3x4xf32>
    // expected-error @+1 {{aten.bmm.default: argument 'mat2' of type 'tensor<4x3x4xf32>' has another batch size than 'tensor<5x2x3xf32>'}}
    %r = fx.call_function aten.bmm.default(%a, %b) : (tensor<5x2x3xf32>, tensor<4x3x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<f32>
    %b = fx.placeholder "b" : tensor<3xf32>
    // expected-error @+1 {{aten.matmul.default: argument 'self' must be at least 1D, got 'tensor<f32>'}}
    %r = fx.call_function aten.matmul.default(%a, %b) : (tensor<f32>, tensor<3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xsi64>
    // expected-error @+1 {{aten.mean.dim: argument 'self' must be a floating point or complex tensor when 'dtype' is None, got Long}}
    %r = fx.call_function aten.mean.dim(%a, [0]) : (tensor<2x3xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{dim 2 is out of range for a tensor of rank 2}}
    %r = fx.call_function aten.sum.dim_IntList(%a, [2]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{appears multiple times}}
    %r = fx.call_function aten.sum.dim_IntList(%a, [1, -1]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x0xf32>
    // expected-error @+1 {{aten.max.dim: argument 'dim' reduces dim 1 of size 0 (the op has no identity)}}
    %r = fx.call_function aten.max.dim(%a, 1) : (tensor<2x0xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xcomplex<f32>>
    // expected-error @+1 {{must not be complex}}
    %r = fx.call_function aten.amax.default(%a, [0]) : (tensor<2x3xcomplex<f32>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{selected index k out of range}}
    %r = fx.call_function aten.topk.default(%a, 4) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{aten.view.default: argument 'size' of [4, -1] is invalid for input of size [6]}}
    %r = fx.call_function aten.view.default(%a, [4, -1]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{only one dimension can be inferred}}
    %r = fx.call_function aten.view.default(%a, [-1, -1]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{aten.view.default: argument 'size' of [5] is invalid for input of size [6]}}
    %r = fx.call_function aten.view.default(%a, [5]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{aten.expand.default: argument 'size' has 1 sizes, fewer than the number of dims in the tensor (2)}}
    %r = fx.call_function aten.expand.default(%a, [3]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{must match the existing size}}
    %r = fx.call_function aten.expand.default(%a, [4, 3]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{appears multiple times}}
    %r = fx.call_function aten.permute.default(%a, [0, 0]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3x4xf32>
    // expected-error @+1 {{aten.t.default: argument 'self' must have at most 2 dims, got 3}}
    %r = fx.call_function aten.t.default(%a) : (tensor<2x3x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{index 2 out of range}}
    %r = fx.call_function aten.select.int(%a, 0, 2) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{slice step must be positive}}
    %r = fx.call_function aten.slice.Tensor(%a, 1, 0, 2, 0) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<2x4x1xf32>
    // expected-error @+1 {{aten.cat.default: argument 'tensors' must have tensors of the same rank: got 2 and 3}}
    %r = fx.call_function aten.cat.default([%a, %b]) : (tensor<2x3xf32>, tensor<2x4x1xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<2x4xf32>
    // expected-error @+1 {{aten.cat.default: argument 'tensors' must have tensors of the same sizes except in dimension 0: got 'tensor<2x3xf32>' and 'tensor<2x4xf32>' for tensor number 1 in the list}}
    %r = fx.call_function aten.cat.default([%a, %b]) : (tensor<2x3xf32>, tensor<2x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{aten.split_with_sizes.default: argument 'split_sizes' must sum exactly to the size of dim 1}}
    %r = fx.call_function aten.split_with_sizes.default(%a, [1, 1], 1) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad' must have an even length, got 3}}
    %r = fx.call_function aten.constant_pad_nd.default(%a, [1, 2, 3]) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<1x2x3xf32>
    // expected-error @+1 {{aten.reflection_pad1d.default: argument 'padding' must be less than the corresponding input dimension, got padding (3, 0) at dimension 2}}
    %r = fx.call_function aten.reflection_pad1d.default(%a, [3, 0]) : (tensor<1x2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x4x8x8xf32>
    %w = fx.placeholder "w" : tensor<8x3x3x3xf32>
    // expected-error @+1 {{channels}}
    %r = fx.call_function aten.convolution.default(%x, %w, None, [1, 1], [0, 0], [1, 1], False, [0, 0], 1) : (tensor<1x4x8x8xf32>, tensor<8x3x3x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x2x2xf32>
    %w = fx.placeholder "w" : tensor<8x3x3x3xf32>
    // expected-error @+1 {{aten.convolution.default: argument 'weight' is too large for the input size [1, 3, 2, 2]: the output size would be [0, 0]}}
    %r = fx.call_function aten.convolution.default(%x, %w, None, [1, 1], [0, 0], [1, 1], False, [0, 0], 1) : (tensor<1x3x2x2xf32>, tensor<8x3x3x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
    %w = fx.placeholder "w" : tensor<8x3x3x3xf32>
    // expected-error @+1 {{takes at most 9 positional arguments}}
    %r = fx.call_function aten.convolution.default(%x, %w, None, [1], [0, 0], [1, 1], False, [0, 0], 1, 7) : (tensor<1x3x8x8xf32>, tensor<8x3x3x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
    // expected-error @+1 {{aten.max_pool2d_with_indices.default: argument 'padding' must be non-negative and at most half of the effective kernel size, got pad=2 and kernel_size=2}}
    %r = fx.call_function aten.max_pool2d_with_indices.default(%x, [2, 2], [2, 2], [2, 2]) : (tensor<1x3x8x8xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
    // expected-error @+1 {{must have 2 elements, got 3}}
    %r = fx.call_function aten.avg_pool2d.default(%x, [2, 2, 2]) : (tensor<1x3x8x8xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x8x8xsi64>
    // expected-error @+1 {{aten._adaptive_avg_pool2d.default: argument 'self' must be a floating point tensor, got 'tensor<1x3x8x8xsi64>'}}
    %r = fx.call_function aten._adaptive_avg_pool2d.default(%x, [1, 1]) : (tensor<1x3x8x8xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<8x3xf32>
    // expected-error @+1 {{aten.upsample_nearest2d.vec: argument 'output_size' must be None when 'scale_factors' is given}}
    %r = fx.call_function aten.upsample_nearest2d.vec(%x, [4, 4], [2.0, 2.0]) : (tensor<8x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<5x6xf32>
    %i = fx.placeholder "i" : tensor<3xsi16>
    // expected-error @+1 {{tensors used as indices must be long, int, byte or bool tensors}}
    %r = fx.call_function aten.index.Tensor(%x, [%i]) : (tensor<5x6xf32>, tensor<3xsi16>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<5x6xf32>
    %i = fx.placeholder "i" : tensor<3xsi64>
    // expected-error @+1 {{too many indices}}
    %r = fx.call_function aten.index.Tensor(%x, [%i, %i, %i]) : (tensor<5x6xf32>, tensor<3xsi64>, tensor<3xsi64>, tensor<3xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<5x6xf32>
    %i = fx.placeholder "i" : tensor<5x2xsi16>
    // expected-error @+1 {{argument 'index' must be an int64 or int32 tensor}}
    %r = fx.call_function aten.gather.default(%x, 1, %i) : (tensor<5x6xf32>, tensor<5x2xsi16>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<5x6xf32>
    %i = fx.placeholder "i" : tensor<5x2xsi64>
    %s = fx.placeholder "s" : tensor<5x2xf64>
    // expected-error @+1 {{aten.scatter.src: argument 'src' must have the dtype of self, 'f32', got 'f64'}}
    %r = fx.call_function aten.scatter.src(%x, 1, %i, %s) : (tensor<5x6xf32>, tensor<5x2xsi64>, tensor<5x2xf64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %w = fx.placeholder "w" : tensor<10xf32>
    %i = fx.placeholder "i" : tensor<3xsi64>
    // expected-error @+1 {{'weight' must be 2-D}}
    %r = fx.call_function aten.embedding.default(%w, %i) : (tensor<10xf32>, tensor<3xsi64>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x5xf32>
    // expected-error @+1 {{aten.native_layer_norm.default: argument 'normalized_shape' must be the last sizes of input 'tensor<2x5xf32>'}}
    %r = fx.call_function aten.native_layer_norm.default(%x, [4], None, None, 1.0e-05) : (tensor<2x5xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6x4xf32>
    // expected-error @+1 {{aten.native_group_norm.default: argument 'group' must divide the number of channels 6}}
    %r = fx.call_function aten.native_group_norm.default(%x, None, None, 2, 6, 4, 4, 1.0e-05) : (tensor<2x6x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6xf32>
    %w = fx.placeholder "w" : tensor<5xf32>
    // expected-error @+1 {{argument 'weight' must be a 1-D tensor with one element per channel}}
    %r = fx.call_function aten.native_batch_norm.default(%x, %w, None, None, None, True, 0.1, 1.0e-05) : (tensor<2x6xf32>, tensor<5xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{negative dimension -1}}
    %r = fx.call_function aten.full.default([2, -1], 1.0) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{aten.arange.start_step: argument 'step' must be nonzero}}
    %r = fx.call_function aten.arange.start_step(0, 10, 0) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{aten.arange.start_step: argument 'end' is on the wrong side of start for the step's sign}}
    %r = fx.call_function aten.arange.start_step(10, 0, 1) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{aten.rand.default: argument 'dtype' must be a floating point dtype for random floats, got Long}}
    %r = fx.call_function aten.rand.default([2], dtype = torch.int64) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %t = fx.placeholder "t" : tuple<tensor<2xf32>>
    // expected-error @+1 {{index 1 is out of range}}
    %r = fx.call_function operator.getitem(%t, 1) : (tuple<tensor<2xf32>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    // expected-error @+1 {{must be a tuple node}}
    %r = fx.call_function operator.getitem(%a, 0) : (tensor<2xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    // expected-error @+1 {{integer division or modulo by zero}}
    %r = fx.call_function operator.floordiv(%n, 0) : (!fx.sym_int<s0>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{dim 2 is out of range}}
    %r = fx.call_function aten.sym_size.int(%a, 2) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{argument 'dim' must be an int}}
    %r = fx.call_function aten.sum.dim_IntList(%a, "x") : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{argument 'dtype' must be a torch.dtype}}
    %r = fx.call_function aten._to_copy.default(%a, dtype = 3.5) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    // expected-error @+1 {{argument 'other' must be a tensor or a number}}
    %r = fx.call_function aten.add.Tensor(%a, "x") : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x3xf32>
    // expected-error @+1 {{must be a quantized tensor}}
    %r = fx.call_function aten.dequantize.self(%q) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    // expected-error @+1 {{must be torch.quint8, torch.qint8 or torch.qint32}}
    %r = fx.call_function aten.quantize_per_tensor.default(%x, 0.1, 0, torch.float32) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %c = fx.placeholder "c" : tensor<3x2xf32>
    %i = fx.placeholder "i" : tensor<2x3x4xf32>
    // expected-error @+1 {{aten.expand_as.default: argument 'other' of type 'tensor<2x3x4xf32>' is not an expansion of 'tensor<3x2xf32>'}}
    %ea = fx.call_function aten.expand_as.default(%c, %i) : (tensor<3x2xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    fx.output(%ea) : tensor<2x3x4xf32>
  }
}
