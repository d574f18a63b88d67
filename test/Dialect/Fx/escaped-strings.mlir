// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The strings of every fx attribute printer print as MLIR's printString
// escapes them (llvm::printEscapedString): '\' as `\\`, every byte that is
// not printable ASCII (0x20-0x7E) or is '"' as `\` and two upper-case hex
// digits (`"` is \22, newline \0A, tab \09, DEL \7F, the UTF-8 bytes of
// "é" \C3\A9); the rest as they are. The printers copy a string needing no
// escaping as it is and escape others through printEscapedString: each
// printer below has one string of each kind of character to escape, alone,
// and one string with none.
// RUN: fx-opt %s --split-input-file --mlir-print-local-scope | FileCheck %s
// RUN: fx-opt %s --split-input-file | FileCheck %s --check-prefix=ALIAS
// RUN: fx-opt %s --split-input-file --mlir-print-op-generic --mlir-print-local-scope | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: fx.graph @torch_fn
// CHECK: %add0 = {{.*}} {fx.torch_fn = #fx.torch_fn<"q\22", "b\\">}
// CHECK: %add1 = {{.*}} {fx.torch_fn = #fx.torch_fn<"n\0A t\09", "d\7F">}
// CHECK: %add2 = {{.*}} {fx.torch_fn = #fx.torch_fn<"caf\C3\A9", "plain ~">}
fx.graph_module @m1 {
  fx.graph @torch_fn {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add0 = fx.call_function aten.add.Tensor(%x, %x) {fx.torch_fn = #fx.torch_fn<"q\22", "b\\">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %add1 = fx.call_function aten.add.Tensor(%x, %x) {fx.torch_fn = #fx.torch_fn<"n\0A t\09", "d\7F">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %add2 = fx.call_function aten.add.Tensor(%x, %x) {fx.torch_fn = #fx.torch_fn<"caf\C3\A9", "plain ~">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%x) : tensor<2xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph @dict_keys
// CHECK: {fx.custom = #fx.dict<{"q\22" = 0 : i64, "b\\" = 1 : i64, "n\0A t\09" = 2 : i64, "d\7F" = 3 : i64, "caf\C3\A9" = 4 : i64, "plain ~" = 5 : i64}>}
fx.graph_module @m2 {
  fx.graph @dict_keys {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.custom = #fx.dict<{"q\22" = 0 : i64, "b\\" = 1 : i64, "n\0A t\09" = 2 : i64, "d\7F" = 3 : i64, "caf\C3\A9" = 4 : i64, "plain ~" = 5 : i64}>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%x) : tensor<2xf32>
  }
}

// -----

// The stacks print as alias definitions by default.
// ALIAS: #nn_module_stack = #fx.nn_module_stack<{{\[\[}}"q\22", "b\\", "n\0A t\09"], ["d\7F", "caf\C3\A9", "plain ~"]]>
// ALIAS: #source_fn_stack = #fx.source_fn_stack<{{\[\[}}"q\22", "b\\"], ["n\0A t\09", "d\7F"], ["caf\C3\A9", "plain ~"]]>
// ALIAS-LABEL: fx.graph @stacks
// ALIAS: {fx.nn_module_stack = #nn_module_stack, fx.source_fn_stack = #source_fn_stack}
// CHECK-LABEL: fx.graph @stacks
// CHECK: {fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"q\22", "b\\", "n\0A t\09"], ["d\7F", "caf\C3\A9", "plain ~"]]>, fx.source_fn_stack = #fx.source_fn_stack<{{\[\[}}"q\22", "b\\"], ["n\0A t\09", "d\7F"], ["caf\C3\A9", "plain ~"]]>}
fx.graph_module @m3 {
  fx.graph @stacks {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.nn_module_stack = #fx.nn_module_stack<[["q\22", "b\\", "n\0A t\09"], ["d\7F", "caf\C3\A9", "plain ~"]]>, fx.source_fn_stack = #fx.source_fn_stack<[["q\22", "b\\"], ["n\0A t\09", "d\7F"], ["caf\C3\A9", "plain ~"]]>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%x) : tensor<2xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph @node_source
// CHECK: {fx.from_node = [#fx.node_source<name = "q\22", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "b\\", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "n\0A t\09", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "d\7F", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "caf\C3\A9", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "plain ~", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>]}
fx.graph_module @m4 {
  fx.graph @node_source {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.from_node = [#fx.node_source<name = "q\22", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "b\\", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "n\0A t\09", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "d\7F", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "caf\C3\A9", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>, #fx.node_source<name = "plain ~", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>]} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%x) : tensor<2xf32>
  }
}

// -----

// A device argument prints as an #fx.device in the generic form.
// CHECK-LABEL: fx.graph @device
// CHECK: fx.call_function f(torch.device("q\22"), torch.device("b\\"), torch.device("n\0A t\09"), torch.device("d\7F"), torch.device("caf\C3\A9"), torch.device("plain ~"))
// GENERIC-LABEL: sym_name = "device"
// GENERIC: args = [#fx.device<"q\22">, #fx.device<"b\\">, #fx.device<"n\0A t\09">, #fx.device<"d\7F">, #fx.device<"caf\C3\A9">, #fx.device<"plain ~">]
fx.graph_module @m5 {
  fx.graph @device {
    %d = fx.call_function f(torch.device("q\22"), torch.device("b\\"), torch.device("n\0A t\09"), torch.device("d\7F"), torch.device("caf\C3\A9"), torch.device("plain ~")) : () -> !fx.unknown
    fx.output(%d) : !fx.unknown
  }
}
