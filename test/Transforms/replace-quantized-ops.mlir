// RUN: fx-opt --mlir-print-local-scope %s -fx-replace-quantized-ops --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -fx-replace-quantized-ops=policy=first-argument | FileCheck %s --check-prefix=FIRST
// RUN: fx-opt %s -fx-replace-quantized-ops -fx-verify-metadata=keys=fx.nn_module_stack,fx.torch_fn,fx.custom -o /dev/null
// A real model with nothing to rewrite (resnet18: no quantized op) comes out
// unchanged, names, metadata and stack traces included.
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir --mlir-print-debuginfo > %t.resnet18
// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir -fx-replace-quantized-ops --mlir-print-debuginfo | diff -u %t.resnet18 -

// replace_quantized_ops_with_standard_ops: quantize -> qd.quantize +
// qd.dequantize; quantized.linear / conv2d / add -> float op (+ relu) +
// qd.quantize + qd.dequantize with the op's output scale and zero point and
// the dtype of the last quantize (quint8 -> uint8 in [0, 255]); dequantize of
// a float value goes. Expected types by hand: quantized values are typed by
// their storage (ui8), dequantized ones are f32; linear (2x4, 3x4 weight) is
// 2x3; convolution of 1x2x5x5 with 4x2x3x3, stride 1, padding 1 is 1x4x5x5.

#nnms_q = #fx.nn_module_stack<[["L__self___quant", "quant", "torch.ao.nn.quantized.Quantize"]]>
#nnms_fc = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.ao.nn.quantized.Linear"]]>
#nnms_conv = #fx.nn_module_stack<[["L__self___conv", "conv", "torch.ao.nn.quantized.ConvReLU2d"]]>
fx.graph_module @M {
  fx.module_attr parameter @fc.weight : tensor<3x4xsi8>
  fx.module_attr parameter @fc.bias : tensor<3xf32>
  fx.module_attr parameter @conv.weight : tensor<4x2x3x3xf32>
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %img = fx.placeholder "img" : tensor<1x2x5x5xf32>
    %q = fx.call_function aten.quantize_per_tensor.default(%x, 0.5, 3, torch.quint8) {fx.nn_module_stack = #nnms_q, fx.torch_fn = #fx.torch_fn<"quantize_per_tensor_1", "OpOverload.quantize_per_tensor.default">, fx.custom = #fx.dict<{"q" = 1}>} : (tensor<2x4xf32>) -> tensor<2x4xui8> loc("forward"("model.py":3:0))
    %w = fx.get_attr @fc.weight : tensor<3x4xsi8>
    %b = fx.get_attr @fc.bias : tensor<3xf32>
    %packed = fx.call_function quantized.linear_prepack.default(%w, %b) {fx.nn_module_stack = #nnms_fc, fx.torch_fn = #fx.torch_fn<"linear_prepack_1", "OpOverload.linear_prepack.default">, fx.custom = #fx.dict<{}>} : (tensor<3x4xsi8>, tensor<3xf32>) -> !fx.unknown
    %fc = fx.call_function quantized.linear.default(%q, %packed, 0.25, 7) {fx.nn_module_stack = #nnms_fc, fx.torch_fn = #fx.torch_fn<"linear_1", "OpOverload.linear.default">, fx.custom = #fx.dict<{"layer" = "fc"}>} : (tensor<2x4xui8>, !fx.unknown) -> tensor<2x3xui8> loc("forward"("model.py":4:0))
    %dq = fx.call_function aten.dequantize.self(%fc) {fx.nn_module_stack = #nnms_fc, fx.torch_fn = #fx.torch_fn<"dequantize_1", "OpOverload.dequantize.self">, fx.custom = #fx.dict<{}>} : (tensor<2x3xui8>) -> tensor<2x3xf32>
    %qi = fx.call_function aten.quantize_per_tensor.default(%img, 0.1, 0, torch.quint8) {fx.nn_module_stack = #nnms_q, fx.torch_fn = #fx.torch_fn<"quantize_per_tensor_2", "OpOverload.quantize_per_tensor.default">, fx.custom = #fx.dict<{}>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xui8>
    %cw = fx.get_attr @conv.weight : tensor<4x2x3x3xf32>
    %cpacked = fx.call_function quantized.conv2d_prepack.default(%cw, None, [1, 1], [1, 1], [1, 1], 1) {fx.nn_module_stack = #nnms_conv, fx.torch_fn = #fx.torch_fn<"conv2d_prepack_1", "OpOverload.conv2d_prepack.default">, fx.custom = #fx.dict<{}>} : (tensor<4x2x3x3xf32>) -> !fx.unknown
    %conv = fx.call_function quantized.conv2d_relu.new(%qi, %cpacked, 0.2, 0) {fx.nn_module_stack = #nnms_conv, fx.torch_fn = #fx.torch_fn<"conv2d_relu_1", "OpOverload.conv2d_relu.new">, fx.custom = #fx.dict<{}>} : (tensor<1x2x5x5xui8>, !fx.unknown) -> tensor<1x4x5x5xui8>
    %sum = fx.call_function quantized.add.default(%conv, %conv, 0.4, 0) {fx.nn_module_stack = #nnms_conv, fx.torch_fn = #fx.torch_fn<"add_1", "OpOverload.add.default">, fx.custom = #fx.dict<{}>} : (tensor<1x4x5x5xui8>, tensor<1x4x5x5xui8>) -> tensor<1x4x5x5xui8>
    fx.output((%dq, %sum)) : tensor<2x3xf32>, tensor<1x4x5x5xui8>
  }
}

// CHECK-LABEL: fx.graph @forward
// CHECK: %quantize_per_tensor = fx.call_function quantized_decomposed.quantize_per_tensor.default(%x, 0.5, 3, 0, 255, torch.uint8)
// CHECK-SAME: fx.custom = #fx.dict<{"q" = 1 : i64}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___quant", "quant", "torch.ao.nn.quantized.Quantize"]]>
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"quantize_per_tensor_1", "OpOverload.quantize_per_tensor.default">
// CHECK-SAME: : (tensor<2x4xf32>) -> tensor<2x4xui8> loc("forward"("model.py":3:0))
// CHECK-NEXT: %dequantize_per_tensor = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%quantize_per_tensor, 0.5, 3, 0, 255, torch.uint8)
// CHECK-SAME: fx.custom = #fx.dict<{"q" = 1 : i64}>
// CHECK-SAME: : (tensor<2x4xui8>) -> tensor<2x4xf32> loc("forward"("model.py":3:0))
// CHECK: %dequantize = fx.call_function aten.dequantize.self(%w)
// CHECK-SAME: fx.custom = #fx.dict<{"layer" = "fc"}>
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.ao.nn.quantized.Linear"]]>
// CHECK-SAME: : (tensor<3x4xsi8>) -> tensor<3x4xf32> loc("forward"("model.py":4:0))
// CHECK-NEXT: %linear = fx.call_function aten.linear.default(%dequantize_per_tensor, %dequantize, %b)
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"linear_1", "OpOverload.linear.default">
// CHECK-SAME: : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("forward"("model.py":4:0))
// CHECK-NEXT: %quantize_per_tensor_1 = fx.call_function quantized_decomposed.quantize_per_tensor.default(%linear, 0.25, 7, 0, 255, torch.uint8) {{.*}} -> tensor<2x3xui8>
// CHECK-NEXT: %dequantize_per_tensor_1 = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%quantize_per_tensor_1, 0.25, 7, 0, 255, torch.uint8) {{.*}} -> tensor<2x3xf32>
// CHECK-NOT: quantized.linear
// CHECK-NOT: aten.dequantize.self
// CHECK: %convolution = fx.call_function aten.convolution.default(%dequantize_per_tensor_2, %cw, None, [1, 1], [1, 1], [1, 1], False, [0, 0], 1)
// CHECK-SAME: : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x5x5xf32>
// CHECK-NEXT: %relu = fx.call_function aten.relu.default(%convolution) {{.*}} -> tensor<1x4x5x5xf32>
// CHECK-NEXT: %quantize_per_tensor_3 = fx.call_function quantized_decomposed.quantize_per_tensor.default(%relu, 0.2, 0, 0, 255, torch.uint8)
// CHECK-NEXT: %dequantize_per_tensor_3 = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%quantize_per_tensor_3
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%dequantize_per_tensor_3, %dequantize_per_tensor_3) {{.*}} -> tensor<1x4x5x5xf32>
// CHECK-NEXT: %quantize_per_tensor_4 = fx.call_function quantized_decomposed.quantize_per_tensor.default(%add, 0.4, 0, 0, 255, torch.uint8)
// CHECK-NEXT: %dequantize_per_tensor_4 = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%quantize_per_tensor_4
// CHECK-NEXT: fx.output((%dequantize_per_tensor_1, %dequantize_per_tensor_4)) : tensor<2x3xf32>, tensor<1x4x5x5xf32>

// The hook's rule: the first node argument's metadata (here, through the
// chain from placeholder %x, which has none: the sentinel and an empty
// custom), torch_fn of the new op's own target.
// FIRST: %linear = fx.call_function aten.linear.default(%dequantize_per_tensor, %dequantize, %b)
// FIRST-SAME: fx.custom = #fx.dict<{}>
// FIRST-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>
// FIRST-SAME: fx.torch_fn = #fx.torch_fn<"linear.default_0", "OpOverload.linear.default">
