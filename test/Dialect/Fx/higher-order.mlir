// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Higher-order operator calls that match their subgraphs verify.
// RUN: fx-opt %s -split-input-file | FileCheck %s

// Symbolic sizes may be named differently in the subgraph; unknown values
// match anything.
// CHECK-LABEL: fx.graph_module @Renamed
// CHECK: torch.ops.higher_order.cond(%p, %t, %f, (%x, %u))
fx.graph_module @Renamed {
  fx.graph @forward {
    %p = fx.placeholder "p" : !fx.sym_bool
    %x = fx.placeholder "x" : tensor<?x3xf32, #fx.dims<[s5]>>
    %u = fx.placeholder "u" : !fx.unknown
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    %f = fx.get_attr @false_graph_0 : !fx.graph_module
    %cond = fx.call_function torch.ops.higher_order.cond(%p, %t, %f, (%x, %u)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<?x3xf32, #fx.dims<[s5]>>, !fx.unknown) -> tuple<tensor<?x3xf32, #fx.dims<[s5]>>>
    fx.output(%cond) : tuple<tensor<?x3xf32, #fx.dims<[s5]>>>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<?x3xf32, #fx.dims<[s0]>>
      %y = fx.placeholder "y" : tensor<2xf32>
      fx.output((%x,)) : tensor<?x3xf32, #fx.dims<[s0]>>
    }
  }
  fx.graph_module @false_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<?x3xf32, #fx.dims<[s0]>>
      %y = fx.placeholder "y" : tensor<2xf32>
      %neg = fx.call_function aten.neg.default(%x) : (tensor<?x3xf32, #fx.dims<[s0]>>) -> tensor<?x3xf32, #fx.dims<[s0]>>
      fx.output((%neg,)) : tensor<?x3xf32, #fx.dims<[s0]>>
    }
  }
}

// -----

// A subgraph that is a graph input, not a nested graph module, is not
// checked; neither is an unknown result.
// CHECK-LABEL: fx.graph_module @Unchecked
// CHECK: torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %x) : (!fx.graph_module, tensor<2xf32>) -> tuple<tensor<7xf32>>
// CHECK: torch.ops.higher_order.invoke_subgraph(%h, "subgraph_0", %x) : (!fx.graph_module, tensor<2xf32>) -> !fx.unknown
fx.graph_module @Unchecked {
  fx.graph @forward {
    %g = fx.placeholder "g" : !fx.graph_module
    %x = fx.placeholder "x" : tensor<2xf32>
    %h = fx.get_attr @subgraph_0 : !fx.graph_module
    %a = fx.call_function torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %x) : (!fx.graph_module, tensor<2xf32>) -> tuple<tensor<7xf32>>
    %b = fx.call_function torch.ops.higher_order.invoke_subgraph(%h, "subgraph_0", %x) : (!fx.graph_module, tensor<2xf32>) -> !fx.unknown
    fx.output((%a, %b)) : tuple<tensor<7xf32>>, !fx.unknown
  }
  fx.graph_module @subgraph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
}
