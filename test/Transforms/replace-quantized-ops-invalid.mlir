// RUN: fx-opt %s -split-input-file -verify-diagnostics -fx-replace-quantized-ops

// No quantize_per_tensor gives the quantized dtype.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %y = fx.placeholder "y" : tensor<2x4xf32>
    // expected-error@+1 {{'quantized.add.default' has no 'aten.quantize_per_tensor.default' before it to give its quantized dtype}}
    %sum = fx.call_function quantized.add.default(%x, %y, 0.5, 0) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xui8>
    fx.output(%sum) : tensor<2x4xui8>
  }
}

// -----

// Packed params from a ScriptObject attribute cannot be unpacked.
fx.graph_module @M {
  fx.module_attr constant @packed : tensor<1xf32>
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %q = fx.call_function aten.quantize_per_tensor.default(%x, 0.5, 3, torch.quint8) : (tensor<2x4xf32>) -> tensor<2x4xui8>
    %p = fx.get_attr @packed : tensor<1xf32>
    // expected-error@+1 {{the packed params of 'quantized.linear.default' must come from a 'quantized.linear_prepack.default' node}}
    %fc = fx.call_function quantized.linear.default(%q, %p, 0.25, 7) : (tensor<2x4xui8>, tensor<1xf32>) -> tensor<2x3xui8>
    fx.output(%fc) : tensor<2x3xui8>
  }
}

// -----

// An input that no quantize_per_tensor dequantized.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %qx = fx.placeholder "qx" : tensor<2x4xui8>
    %q = fx.call_function aten.quantize_per_tensor.default(%x, 0.5, 3, torch.quint8) : (tensor<2x4xf32>) -> tensor<2x4xui8>
    // expected-error@+1 {{the input of 'quantized.mul.default' is not a dequantized float tensor}}
    %m = fx.call_function quantized.mul.default(%q, %qx, 0.25, 7) : (tensor<2x4xui8>, tensor<2x4xui8>) -> tensor<2x4xui8>
    fx.output(%m) : tensor<2x4xui8>
  }
}
