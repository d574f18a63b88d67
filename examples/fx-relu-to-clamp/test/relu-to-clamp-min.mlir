// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: relu-to-clamp-opt %s -split-input-file -relu-to-clamp-min --mlir-print-local-scope | FileCheck %s
//
// The expected metadata is what PyTorch 2.13's `_node_metadata_hook` gives a
// node created by `graph.create_node("call_function",
// torch.ops.aten.clamp_min.default, (arg, 0.0), name="clamp_min")` in the same
// graph (meta["val"] for the type).

// relu's first node argument is `lin`: the new node takes lin's
// nn_module_stack and custom, not relu's; torch_fn comes from its own target;
// `clamp_min` is taken, so it is `clamp_min_1`.
// CHECK-LABEL: fx.graph @inherits_from_first_argument
// CHECK:      %clamp_min_1 = fx.call_function aten.clamp_min.default(%lin, 0.0)
// CHECK-SAME:   fx.custom = #fx.dict<{"tag" = "fc"}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"clamp_min.default_0", "OpOverload.clamp_min.default">
// CHECK-SAME:   : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NOT:  aten.relu
// CHECK:      fx.output(%clamp_min_1)
fx.graph_module @M {
  fx.graph @inherits_from_first_argument {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %w = fx.placeholder "w" : tensor<3x3xf32>
    %clamp_min = fx.call_function aten.clamp_min.default(%x, 1.0) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %lin = fx.call_function aten.mm.default(%clamp_min, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_1", "function.linear">, fx.custom = #fx.dict<{"tag" = "fc"}>} : (tensor<2x3xf32>, tensor<3x3xf32>) -> tensor<2x3xf32>
    %relu = fx.call_function aten.relu.default(%lin) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>, fx.torch_fn = #fx.torch_fn<"relu_1", "function.relu">} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    fx.output(%relu) : tensor<2x3xf32>
  }
}

// -----

// A placeholder has no nn_module_stack: the hook's sentinel, an empty custom;
// the name is free; the type is f16 like its argument.
// CHECK-LABEL: fx.graph @placeholder_argument
// CHECK:      %clamp_min = fx.call_function aten.clamp_min.default(%x, 0.0)
// CHECK-SAME:   fx.custom = #fx.dict<{}>
// CHECK-SAME:   fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>
// CHECK-SAME:   fx.torch_fn = #fx.torch_fn<"clamp_min.default_0", "OpOverload.clamp_min.default">
// CHECK-SAME:   : (tensor<4x3xf16>) -> tensor<4x3xf16>
fx.graph_module @M {
  fx.graph @placeholder_argument {
    %x = fx.placeholder "x" : tensor<4x3xf16>
    %relu = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___act", "act", "torch.nn.modules.activation.ReLU"]]>} : (tensor<4x3xf16>) -> tensor<4x3xf16>
    fx.output(%relu) : tensor<4x3xf16>
  }
}

// -----

// Symbolic sizes carry over: the type is inferred, not copied from relu.
// CHECK-LABEL: fx.graph @symbolic
// CHECK:      %clamp_min = fx.call_function aten.clamp_min.default(%x, 0.0)
// CHECK-SAME:   : (tensor<?x3xf32, #fx.dims<[s0 + 1]>>) -> tensor<?x3xf32, #fx.dims<[s0 + 1]>>
fx.graph_module @M {
  fx.graph @symbolic {
    %x = fx.placeholder "x" : tensor<?x3xf32, #fx.dims<[s0 + 1]>>
    %relu = fx.call_function aten.relu.default(%x) : (tensor<?x3xf32, #fx.dims<[s0 + 1]>>) -> !fx.unknown
    fx.output(%relu) : !fx.unknown
  }
}
