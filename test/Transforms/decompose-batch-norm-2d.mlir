// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Inference-mode batch norm of a 2-d input [N, C] (BatchNorm1d). By default,
// as run_decompositions() does, it becomes the Core ATen
// _native_batch_norm_legit_no_training + getitem, which stays. With that op
// named, PyTorch's arithmetic follows: the [C] per-channel tensors broadcast
// as they are, so no unsqueeze is created (_unsqueeze_to_dim adds no dim for a
// rank-2 input).
// RUN: fx-opt %s --fx-decompose | FileCheck %s --check-prefix=DEFAULT
// RUN: fx-opt %s --fx-decompose=ops=aten.batch_norm.default,aten._native_batch_norm_legit_no_training.default | FileCheck %s

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

// DEFAULT:      %_native_batch_norm_legit_no_training = fx.call_function aten._native_batch_norm_legit_no_training.default(%x, %w, %b, %rm, %rv, 0.1, 1.0e-05) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tuple<tensor<4x3xf32>, tensor<0xf32>, tensor<0xf32>>
// DEFAULT-NEXT: %getitem = fx.call_function operator.getitem(%_native_batch_norm_legit_no_training, 0) {{.*}}-> tensor<4x3xf32>
// DEFAULT-NEXT: fx.output(%getitem)

// CHECK:      %_to_copy = fx.call_function aten._to_copy.default(%rm, dtype = torch.float32)
// CHECK-NEXT: %_to_copy_1 = fx.call_function aten._to_copy.default(%rv, dtype = torch.float32)
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%_to_copy_1, 1.0e-05)
// CHECK-NEXT: %sqrt = fx.call_function aten.sqrt.default(%add)
// CHECK-NEXT: %reciprocal = fx.call_function aten.reciprocal.default(%sqrt)
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%reciprocal, 1)
// CHECK-NEXT: %sub = fx.call_function aten.sub.Tensor(%x, %_to_copy) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %mul_1 = fx.call_function aten.mul.Tensor(%sub, %mul) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %mul_2 = fx.call_function aten.mul.Tensor(%mul_1, %w) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %add_1 = fx.call_function aten.add.Tensor(%mul_2, %b) {{.*}}: (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: fx.output(%add_1)
