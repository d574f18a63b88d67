// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx graph module JSON (docs/Translate.md, "Plain graph modules"): the nodes,
// arguments, types and submodules of any torch.fx graph, not only of exported
// programs. Inputs/fx-json/plain.json is written by hand.
// RUN: fx-translate --import-fx-json %S/Inputs/fx-json/plain.json --mlir-print-local-scope --mlir-print-debuginfo | FileCheck %s
// --export-fx-json is its inverse: fx -> JSON -> fx is byte-identical.
// RUN: fx-translate --import-fx-json %S/Inputs/fx-json/plain.json --mlir-print-debuginfo -o %t.mlir
// RUN: fx-translate --export-fx-json %t.mlir | fx-translate --import-fx-json --mlir-print-debuginfo | diff %t.mlir -
// RUN: fx-translate --export-fx-json %t.mlir | FileCheck %s --check-prefix=FXJSON
// FXJSON: "module_class":"torch.nn.modules.linear.Linear","name":"fc","op":"call_module"

// CHECK-LABEL: fx.graph_module @Net {
// CHECK-NEXT: fx.module_attr parameter @fc.weight : tensor<3x4xf32>
// CHECK-NEXT: fx.graph @forward {
// CHECK-NEXT: %x = fx.placeholder "x" : tensor<?x4xf32, #fx.dims<[s3]>>
// CHECK-NEXT: %n = fx.placeholder "n" = 2 : !fx.sym_int<2>
// CHECK-NEXT: %fc_weight = fx.get_attr @fc.weight : tensor<3x4xf32>
// CHECK-NEXT: %fc = fx.call_module fc "torch.nn.modules.linear.Linear"(%x) {fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"fc", "fc", "torch.nn.modules.linear.Linear"]]>} : (tensor<?x4xf32, #fx.dims<[s3]>>) -> !fx.unknown loc(fused<"return self.fc(x).view(-1)">["forward"("m.py":5:0)])
// An empty nn_module_stack is the root module's: an empty stack.
// CHECK-NEXT: %view = fx.call_method view(%fc, -1) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (!fx.unknown) -> tuple<none, !fx.sym_bool>
// CHECK-NEXT: %getitem = fx.call_function operator.getitem(%view, (slice(None, 2, None), ...)) : (tuple<none, !fx.sym_bool>) -> tensor<2xf32>
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%getitem, %getitem, alpha = inf) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
// Dicts keep their order.
// CHECK-NEXT: fx.output([%add, {"z": %n, "a": torch.float32}]) : tensor<2xf32>, !fx.sym_int<2>
// CHECK: fx.graph_module @body {
// CHECK-NEXT: fx.graph @forward {
// CHECK-NEXT: %a = fx.placeholder "a" : !fx.unknown
// CHECK-NEXT: fx.output(%a) : !fx.unknown

// Malformed documents (derived from plain.json): an error naming the file and
// the JSON path, a non-zero exit, never a crash.
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/truncated.json 2>&1 | FileCheck %s --check-prefix=TRUNCATED
// TRUNCATED: truncated.json:0:0: error: invalid JSON: [7:10, byte=300]: Unterminated string (at $)
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/wrong-type.json 2>&1 | FileCheck %s --check-prefix=TYPE
// TYPE: wrong-type.json:0:0: error: expected a string (at $.graph_modules[0].graph_module.graph.nodes[4].target)
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/dangling.json 2>&1 | FileCheck %s --check-prefix=DANGLING
// DANGLING: error: 'nowhere' names no node of the graph (at $.graph_modules[0].graph_module.graph.nodes[4].inputs[0].arg.as_value.name)
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/cycle.json 2>&1 | FileCheck %s --check-prefix=CYCLE
// CYCLE: error: 'getitem' is used before the node that defines it (the nodes are out of order or form a cycle) (at $.graph_modules[0].graph_module.graph.nodes[4].inputs[0].arg.as_value.name)
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/unknown-op.json 2>&1 | FileCheck %s --check-prefix=OP
// OP: error: unknown node op 'call_everything' (at $.graph_modules[0].graph_module.graph.nodes[4].op)
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/unknown-type.json 2>&1 | FileCheck %s --check-prefix=FXTYPE
// FXTYPE: error: unknown type kind 'complex_thing' (at $.graph_modules[0].graph_module.graph.value_types.fc)
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/no-module-class.json 2>&1 | FileCheck %s --check-prefix=CLASS
// CLASS: error: missing field 'module_class' (at $.graph_modules[0].graph_module.graph.nodes[3])
// RUN: not fx-translate --import-fx-json %S/Inputs/fx-json/duplicate-name.json 2>&1 | FileCheck %s --check-prefix=TWICE
// TWICE: error: node name 'x' is defined twice (at $.graph_modules[0].graph_module.graph.nodes[1].name)
// A program JSON is no fx graph module JSON.
// RUN: not fx-translate --import-fx-json %S/Inputs/linear_relu.json 2>&1 | FileCheck %s --check-prefix=PROGRAM
// PROGRAM: error: missing field 'graph_modules' (at $)
