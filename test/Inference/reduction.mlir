// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Reductions: dim lists, negative dims, keepdim, dtype; (values, indices) pairs; softmax.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %f = fx.placeholder "f" : tensor<2x3x4xf32>
    %i = fx.placeholder "i" : tensor<2x3x4xsi32>
    %b = fx.placeholder "b" : tensor<5xi1>
    %u8 = fx.placeholder "u8" : tensor<5x2xui8>
    %h = fx.placeholder "h" : tensor<3x4xf16>
    %c = fx.placeholder "c" : tensor<3xcomplex<f64>>
    %s = fx.placeholder "s" : tensor<?x?x8xf32, #fx.dims<[s0, s1]>>
    %r0 = fx.call_function aten.sum.dim_IntList(%f, [1]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r1 = fx.call_function aten.sum.dim_IntList(%f, [-1, 0], keepdim = True) : (tensor<2x3x4xf32>) -> !fx.unknown
    // integers sum to int64
    %r2 = fx.call_function aten.sum.dim_IntList(%i, None) : (tensor<2x3x4xsi32>) -> !fx.unknown
    // an empty dim list reduces everything
    %r3 = fx.call_function aten.sum.dim_IntList(%i, [], dtype = torch.float16) : (tensor<2x3x4xsi32>) -> !fx.unknown
    %r4 = fx.call_function aten.sum.dim_IntList(%b, [0]) : (tensor<5xi1>) -> !fx.unknown
    %r5 = fx.call_function aten.mean.dim(%f, [-2], True) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r6 = fx.call_function aten.mean.dim(%i, [0], dtype = torch.float64) : (tensor<2x3x4xsi32>) -> !fx.unknown
    %r7 = fx.call_function aten.mean.default(%h) : (tensor<3x4xf16>) -> !fx.unknown
    %r8 = fx.call_function aten.amax.default(%i, [1, 2]) : (tensor<2x3x4xsi32>) -> !fx.unknown
    %r9 = fx.call_function aten.amin.default(%f) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r10 = fx.call_function aten.any.default(%f) : (tensor<2x3x4xf32>) -> !fx.unknown
    // torch 1.13 keeps uint8 for any
    %r11 = fx.call_function aten.any.dim(%u8, 1, True) : (tensor<5x2xui8>) -> !fx.unknown
    %r12 = fx.call_function aten.any.dims(%f, [0, 2]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r13 = fx.call_function aten.argmax.default(%f, 1) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r14 = fx.call_function aten.argmin.default(%f, None, True) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r15 = fx.call_function aten.prod.default(%u8) : (tensor<5x2xui8>) -> !fx.unknown
    %r16 = fx.call_function aten.prod.dim_int(%h, 0, True) : (tensor<3x4xf16>) -> !fx.unknown
    // variance of complex is real
    %r17 = fx.call_function aten.var.correction(%c, [0]) : (tensor<3xcomplex<f64>>) -> !fx.unknown
    %r18 = fx.call_function aten.var.dim(%f, [1, 2], False, True) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r19 = fx.call_function aten.max.dim(%f, 1) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r20 = fx.call_function aten.min.dim(%i, -1, True) : (tensor<2x3x4xsi32>) -> !fx.unknown
    %r21 = fx.call_function aten.sort.default(%h) : (tensor<3x4xf16>) -> !fx.unknown
    %r22 = fx.call_function aten.topk.default(%f, 2, 1) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r23 = fx.call_function aten.cumsum.default(%b, 0) : (tensor<5xi1>) -> !fx.unknown
    %r24 = fx.call_function aten.cumsum.default(%f, 1, dtype = torch.float64) : (tensor<2x3x4xf32>) -> !fx.unknown
    // half_to_float
    %r25 = fx.call_function aten._softmax.default(%h, -1, True) : (tensor<3x4xf16>) -> !fx.unknown
    %r26 = fx.call_function aten._log_softmax.default(%f, 0, False) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r27 = fx.call_function aten.sum.dim_IntList(%s, [0]) : (tensor<?x?x8xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r28 = fx.call_function aten.mean.dim(%s, [-1], True) : (tensor<?x?x8xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<2x4xf32>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<1x3x1xf32>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<si64>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<f16>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<si64>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tensor<2x1x4xf32>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> tensor<3x4xf64>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tensor<f16>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tensor<2xsi32>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tensor<f32>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tensor<i1>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> tensor<5x1xui8>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> tensor<3xi1>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> tensor<2x4xsi64>{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> tensor<1x1x1xsi64>{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> tensor<si64>{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> tensor<1x4xf16>{{$}}
// CHECK: %r17 = fx.call_function {{.*}} -> tensor<f64>{{$}}
// CHECK: %r18 = fx.call_function {{.*}} -> tensor<2x1x1xf32>{{$}}
// CHECK: %r19 = fx.call_function {{.*}} -> tuple<tensor<2x4xf32>, tensor<2x4xsi64>>{{$}}
// CHECK: %r20 = fx.call_function {{.*}} -> tuple<tensor<2x3x1xsi32>, tensor<2x3x1xsi64>>{{$}}
// CHECK: %r21 = fx.call_function {{.*}} -> tuple<tensor<3x4xf16>, tensor<3x4xsi64>>{{$}}
// CHECK: %r22 = fx.call_function {{.*}} -> tuple<tensor<2x2x4xf32>, tensor<2x2x4xsi64>>{{$}}
// CHECK: %r23 = fx.call_function {{.*}} -> tensor<5xsi64>{{$}}
// CHECK: %r24 = fx.call_function {{.*}} -> tensor<2x3x4xf64>{{$}}
// CHECK: %r25 = fx.call_function {{.*}} -> tensor<3x4xf32>{{$}}
// CHECK: %r26 = fx.call_function {{.*}} -> tensor<2x3x4xf32>{{$}}
// CHECK: %r27 = fx.call_function {{.*}} -> tensor<?x8xf32, #fx.dims<[s1]>>{{$}}
// CHECK: %r28 = fx.call_function {{.*}} -> tensor<?x?x1xf32, #fx.dims<[s0, s1]>>{{$}}
