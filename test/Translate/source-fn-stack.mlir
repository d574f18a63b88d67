// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// source_fn_stack, seq_nr and original_aten in the program JSON: the text
// torch.export's serializer writes for source_fn_stack (`name,target;...`),
// and for the keys it drops the JSON text the FX-JSON writer gives them
// (python/fx_mlir/importer.py), read back byte-identical through .pt2 and
// FX JSON. test/Python/source_fn_stack_pt2.py checks the text against
// PyTorch's own.
// RUN: fx-translate --export-fx-json %s | FileCheck %s --check-prefix=SERIALIZED
// RUN: fx-opt %s -o %t.mlir
// RUN: fx-translate --export-fx-json %s | fx-translate --import-fx-json | fx-opt | diff - %t.mlir
// RUN: fx-translate --export-pt2 %s -o %t.pt2
// RUN: fx-translate --import-pt2 %t.pt2 --mlir-print-local-scope | FileCheck %s --check-prefix=PT2
// PT2: %r = fx.call_function aten.relu.default(%x) {fx.arg_names = ["self"], fx.original_aten = #fx.operator<"aten.t.default">, fx.seq_nr = 7 : i64, fx.source_fn_stack = #fx.source_fn_stack<{{\[\[}}"relu", "torch.relu"]]>}
// PT2: %l = fx.call_function aten.add.Tensor(%r, %r) {fx.arg_names = ["self", "other"], fx.source_fn_stack = #fx.source_fn_stack<{{\[\[}}"fc", "torch.nn.modules.linear.Linear"], ["add", "_operator.add"]]>}
//
// An entry that is not `name,target` is a located error, as in torch's reader.
// RUN: fx-translate --export-fx-json %s | sed 's/relu,torch.relu/relu/' | not fx-translate --import-fx-json 2>&1 | FileCheck %s --check-prefix=ENTRY
// ENTRY: error: source_fn_stack entry 'relu' is not 'name,target' (at $.graph_modules[0].graph_module.graph.nodes[1].metadata.source_fn_stack)
// Text of another form stays generic, in fx.meta.
// RUN: fx-translate --export-fx-json %s | sed -e 's/"seq_nr":"7"/"seq_nr":"07"/' -e 's/aten.t.default/t/' | fx-translate --import-fx-json --mlir-print-local-scope | FileCheck %s --check-prefix=GENERIC
// GENERIC: fx.meta = #fx.dict<{"original_aten" = "\22t\22", "seq_nr" = "07"}>
// An empty stack is no stack, as torch's reader reads it.
// RUN: fx-translate --export-fx-json %s | sed 's/"relu,torch.relu"/""/' | fx-translate --import-fx-json | FileCheck %s --check-prefix=EMPTY
// EMPTY: %r = fx.call_function aten.relu.default(%x) {fx.original_aten
// EMPTY-NOT: fx.source_fn_stack
// EMPTY-SAME: fx.seq_nr = 7 : i64} :
// and an empty stack is not written, as torch.export's serializer does.
// RUN: sed 's/<\[\["relu", "torch.relu"\]\]>/<[]>/' %s | fx-translate --export-fx-json | FileCheck %s --check-prefix=EMPTYOUT
// EMPTYOUT: "metadata":{"original_aten":"\"aten.t.default\"","seq_nr":"7"}

fx.graph_module @m {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %r = fx.call_function aten.relu.default(%x) {fx.original_aten = #fx.operator<"aten.t.default">, fx.seq_nr = 7 : i64, fx.source_fn_stack = #fx.source_fn_stack<[["relu", "torch.relu"]]>} : (tensor<2xf32>) -> tensor<2xf32>
    %l = fx.call_function aten.add.Tensor(%r, %r) {fx.source_fn_stack = #fx.source_fn_stack<[["fc", "torch.nn.modules.linear.Linear"], ["add", "_operator.add"]]>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%l) : tensor<2xf32>
  }
}
// SERIALIZED: "metadata":{"original_aten":"\"aten.t.default\"","seq_nr":"7","source_fn_stack":"relu,torch.relu"}
// SERIALIZED: "metadata":{"source_fn_stack":"fc,torch.nn.modules.linear.Linear;add,_operator.add"}
