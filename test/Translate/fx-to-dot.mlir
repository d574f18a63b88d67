// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --fx-to-dot %s | FileCheck %s
// RUN: fx-translate --fx-to-dot %s | dot -Tsvg -o %t.svg
// RUN: not fx-translate --fx-to-dot %S/Inputs/no-graph.mlir 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: fx-opt %S/Inputs/provenance.mlir --fx-export-pipeline | fx-translate --fx-to-dot | FileCheck %s --check-prefix=PROV
// RUN: fx-opt %S/Inputs/provenance.mlir --fx-export-pipeline | fx-translate --fx-to-dot | dot -Tsvg | FileCheck %s --check-prefix=SVG

// One cluster per graph module and graph; inside, a cluster per nn_module_stack
// frame, nested as the stack nests and shared by the nodes of one module; the
// hook's empty-stack sentinel and a missing stack both mean the graph itself.
// CHECK-LABEL: digraph fx {
// CHECK:      subgraph cluster_0 {
// CHECK-NEXT:   label="@M"; style=bold;
// CHECK-NEXT:   subgraph cluster_1 {
// CHECK-NEXT:     label="@forward"; style=dashed;
// CHECK-NEXT:     n0 [label="x\nx\ntensor<2x4xf32>", shape=ellipse];
// CHECK-NEXT:     n4 [label="neg\naten.neg.default\ntensor<2x4xf32>"];
// CHECK-NEXT:     n5 [label="output\noutput", shape=ellipse];
// CHECK-NEXT:     subgraph cluster_2 {
// CHECK-NEXT:       label="(root)\nM"; style="rounded,filled"; fillcolor="#f2f2f2";
// CHECK-NEXT:       subgraph cluster_3 {
// CHECK-NEXT:         label="block\nBlock";
// CHECK-NEXT:         n1 [label="relu\naten.relu.default\ntensor<2x4xf32>"];
// CHECK-NEXT:         n3 [label="add\naten.add.Tensor\ntensor<2x4xf32>"];
// CHECK-NEXT:         subgraph cluster_4 {
// CHECK-NEXT:           label="block.act\nGELU \"tanh\"";
// CHECK-NEXT:           n2 [label="gelu\naten.gelu.default\ntensor<2x4xf32>"];
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// A nested graph module is a cluster of its own inside its parent's.
// CHECK-NEXT:   subgraph cluster_5 {
// CHECK-NEXT:     label="@branch"; style=bold;
// CHECK-NEXT:     subgraph cluster_6 {
// CHECK-NEXT:       label="@forward"; style=dashed;
// CHECK-NEXT:       n6 [label="y\ny\ntensor<2x4xf32>", shape=ellipse];
// CHECK-NEXT:       n7 [label="output_1\noutput", shape=ellipse];
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT: }
// One edge per use, from the value to its user.
// CHECK-NEXT: n0 -> n1;
// CHECK-NEXT: n1 -> n2;
// CHECK-NEXT: n2 -> n3;
// CHECK-NEXT: n1 -> n3;
// CHECK-NEXT: n3 -> n4;
// CHECK-NEXT: n4 -> n5;
// CHECK-NEXT: n6 -> n7;
// CHECK-NEXT: }
// EMPTY: error: no fx.graph to draw

// Provenance: each node made by a pass is filled with the pass's colour, by
// the newest (last) entry of its from_node; a node replacing another has a
// bold border; the tooltip names pass, action and source. Colours come from
// a fixed palette in the order the graph first names the passes
// (permute_copy's pass first: it is the first node); the legend maps each to
// its pass (names escaped for the table). Nodes without from_node keep the
// default white, and a graph without provenance has no legend.
// PROV-LABEL: digraph fx {
// PROV:      n0 [label="x\nx\ntensor<2x3xf32>", shape=ellipse];
// PROV:      n5 [label="relu\naten.relu.default\ntensor<2x4xf32>", fillcolor="#bebada", tooltip="fx-functionalize-in-place-ops (create) from relu_"];
// PROV-NEXT: n6 [label="view_copy\naten.view_copy.default\ntensor<8xf32>", fillcolor="#8dd3c7", tooltip="fx-replace-view-ops-with-view-copy (create) from view"];
// PROV-NEXT: n7 [label="neg\naten.neg.default\ntensor<8xf32>", fillcolor="#fb8072", style="rounded,filled,bold", tooltip="replace_sub<\"&\"> (replace) from sub"];
// PROV-NEXT: n8 [label="abs\naten.abs.default\ntensor<8xf32>"];
// PROV:      n3 [label="permute_copy\naten.permute_copy.default\ntensor<3x4xf32>", fillcolor="#8dd3c7", tooltip="fx-replace-view-ops-with-view-copy (create) from permute"];
// PROV-NEXT: n4 [label="addmm\naten.addmm.default\ntensor<2x4xf32>", fillcolor="#fdb462", tooltip="fx-decompose (create) from linear"];
// PROV-COUNT-4: }
// PROV-NEXT: legend [shape=plaintext, label=<<table border="0" cellborder="1" cellspacing="2" cellpadding="4"><tr><td border="0">made by pass</td></tr><tr><td bgcolor="#8dd3c7">fx-replace-view-ops-with-view-copy</td></tr><tr><td bgcolor="#fdb462">fx-decompose</td></tr><tr><td bgcolor="#bebada">fx-functionalize-in-place-ops</td></tr><tr><td bgcolor="#fb8072">replace_sub&lt;&quot;&amp;&quot;&gt;</td></tr><tr><td border="3">bold: replaced a node</td></tr></table>>];
// PROV-NEXT: n1 -> n3;
// PROV-NOT:  trace_pass
// Graphviz draws the colours and makes the tooltips titles.
// SVG: <a xlink:title="fx&#45;decompose (create) from linear">
// SVG-NEXT: <path fill="#fdb462"

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %relu = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "M"], ["L__self___block", "block", "Block"]]>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %gelu = fx.call_function aten.gelu.default(%relu) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "M"], ["L__self___block", "block", "Block"], ["L__self___block_act", "block.act", "GELU \"tanh\""]]>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %add = fx.call_function aten.add.Tensor(%gelu, %relu) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "M"], ["L__self___block", "block", "Block"]]>} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %neg = fx.call_function aten.neg.default(%add) {fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    fx.output(%neg) : tensor<2x4xf32>
  }
  fx.graph_module @branch {
    fx.graph @forward {
      %y = fx.placeholder "y" : tensor<2x4xf32>
      fx.output(%y) {name = "output_1"} : tensor<2x4xf32>
    }
  }
}
