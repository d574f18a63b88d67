// Non-core ops that fx-decompose and the export passes meet or create.
// Expected types follow PyTorch's formulas (conv: (in + 2p - d(k-1) - 1)/s + 1;
// transposed: (in - 1)s - 2p + d(k-1) + output_padding + 1).
// RUN: fx-opt %s --fx-infer-types=mode=overwrite | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
    %w = fx.placeholder "w" : tensor<4x3x3x3xf32>
    %wt = fx.placeholder "wt" : tensor<4x2x3x3xf32>
    %y = fx.placeholder "y" : tensor<1x4x4x4xf32>
    %m = fx.placeholder "m" : tensor<2x3xf32>
    %c = fx.placeholder "c" : tensor<3x1xf32>
    %i = fx.placeholder "i" : tensor<2x3x4xsi64>
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %tok = fx.placeholder "tok" : tensor<f32>
    // CHECK: aten.conv2d.default(%x, %w, None, [2, 2], [1, 1]) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
    %conv = fx.call_function aten.conv2d.default(%x, %w, None, [2, 2], [1, 1]) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> !fx.unknown
    // CHECK: aten.conv_transpose2d.input(%y, %wt, None, 2, 1, 1) : (tensor<1x4x4x4xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x8x8xf32>
    %convt = fx.call_function aten.conv_transpose2d.input(%y, %wt, None, 2, 1, 1) : (tensor<1x4x4x4xf32>, tensor<4x2x3x3xf32>) -> !fx.unknown
    // CHECK: aten.softplus.default(%m, 2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %sp = fx.call_function aten.softplus.default(%m, 2) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.std.default(%m) : (tensor<2x3xf32>) -> tensor<f32>
    %std = fx.call_function aten.std.default(%m) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.var.default(%m, False) : (tensor<2x3xf32>) -> tensor<f32>
    %var = fx.call_function aten.var.default(%m, False) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.std.dim(%m, [1], True, True) : (tensor<2x3xf32>) -> tensor<2x1xf32>
    %stdd = fx.call_function aten.std.dim(%m, [1], True, True) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.std.correction(%m, [0], correction = 0) : (tensor<2x3xf32>) -> tensor<3xf32>
    %stdc = fx.call_function aten.std.correction(%m, [0], correction = 0) : (tensor<2x3xf32>) -> !fx.unknown
    // CHECK: aten.expand_as.default(%c, %i) : (tensor<3x1xf32>, tensor<2x3x4xsi64>) -> tensor<2x3x4xf32>
    %ea = fx.call_function aten.expand_as.default(%c, %i) : (tensor<3x1xf32>, tensor<2x3x4xsi64>) -> !fx.unknown
    // CHECK: aten.layer_norm.default(%y, [4]) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %ln = fx.call_function aten.layer_norm.default(%y, [4]) : (tensor<1x4x4x4xf32>) -> !fx.unknown
    // CHECK: aten.batch_norm.default(%x, None, None, None, None, True, 0.1, 1.0e-05, False) : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
    %bn = fx.call_function aten.batch_norm.default(%x, None, None, None, None, True, 0.1, 1.0e-05, False) : (tensor<1x3x8x8xf32>) -> !fx.unknown
    // CHECK: aten._functional_sym_constrain_range.default(%n, 0, 10, %tok) : (!fx.sym_int<s0>, tensor<f32>) -> tensor<f32>
    %cr = fx.call_function aten._functional_sym_constrain_range.default(%n, 0, 10, %tok) : (!fx.sym_int<s0>, tensor<f32>) -> !fx.unknown
    fx.output((%conv, %convt, %sp, %std, %var, %stdd, %stdc, %ea, %ln, %bn, %cr)) : !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown
  }
}
