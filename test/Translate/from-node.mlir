// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// from_node (#fx.node_source) in the program JSON: the JSON list torch.export's
// serializer writes (NodeSource.to_dict), read back byte-identical.
// RUN: fx-translate --export-fx-json %s | FileCheck %s --check-prefix=SERIALIZED
// RUN: fx-opt %s -o %t.mlir
// RUN: fx-translate --export-fx-json %s | fx-translate --import-fx-json | fx-opt | diff - %t.mlir
//
// Malformed entries are located errors.
// RUN: fx-translate --export-fx-json %s | sed 's/\\"graph_id\\":3/\\"graph_id\\":\\"x\\"/' | not fx-translate --import-fx-json 2>&1 | FileCheck %s --check-prefix=ID
// RUN: fx-translate --export-fx-json %s | sed 's/replace+create/delete/' | not fx-translate --import-fx-json 2>&1 | FileCheck %s --check-prefix=ACTION
// ID: error: from_node field 'graph_id' is not an integer (at $.graph_modules[0].graph_module.graph.nodes[1].metadata.from_node)
// ACTION: error: from_node action 'delete' is not create, replace or both joined by '+' (at $.graph_modules[0].graph_module.graph.nodes[1].metadata.from_node)

fx.graph_module @m {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %r = fx.call_function aten.relu.default(%x) {fx.from_node = [#fx.node_source<name = "gelu", target = "aten.gelu.default", graph_id = 3, pass_name = "p", action = "replace+create", from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "q", action = "create", from_node = []>]>]} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%r) : tensor<2xf32>
  }
}
// SERIALIZED: "from_node":"[{\"action\":\"replace+create\",\"from_node\":[{\"action\":\"create\",\"from_node\":[],\"graph_id\":-1,\"name\":\"\",\"pass_name\":\"q\",\"target\":\"\"}],\"graph_id\":3,\"name\":\"gelu\",\"pass_name\":\"p\",\"target\":\"aten.gelu.default\"}]"
