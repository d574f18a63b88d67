// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

// Quantize/dequantize: quantized tensors are typed by their integer storage.
// Expected types are derived by hand from PyTorch semantics.

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %q = fx.placeholder "q" : tensor<2x3xsi8>
    %sc = fx.placeholder "sc" : tensor<f64>
    %zp = fx.placeholder "zp" : tensor<si64>
    %r0 = fx.call_function aten.quantize_per_tensor.default(%x, 0.1, 3, torch.quint8) : (tensor<2x3xf32>) -> !fx.unknown
    %r1 = fx.call_function aten.dequantize.self(%q) : (tensor<2x3xsi8>) -> !fx.unknown
    %r2 = fx.call_function quantized_decomposed.quantize_per_tensor.default(%x, 0.1, 0, -128, 127, torch.int8) : (tensor<2x3xf32>) -> !fx.unknown
    %r3 = fx.call_function quantized_decomposed.quantize_per_tensor.tensor(%x, %sc, %zp, 0, 255, torch.uint8) : (tensor<2x3xf32>, tensor<f64>, tensor<si64>) -> !fx.unknown
    %r4 = fx.call_function quantized_decomposed.dequantize_per_tensor.default(%q, 0.1, 0, -128, 127, torch.int8) : (tensor<2x3xsi8>) -> !fx.unknown
    %r5 = fx.call_function quantized_decomposed.dequantize_per_tensor.tensor(%q, %sc, %zp, -128, 127, torch.int8, out_dtype = torch.float16) : (tensor<2x3xsi8>, tensor<f64>, tensor<si64>) -> !fx.unknown
    fx.output(None)
  }
}

// CHECK: %r0 = fx.call_function {{.*}} -> tensor<2x3xui8>{{$}}
// CHECK: %r1 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r2 = fx.call_function {{.*}} -> tensor<2x3xsi8>{{$}}
// CHECK: %r3 = fx.call_function {{.*}} -> tensor<2x3xui8>{{$}}
// CHECK: %r4 = fx.call_function {{.*}} -> tensor<2x3xf32>{{$}}
// CHECK: %r5 = fx.call_function {{.*}} -> tensor<2x3xf16>{{$}}
