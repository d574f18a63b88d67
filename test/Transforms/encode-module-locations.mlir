// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-encode-module-locations wraps each op's location in one NameLoc per
// module of its nn_module_stack, outermost first.
// RUN: fx-opt %s -split-input-file -fx-encode-module-locations -mlir-print-debuginfo -mlir-print-local-scope | FileCheck %s
// Running it twice is running it once.
// RUN: fx-opt %s -split-input-file -fx-encode-module-locations -mlir-print-debuginfo -mlir-print-local-scope > %t.once
// RUN: fx-opt %s -split-input-file -fx-encode-module-locations -fx-encode-module-locations -mlir-print-debuginfo -mlir-print-local-scope | diff %t.once -

// CHECK-LABEL: fx.graph_module @Nested
// A stack of two modules around a stack-trace location.
// CHECK: %conv = fx.call_function {{.*}} loc("layer1"("layer1.0.conv1"("forward"("model.py":12:0))))
// The root module (empty path) adds nothing.
// CHECK: %relu = fx.call_function {{.*}} loc("layer1")
// PyTorch's empty-stack sentinel adds nothing either.
// CHECK: %neg = fx.call_function {{.*}} loc("model.py":20:0)
// A node without a stack keeps its location.
// CHECK: %sum = fx.call_function {{.*}} loc("model.py":21:0)
// Ops of other dialects carry the stack too (the listener propagates it).
// CHECK: arith.constant {{.*}} loc("head"("model.py":22:0))
fx.graph_module @Nested {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
    %w = fx.placeholder "w" : tensor<4x3x3x3xf32>
    %conv = fx.call_function aten.convolution.default(%x, %w, None, [1, 1], [1, 1], [1, 1], False, [0, 0], 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___layer1", "layer1", "torch.nn.modules.container.Sequential"], ["L__self___layer1_0_conv1", "layer1.0.conv1", "torch.nn.modules.conv.Conv2d"]]>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> loc("forward"("model.py":12:0))
    %relu = fx.call_function aten.relu.default(%conv) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "__main__.Model"], ["L__self___layer1", "layer1", "torch.nn.modules.container.Sequential"]]>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32> loc(unknown)
    %neg = fx.call_function aten.neg.default(%relu) {fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32> loc("model.py":20:0)
    %sum = fx.call_function aten.sum.default(%neg) : (tensor<1x4x8x8xf32>) -> tensor<f32> loc("model.py":21:0)
    %c = arith.constant {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___head", "head", "torch.nn.modules.linear.Linear"]]>} 1.0 : f32 loc("model.py":22:0)
    fx.output((%sum, %c)) : tensor<f32>, f32
  }
}

// -----

// Nested graph modules (higher-order operator subgraphs) are encoded too.
// CHECK-LABEL: fx.graph_module @Outer
// CHECK: fx.graph_module @true_graph_0
// CHECK: %sin = fx.call_function {{.*}} loc("block"("block.py":3:0))
fx.graph_module @Outer {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    fx.output(%x) : tensor<2xf32>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      %sin = fx.call_function aten.sin.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___block", "block", "mod.Block"]]>} : (tensor<2xf32>) -> tensor<2xf32> loc("block.py":3:0)
      fx.output((%sin,)) : tensor<2xf32>
    }
  }
}
