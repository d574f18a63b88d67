// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Factories: sizes and dtypes from scalar args.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf16>
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %r0 = fx.call_function aten.empty.memory_format([2, 3], dtype = torch.float16, device = torch.device("cpu"), pin_memory = False) : () -> !fx.unknown
    %r1 = fx.call_function aten.empty.memory_format([%n, 4]) : (!fx.sym_int<s0>) -> !fx.unknown
    %r2 = fx.call_function aten.empty_strided.default([2, 3], [3, 1]) : () -> !fx.unknown
    // int fill value: int64
    %r3 = fx.call_function aten.full.default([2], 3) : () -> !fx.unknown
    %r4 = fx.call_function aten.full.default([2], 1.5) : () -> !fx.unknown
    %r5 = fx.call_function aten.full.default([], 1, dtype = torch.bool) : () -> !fx.unknown
    %r6 = fx.call_function aten.full_like.default(%x, 7) : (tensor<2x3xf16>) -> !fx.unknown
    %r7 = fx.call_function aten.full_like.default(%x, 7, dtype = torch.int8) : (tensor<2x3xf16>) -> !fx.unknown
    %r8 = fx.call_function aten.rand.default([4]) : () -> !fx.unknown
    %r9 = fx.call_function aten.randn.default([1, 2], dtype = torch.float64) : () -> !fx.unknown
    %r10 = fx.call_function aten.randperm.default(10) : () -> !fx.unknown
    %r11 = fx.call_function aten.arange.start_step(0, 10, 3) : () -> !fx.unknown
    %r12 = fx.call_function aten.arange.start_step(0.5, 2, 0.5) : () -> !fx.unknown
    %r13 = fx.call_function aten.arange.start_step(10, 0, -3, dtype = torch.float64) : () -> !fx.unknown
    %r14 = fx.call_function aten.arange.default(%n) : (!fx.sym_int<s0>) -> !fx.unknown
    %r15 = fx.call_function aten.arange.start(1, 5) : () -> !fx.unknown
    // the default dtype whatever the scalar
    %r16 = fx.call_function aten.scalar_tensor.default(3) : () -> !fx.unknown
    %r17 = fx.call_function aten.zeros.default([3], dtype = torch.int32) : () -> !fx.unknown
    %r18 = fx.call_function aten.new_zeros.default(%x, [5]) : (tensor<2x3xf16>) -> !fx.unknown
    %r19 = fx.call_function aten._make_dep_token.default() : () -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<2x3xf16>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<?x4xf32, #fx.dims<[s0]>>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<2xsi64>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<2xf32>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tensor<i1>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> tensor<2x3xf16>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tensor<2x3xsi8>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tensor<4xf32>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tensor<1x2xf64>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tensor<10xsi64>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> tensor<4xsi64>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> tensor<3xf32>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> tensor<4xf64>{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> tensor<?xsi64, #fx.dims<[s0]>>{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> tensor<4xsi64>{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> tensor<f32>{{$}}
// CHECK: %r17 = fx.call_function {{.*}} -> tensor<3xsi32>{{$}}
// CHECK: %r18 = fx.call_function {{.*}} -> tensor<5xf16>{{$}}
// CHECK: %r19 = fx.call_function {{.*}} -> tensor<f32>{{$}}
