// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Judged by torch 2.13.0+cpu (fake tensors, cross-checked on CPU eager) when written;
// the generator printed MLIR in Python and was not kept: these cases move into utils/oracle.
// Python complex scalars (`complex(re, im)`) against every tensor dtype, as PyTorch's fake tensors accept
// them: each result type is PyTorch's, and fx-infer-types must infer it.

// RUN: fx-opt %s --fx-infer-types=mode=check -o /dev/null

fx.graph_module @aten.add.Tensor {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.add.Tensor(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.add.Tensor(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.add.Tensor(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.add.Tensor(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.add.Tensor(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.add.Tensor(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.add.Tensor(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.add.Tensor(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.add.Tensor(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.add.Tensor(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.add.Tensor(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.add.Tensor(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.add.Tensor(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.add.Tensor(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.add.Tensor(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.add.Tensor(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.add.Tensor(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.add.Tensor(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.add.Tensor(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.add.Tensor(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.add.Tensor(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.add.Tensor(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.add.Tensor(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.add.Tensor(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.add.Tensor(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.add.Tensor(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.sub.Tensor {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c2 = fx.call_function aten.sub.Tensor(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.sub.Tensor(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.sub.Tensor(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.sub.Tensor(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.sub.Tensor(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.sub.Tensor(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.sub.Tensor(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.sub.Tensor(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.sub.Tensor(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.sub.Tensor(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.sub.Tensor(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.sub.Tensor(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.sub.Tensor(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.sub.Tensor(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.sub.Tensor(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.sub.Tensor(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.sub.Tensor(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.sub.Tensor(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.sub.Tensor(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.sub.Tensor(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.sub.Tensor(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.sub.Tensor(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.sub.Tensor(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.sub.Tensor(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.mul.Tensor {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.mul.Tensor(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.mul.Tensor(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.mul.Tensor(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.mul.Tensor(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.mul.Tensor(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.mul.Tensor(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.mul.Tensor(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.mul.Tensor(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.mul.Tensor(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.mul.Tensor(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.mul.Tensor(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.mul.Tensor(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.mul.Tensor(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.mul.Tensor(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.mul.Tensor(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.mul.Tensor(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.mul.Tensor(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.mul.Tensor(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.mul.Tensor(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.mul.Tensor(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.mul.Tensor(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.mul.Tensor(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.mul.Tensor(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.mul.Tensor(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.mul.Tensor(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.mul.Tensor(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.div.Tensor {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.div.Tensor(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.div.Tensor(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.div.Tensor(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.div.Tensor(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.div.Tensor(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.div.Tensor(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.div.Tensor(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.div.Tensor(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.div.Tensor(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.div.Tensor(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.div.Tensor(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.div.Tensor(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.div.Tensor(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.div.Tensor(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.div.Tensor(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.div.Tensor(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.div.Tensor(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.div.Tensor(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.div.Tensor(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.div.Tensor(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.div.Tensor(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.div.Tensor(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.div.Tensor(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.div.Tensor(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.div.Tensor(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.div.Tensor(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.add.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.add.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.add.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.add.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.add.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.add.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.add.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.add.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.add.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.add.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.add.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.add.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.add.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.add.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.add.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.add.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.add.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.add.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.add.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.add.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.add.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.add.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.add.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.add.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.add.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.add.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.add.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.sub.Scalar {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c2 = fx.call_function aten.sub.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.sub.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.sub.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.sub.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.sub.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.sub.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.sub.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.sub.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.sub.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.sub.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.sub.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.sub.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.sub.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.sub.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.sub.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.sub.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.sub.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.sub.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.sub.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.sub.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.sub.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.sub.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.sub.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.sub.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.mul.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.mul.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.mul.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.mul.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.mul.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.mul.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.mul.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.mul.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.mul.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.mul.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.mul.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.mul.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.mul.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.mul.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.mul.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.mul.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.mul.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.mul.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.mul.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.mul.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.mul.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.mul.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.mul.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.mul.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.mul.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.mul.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.mul.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.div.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.div.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.div.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.div.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.div.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.div.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.div.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.div.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.div.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.div.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.div.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.div.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.div.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.div.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.div.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.div.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.div.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.div.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.div.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.div.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.div.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.div.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.div.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.div.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.div.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.div.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.div.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.rsub.Scalar {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c2 = fx.call_function aten.rsub.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.rsub.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.rsub.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.rsub.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.rsub.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.rsub.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.rsub.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.rsub.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.rsub.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.rsub.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.rsub.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.rsub.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.rsub.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.rsub.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.rsub.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.rsub.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.rsub.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.rsub.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.rsub.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.rsub.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.rsub.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.rsub.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.rsub.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.rsub.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.pow.Tensor_Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.pow.Tensor_Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.pow.Tensor_Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.pow.Tensor_Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.pow.Tensor_Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.pow.Tensor_Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.pow.Tensor_Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.pow.Tensor_Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.pow.Tensor_Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.pow.Tensor_Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.pow.Tensor_Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.pow.Tensor_Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.pow.Tensor_Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.pow.Tensor_Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.pow.Tensor_Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.pow.Tensor_Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.pow.Tensor_Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.pow.Tensor_Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.pow.Tensor_Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.pow.Tensor_Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.pow.Tensor_Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.pow.Tensor_Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.pow.Tensor_Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.pow.Tensor_Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.pow.Tensor_Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.pow.Tensor_Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.pow.Tensor_Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.eq.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.eq.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<i1>
    %c1 = fx.call_function aten.eq.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xi1>
    %c2 = fx.call_function aten.eq.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<i1>
    %c3 = fx.call_function aten.eq.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xi1>
    %c4 = fx.call_function aten.eq.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<i1>
    %c5 = fx.call_function aten.eq.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xi1>
    %c6 = fx.call_function aten.eq.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<i1>
    %c7 = fx.call_function aten.eq.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xi1>
    %c8 = fx.call_function aten.eq.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<i1>
    %c9 = fx.call_function aten.eq.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xi1>
    %c10 = fx.call_function aten.eq.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<i1>
    %c11 = fx.call_function aten.eq.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xi1>
    %c12 = fx.call_function aten.eq.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<i1>
    %c13 = fx.call_function aten.eq.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xi1>
    %c14 = fx.call_function aten.eq.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<i1>
    %c15 = fx.call_function aten.eq.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xi1>
    %c16 = fx.call_function aten.eq.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<i1>
    %c17 = fx.call_function aten.eq.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xi1>
    %c18 = fx.call_function aten.eq.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<i1>
    %c19 = fx.call_function aten.eq.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xi1>
    %c20 = fx.call_function aten.eq.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<i1>
    %c21 = fx.call_function aten.eq.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xi1>
    %c22 = fx.call_function aten.eq.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<i1>
    %c23 = fx.call_function aten.eq.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xi1>
    %c24 = fx.call_function aten.eq.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<i1>
    %c25 = fx.call_function aten.eq.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xi1>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>
  }
}

fx.graph_module @aten.ne.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.ne.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<i1>
    %c1 = fx.call_function aten.ne.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xi1>
    %c2 = fx.call_function aten.ne.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<i1>
    %c3 = fx.call_function aten.ne.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> tensor<2x3xi1>
    %c4 = fx.call_function aten.ne.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> tensor<i1>
    %c5 = fx.call_function aten.ne.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> tensor<2x3xi1>
    %c6 = fx.call_function aten.ne.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<i1>
    %c7 = fx.call_function aten.ne.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> tensor<2x3xi1>
    %c8 = fx.call_function aten.ne.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> tensor<i1>
    %c9 = fx.call_function aten.ne.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> tensor<2x3xi1>
    %c10 = fx.call_function aten.ne.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<i1>
    %c11 = fx.call_function aten.ne.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> tensor<2x3xi1>
    %c12 = fx.call_function aten.ne.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> tensor<i1>
    %c13 = fx.call_function aten.ne.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> tensor<2x3xi1>
    %c14 = fx.call_function aten.ne.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<i1>
    %c15 = fx.call_function aten.ne.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> tensor<2x3xi1>
    %c16 = fx.call_function aten.ne.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> tensor<i1>
    %c17 = fx.call_function aten.ne.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> tensor<2x3xi1>
    %c18 = fx.call_function aten.ne.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<i1>
    %c19 = fx.call_function aten.ne.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> tensor<2x3xi1>
    %c20 = fx.call_function aten.ne.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<i1>
    %c21 = fx.call_function aten.ne.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xi1>
    %c22 = fx.call_function aten.ne.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<i1>
    %c23 = fx.call_function aten.ne.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xi1>
    %c24 = fx.call_function aten.ne.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<i1>
    %c25 = fx.call_function aten.ne.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xi1>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>, tensor<i1>, tensor<2x3xi1>
  }
}

fx.graph_module @aten.add_.Scalar {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.add_.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.add_.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.add_.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.add_.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.add_.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.add_.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.mul_.Scalar {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.mul_.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.mul_.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.mul_.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.mul_.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.mul_.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.mul_.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.div_.Scalar {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.div_.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.div_.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.div_.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.div_.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.div_.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.div_.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.add_.Tensor {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.add_.Tensor(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.add_.Tensor(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.add_.Tensor(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.add_.Tensor(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.add_.Tensor(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.add_.Tensor(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.mul_.Tensor {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.mul_.Tensor(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.mul_.Tensor(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.mul_.Tensor(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.mul_.Tensor(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.mul_.Tensor(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.mul_.Tensor(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.sub_.Tensor {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.sub_.Tensor(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.sub_.Tensor(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.sub_.Tensor(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.sub_.Tensor(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.sub_.Tensor(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.sub_.Tensor(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.full_like.default {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.full_like.default(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<i1>
    %c1 = fx.call_function aten.full_like.default(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xi1>
    %c2 = fx.call_function aten.full_like.default(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<ui8>
    %c6 = fx.call_function aten.full_like.default(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<si16>
    %c10 = fx.call_function aten.full_like.default(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<si64>
    %c14 = fx.call_function aten.full_like.default(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<bf16>
    %c18 = fx.call_function aten.full_like.default(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<f64>
    %c20 = fx.call_function aten.full_like.default(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.full_like.default(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.full_like.default(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.full_like.default(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.full_like.default(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.full_like.default(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c6, %c10, %c14, %c18, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<i1>, tensor<2x3xi1>, tensor<ui8>, tensor<si16>, tensor<si64>, tensor<bf16>, tensor<f64>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.fill.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.fill.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<i1>
    %c1 = fx.call_function aten.fill.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xi1>
    %c2 = fx.call_function aten.fill.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<ui8>
    %c6 = fx.call_function aten.fill.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<si16>
    %c10 = fx.call_function aten.fill.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<si64>
    %c14 = fx.call_function aten.fill.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<bf16>
    %c18 = fx.call_function aten.fill.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<f64>
    %c20 = fx.call_function aten.fill.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.fill.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.fill.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.fill.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.fill.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.fill.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c6, %c10, %c14, %c18, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<i1>, tensor<2x3xi1>, tensor<ui8>, tensor<si16>, tensor<si64>, tensor<bf16>, tensor<f64>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.fill_.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.fill_.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> tensor<i1>
    %c1 = fx.call_function aten.fill_.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x3xi1>
    %c2 = fx.call_function aten.fill_.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> tensor<ui8>
    %c6 = fx.call_function aten.fill_.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> tensor<si16>
    %c10 = fx.call_function aten.fill_.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> tensor<si64>
    %c14 = fx.call_function aten.fill_.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> tensor<bf16>
    %c18 = fx.call_function aten.fill_.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> tensor<f64>
    %c20 = fx.call_function aten.fill_.Scalar(%c20_self, complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.fill_.Scalar(%c21_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.fill_.Scalar(%c22_self, complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.fill_.Scalar(%c23_self, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.fill_.Scalar(%c24_self, complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.fill_.Scalar(%c25_self, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c6, %c10, %c14, %c18, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<i1>, tensor<2x3xi1>, tensor<ui8>, tensor<si16>, tensor<si64>, tensor<bf16>, tensor<f64>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.add.Tensor.alpha {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.add.Tensor(%c20_self, %c20_self, alpha = complex(1.0, 2.0)) : (tensor<complex<f16>>, tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.add.Tensor(%c21_self, %c21_self, alpha = complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>, tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.add.Tensor(%c22_self, %c22_self, alpha = complex(3.0, 0.0)) : (tensor<complex<f32>>, tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.add.Tensor(%c23_self, %c23_self, alpha = complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>, tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.add.Tensor(%c24_self, %c24_self, alpha = complex(1.0, 2.0)) : (tensor<complex<f64>>, tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.add.Tensor(%c25_self, %c25_self, alpha = complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>, tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.add.Scalar.alpha {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.add.Scalar(%c20_self, 2, alpha = complex(1.0, 2.0)) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.add.Scalar(%c21_self, 2, alpha = complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.add.Scalar(%c22_self, 2, alpha = complex(3.0, 0.0)) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.add.Scalar(%c23_self, 2, alpha = complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.add.Scalar(%c24_self, 2, alpha = complex(1.0, 2.0)) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.add.Scalar(%c25_self, 2, alpha = complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.pow.Scalar {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c0 = fx.call_function aten.pow.Scalar(complex(1.0, 2.0), %c0_self) : (tensor<i1>) -> tensor<complex<f32>>
    %c1 = fx.call_function aten.pow.Scalar(complex(-0.0, -0.5), %c1_self) : (tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.pow.Scalar(complex(3.0, 0.0), %c2_self) : (tensor<ui8>) -> tensor<complex<f32>>
    %c3 = fx.call_function aten.pow.Scalar(complex(inf, -1.0), %c3_self) : (tensor<2x3xui8>) -> tensor<2x3xcomplex<f32>>
    %c4 = fx.call_function aten.pow.Scalar(complex(1.0, 2.0), %c4_self) : (tensor<si8>) -> tensor<complex<f32>>
    %c5 = fx.call_function aten.pow.Scalar(complex(-0.0, -0.5), %c5_self) : (tensor<2x3xsi8>) -> tensor<2x3xcomplex<f32>>
    %c6 = fx.call_function aten.pow.Scalar(complex(3.0, 0.0), %c6_self) : (tensor<si16>) -> tensor<complex<f32>>
    %c7 = fx.call_function aten.pow.Scalar(complex(inf, -1.0), %c7_self) : (tensor<2x3xsi16>) -> tensor<2x3xcomplex<f32>>
    %c8 = fx.call_function aten.pow.Scalar(complex(1.0, 2.0), %c8_self) : (tensor<si32>) -> tensor<complex<f32>>
    %c9 = fx.call_function aten.pow.Scalar(complex(-0.0, -0.5), %c9_self) : (tensor<2x3xsi32>) -> tensor<2x3xcomplex<f32>>
    %c10 = fx.call_function aten.pow.Scalar(complex(3.0, 0.0), %c10_self) : (tensor<si64>) -> tensor<complex<f32>>
    %c11 = fx.call_function aten.pow.Scalar(complex(inf, -1.0), %c11_self) : (tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c12 = fx.call_function aten.pow.Scalar(complex(1.0, 2.0), %c12_self) : (tensor<f16>) -> tensor<complex<f16>>
    %c13 = fx.call_function aten.pow.Scalar(complex(-0.0, -0.5), %c13_self) : (tensor<2x3xf16>) -> tensor<2x3xcomplex<f16>>
    %c14 = fx.call_function aten.pow.Scalar(complex(3.0, 0.0), %c14_self) : (tensor<bf16>) -> tensor<complex<f32>>
    %c15 = fx.call_function aten.pow.Scalar(complex(inf, -1.0), %c15_self) : (tensor<2x3xbf16>) -> tensor<2x3xcomplex<f32>>
    %c16 = fx.call_function aten.pow.Scalar(complex(1.0, 2.0), %c16_self) : (tensor<f32>) -> tensor<complex<f32>>
    %c17 = fx.call_function aten.pow.Scalar(complex(-0.0, -0.5), %c17_self) : (tensor<2x3xf32>) -> tensor<2x3xcomplex<f32>>
    %c18 = fx.call_function aten.pow.Scalar(complex(3.0, 0.0), %c18_self) : (tensor<f64>) -> tensor<complex<f64>>
    %c19 = fx.call_function aten.pow.Scalar(complex(inf, -1.0), %c19_self) : (tensor<2x3xf64>) -> tensor<2x3xcomplex<f64>>
    %c20 = fx.call_function aten.pow.Scalar(complex(1.0, 2.0), %c20_self) : (tensor<complex<f16>>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.pow.Scalar(complex(-0.0, -0.5), %c21_self) : (tensor<2x3xcomplex<f16>>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.pow.Scalar(complex(3.0, 0.0), %c22_self) : (tensor<complex<f32>>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.pow.Scalar(complex(inf, -1.0), %c23_self) : (tensor<2x3xcomplex<f32>>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.pow.Scalar(complex(1.0, 2.0), %c24_self) : (tensor<complex<f64>>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.pow.Scalar(complex(-0.0, -0.5), %c25_self) : (tensor<2x3xcomplex<f64>>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c3, %c4, %c5, %c6, %c7, %c8, %c9, %c10, %c11, %c12, %c13, %c14, %c15, %c16, %c17, %c18, %c19, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.masked_fill.Scalar {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c20_mask = fx.placeholder "c20_mask" : tensor<i1>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c21_mask = fx.placeholder "c21_mask" : tensor<2x3xi1>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c22_mask = fx.placeholder "c22_mask" : tensor<i1>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c23_mask = fx.placeholder "c23_mask" : tensor<2x3xi1>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c24_mask = fx.placeholder "c24_mask" : tensor<i1>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c25_mask = fx.placeholder "c25_mask" : tensor<2x3xi1>
    %c20 = fx.call_function aten.masked_fill.Scalar(%c20_self, %c20_mask, complex(1.0, 2.0)) : (tensor<complex<f16>>, tensor<i1>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.masked_fill.Scalar(%c21_self, %c21_mask, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>, tensor<2x3xi1>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.masked_fill.Scalar(%c22_self, %c22_mask, complex(3.0, 0.0)) : (tensor<complex<f32>>, tensor<i1>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.masked_fill.Scalar(%c23_self, %c23_mask, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>, tensor<2x3xi1>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.masked_fill.Scalar(%c24_self, %c24_mask, complex(1.0, 2.0)) : (tensor<complex<f64>>, tensor<i1>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.masked_fill.Scalar(%c25_self, %c25_mask, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>, tensor<2x3xi1>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c20, %c21, %c22, %c23, %c24, %c25]) : tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.hardtanh.default {
  fx.graph @forward {
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c14 = fx.call_function aten.hardtanh.default(%c14_self, complex(3.0, 0.0), 1.0) : (tensor<bf16>) -> tensor<bf16>
    %c18 = fx.call_function aten.hardtanh.default(%c18_self, complex(3.0, 0.0), 1.0) : (tensor<f64>) -> tensor<f64>
    fx.output([%c14, %c18]) : tensor<bf16>, tensor<f64>
  }
}

fx.graph_module @aten.constant_pad_nd.default {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c1 = fx.call_function aten.constant_pad_nd.default(%c1_self, [1, 1], complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> tensor<2x5xi1>
    %c21 = fx.call_function aten.constant_pad_nd.default(%c21_self, [1, 1], complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>) -> tensor<2x5xcomplex<f16>>
    %c23 = fx.call_function aten.constant_pad_nd.default(%c23_self, [1, 1], complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>) -> tensor<2x5xcomplex<f32>>
    %c25 = fx.call_function aten.constant_pad_nd.default(%c25_self, [1, 1], complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>) -> tensor<2x5xcomplex<f64>>
    fx.output([%c1, %c21, %c23, %c25]) : tensor<2x5xi1>, tensor<2x5xcomplex<f16>>, tensor<2x5xcomplex<f32>>, tensor<2x5xcomplex<f64>>
  }
}

fx.graph_module @aten.scatter.value {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    %c0_index = fx.placeholder "c0_index" : tensor<si64>
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    %c1_index = fx.placeholder "c1_index" : tensor<2x3xsi64>
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    %c2_index = fx.placeholder "c2_index" : tensor<si64>
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    %c6_index = fx.placeholder "c6_index" : tensor<si64>
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    %c10_index = fx.placeholder "c10_index" : tensor<si64>
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    %c14_index = fx.placeholder "c14_index" : tensor<si64>
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    %c18_index = fx.placeholder "c18_index" : tensor<si64>
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    %c20_index = fx.placeholder "c20_index" : tensor<si64>
    %c21_self = fx.placeholder "c21_self" : tensor<2x3xcomplex<f16>>
    %c21_index = fx.placeholder "c21_index" : tensor<2x3xsi64>
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    %c22_index = fx.placeholder "c22_index" : tensor<si64>
    %c23_self = fx.placeholder "c23_self" : tensor<2x3xcomplex<f32>>
    %c23_index = fx.placeholder "c23_index" : tensor<2x3xsi64>
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    %c24_index = fx.placeholder "c24_index" : tensor<si64>
    %c25_self = fx.placeholder "c25_self" : tensor<2x3xcomplex<f64>>
    %c25_index = fx.placeholder "c25_index" : tensor<2x3xsi64>
    %c0 = fx.call_function aten.scatter.value(%c0_self, 0, %c0_index, complex(1.0, 2.0)) : (tensor<i1>, tensor<si64>) -> tensor<i1>
    %c1 = fx.call_function aten.scatter.value(%c1_self, 0, %c1_index, complex(-0.0, -0.5)) : (tensor<2x3xi1>, tensor<2x3xsi64>) -> tensor<2x3xi1>
    %c2 = fx.call_function aten.scatter.value(%c2_self, 0, %c2_index, complex(3.0, 0.0)) : (tensor<ui8>, tensor<si64>) -> tensor<ui8>
    %c6 = fx.call_function aten.scatter.value(%c6_self, 0, %c6_index, complex(3.0, 0.0)) : (tensor<si16>, tensor<si64>) -> tensor<si16>
    %c10 = fx.call_function aten.scatter.value(%c10_self, 0, %c10_index, complex(3.0, 0.0)) : (tensor<si64>, tensor<si64>) -> tensor<si64>
    %c14 = fx.call_function aten.scatter.value(%c14_self, 0, %c14_index, complex(3.0, 0.0)) : (tensor<bf16>, tensor<si64>) -> tensor<bf16>
    %c18 = fx.call_function aten.scatter.value(%c18_self, 0, %c18_index, complex(3.0, 0.0)) : (tensor<f64>, tensor<si64>) -> tensor<f64>
    %c20 = fx.call_function aten.scatter.value(%c20_self, 0, %c20_index, complex(1.0, 2.0)) : (tensor<complex<f16>>, tensor<si64>) -> tensor<complex<f16>>
    %c21 = fx.call_function aten.scatter.value(%c21_self, 0, %c21_index, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f16>>, tensor<2x3xsi64>) -> tensor<2x3xcomplex<f16>>
    %c22 = fx.call_function aten.scatter.value(%c22_self, 0, %c22_index, complex(3.0, 0.0)) : (tensor<complex<f32>>, tensor<si64>) -> tensor<complex<f32>>
    %c23 = fx.call_function aten.scatter.value(%c23_self, 0, %c23_index, complex(inf, -1.0)) : (tensor<2x3xcomplex<f32>>, tensor<2x3xsi64>) -> tensor<2x3xcomplex<f32>>
    %c24 = fx.call_function aten.scatter.value(%c24_self, 0, %c24_index, complex(1.0, 2.0)) : (tensor<complex<f64>>, tensor<si64>) -> tensor<complex<f64>>
    %c25 = fx.call_function aten.scatter.value(%c25_self, 0, %c25_index, complex(-0.0, -0.5)) : (tensor<2x3xcomplex<f64>>, tensor<2x3xsi64>) -> tensor<2x3xcomplex<f64>>
    fx.output([%c0, %c1, %c2, %c6, %c10, %c14, %c18, %c20, %c21, %c22, %c23, %c24, %c25]) : tensor<i1>, tensor<2x3xi1>, tensor<ui8>, tensor<si16>, tensor<si64>, tensor<bf16>, tensor<f64>, tensor<complex<f16>>, tensor<2x3xcomplex<f16>>, tensor<complex<f32>>, tensor<2x3xcomplex<f32>>, tensor<complex<f64>>, tensor<2x3xcomplex<f64>>
  }
}

fx.graph_module @aten.full.default {
  fx.graph @forward {
    %c0 = fx.call_function aten.full.default([2, 3], complex(1.0, 2.0)) : () -> tensor<2x3xcomplex<f32>>
    %c1 = fx.call_function aten.full.default([2, 3], complex(-0.0, -0.5)) : () -> tensor<2x3xcomplex<f32>>
    %c2 = fx.call_function aten.full.default([2, 3], complex(3.0, 0.0)) : () -> tensor<2x3xcomplex<f32>>
    %c3 = fx.call_function aten.full.default([2, 3], complex(inf, -1.0)) : () -> tensor<2x3xcomplex<f32>>
    fx.output([%c0, %c1, %c2, %c3]) : tensor<2x3xcomplex<f32>>, tensor<2x3xcomplex<f32>>, tensor<2x3xcomplex<f32>>, tensor<2x3xcomplex<f32>>
  }
}

fx.graph_module @aten.scalar_tensor.default {
  fx.graph @forward {
    %c2 = fx.call_function aten.scalar_tensor.default(complex(3.0, 0.0)) : () -> tensor<f32>
    fx.output([%c2]) : tensor<f32>
  }
}

// Left out: the cases where PyTorch's fake tensors and CPU eager disagree.
// aten.sub.Tensor (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.'
// aten.sub.Tensor (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.'
// aten.sub.Scalar (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.'
// aten.sub.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.'
// aten.rsub.Scalar (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.'
// aten.rsub.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.'
// aten.lt.Scalar (tensor<i1>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<ui8>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<si8>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<si16>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<si32>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<si64>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<f16>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexHalf\''
// aten.lt.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexHalf\''
// aten.lt.Scalar (tensor<bf16>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<f32>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<f64>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexDouble\''
// aten.lt.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexDouble\''
// aten.lt.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexHalf\''
// aten.lt.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexHalf\''
// aten.lt.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexFloat\''
// aten.lt.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<i1>', CPU eager '"lt_cpu" not implemented for \'ComplexDouble\''
// aten.lt.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"lt_cpu" not implemented for \'ComplexDouble\''
// aten.le.Scalar (tensor<i1>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<ui8>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<si8>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<si16>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<si32>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<si64>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<f16>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexHalf\''
// aten.le.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexHalf\''
// aten.le.Scalar (tensor<bf16>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<f32>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<f64>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexDouble\''
// aten.le.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexDouble\''
// aten.le.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexHalf\''
// aten.le.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexHalf\''
// aten.le.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexFloat\''
// aten.le.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<i1>', CPU eager '"le_cpu" not implemented for \'ComplexDouble\''
// aten.le.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"le_cpu" not implemented for \'ComplexDouble\''
// aten.gt.Scalar (tensor<i1>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<ui8>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<si8>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<si16>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<si32>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<si64>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<f16>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexHalf\''
// aten.gt.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexHalf\''
// aten.gt.Scalar (tensor<bf16>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<f32>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<f64>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexDouble\''
// aten.gt.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexDouble\''
// aten.gt.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexHalf\''
// aten.gt.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexHalf\''
// aten.gt.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexFloat\''
// aten.gt.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<i1>', CPU eager '"gt_cpu" not implemented for \'ComplexDouble\''
// aten.gt.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"gt_cpu" not implemented for \'ComplexDouble\''
// aten.ge.Scalar (tensor<i1>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<ui8>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<si8>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<si16>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<si32>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<si64>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<f16>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexHalf\''
// aten.ge.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexHalf\''
// aten.ge.Scalar (tensor<bf16>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<f32>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<f64>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexDouble\''
// aten.ge.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexDouble\''
// aten.ge.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexHalf\''
// aten.ge.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexHalf\''
// aten.ge.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexFloat\''
// aten.ge.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<i1>', CPU eager '"ge_cpu" not implemented for \'ComplexDouble\''
// aten.ge.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xi1>', CPU eager '"ge_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_and.Scalar (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_and.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_and.Scalar (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_and.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_and.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_and.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_and.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_and.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_and.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"bitwise_and_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_or.Scalar (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_or.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_or.Scalar (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_or.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_or.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_or.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_or.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_or.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_or.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"bitwise_or_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_xor.Scalar (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_xor.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_xor.Scalar (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_xor.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_xor.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_xor.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexHalf\''
// aten.bitwise_xor.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexFloat\''
// aten.bitwise_xor.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexDouble\''
// aten.bitwise_xor.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"bitwise_xor_cpu" not implemented for \'ComplexDouble\''
// aten.fmod.Scalar (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager '"fmod_cpu" not implemented for \'ComplexHalf\''
// aten.fmod.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"fmod_cpu" not implemented for \'ComplexHalf\''
// aten.fmod.Scalar (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager '"fmod_cpu" not implemented for \'ComplexDouble\''
// aten.fmod.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"fmod_cpu" not implemented for \'ComplexDouble\''
// aten.fmod.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"fmod_cpu" not implemented for \'ComplexHalf\''
// aten.fmod.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"fmod_cpu" not implemented for \'ComplexHalf\''
// aten.fmod.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"fmod_cpu" not implemented for \'ComplexFloat\''
// aten.fmod.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"fmod_cpu" not implemented for \'ComplexDouble\''
// aten.fmod.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"fmod_cpu" not implemented for \'ComplexDouble\''
// aten.remainder.Scalar (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager '"remainder_cpu" not implemented for \'ComplexHalf\''
// aten.remainder.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"remainder_cpu" not implemented for \'ComplexHalf\''
// aten.remainder.Scalar (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager '"remainder_cpu" not implemented for \'ComplexDouble\''
// aten.remainder.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"remainder_cpu" not implemented for \'ComplexDouble\''
// aten.remainder.Scalar (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"remainder_cpu" not implemented for \'ComplexHalf\''
// aten.remainder.Scalar (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"remainder_cpu" not implemented for \'ComplexHalf\''
// aten.remainder.Scalar (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"remainder_cpu" not implemented for \'ComplexFloat\''
// aten.remainder.Scalar (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"remainder_cpu" not implemented for \'ComplexDouble\''
// aten.remainder.Scalar (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"remainder_cpu" not implemented for \'ComplexDouble\''
// aten.clamp_min.default (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_min.default (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.clamp_max.default (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.add_.Scalar (tensor<ui8>): fake tensors give 'tensor<ui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.add_.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.add_.Scalar (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.add_.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.add_.Scalar (tensor<si16>): fake tensors give 'tensor<si16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.add_.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.add_.Scalar (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.add_.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.add_.Scalar (tensor<si64>): fake tensors give 'tensor<si64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.add_.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.add_.Scalar (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.add_.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.add_.Scalar (tensor<bf16>): fake tensors give 'tensor<bf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.add_.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.add_.Scalar (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.add_.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.add_.Scalar (tensor<f64>): fake tensors give 'tensor<f64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.add_.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.mul_.Scalar (tensor<i1>): fake tensors give 'tensor<i1>', CPU eager "result type ComplexFloat can't be cast to the desired output type Bool"
// aten.mul_.Scalar (tensor<2x3xi1>): fake tensors give 'tensor<2x3xi1>', CPU eager "result type ComplexFloat can't be cast to the desired output type Bool"
// aten.mul_.Scalar (tensor<ui8>): fake tensors give 'tensor<ui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.mul_.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.mul_.Scalar (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.mul_.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.mul_.Scalar (tensor<si16>): fake tensors give 'tensor<si16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.mul_.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.mul_.Scalar (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.mul_.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.mul_.Scalar (tensor<si64>): fake tensors give 'tensor<si64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.mul_.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.mul_.Scalar (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.mul_.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.mul_.Scalar (tensor<bf16>): fake tensors give 'tensor<bf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.mul_.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.mul_.Scalar (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.mul_.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.mul_.Scalar (tensor<f64>): fake tensors give 'tensor<f64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.mul_.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.add_.Tensor (tensor<ui8>): fake tensors give 'tensor<ui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.add_.Tensor (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.add_.Tensor (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.add_.Tensor (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.add_.Tensor (tensor<si16>): fake tensors give 'tensor<si16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.add_.Tensor (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.add_.Tensor (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.add_.Tensor (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.add_.Tensor (tensor<si64>): fake tensors give 'tensor<si64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.add_.Tensor (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.add_.Tensor (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.add_.Tensor (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.add_.Tensor (tensor<bf16>): fake tensors give 'tensor<bf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.add_.Tensor (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.add_.Tensor (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.add_.Tensor (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.add_.Tensor (tensor<f64>): fake tensors give 'tensor<f64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.add_.Tensor (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.mul_.Tensor (tensor<i1>): fake tensors give 'tensor<i1>', CPU eager "result type ComplexFloat can't be cast to the desired output type Bool"
// aten.mul_.Tensor (tensor<2x3xi1>): fake tensors give 'tensor<2x3xi1>', CPU eager "result type ComplexFloat can't be cast to the desired output type Bool"
// aten.mul_.Tensor (tensor<ui8>): fake tensors give 'tensor<ui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.mul_.Tensor (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.mul_.Tensor (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.mul_.Tensor (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.mul_.Tensor (tensor<si16>): fake tensors give 'tensor<si16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.mul_.Tensor (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.mul_.Tensor (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.mul_.Tensor (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.mul_.Tensor (tensor<si64>): fake tensors give 'tensor<si64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.mul_.Tensor (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.mul_.Tensor (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.mul_.Tensor (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.mul_.Tensor (tensor<bf16>): fake tensors give 'tensor<bf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.mul_.Tensor (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.mul_.Tensor (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.mul_.Tensor (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.mul_.Tensor (tensor<f64>): fake tensors give 'tensor<f64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.mul_.Tensor (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.sub_.Tensor (tensor<ui8>): fake tensors give 'tensor<ui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.sub_.Tensor (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Byte"
// aten.sub_.Tensor (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.sub_.Tensor (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager "result type ComplexFloat can't be cast to the desired output type Char"
// aten.sub_.Tensor (tensor<si16>): fake tensors give 'tensor<si16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.sub_.Tensor (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager "result type ComplexFloat can't be cast to the desired output type Short"
// aten.sub_.Tensor (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.sub_.Tensor (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Int"
// aten.sub_.Tensor (tensor<si64>): fake tensors give 'tensor<si64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.sub_.Tensor (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager "result type ComplexFloat can't be cast to the desired output type Long"
// aten.sub_.Tensor (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.sub_.Tensor (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager "result type ComplexHalf can't be cast to the desired output type Half"
// aten.sub_.Tensor (tensor<bf16>): fake tensors give 'tensor<bf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.sub_.Tensor (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager "result type ComplexFloat can't be cast to the desired output type BFloat16"
// aten.sub_.Tensor (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.sub_.Tensor (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager "result type ComplexFloat can't be cast to the desired output type Float"
// aten.sub_.Tensor (tensor<f64>): fake tensors give 'tensor<f64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.sub_.Tensor (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager "result type ComplexDouble can't be cast to the desired output type Double"
// aten.full_like.default (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager 'value cannot be converted to type uint8_t without overflow'
// aten.full_like.default (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.full_like.default (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.full_like.default (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager 'value cannot be converted to type int16_t without overflow'
// aten.full_like.default (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.full_like.default (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.full_like.default (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager 'value cannot be converted to type int64_t without overflow'
// aten.full_like.default (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager 'value cannot be converted to type double without overflow'
// aten.full_like.default (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager 'value cannot be converted to type c10::Half without overflow'
// aten.full_like.default (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager 'value cannot be converted to type c10::BFloat16 without overflow'
// aten.full_like.default (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.full_like.default (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.full_like.default (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager 'value cannot be converted to type double without overflow'
// aten.fill.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager 'value cannot be converted to type uint8_t without overflow'
// aten.fill.Scalar (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.fill.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.fill.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager 'value cannot be converted to type int16_t without overflow'
// aten.fill.Scalar (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.fill.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.fill.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager 'value cannot be converted to type int64_t without overflow'
// aten.fill.Scalar (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager 'value cannot be converted to type double without overflow'
// aten.fill.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager 'value cannot be converted to type c10::Half without overflow'
// aten.fill.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager 'value cannot be converted to type c10::BFloat16 without overflow'
// aten.fill.Scalar (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.fill.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.fill.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager 'value cannot be converted to type double without overflow'
// aten.fill_.Scalar (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager 'value cannot be converted to type uint8_t without overflow'
// aten.fill_.Scalar (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.fill_.Scalar (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.fill_.Scalar (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager 'value cannot be converted to type int16_t without overflow'
// aten.fill_.Scalar (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.fill_.Scalar (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.fill_.Scalar (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager 'value cannot be converted to type int64_t without overflow'
// aten.fill_.Scalar (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager 'value cannot be converted to type double without overflow'
// aten.fill_.Scalar (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager 'value cannot be converted to type c10::Half without overflow'
// aten.fill_.Scalar (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager 'value cannot be converted to type c10::BFloat16 without overflow'
// aten.fill_.Scalar (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.fill_.Scalar (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.fill_.Scalar (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager 'value cannot be converted to type double without overflow'
// aten.leaky_relu.default (tensor<bf16>): fake tensors give "negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!", CPU eager 'tensor<bf16>'
// aten.leaky_relu.default (tensor<f64>): fake tensors give "negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!", CPU eager 'tensor<f64>'
// aten.leaky_relu.default (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"leaky_relu_cpu" not implemented for \'ComplexHalf\''
// aten.leaky_relu.default (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"leaky_relu_cpu" not implemented for \'ComplexHalf\''
// aten.leaky_relu.default (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"leaky_relu_cpu" not implemented for \'ComplexFloat\''
// aten.leaky_relu.default (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"leaky_relu_cpu" not implemented for \'ComplexFloat\''
// aten.leaky_relu.default (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"leaky_relu_cpu" not implemented for \'ComplexDouble\''
// aten.leaky_relu.default (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"leaky_relu_cpu" not implemented for \'ComplexDouble\''
// aten.add.Tensor.alpha (tensor<i1>): fake tensors give 'tensor<i1>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Tensor.alpha (tensor<2x3xi1>): fake tensors give 'tensor<2x3xi1>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<i1>): fake tensors give 'tensor<si64>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<2x3xi1>): fake tensors give 'tensor<2x3xsi64>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<ui8>): fake tensors give 'tensor<ui8>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<si16>): fake tensors give 'tensor<si16>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<si64>): fake tensors give 'tensor<si64>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager 'For integral input tensors, argument alpha must not be a floating point number.'
// aten.add.Scalar.alpha (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.add.Scalar.alpha (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.add.Scalar.alpha (tensor<bf16>): fake tensors give 'tensor<bf16>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.add.Scalar.alpha (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.add.Scalar.alpha (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.add.Scalar.alpha (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.add.Scalar.alpha (tensor<f64>): fake tensors give 'tensor<f64>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.add.Scalar.alpha (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager 'For non-complex input tensors, argument alpha must not be a complex number.'
// aten.div.Scalar_mode (tensor<i1>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xi1>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<ui8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xui8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<si8>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<si16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<si32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<si64>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<f16>): fake tensors give 'tensor<complex<f16>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexHalf\''
// aten.div.Scalar_mode (tensor<2x3xf16>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexHalf\''
// aten.div.Scalar_mode (tensor<bf16>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<f32>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xf32>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<f64>): fake tensors give 'tensor<complex<f64>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexDouble\''
// aten.div.Scalar_mode (tensor<2x3xf64>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexDouble\''
// aten.div.Scalar_mode (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexHalf\''
// aten.div.Scalar_mode (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexHalf\''
// aten.div.Scalar_mode (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexFloat\''
// aten.div.Scalar_mode (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexDouble\''
// aten.div.Scalar_mode (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"div_trunc_cpu" not implemented for \'ComplexDouble\''
// aten.masked_fill.Scalar (tensor<i1>): fake tensors give "could not convert to type <class 'bool'> without overflow", CPU eager 'tensor<i1>'
// aten.masked_fill.Scalar (tensor<2x3xi1>): fake tensors give "could not convert to type <class 'bool'> without overflow", CPU eager 'tensor<2x3xi1>'
// aten.masked_fill.Scalar (tensor<ui8>): fake tensors give "could not convert to type <class 'int'> without overflow", CPU eager 'tensor<ui8>'
// aten.masked_fill.Scalar (tensor<si16>): fake tensors give "could not convert to type <class 'int'> without overflow", CPU eager 'tensor<si16>'
// aten.masked_fill.Scalar (tensor<si64>): fake tensors give "could not convert to type <class 'int'> without overflow", CPU eager 'tensor<si64>'
// aten.masked_fill.Scalar (tensor<bf16>): fake tensors give "could not convert to type <class 'float'> without overflow", CPU eager 'tensor<bf16>'
// aten.masked_fill.Scalar (tensor<f64>): fake tensors give "could not convert to type <class 'float'> without overflow", CPU eager 'tensor<f64>'
// aten.hardtanh.default (tensor<ui8>): fake tensors give "int() argument must be a string, a bytes-like object or a real number, not 'complex'", CPU eager 'tensor<ui8>'
// aten.hardtanh.default (tensor<si16>): fake tensors give "int() argument must be a string, a bytes-like object or a real number, not 'complex'", CPU eager 'tensor<si16>'
// aten.hardtanh.default (tensor<si64>): fake tensors give "int() argument must be a string, a bytes-like object or a real number, not 'complex'", CPU eager 'tensor<si64>'
// aten.hardtanh.default (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager 'value cannot be converted to type double without overflow'
// aten.hardtanh.default (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager 'value cannot be converted to type double without overflow'
// aten.hardtanh.default (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager 'value cannot be converted to type double without overflow'
// aten.hardtanh.default (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type double without overflow'
// aten.hardtanh.default (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager 'value cannot be converted to type double without overflow'
// aten.hardtanh.default (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager 'value cannot be converted to type double without overflow'
// aten.hardtanh.default (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.hardtanh.default (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager 'clamp is not supported for complex types'
// aten.hardtanh.default (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.hardtanh.default (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager 'clamp is not supported for complex types'
// aten.hardtanh.default (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.hardtanh.default (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager 'clamp is not supported for complex types'
// aten.elu.default (tensor<bf16>): fake tensors give "alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!", CPU eager 'tensor<bf16>'
// aten.elu.default (tensor<f64>): fake tensors give "alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!", CPU eager 'tensor<f64>'
// aten.elu.default (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"elu_cpu" not implemented for \'ComplexHalf\''
// aten.elu.default (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"elu_cpu" not implemented for \'ComplexHalf\''
// aten.elu.default (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"elu_cpu" not implemented for \'ComplexFloat\''
// aten.elu.default (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"elu_cpu" not implemented for \'ComplexFloat\''
// aten.elu.default (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"elu_cpu" not implemented for \'ComplexDouble\''
// aten.elu.default (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"elu_cpu" not implemented for \'ComplexDouble\''
// aten.softplus.default (tensor<bf16>): fake tensors give "beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!", CPU eager 'tensor<bf16>'
// aten.softplus.default (tensor<f64>): fake tensors give "beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!", CPU eager 'tensor<f64>'
// aten.softplus.default (tensor<complex<f16>>): fake tensors give 'tensor<complex<f16>>', CPU eager '"softplus_cpu" not implemented for \'ComplexHalf\''
// aten.softplus.default (tensor<2x3xcomplex<f16>>): fake tensors give 'tensor<2x3xcomplex<f16>>', CPU eager '"softplus_cpu" not implemented for \'ComplexHalf\''
// aten.softplus.default (tensor<complex<f32>>): fake tensors give 'tensor<complex<f32>>', CPU eager '"softplus_cpu" not implemented for \'ComplexFloat\''
// aten.softplus.default (tensor<2x3xcomplex<f32>>): fake tensors give 'tensor<2x3xcomplex<f32>>', CPU eager '"softplus_cpu" not implemented for \'ComplexFloat\''
// aten.softplus.default (tensor<complex<f64>>): fake tensors give 'tensor<complex<f64>>', CPU eager '"softplus_cpu" not implemented for \'ComplexDouble\''
// aten.softplus.default (tensor<2x3xcomplex<f64>>): fake tensors give 'tensor<2x3xcomplex<f64>>', CPU eager '"softplus_cpu" not implemented for \'ComplexDouble\''
// aten.constant_pad_nd.default (tensor<2x3xui8>): fake tensors give 'tensor<2x5xui8>', CPU eager 'value cannot be converted to type uint8_t without overflow'
// aten.constant_pad_nd.default (tensor<2x3xsi8>): fake tensors give 'tensor<2x5xsi8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.constant_pad_nd.default (tensor<2x3xsi16>): fake tensors give 'tensor<2x5xsi16>', CPU eager 'value cannot be converted to type int16_t without overflow'
// aten.constant_pad_nd.default (tensor<2x3xsi32>): fake tensors give 'tensor<2x5xsi32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.constant_pad_nd.default (tensor<2x3xsi64>): fake tensors give 'tensor<2x5xsi64>', CPU eager 'value cannot be converted to type int64_t without overflow'
// aten.constant_pad_nd.default (tensor<2x3xf16>): fake tensors give 'tensor<2x5xf16>', CPU eager 'value cannot be converted to type c10::Half without overflow'
// aten.constant_pad_nd.default (tensor<2x3xbf16>): fake tensors give 'tensor<2x5xbf16>', CPU eager 'value cannot be converted to type c10::BFloat16 without overflow'
// aten.constant_pad_nd.default (tensor<2x3xf32>): fake tensors give 'tensor<2x5xf32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.constant_pad_nd.default (tensor<2x3xf64>): fake tensors give 'tensor<2x5xf64>', CPU eager 'value cannot be converted to type double without overflow'
// aten.scatter.value (tensor<2x3xui8>): fake tensors give 'tensor<2x3xui8>', CPU eager 'value cannot be converted to type uint8_t without overflow'
// aten.scatter.value (tensor<si8>): fake tensors give 'tensor<si8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.scatter.value (tensor<2x3xsi8>): fake tensors give 'tensor<2x3xsi8>', CPU eager 'value cannot be converted to type int8_t without overflow'
// aten.scatter.value (tensor<2x3xsi16>): fake tensors give 'tensor<2x3xsi16>', CPU eager 'value cannot be converted to type int16_t without overflow'
// aten.scatter.value (tensor<si32>): fake tensors give 'tensor<si32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.scatter.value (tensor<2x3xsi32>): fake tensors give 'tensor<2x3xsi32>', CPU eager 'value cannot be converted to type int without overflow'
// aten.scatter.value (tensor<2x3xsi64>): fake tensors give 'tensor<2x3xsi64>', CPU eager 'value cannot be converted to type int64_t without overflow'
// aten.scatter.value (tensor<f16>): fake tensors give 'tensor<f16>', CPU eager 'value cannot be converted to type c10::Half without overflow'
// aten.scatter.value (tensor<2x3xf16>): fake tensors give 'tensor<2x3xf16>', CPU eager 'value cannot be converted to type c10::Half without overflow'
// aten.scatter.value (tensor<2x3xbf16>): fake tensors give 'tensor<2x3xbf16>', CPU eager 'value cannot be converted to type c10::BFloat16 without overflow'
// aten.scatter.value (tensor<f32>): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.scatter.value (tensor<2x3xf32>): fake tensors give 'tensor<2x3xf32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.scatter.value (tensor<2x3xf64>): fake tensors give 'tensor<2x3xf64>', CPU eager 'value cannot be converted to type double without overflow'
// aten.scalar_tensor.default (no tensor): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.scalar_tensor.default (no tensor): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type float without overflow'
// aten.scalar_tensor.default (no tensor): fake tensors give 'tensor<f32>', CPU eager 'value cannot be converted to type float without overflow'
