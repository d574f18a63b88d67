// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Symbolic sizes have a native bytecode encoding: #fx.dims tensor encodings,
// #fx.range_constraints and SymInts with a value read back exactly as text
// gives them (every operator, backed and unbacked symbols, extreme constants
// and bounds), and the file holds none of them as MLIR's textual fallback.
// RUN: fx-opt %s --emit-bytecode -o %t.mlirbc
// RUN: fx-opt %t.mlirbc > %t.from-bytecode
// RUN: fx-opt %s > %t.from-text
// RUN: diff -u %t.from-text %t.from-bytecode
// RUN: FileCheck %s --input-file=%t.from-bytecode
// RUN: not grep -a -e "dims<" -e "range_constraints<" -e "sym_int<" %t.mlirbc
// A file written before the native encoding (this input, by the fx-opt of
// session 12) holds them as textual fallback, and still reads the same.
// RUN: grep -a -q "dims<" %S/Inputs/sizes-before-native.mlirbc
// RUN: fx-opt %S/Inputs/sizes-before-native.mlirbc | diff -u %t.from-text -

// CHECK-LABEL: fx.graph @forward
// CHECK-SAME: fx.range_constraints = #fx.range_constraints<{s0 = [2, 1024], s1 = [-inf, inf], u0 = [0, inf], u1048575 = [-9223372036854775806, 9223372036854775806]}>
// CHECK: %a = fx.placeholder "a" : tensor<?x3x?xf32, #fx.dims<[s0 * -3 + 4, s1 ceildiv 2 * 3]>>
// CHECK: %b = fx.placeholder "b" : tensor<?xf32, #fx.dims<[s0 - s1 mod 4 + u0 floordiv 8]>>
// CHECK: %c = fx.placeholder "c" : tensor<?x?xi64, #fx.dims<[-s0, s1 * u1048575]>>
// CHECK: %d = fx.placeholder "d" : !fx.sym_int<s0 + -9223372036854775808>
// CHECK: %e = fx.placeholder "e" : !fx.sym_int<-(s0 * s1)>
// CHECK: %f = fx.placeholder "f" : !fx.sym_int<7>
// CHECK: %g = fx.placeholder "g" : !fx.sym_int{{$}}
// CHECK: fx.call_function aten.add.Tensor(%b, %b) : (tensor<?xf32, #fx.dims<[s0 - s1 mod 4 + u0 floordiv 8]>>, tensor<?xf32, #fx.dims<[s0 - s1 mod 4 + u0 floordiv 8]>>) -> tensor<?xf32, #fx.dims<[s0 - s1 mod 4 + u0 floordiv 8]>>
fx.graph_module @M {
  fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 = [2, 1024], s1 = [-inf, inf], u0 = [0, inf], u1048575 = [-9223372036854775806, 9223372036854775806]}>} {
    %a = fx.placeholder "a" : tensor<?x3x?xf32, #fx.dims<[s0 * -3 + 4, (s1 ceildiv 2) * 3]>>
    %b = fx.placeholder "b" : tensor<?xf32, #fx.dims<[s0 - (s1 mod 4) + (u0 floordiv 8)]>>
    %c = fx.placeholder "c" : tensor<?x?xi64, #fx.dims<[-s0, u1048575 * s1]>>
    %d = fx.placeholder "d" : !fx.sym_int<-9223372036854775808 + s0>
    %e = fx.placeholder "e" : !fx.sym_int<-(s0 * s1)>
    %f = fx.placeholder "f" : !fx.sym_int<7>
    %g = fx.placeholder "g" : !fx.sym_int
    %h = fx.call_function aten.add.Tensor(%b, %b) : (tensor<?xf32, #fx.dims<[s0 - (s1 mod 4) + (u0 floordiv 8)]>>, tensor<?xf32, #fx.dims<[s0 - (s1 mod 4) + (u0 floordiv 8)]>>) -> tensor<?xf32, #fx.dims<[s0 - (s1 mod 4) + (u0 floordiv 8)]>>
    fx.output((%h, %d, %e, %f, %g)) : tensor<?xf32, #fx.dims<[s0 - (s1 mod 4) + (u0 floordiv 8)]>>, !fx.sym_int<-9223372036854775808 + s0>, !fx.sym_int<-(s0 * s1)>, !fx.sym_int<7>, !fx.sym_int
  }
}
