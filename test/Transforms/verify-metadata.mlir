// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-opt %s -split-input-file -fx-verify-metadata -verify-diagnostics -o /dev/null

// A node of a top-level graph needs nn_module_stack; the nodes of a
// higher-order op's subgraph need types only (torch.export records no
// metadata there), but they do need them.
fx.graph_module @M {
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xf32>
      %relu = fx.call_function aten.relu.default(%x) : (tensor<4xf32>) -> tensor<4xf32>
      // expected-error @below {{node 'neg' has no result types}}
      %neg = fx.call_function aten.neg.default(%relu) : (tensor<4xf32>) -> !fx.unknown
      fx.output((%relu, %neg)) : tensor<4xf32>, !fx.unknown
    }
  }
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4xf32>
    // expected-error @below {{node 'sin' has no 'fx.nn_module_stack'}}
    %sin = fx.call_function aten.sin.default(%x) : (tensor<4xf32>) -> tensor<4xf32>
    fx.output(%sin) : tensor<4xf32>
  }
}
