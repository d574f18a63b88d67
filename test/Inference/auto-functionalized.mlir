// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// auto_functionalized_v2 (torch/_higher_order_ops/auto_functionalize.py): the
// value is the operator's returns, then a clone of each of `_all_bases`. The
// operator's own returns need its fake kernel, which only PyTorch has: they
// stay as declared (torch.export auto-functionalizes custom ops only).
// RUN: fx-opt %s -split-input-file -fx-infer-types=mode=overwrite | FileCheck %s
// RUN: fx-opt %s -split-input-file -fx-infer-types=mode=check -verify-diagnostics -o /dev/null

// A node argument before `_all_bases` and a None base: the clones are the
// bases' types, in order. %add's stale size is re-derived first.
// CHECK-LABEL: fx.graph_module @Bases
// CHECK: %add = fx.call_function aten.add.Tensor(%x, 1) : (tensor<?xf32, #fx.dims<[s0]>>) -> tensor<?xf32, #fx.dims<[s0]>>
// CHECK: higher_order.auto_functionalized_v2(torch.ops.mylib.acc_.default, y = %y, _total_base_index = 0, _other_base_index = 2, _all_bases = [%add, %total, None])
// CHECK-SAME: -> tuple<tensor<2xf32>, tensor<?xf32, #fx.dims<[s0]>>, tensor<3xsi64>, none>
fx.graph_module @Bases {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
    %y = fx.placeholder "y" : tensor<2xf32>
    %total = fx.placeholder "total" : tensor<3xsi64>
    // expected-error@+1 {{type mismatch for node 'add'}}
    %add = fx.call_function aten.add.Tensor(%x, 1) : (tensor<?xf32, #fx.dims<[s0]>>) -> tensor<?xf32, #fx.dims<[s7]>>
    %af = fx.call_function higher_order.auto_functionalized_v2(torch.ops.mylib.acc_.default, y = %y, _total_base_index = 0, _other_base_index = 2, _all_bases = [%add, %total, None]) : (tensor<2xf32>, tensor<?xf32, #fx.dims<[s7]>>, tensor<3xsi64>) -> tuple<tensor<2xf32>, tensor<?xf32, #fx.dims<[s7]>>, tensor<3xsi64>, none>
    fx.output(%af) : tuple<tensor<2xf32>, tensor<?xf32, #fx.dims<[s7]>>, tensor<3xsi64>, none>
  }
}

// -----

// A clone declared with another size than its base's.
// CHECK-LABEL: fx.graph_module @Mismatch
// CHECK: higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, _x_base_index = 0, _all_bases = [%x]) : (tensor<?xf32, #fx.dims<[s0]>>) -> tuple<none, tensor<?xf32, #fx.dims<[s0]>>>
fx.graph_module @Mismatch {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0]>>
    // expected-error@+1 {{type mismatch for node 'af' (higher_order.auto_functionalized_v2): inferred ('tuple<none, tensor<?xf32, #fx.dims<[s0]>>>') but found ('tuple<none, tensor<?xf32, #fx.dims<[s1]>>>')}}
    %af = fx.call_function higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, _x_base_index = 0, _all_bases = [%x]) : (tensor<?xf32, #fx.dims<[s0]>>) -> tuple<none, tensor<?xf32, #fx.dims<[s1]>>>
    fx.output(%af) : tuple<none, tensor<?xf32, #fx.dims<[s1]>>>
  }
}

// -----

// A call created without a value keeps none: the operator's returns are not
// known.
// CHECK-LABEL: fx.graph_module @Unknown
// CHECK: higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, _x_base_index = 0, _all_bases = [%x]) : (tensor<3xf32>) -> !fx.unknown
fx.graph_module @Unknown {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3xf32>
    %af = fx.call_function higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, _x_base_index = 0, _all_bases = [%x]) : (tensor<3xf32>) -> !fx.unknown
    fx.output(%af) : !fx.unknown
  }
}
