// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Python builtins and SymInt arithmetic: simplified size expressions.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x?x4xf32, #fx.dims<[s0, s1]>>
    %t = fx.placeholder "t" : tuple<tensor<2xf32>, tensor<3xsi64>>
    %f = fx.placeholder "f" : !fx.sym_float
    %i = fx.placeholder "i" : tensor<si64>
    %u = fx.placeholder "u" : !fx.sym_int
    %r0 = fx.call_function operator.getitem(%t, 1) : (tuple<tensor<2xf32>, tensor<3xsi64>>) -> !fx.unknown
    %r1 = fx.call_function operator.getitem(%t, -2) : (tuple<tensor<2xf32>, tensor<3xsi64>>) -> !fx.unknown
    %r2 = fx.call_function aten.sym_size.int(%x, 0) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r3 = fx.call_function aten.sym_size.int(%x, -1) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    // s0 + s0 -> 2*s0
    %r4 = fx.call_function operator.add(%r2, %r2) : (!fx.unknown, !fx.unknown) -> !fx.unknown
    %r5 = fx.call_function aten.sym_size.int(%x, 1) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r6 = fx.call_function operator.mul(%r2, %r5) : (!fx.unknown, !fx.unknown) -> !fx.unknown
    %r7 = fx.call_function operator.sub(%r4, 1) : (!fx.unknown) -> !fx.unknown
    // (2*s0)//2 folds
    %r8 = fx.call_function operator.floordiv(%r4, 2) : (!fx.unknown) -> !fx.unknown
    %r9 = fx.call_function operator.floordiv(%r5, 4) : (!fx.unknown) -> !fx.unknown
    %r10 = fx.call_function operator.mod(%r4, 2) : (!fx.unknown) -> !fx.unknown
    // constant folding
    %r11 = fx.call_function operator.add(3, 4) : () -> !fx.unknown
    // Python floors
    %r12 = fx.call_function operator.floordiv(-7, 2) : () -> !fx.unknown
    %r13 = fx.call_function operator.add(%r2, %f) : (!fx.unknown, !fx.sym_float) -> !fx.unknown
    %r14 = fx.call_function operator.truediv(%r2, 2) : (!fx.unknown) -> !fx.unknown
    %r15 = fx.call_function operator.eq(%r2, %r5) : (!fx.unknown, !fx.unknown) -> !fx.unknown
    %r16 = fx.call_function operator.ge(%r2, 2) : (!fx.unknown) -> !fx.unknown
    %r17 = fx.call_function operator.lt(%r2, %r5) : (!fx.unknown, !fx.unknown) -> !fx.unknown
    // unknown values stay unknown
    %r18 = fx.call_function operator.add(%u, 1) : (!fx.sym_int) -> !fx.unknown
    // division by a symbol has no fx form
    %r19 = fx.call_function operator.floordiv(%r2, %r5) : (!fx.unknown, !fx.unknown) -> !fx.unknown
    %r20 = fx.call_function aten.sym_numel.default(%x) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r21 = fx.call_function aten.sym_stride.int(%x, 0) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r22 = fx.call_function aten.sym_storage_offset.default(%x) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r23 = fx.call_function aten._local_scalar_dense.default(%i) : (tensor<si64>) -> !fx.unknown
    %r24 = fx.call_function aten.sym_is_contiguous.default(%x) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    %r25 = fx.call_function aten._functional_assert_async.msg(%i, "msg", %i) : (tensor<si64>, tensor<si64>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<3xsi64>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<2xf32>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> !fx.sym_int<s0>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> !fx.sym_int<4>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> !fx.sym_int<s0 * 2>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> !fx.sym_int<s1>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> !fx.sym_int<s0 * s1>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> !fx.sym_int<s0 * 2 - 1>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> !fx.sym_int<s0>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> !fx.sym_int<s1 floordiv 4>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> !fx.sym_int<0>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> !fx.sym_int<7>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> !fx.sym_int<-4>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> !fx.sym_float{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> !fx.sym_float{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> !fx.sym_bool{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> !fx.sym_bool{{$}}
// CHECK: %r17 = fx.call_function {{.*}} -> !fx.sym_bool{{$}}
// CHECK: %r18 = fx.call_function {{.*}} -> !fx.sym_int{{$}}
// CHECK: %r19 = fx.call_function {{.*}} -> !fx.sym_int{{$}}
// CHECK: %r20 = fx.call_function {{.*}} -> !fx.sym_int<s0 * s1 * 4>{{$}}
// CHECK: %r21 = fx.call_function {{.*}} -> !fx.sym_int<s1 * 4>{{$}}
// CHECK: %r22 = fx.call_function {{.*}} -> !fx.sym_int<0>{{$}}
// CHECK: %r23 = fx.call_function {{.*}} -> !fx.sym_int<u0>{{$}}
// CHECK: %r24 = fx.call_function {{.*}} -> !fx.sym_bool{{$}}
// CHECK: %r25 = fx.call_function {{.*}} -> tensor<si64>{{$}}
