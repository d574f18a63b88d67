// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// nn_module_stack entries are `key,path,type` joined by ';' in the program
// JSON; a path of strict export (torch.compile's source names) holds commas
// inside brackets and parentheses, which torch's deserializer
// (torch/_export/serde/serialize.py, metadata_split) does not split at:
// GraphModuleDeserializer().deserialize_metadata gives the entries below.
// RUN: fx-translate --export-pt2-json %s | FileCheck %s --check-prefix=JSON
// RUN: fx-translate --export-pt2-json %s | fx-translate --import-pt2-json --mlir-print-local-scope | FileCheck %s

// JSON: "nn_module_stack":"L__self___layers_0,getattr(L['self'].layers, '0'),torch.nn.modules.linear.Linear;L__self___d,L['self'].d[0, 1],mod.D"

// CHECK-LABEL: fx.graph_module @model
// CHECK: %relu = fx.call_function aten.relu.default(%x) {{.*}}fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"L__self___layers_0", "getattr(L['self'].layers, '0')", "torch.nn.modules.linear.Linear"], ["L__self___d", "L['self'].d[0, 1]", "mod.D"]]>
fx.graph_module @model {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
    %relu = fx.call_function aten.relu.default(%x) {fx.arg_names = ["self"], fx.nn_module_stack = #fx.nn_module_stack<[["L__self___layers_0", "getattr(L['self'].layers, '0')", "torch.nn.modules.linear.Linear"], ["L__self___d", "L['self'].d[0, 1]", "mod.D"]]>} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%relu,)) : tensor<2xf32>
  }
}
