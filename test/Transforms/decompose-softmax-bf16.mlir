// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-decompose computes bfloat16 softmax and log_softmax in float32, as
// float16 (decompose-softmax-var.mlir). The expected nodes, names included,
// are what torch 2.13's make_fx gives with the _softmax and _log_softmax
// decompositions of torch._decomp on a bfloat16 input of size [2, 3].
// RUN: fx-opt %s --fx-decompose=ops=all | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %x_1 = fx.placeholder "x_1" : tensor<2x3xbf16>
    %sm = fx.call_function aten._softmax.default(%x_1, 1, False) : (tensor<2x3xbf16>) -> tensor<2x3xbf16>
    %lsm = fx.call_function aten._log_softmax.default(%x_1, 0, False) : (tensor<2x3xbf16>) -> tensor<2x3xbf16>
    fx.output((%sm, %lsm)) : tensor<2x3xbf16>, tensor<2x3xbf16>
  }
}

// CHECK:      %_to_copy = fx.call_function aten._to_copy.default(%x_1, dtype = torch.float32) {{.*}}-> tensor<2x3xf32>
// CHECK-NEXT: %amax = fx.call_function aten.amax.default(%_to_copy, [1], True) {{.*}}-> tensor<2x1xf32>
// CHECK-NEXT: %sub = fx.call_function aten.sub.Tensor(%_to_copy, %amax)
// CHECK-NEXT: %exp = fx.call_function aten.exp.default(%sub)
// CHECK-NEXT: %sum_1 = fx.call_function aten.sum.dim_IntList(%exp, [1], True)
// CHECK-NEXT: %div = fx.call_function aten.div.Tensor(%exp, %sum_1)
// CHECK-NEXT: %_to_copy_1 = fx.call_function aten._to_copy.default(%div, dtype = torch.bfloat16) {{.*}}-> tensor<2x3xbf16>
// CHECK-NEXT: %_to_copy_2 = fx.call_function aten._to_copy.default(%x_1, dtype = torch.float32) {{.*}}-> tensor<2x3xf32>
// CHECK-NEXT: %amax_1 = fx.call_function aten.amax.default(%_to_copy_2, [0], True) {{.*}}-> tensor<1x3xf32>
// CHECK-NEXT: %sub_1 = fx.call_function aten.sub.Tensor(%_to_copy_2, %amax_1)
// CHECK-NEXT: %exp_1 = fx.call_function aten.exp.default(%sub_1)
// CHECK-NEXT: %sum_2 = fx.call_function aten.sum.dim_IntList(%exp_1, [0], True)
// CHECK-NEXT: %log = fx.call_function aten.log.default(%sum_2)
// CHECK-NEXT: %sub_2 = fx.call_function aten.sub.Tensor(%sub_1, %log)
// CHECK-NEXT: %_to_copy_3 = fx.call_function aten._to_copy.default(%sub_2, dtype = torch.bfloat16) {{.*}}-> tensor<2x3xbf16>
// CHECK-NEXT: fx.output((%_to_copy_1, %_to_copy_3))
