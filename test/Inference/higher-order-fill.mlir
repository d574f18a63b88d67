// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-infer-types fills in the value of higher-order operator calls created
// without one, from the subgraphs they call.
// RUN: fx-opt %s -split-input-file -fx-infer-types 2>/dev/null | FileCheck %s
// RUN: fx-opt %s -split-input-file -fx-infer-types 2>&1 >/dev/null | FileCheck %s --check-prefix=WARN

// PyTorch's autocast region (utils/export_hop_graphs.py Autocast): the value
// is the subgraph's output, whose mm is bf16 under autocast.
// CHECK-LABEL: fx.graph_module @Autocast
// CHECK: %mm = fx.call_function torch.ops.higher_order.wrap_with_autocast("cpu", torch.bfloat16, True, False, %submod_3, %x) : (!fx.graph_module, tensor<3x3xf32>) -> tuple<tensor<3x3xbf16>>
fx.graph_module @Autocast {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x3xf32>
    %submod_3 = fx.get_attr @submod_1 : !fx.graph_module
    %mm = fx.call_function torch.ops.higher_order.wrap_with_autocast("cpu", torch.bfloat16, True, False, %submod_3, %x) : (!fx.graph_module, tensor<3x3xf32>) -> !fx.unknown
    fx.output((%mm,)) : !fx.unknown
  }
  fx.graph_module @submod_1 {
    fx.graph @forward {
      %arg0_1 = fx.placeholder "arg0_1" : tensor<3x3xf32>
      %mm = fx.call_function aten.mm.default(%arg0_1, %arg0_1) : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xbf16>
      fx.output((%mm,)) : tensor<3x3xbf16>
    }
  }
}

// -----

// One subgraph traced with a symbolic size s0, called with other sizes: its
// placeholders' symbols stand for the sizes each call passes.
// CHECK-LABEL: fx.graph_module @Invoke
// CHECK: %static = fx.call_function torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %a) : (!fx.graph_module, tensor<4xf32>) -> tuple<tensor<8xf32>, !fx.sym_int<4>>
// CHECK: %symbolic = fx.call_function torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %b) : (!fx.graph_module, tensor<?xf32, #fx.dims<[s1]>>) -> tuple<tensor<?xf32, #fx.dims<[s1 * 2]>>, !fx.sym_int<s1>>
fx.graph_module @Invoke {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<4xf32>
    %b = fx.placeholder "b" : tensor<?xf32, #fx.dims<[s1]>>
    %g = fx.get_attr @subgraph_0 : !fx.graph_module
    %static = fx.call_function torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %a) : (!fx.graph_module, tensor<4xf32>) -> !fx.unknown
    %symbolic = fx.call_function torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %b) : (!fx.graph_module, tensor<?xf32, #fx.dims<[s1]>>) -> !fx.unknown
    fx.output((%static, %symbolic)) : !fx.unknown, !fx.unknown
  }
  fx.graph_module @subgraph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
      %cat = fx.call_function aten.cat.default([%x, %x]) : (tensor<?xf32, #fx.dims<[s0]>>, tensor<?xf32, #fx.dims<[s0]>>) -> tensor<?xf32, #fx.dims<[s0 * 2]>>
      %n = fx.call_function aten.sym_size.int(%x, 0) : (tensor<?xf32, #fx.dims<[s0]>>) -> !fx.sym_int<s0>
      fx.output((%cat, %n)) : tensor<?xf32, #fx.dims<[s0 * 2]>>, !fx.sym_int<s0>
    }
  }
}

// -----

// The short spelling of the target; unbacked sizes of merged branches come
// from the graph's ShapeEnv, after those already in the graph (u0) and its
// subgraphs (u1).
// CHECK-LABEL: fx.graph_module @Short
// CHECK: %cond = fx.call_function higher_order.cond(%p, %t, %f, (%x,)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<?xf32, #fx.dims<[u0]>>) -> tuple<tensor<?xf32, #fx.dims<[u2]>>>
fx.graph_module @Short {
  fx.graph @forward {
    %p = fx.placeholder "p" : !fx.sym_bool
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[u0]>>
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    %f = fx.get_attr @false_graph_0 : !fx.graph_module
    %cond = fx.call_function higher_order.cond(%p, %t, %f, (%x,)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<?xf32, #fx.dims<[u0]>>) -> !fx.unknown
    fx.output(%cond) : !fx.unknown
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[u1]>>
      fx.output((%x,)) : tensor<?xf32, #fx.dims<[u1]>>
    }
  }
  fx.graph_module @false_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[u1]>>
      fx.output((%x,)) : tensor<?xf32, #fx.dims<[u1]>>
    }
  }
}

// -----

// Higher-order operators without a type rule keep their unknown value.
// WARN: warning: no type inference rule for 'torch.ops.higher_order.print'; result types left unknown
// CHECK-LABEL: fx.graph_module @NoRule
// CHECK: fx.call_function torch.ops.higher_order.print("x = {}", %x) : (tensor<2xf32>) -> !fx.unknown
fx.graph_module @NoRule {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %print = fx.call_function torch.ops.higher_order.print("x = {}", %x) : (tensor<2xf32>) -> !fx.unknown
    fx.output(%print) : !fx.unknown
  }
}
