// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Floats in the program JSON and the fx graph module JSON are spelled as
// torch.export.save spells them: Python's repr, as json.dumps writes it (torch
// 2.13's model.json for `aten.add.Scalar(x, v)` holds `"as_float": 1.0`,
// `-0.0`, `1e-05`, `1e+16`, `0.1`, `5e-324`, and `"as_floats": [2.0, 3.0]` for
// upsample_nearest2d's scales). LLVM's JSON writer spelled 1.0 as `1` and -0.0
// as `-0`, which Python reads as the ints 1 and 0. Custom metadata is
// json.dumps text, non-finite floats included.
// RUN: fx-translate --export-pt2-json %s | FileCheck %s
// RUN: fx-translate --export-fx-json %s | FileCheck %s --check-prefix=FX
// fx-translate reads the sign of zero and whole floats back, in arguments and
// in custom metadata (json.loads('{"a": 1.0, "b": -0.0}') holds two floats),
// and, as json.loads, the bare Infinity of the custom text.
// RUN: fx-translate --export-pt2-json %s | fx-translate --import-pt2-json --mlir-print-local-scope | FileCheck %s --check-prefix=READ
// READ: fx.custom = #fx.dict<{"a" = 1.000000e+00 : f64, "b" = -0.000000e+00 : f64, "c" = 1.000000e-05 : f64, "i" = 0x7FF0000000000000 : f64}>
// READ: aten.add.Scalar(%a, -0.0)

// CHECK: "as_float":1.0}
// CHECK-SAME: "custom":"{\"a\":1.0,\"b\":-0.0,\"c\":1e-05,\"i\":Infinity}"
// CHECK-SAME: "as_float":-0.0}
// CHECK-SAME: "as_float":1e-05}
// CHECK-SAME: "as_float":1e+16}
// CHECK-SAME: "as_float":0.1}
// CHECK-SAME: "as_float":5e-324}
// CHECK-SAME: "as_floats":[2.0,3.0]

// FX: "as_float":1.0}
// FX-SAME: "as_float":-0.0}
// FX-SAME: "as_float":1e-05}
// FX-SAME: "as_float":1e+16}
// FX-SAME: "as_float":0.1}
// FX-SAME: "as_float":5e-324}
// FX-SAME: "as_list":[{"as_float":2.0},{"as_float":3.0}]
fx.graph_module @model {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<1x1x2x2xf32>
    %a = fx.call_function aten.add.Scalar(%x, 1.0) {fx.arg_names = ["self", "other"], fx.custom = #fx.dict<{"b" = -0.0 : f64, "a" = 1.0 : f64, "c" = 1.0e-05 : f64, "i" = 0x7FF0000000000000 : f64}>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
    %b = fx.call_function aten.add.Scalar(%a, -0.0) {fx.arg_names = ["self", "other"]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
    %c = fx.call_function aten.add.Scalar(%b, 1.0e-05) {fx.arg_names = ["self", "other"]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
    %d = fx.call_function aten.add.Scalar(%c, 1.0e+16) {fx.arg_names = ["self", "other"]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
    %e = fx.call_function aten.add.Scalar(%d, 0.1) {fx.arg_names = ["self", "other"]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
    %f = fx.call_function aten.add.Scalar(%e, 5.0e-324) {fx.arg_names = ["self", "other"]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
    %g = fx.call_function aten.upsample_nearest2d.vec(%f, None, [2.0, 3.0]) {fx.arg_names = ["input", "output_size", "scale_factors"]} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x6xf32>
    fx.output((%g,)) : tensor<1x1x4x6xf32>
  }
}
