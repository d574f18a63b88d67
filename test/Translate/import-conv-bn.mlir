// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/conv_bn.pt2 --mlir-print-local-scope | FileCheck %s

// Conv2d(2, 3, 3, padding=1) + BatchNorm2d(3) in eval mode, decomposed. From
// PyTorch's reading of the archive: buffers bn.running_mean, running_var
// (f32[3]) and num_batches_tracked (i64[]); batch norm is
// _native_batch_norm_legit_no_training, whose three results are taken apart
// by getitem nodes carrying its metadata; the unused two are f32[0].

// CHECK-LABEL: fx.graph_module @model
// CHECK: fx.module_attr parameter @conv.weight : tensor<3x2x3x3xf32> = dense_resource<conv.weight>
// CHECK: fx.module_attr buffer @bn.running_mean : tensor<3xf32> = dense_resource<bn.running_mean>
// CHECK: fx.module_attr buffer @bn.num_batches_tracked : tensor<si64> = dense_resource<bn.num_batches_tracked>
// CHECK: %b_bn_num_batches_tracked = fx.placeholder "b_bn_num_batches_tracked" {fx.input_spec = #fx.input_spec<buffer, "bn.num_batches_tracked">} : tensor<si64>
// CHECK: %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<1x2x5x5xf32>
// CHECK: %conv2d = fx.call_function aten.conv2d.default(%x, %p_conv_weight, %p_conv_bias, [1, 1], [1, 1]) {fx.arg_names = ["input", "weight", "bias", "stride", "padding"]
// CHECK-SAME: -> tensor<1x3x5x5xf32>
// CHECK: %_native_batch_norm_legit_no_training = fx.call_function aten._native_batch_norm_legit_no_training.default(%conv2d, %p_bn_weight, %p_bn_bias, %b_bn_running_mean, %b_bn_running_var, 0.1, 1.0e-05)
// CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"L__self__", "", "__main__.ConvBatchNorm"], ["L__self__bn", "bn", "torch.nn.modules.batchnorm.BatchNorm2d"]]>, fx.torch_fn = #fx.torch_fn<"batch_norm_1", "function.batch_norm">
// CHECK-SAME: -> tuple<tensor<1x3x5x5xf32>, tensor<0xf32>, tensor<0xf32>>
// CHECK: %getitem = fx.call_function operator.getitem(%_native_batch_norm_legit_no_training, 0)
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"batch_norm_1", "function.batch_norm">
// CHECK-SAME: -> tensor<1x3x5x5xf32>
// CHECK: %_native_batch_norm_legit_no_training_unused_1 = fx.call_function operator.getitem(%_native_batch_norm_legit_no_training, 1) {{.*}} -> tensor<0xf32>
// CHECK: %_native_batch_norm_legit_no_training_unused_2 = fx.call_function operator.getitem(%_native_batch_norm_legit_no_training, 2) {{.*}} -> tensor<0xf32>
// CHECK: fx.output((%getitem,)) {fx.output_specs = [#fx.output_spec<user_output>]}
