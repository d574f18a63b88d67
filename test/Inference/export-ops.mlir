// RUN: fx-opt %s --split-input-file --fx-infer-types=mode=overwrite | FileCheck %s
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// Rules for the ops torch.export leaves in graphs before run_decompositions
// (Rules/ExportOps.cpp). Each expected type is the `val` PyTorch 2.13 gives the
// call (fake tensors; the symbolic cases from torch.export with Dims, whose
// symbols s31, s46, ... are renamed s0, s1 here), quoted in the case's comment.

// -----

// chunk(randn(2, 7), 3, 1): sizes [3, 3, 1]
// CHECK-LABEL: fx.graph_module @chunk_uneven
// CHECK: %r = fx.call_function {{.*}} -> tuple<tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x1xf32>>{{$}}
fx.graph_module @chunk_uneven {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x7xf32>
    %r = fx.call_function aten.chunk.default(%x, 3, 1) : (tensor<2x7xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// chunk(randn(2, 6), 4, 1): three chunks of 2, not four
// CHECK-LABEL: fx.graph_module @chunk_fewer
// CHECK: %r = fx.call_function {{.*}} -> tuple<tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>>{{$}}
fx.graph_module @chunk_fewer {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6xf32>
    %r = fx.call_function aten.chunk.default(%x, 4, 1) : (tensor<2x6xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// chunk(empty(2, 0), 3, 1): three empty chunks
// CHECK-LABEL: fx.graph_module @chunk_empty
// CHECK: %r = fx.call_function {{.*}} -> tuple<tensor<2x0xf32>, tensor<2x0xf32>, tensor<2x0xf32>>{{$}}
fx.graph_module @chunk_empty {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x0xf32>
    %r = fx.call_function aten.chunk.default(%x, 3, 1) : (tensor<2x0xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// chunk(x, 3, -1), x of [s31, s46, 96] (export, Dims on 0 and 1): 3 x [s31, s46, 32]
// CHECK-LABEL: fx.graph_module @chunk_symbolic
// CHECK: %r = fx.call_function {{.*}} -> tuple<tensor<?x?x32xf32, #fx.dims<[s0, s1]>>, tensor<?x?x32xf32, #fx.dims<[s0, s1]>>, tensor<?x?x32xf32, #fx.dims<[s0, s1]>>>{{$}}
fx.graph_module @chunk_symbolic {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x?x96xf32, #fx.dims<[s0, s1]>>
    %r = fx.call_function aten.chunk.default(%x, 3, -1) : (tensor<?x?x96xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(randn(1, 2, 4, 4), [1, 1, 2, 2], 'reflect'): [1, 2, 8, 6]
// CHECK-LABEL: fx.graph_module @pad_reflect
// CHECK: %r = fx.call_function {{.*}} -> tensor<1x2x8x6xf32>{{$}}
fx.graph_module @pad_reflect {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    %r = fx.call_function aten.pad.default(%x, [1, 1, 2, 2], "reflect") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(randn(2, 4, 4), [1, 1, 2, 2], 'reflect'): [2, 8, 6]
// CHECK-LABEL: fx.graph_module @pad_reflect_unbatched
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x8x6xf32>{{$}}
fx.graph_module @pad_reflect_unbatched {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4x4xf32>
    %r = fx.call_function aten.pad.default(%x, [1, 1, 2, 2], "reflect") : (tensor<2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(randn(1, 2, 4, 4), [1, 1, 4, 2], 'replicate'): [1, 2, 10, 6]
// CHECK-LABEL: fx.graph_module @pad_replicate
// CHECK: %r = fx.call_function {{.*}} -> tensor<1x2x10x6xf32>{{$}}
fx.graph_module @pad_replicate {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    %r = fx.call_function aten.pad.default(%x, [1, 1, 4, 2], "replicate") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(randn(1, 2, 4, 4), [1, 1, 4, 2], 'circular'): [1, 2, 10, 6]
// CHECK-LABEL: fx.graph_module @pad_circular
// CHECK: %r = fx.call_function {{.*}} -> tensor<1x2x10x6xf32>{{$}}
fx.graph_module @pad_circular {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    %r = fx.call_function aten.pad.default(%x, [1, 1, 4, 2], "circular") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(randn(1, 2, 4, 4), [1, -1, 4, 2], 'constant'): [1, 2, 10, 4]
// CHECK-LABEL: fx.graph_module @pad_constant_negative
// CHECK: %r = fx.call_function {{.*}} -> tensor<1x2x10x4xf32>{{$}}
fx.graph_module @pad_constant_negative {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x2x4x4xf32>
    %r = fx.call_function aten.pad.default(%x, [1, -1, 4, 2], "constant") : (tensor<1x2x4x4xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(x, [3, 3, 3, 3], 'reflect'), x of [s31, 4, 8, s71]: [s31, 4, 14, s71 + 6]
// CHECK-LABEL: fx.graph_module @pad_reflect_symbolic
// CHECK: %r = fx.call_function {{.*}} -> tensor<?x4x14x?xf32, #fx.dims<[s0, s1 + 6]>>{{$}}
fx.graph_module @pad_reflect_symbolic {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x4x8x?xf32, #fx.dims<[s0, s1]>>
    %r = fx.call_function aten.pad.default(%x, [3, 3, 3, 3], "reflect") : (tensor<?x4x8x?xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// pad(x, [1, 2], 'constant', 0.5), x of [s31, 4, 8, s71]: [s31, 4, 8, s71 + 3]
// CHECK-LABEL: fx.graph_module @pad_constant_symbolic
// CHECK: %r = fx.call_function {{.*}} -> tensor<?x4x8x?xf32, #fx.dims<[s0, s1 + 3]>>{{$}}
fx.graph_module @pad_constant_symbolic {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x4x8x?xf32, #fx.dims<[s0, s1]>>
    %r = fx.call_function aten.pad.default(%x, [1, 2], "constant", 5.000000e-01) : (tensor<?x4x8x?xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// group_norm(randn(2, 8, 6, 6), 2, w, b): [2, 8, 6, 6]
// CHECK-LABEL: fx.graph_module @group_norm
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x8x6x6xf32>{{$}}
fx.graph_module @group_norm {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x8x6x6xf32>
    %w = fx.placeholder "w" : tensor<8xf32>
    %r = fx.call_function aten.group_norm.default(%x, 2, %w, %w, 1.000000e-05, False) : (tensor<2x8x6x6xf32>, tensor<8xf32>, tensor<8xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// group_norm(randn(2, 6, 3).half(), 3): float16
// CHECK-LABEL: fx.graph_module @group_norm_half
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x6x3xf16>{{$}}
fx.graph_module @group_norm_half {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x6x3xf16>
    %r = fx.call_function aten.group_norm.default(%x, 3) : (tensor<2x6x3xf16>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// group_norm(x, 2), x of [s31, 8, 6, 6]: [s31, 8, 6, 6]
// CHECK-LABEL: fx.graph_module @group_norm_symbolic
// CHECK: %r = fx.call_function {{.*}} -> tensor<?x8x6x6xf32, #fx.dims<[s0]>>{{$}}
fx.graph_module @group_norm_symbolic {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x8x6x6xf32, #fx.dims<[s0]>>
    %r = fx.call_function aten.group_norm.default(%x, 2) : (tensor<?x8x6x6xf32, #fx.dims<[s0]>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// instance_norm(randn(2, 8, 6, 6), w, b, None, None, True, ...): [2, 8, 6, 6]
// CHECK-LABEL: fx.graph_module @instance_norm
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x8x6x6xf32>{{$}}
fx.graph_module @instance_norm {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x8x6x6xf32>
    %w = fx.placeholder "w" : tensor<8xf32>
    %r = fx.call_function aten.instance_norm.default(%x, %w, %w, None, None, True, 1.000000e-01, 1.000000e-05, False) : (tensor<2x8x6x6xf32>, tensor<8xf32>, tensor<8xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// instance_norm(randn(6, 3), ...): [6, 3]
// CHECK-LABEL: fx.graph_module @instance_norm_rank2
// CHECK: %r = fx.call_function {{.*}} -> tensor<6x3xf32>{{$}}
fx.graph_module @instance_norm_rank2 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<6x3xf32>
    %r = fx.call_function aten.instance_norm.default(%x, None, None, None, None, True, 1.000000e-01, 1.000000e-05, False) : (tensor<6x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// instance_norm(x, ...), x of [s31, 8, 6, 6]: [s31, 8, 6, 6]
// CHECK-LABEL: fx.graph_module @instance_norm_symbolic
// CHECK: %r = fx.call_function {{.*}} -> tensor<?x8x6x6xf32, #fx.dims<[s0]>>{{$}}
fx.graph_module @instance_norm_symbolic {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x8x6x6xf32, #fx.dims<[s0]>>
    %r = fx.call_function aten.instance_norm.default(%x, None, None, None, None, True, 1.000000e-01, 1.000000e-05, False) : (tensor<?x8x6x6xf32, #fx.dims<[s0]>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa(randn(2, 4, 6, 8), randn(2, 4, 5, 8), randn(2, 4, 5, 3)): [2, 4, 6, 3]
// CHECK-LABEL: fx.graph_module @sdpa
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x4x6x3xf32>{{$}}
fx.graph_module @sdpa {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x4x6x8xf32>
    %k = fx.placeholder "k" : tensor<2x4x5x8xf32>
    %v = fx.placeholder "v" : tensor<2x4x5x3xf32>
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %k, %v) : (tensor<2x4x6x8xf32>, tensor<2x4x5x8xf32>, tensor<2x4x5x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa(randn(2, 4, 6, 8), randn(1, 4, 5, 8), randn(1, 4, 5, 3)): [2, 4, 6, 3]
// CHECK-LABEL: fx.graph_module @sdpa_broadcast
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x4x6x3xf32>{{$}}
fx.graph_module @sdpa_broadcast {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x4x6x8xf32>
    %k = fx.placeholder "k" : tensor<1x4x5x8xf32>
    %v = fx.placeholder "v" : tensor<1x4x5x3xf32>
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %k, %v) : (tensor<2x4x6x8xf32>, tensor<1x4x5x8xf32>, tensor<1x4x5x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa(randn(6, 8), randn(5, 8), randn(5, 3)): [6, 3]
// CHECK-LABEL: fx.graph_module @sdpa_rank2
// CHECK: %r = fx.call_function {{.*}} -> tensor<6x3xf32>{{$}}
fx.graph_module @sdpa_rank2 {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<6x8xf32>
    %k = fx.placeholder "k" : tensor<5x8xf32>
    %v = fx.placeholder "v" : tensor<5x3xf32>
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %k, %v) : (tensor<6x8xf32>, tensor<5x8xf32>, tensor<5x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa of float16 tensors: float16
// CHECK-LABEL: fx.graph_module @sdpa_half
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x4x6x3xf16>{{$}}
fx.graph_module @sdpa_half {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x4x6x8xf16>
    %k = fx.placeholder "k" : tensor<2x4x5x8xf16>
    %v = fx.placeholder "v" : tensor<2x4x5x3xf16>
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %k, %v) : (tensor<2x4x6x8xf16>, tensor<2x4x5x8xf16>, tensor<2x4x5x3xf16>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa(randn(2, 4, 6, 8), randn(2, 2, 5, 8), randn(2, 2, 5, 3), enable_gqa=True): [2, 4, 6, 3]
// CHECK-LABEL: fx.graph_module @sdpa_gqa
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x4x6x3xf32>{{$}}
fx.graph_module @sdpa_gqa {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x4x6x8xf32>
    %k = fx.placeholder "k" : tensor<2x2x5x8xf32>
    %v = fx.placeholder "v" : tensor<2x2x5x3xf32>
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %k, %v, enable_gqa = True) : (tensor<2x4x6x8xf32>, tensor<2x2x5x8xf32>, tensor<2x2x5x3xf32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// sdpa(q, k, v, is_causal=True), all of [s31, 4, s18, 8]: [s31, 4, s18, 8]
// CHECK-LABEL: fx.graph_module @sdpa_symbolic
// CHECK: %r = fx.call_function {{.*}} -> tensor<?x4x?x8xf32, #fx.dims<[s0, s1]>>{{$}}
fx.graph_module @sdpa_symbolic {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<?x4x?x8xf32, #fx.dims<[s0, s1]>>
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %q, %q, None, 0.000000e+00, True) : (tensor<?x4x?x8xf32, #fx.dims<[s0, s1]>>, tensor<?x4x?x8xf32, #fx.dims<[s0, s1]>>, tensor<?x4x?x8xf32, #fx.dims<[s0, s1]>>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// __and__(bool [2, 1], int32 [3]): int32 [2, 3]
// CHECK-LABEL: fx.graph_module @and_broadcast
// CHECK: %r = fx.call_function {{.*}} -> tensor<2x3xsi32>{{$}}
fx.graph_module @and_broadcast {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x1xi1>
    %y = fx.placeholder "y" : tensor<3xsi32>
    %r = fx.call_function aten.__and__.Tensor(%x, %y) : (tensor<2x1xi1>, tensor<3xsi32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// __and__(bool [s31, 5], bool [5]): bool [s31, 5]
// CHECK-LABEL: fx.graph_module @and_symbolic
// CHECK: %r = fx.call_function {{.*}} -> tensor<?x5xi1, #fx.dims<[s0]>>{{$}}
fx.graph_module @and_symbolic {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x5xi1, #fx.dims<[s0]>>
    %y = fx.placeholder "y" : tensor<5xi1>
    %r = fx.call_function aten.__and__.Tensor(%x, %y) : (tensor<?x5xi1, #fx.dims<[s0]>>, tensor<5xi1>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

// __or__(int64 [4], int64 [4]): int64 [4]
// CHECK-LABEL: fx.graph_module @or
// CHECK: %r = fx.call_function {{.*}} -> tensor<4xsi64>{{$}}
fx.graph_module @or {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4xsi64>
    %y = fx.placeholder "y" : tensor<4xsi64>
    %r = fx.call_function aten.__or__.Tensor(%x, %y) : (tensor<4xsi64>, tensor<4xsi64>) -> !fx.unknown
    fx.output(None)
  }
}
