// RUN: fx-opt %s --split-input-file --verify-diagnostics --fx-functionalize-in-place-ops
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// What fx-functionalize-in-place-ops cannot rewrite into values without
// PyTorch's view replay, or cannot write back, is an error at the node.

// `v = y.view(-1); v.add_(1); return y`: the mutation must reach y.
fx.graph_module @in_place_on_view {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %view = fx.call_function aten.view.default(%mul, [6]) : (tensor<2x3xf32>) -> tensor<6xf32>
    // expected-error @+1 {{cannot functionalize 'aten.add_.Tensor' node 'add_': it writes into 'view', which may alias 'mul' (in-place ops on views are not functionalized)}}
    %add_ = fx.call_function aten.add_.Tensor(%view, 1) : (tensor<6xf32>) -> tensor<6xf32>
    fx.output((%mul,)) : tensor<2x3xf32>
  }
}

// -----

// An element of a split (a list of views) is a view too.
fx.graph_module @in_place_on_split {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<4xf32>) -> tensor<4xf32>
    %split = fx.call_function aten.split.Tensor(%mul, 2) : (tensor<4xf32>) -> tuple<tensor<2xf32>, tensor<2xf32>>
    %getitem = fx.call_function operator.getitem(%split, 0) : (tuple<tensor<2xf32>, tensor<2xf32>>) -> tensor<2xf32>
    // expected-error @+1 {{it writes into 'getitem', which may alias 'mul'}}
    %relu_ = fx.call_function aten.relu_.default(%getitem) : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%mul,)) : tensor<4xf32>
  }
}

// -----

// `v = y.t(); y.mul_(2); return v`: v would see the mutation.
fx.graph_module @view_read_after_mutation {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %t = fx.call_function aten.t.default(%mul) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    // expected-error @+1 {{cannot functionalize 'aten.mul_.Tensor' node 'mul_': 't', which may alias 'mul', is read after it by 'output'}}
    %mul_ = fx.call_function aten.mul_.Tensor(%mul, 2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    fx.output((%t,)) : tensor<3x2xf32>
  }
}

// -----

// A node whose target has no schema may return an alias of what it reads.
fx.graph_module @unknown_aliasing {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<3xf32>) -> tensor<3xf32>
    %u = fx.call_function mylib.maybe_view.default(%mul) : (tensor<3xf32>) -> tensor<3xf32>
    // expected-error @+1 {{'u', which may alias 'mul', is read after it by 'neg'}}
    %add_ = fx.call_function aten.add_.Tensor(%mul, 1) : (tensor<3xf32>) -> tensor<3xf32>
    %neg = fx.call_function aten.neg.default(%u) : (tensor<3xf32>) -> tensor<3xf32>
    fx.output((%neg,)) : tensor<3xf32>
  }
}

// -----

// zero_ has no out-of-place form in the schema table.
fx.graph_module @no_out_of_place {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<3xf32>) -> tensor<3xf32>
    // expected-error @+1 {{cannot functionalize 'aten.zero_.default' node 'zero_': the schema table has no out-of-place form of it}}
    %zero_ = fx.call_function aten.zero_.default(%mul) : (tensor<3xf32>) -> tensor<3xf32>
    fx.output((%zero_,)) : tensor<3xf32>
  }
}

// -----

// An out= op writes an argument other than self.
fx.graph_module @out_variant {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    %y = fx.placeholder "y" : tensor<3xf32>
    %o = fx.placeholder "o" : tensor<3xf32>
    // expected-error @+1 {{cannot functionalize 'aten.atan2.out' node 'atan2': it writes an argument other than its first (only in-place ops on 'self' are functionalized)}}
    %atan2 = fx.call_function aten.atan2.out(%x, %y, out = %o) : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    fx.output((%atan2,)) : tensor<3xf32>
  }
}

// -----

// A nested graph module's inputs belong to its caller: there is no output
// to write a mutation back through.
fx.graph_module @nested_input {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    %body = fx.get_attr @body : !fx.graph_module
    %map = fx.call_function higher_order.map_impl(%body, [%x], []) : (!fx.graph_module, tensor<3xf32>) -> tuple<tensor<3xf32>>
    fx.output(%map) : tuple<tensor<3xf32>>
  }
  fx.graph_module @body {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<f32>
      // expected-error @+1 {{it writes 'x', an input of a nested graph module}}
      %add_ = fx.call_function aten.add_.Tensor(%x, 1) : (tensor<f32>) -> tensor<f32>
      fx.output((%add_,)) : tensor<f32>
    }
  }
}

// -----

// A tensor constant is no buffer: the signature has no mutation for it.
fx.graph_module @tensor_constant {
  fx.graph @forward {
    %c_lifted_tensor_0 = fx.placeholder "c_lifted_tensor_0" {fx.input_spec = #fx.input_spec<tensor_constant, "lifted_tensor_0">} : tensor<3xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf32>
    // expected-error @+1 {{it writes 'c_lifted_tensor_0', which the graph signature cannot record as a mutation (a tensor constant or an input without an input spec)}}
    %add_ = fx.call_function aten.add_.Tensor(%c_lifted_tensor_0, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    fx.output((%x,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<3xf32>
  }
}

// -----

// `x(3).add_(y(2, 3))` cannot broadcast x in place.
fx.graph_module @broadcast_self {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    %y = fx.placeholder "y" : tensor<2x3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<3xf32>) -> tensor<3xf32>
    // expected-error @+1 {{cannot functionalize 'aten.add_.Tensor' node 'add_': 'aten.add.Tensor' computes 'tensor<2x3xf32>', which does not fit into 'tensor<3xf32>'}}
    %add_ = fx.call_function aten.add_.Tensor(%mul, %y) : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<3xf32>
    fx.output((%add_,)) : tensor<3xf32>
  }
}

// -----

// The signature records a mutation of the buffer already.
fx.graph_module @recorded_twice {
  fx.graph @forward {
    %b_b = fx.placeholder "b_b" {fx.input_spec = #fx.input_spec<buffer, "b">} : tensor<3xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf32>
    %add_ = fx.call_function aten.add_.Tensor(%b_b, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    // expected-error @+1 {{cannot record the mutation of 'b_b': the signature records one already}}
    fx.output((%x, %x)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "b">, #fx.output_spec<user_output>]} : tensor<3xf32>, tensor<3xf32>
  }
}
