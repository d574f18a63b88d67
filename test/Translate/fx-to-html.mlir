// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --fx-to-html --split-input-file %s | FileCheck %s
// RUN: not fx-translate --fx-to-html %S/Inputs/no-graph.mlir 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: fx-opt %S/Inputs/provenance.mlir --fx-export-pipeline | fx-translate --fx-to-html | FileCheck %s --check-prefix=PROV
// Each page's two script elements and two comments are the only ones: text
// from the graph cannot end the JSON's element or open a comment in it.
// RUN: fx-translate --fx-to-html --split-input-file %s | grep -c '</script>' | FileCheck %s --check-prefix=SCRIPTS
// RUN: fx-translate --fx-to-html --split-input-file %s | grep -c '<!--' | FileCheck %s --check-prefix=COMMENTS

// The graph is JSON in the page, one cluster or node per line. Clusters come
// before their children: graph module, graph, then one per nn_module_stack
// frame (path and type), nested as the stack nests; the hook's empty-stack
// sentinel and a missing stack both mean the graph itself. Nodes are in graph
// order with their cluster and inputs (node indices, one per use).
// CHECK-LABEL: <script id="fx-graph" type="application/json">{"title":"@M",
// CHECK-NEXT: "clusters":[
// CHECK-NEXT: {"kind":"graph_module","label":"@M","parent":-1},
// CHECK-NEXT: {"kind":"graph","label":"@forward","parent":0},
// CHECK-NEXT: {"kind":"module","label":"","type":"M","parent":1},
// CHECK-NEXT: {"kind":"module","label":"block","type":"Block","parent":2},
// CHECK-NEXT: {"kind":"module","label":"block.act","type":"GELU \"tanh\"","parent":3}],
// CHECK-NEXT: "passes":[],
// CHECK-NEXT: "nodes":[
// CHECK-NEXT: {"name":"x","kind":"placeholder","target":"x","type":"tensor<2x4xf32>","cluster":1,"inputs":[],"attrs":{},"loc":"loc(\"{{[^"]*}}\":{{[0-9]+}}:{{[0-9]+}})","mlir":"%x = fx.placeholder \"x\" : tensor<2x4xf32>"},
// CHECK-NEXT: {"name":"relu","kind":"call_function","target":"aten.relu.default","type":"tensor<2x4xf32>","cluster":3,"inputs":[0],"stack":{{\[\["L__self__","","M"\],\["L__self___block","block","Block"\]\]}},"attrs":{},
// CHECK-NEXT: {"name":"gelu",{{.*}}"cluster":4,"inputs":[1],"stack":{{\[\["L__self__","","M"\],\["L__self___block","block","Block"\],\["L__self___block_act","block.act","GELU \\"tanh\\""\]\]}},
// CHECK-NEXT: {"name":"add",{{.*}}"cluster":3,"inputs":[2,1],
// CHECK-NEXT: {"name":"neg",{{.*}}"cluster":1,"inputs":[3],
// CHECK-NEXT: {"name":"output","kind":"output","target":"output","type":"","cluster":1,"inputs":[4],{{.*}}"mlir":"fx.output(%neg) : tensor<2x4xf32>"}]}</script>
// EMPTY: error: no fx.graph to draw

// Provenance: the passes that made nodes (by the newest, last, entry of each
// node's from_node), in the order the graph first names them, with the
// palette's colours in order; each such node names its pass, whether it
// replaced a node, and its whole history, each entry before its own
// (depth 1: permute_copy's permute came from linear by fx-decompose). The
// from_node attribute is not repeated among the other attributes.
// PROV-LABEL: "passes":[
// PROV-NEXT: {"name":"fx-replace-view-ops-with-view-copy","color":"#8dd3c7"},
// PROV-NEXT: {"name":"fx-decompose","color":"#fdb462"},
// PROV-NEXT: {"name":"fx-functionalize-in-place-ops","color":"#bebada"},
// PROV-NEXT: {"name":"replace_sub<\"&\">","color":"#fb8072"}],
// PROV-NEXT: "nodes":[
// PROV-NEXT: {"name":"x",{{.*}}"inputs":[],"attrs":{},
// PROV-NEXT: {"name":"w",
// PROV-NEXT: {"name":"b",
// PROV-NEXT: {"name":"permute_copy",{{.*}}"pass":0,"from_node":[{"depth":0,"name":"permute","target":"aten.permute.default","graph_id":0,"pass_name":"fx-replace-view-ops-with-view-copy","action":"create"},{"depth":1,"name":"linear","target":"aten.linear.default","graph_id":0,"pass_name":"fx-decompose","action":"create"}],"attrs":{"fx.original_aten":"#fx.operator<\"aten.t.default\">","fx.torch_fn":
// PROV-NEXT: {"name":"addmm",{{.*}}"pass":1,"from_node":[{"depth":0,"name":"linear","target":"aten.linear.default","graph_id":0,"pass_name":"fx-decompose","action":"create"}],"attrs":{"fx.original_aten":"#fx.operator<\"aten.addmm.default\">","fx.torch_fn":
// PROV-NEXT: {"name":"relu",{{.*}}"pass":2,"from_node":[{"depth":0,"name":"relu_","target":"aten.relu_.default","graph_id":0,"pass_name":"fx-functionalize-in-place-ops","action":"create"}],"attrs":{"fx.original_aten":"#fx.operator<\"aten.relu.default\">","fx.torch_fn":
// PROV-NEXT: {"name":"view_copy",{{.*}}"pass":0,
// PROV-NEXT: {"name":"neg",{{.*}}"pass":3,"replaced":true,"from_node":[{"depth":0,"name":"","target":"","graph_id":-1,"pass_name":"trace_pass","action":"create"},{"depth":0,"name":"sub","target":"aten.sub.Tensor","graph_id":3,"pass_name":"replace_sub<\"&\">","action":"replace"}],"attrs":{"fx.original_aten":"#fx.operator<\"aten.neg.default\">"},
// PROV-NEXT: {"name":"abs",{{.*}}"inputs":[7],"stack":{{.*}},"attrs":{"fx.original_aten":"#fx.operator<\"aten.abs.default\">"},"loc"
// PROV-NEXT: {"name":"output",

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %relu = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "M"], ["L__self___block", "block", "Block"]]>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %gelu = fx.call_function aten.gelu.default(%relu) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "M"], ["L__self___block", "block", "Block"], ["L__self___block_act", "block.act", "GELU \"tanh\""]]>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %add = fx.call_function aten.add.Tensor(%gelu, %relu) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "M"], ["L__self___block", "block", "Block"]]>} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %neg = fx.call_function aten.neg.default(%add) {fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    fx.output(%neg) : tensor<2x4xf32>
  }
}

// -----

// A nested graph module is a cluster in its parent's; the get_attr that
// fetches it names its cluster. Metadata attributes are printed as fx
// writes them, a stack trace as FX's stack_trace text, and the node as fx.
// CHECK-LABEL: {"title":"@Cond",
// CHECK-NEXT: "clusters":[
// CHECK-NEXT: {"kind":"graph_module","label":"@Cond","parent":-1},
// CHECK-NEXT: {"kind":"graph","label":"@forward","parent":0},
// CHECK-NEXT: {"kind":"graph_module","label":"@true_graph_0","parent":0},
// CHECK-NEXT: {"kind":"graph","label":"@forward","parent":2}],
// CHECK-NEXT: "passes":[],
// CHECK-NEXT: "nodes":[
// CHECK-NEXT: {"name":"x",
// CHECK-NEXT: {"name":"true_graph_0","kind":"get_attr","target":"@true_graph_0","type":"!fx.graph_module","cluster":1,"inputs":[],"graph_module":2,
// CHECK-NEXT: {"name":"sin",{{.*}}"attrs":{"fx.custom":"#fx.dict<{\"note\" = \"\u003c/script>\u003c!-- in metadata\"}>","fx.torch_fn":"#fx.torch_fn<\"sin\", \"method_descriptor.sin\">"},"trace":"  File \"model.py\", line 7, in forward\n    return x.sin()\n","mlir":"%sin = fx.call_function aten.sin.default(%x) {fx.custom =
// CHECK-NEXT: {"name":"output",
// CHECK-NEXT: {"name":"y","kind":"placeholder",{{.*}}"cluster":3,
// CHECK-NEXT: {"name":"output_1",{{.*}}"cluster":3,"inputs":[4],
// SCRIPTS: 6
// COMMENTS: 6

fx.graph_module @Cond {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %true_graph_0 = fx.get_attr @true_graph_0 : !fx.graph_module
    %sin = fx.call_function aten.sin.default(%x) {fx.custom = #fx.dict<{"note" = "</script><!-- in metadata"}>, fx.torch_fn = #fx.torch_fn<"sin", "method_descriptor.sin">} : (tensor<2xf32>) -> tensor<2xf32> loc(fused<"return x.sin()">["forward"("model.py":7:0)])
    fx.output(%sin) : tensor<2xf32>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %y = fx.placeholder "y" : tensor<2xf32>
      fx.output(%y) {name = "output_1"} : tensor<2xf32>
    }
  }
}

// -----

// The palette has 11 colours; the twelfth pass reuses the first.
// CHECK-LABEL: {"title":"@Passes",
// CHECK:      "passes":[
// CHECK-NEXT: {"name":"p0","color":"#8dd3c7"},
// CHECK-NEXT: {"name":"p1","color":"#fdb462"},
// CHECK-NEXT: {"name":"p2","color":"#bebada"},
// CHECK-NEXT: {"name":"p3","color":"#fb8072"},
// CHECK-NEXT: {"name":"p4","color":"#80b1d3"},
// CHECK-NEXT: {"name":"p5","color":"#b3de69"},
// CHECK-NEXT: {"name":"p6","color":"#fccde5"},
// CHECK-NEXT: {"name":"p7","color":"#ffed6f"},
// CHECK-NEXT: {"name":"p8","color":"#bc80bd"},
// CHECK-NEXT: {"name":"p9","color":"#ccebc5"},
// CHECK-NEXT: {"name":"p10","color":"#ffffb3"},
// CHECK-NEXT: {"name":"p11","color":"#8dd3c7"}],
// CHECK:      {"name":"a11",{{.*}}"pass":11,

fx.graph_module @Passes {
  fx.graph @forward {
    %a0 = fx.placeholder "a0" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p0", action = "create", from_node = []>]} : tensor<2xf32>
    %a1 = fx.placeholder "a1" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p1", action = "create", from_node = []>]} : tensor<2xf32>
    %a2 = fx.placeholder "a2" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p2", action = "create", from_node = []>]} : tensor<2xf32>
    %a3 = fx.placeholder "a3" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p3", action = "create", from_node = []>]} : tensor<2xf32>
    %a4 = fx.placeholder "a4" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p4", action = "create", from_node = []>]} : tensor<2xf32>
    %a5 = fx.placeholder "a5" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p5", action = "create", from_node = []>]} : tensor<2xf32>
    %a6 = fx.placeholder "a6" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p6", action = "create", from_node = []>]} : tensor<2xf32>
    %a7 = fx.placeholder "a7" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p7", action = "create", from_node = []>]} : tensor<2xf32>
    %a8 = fx.placeholder "a8" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p8", action = "create", from_node = []>]} : tensor<2xf32>
    %a9 = fx.placeholder "a9" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p9", action = "create", from_node = []>]} : tensor<2xf32>
    %a10 = fx.placeholder "a10" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p10", action = "create", from_node = []>]} : tensor<2xf32>
    %a11 = fx.placeholder "a11" {fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "p11", action = "create", from_node = []>]} : tensor<2xf32>
    fx.output(%a11) : tensor<2xf32>
  }
}
