// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Inference-mode batch norm of a 2-d input [N, C] (BatchNorm1d): the [C]
// per-channel tensors broadcast as they are, so no view is created, as
// PyTorch's _unsqueeze_to_dim adds no dim for a rank-2 input. The rest is
// decompose-norm.mlir's arithmetic: (x - mean) * rsqrt(var + eps) * weight +
// bias.
// RUN: fx-opt %s --fx-decompose | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<4x3xf32>
    %w = fx.placeholder "w" : tensor<3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %rm = fx.placeholder "rm" : tensor<3xf32>
    %rv = fx.placeholder "rv" : tensor<3xf32>
    %bn = fx.call_function aten.batch_norm.default(%x, %w, %b, %rm, %rv, False, 0.1, 1.0e-05, True) : (tensor<4x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
    fx.output(%bn) : tensor<4x3xf32>
  }
}

// CHECK:      %add = fx.call_function aten.add.Tensor(%rv, 1.0e-05) {{.*}}: (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %rsqrt = fx.call_function aten.rsqrt.default(%add) {{.*}}: (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %sub = fx.call_function aten.sub.Tensor(%x, %rm) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%sub, %rsqrt) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %mul_1 = fx.call_function aten.mul.Tensor(%mul, %w) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %add_1 = fx.call_function aten.add.Tensor(%mul_1, %b) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: fx.output(%add_1)
