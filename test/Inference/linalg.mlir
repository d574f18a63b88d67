// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Matrix products: mm/bmm/addmm, matmul batching, linear; cdist/pdist; FFT.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<3x4xf32>
    %b = fx.placeholder "b" : tensor<4x5xf32>
    %v = fx.placeholder "v" : tensor<4xf32>
    %ba = fx.placeholder "ba" : tensor<2x3x4xf32>
    %bb = fx.placeholder "bb" : tensor<2x4x5xf32>
    %bc = fx.placeholder "bc" : tensor<7x1x3x4xf32>
    %bd = fx.placeholder "bd" : tensor<6x4x5xf32>
    %bias = fx.placeholder "bias" : tensor<5xf32>
    %s = fx.placeholder "s" : tensor<?x4xf32, #fx.dims<[s0]>>
    %w = fx.placeholder "w" : tensor<5x4xf32>
    %x = fx.placeholder "x" : tensor<8x3xf64>
    %y = fx.placeholder "y" : tensor<6x3xf64>
    %r = fx.placeholder "r" : tensor<4x10xf32>
    %c = fx.placeholder "c" : tensor<4x6xcomplex<f32>>
    %r0 = fx.call_function aten.mm.default(%a, %b) : (tensor<3x4xf32>, tensor<4x5xf32>) -> !fx.unknown
    %r1 = fx.call_function aten.bmm.default(%ba, %bb) : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> !fx.unknown
    %r2 = fx.call_function aten.addmm.default(%bias, %a, %b) : (tensor<5xf32>, tensor<3x4xf32>, tensor<4x5xf32>) -> !fx.unknown
    %r3 = fx.call_function aten.matmul.default(%v, %v) : (tensor<4xf32>, tensor<4xf32>) -> !fx.unknown
    %r4 = fx.call_function aten.matmul.default(%v, %b) : (tensor<4xf32>, tensor<4x5xf32>) -> !fx.unknown
    %r5 = fx.call_function aten.matmul.default(%a, %v) : (tensor<3x4xf32>, tensor<4xf32>) -> !fx.unknown
    // batch dims broadcast
    %r6 = fx.call_function aten.matmul.default(%bc, %bd) : (tensor<7x1x3x4xf32>, tensor<6x4x5xf32>) -> !fx.unknown
    %r7 = fx.call_function aten.matmul.default(%ba, %v) : (tensor<2x3x4xf32>, tensor<4xf32>) -> !fx.unknown
    %r8 = fx.call_function aten.matmul.default(%v, %bb) : (tensor<4xf32>, tensor<2x4x5xf32>) -> !fx.unknown
    %r9 = fx.call_function aten.matmul.default(%s, %b) : (tensor<?x4xf32, #fx.dims<[s0]>>, tensor<4x5xf32>) -> !fx.unknown
    %r10 = fx.call_function aten.linear.default(%ba, %w, %bias) : (tensor<2x3x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> !fx.unknown
    %r11 = fx.call_function aten.linear.default(%v, %w) : (tensor<4xf32>, tensor<5x4xf32>) -> !fx.unknown
    %r12 = fx.call_function aten.t.default(%w) : (tensor<5x4xf32>) -> !fx.unknown
    %r13 = fx.call_function aten._cdist_forward.default(%x, %y, 2.0, None) : (tensor<8x3xf64>, tensor<6x3xf64>) -> !fx.unknown
    %r14 = fx.call_function aten._pdist_forward.default(%x) : (tensor<8x3xf64>) -> !fx.unknown
    %r15 = fx.call_function aten._fft_r2c.default(%r, [1], 0, True) : (tensor<4x10xf32>) -> !fx.unknown
    %r16 = fx.call_function aten._fft_c2r.default(%c, [1], 0, 10) : (tensor<4x6xcomplex<f32>>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<3x5xf32>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<2x3x5xf32>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<3x5xf32>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<f32>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<5xf32>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tensor<3xf32>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> tensor<7x6x3x5xf32>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tensor<2x5xf32>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tensor<?x5xf32, #fx.dims<[s0]>>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tensor<2x3x5xf32>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> tensor<5xf32>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> tensor<4x5xf32>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> tensor<8x6xf64>{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> tensor<28xf64>{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> tensor<4x6xcomplex<f32>>{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> tensor<4x10xf32>{{$}}
