// Graph modules processed in parallel by the multi-threaded pass manager
// each get their own listener: every created node is typed, named uniquely
// in its graph and given its own graph's metadata (as run_decompositions does,
// the roots' keys and, for a root without torch_fn, its target's; no custom,
// which the roots lack).
// RUN: fx-opt --mlir-print-local-scope %s --pass-pipeline='builtin.module(fx.graph_module(fx-decompose, fx-verify-metadata{keys=fx.nn_module_stack,fx.torch_fn}))' | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s --mlir-disable-threading --pass-pipeline='builtin.module(fx.graph_module(fx-decompose))' | FileCheck %s

fx.graph_module @M0 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc0", "fc0", "torch.nn.modules.linear.Linear"]]>} : (tensor<2x4xf32>, tensor<3x4xf32>) -> tensor<2x3xf32>
    fx.output(%linear) : tensor<2x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M0
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc0", "fc0"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc0", "fc0"{{.*}} : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>

fx.graph_module @M1 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<3x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc1", "fc1", "torch.nn.modules.linear.Linear"]]>} : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x3xf32>
    fx.output(%linear) : tensor<3x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M1
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc1", "fc1"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc1", "fc1"{{.*}} : (tensor<3x4xf32>, tensor<4x3xf32>) -> tensor<3x3xf32>

fx.graph_module @M2 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc2", "fc2", "torch.nn.modules.linear.Linear"]]>} : (tensor<4x4xf32>, tensor<3x4xf32>) -> tensor<4x3xf32>
    fx.output(%linear) : tensor<4x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M2
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc2", "fc2"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc2", "fc2"{{.*}} : (tensor<4x4xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>

fx.graph_module @M3 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<5x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc3", "fc3", "torch.nn.modules.linear.Linear"]]>} : (tensor<5x4xf32>, tensor<3x4xf32>) -> tensor<5x3xf32>
    fx.output(%linear) : tensor<5x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M3
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc3", "fc3"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc3", "fc3"{{.*}} : (tensor<5x4xf32>, tensor<4x3xf32>) -> tensor<5x3xf32>

fx.graph_module @M4 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<6x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc4", "fc4", "torch.nn.modules.linear.Linear"]]>} : (tensor<6x4xf32>, tensor<3x4xf32>) -> tensor<6x3xf32>
    fx.output(%linear) : tensor<6x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M4
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc4", "fc4"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc4", "fc4"{{.*}} : (tensor<6x4xf32>, tensor<4x3xf32>) -> tensor<6x3xf32>

fx.graph_module @M5 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<7x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc5", "fc5", "torch.nn.modules.linear.Linear"]]>} : (tensor<7x4xf32>, tensor<3x4xf32>) -> tensor<7x3xf32>
    fx.output(%linear) : tensor<7x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M5
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc5", "fc5"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc5", "fc5"{{.*}} : (tensor<7x4xf32>, tensor<4x3xf32>) -> tensor<7x3xf32>

fx.graph_module @M6 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<8x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc6", "fc6", "torch.nn.modules.linear.Linear"]]>} : (tensor<8x4xf32>, tensor<3x4xf32>) -> tensor<8x3xf32>
    fx.output(%linear) : tensor<8x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M6
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc6", "fc6"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc6", "fc6"{{.*}} : (tensor<8x4xf32>, tensor<4x3xf32>) -> tensor<8x3xf32>

fx.graph_module @M7 {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<9x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc7", "fc7", "torch.nn.modules.linear.Linear"]]>} : (tensor<9x4xf32>, tensor<3x4xf32>) -> tensor<9x3xf32>
    fx.output(%linear) : tensor<9x3xf32>
  }
}
// CHECK-LABEL: fx.graph_module @M7
// CHECK: %permute = fx.call_function aten.permute.default(%w, [1, 0]) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc7", "fc7"{{.*}} : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK: %mm = fx.call_function aten.mm.default(%x, %permute) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc7", "fc7"{{.*}} : (tensor<9x4xf32>, tensor<4x3xf32>) -> tensor<9x3xf32>

