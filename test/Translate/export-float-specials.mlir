// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Non-finite float args: the program JSON writes them as torch's serializer
// does (torch/_export/serde/serialize.py, _dataclass_to_dict: "Infinity",
// "-Infinity", "NaN"; a torch.export.save of
// `torch.clamp(x, min=-inf, max=inf) + nan` writes exactly these), and the
// importer reads them back.
// RUN: fx-translate --export-pt2-json %s | FileCheck %s --check-prefix=JSON
// RUN: fx-translate --export-pt2-json %s | fx-translate --import-pt2-json | FileCheck %s

// JSON: "as_float":"-Infinity"
// JSON-SAME: "name":"min"
// JSON-SAME: "as_float":"Infinity"
// JSON-SAME: "name":"max"
// JSON-SAME: "as_float":"NaN"
// JSON-SAME: "name":"other"

// CHECK-LABEL: fx.graph_module @model
// CHECK: %clamp = fx.call_function aten.clamp.default(%x, -inf, inf)
// CHECK: %add = fx.call_function aten.add.Tensor(%clamp, nan)
fx.graph_module @model {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
    %clamp = fx.call_function aten.clamp.default(%x, -inf, inf) {fx.arg_names = ["self", "min", "max"]} : (tensor<2xf32>) -> tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%clamp, nan) {fx.arg_names = ["self", "other"]} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%add,)) : tensor<2xf32>
  }
}
