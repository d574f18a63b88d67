// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A symbolic size or stride is written with its hint, the value of its
// expression at the symbols' hints, as torch.export.save writes it (a
// (2, s, 3) input exported with s = 4 has the stride hint 12 = 3 * 4).
// fx-mlir keeps no example inputs: a symbol's hint is the lowest size of
// its range that is at least 2, here 5, so the stride 3 * s0 has hint 15.
// RUN: fx-translate --export-pt2-json %s | FileCheck %s

// CHECK: "x":{
// CHECK-SAME: "sizes":[{"as_int":2},{"as_expr":{"expr_str":"{{[^"]*}}","hint":{"as_int":5}}},{"as_int":3}]
// CHECK-SAME: "strides":[{"as_expr":{"expr_str":"{{[^"]*}}","hint":{"as_int":15}}},{"as_int":3},{"as_int":1}]
fx.graph_module @model {
  fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 = [5, 64]}>} {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2x?x3xf32, #fx.dims<[s0]>>
    %relu = fx.call_function aten.relu.default(%x) {fx.arg_names = ["self"]} : (tensor<2x?x3xf32, #fx.dims<[s0]>>) -> tensor<2x?x3xf32, #fx.dims<[s0]>>
    fx.output((%relu,)) : tensor<2x?x3xf32, #fx.dims<[s0]>>
  }
}
