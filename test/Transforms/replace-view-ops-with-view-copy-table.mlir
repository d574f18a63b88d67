// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Every row of the pass's view table: each view op becomes the `_copy`
// overload PyTorch's ReplaceViewOpsWithViewCopyOpsPass picks
// (get_view_copy_of_view_op: `<name>_copy.<same overload>`; `_unsafe_view`
// -> `view_copy.default`), typed as the view. Expected targets and types are
// torch 2.13's: its pass's choice of copy op for each view op, run on
// tensors of the input shapes.
// RUN: fx-opt %s -fx-replace-view-ops-with-view-copy | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %z = fx.placeholder "z" : tensor<1x3x1xf32>
    %c = fx.placeholder "c" : tensor<2x3xcomplex<f32>>
    %r = fx.placeholder "r" : tensor<3x2xf32>
    %v0 = fx.call_function aten._conj.default(%c) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %v1 = fx.call_function aten._neg_view.default(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %v2 = fx.call_function aten._reshape_alias.default(%x, [3, 2], [2, 1]) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %v3 = fx.call_function aten._unsafe_view.default(%x, [6]) : (tensor<2x3xf32>) -> tensor<6xf32>
    %v4 = fx.call_function aten.alias.default(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %v5 = fx.call_function aten.as_strided.default(%x, [2, 2], [1, 2]) : (tensor<2x3xf32>) -> tensor<2x2xf32>
    %v6 = fx.call_function aten.detach.default(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %v7 = fx.call_function aten.diagonal.default(%x, 0, 0, 1) : (tensor<2x3xf32>) -> tensor<2xf32>
    %v8 = fx.call_function aten.expand.default(%z, [4, 3, 2]) : (tensor<1x3x1xf32>) -> tensor<4x3x2xf32>
    %v9 = fx.call_function aten.lift_fresh.default(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %v10 = fx.call_function aten.narrow.default(%x, 1, 1, 2) : (tensor<2x3xf32>) -> tensor<2x2xf32>
    %v11 = fx.call_function aten.permute.default(%x, [1, 0]) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %v12 = fx.call_function aten.select.int(%x, 1, 2) : (tensor<2x3xf32>) -> tensor<2xf32>
    %v13 = fx.call_function aten.slice.Tensor(%x, 1, 0, 2) : (tensor<2x3xf32>) -> tensor<2x2xf32>
    %v14 = fx.call_function aten.split.Tensor(%x, 2, 1) : (tensor<2x3xf32>) -> tuple<tensor<2x2xf32>, tensor<2x1xf32>>
    %v15 = fx.call_function aten.split_with_sizes.default(%x, [1, 2], 1) : (tensor<2x3xf32>) -> tuple<tensor<2x1xf32>, tensor<2x2xf32>>
    %v16 = fx.call_function aten.squeeze.default(%z) : (tensor<1x3x1xf32>) -> tensor<3xf32>
    %v17 = fx.call_function aten.squeeze.dim(%z, 0) : (tensor<1x3x1xf32>) -> tensor<3x1xf32>
    %v18 = fx.call_function aten.squeeze.dims(%z, [0, 2]) : (tensor<1x3x1xf32>) -> tensor<3xf32>
    %v19 = fx.call_function aten.t.default(%x) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %v20 = fx.call_function aten.transpose.int(%x, 0, 1) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %v21 = fx.call_function aten.unbind.int(%x, 1) : (tensor<2x3xf32>) -> tuple<tensor<2xf32>, tensor<2xf32>, tensor<2xf32>>
    %v22 = fx.call_function aten.unfold.default(%x, 1, 2, 1) : (tensor<2x3xf32>) -> tensor<2x2x2xf32>
    %v23 = fx.call_function aten.unsqueeze.default(%x, 1) : (tensor<2x3xf32>) -> tensor<2x1x3xf32>
    %v24 = fx.call_function aten.view.default(%x, [3, 2]) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %v25 = fx.call_function aten.view.dtype(%x, torch.int32) : (tensor<2x3xf32>) -> tensor<2x3xsi32>
    %v26 = fx.call_function aten.view_as_complex.default(%r) : (tensor<3x2xf32>) -> tensor<3xcomplex<f32>>
    %v27 = fx.call_function aten.view_as_real.default(%c) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3x2xf32>
    fx.output((%v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v15, %v16, %v17, %v18, %v19, %v20, %v21, %v22, %v23, %v24, %v25, %v26, %v27)) : tensor<2x3xcomplex<f32>>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<6xf32>, tensor<2x3xf32>, tensor<2x2xf32>, tensor<2x3xf32>, tensor<2xf32>, tensor<4x3x2xf32>, tensor<2x3xf32>, tensor<2x2xf32>, tensor<3x2xf32>, tensor<2xf32>, tensor<2x2xf32>, tuple<tensor<2x2xf32>, tensor<2x1xf32>>, tuple<tensor<2x1xf32>, tensor<2x2xf32>>, tensor<3xf32>, tensor<3x1xf32>, tensor<3xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tuple<tensor<2xf32>, tensor<2xf32>, tensor<2xf32>>, tensor<2x2x2xf32>, tensor<2x1x3xf32>, tensor<3x2xf32>, tensor<2x3xsi32>, tensor<3xcomplex<f32>>, tensor<2x3x2xf32>
  }
}

// CHECK:      %r = fx.placeholder
// CHECK-NEXT: = fx.call_function aten._conj_copy.default(%c) {{.*}}: (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
// CHECK-NEXT: = fx.call_function aten._neg_view_copy.default(%x) {{.*}}: (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: = fx.call_function aten._reshape_alias_copy.default(%x, [3, 2], [2, 1]) {{.*}}: (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: = fx.call_function aten.view_copy.default(%x, [6]) {{.*}}: (tensor<2x3xf32>) -> tensor<6xf32>
// CHECK-NEXT: = fx.call_function aten.alias_copy.default(%x) {{.*}}: (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: = fx.call_function aten.as_strided_copy.default(%x, [2, 2], [1, 2]) {{.*}}: (tensor<2x3xf32>) -> tensor<2x2xf32>
// CHECK-NEXT: = fx.call_function aten.detach_copy.default(%x) {{.*}}: (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: = fx.call_function aten.diagonal_copy.default(%x, 0, 0, 1) {{.*}}: (tensor<2x3xf32>) -> tensor<2xf32>
// CHECK-NEXT: = fx.call_function aten.expand_copy.default(%z, [4, 3, 2]) {{.*}}: (tensor<1x3x1xf32>) -> tensor<4x3x2xf32>
// CHECK-NEXT: = fx.call_function aten.lift_fresh_copy.default(%x) {{.*}}: (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: = fx.call_function aten.narrow_copy.default(%x, 1, 1, 2) {{.*}}: (tensor<2x3xf32>) -> tensor<2x2xf32>
// CHECK-NEXT: = fx.call_function aten.permute_copy.default(%x, [1, 0]) {{.*}}: (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: = fx.call_function aten.select_copy.int(%x, 1, 2) {{.*}}: (tensor<2x3xf32>) -> tensor<2xf32>
// CHECK-NEXT: = fx.call_function aten.slice_copy.Tensor(%x, 1, 0, 2) {{.*}}: (tensor<2x3xf32>) -> tensor<2x2xf32>
// CHECK-NEXT: = fx.call_function aten.split_copy.Tensor(%x, 2, 1) {{.*}}: (tensor<2x3xf32>) -> tuple<tensor<2x2xf32>, tensor<2x1xf32>>
// CHECK-NEXT: = fx.call_function aten.split_with_sizes_copy.default(%x, [1, 2], 1) {{.*}}: (tensor<2x3xf32>) -> tuple<tensor<2x1xf32>, tensor<2x2xf32>>
// CHECK-NEXT: = fx.call_function aten.squeeze_copy.default(%z) {{.*}}: (tensor<1x3x1xf32>) -> tensor<3xf32>
// CHECK-NEXT: = fx.call_function aten.squeeze_copy.dim(%z, 0) {{.*}}: (tensor<1x3x1xf32>) -> tensor<3x1xf32>
// CHECK-NEXT: = fx.call_function aten.squeeze_copy.dims(%z, [0, 2]) {{.*}}: (tensor<1x3x1xf32>) -> tensor<3xf32>
// CHECK-NEXT: = fx.call_function aten.t_copy.default(%x) {{.*}}: (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: = fx.call_function aten.transpose_copy.int(%x, 0, 1) {{.*}}: (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: = fx.call_function aten.unbind_copy.int(%x, 1) {{.*}}: (tensor<2x3xf32>) -> tuple<tensor<2xf32>, tensor<2xf32>, tensor<2xf32>>
// CHECK-NEXT: = fx.call_function aten.unfold_copy.default(%x, 1, 2, 1) {{.*}}: (tensor<2x3xf32>) -> tensor<2x2x2xf32>
// CHECK-NEXT: = fx.call_function aten.unsqueeze_copy.default(%x, 1) {{.*}}: (tensor<2x3xf32>) -> tensor<2x1x3xf32>
// CHECK-NEXT: = fx.call_function aten.view_copy.default(%x, [3, 2]) {{.*}}: (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: = fx.call_function aten.view_copy.dtype(%x, torch.int32) {{.*}}: (tensor<2x3xf32>) -> tensor<2x3xsi32>
// CHECK-NEXT: = fx.call_function aten.view_as_complex_copy.default(%r) {{.*}}: (tensor<3x2xf32>) -> tensor<3xcomplex<f32>>
// CHECK-NEXT: = fx.call_function aten.view_as_real_copy.default(%c) {{.*}}: (tensor<2x3xcomplex<f32>>) -> tensor<2x3x2xf32>
// CHECK-NEXT: fx.output
