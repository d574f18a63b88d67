// RUN: fx-opt %s --split-input-file --fx-verify-core-aten --verify-diagnostics
// RUN: fx-opt %s --split-input-file --fx-verify-core-aten=severity=warning 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: not fx-opt %s --fx-verify-core-aten=severity=fatal 2>&1 | FileCheck %s --check-prefix=BAD
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// fx-verify-core-aten reports every call node outside the Core ATen opset at
// its location: an error by default, a warning (and success) on request.

// WARN: warning: 'aten.transpose.int' is not a Core ATen op
// WARN: warning: 'aten.linear.default' is not a Core ATen op
// WARN: warning: fx.call_method node 'c' is not a Core ATen op
// BAD: unknown severity 'fatal' (expected error or warning)

fx.graph_module @non_core {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    // expected-error @+1 {{'aten.transpose.int' is not a Core ATen op}}
    %t = fx.call_function aten.transpose.int(%x, 0, 1) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    fx.output(%t) : tensor<3x2xf32>
  }
}

// -----

// Nested graph modules (a cond branch) are checked too.
fx.graph_module @nested {
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4x8xf32>
      %w = fx.placeholder "w" : tensor<8x8xf32>
      // expected-error @+1 {{'aten.linear.default' is not a Core ATen op}}
      %l = fx.call_function aten.linear.default(%x, %w) : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
      fx.output((%l)) : tensor<4x8xf32>
    }
  }
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4x8xf32>
    // expected-error @+1 {{fx.call_method node 'c' is not a Core ATen op}}
    %c = fx.call_method "contiguous"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    fx.output(%c) : tensor<4x8xf32>
  }
}

// -----

// Accepted: Core ATen ops (with and without an explicit overload name), the
// view-copy variants of core view ops, Python operators on sizes,
// higher-order ops and the asserts PyTorch's export passes insert.
fx.graph_module @core {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x3xf32, #fx.dims<[s0]>>
    %p = fx.call_function aten.permute.default(%x, [1, 0]) : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<3x?xf32, #fx.dims<[s0]>>
    %pc = fx.call_function aten.permute_copy.default(%x, [1, 0]) : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<3x?xf32, #fx.dims<[s0]>>
    %a = fx.call_function aten.add.Tensor(%p, %pc) : (tensor<3x?xf32, #fx.dims<[s0]>>, tensor<3x?xf32, #fx.dims<[s0]>>) -> tensor<3x?xf32, #fx.dims<[s0]>>
    %s = fx.call_function aten.sym_size.int(%x, 0) : (tensor<?x3xf32, #fx.dims<[s0]>>) -> !fx.sym_int<s0>
    %m = fx.call_function operator.mul(%s, 2) : (!fx.sym_int<s0>) -> !fx.sym_int<s0 * 2>
    fx.output(%a) : tensor<3x?xf32, #fx.dims<[s0]>>
  }
}

// -----

// Higher-order ops in both spellings: `higher_order.cond` (the .pt2
// importer's) and `torch.ops.higher_order.cond` (FX's).
fx.graph_module @higher_order {
  fx.graph @forward {
    %p = fx.placeholder "p" : !fx.sym_bool
    %x = fx.placeholder "x" : tensor<3xf32>
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    %f = fx.get_attr @false_graph_0 : !fx.graph_module
    %cond = fx.call_function higher_order.cond(%p, %t, %f, (%x,)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<3xf32>) -> tuple<tensor<3xf32>>
    %cond_1 = fx.call_function torch.ops.higher_order.cond(%p, %t, %f, (%x,)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<3xf32>) -> tuple<tensor<3xf32>>
    fx.output((%cond, %cond_1)) : tuple<tensor<3xf32>>, tuple<tensor<3xf32>>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<3xf32>
      fx.output((%x,)) : tensor<3xf32>
    }
  }
  fx.graph_module @false_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<3xf32>
      %neg = fx.call_function aten.neg.default(%x) : (tensor<3xf32>) -> tensor<3xf32>
      fx.output((%neg,)) : tensor<3xf32>
    }
  }
}
