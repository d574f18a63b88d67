// RUN: fx-opt %s --fx-infer-types=mode=check -o /dev/null
// Hand-derived cases for Core ATen ops that torch 1.13 lacks, so that
// utils/oracle/gen_oracle.py cannot ask PyTorch about them.  Each op's
// comment names the semantic its result types follow.  Kept to float32 and
// float64 inputs where reduced-precision results differ between backends.

// aten._native_batch_norm_legit: the functional form of native_batch_norm
// with required running stats.  output = input's shape and dtype; when
// training, save_mean and save_invstd are [C] (C = dim 1) in the input's
// dtype for f32/f64.  In eval mode PyTorch's decomposition returns [0]-shaped
// stats on CPU but [C] on CUDA; this file uses the CPU form (see below).
fx.graph_module @aten._native_batch_norm_legit.default {
  fx.graph @forward {
    %c0_input = fx.placeholder "c0_input" : tensor<2x3x4x4xf32>
    %c0_weight = fx.placeholder "c0_weight" : tensor<3xf32>
    %c0_bias = fx.placeholder "c0_bias" : tensor<3xf32>
    %c0_running_mean = fx.placeholder "c0_running_mean" : tensor<3xf32>
    %c0_running_var = fx.placeholder "c0_running_var" : tensor<3xf32>
    %c1_input = fx.placeholder "c1_input" : tensor<5x2xf64>
    %c1_running_mean = fx.placeholder "c1_running_mean" : tensor<2xf64>
    %c1_running_var = fx.placeholder "c1_running_var" : tensor<2xf64>
    %c2_input = fx.placeholder "c2_input" : tensor<1x4x3xf32>
    %c2_weight = fx.placeholder "c2_weight" : tensor<4xf32>
    %c2_running_mean = fx.placeholder "c2_running_mean" : tensor<4xf32>
    %c2_running_var = fx.placeholder "c2_running_var" : tensor<4xf32>
    %c0 = fx.call_function aten._native_batch_norm_legit.default(%c0_input, %c0_weight, %c0_bias, %c0_running_mean, %c0_running_var, True, 0.1, 1.0e-05) : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>>
    %c0_0 = fx.call_function operator.getitem(%c0, 0) : (tuple<tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>>) -> tensor<2x3x4x4xf32>
    %c0_1 = fx.call_function operator.getitem(%c0, 1) : (tuple<tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>>) -> tensor<3xf32>
    %c1 = fx.call_function aten._native_batch_norm_legit.default(%c1_input, None, None, %c1_running_mean, %c1_running_var, True, 0.1, 1.0e-05) : (tensor<5x2xf64>, tensor<2xf64>, tensor<2xf64>) -> tuple<tensor<5x2xf64>, tensor<2xf64>, tensor<2xf64>>
    // Eval mode, CPU form of the stats.
    %c2 = fx.call_function aten._native_batch_norm_legit.default(%c2_input, %c2_weight, None, %c2_running_mean, %c2_running_var, False, 0.1, 1.0e-05) : (tensor<1x4x3xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tuple<tensor<1x4x3xf32>, tensor<0xf32>, tensor<0xf32>>
    fx.output([%c0, %c1, %c2]) : tuple<tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>>, tuple<tensor<5x2xf64>, tensor<2xf64>, tensor<2xf64>>, tuple<tensor<1x4x3xf32>, tensor<0xf32>, tensor<0xf32>>
  }
}

// aten._native_batch_norm_legit.no_stats: native_batch_norm with
// running_mean = running_var = None; batch statistics are always computed,
// so save_mean/save_invstd are [C].
fx.graph_module @aten._native_batch_norm_legit.no_stats {
  fx.graph @forward {
    %c0_input = fx.placeholder "c0_input" : tensor<2x3x5xf32>
    %c0_weight = fx.placeholder "c0_weight" : tensor<3xf32>
    %c0_bias = fx.placeholder "c0_bias" : tensor<3xf32>
    %c1_input = fx.placeholder "c1_input" : tensor<4x6x2x2x2xf64>
    %c0 = fx.call_function aten._native_batch_norm_legit.no_stats(%c0_input, %c0_weight, %c0_bias, True, 0.1, 1.0e-05) : (tensor<2x3x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<2x3x5xf32>, tensor<3xf32>, tensor<3xf32>>
    %c1 = fx.call_function aten._native_batch_norm_legit.no_stats(%c1_input, None, None, True, 0.01, 0.001) : (tensor<4x6x2x2x2xf64>) -> tuple<tensor<4x6x2x2x2xf64>, tensor<6xf64>, tensor<6xf64>>
    %c1_2 = fx.call_function operator.getitem(%c1, 2) : (tuple<tensor<4x6x2x2x2xf64>, tensor<6xf64>, tensor<6xf64>>) -> tensor<6xf64>
    fx.output([%c0, %c1]) : tuple<tensor<2x3x5xf32>, tensor<3xf32>, tensor<3xf32>>, tuple<tensor<4x6x2x2x2xf64>, tensor<6xf64>, tensor<6xf64>>
  }
}

// aten._native_batch_norm_legit_no_training: native_batch_norm with
// training = False.  Stats follow the CPU form ([0]); on CUDA they are [C].
fx.graph_module @aten._native_batch_norm_legit_no_training.default {
  fx.graph @forward {
    %c0_input = fx.placeholder "c0_input" : tensor<2x3x4x4xf32>
    %c0_weight = fx.placeholder "c0_weight" : tensor<3xf32>
    %c0_bias = fx.placeholder "c0_bias" : tensor<3xf32>
    %c0_running_mean = fx.placeholder "c0_running_mean" : tensor<3xf32>
    %c0_running_var = fx.placeholder "c0_running_var" : tensor<3xf32>
    %c1_input = fx.placeholder "c1_input" : tensor<7x2xf64>
    %c1_running_mean = fx.placeholder "c1_running_mean" : tensor<2xf64>
    %c1_running_var = fx.placeholder "c1_running_var" : tensor<2xf64>
    %c0 = fx.call_function aten._native_batch_norm_legit_no_training.default(%c0_input, %c0_weight, %c0_bias, %c0_running_mean, %c0_running_var, 0.1, 1.0e-05) : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<2x3x4x4xf32>, tensor<0xf32>, tensor<0xf32>>
    %c1 = fx.call_function aten._native_batch_norm_legit_no_training.default(%c1_input, None, None, %c1_running_mean, %c1_running_var, 0.1, 1.0e-05) : (tensor<7x2xf64>, tensor<2xf64>, tensor<2xf64>) -> tuple<tensor<7x2xf64>, tensor<0xf64>, tensor<0xf64>>
    fx.output([%c0, %c1]) : tuple<tensor<2x3x4x4xf32>, tensor<0xf32>, tensor<0xf32>>, tuple<tensor<7x2xf64>, tensor<0xf64>, tensor<0xf64>>
  }
}

// aten.any.dims: any.dim applied over every listed dim at once (all dims
// when dim is None or []), keepdim keeping them as size 1.  The result is
// bool, except uint8 for a uint8 input (as any.dim in torch 1.13).
fx.graph_module @aten.any.dims {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<2x3x4xf32>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3x4xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<5x0xsi64>
    %c3_self = fx.placeholder "c3_self" : tensor<3x2xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<f64>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3x4xcomplex<f32>>
    %c0 = fx.call_function aten.any.dims(%c0_self, [0, 2]) : (tensor<2x3x4xf32>) -> tensor<3xi1>
    %c1 = fx.call_function aten.any.dims(%c1_self, [-1], True) : (tensor<2x3x4xi1>) -> tensor<2x3x1xi1>
    %c2 = fx.call_function aten.any.dims(%c2_self, None) : (tensor<5x0xsi64>) -> tensor<i1>
    %c3 = fx.call_function aten.any.dims(%c3_self, [1], keepdim = False) : (tensor<3x2xui8>) -> tensor<3xui8>
    %c4 = fx.call_function aten.any.dims(%c4_self) : (tensor<f64>) -> tensor<i1>
    %c5 = fx.call_function aten.any.dims(%c5_self, dim = [0, 1, 2], keepdim = True) : (tensor<2x3x4xcomplex<f32>>) -> tensor<1x1x1xi1>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5]) : tensor<3xi1>, tensor<2x3x1xi1>, tensor<i1>, tensor<3xui8>, tensor<i1>, tensor<1x1x1xi1>
  }
}

// aten.squeeze.dims: squeeze.dim applied to each listed dim (wrapped like
// any dim argument); a listed dim whose size is not 1 stays.  A 0-dim input
// accepts dims 0 and -1.
fx.graph_module @aten.squeeze.dims {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<1x3x1x4xf32>
    %c1_self = fx.placeholder "c1_self" : tensor<1x3x1x4xsi32>
    %c2_self = fx.placeholder "c2_self" : tensor<2x1xi1>
    %c3_self = fx.placeholder "c3_self" : tensor<f16>
    %c4_self = fx.placeholder "c4_self" : tensor<1x1x1xcomplex<f64>>
    %c0 = fx.call_function aten.squeeze.dims(%c0_self, [0, 2]) : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
    %c1 = fx.call_function aten.squeeze.dims(%c1_self, [1, -2]) : (tensor<1x3x1x4xsi32>) -> tensor<1x3x4xsi32>
    %c2 = fx.call_function aten.squeeze.dims(%c2_self, []) : (tensor<2x1xi1>) -> tensor<2x1xi1>
    %c3 = fx.call_function aten.squeeze.dims(%c3_self, [0]) : (tensor<f16>) -> tensor<f16>
    %c4 = fx.call_function aten.squeeze.dims(%c4_self, [0, 1, 2]) : (tensor<1x1x1xcomplex<f64>>) -> tensor<complex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4]) : tensor<3x4xf32>, tensor<1x3x4xsi32>, tensor<2x1xi1>, tensor<f16>, tensor<complex<f64>>
  }
}

// aten.sym_is_contiguous: Tensor.is_contiguous(memory_format) as a SymBool.
// Its value depends on strides, which fx types do not carry, so the result
// type is the bare !fx.sym_bool.
fx.graph_module @aten.sym_is_contiguous.default {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<2x3xf32>
    %c1_self = fx.placeholder "c1_self" : tensor<?x3x4x5xf32, #fx.dims<[s0]>>
    %c0 = fx.call_function aten.sym_is_contiguous.default(%c0_self) : (tensor<2x3xf32>) -> !fx.sym_bool
    %c1 = fx.call_function aten.sym_is_contiguous.default(%c1_self, torch.channels_last) : (tensor<?x3x4x5xf32, #fx.dims<[s0]>>) -> !fx.sym_bool
    fx.output([%c0, %c1]) : !fx.sym_bool, !fx.sym_bool
  }
}
