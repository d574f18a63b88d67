// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Normalization ops: batch/group/layer norm result triples, backward masks, dropout.
// Expected types are what PyTorch 2.13's fake CPU tensors give (what export
// records): statistics in the input's dtype, empty in eval mode.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3x4x4xf32>
    %c = fx.placeholder "c" : tensor<3xf32>
    %h = fx.placeholder "h" : tensor<2x3x4xf16>
    %hc = fx.placeholder "hc" : tensor<3xf16>
    %ln = fx.placeholder "ln" : tensor<2x5x8xbf16>
    %lw = fx.placeholder "lw" : tensor<8xbf16>
    %mean = fx.placeholder "mean" : tensor<2x5x1xf32>
    %r0 = fx.call_function aten.native_batch_norm.default(%x, %c, %c, %c, %c, True, 0.1, 1.0e-05) : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> !fx.unknown
    // eval mode saves no statistics (empty, in the input's dtype)
    %r1 = fx.call_function aten.native_batch_norm.default(%h, %hc, %hc, %hc, %hc, False, 0.1, 1.0e-05) : (tensor<2x3x4xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>) -> !fx.unknown
    %r2 = fx.call_function aten._native_batch_norm_legit.default(%x, %c, %c, %c, %c, False, 0.1, 1.0e-05) : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> !fx.unknown
    %r3 = fx.call_function aten._native_batch_norm_legit.no_stats(%x, None, None, True, 0.1, 1.0e-05) : (tensor<2x3x4x4xf32>) -> !fx.unknown
    %r4 = fx.call_function aten._native_batch_norm_legit_no_training.default(%x, %c, %c, %c, %c, 0.1, 1.0e-05) : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> !fx.unknown
    %r5 = fx.call_function aten.native_group_norm.default(%x, %c, %c, 2, 3, 16, 3, 1.0e-05) : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>) -> !fx.unknown
    %r6 = fx.call_function aten.native_layer_norm.default(%ln, [8], %lw, %lw, 1.0e-05) : (tensor<2x5x8xbf16>, tensor<8xbf16>, tensor<8xbf16>) -> !fx.unknown
    %r7 = fx.call_function aten.native_layer_norm.default(%ln, [5, 8], None, None, 1.0e-05) : (tensor<2x5x8xbf16>) -> !fx.unknown
    %r8 = fx.call_function aten.native_layer_norm_backward.default(%ln, %ln, [8], %mean, %mean, %lw, %lw, [True, False, True]) : (tensor<2x5x8xbf16>, tensor<2x5x8xbf16>, tensor<2x5x1xf32>, tensor<2x5x1xf32>, tensor<8xbf16>, tensor<8xbf16>) -> !fx.unknown
    %r9 = fx.call_function aten.native_group_norm_backward.default(%x, %x, %c, %c, %c, 2, 3, 16, 3, [False, True, True]) : (tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> !fx.unknown
    %r10 = fx.call_function aten.native_dropout.default(%h, 0.5, True) : (tensor<2x3x4xf16>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tuple<tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tuple<tensor<2x3x4xf16>, tensor<0xf16>, tensor<0xf16>>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tuple<tensor<2x3x4x4xf32>, tensor<0xf32>, tensor<0xf32>>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tuple<tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tuple<tensor<2x3x4x4xf32>, tensor<0xf32>, tensor<0xf32>>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tuple<tensor<2x3x4x4xf32>, tensor<2x3xf32>, tensor<2x3xf32>>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> tuple<tensor<2x5x8xbf16>, tensor<2x5x1xbf16>, tensor<2x5x1xbf16>>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tuple<tensor<2x5x8xbf16>, tensor<2x1x1xbf16>, tensor<2x1x1xbf16>>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tuple<tensor<2x5x8xbf16>, none, tensor<8xbf16>>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tuple<none, tensor<3xf32>, tensor<3xf32>>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tuple<tensor<2x3x4xf16>, tensor<2x3x4xi1>>{{$}}
