// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Indexing: advanced indexing, gather/scatter, index_put, embeddings, nonzero.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<5x6x7xf32>
    %i = fx.placeholder "i" : tensor<2x3xsi64>
    %j = fx.placeholder "j" : tensor<3xsi64>
    %m = fx.placeholder "m" : tensor<5x6xi1>
    %w = fx.placeholder "w" : tensor<10x4xf16>
    %idx = fx.placeholder "idx" : tensor<2x5xsi64>
    %gi = fx.placeholder "gi" : tensor<5x2x7xsi64>
    %src = fx.placeholder "src" : tensor<5x6x7xf32>
    %row = fx.placeholder "row" : tensor<6x7xf32>
    %sl = fx.placeholder "sl" : tensor<5x2x7xf32>
    %off = fx.placeholder "off" : tensor<3xsi64>
    %flat = fx.placeholder "flat" : tensor<8xsi64>
    %r0 = fx.call_function aten.index.Tensor(%x, [%i]) : (tensor<5x6x7xf32>, tensor<2x3xsi64>) -> !fx.unknown
    // adjacent advanced indices stay in place
    %r1 = fx.call_function aten.index.Tensor(%x, [None, %i, %j]) : (tensor<5x6x7xf32>, tensor<2x3xsi64>, tensor<3xsi64>) -> !fx.unknown
    // separated advanced indices go first
    %r2 = fx.call_function aten.index.Tensor(%x, [%j, None, %j]) : (tensor<5x6x7xf32>, tensor<3xsi64>, tensor<3xsi64>) -> !fx.unknown
    // a bool mask: data-dependent size
    %r3 = fx.call_function aten.index.Tensor(%x, [%m]) : (tensor<5x6x7xf32>, tensor<5x6xi1>) -> !fx.unknown
    %r4 = fx.call_function aten.index_put.default(%x, [%j], %row) : (tensor<5x6x7xf32>, tensor<3xsi64>, tensor<6x7xf32>) -> !fx.unknown
    %r5 = fx.call_function aten.index_select.default(%x, 1, %j) : (tensor<5x6x7xf32>, tensor<3xsi64>) -> !fx.unknown
    %r6 = fx.call_function aten.gather.default(%x, 1, %gi) : (tensor<5x6x7xf32>, tensor<5x2x7xsi64>) -> !fx.unknown
    %r7 = fx.call_function aten.scatter.src(%x, 1, %gi, %src) : (tensor<5x6x7xf32>, tensor<5x2x7xsi64>, tensor<5x6x7xf32>) -> !fx.unknown
    %r8 = fx.call_function aten.scatter.value(%x, 1, %gi, 1.0) : (tensor<5x6x7xf32>, tensor<5x2x7xsi64>) -> !fx.unknown
    %r9 = fx.call_function aten.scatter_add.default(%x, 1, %gi, %src) : (tensor<5x6x7xf32>, tensor<5x2x7xsi64>, tensor<5x6x7xf32>) -> !fx.unknown
    %r10 = fx.call_function aten.scatter_reduce.two(%x, 1, %gi, %src, "amax") : (tensor<5x6x7xf32>, tensor<5x2x7xsi64>, tensor<5x6x7xf32>) -> !fx.unknown
    %r11 = fx.call_function aten.select_scatter.default(%x, %row, 0, 2) : (tensor<5x6x7xf32>, tensor<6x7xf32>) -> !fx.unknown
    %r12 = fx.call_function aten.slice_scatter.default(%x, %sl, 1, 2, 6, 2) : (tensor<5x6x7xf32>, tensor<5x2x7xf32>) -> !fx.unknown
    %r13 = fx.call_function aten.embedding.default(%w, %idx) : (tensor<10x4xf16>, tensor<2x5xsi64>) -> !fx.unknown
    %r14 = fx.call_function aten.embedding_dense_backward.default(%r13, %idx, 10, -1, False) : (!fx.unknown, tensor<2x5xsi64>) -> !fx.unknown
    %r15 = fx.call_function aten._embedding_bag.default(%w, %flat, %off, mode = 1) : (tensor<10x4xf16>, tensor<8xsi64>, tensor<3xsi64>) -> !fx.unknown
    // a fresh unbacked symbol per call
    %r16 = fx.call_function aten.nonzero.default(%x) : (tensor<5x6x7xf32>) -> !fx.unknown
    %r17 = fx.call_function aten.nonzero.default(%m) : (tensor<5x6xi1>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<2x3x6x7xf32>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<5x2x3xf32>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<3x6xf32>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<?x7xf32, #fx.dims<[u0]>>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<5x6x7xf32>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tensor<5x3x7xf32>{{$}}
// CHECK: %r6 = fx.call_function {{.*}} -> tensor<5x2x7xf32>{{$}}
// CHECK: %r7 = fx.call_function {{.*}} -> tensor<5x6x7xf32>{{$}}
// CHECK: %r8 = fx.call_function {{.*}} -> tensor<5x6x7xf32>{{$}}
// CHECK: %r9 = fx.call_function {{.*}} -> tensor<5x6x7xf32>{{$}}
// CHECK: %r10 = fx.call_function {{.*}} -> tensor<5x6x7xf32>{{$}}
// CHECK: %r11 = fx.call_function {{.*}} -> tensor<5x6x7xf32>{{$}}
// CHECK: %r12 = fx.call_function {{.*}} -> tensor<5x6x7xf32>{{$}}
// CHECK: %r13 = fx.call_function {{.*}} -> tensor<2x5x4xf16>{{$}}
// CHECK: %r14 = fx.call_function {{.*}} -> tensor<10x4xf16>{{$}}
// CHECK: %r15 = fx.call_function {{.*}} -> tuple<tensor<3x4xf16>, tensor<8xsi64>, tensor<3xsi64>, tensor<3xsi64>>{{$}}
// CHECK: %r16 = fx.call_function {{.*}} -> tensor<?x3xsi64, #fx.dims<[u1]>>{{$}}
// CHECK: %r17 = fx.call_function {{.*}} -> tensor<?x2xsi64, #fx.dims<[u2]>>{{$}}
