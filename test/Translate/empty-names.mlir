// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A name that becomes a symbol (a graph module, a parameter, a subgraph, a
// get_attr target) must not be empty: MLIR prints an empty symbol name as
// `@<<INVALID EMPTY SYMBOL>>`, which does not read back. CI's fx-fuzz-pt2
// found an archive whose import printed so; the readers now refuse such
// names where they read them, and the dialect refuses empty symbols.

// RUN: sed 's/"parameter_name": "fc.weight"/"parameter_name": ""/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=LIFTED
// LIFTED: error: expected a non-empty name (at $.graph_module.signature.input_specs[0].parameter.parameter_name)

// RUN: fx-translate --import-pt2 %S/Inputs/cond.pt2 | fx-translate --export-pt2-json | sed 's/"name":"true_graph_0"/"name":""/' | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=SUBGRAPH
// SUBGRAPH: error: expected a non-empty name (at $.graph_module.graph.nodes[{{[0-9]+}}].inputs[1].arg.as_graph.name)

// RUN: %python %S/Inputs/rename_record.py %S/Inputs/linear_relu.pt2 %t.model.pt2 linear_relu/models/model.json linear_relu/models/.json
// RUN: not fx-translate --import-pt2 %t.model.pt2 2>&1 | FileCheck %s --check-prefix=MODEL
// MODEL: model.pt2:linear_relu/models/.json:0:0: error: the program record has no model name

// State the graph does not use is read from the constants config, keyed by name.
// RUN: %python %S/Inputs/rename_record.py %S/Inputs/constants.pt2 %t.config.pt2 constants/data/constants/model_constants_config.json --replace '"offset"' '""'
// RUN: not fx-translate --import-pt2 %t.config.pt2 2>&1 | FileCheck %s --check-prefix=CONFIG
// CONFIG: config.pt2:constants/data/constants/model_constants_config.json:0:0: error: expected a non-empty name (at $.config.)

// RUN: sed 's/"name": "Net"/"name": ""/' %S/Inputs/fx-json/plain.json | not fx-translate --import-fx-json 2>&1 | FileCheck %s --check-prefix=FX-MODULE
// FX-MODULE: error: expected a non-empty name (at $.graph_modules[0].name)
// RUN: sed 's/"kind": "parameter", "name": "fc.weight"/"kind": "parameter", "name": ""/' %S/Inputs/fx-json/plain.json | not fx-translate --import-fx-json 2>&1 | FileCheck %s --check-prefix=FX-ATTR
// FX-ATTR: error: expected a non-empty name (at $.graph_modules[0].graph_module.module_attrs[0].name)
// RUN: sed 's/"op": "get_attr", "name": "fc_weight", "target": "fc.weight"/"op": "get_attr", "name": "fc_weight", "target": ""/' %S/Inputs/fx-json/plain.json | not fx-translate --import-fx-json 2>&1 | FileCheck %s --check-prefix=FX-GET-ATTR
// FX-GET-ATTR: error: expected a non-empty name (at $.graph_modules[0].graph_module.graph.nodes[2].target)

// The dialect's own rule, for IR built by other means (generic form: `@""`
// itself is refused before parsing, see test/Dialect/Fx/empty-symbol.mlir).
// RUN: not fx-opt %s 2>&1 | FileCheck %s --check-prefix=DIALECT
// DIALECT: empty-names.mlir:[[@LINE+2]]:3: error: 'fx.module_attr' op attribute 'sym_name' failed to satisfy constraint: string attribute whose value is not empty
fx.graph_module @M {
  "fx.module_attr"() <{kind = 0 : i32, sym_name = "", type = tensor<2xf32>}> : () -> ()
  fx.graph @forward {
    fx.output(None)
  }
}
