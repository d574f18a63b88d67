// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// replace_quantized_ops_with_standard_ops with a qint8 dtype and the fused
// binary ops: quantize_per_tensor(qint8) stores int8 in [-128, 127]
// (torch.ao's calculate_qmin_qmax(None, None, False, torch.qint8, False)),
// and add_relu / mul_relu become the float op, then aten.relu, before the
// quantize (PyTorch's insert_fused_activation_node).
// RUN: fx-opt %s -fx-replace-quantized-ops | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %q = fx.call_function aten.quantize_per_tensor.default(%x, 0.5, 3, torch.qint8) : (tensor<2x4xf32>) -> tensor<2x4xsi8>
    %ar = fx.call_function quantized.add_relu.default(%q, %q, 0.25, 1) : (tensor<2x4xsi8>, tensor<2x4xsi8>) -> tensor<2x4xsi8>
    %mr = fx.call_function quantized.mul_relu.default(%ar, %q, 0.125, 2) : (tensor<2x4xsi8>, tensor<2x4xsi8>) -> tensor<2x4xsi8>
    fx.output((%ar, %mr)) : tensor<2x4xsi8>, tensor<2x4xsi8>
  }
}

// CHECK:      %quantize_per_tensor = fx.call_function quantized_decomposed.quantize_per_tensor.default(%x, 0.5, 3, -128, 127, torch.int8) {{.*}} -> tensor<2x4xsi8>
// CHECK-NEXT: %dequantize_per_tensor = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%quantize_per_tensor, 0.5, 3, -128, 127, torch.int8) {{.*}} -> tensor<2x4xf32>
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%dequantize_per_tensor, %dequantize_per_tensor) {{.*}} -> tensor<2x4xf32>
// CHECK-NEXT: %relu = fx.call_function aten.relu.default(%add) {{.*}} -> tensor<2x4xf32>
// CHECK-NEXT: %quantize_per_tensor_1 = fx.call_function quantized_decomposed.quantize_per_tensor.default(%relu, 0.25, 1, -128, 127, torch.int8)
// CHECK-NEXT: %dequantize_per_tensor_1 = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%quantize_per_tensor_1, 0.25, 1, -128, 127, torch.int8)
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%dequantize_per_tensor_1, %dequantize_per_tensor) {{.*}} -> tensor<2x4xf32>
// CHECK-NEXT: %relu_1 = fx.call_function aten.relu.default(%mul) {{.*}} -> tensor<2x4xf32>
// CHECK-NEXT: %quantize_per_tensor_2 = fx.call_function quantized_decomposed.quantize_per_tensor.default(%relu_1, 0.125, 2, -128, 127, torch.int8)
// CHECK-NEXT: %dequantize_per_tensor_2 = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%quantize_per_tensor_2, 0.125, 2, -128, 127, torch.int8)
// CHECK-NEXT: fx.output((%dequantize_per_tensor_1, %dequantize_per_tensor_2)) : tensor<2x4xf32>, tensor<2x4xf32>
