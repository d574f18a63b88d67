// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Convolution and pooling output sizes, constant and symbolic.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x224x224xf32>
    %w = fx.placeholder "w" : tensor<64x3x7x7xf32>
    %bias = fx.placeholder "bias" : tensor<64xf32>
    %g = fx.placeholder "g" : tensor<2x8x10x10xf32>
    %gw = fx.placeholder "gw" : tensor<4x2x3x3xf32>
    %tw = fx.placeholder "tw" : tensor<8x6x3x3xf32>
    %s = fx.placeholder "s" : tensor<1x3x?x?xf32, #fx.dims<[s0, s1]>>
    %x1 = fx.placeholder "x1" : tensor<2x4x9xf16>
    %w1 = fx.placeholder "w1" : tensor<6x4x3xf16>
    %p = fx.placeholder "p" : tensor<1x64x112x112xf32>
    %v = fx.placeholder "v" : tensor<2x3x8x9x10xf64>
    %u = fx.placeholder "u" : tensor<1x3x5x7xf32>
    %col = fx.placeholder "col" : tensor<1x12x12xf32>
    %grid = fx.placeholder "grid" : tensor<2x5x6x2xf32>
    %r0 = fx.call_function aten.convolution.default(%x, %w, %bias, [2, 2], [3, 3], [1, 1], False, [0, 0], 1) : (tensor<1x3x224x224xf32>, tensor<64x3x7x7xf32>, tensor<64xf32>) -> !fx.unknown
    // grouped and dilated
    %r1 = fx.call_function aten.convolution.default(%g, %gw, None, [1, 1], [0, 0], [2, 2], False, [0, 0], 4) : (tensor<2x8x10x10xf32>, tensor<4x2x3x3xf32>) -> !fx.unknown
    // transposed: (10-1)*2 - 2 + 2 + 1 + 1; out channels 6 * 2
    %r2 = fx.call_function aten.convolution.default(%g, %tw, None, [2, 2], [1, 1], [1, 1], True, [1, 1], 2) : (tensor<2x8x10x10xf32>, tensor<8x6x3x3xf32>) -> !fx.unknown
    %r3 = fx.call_function aten.convolution.default(%x1, %w1, None, [2], [1], [1], False, [0], 1) : (tensor<2x4x9xf16>, tensor<6x4x3xf16>) -> !fx.unknown
    %r4 = fx.call_function aten.convolution.default(%s, %w, None, [2, 2], [3, 3], [1, 1], False, [0, 0], 1) : (tensor<1x3x?x?xf32, #fx.dims<[s0, s1]>>, tensor<64x3x7x7xf32>) -> !fx.unknown
    %r5 = fx.call_function aten.max_pool2d_with_indices.default(%p, [3, 3], [2, 2], [1, 1]) : (tensor<1x64x112x112xf32>) -> !fx.unknown
    // ceil_mode
    %r6 = fx.call_function aten.max_pool2d_with_indices.default(%u, [2, 2], [2, 2], [0, 0], [1, 1], True) : (tensor<1x3x5x7xf32>) -> !fx.unknown
    %r7 = fx.call_function aten.max_pool2d_with_indices.default(%s, [3, 3], [2, 2], [1, 1]) : (tensor<1x3x?x?xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    // stride defaults to the kernel
    %r8 = fx.call_function aten.avg_pool2d.default(%u, [2, 2]) : (tensor<1x3x5x7xf32>) -> !fx.unknown
    %r9 = fx.call_function aten.avg_pool2d.default(%u, [3, 3], [2, 2], [1, 1], True) : (tensor<1x3x5x7xf32>) -> !fx.unknown
    %r10 = fx.call_function aten.avg_pool1d.default(%x1, [3], [2]) : (tensor<2x4x9xf16>) -> !fx.unknown
    %r11 = fx.call_function aten.avg_pool3d.default(%v, [2, 2, 2]) : (tensor<2x3x8x9x10xf64>) -> !fx.unknown
    %r12 = fx.call_function aten.max_pool3d_with_indices.default(%v, [3, 3, 3], [2, 2, 2], [1, 1, 1]) : (tensor<2x3x8x9x10xf64>) -> !fx.unknown
    %r13 = fx.call_function aten._adaptive_avg_pool2d.default(%p, [1, 1]) : (tensor<1x64x112x112xf32>) -> !fx.unknown
    %r14 = fx.call_function aten.adaptive_avg_pool1d.default(%x1, [3]) : (tensor<2x4x9xf16>) -> !fx.unknown
    %r15 = fx.call_function aten._adaptive_avg_pool3d.default(%v, [1, 2, 3]) : (tensor<2x3x8x9x10xf64>) -> !fx.unknown
    %r16 = fx.call_function aten.upsample_nearest2d.vec(%u, None, [2.0, 1.5]) : (tensor<1x3x5x7xf32>) -> !fx.unknown
    %r17 = fx.call_function aten.upsample_bilinear2d.vec(%u, [8, 8], False, None) : (tensor<1x3x5x7xf32>) -> !fx.unknown
    %r18 = fx.call_function aten.upsample_nearest2d.vec(%s, None, [2.0, 2.0]) : (tensor<1x3x?x?xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    // 3 * 4 = 12 blocks of 2x2 kernels
    %r19 = fx.call_function aten.col2im.default(%col, [4, 5], [2, 2], [1, 1], [0, 0], [1, 1]) : (tensor<1x12x12xf32>) -> !fx.unknown
    %r20 = fx.call_function aten.grid_sampler_2d.default(%g, %grid, 0, 0, False) : (tensor<2x8x10x10xf32>, tensor<2x5x6x2xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<1x64x112x112xf32>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<2x4x6x6xf32>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<2x12x20x20xf32>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<2x6x5xf16>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<1x64x?x?xf32, #fx.dims<[(s0 - 1) floordiv 2 + 1, (s1 - 1) floordiv 2 + 1]>>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tuple<tensor<1x64x56x56xf32>, tensor<1x64x56x56xsi64>>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> tuple<tensor<1x3x3x4xf32>, tensor<1x3x3x4xsi64>>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tuple<tensor<1x3x?x?xf32, #fx.dims<[(s0 - 1) floordiv 2 + 1, (s1 - 1) floordiv 2 + 1]>>, tensor<1x3x?x?xsi64, #fx.dims<[(s0 - 1) floordiv 2 + 1, (s1 - 1) floordiv 2 + 1]>>>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tensor<1x3x2x3xf32>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tensor<1x3x3x4xf32>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tensor<2x4x4xf16>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> tensor<2x3x4x4x5xf64>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> tuple<tensor<2x3x4x5x5xf64>, tensor<2x3x4x5x5xsi64>>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> tensor<1x64x1x1xf32>{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> tensor<2x4x3xf16>{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> tensor<2x3x1x2x3xf64>{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> tensor<1x3x10x10xf32>{{$}}
// CHECK: %r17 = fx.call_function {{.*}} -> tensor<1x3x8x8xf32>{{$}}
// CHECK: %r18 = fx.call_function {{.*}} -> tensor<1x3x?x?xf32, #fx.dims<[s0 * 2, s1 * 2]>>{{$}}
// CHECK: %r19 = fx.call_function {{.*}} -> tensor<1x3x4x5xf32>{{$}}
// CHECK: %r20 = fx.call_function {{.*}} -> tensor<2x8x5x6xf32>{{$}}
