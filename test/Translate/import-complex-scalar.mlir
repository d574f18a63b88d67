// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Python complex scalar arguments. torch.export writes them as `as_complex`
// {"real", "imag"} (torch/_export/serde/schema.py ComplexValue), non-finite
// parts as "Infinity", "-Infinity", "NaN" (as it writes floats; this file's
// graph has one); fx-translate reads them as
// `complex(re, im)` (#fx.complex) and writes them back the same way, to .pt2
// and to fx graph module JSON.
//
// Inputs/complex_scalars.pt2 is torch 2.13's torch.export.save of the
// ComplexScalars model of utils/gen_pt2_fixtures.py:
//   torch.mul(x, 1 + 2j), torch.add(x, complex(-2.5, 0.5)), torch.full((2,), complex(0.0, -1.5))
// (test/Translate/torch-roundtrip.py runs it after the round trip).
// RUN: fx-translate --import-pt2 %S/Inputs/complex_scalars.pt2 | FileCheck %s --check-prefix=TORCH
// TORCH: %mul = fx.call_function aten.mul.Tensor(%x, complex(1.0, 2.0)) {{.*}} : (tensor<2xf32>) -> tensor<2xcomplex<f32>>
// TORCH: %add = fx.call_function aten.add.Tensor(%x, complex(-2.5, 0.5)) {{.*}} : (tensor<2xf32>) -> tensor<2xcomplex<f32>>
// TORCH: %full = fx.call_function aten.full.default([2], complex(0.0, -1.5), device = torch.device("cpu"), pin_memory = False) {{.*}} : () -> tensor<2xcomplex<f32>>
// .pt2 -> fx -> .pt2 -> fx gives the same text, and the types check.
// RUN: fx-translate --import-pt2 %S/Inputs/complex_scalars.pt2 -o %t.mlir
// RUN: fx-translate --export-pt2 %t.mlir -o %t.pt2
// RUN: fx-translate --import-pt2 %t.pt2 | diff %t.mlir -
// RUN: fx-opt %t.mlir --fx-infer-types=mode=check -o /dev/null
//
// The program JSON written for this file, and read back.
// RUN: fx-translate --export-pt2-json %s | FileCheck %s --check-prefix=JSON
// JSON: "as_complex":{"imag":2.0,"real":-1.0}
// JSON-SAME: "name":"other"
// JSON: "as_complex":{"imag":"-Infinity","real":0.25}
// JSON-SAME: "name":"fill_value"
// RUN: fx-translate --export-pt2-json %s | fx-translate --import-pt2-json | FileCheck %s
// The fx graph module JSON (the Python importer's route) too.
// RUN: fx-translate --export-fx-json %s | fx-translate --import-fx-json | FileCheck %s
//
// A ComplexValue without both parts, or with a part that is no number, is refused
// where it is.
// RUN: fx-translate --export-pt2-json %s | sed 's/"imag":2.0,//' | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=NO-IMAG
// NO-IMAG: error: missing field 'imag' (at $.graph_module.graph.nodes[0].inputs[1].arg.as_complex)
// RUN: fx-translate --export-pt2-json %s | sed 's/"real":0.25/"real":"0.25"/' | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=NOT-A-NUMBER
// NOT-A-NUMBER: error: expected a number (at $.graph_module.graph.nodes[1].inputs[1].arg.as_complex.real)

// CHECK-LABEL: fx.graph_module @model
// CHECK: %mul = fx.call_function aten.mul.Tensor(%x, complex(-1.0, 2.0))
// CHECK: %full = fx.call_function aten.full.default([2], complex(0.25, -inf))
fx.graph_module @model {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
    %mul = fx.call_function aten.mul.Tensor(%x, complex(-1.0, 2.0)) {fx.arg_names = ["self", "other"]} : (tensor<2xf32>) -> tensor<2xcomplex<f32>>
    %full = fx.call_function aten.full.default([2], complex(0.25, -inf)) {fx.arg_names = ["size", "fill_value"]} : () -> tensor<2xcomplex<f32>>
    fx.output((%mul, %full)) : tensor<2xcomplex<f32>>, tensor<2xcomplex<f32>>
  }
}
