// RUN: fx-opt %s --split-input-file --fx-decompose --verify-diagnostics
// RUN: not fx-opt %s --split-input-file --fx-decompose 2>/dev/null | FileCheck %s
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// The decompositions of Decompositions/ExportOps.cpp decide PyTorch's shape-,
// dtype- and stride-dependent branches statically; where fx types cannot
// decide one, the node gets a located error (PyTorch decides on traced
// values) or, when no Core ATen spelling exists here, is left as it is.

// Whether viewing the transposed [s1, s0] as [s0, s1] needs a copy depends
// on how s0 and s1 compare, which PyTorch decides on traced values: an
// error.
fx.graph_module @reshape_undecided {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x?xf32, #fx.dims<[s0, s1]>>
    %t = fx.call_function aten.permute.default(%x, [1, 0]) : (tensor<?x?xf32, #fx.dims<[s0, s1]>>) -> tensor<?x?xf32, #fx.dims<[s1, s0]>>
    %s0 = fx.call_function aten.sym_size.int(%x, 0) : (tensor<?x?xf32, #fx.dims<[s0, s1]>>) -> !fx.sym_int<s0>
    %s1 = fx.call_function aten.sym_size.int(%x, 1) : (tensor<?x?xf32, #fx.dims<[s0, s1]>>) -> !fx.sym_int<s1>
    // expected-error @below {{cannot decompose: aten.reshape.default: cannot decide whether reshaping}}
    %r = fx.call_function aten.reshape.default(%t, [%s0, %s1]) : (tensor<?x?xf32, #fx.dims<[s1, s0]>>, !fx.sym_int<s0>, !fx.sym_int<s1>) -> tensor<?x?xf32, #fx.dims<[s0, s1]>>
    fx.output(%r) : tensor<?x?xf32, #fx.dims<[s0, s1]>>
  }
}

// -----

// PyTorch rejects a causal attention with an explicit mask.
fx.graph_module @sdpa_causal_and_mask {
  fx.graph @forward {
    %q = fx.placeholder "q" : tensor<2x4x6x8xf32>
    %m = fx.placeholder "m" : tensor<6x6xf32>
    // expected-error @below {{explicit attn_mask should not be set when is_causal=True}}
    %r = fx.call_function aten.scaled_dot_product_attention.default(%q, %q, %q, %m, 0.0, True) : (tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>, tensor<6x6xf32>) -> tensor<2x4x6x8xf32>
    fx.output(%r) : tensor<2x4x6x8xf32>
  }
}

// -----

// Left alone (no error): training-mode dropout is random; a 16-bit attention runs in
// float32 inside PyTorch's math kernel; mv is not Core ATen.
// CHECK-LABEL: fx.graph_module @left_alone
// CHECK: aten.dropout.default
// CHECK: aten.scaled_dot_product_attention.default
// CHECK: aten.matmul.default
fx.graph_module @left_alone {
  fx.graph @forward {
    %h = fx.placeholder "h" : tensor<2x4x6x8xf16>
    %m = fx.placeholder "m" : tensor<3x4xf32>
    %v = fx.placeholder "v" : tensor<4xf32>
    %d = fx.call_function aten.dropout.default(%m, 0.5, True) : (tensor<3x4xf32>) -> tensor<3x4xf32>
    %a = fx.call_function aten.scaled_dot_product_attention.default(%h, %h, %h) : (tensor<2x4x6x8xf16>, tensor<2x4x6x8xf16>, tensor<2x4x6x8xf16>) -> tensor<2x4x6x8xf16>
    %mv = fx.call_function aten.matmul.default(%m, %v) : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3xf32>
    fx.output((%d, %a, %mv)) : tensor<3x4xf32>, tensor<2x4x6x8xf16>, tensor<3xf32>
  }
}
