// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/constants.pt2 | FileCheck %s

// x * scale + offset with `scale` a non-persistent buffer and `offset` a
// plain tensor attribute. PyTorch: b_scale: BUFFER target='scale'
// persistent=False, c_offset: CONSTANT_TENSOR target='offset'; both live in
// the archive's constants (data/constants/tensor_N), not in the state dict.

// CHECK: fx.module_attr buffer @scale : tensor<3xf32> = dense_resource<scale> : tensor<3xf32>
// CHECK: fx.module_attr constant @offset : tensor<3xf32> = dense_resource<offset> : tensor<3xf32>
// CHECK: %b_scale = fx.placeholder "b_scale" {fx.input_spec = #fx.input_spec<non_persistent_buffer, "scale">} : tensor<3xf32>
// CHECK: %c_offset = fx.placeholder "c_offset" {fx.input_spec = #fx.input_spec<tensor_constant, "offset">} : tensor<3xf32>
// CHECK: %mul = fx.call_function aten.mul.Tensor(%x, %b_scale)
// CHECK: %add = fx.call_function aten.add.Tensor(%mul, %c_offset)
// The blobs are named after the fqns: [1.0, 2.0, 3.0] and [0.5, -0.5, 0.25]
// as little-endian floats.
// CHECK-DAG: scale: "0x400000000000803F0000004000004040"
// CHECK-DAG: offset: "0x400000000000003F000000BF0000803E"
