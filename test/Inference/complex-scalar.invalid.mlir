// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Judged by torch 2.13.0+cpu (fake tensors, cross-checked on CPU eager) when written;
// the generator printed MLIR in Python and was not kept: these cases move into utils/oracle.
// Python complex scalars (`complex(re, im)`) against every tensor dtype, as PyTorch's fake tensors reject
// them: fx-infer-types must reject each, naming the argument at fault.

// RUN: fx-opt %s --split-input-file --fx-infer-types=mode=overwrite --verify-diagnostics -o /dev/null

fx.graph_module @aten.add_.Scalar.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: Promotion of bool.add/sub_(others) in in-place ops are not possible due to element size change.
    // expected-error @+1 {{aten.add_.Scalar: argument 'self'}}
    %c0 = fx.call_function aten.add_.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add_.Scalar.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: Promotion of bool.add/sub_(others) in in-place ops are not possible due to element size change.
    // expected-error @+1 {{aten.add_.Scalar: argument 'self'}}
    %c1 = fx.call_function aten.add_.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.bool
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c0 = fx.call_function aten.div_.Scalar(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.bool
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c1 = fx.call_function aten.div_.Scalar(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid2 {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.uint8
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c2 = fx.call_function aten.div_.Scalar(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> !fx.unknown
    fx.output([%c2]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid3 {
  fx.graph @forward {
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.uint8
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c3 = fx.call_function aten.div_.Scalar(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> !fx.unknown
    fx.output([%c3]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int8
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c4 = fx.call_function aten.div_.Scalar(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid5 {
  fx.graph @forward {
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int8
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c5 = fx.call_function aten.div_.Scalar(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> !fx.unknown
    fx.output([%c5]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid6 {
  fx.graph @forward {
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int16
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c6 = fx.call_function aten.div_.Scalar(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> !fx.unknown
    fx.output([%c6]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid7 {
  fx.graph @forward {
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int16
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c7 = fx.call_function aten.div_.Scalar(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> !fx.unknown
    fx.output([%c7]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int32
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c8 = fx.call_function aten.div_.Scalar(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid9 {
  fx.graph @forward {
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int32
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c9 = fx.call_function aten.div_.Scalar(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> !fx.unknown
    fx.output([%c9]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid10 {
  fx.graph @forward {
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int64
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c10 = fx.call_function aten.div_.Scalar(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> !fx.unknown
    fx.output([%c10]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid11 {
  fx.graph @forward {
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.int64
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c11 = fx.call_function aten.div_.Scalar(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> !fx.unknown
    fx.output([%c11]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid12 {
  fx.graph @forward {
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    // PyTorch: result type torch.complex32 can't be cast to the desired output type torch.float16
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c12 = fx.call_function aten.div_.Scalar(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> !fx.unknown
    fx.output([%c12]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid13 {
  fx.graph @forward {
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    // PyTorch: result type torch.complex32 can't be cast to the desired output type torch.float16
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c13 = fx.call_function aten.div_.Scalar(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> !fx.unknown
    fx.output([%c13]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid14 {
  fx.graph @forward {
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.bfloat16
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c14 = fx.call_function aten.div_.Scalar(%c14_self, complex(3.0, 0.0)) : (tensor<bf16>) -> !fx.unknown
    fx.output([%c14]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid15 {
  fx.graph @forward {
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.bfloat16
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c15 = fx.call_function aten.div_.Scalar(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> !fx.unknown
    fx.output([%c15]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid16 {
  fx.graph @forward {
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.float32
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c16 = fx.call_function aten.div_.Scalar(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> !fx.unknown
    fx.output([%c16]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid17 {
  fx.graph @forward {
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    // PyTorch: result type torch.complex64 can't be cast to the desired output type torch.float32
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c17 = fx.call_function aten.div_.Scalar(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output([%c17]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid18 {
  fx.graph @forward {
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    // PyTorch: result type torch.complex128 can't be cast to the desired output type torch.float64
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c18 = fx.call_function aten.div_.Scalar(%c18_self, complex(3.0, 0.0)) : (tensor<f64>) -> !fx.unknown
    fx.output([%c18]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.div_.Scalar.invalid19 {
  fx.graph @forward {
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    // PyTorch: result type torch.complex128 can't be cast to the desired output type torch.float64
    // expected-error @+1 {{aten.div_.Scalar: argument 'self'}}
    %c19 = fx.call_function aten.div_.Scalar(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> !fx.unknown
    fx.output([%c19]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add_.Tensor.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: Promotion of bool.add/sub_(others) in in-place ops are not possible due to element size change.
    // expected-error @+1 {{aten.add_.Tensor: argument 'self'}}
    %c0 = fx.call_function aten.add_.Tensor(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add_.Tensor.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: Promotion of bool.add/sub_(others) in in-place ops are not possible due to element size change.
    // expected-error @+1 {{aten.add_.Tensor: argument 'self'}}
    %c1 = fx.call_function aten.add_.Tensor(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.sub_.Tensor.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: Promotion of bool.add/sub_(others) in in-place ops are not possible due to element size change.
    // expected-error @+1 {{aten.sub_.Tensor: argument 'self'}}
    %c0 = fx.call_function aten.sub_.Tensor(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.sub_.Tensor.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: Promotion of bool.add/sub_(others) in in-place ops are not possible due to element size change.
    // expected-error @+1 {{aten.sub_.Tensor: argument 'self'}}
    %c1 = fx.call_function aten.sub_.Tensor(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'bool'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c0 = fx.call_function aten.leaky_relu.default(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'bool'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c1 = fx.call_function aten.leaky_relu.default(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid2 {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c2 = fx.call_function aten.leaky_relu.default(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> !fx.unknown
    fx.output([%c2]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid3 {
  fx.graph @forward {
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c3 = fx.call_function aten.leaky_relu.default(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> !fx.unknown
    fx.output([%c3]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c4 = fx.call_function aten.leaky_relu.default(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid5 {
  fx.graph @forward {
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c5 = fx.call_function aten.leaky_relu.default(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> !fx.unknown
    fx.output([%c5]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid6 {
  fx.graph @forward {
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c6 = fx.call_function aten.leaky_relu.default(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> !fx.unknown
    fx.output([%c6]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid7 {
  fx.graph @forward {
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c7 = fx.call_function aten.leaky_relu.default(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> !fx.unknown
    fx.output([%c7]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c8 = fx.call_function aten.leaky_relu.default(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid9 {
  fx.graph @forward {
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c9 = fx.call_function aten.leaky_relu.default(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> !fx.unknown
    fx.output([%c9]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid10 {
  fx.graph @forward {
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c10 = fx.call_function aten.leaky_relu.default(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> !fx.unknown
    fx.output([%c10]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid11 {
  fx.graph @forward {
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c11 = fx.call_function aten.leaky_relu.default(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> !fx.unknown
    fx.output([%c11]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid12 {
  fx.graph @forward {
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c12 = fx.call_function aten.leaky_relu.default(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> !fx.unknown
    fx.output([%c12]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid13 {
  fx.graph @forward {
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c13 = fx.call_function aten.leaky_relu.default(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> !fx.unknown
    fx.output([%c13]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid15 {
  fx.graph @forward {
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c15 = fx.call_function aten.leaky_relu.default(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> !fx.unknown
    fx.output([%c15]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid16 {
  fx.graph @forward {
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c16 = fx.call_function aten.leaky_relu.default(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> !fx.unknown
    fx.output([%c16]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid17 {
  fx.graph @forward {
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c17 = fx.call_function aten.leaky_relu.default(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output([%c17]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.leaky_relu.default.invalid19 {
  fx.graph @forward {
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    // PyTorch: negative_slope argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.leaky_relu.default: argument 'negative_slope'}}
    %c19 = fx.call_function aten.leaky_relu.default(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> !fx.unknown
    fx.output([%c19]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid2 {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c2 = fx.call_function aten.add.Tensor(%c2_self, %c2_self, alpha = complex(3.0, 0.0)) : (tensor<ui8>, tensor<ui8>) -> !fx.unknown
    fx.output([%c2]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid3 {
  fx.graph @forward {
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c3 = fx.call_function aten.add.Tensor(%c3_self, %c3_self, alpha = complex(inf, -1.0)) : (tensor<2x3xui8>, tensor<2x3xui8>) -> !fx.unknown
    fx.output([%c3]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c4 = fx.call_function aten.add.Tensor(%c4_self, %c4_self, alpha = complex(1.0, 2.0)) : (tensor<si8>, tensor<si8>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid5 {
  fx.graph @forward {
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c5 = fx.call_function aten.add.Tensor(%c5_self, %c5_self, alpha = complex(-0.0, -0.5)) : (tensor<2x3xsi8>, tensor<2x3xsi8>) -> !fx.unknown
    fx.output([%c5]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid6 {
  fx.graph @forward {
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c6 = fx.call_function aten.add.Tensor(%c6_self, %c6_self, alpha = complex(3.0, 0.0)) : (tensor<si16>, tensor<si16>) -> !fx.unknown
    fx.output([%c6]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid7 {
  fx.graph @forward {
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c7 = fx.call_function aten.add.Tensor(%c7_self, %c7_self, alpha = complex(inf, -1.0)) : (tensor<2x3xsi16>, tensor<2x3xsi16>) -> !fx.unknown
    fx.output([%c7]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c8 = fx.call_function aten.add.Tensor(%c8_self, %c8_self, alpha = complex(1.0, 2.0)) : (tensor<si32>, tensor<si32>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid9 {
  fx.graph @forward {
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c9 = fx.call_function aten.add.Tensor(%c9_self, %c9_self, alpha = complex(-0.0, -0.5)) : (tensor<2x3xsi32>, tensor<2x3xsi32>) -> !fx.unknown
    fx.output([%c9]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid10 {
  fx.graph @forward {
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c10 = fx.call_function aten.add.Tensor(%c10_self, %c10_self, alpha = complex(3.0, 0.0)) : (tensor<si64>, tensor<si64>) -> !fx.unknown
    fx.output([%c10]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid11 {
  fx.graph @forward {
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c11 = fx.call_function aten.add.Tensor(%c11_self, %c11_self, alpha = complex(inf, -1.0)) : (tensor<2x3xsi64>, tensor<2x3xsi64>) -> !fx.unknown
    fx.output([%c11]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid12 {
  fx.graph @forward {
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c12 = fx.call_function aten.add.Tensor(%c12_self, %c12_self, alpha = complex(1.0, 2.0)) : (tensor<f16>, tensor<f16>) -> !fx.unknown
    fx.output([%c12]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid13 {
  fx.graph @forward {
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c13 = fx.call_function aten.add.Tensor(%c13_self, %c13_self, alpha = complex(-0.0, -0.5)) : (tensor<2x3xf16>, tensor<2x3xf16>) -> !fx.unknown
    fx.output([%c13]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid14 {
  fx.graph @forward {
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c14 = fx.call_function aten.add.Tensor(%c14_self, %c14_self, alpha = complex(3.0, 0.0)) : (tensor<bf16>, tensor<bf16>) -> !fx.unknown
    fx.output([%c14]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid15 {
  fx.graph @forward {
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c15 = fx.call_function aten.add.Tensor(%c15_self, %c15_self, alpha = complex(inf, -1.0)) : (tensor<2x3xbf16>, tensor<2x3xbf16>) -> !fx.unknown
    fx.output([%c15]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid16 {
  fx.graph @forward {
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c16 = fx.call_function aten.add.Tensor(%c16_self, %c16_self, alpha = complex(1.0, 2.0)) : (tensor<f32>, tensor<f32>) -> !fx.unknown
    fx.output([%c16]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid17 {
  fx.graph @forward {
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c17 = fx.call_function aten.add.Tensor(%c17_self, %c17_self, alpha = complex(-0.0, -0.5)) : (tensor<2x3xf32>, tensor<2x3xf32>) -> !fx.unknown
    fx.output([%c17]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid18 {
  fx.graph @forward {
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c18 = fx.call_function aten.add.Tensor(%c18_self, %c18_self, alpha = complex(3.0, 0.0)) : (tensor<f64>, tensor<f64>) -> !fx.unknown
    fx.output([%c18]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.add.Tensor.alpha.invalid19 {
  fx.graph @forward {
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.add.Tensor: argument 'alpha'}}
    %c19 = fx.call_function aten.add.Tensor(%c19_self, %c19_self, alpha = complex(inf, -1.0)) : (tensor<2x3xf64>, tensor<2x3xf64>) -> !fx.unknown
    fx.output([%c19]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid3 {
  fx.graph @forward {
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    %c3_mask = fx.placeholder "c3_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'int'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c3 = fx.call_function aten.masked_fill.Scalar(%c3_self, %c3_mask, complex(inf, -1.0)) : (tensor<2x3xui8>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c3]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    %c4_mask = fx.placeholder "c4_mask" : tensor<i1>
    // PyTorch: could not convert to type <class 'int'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c4 = fx.call_function aten.masked_fill.Scalar(%c4_self, %c4_mask, complex(1.0, 2.0)) : (tensor<si8>, tensor<i1>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid5 {
  fx.graph @forward {
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    %c5_mask = fx.placeholder "c5_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'int'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c5 = fx.call_function aten.masked_fill.Scalar(%c5_self, %c5_mask, complex(-0.0, -0.5)) : (tensor<2x3xsi8>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c5]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid7 {
  fx.graph @forward {
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    %c7_mask = fx.placeholder "c7_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'int'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c7 = fx.call_function aten.masked_fill.Scalar(%c7_self, %c7_mask, complex(inf, -1.0)) : (tensor<2x3xsi16>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c7]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    %c8_mask = fx.placeholder "c8_mask" : tensor<i1>
    // PyTorch: could not convert to type <class 'int'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c8 = fx.call_function aten.masked_fill.Scalar(%c8_self, %c8_mask, complex(1.0, 2.0)) : (tensor<si32>, tensor<i1>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid9 {
  fx.graph @forward {
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    %c9_mask = fx.placeholder "c9_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'int'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c9 = fx.call_function aten.masked_fill.Scalar(%c9_self, %c9_mask, complex(-0.0, -0.5)) : (tensor<2x3xsi32>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c9]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid11 {
  fx.graph @forward {
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    %c11_mask = fx.placeholder "c11_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'int'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c11 = fx.call_function aten.masked_fill.Scalar(%c11_self, %c11_mask, complex(inf, -1.0)) : (tensor<2x3xsi64>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c11]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid12 {
  fx.graph @forward {
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    %c12_mask = fx.placeholder "c12_mask" : tensor<i1>
    // PyTorch: could not convert to type <class 'float'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c12 = fx.call_function aten.masked_fill.Scalar(%c12_self, %c12_mask, complex(1.0, 2.0)) : (tensor<f16>, tensor<i1>) -> !fx.unknown
    fx.output([%c12]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid13 {
  fx.graph @forward {
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    %c13_mask = fx.placeholder "c13_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'float'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c13 = fx.call_function aten.masked_fill.Scalar(%c13_self, %c13_mask, complex(-0.0, -0.5)) : (tensor<2x3xf16>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c13]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid15 {
  fx.graph @forward {
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    %c15_mask = fx.placeholder "c15_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'float'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c15 = fx.call_function aten.masked_fill.Scalar(%c15_self, %c15_mask, complex(inf, -1.0)) : (tensor<2x3xbf16>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c15]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid16 {
  fx.graph @forward {
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    %c16_mask = fx.placeholder "c16_mask" : tensor<i1>
    // PyTorch: could not convert to type <class 'float'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c16 = fx.call_function aten.masked_fill.Scalar(%c16_self, %c16_mask, complex(1.0, 2.0)) : (tensor<f32>, tensor<i1>) -> !fx.unknown
    fx.output([%c16]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid17 {
  fx.graph @forward {
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    %c17_mask = fx.placeholder "c17_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'float'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c17 = fx.call_function aten.masked_fill.Scalar(%c17_self, %c17_mask, complex(-0.0, -0.5)) : (tensor<2x3xf32>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c17]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.masked_fill.Scalar.invalid19 {
  fx.graph @forward {
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    %c19_mask = fx.placeholder "c19_mask" : tensor<2x3xi1>
    // PyTorch: could not convert to type <class 'float'> without overflow
    // expected-error @+1 {{aten.masked_fill.Scalar: argument 'value'}}
    %c19 = fx.call_function aten.masked_fill.Scalar(%c19_self, %c19_mask, complex(inf, -1.0)) : (tensor<2x3xf64>, tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c19]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: Bool inputs not supported for hardtanh
    // expected-error @+1 {{aten.hardtanh.default: argument 'self'}}
    %c0 = fx.call_function aten.hardtanh.default(%c0_self, complex(1.0, 2.0), 1.0) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: Bool inputs not supported for hardtanh
    // expected-error @+1 {{aten.hardtanh.default: argument 'self'}}
    %c1 = fx.call_function aten.hardtanh.default(%c1_self, complex(-0.0, -0.5), 1.0) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid3 {
  fx.graph @forward {
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    // PyTorch: int() argument must be a string, a bytes-like object or a real number, not 'complex'
    // expected-error @+1 {{aten.hardtanh.default: argument 'min_val'}}
    %c3 = fx.call_function aten.hardtanh.default(%c3_self, complex(inf, -1.0), 1.0) : (tensor<2x3xui8>) -> !fx.unknown
    fx.output([%c3]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    // PyTorch: int() argument must be a string, a bytes-like object or a real number, not 'complex'
    // expected-error @+1 {{aten.hardtanh.default: argument 'min_val'}}
    %c4 = fx.call_function aten.hardtanh.default(%c4_self, complex(1.0, 2.0), 1.0) : (tensor<si8>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid5 {
  fx.graph @forward {
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    // PyTorch: int() argument must be a string, a bytes-like object or a real number, not 'complex'
    // expected-error @+1 {{aten.hardtanh.default: argument 'min_val'}}
    %c5 = fx.call_function aten.hardtanh.default(%c5_self, complex(-0.0, -0.5), 1.0) : (tensor<2x3xsi8>) -> !fx.unknown
    fx.output([%c5]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid7 {
  fx.graph @forward {
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    // PyTorch: int() argument must be a string, a bytes-like object or a real number, not 'complex'
    // expected-error @+1 {{aten.hardtanh.default: argument 'min_val'}}
    %c7 = fx.call_function aten.hardtanh.default(%c7_self, complex(inf, -1.0), 1.0) : (tensor<2x3xsi16>) -> !fx.unknown
    fx.output([%c7]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    // PyTorch: int() argument must be a string, a bytes-like object or a real number, not 'complex'
    // expected-error @+1 {{aten.hardtanh.default: argument 'min_val'}}
    %c8 = fx.call_function aten.hardtanh.default(%c8_self, complex(1.0, 2.0), 1.0) : (tensor<si32>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid9 {
  fx.graph @forward {
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    // PyTorch: int() argument must be a string, a bytes-like object or a real number, not 'complex'
    // expected-error @+1 {{aten.hardtanh.default: argument 'min_val'}}
    %c9 = fx.call_function aten.hardtanh.default(%c9_self, complex(-0.0, -0.5), 1.0) : (tensor<2x3xsi32>) -> !fx.unknown
    fx.output([%c9]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.hardtanh.default.invalid11 {
  fx.graph @forward {
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    // PyTorch: int() argument must be a string, a bytes-like object or a real number, not 'complex'
    // expected-error @+1 {{aten.hardtanh.default: argument 'min_val'}}
    %c11 = fx.call_function aten.hardtanh.default(%c11_self, complex(inf, -1.0), 1.0) : (tensor<2x3xsi64>) -> !fx.unknown
    fx.output([%c11]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'bool'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale|scale)}}'}}
    %c0 = fx.call_function aten.elu.default(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'bool'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale|scale)}}'}}
    %c1 = fx.call_function aten.elu.default(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid2 {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c2 = fx.call_function aten.elu.default(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> !fx.unknown
    fx.output([%c2]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid3 {
  fx.graph @forward {
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c3 = fx.call_function aten.elu.default(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> !fx.unknown
    fx.output([%c3]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c4 = fx.call_function aten.elu.default(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid5 {
  fx.graph @forward {
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c5 = fx.call_function aten.elu.default(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> !fx.unknown
    fx.output([%c5]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid6 {
  fx.graph @forward {
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c6 = fx.call_function aten.elu.default(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> !fx.unknown
    fx.output([%c6]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid7 {
  fx.graph @forward {
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c7 = fx.call_function aten.elu.default(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> !fx.unknown
    fx.output([%c7]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c8 = fx.call_function aten.elu.default(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid9 {
  fx.graph @forward {
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c9 = fx.call_function aten.elu.default(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> !fx.unknown
    fx.output([%c9]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid10 {
  fx.graph @forward {
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c10 = fx.call_function aten.elu.default(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> !fx.unknown
    fx.output([%c10]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid11 {
  fx.graph @forward {
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    // PyTorch: input_scale argument of type <class 'float'> cannot be safely cast to type <class 'int'>!
    // expected-error-re @+1 {{aten.elu.default: argument '{{(alpha|input_scale)}}'}}
    %c11 = fx.call_function aten.elu.default(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> !fx.unknown
    fx.output([%c11]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid12 {
  fx.graph @forward {
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.elu.default: argument 'alpha'}}
    %c12 = fx.call_function aten.elu.default(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> !fx.unknown
    fx.output([%c12]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid13 {
  fx.graph @forward {
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.elu.default: argument 'alpha'}}
    %c13 = fx.call_function aten.elu.default(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> !fx.unknown
    fx.output([%c13]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid15 {
  fx.graph @forward {
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.elu.default: argument 'alpha'}}
    %c15 = fx.call_function aten.elu.default(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> !fx.unknown
    fx.output([%c15]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid16 {
  fx.graph @forward {
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.elu.default: argument 'alpha'}}
    %c16 = fx.call_function aten.elu.default(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> !fx.unknown
    fx.output([%c16]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid17 {
  fx.graph @forward {
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.elu.default: argument 'alpha'}}
    %c17 = fx.call_function aten.elu.default(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output([%c17]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.elu.default.invalid19 {
  fx.graph @forward {
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    // PyTorch: alpha argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.elu.default: argument 'alpha'}}
    %c19 = fx.call_function aten.elu.default(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> !fx.unknown
    fx.output([%c19]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'bool'>!
    // expected-error-re @+1 {{aten.softplus.default: argument '{{(beta|threshold)}}'}}
    %c0 = fx.call_function aten.softplus.default(%c0_self, complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid1 {
  fx.graph @forward {
    %c1_self = fx.placeholder "c1_self" : tensor<2x3xi1>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'bool'>!
    // expected-error-re @+1 {{aten.softplus.default: argument '{{(beta|threshold)}}'}}
    %c1 = fx.call_function aten.softplus.default(%c1_self, complex(-0.0, -0.5)) : (tensor<2x3xi1>) -> !fx.unknown
    fx.output([%c1]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid2 {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c2 = fx.call_function aten.softplus.default(%c2_self, complex(3.0, 0.0)) : (tensor<ui8>) -> !fx.unknown
    fx.output([%c2]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid3 {
  fx.graph @forward {
    %c3_self = fx.placeholder "c3_self" : tensor<2x3xui8>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c3 = fx.call_function aten.softplus.default(%c3_self, complex(inf, -1.0)) : (tensor<2x3xui8>) -> !fx.unknown
    fx.output([%c3]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c4 = fx.call_function aten.softplus.default(%c4_self, complex(1.0, 2.0)) : (tensor<si8>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid5 {
  fx.graph @forward {
    %c5_self = fx.placeholder "c5_self" : tensor<2x3xsi8>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c5 = fx.call_function aten.softplus.default(%c5_self, complex(-0.0, -0.5)) : (tensor<2x3xsi8>) -> !fx.unknown
    fx.output([%c5]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid6 {
  fx.graph @forward {
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c6 = fx.call_function aten.softplus.default(%c6_self, complex(3.0, 0.0)) : (tensor<si16>) -> !fx.unknown
    fx.output([%c6]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid7 {
  fx.graph @forward {
    %c7_self = fx.placeholder "c7_self" : tensor<2x3xsi16>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c7 = fx.call_function aten.softplus.default(%c7_self, complex(inf, -1.0)) : (tensor<2x3xsi16>) -> !fx.unknown
    fx.output([%c7]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c8 = fx.call_function aten.softplus.default(%c8_self, complex(1.0, 2.0)) : (tensor<si32>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid9 {
  fx.graph @forward {
    %c9_self = fx.placeholder "c9_self" : tensor<2x3xsi32>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c9 = fx.call_function aten.softplus.default(%c9_self, complex(-0.0, -0.5)) : (tensor<2x3xsi32>) -> !fx.unknown
    fx.output([%c9]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid10 {
  fx.graph @forward {
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c10 = fx.call_function aten.softplus.default(%c10_self, complex(3.0, 0.0)) : (tensor<si64>) -> !fx.unknown
    fx.output([%c10]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid11 {
  fx.graph @forward {
    %c11_self = fx.placeholder "c11_self" : tensor<2x3xsi64>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'int'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c11 = fx.call_function aten.softplus.default(%c11_self, complex(inf, -1.0)) : (tensor<2x3xsi64>) -> !fx.unknown
    fx.output([%c11]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid12 {
  fx.graph @forward {
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c12 = fx.call_function aten.softplus.default(%c12_self, complex(1.0, 2.0)) : (tensor<f16>) -> !fx.unknown
    fx.output([%c12]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid13 {
  fx.graph @forward {
    %c13_self = fx.placeholder "c13_self" : tensor<2x3xf16>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c13 = fx.call_function aten.softplus.default(%c13_self, complex(-0.0, -0.5)) : (tensor<2x3xf16>) -> !fx.unknown
    fx.output([%c13]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid15 {
  fx.graph @forward {
    %c15_self = fx.placeholder "c15_self" : tensor<2x3xbf16>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c15 = fx.call_function aten.softplus.default(%c15_self, complex(inf, -1.0)) : (tensor<2x3xbf16>) -> !fx.unknown
    fx.output([%c15]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid16 {
  fx.graph @forward {
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c16 = fx.call_function aten.softplus.default(%c16_self, complex(1.0, 2.0)) : (tensor<f32>) -> !fx.unknown
    fx.output([%c16]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid17 {
  fx.graph @forward {
    %c17_self = fx.placeholder "c17_self" : tensor<2x3xf32>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c17 = fx.call_function aten.softplus.default(%c17_self, complex(-0.0, -0.5)) : (tensor<2x3xf32>) -> !fx.unknown
    fx.output([%c17]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.softplus.default.invalid19 {
  fx.graph @forward {
    %c19_self = fx.placeholder "c19_self" : tensor<2x3xf64>
    // PyTorch: beta argument of type <class 'complex'> cannot be safely cast to type <class 'float'>!
    // expected-error @+1 {{aten.softplus.default: argument 'beta'}}
    %c19 = fx.call_function aten.softplus.default(%c19_self, complex(inf, -1.0)) : (tensor<2x3xf64>) -> !fx.unknown
    fx.output([%c19]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid0 {
  fx.graph @forward {
    %c0_self = fx.placeholder "c0_self" : tensor<i1>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c0 = fx.call_function aten.constant_pad_nd.default(%c0_self, [1, 1], complex(1.0, 2.0)) : (tensor<i1>) -> !fx.unknown
    fx.output([%c0]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid2 {
  fx.graph @forward {
    %c2_self = fx.placeholder "c2_self" : tensor<ui8>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c2 = fx.call_function aten.constant_pad_nd.default(%c2_self, [1, 1], complex(3.0, 0.0)) : (tensor<ui8>) -> !fx.unknown
    fx.output([%c2]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid4 {
  fx.graph @forward {
    %c4_self = fx.placeholder "c4_self" : tensor<si8>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c4 = fx.call_function aten.constant_pad_nd.default(%c4_self, [1, 1], complex(1.0, 2.0)) : (tensor<si8>) -> !fx.unknown
    fx.output([%c4]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid6 {
  fx.graph @forward {
    %c6_self = fx.placeholder "c6_self" : tensor<si16>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c6 = fx.call_function aten.constant_pad_nd.default(%c6_self, [1, 1], complex(3.0, 0.0)) : (tensor<si16>) -> !fx.unknown
    fx.output([%c6]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid8 {
  fx.graph @forward {
    %c8_self = fx.placeholder "c8_self" : tensor<si32>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c8 = fx.call_function aten.constant_pad_nd.default(%c8_self, [1, 1], complex(1.0, 2.0)) : (tensor<si32>) -> !fx.unknown
    fx.output([%c8]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid10 {
  fx.graph @forward {
    %c10_self = fx.placeholder "c10_self" : tensor<si64>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c10 = fx.call_function aten.constant_pad_nd.default(%c10_self, [1, 1], complex(3.0, 0.0)) : (tensor<si64>) -> !fx.unknown
    fx.output([%c10]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid12 {
  fx.graph @forward {
    %c12_self = fx.placeholder "c12_self" : tensor<f16>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c12 = fx.call_function aten.constant_pad_nd.default(%c12_self, [1, 1], complex(1.0, 2.0)) : (tensor<f16>) -> !fx.unknown
    fx.output([%c12]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid14 {
  fx.graph @forward {
    %c14_self = fx.placeholder "c14_self" : tensor<bf16>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c14 = fx.call_function aten.constant_pad_nd.default(%c14_self, [1, 1], complex(3.0, 0.0)) : (tensor<bf16>) -> !fx.unknown
    fx.output([%c14]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid16 {
  fx.graph @forward {
    %c16_self = fx.placeholder "c16_self" : tensor<f32>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c16 = fx.call_function aten.constant_pad_nd.default(%c16_self, [1, 1], complex(1.0, 2.0)) : (tensor<f32>) -> !fx.unknown
    fx.output([%c16]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid18 {
  fx.graph @forward {
    %c18_self = fx.placeholder "c18_self" : tensor<f64>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c18 = fx.call_function aten.constant_pad_nd.default(%c18_self, [1, 1], complex(3.0, 0.0)) : (tensor<f64>) -> !fx.unknown
    fx.output([%c18]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid20 {
  fx.graph @forward {
    %c20_self = fx.placeholder "c20_self" : tensor<complex<f16>>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c20 = fx.call_function aten.constant_pad_nd.default(%c20_self, [1, 1], complex(1.0, 2.0)) : (tensor<complex<f16>>) -> !fx.unknown
    fx.output([%c20]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid22 {
  fx.graph @forward {
    %c22_self = fx.placeholder "c22_self" : tensor<complex<f32>>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c22 = fx.call_function aten.constant_pad_nd.default(%c22_self, [1, 1], complex(3.0, 0.0)) : (tensor<complex<f32>>) -> !fx.unknown
    fx.output([%c22]) : !fx.unknown
  }
}

// -----

fx.graph_module @aten.constant_pad_nd.default.invalid24 {
  fx.graph @forward {
    %c24_self = fx.placeholder "c24_self" : tensor<complex<f64>>
    // PyTorch: Length of pad should be no more than twice the number of dimensions of the input. Pad length is 2while the input has 0dimensions.
    // expected-error @+1 {{aten.constant_pad_nd.default: argument 'pad'}}
    %c24 = fx.call_function aten.constant_pad_nd.default(%c24_self, [1, 1], complex(1.0, 2.0)) : (tensor<complex<f64>>) -> !fx.unknown
    fx.output([%c24]) : !fx.unknown
  }
}
