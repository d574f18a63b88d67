// RUN: fx-opt %s --split-input-file --fx-functionalize-in-place-ops --mlir-print-local-scope --mlir-print-debuginfo | FileCheck %s
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// fx-functionalize-in-place-ops. The graphs are what torch.export gives the
// modules in the comments, the expected ones what PyTorch 2.13's
// run_decompositions({}) makes of them (node names as fx-mlir keeps them:
// PyTorch renames every node when it retraces);
// functionalize-in-place-ops-torch.py compares the two programs node by node.

// `y = x * 2; y.relu_(); return y + 1`: the in-place op on an intermediate
// becomes relu, which later reads get; relu keeps relu_'s metadata and stack
// trace.
// CHECK-LABEL: fx.graph_module @intermediate
// CHECK: %mul = fx.call_function aten.mul.Tensor(%x, 2)
// CHECK-NEXT: %relu = fx.call_function aten.relu.default(%mul) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"L__self__", "", "m.M"]]>, fx.torch_fn = #fx.torch_fn<"relu__1", "method_descriptor.relu_">} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("y.relu_()")
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%relu, 1)
// CHECK-NEXT: fx.output((%add,))
// CHECK-NOT: relu_
fx.graph_module @intermediate {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2x3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %relu_ = fx.call_function aten.relu_.default(%mul) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "m.M"]]>, fx.torch_fn = #fx.torch_fn<"relu__1", "method_descriptor.relu_">} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("y.relu_()")
    %add = fx.call_function aten.add.Tensor(%relu_, 1) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    fx.output((%add,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<2x3xf32>
  }
}

// -----

// `self.mean.mul_(0.9).add_(x, alpha=0.1); self.steps.add_(1); return x - self.mean`:
// a chain of in-place ops on one buffer (the second on the first's result),
// an integer buffer; the buffers' last values become buffer_mutation outputs
// in input order, before the user output, and the later read of the buffer
// reads the last value.
// CHECK-LABEL: fx.graph_module @buffer_chain
// CHECK: %mul = fx.call_function aten.mul.Tensor(%b_mean, 0.9)
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%mul, %x, alpha = 0.1)
// CHECK-NEXT: %add_1 = fx.call_function aten.add.Tensor(%b_steps, 1) {{.*}} : (tensor<si64>) -> tensor<si64>
// CHECK-NEXT: %sub = fx.call_function aten.sub.Tensor(%x, %add)
// CHECK-NEXT: fx.output((%add, %add_1, %sub)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "mean">, #fx.output_spec<buffer_mutation, "steps">, #fx.output_spec<user_output>]} : tensor<8xf32>, tensor<si64>, tensor<8xf32>
fx.graph_module @buffer_chain {
  fx.graph @forward {
    %b_mean = fx.placeholder "b_mean" {fx.input_spec = #fx.input_spec<buffer, "mean">} : tensor<8xf32>
    %b_steps = fx.placeholder "b_steps" {fx.input_spec = #fx.input_spec<buffer, "steps">} : tensor<si64>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<8xf32>
    %mul_ = fx.call_function aten.mul_.Tensor(%b_mean, 0.9) : (tensor<8xf32>) -> tensor<8xf32>
    %add_ = fx.call_function aten.add_.Tensor(%mul_, %x, alpha = 0.1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %add__1 = fx.call_function aten.add_.Tensor(%b_steps, 1) : (tensor<si64>) -> tensor<si64>
    %sub = fx.call_function aten.sub.Tensor(%x, %b_mean) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    fx.output((%sub,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<8xf32>
  }
}

// -----

// `x.sub_(1); self.b.add_(x); self.a.mul_(2); self.p.mul_(3); return x * 2`:
// mutation outputs follow input order (a, b, p, x), not mutation order; a
// user input's is user_input_mutation named by its placeholder, a
// parameter's parameter_mutation.
// CHECK-LABEL: fx.graph_module @input_order
// CHECK: %sub = fx.call_function aten.sub.Tensor(%x, 1)
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%b_b, %sub)
// CHECK-NEXT: %mul_1 = fx.call_function aten.mul.Tensor(%b_a, 2)
// CHECK-NEXT: %mul_2 = fx.call_function aten.mul.Tensor(%p_p, 3)
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%sub, 2)
// CHECK-NEXT: fx.output((%mul_1, %add, %mul_2, %sub, %mul)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "a">, #fx.output_spec<buffer_mutation, "b">, #fx.output_spec<parameter_mutation, "p">, #fx.output_spec<user_input_mutation, "x">, #fx.output_spec<user_output>]}
fx.graph_module @input_order {
  fx.graph @forward {
    %b_a = fx.placeholder "b_a" {fx.input_spec = #fx.input_spec<buffer, "a">} : tensor<3xf32>
    %b_b = fx.placeholder "b_b" {fx.input_spec = #fx.input_spec<non_persistent_buffer, "b">} : tensor<3xf32>
    %p_p = fx.placeholder "p_p" {fx.input_spec = #fx.input_spec<parameter, "p">} : tensor<3xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf32>
    %sub_ = fx.call_function aten.sub_.Tensor(%x, 1) : (tensor<3xf32>) -> tensor<3xf32>
    %add_ = fx.call_function aten.add_.Tensor(%b_b, %sub_) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %mul_ = fx.call_function aten.mul_.Tensor(%b_a, 2) : (tensor<3xf32>) -> tensor<3xf32>
    %mul__1 = fx.call_function aten.mul_.Tensor(%p_p, 3) : (tensor<3xf32>) -> tensor<3xf32>
    %mul = fx.call_function aten.mul.Tensor(%sub_, 2) : (tensor<3xf32>) -> tensor<3xf32>
    fx.output((%mul,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<3xf32>
  }
}

// -----

// `self.b.add_(x); z = self.b * 2; self.b.mul_(3); return z, self.b`: a read
// between two mutations reads the first; the mutated buffer is both a
// mutation and a user output.
// CHECK-LABEL: fx.graph_module @read_between
// CHECK: %add = fx.call_function aten.add.Tensor(%b_b, %x)
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%add, 2)
// CHECK-NEXT: %mul_1 = fx.call_function aten.mul.Tensor(%add, 3)
// CHECK-NEXT: fx.output((%mul_1, %mul, %mul_1)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "b">, #fx.output_spec<user_output>, #fx.output_spec<user_output>]}
fx.graph_module @read_between {
  fx.graph @forward {
    %b_b = fx.placeholder "b_b" {fx.input_spec = #fx.input_spec<buffer, "b">} : tensor<3xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf32>
    %add_ = fx.call_function aten.add_.Tensor(%b_b, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %mul = fx.call_function aten.mul.Tensor(%add_, 2) : (tensor<3xf32>) -> tensor<3xf32>
    %mul_ = fx.call_function aten.mul_.Tensor(%add_, 3) : (tensor<3xf32>) -> tensor<3xf32>
    fx.output((%mul, %mul_)) {fx.output_specs = [#fx.output_spec<user_output>, #fx.output_spec<user_output>]} : tensor<3xf32>, tensor<3xf32>
  }
}

// -----

// `y = a * 1; y.add_(b)` with a float64 `b`: the in-place op keeps y's
// float32; PyTorch casts the float64 sum back with _to_copy, which gets the
// in-place node's metadata too.
// CHECK-LABEL: fx.graph_module @promotion
// CHECK: %add = fx.call_function aten.add.Tensor(%mul, %b) {{.*}}fx.torch_fn = #fx.torch_fn<"add__1", "method_descriptor.add_">} : (tensor<3xf32>, tensor<3xf64>) -> tensor<3xf64>
// CHECK-NEXT: %_to_copy = fx.call_function aten._to_copy.default(%add, dtype = torch.float32, layout = torch.strided) {{.*}}fx.torch_fn = #fx.torch_fn<"add__1", "method_descriptor.add_">} : (tensor<3xf64>) -> tensor<3xf32>
// CHECK-NEXT: fx.output((%_to_copy,))
fx.graph_module @promotion {
  fx.graph @forward {
    %a = fx.placeholder "a" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf32>
    %b = fx.placeholder "b" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf64>
    %mul = fx.call_function aten.mul.Tensor(%a, 1) : (tensor<3xf32>) -> tensor<3xf32>
    %add_ = fx.call_function aten.add_.Tensor(%mul, %b) {fx.torch_fn = #fx.torch_fn<"add__1", "method_descriptor.add_">} : (tensor<3xf32>, tensor<3xf64>) -> tensor<3xf32>
    fx.output((%add_,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<3xf32>
  }
}

// -----

// `y = x * 2; y.add_(1).mul_(3); return x.cos()`: nothing reads y afterwards,
// so its mutations and y itself go, as PyTorch's retrace drops them.
// CHECK-LABEL: fx.graph_module @dead_intermediate
// CHECK: %x = fx.placeholder
// CHECK-NEXT: %cos = fx.call_function aten.cos.default(%x)
// CHECK-NEXT: fx.output((%cos,))
fx.graph_module @dead_intermediate {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<3xf32>) -> tensor<3xf32>
    %add_ = fx.call_function aten.add_.Tensor(%mul, 1) : (tensor<3xf32>) -> tensor<3xf32>
    %mul_ = fx.call_function aten.mul_.Tensor(%add_, 3) : (tensor<3xf32>) -> tensor<3xf32>
    %cos = fx.call_function aten.cos.default(%x) : (tensor<3xf32>) -> tensor<3xf32>
    fx.output((%cos,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<3xf32>
  }
}

// -----

// A graph without a signature (a GraphModule, not an exported program)
// cannot return its mutations: the last value of each mutated input is
// copied into it before the output, as torch.func.functionalize does.
// CHECK-LABEL: fx.graph_module @plain_graph
// CHECK: %add = fx.call_function aten.add.Tensor(%buf, %x)
// CHECK-NEXT: %hardtanh = fx.call_function aten.hardtanh.default(%x, -0.5, 0.5)
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%add, %hardtanh)
// CHECK-NEXT: %copy_ = fx.call_function aten.copy_.default(%buf, %add) {{.*}}: (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %copy__1 = fx.call_function aten.copy_.default(%x, %hardtanh) {{.*}}: (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: fx.output(%mul)
fx.graph_module @plain_graph {
  fx.graph @forward {
    %buf = fx.placeholder "buf" : tensor<3xf32>
    %x = fx.placeholder "x" : tensor<3xf32>
    %add_ = fx.call_function aten.add_.Tensor(%buf, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %hardtanh_ = fx.call_function aten.hardtanh_.default(%x, -0.5, 0.5) : (tensor<3xf32>) -> tensor<3xf32>
    %mul = fx.call_function aten.mul.Tensor(%add_, %hardtanh_) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    fx.output(%mul) : tensor<3xf32>
  }
}

// -----

// Views are fine where no mutation comes between them and their reads: a
// view read before its base is mutated, a view of the mutated value.
// CHECK-LABEL: fx.graph_module @views
// CHECK: %view = fx.call_function aten.view.default(%mul, [6])
// CHECK-NEXT: %sum = fx.call_function aten.sum.default(%view)
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%mul, 1)
// CHECK-NEXT: %view_1 = fx.call_function aten.view.default(%add, [6])
// CHECK-NEXT: fx.output((%sum, %view_1))
fx.graph_module @views {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2x3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %view = fx.call_function aten.view.default(%mul, [6]) : (tensor<2x3xf32>) -> tensor<6xf32>
    %sum = fx.call_function aten.sum.default(%view) : (tensor<6xf32>) -> tensor<f32>
    %add_ = fx.call_function aten.add_.Tensor(%mul, 1) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %view_1 = fx.call_function aten.view.default(%add_, [6]) : (tensor<2x3xf32>) -> tensor<6xf32>
    fx.output((%sum, %view_1)) {fx.output_specs = [#fx.output_spec<user_output>, #fx.output_spec<user_output>]} : tensor<f32>, tensor<6xf32>
  }
}

// -----

// In a nested graph module (a cond branch) in-place ops on intermediates are
// functionalized like any other.
// CHECK-LABEL: fx.graph_module @nested
// CHECK: fx.graph_module @true_graph_0
// CHECK: %relu = fx.call_function aten.relu.default(%mul)
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%relu, 1)
fx.graph_module @nested {
  fx.graph @forward {
    %p = fx.placeholder "p" : tensor<i1>
    %x = fx.placeholder "x" : tensor<3xf32>
    %t = fx.get_attr @true_graph_0 : !fx.graph_module
    %f = fx.get_attr @false_graph_0 : !fx.graph_module
    %cond = fx.call_function higher_order.cond(%p, %t, %f, (%x,)) : (tensor<i1>, !fx.graph_module, !fx.graph_module, tensor<3xf32>) -> tuple<tensor<3xf32>>
    fx.output(%cond) : tuple<tensor<3xf32>>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<3xf32>
      %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<3xf32>) -> tensor<3xf32>
      %relu_ = fx.call_function aten.relu_.default(%mul) : (tensor<3xf32>) -> tensor<3xf32>
      %add = fx.call_function aten.add.Tensor(%relu_, 1) : (tensor<3xf32>) -> tensor<3xf32>
      fx.output((%add,)) : tensor<3xf32>
    }
  }
  fx.graph_module @false_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<3xf32>
      fx.output((%x,)) : tensor<3xf32>
    }
  }
}

// -----

// A signature that records mutations already keeps them first; the new ones
// follow them, before the user outputs. copy_ into an intermediate becomes
// copy, as in PyTorch.
// CHECK-LABEL: fx.graph_module @recorded_mutations
// CHECK: %copy = fx.call_function aten.copy.default(%mul, %x)
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%b_b, %copy)
// CHECK-NEXT: fx.output((%b_a, %add, %x)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "a">, #fx.output_spec<buffer_mutation, "b">, #fx.output_spec<user_output>]}
fx.graph_module @recorded_mutations {
  fx.graph @forward {
    %b_a = fx.placeholder "b_a" {fx.input_spec = #fx.input_spec<buffer, "a">} : tensor<3xf32>
    %b_b = fx.placeholder "b_b" {fx.input_spec = #fx.input_spec<buffer, "b">} : tensor<3xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<3xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, 2) : (tensor<3xf32>) -> tensor<3xf32>
    %copy_ = fx.call_function aten.copy_.default(%mul, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %add_ = fx.call_function aten.add_.Tensor(%b_b, %copy_) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    fx.output((%b_a, %x)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "a">, #fx.output_spec<user_output>]} : tensor<3xf32>, tensor<3xf32>
  }
}

// -----

// An in-place node without a result (the IR allows one; FX always gives a
// node a value) writes self all the same: its buffer's new value is the
// out-of-place node's, as for `self.b.add_(1)`.
// CHECK-LABEL: fx.graph_module @no_result
// CHECK: %add = fx.call_function aten.add.Tensor(%b_b, 1) {{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: fx.output((%add, %x)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "b">, #fx.output_spec<user_output>]} : tensor<4xf32>, tensor<4xf32>
fx.graph_module @no_result {
  fx.graph @forward {
    %b_b = fx.placeholder "b_b" {fx.input_spec = #fx.input_spec<buffer, "b">} : tensor<4xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<4xf32>
    fx.call_function aten.add_.Tensor(%b_b, 1) {name = "add_"} : (tensor<4xf32>) -> ()
    fx.output((%x,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<4xf32>
  }
}
