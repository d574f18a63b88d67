// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// #fx.torch_fn holds its two texts itself, and bytecode writes them as two
// strings of the string section: text -> bytecode -> text is the text, for
// empty, escaped, non-ASCII and shared texts, and for texts that are also
// string attributes elsewhere in the file (the node name `add`, the target).
// RUN: fx-opt %s --emit-bytecode -o %t.mlirbc
// RUN: fx-opt %t.mlirbc > %t.from-bytecode
// RUN: fx-opt %s > %t.from-text
// RUN: diff -u %t.from-text %t.from-bytecode
// RUN: FileCheck %s --input-file=%t.from-bytecode
// RUN: not grep -a "torch_fn<" %t.mlirbc
// A file written while the texts were string attributes (this input, by the
// fx-opt of session 13: attribute code 5) still reads the same.
// RUN: fx-opt %S/Inputs/torch-fn-string-attrs.mlirbc | diff -u %t.from-text -

// CHECK-LABEL: fx.graph @forward
// CHECK: %add = {{.*}} {fx.torch_fn = #fx.torch_fn<"add", "aten.add.Tensor">}
// CHECK: %add_1 = {{.*}} {fx.torch_fn = #fx.torch_fn<"linear_1", "function.linear">}
// CHECK: %add_2 = {{.*}} {fx.torch_fn = #fx.torch_fn<"linear_2", "function.linear">}
// CHECK: %add_3 = {{.*}} {fx.torch_fn = #fx.torch_fn<"", "">}
// CHECK: %add_4 = {{.*}} {fx.torch_fn = #fx.torch_fn<"k \22quoted\22\0A", "caf\C3\A9.\\">}
// CHECK: %add_5 = {{.*}} {fx.torch_fn = #fx.torch_fn<"function.linear", "linear_1">}
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.torch_fn = #fx.torch_fn<"add", "aten.add.Tensor">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %add_1 = fx.call_function aten.add.Tensor(%add, %x) {fx.torch_fn = #fx.torch_fn<"linear_1", "function.linear">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %add_2 = fx.call_function aten.add.Tensor(%add_1, %x) {fx.torch_fn = #fx.torch_fn<"linear_2", "function.linear">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %add_3 = fx.call_function aten.add.Tensor(%add_2, %x) {fx.torch_fn = #fx.torch_fn<"", "">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %add_4 = fx.call_function aten.add.Tensor(%add_3, %x) {fx.torch_fn = #fx.torch_fn<"k \22quoted\22\0A", "caf\C3\A9.\\">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %add_5 = fx.call_function aten.add.Tensor(%add_4, %x) {fx.torch_fn = #fx.torch_fn<"function.linear", "linear_1">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output(%add_5) : tensor<2xf32>
  }
}
