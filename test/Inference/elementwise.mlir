// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Elementwise ops: broadcasting, type promotion, unary dtype rules, in-place ops.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %i64 = fx.placeholder "i64" : tensor<2x3xsi64>
    %f16 = fx.placeholder "f16" : tensor<4x1x3xf16>
    %f64z = fx.placeholder "f64z" : tensor<f64>
    %b = fx.placeholder "b" : tensor<2x3xi1>
    %u8 = fx.placeholder "u8" : tensor<3xui8>
    %i8 = fx.placeholder "i8" : tensor<3xsi8>
    %bf = fx.placeholder "bf" : tensor<3xbf16>
    %c64 = fx.placeholder "c64" : tensor<2x1xcomplex<f32>>
    %f32 = fx.placeholder "f32" : tensor<5x1x3xf32>
    %i32 = fx.placeholder "i32" : tensor<si32>
    %s = fx.placeholder "s" : tensor<?x1xf32, #fx.dims<[s0]>>
    %t = fx.placeholder "t" : tensor<1x?xf32, #fx.dims<[s1]>>
    %u = fx.placeholder "u" : tensor<?x4xf32, #fx.dims<[s0]>>
    %f32b = fx.placeholder "f32b" : tensor<5x4x3xf32>
    %k = fx.placeholder "k" : tensor<7x4xf32>
    %v = fx.placeholder "v" : tensor<?x4xf32, #fx.dims<[s1]>>
    %h2 = fx.placeholder "h2" : tensor<4x1xf16>
    %i64b = fx.placeholder "i64b" : tensor<4x3xsi64>
    // int64 tensor + float scalar: the default float dtype
    %r0 = fx.call_function aten.add.Tensor(%i64, 2.5) : (tensor<2x3xsi64>) -> !fx.unknown
    // a 0-dim float64 tensor does not widen float16
    %r1 = fx.call_function aten.add.Tensor(%f16, %f64z) : (tensor<4x1x3xf16>, tensor<f64>) -> !fx.unknown
    // broadcast [4,1,3] with [2,3]
    %r2 = fx.call_function aten.add.Tensor(%f16, %i64) : (tensor<4x1x3xf16>, tensor<2x3xsi64>) -> !fx.unknown
    // uint8 * int8 -> int16
    %r3 = fx.call_function aten.mul.Tensor(%u8, %i8) : (tensor<3xui8>, tensor<3xsi8>) -> !fx.unknown
    // bfloat16 * float16 -> float32
    %r4 = fx.call_function aten.mul.Tensor(%bf, %f16) : (tensor<3xbf16>, tensor<4x1x3xf16>) -> !fx.unknown
    %r5 = fx.call_function aten.add.Tensor(%b, %b) : (tensor<2x3xi1>, tensor<2x3xi1>) -> !fx.unknown
    // a 0-dim int32 raises bool to the integer category
    %r6 = fx.call_function aten.add.Tensor(%i32, %b) : (tensor<si32>, tensor<2x3xi1>) -> !fx.unknown
    %r7 = fx.call_function aten.add.Tensor(%c64, %f64z) : (tensor<2x1xcomplex<f32>>, tensor<f64>) -> !fx.unknown
    %r8 = fx.call_function aten.add.Tensor(%f16, %c64) : (tensor<4x1x3xf16>, tensor<2x1xcomplex<f32>>) -> !fx.unknown
    %r9 = fx.call_function aten.add.Scalar(%u8, 1) : (tensor<3xui8>) -> !fx.unknown
    %r10 = fx.call_function aten.mul.Scalar(%f16, 2) : (tensor<4x1x3xf16>) -> !fx.unknown
    // true division of integers
    %r11 = fx.call_function aten.div.Tensor(%i64, %i64) : (tensor<2x3xsi64>, tensor<2x3xsi64>) -> !fx.unknown
    %r12 = fx.call_function aten.div.Tensor_mode(%i64, %i64, rounding_mode = "floor") : (tensor<2x3xsi64>, tensor<2x3xsi64>) -> !fx.unknown
    %r13 = fx.call_function aten.div.Tensor_mode(%i64, %i64, rounding_mode = None) : (tensor<2x3xsi64>, tensor<2x3xsi64>) -> !fx.unknown
    %r14 = fx.call_function aten.div.Scalar(%f16, 3) : (tensor<4x1x3xf16>) -> !fx.unknown
    %r15 = fx.call_function aten.eq.Tensor(%f16, %i64) : (tensor<4x1x3xf16>, tensor<2x3xsi64>) -> !fx.unknown
    %r16 = fx.call_function aten.lt.Scalar(%u8, 2.5) : (tensor<3xui8>) -> !fx.unknown
    %r17 = fx.call_function aten.logical_and.default(%u8, %i8) : (tensor<3xui8>, tensor<3xsi8>) -> !fx.unknown
    %r18 = fx.call_function aten.bitwise_and.Tensor(%u8, %i8) : (tensor<3xui8>, tensor<3xsi8>) -> !fx.unknown
    // a Python int raises bool to int64
    %r19 = fx.call_function aten.bitwise_or.Scalar(%b, 1) : (tensor<2x3xi1>) -> !fx.unknown
    %r20 = fx.call_function aten.pow.Tensor_Scalar(%i64, 2) : (tensor<2x3xsi64>) -> !fx.unknown
    %r21 = fx.call_function aten.pow.Tensor_Scalar(%i64, 0.5) : (tensor<2x3xsi64>) -> !fx.unknown
    %r22 = fx.call_function aten.pow.Scalar(2, %i8) : (tensor<3xsi8>) -> !fx.unknown
    %r23 = fx.call_function aten.atan2.default(%i8, %u8) : (tensor<3xsi8>, tensor<3xui8>) -> !fx.unknown
    %r24 = fx.call_function aten.maximum.default(%f32b, %h2) : (tensor<5x4x3xf32>, tensor<4x1xf16>) -> !fx.unknown
    // two 0-dim operands: plain promotion
    %r25 = fx.call_function aten.where.self(%b, %i32, %f64z) : (tensor<2x3xi1>, tensor<si32>, tensor<f64>) -> !fx.unknown
    %r26 = fx.call_function aten.where.self(%b, %i64, %f16) : (tensor<2x3xi1>, tensor<2x3xsi64>, tensor<4x1x3xf16>) -> !fx.unknown
    // int -> default float
    %r27 = fx.call_function aten.sin.default(%i64) : (tensor<2x3xsi64>) -> !fx.unknown
    %r28 = fx.call_function aten.sqrt.default(%c64) : (tensor<2x1xcomplex<f32>>) -> !fx.unknown
    %r29 = fx.call_function aten.sigmoid.default(%bf) : (tensor<3xbf16>) -> !fx.unknown
    // abs of complex is real
    %r30 = fx.call_function aten.abs.default(%c64) : (tensor<2x1xcomplex<f32>>) -> !fx.unknown
    %r31 = fx.call_function aten.neg.default(%i8) : (tensor<3xsi8>) -> !fx.unknown
    %r32 = fx.call_function aten.floor.default(%i64) : (tensor<2x3xsi64>) -> !fx.unknown
    %r33 = fx.call_function aten.isnan.default(%f16) : (tensor<4x1x3xf16>) -> !fx.unknown
    %r34 = fx.call_function aten.logical_not.default(%f32) : (tensor<5x1x3xf32>) -> !fx.unknown
    %r35 = fx.call_function aten.bitwise_not.default(%b) : (tensor<2x3xi1>) -> !fx.unknown
    %r36 = fx.call_function aten.relu.default(%f16) : (tensor<4x1x3xf16>) -> !fx.unknown
    %r37 = fx.call_function aten.gelu.default(%f32, approximate = "tanh") : (tensor<5x1x3xf32>) -> !fx.unknown
    %r38 = fx.call_function aten.hardtanh.default(%f32, 0.0, 6.0) : (tensor<5x1x3xf32>) -> !fx.unknown
    // clamp promotes with its bounds
    %r39 = fx.call_function aten.clamp.default(%i64, 0.5) : (tensor<2x3xsi64>) -> !fx.unknown
    %r40 = fx.call_function aten.clamp.default(%f16, None, 1) : (tensor<4x1x3xf16>) -> !fx.unknown
    %r41 = fx.call_function aten.clamp.Tensor(%h2, %f32b) : (tensor<4x1xf16>, tensor<5x4x3xf32>) -> !fx.unknown
    %r42 = fx.call_function aten._to_copy.default(%f16, dtype = torch.int32) : (tensor<4x1x3xf16>) -> !fx.unknown
    %r43 = fx.call_function aten._to_copy.default(%f16) : (tensor<4x1x3xf16>) -> !fx.unknown
    %r44 = fx.call_function aten.clone.default(%c64) : (tensor<2x1xcomplex<f32>>) -> !fx.unknown
    %r45 = fx.call_function aten.fill.Scalar(%i8, 2.5) : (tensor<3xsi8>) -> !fx.unknown
    // copy keeps self
    %r46 = fx.call_function aten.copy.default(%f32b, %h2) : (tensor<5x4x3xf32>, tensor<4x1xf16>) -> !fx.unknown
    // in place: the result is self
    %r47 = fx.call_function aten.add_.Tensor(%f32b, %i64b) : (tensor<5x4x3xf32>, tensor<4x3xsi64>) -> !fx.unknown
    %r48 = fx.call_function aten.relu_.default(%f32) : (tensor<5x1x3xf32>) -> !fx.unknown
    %r49 = fx.call_function aten.masked_scatter.default(%f32, %b, %f32b) : (tensor<5x1x3xf32>, tensor<2x3xi1>, tensor<5x4x3xf32>) -> !fx.unknown
    // size 1 against a symbol gives the symbol
    %r50 = fx.call_function aten.add.Tensor(%s, %t) : (tensor<?x1xf32, #fx.dims<[s0]>>, tensor<1x?xf32, #fx.dims<[s1]>>) -> !fx.unknown
    // equal expressions stay
    %r51 = fx.call_function aten.add.Tensor(%s, %u) : (tensor<?x1xf32, #fx.dims<[s0]>>, tensor<?x4xf32, #fx.dims<[s0]>>) -> !fx.unknown
    // a symbol against a constant other than 1 is that constant (PyTorch guards s0 == 7)
    %r52 = fx.call_function aten.add.Tensor(%u, %k) : (tensor<?x4xf32, #fx.dims<[s0]>>, tensor<7x4xf32>) -> !fx.unknown
    // two different symbols are assumed equal; the first one is kept
    %r53 = fx.call_function aten.add.Tensor(%u, %v) : (tensor<?x4xf32, #fx.dims<[s0]>>, tensor<?x4xf32, #fx.dims<[s1]>>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<4x1x3xf16>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<4x2x3xf16>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<3xsi16>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<4x1x3xf32>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tensor<2x3xi1>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> tensor<2x3xsi32>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tensor<2x1xcomplex<f32>>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tensor<4x2x3xcomplex<f32>>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tensor<3xui8>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tensor<4x1x3xf16>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> tensor<2x3xsi64>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> tensor<4x1x3xf16>{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> tensor<4x2x3xi1>{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> tensor<3xi1>{{$}}
// CHECK: %r17 = fx.call_function {{.*}} -> tensor<3xi1>{{$}}
// CHECK: %r18 = fx.call_function {{.*}} -> tensor<3xsi16>{{$}}
// CHECK: %r19 = fx.call_function {{.*}} -> tensor<2x3xsi64>{{$}}
// CHECK: %r20 = fx.call_function {{.*}} -> tensor<2x3xsi64>{{$}}
// CHECK: %r21 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r22 = fx.call_function {{.*}} -> tensor<3xsi8>{{$}}
// CHECK: %r23 = fx.call_function {{.*}} -> tensor<3xf32>{{$}}
// CHECK: %r24 = fx.call_function {{.*}} -> tensor<5x4x3xf32>{{$}}
// CHECK: %r25 = fx.call_function {{.*}} -> tensor<2x3xf64>{{$}}
// CHECK: %r26 = fx.call_function {{.*}} -> tensor<4x2x3xf16>{{$}}
// CHECK: %r27 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r28 = fx.call_function {{.*}} -> tensor<2x1xcomplex<f32>>{{$}}
// CHECK: %r29 = fx.call_function {{.*}} -> tensor<3xbf16>{{$}}
// CHECK: %r30 = fx.call_function {{.*}} -> tensor<2x1xf32>{{$}}
// CHECK: %r31 = fx.call_function {{.*}} -> tensor<3xsi8>{{$}}
// CHECK: %r32 = fx.call_function {{.*}} -> tensor<2x3xsi64>{{$}}
// CHECK: %r33 = fx.call_function {{.*}} -> tensor<4x1x3xi1>{{$}}
// CHECK: %r34 = fx.call_function {{.*}} -> tensor<5x1x3xi1>{{$}}
// CHECK: %r35 = fx.call_function {{.*}} -> tensor<2x3xi1>{{$}}
// CHECK: %r36 = fx.call_function {{.*}} -> tensor<4x1x3xf16>{{$}}
// CHECK: %r37 = fx.call_function {{.*}} -> tensor<5x1x3xf32>{{$}}
// CHECK: %r38 = fx.call_function {{.*}} -> tensor<5x1x3xf32>{{$}}
// CHECK: %r39 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r40 = fx.call_function {{.*}} -> tensor<4x1x3xf16>{{$}}
// CHECK: %r41 = fx.call_function {{.*}} -> tensor<5x4x3xf32>{{$}}
// CHECK: %r42 = fx.call_function {{.*}} -> tensor<4x1x3xsi32>{{$}}
// CHECK: %r43 = fx.call_function {{.*}} -> tensor<4x1x3xf16>{{$}}
// CHECK: %r44 = fx.call_function {{.*}} -> tensor<2x1xcomplex<f32>>{{$}}
// CHECK: %r45 = fx.call_function {{.*}} -> tensor<3xsi8>{{$}}
// CHECK: %r46 = fx.call_function {{.*}} -> tensor<5x4x3xf32>{{$}}
// CHECK: %r47 = fx.call_function {{.*}} -> tensor<5x4x3xf32>{{$}}
// CHECK: %r48 = fx.call_function {{.*}} -> tensor<5x1x3xf32>{{$}}
// CHECK: %r49 = fx.call_function {{.*}} -> tensor<5x2x3xf32>{{$}}
// CHECK: %r50 = fx.call_function {{.*}} -> tensor<?x?xf32, #fx.dims<[s0, s1]>>{{$}}
// CHECK: %r51 = fx.call_function {{.*}} -> tensor<?x4xf32, #fx.dims<[s0]>>{{$}}
// CHECK: %r52 = fx.call_function {{.*}} -> tensor<7x4xf32>{{$}}
// CHECK: %r53 = fx.call_function {{.*}} -> tensor<?x4xf32, #fx.dims<[s0]>>{{$}}
