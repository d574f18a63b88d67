// FX node names survive print -> parse exactly. A name is left to the SSA
// name only when the printer prints it unchanged; names the printer would
// sanitize (non-identifier characters, a leading digit) or uniquify (taken by
// an earlier value, like `%c0` of an arith.constant) keep `{name = ...}`.
// The input is in printed form.
// RUN: fx-opt %s > %t.1 && grep -v -e '^//' -e '^$' %s > %t.in && grep -v '^$' %t.1 | diff -u %t.in -
// RUN: fx-opt %t.1 > %t.2 && diff -u %t.1 %t.2
// RUN: fx-opt %s --mlir-print-op-generic > %t.g1 && fx-opt %t.g1 --mlir-print-op-generic > %t.g2 && diff -u %t.g1 %t.g2
// RUN: fx-opt %t.g1 > %t.3 && diff -u %t.1 %t.3
// RUN: fx-opt %t.2 --mlir-print-op-generic | FileCheck %s
// CHECK: name = "a", target = "a"
// CHECK: name = "a-b", target = "b"
// CHECK: name = "x1", target = "c"
// CHECK: name = "arg0", target = "d"
// CHECK: name = "add", target = "e"
// CHECK: name = "add_1", target = "f"
// CHECK: name = "add_0", target = "g"
// CHECK: name = "$x.y", target = "h"
// CHECK: name = "_", target = "i"
// CHECK: name = "\C3\A9", target = "j"
// CHECK: name = "0", target = "k"
// CHECK: name = "x y", target = "l"
// CHECK: name = "x_y", target = "m"
// CHECK: name = "x/y", target = "n"
// CHECK: name = "c0", target = "o"
// CHECK: name = "c0_0", target = "p"
// CHECK: name = "cst", target = "q"
// CHECK: name = "output", target = "output"
// CHECK: name = "output_1"
module {
  fx.graph_module @Names {
    fx.graph @forward {
      %a = fx.placeholder "a" : !fx.unknown
      %a-b = fx.placeholder "b" : !fx.unknown
      %x1 = fx.placeholder "c" : !fx.unknown
      %arg0 = fx.placeholder "d" : !fx.unknown
      %add = fx.placeholder "e" : !fx.unknown
      %add_1 = fx.placeholder "f" : !fx.unknown
      %add_0 = fx.placeholder "g" : !fx.unknown
      %$x.y = fx.placeholder "h" : !fx.unknown
      %_ = fx.placeholder "i" : !fx.unknown
      %_C3A9 = fx.placeholder "j" {name = "\C3\A9"} : !fx.unknown
      %_0 = fx.placeholder "k" {name = "0"} : !fx.unknown
      %x_y = fx.placeholder "l" {name = "x y"} : !fx.unknown
      %x_y_0 = fx.placeholder "m" {name = "x_y"} : !fx.unknown
      %x2Fy = fx.placeholder "n" {name = "x/y"} : !fx.unknown
      %c0 = arith.constant 0 : index
      %c0_1 = fx.placeholder "o" {name = "c0"} : !fx.unknown
      %c0_0 = fx.placeholder "p" : !fx.unknown
      %cst = fx.placeholder "q" : !fx.unknown
      %cst_2 = arith.constant 1.000000e+00 : f32
      %output = fx.placeholder "output" : !fx.unknown
      fx.output((%a, %a-b, %x1, %arg0, %add, %add_1, %add_0, %$x.y, %_, %_C3A9, %_0, %x_y, %x_y_0, %x2Fy, %c0_1, %c0_0, %cst, %output)) {name = "output_1"} : !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown, !fx.unknown
    }
  }
}
