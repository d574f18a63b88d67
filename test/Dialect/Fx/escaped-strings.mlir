// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The strings of every fx attribute printer print as MLIR's printString
// escapes them (llvm::printEscapedString): '\' as `\\`, every byte that is
// not printable ASCII (0x20-0x7E) or is '"' as `\` and two upper-case hex
// digits (`"` is \22, newline \0A, tab \09, DEL \7F, the UTF-8 bytes of
// "é" \C3\A9); the rest as they are. The printers write a string needing no
// escaping in one piece and go through printString otherwise: each string
// below has one character of each kind, and one string in each printer none.
// RUN: fx-opt %s --split-input-file --mlir-print-local-scope | FileCheck %s
// RUN: fx-opt %s --split-input-file | FileCheck %s --check-prefix=ALIAS
// RUN: fx-opt %s --split-input-file --mlir-print-op-generic --mlir-print-local-scope | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: fx.graph @torch_fn
// CHECK: fx.torch_fn = #fx.torch_fn<"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain name ~">
fx.graph_module @m1 {
  fx.graph @torch_fn {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.torch_fn = #fx.torch_fn<"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain name ~">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%add) : tensor<2xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph @dict_keys
// CHECK: fx.custom = #fx.dict<{"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~" = 1 : i64, "plain key ~" = "v"}>
fx.graph_module @m2 {
  fx.graph @dict_keys {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.custom = #fx.dict<{"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~" = 1 : i64, "plain key ~" = "v"}>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%add) : tensor<2xf32>
  }
}

// -----

// The stacks print as alias definitions by default.
// ALIAS-LABEL: #nn_module_stack = #fx.nn_module_stack<{{\[\[}}"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain path ~", ""]]>
// ALIAS: #source_fn_stack = #fx.source_fn_stack<{{\[\[}}"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain target ~"]]>
// CHECK-LABEL: fx.graph @stacks
// CHECK: fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain path ~", ""]]>
// CHECK-SAME: fx.source_fn_stack = #fx.source_fn_stack<{{\[\[}}"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain target ~"]]>
fx.graph_module @m3 {
  fx.graph @stacks {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.nn_module_stack = #fx.nn_module_stack<[["q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain path ~", ""]]>, fx.source_fn_stack = #fx.source_fn_stack<[["q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", "plain target ~"]]>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%add) : tensor<2xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph @node_source
// CHECK: fx.from_node = [#fx.node_source<name = "q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", target = "aten.add.Tensor", graph_id = 0, pass_name = "p", action = "create", from_node = [#fx.node_source<name = "plain name ~", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>]>]
fx.graph_module @m4 {
  fx.graph @node_source {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.from_node = [#fx.node_source<name = "q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~", target = "aten.add.Tensor", graph_id = 0, pass_name = "p", action = "create", from_node = [#fx.node_source<name = "plain name ~", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>]>]} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%add) : tensor<2xf32>
  }
}

// -----

// A device argument prints as an attribute in the generic form.
// CHECK-LABEL: fx.graph @device
// CHECK: fx.call_function f(torch.device("q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~"), torch.device("plain ~"))
// GENERIC-LABEL: sym_name = "device"
// GENERIC: args = [#fx.device<"q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~">, #fx.device<"plain ~">]
fx.graph_module @m5 {
  fx.graph @device {
    %d = fx.call_function f(torch.device("q\22 b\\ n\0A t\09 d\7F caf\C3\A9 ~"), torch.device("plain ~")) : () -> !fx.unknown
    fx.output(%d) : !fx.unknown
  }
}
