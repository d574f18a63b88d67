// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Views and shape ops: view/reshape with -1 (also symbolic), expand, permute, squeeze, select, slice, cat, split, pads.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3x4xf32>
    %b = fx.placeholder "b" : tensor<2x5x4xf32>
    %o = fx.placeholder "o" : tensor<1x3x1xsi64>
    %e = fx.placeholder "e" : tensor<0xf32>
    %s = fx.placeholder "s" : tensor<?x?xf32, #fx.dims<[s0, s1]>>
    %q = fx.placeholder "q" : tensor<?x3xf32, #fx.dims<[s0]>>
    %h = fx.placeholder "h" : tensor<4x6xf16>
    %i8 = fx.placeholder "i8" : tensor<2x3x4xsi8>
    %n = fx.placeholder "n" : tensor<?x6xf32, #fx.dims<[s2]>>
    %r0 = fx.call_function aten.view.default(%a, [6, -1]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r1 = fx.call_function aten.view.default(%a, [-1]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r2 = fx.call_function aten._reshape_alias.default(%a, [4, 6], [6, 1]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r3 = fx.call_function aten._unsafe_view.default(%a, [2, 12]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r4 = fx.call_function aten.view.default(%s, [-1]) : (tensor<?x?xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r5 = fx.call_function aten.view.default(%q, [-1, 1]) : (tensor<?x3xf32, #fx.dims<[s0]>>) -> !fx.unknown
    %r6 = fx.call_function aten.sym_size.int(%s, 1) : (tensor<?x?xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    // -1 from s0 * s1 / s1
    %r7 = fx.call_function aten.view.default(%s, [-1, %r6]) : (tensor<?x?xf32, #fx.dims<[s0, s1]>>, !fx.unknown) -> !fx.unknown
    // s2 * 6 / 6
    %r8 = fx.call_function aten.view.default(%n, [2, -1, 3]) : (tensor<?x6xf32, #fx.dims<[s2]>>) -> !fx.unknown
    %r9 = fx.call_function aten.expand.default(%o, [5, 2, -1, 4]) : (tensor<1x3x1xsi64>) -> !fx.unknown
    %r10 = fx.call_function aten.expand.default(%q, [%r6, -1, 3]) : (tensor<?x3xf32, #fx.dims<[s0]>>, !fx.unknown) -> !fx.unknown
    %r11 = fx.call_function aten.permute.default(%a, [2, 0, -2]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r12 = fx.call_function aten.t.default(%h) : (tensor<4x6xf16>) -> !fx.unknown
    %r13 = fx.call_function aten.transpose.int(%a, 0, -1) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r14 = fx.call_function aten.unsqueeze.default(%a, -1) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r15 = fx.call_function aten.squeeze.dim(%o, 0) : (tensor<1x3x1xsi64>) -> !fx.unknown
    // dims that are not 1 stay
    %r16 = fx.call_function aten.squeeze.dims(%o, [0, 1, 2]) : (tensor<1x3x1xsi64>) -> !fx.unknown
    %r17 = fx.call_function aten.squeeze.default(%o) : (tensor<1x3x1xsi64>) -> !fx.unknown
    %r18 = fx.call_function aten.select.int(%a, 1, -1) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r19 = fx.call_function aten.slice.Tensor(%a, 2, 1, 9223372036854775807) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r20 = fx.call_function aten.slice.Tensor(%a, -1, None, None, 3) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r21 = fx.call_function aten.slice.Tensor(%a, 1, -2) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r22 = fx.call_function aten.slice.Tensor(%q, 0, 1) : (tensor<?x3xf32, #fx.dims<[s0]>>) -> !fx.unknown
    %r23 = fx.call_function aten.slice.Tensor(%q, 0, None, None, 2) : (tensor<?x3xf32, #fx.dims<[s0]>>) -> !fx.unknown
    %r24 = fx.call_function aten.diagonal.default(%a, 1, 1, 2) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r25 = fx.call_function aten.flip.default(%a, [0, -1]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r26 = fx.call_function aten.repeat.default(%o, [2, 1, 2, 3]) : (tensor<1x3x1xsi64>) -> !fx.unknown
    %r27 = fx.call_function aten.cat.default([%a, %b], 1) : (tensor<2x3x4xf32>, tensor<2x5x4xf32>) -> !fx.unknown
    // empty 1-D tensors are skipped; dtypes promote
    %r28 = fx.call_function aten.cat.default([%a, %e, %i8], -1) : (tensor<2x3x4xf32>, tensor<0xf32>, tensor<2x3x4xsi8>) -> !fx.unknown
    %r29 = fx.call_function aten.cat.default([%q, %q]) : (tensor<?x3xf32, #fx.dims<[s0]>>, tensor<?x3xf32, #fx.dims<[s0]>>) -> !fx.unknown
    %r30 = fx.call_function aten.stack.default([%a, %a], 1) : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> !fx.unknown
    %r31 = fx.call_function aten.split_with_sizes.default(%b, [1, 4], 1) : (tensor<2x5x4xf32>) -> !fx.unknown
    %r32 = fx.call_function aten.split.Tensor(%b, 2, 1) : (tensor<2x5x4xf32>) -> !fx.unknown
    %r33 = fx.call_function aten.unbind.int(%o, 1) : (tensor<1x3x1xsi64>) -> !fx.unknown
    %r34 = fx.call_function aten.constant_pad_nd.default(%a, [1, 2, -1, 0]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r35 = fx.call_function aten.reflection_pad1d.default(%a, [3, 3]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r36 = fx.call_function aten.replication_pad2d.default(%a, [1, 1, 2, 0]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r37 = fx.call_function aten.as_strided.default(%a, [4, 2], [1, 4]) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r38 = fx.call_function aten.flatten.using_ints(%a, 1) : (tensor<2x3x4xf32>) -> !fx.unknown
    %r39 = fx.call_function aten.view_copy.default(%h, [3, 8]) : (tensor<4x6xf16>) -> !fx.unknown
    %r40 = fx.call_function aten.permute_copy.default(%h, [1, 0]) : (tensor<4x6xf16>) -> !fx.unknown
    %r41 = fx.call_function aten.expand_copy.default(%h, [2, 4, 6]) : (tensor<4x6xf16>) -> !fx.unknown
    %r42 = fx.call_function aten.detach.default(%h) : (tensor<4x6xf16>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<6x4xf32>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<24xf32>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<4x6xf32>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<2x12xf32>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<?xf32, #fx.dims<[s0 * s1]>>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tensor<?x1xf32, #fx.dims<[s0 * 3]>>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> !fx.sym_int<s1>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tensor<?x?xf32, #fx.dims<[s0, s1]>>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tensor<2x?x3xf32, #fx.dims<[s2]>>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tensor<5x2x3x4xsi64>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tensor<?x?x3xf32, #fx.dims<[s1, s0]>>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> tensor<4x2x3xf32>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> tensor<6x4xf16>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> tensor<4x3x2xf32>{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> tensor<2x3x4x1xf32>{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> tensor<3x1xsi64>{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> tensor<3xsi64>{{$}}
// CHECK: %r17 = fx.call_function {{.*}} -> tensor<3xsi64>{{$}}
// CHECK: %r18 = fx.call_function {{.*}} -> tensor<2x4xf32>{{$}}
// CHECK: %r19 = fx.call_function {{.*}} -> tensor<2x3x3xf32>{{$}}
// CHECK: %r20 = fx.call_function {{.*}} -> tensor<2x3x2xf32>{{$}}
// CHECK: %r21 = fx.call_function {{.*}} -> tensor<2x2x4xf32>{{$}}
// CHECK: %r22 = fx.call_function {{.*}} -> tensor<?x3xf32, #fx.dims<[s0 - 1]>>{{$}}
// CHECK: %r23 = fx.call_function {{.*}} -> tensor<?x3xf32, #fx.dims<[(s0 + 1) floordiv 2]>>{{$}}
// CHECK: %r24 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r25 = fx.call_function {{.*}} -> tensor<2x3x4xf32>{{$}}
// CHECK: %r26 = fx.call_function {{.*}} -> tensor<2x1x6x3xsi64>{{$}}
// CHECK: %r27 = fx.call_function {{.*}} -> tensor<2x8x4xf32>{{$}}
// CHECK: %r28 = fx.call_function {{.*}} -> tensor<2x3x8xf32>{{$}}
// CHECK: %r29 = fx.call_function {{.*}} -> tensor<?x3xf32, #fx.dims<[s0 * 2]>>{{$}}
// CHECK: %r30 = fx.call_function {{.*}} -> tensor<2x2x3x4xf32>{{$}}
// CHECK: %r31 = fx.call_function {{.*}} -> tuple<tensor<2x1x4xf32>, tensor<2x4x4xf32>>{{$}}
// CHECK: %r32 = fx.call_function {{.*}} -> tuple<tensor<2x2x4xf32>, tensor<2x2x4xf32>, tensor<2x1x4xf32>>{{$}}
// CHECK: %r33 = fx.call_function {{.*}} -> tuple<tensor<1x1xsi64>, tensor<1x1xsi64>, tensor<1x1xsi64>>{{$}}
// CHECK: %r34 = fx.call_function {{.*}} -> tensor<2x2x7xf32>{{$}}
// CHECK: %r35 = fx.call_function {{.*}} -> tensor<2x3x10xf32>{{$}}
// CHECK: %r36 = fx.call_function {{.*}} -> tensor<2x5x6xf32>{{$}}
// CHECK: %r37 = fx.call_function {{.*}} -> tensor<4x2xf32>{{$}}
// CHECK: %r38 = fx.call_function {{.*}} -> tensor<2x12xf32>{{$}}
// CHECK: %r39 = fx.call_function {{.*}} -> tensor<3x8xf16>{{$}}
// CHECK: %r40 = fx.call_function {{.*}} -> tensor<6x4xf16>{{$}}
// CHECK: %r41 = fx.call_function {{.*}} -> tensor<2x4x6xf16>{{$}}
// CHECK: %r42 = fx.call_function {{.*}} -> tensor<4x6xf16>{{$}}
