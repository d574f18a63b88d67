// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A higher-order operator call must match the nested graph modules it calls.
// RUN: fx-opt %s -split-input-file -verify-diagnostics

// A cond passing 3 operands into 1-input branches.
fx.graph_module @M {
  fx.graph @forward {
    %p = fx.placeholder "p" : !fx.sym_bool
    %x = fx.placeholder "x" : tensor<2xf32>
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    %f = fx.get_attr @false_graph_0 : !fx.graph_module
    // expected-error@+1 {{passes 3 values to subgraph 'true_graph_0', which has 1 placeholders}}
    %cond = fx.call_function torch.ops.higher_order.cond(%p, %t, %f, (%x, %x, %x)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tuple<tensor<2xf32>>
    fx.output(%cond) : tuple<tensor<2xf32>>
  }
  fx.graph_module @true_graph_0 {
    // expected-note@+1 {{subgraph here}}
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
  fx.graph_module @false_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
}

// -----

// A declared result type that is not what the branches return.
fx.graph_module @M {
  fx.graph @forward {
    %p = fx.placeholder "p" : !fx.sym_bool
    %x = fx.placeholder "x" : tensor<2xf32>
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    %f = fx.get_attr @false_graph_0 : !fx.graph_module
    // expected-error@+1 {{result type 'tuple<tensor<3xf32>>' differs from 'tuple<tensor<2xf32>>', the type its subgraphs compute}}
    %cond = fx.call_function higher_order.cond(%p, %t, %f, (%x,)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<2xf32>) -> tuple<tensor<3xf32>>
    fx.output(%cond) : tuple<tensor<3xf32>>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
  fx.graph_module @false_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
}

// -----

// An operand whose type differs from the placeholder's.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %g = fx.get_attr @submod_1 : !fx.graph_module
    // expected-error@+1 {{passes 'tensor<2xf32>' to placeholder 0 ('y') of subgraph 'submod_1', of type 'tensor<2xsi64>'}}
    %w = fx.call_function torch.ops.higher_order.wrap_with_set_grad_enabled(False, %g, %x) : (!fx.graph_module, tensor<2xf32>) -> tuple<tensor<2xsi64>>
    fx.output(%w) : tuple<tensor<2xsi64>>
  }
  fx.graph_module @submod_1 {
    fx.graph @forward {
      // expected-note@+1 {{placeholder here}}
      %y = fx.placeholder "y" : tensor<2xsi64>
      fx.output((%y,)) : tensor<2xsi64>
    }
  }
}

// -----

// Branches whose outputs cannot be merged (dtypes differ).
fx.graph_module @M {
  fx.graph @forward {
    %p = fx.placeholder "p" : !fx.sym_bool
    %x = fx.placeholder "x" : tensor<2xf32>
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    %f = fx.get_attr @false_graph_0 : !fx.graph_module
    // expected-error@+1 {{branches return 'tensor<2xf32>' and 'tensor<2xf16>', which cannot be merged}}
    %cond = fx.call_function torch.ops.higher_order.cond(%p, %t, %f, (%x,)) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module, tensor<2xf32>) -> tuple<tensor<2xf32>>
    fx.output(%cond) : tuple<tensor<2xf32>>
  }
  fx.graph_module @true_graph_0 {
    // expected-note@+1 {{true branch here}}
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
  fx.graph_module @false_graph_0 {
    // expected-note@+1 {{false branch here}}
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      %h = fx.call_function aten._to_copy.default(%x, dtype = torch.float16) : (tensor<2xf32>) -> tensor<2xf16>
      fx.output((%h,)) : tensor<2xf16>
    }
  }
}

// -----

// A while_loop body that changes a carried tensor's size.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4xf32>
    %c = fx.get_attr @cond_graph : !fx.graph_module
    %b = fx.get_attr @body_graph : !fx.graph_module
    // expected-error@+1 {{body subgraph 'body_graph' returns 'tuple<tensor<2xf32>>', which differs from the carried values ('tensor<4xf32>')}}
    %w = fx.call_function torch.ops.higher_order.while_loop(%c, %b, (%x,), ()) : (!fx.graph_module, !fx.graph_module, tensor<4xf32>) -> tuple<tensor<4xf32>>
    fx.output(%w) : tuple<tensor<4xf32>>
  }
  fx.graph_module @cond_graph {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xf32>
      %s = fx.call_function aten.sum.default(%x) : (tensor<4xf32>) -> tensor<f32>
      %lt = fx.call_function aten.lt.Scalar(%s, 10) : (tensor<f32>) -> tensor<i1>
      fx.output(%lt) : tensor<i1>
    }
  }
  fx.graph_module @body_graph {
    // expected-note@+1 {{subgraph here}}
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xf32>
      %s = fx.call_function aten.slice.Tensor(%x, 0, 0, 2) : (tensor<4xf32>) -> tensor<2xf32>
      fx.output((%s,)) : tensor<2xf32>
    }
  }
}

// -----

// A while_loop condition that does not return a bool scalar.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4xf32>
    %c = fx.get_attr @cond_graph : !fx.graph_module
    %b = fx.get_attr @body_graph : !fx.graph_module
    // expected-error@+1 {{condition subgraph 'cond_graph' returns 'tensor<4xf32>'; it must return a bool scalar}}
    %w = fx.call_function torch.ops.higher_order.while_loop(%c, %b, (%x,), ()) : (!fx.graph_module, !fx.graph_module, tensor<4xf32>) -> tuple<tensor<4xf32>>
    fx.output(%w) : tuple<tensor<4xf32>>
  }
  fx.graph_module @cond_graph {
    // expected-note@+1 {{subgraph here}}
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xf32>
      fx.output(%x) : tensor<4xf32>
    }
  }
  fx.graph_module @body_graph {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xf32>
      fx.output((%x,)) : tensor<4xf32>
    }
  }
}

// -----

// A while_loop condition returning a bool tensor that is not 0-d: PyTorch's
// _validate_cond_output (torch/_higher_order_ops/while_loop.py) wants
// pred.size() == torch.Size([]).
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4xf32>
    %c = fx.get_attr @cond_graph : !fx.graph_module
    %b = fx.get_attr @body_graph : !fx.graph_module
    // expected-error@+1 {{condition subgraph 'cond_graph' returns 'tensor<4xi1>'; it must return a bool scalar}}
    %w = fx.call_function torch.ops.higher_order.while_loop(%c, %b, (%x,), ()) : (!fx.graph_module, !fx.graph_module, tensor<4xf32>) -> tuple<tensor<4xf32>>
    fx.output(%w) : tuple<tensor<4xf32>>
  }
  fx.graph_module @cond_graph {
    // expected-note@+1 {{subgraph here}}
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xf32>
      %gt = fx.call_function aten.gt.Scalar(%x, 0) : (tensor<4xf32>) -> tensor<4xi1>
      fx.output(%gt) : tensor<4xi1>
    }
  }
  fx.graph_module @body_graph {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<4xf32>
      fx.output((%x,)) : tensor<4xf32>
    }
  }
}

// -----

// map over a 0-d tensor.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<f32>
    %g = fx.get_attr @body_graph_0 : !fx.graph_module
    // expected-error@+1 {{maps over 'tensor<f32>'; mapped inputs must be tensors of rank 1 or more}}
    %m = fx.call_function torch.ops.higher_order.map_impl(%g, [%x], []) : (!fx.graph_module, tensor<f32>) -> tuple<tensor<f32>>
    fx.output(%m) : tuple<tensor<f32>>
  }
  fx.graph_module @body_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<f32>
      fx.output((%x,)) : tensor<f32>
    }
  }
}

// -----

// A scan whose combine function does not return its carry first.
fx.graph_module @M {
  fx.graph @forward {
    %init = fx.placeholder "init" : tensor<3xf32>
    %xs = fx.placeholder "xs" : tensor<5x3xf32>
    %g = fx.get_attr @combine : !fx.graph_module
    // expected-error@+1 {{combine subgraph 'combine' returns 'tuple<tensor<f32>>', which does not begin with the carried values ('tensor<3xf32>')}}
    %s = fx.call_function torch.ops.higher_order.scan(%g, [%init], [%xs], ()) : (!fx.graph_module, tensor<3xf32>, tensor<5x3xf32>) -> tuple<tensor<3xf32>>
    fx.output(%s) : tuple<tensor<3xf32>>
  }
  fx.graph_module @combine {
    // expected-note@+1 {{subgraph here}}
    fx.graph @forward {
      %c = fx.placeholder "c" : tensor<3xf32>
      %x = fx.placeholder "x" : tensor<3xf32>
      %s = fx.call_function aten.sum.default(%x) : (tensor<3xf32>) -> tensor<f32>
      fx.output([%s]) : tensor<f32>
    }
  }
}

// -----

// A cond without its operands.
fx.graph_module @M {
  fx.graph @forward {
    %p = fx.placeholder "p" : !fx.sym_bool
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    // expected-error@+1 {{expects at least 4 args, got 3}}
    %cond = fx.call_function torch.ops.higher_order.cond(%p, %t, %t) : (!fx.sym_bool, !fx.graph_module, !fx.graph_module) -> tuple<tensor<2xf32>>
    fx.output(%cond) : tuple<tensor<2xf32>>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      fx.output(())
    }
  }
}

// -----

// A call of a higher-order operator has a result.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %g = fx.get_attr @submod_1 : !fx.graph_module
    // expected-error@+1 {{must have one result, the value its subgraphs compute: 'tuple<tensor<2xf32>>'}}
    fx.call_function torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %x) {name = "invoke_subgraph"} : (!fx.graph_module, tensor<2xf32>) -> ()
    fx.output(None)
  }
  fx.graph_module @submod_1 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x,)) : tensor<2xf32>
    }
  }
}

// -----

// A subgraph returning a constant.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %g = fx.get_attr @submod_1 : !fx.graph_module
    // expected-error@+1 {{subgraph 'submod_1' returns a constant; its outputs must be nodes, lists or tuples of nodes, or None}}
    %w = fx.call_function torch.ops.higher_order.invoke_subgraph(%g, "subgraph_0", %x) : (!fx.graph_module, tensor<2xf32>) -> tuple<tensor<2xf32>>
    fx.output(%w) : tuple<tensor<2xf32>>
  }
  fx.graph_module @submod_1 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output((%x, 1))  : tensor<2xf32>
    }
  }
}

// -----

// auto_functionalized_v2 takes the operator it calls as its only positional
// arg, the op's own args as kwargs.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    // expected-error@+1 {{expects one positional arg, the operator it calls, got 2}}
    %af = fx.call_function torch.ops.higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, %x, _x_base_index = 0, _all_bases = [%x]) : (tensor<3xf32>, tensor<3xf32>) -> tuple<none, tensor<3xf32>>
    fx.output(%af) : tuple<none, tensor<3xf32>>
  }
}

// -----

// The name of an operator PyTorch could not resolve reads back as a string.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    // expected-error@+1 {{arg 0 must be an operator (torch.ops.namespace.op.overload), got "mylib.scale_.default"}}
    %af = fx.call_function torch.ops.higher_order.auto_functionalized_v2("mylib.scale_.default", _x_base_index = 0, _all_bases = [%x]) : (tensor<3xf32>) -> tuple<none, tensor<3xf32>>
    fx.output(%af) : tuple<none, tensor<3xf32>>
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    // expected-error@+1 {{expects `_all_bases`, a list of the tensors the operator mutates}}
    %af = fx.call_function higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, x = %x) : (tensor<3xf32>) -> tuple<none, tensor<3xf32>>
    fx.output(%af) : tuple<none, tensor<3xf32>>
  }
}

// -----

// One mutated base, but no room for the operator's returns.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    // expected-error@+1 {{must return a tuple of the operator's returns (None when it returns nothing) followed by its 1 mutated bases}}
    %af = fx.call_function higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, _x_base_index = 0, _all_bases = [%x]) : (tensor<3xf32>) -> tuple<tensor<3xf32>>
    fx.output(%af) : tuple<tensor<3xf32>>
  }
}

// -----

// The mutated base is a 3-element tensor; the call says it returns 4.
fx.graph_module @M {
  fx.graph @forward {
    %y = fx.placeholder "y" : tensor<4xf32>
    %x = fx.placeholder "x" : tensor<3xf32>
    // expected-error@+1 {{result type 'tuple<tensor<4xf32>, tensor<4xf32>>' differs from 'tuple<tensor<4xf32>, tensor<3xf32>>', the operator's returns followed by its mutated bases}}
    %af = fx.call_function higher_order.auto_functionalized_v2(torch.ops.mylib.acc_.default, y = %y, _total_base_index = 0, _all_bases = [%x]) : (tensor<4xf32>, tensor<3xf32>) -> tuple<tensor<4xf32>, tensor<4xf32>>
    fx.output(%af) : tuple<tensor<4xf32>, tensor<4xf32>>
  }
}
