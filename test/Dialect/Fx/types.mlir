// Every fx type and tensor element type round-trips byte for byte, in custom
// and generic form. The input is in printed form.
// RUN: fx-opt %s > %t.1 && grep -v -e '^//' -e '^$' %s > %t.in && grep -v '^$' %t.1 | diff -u %t.in -
// RUN: fx-opt %t.1 > %t.2 && diff -u %t.1 %t.2
// RUN: fx-opt %s --mlir-print-op-generic > %t.g1 && fx-opt %t.g1 --mlir-print-op-generic > %t.g2 && diff -u %t.g1 %t.g2
// RUN: fx-opt %t.g1 > %t.3 && diff -u %t.1 %t.3
// RUN: fx-opt %s | fx-opt | FileCheck %s
module {
  fx.graph_module @Types {
    fx.graph @forward {
// Element types of every torch dtype MLIR can express.
// CHECK: %f16 = fx.placeholder "f16" : tensor<2xf16>
      %f16 = fx.placeholder "f16" : tensor<2xf16>
      %bf16 = fx.placeholder "bf16" : tensor<2xbf16>
      %f32 = fx.placeholder "f32" : tensor<2xf32>
      %f64 = fx.placeholder "f64" : tensor<2xf64>
      %si8 = fx.placeholder "si8" : tensor<2xsi8>
      %si16 = fx.placeholder "si16" : tensor<2xsi16>
      %si32 = fx.placeholder "si32" : tensor<2xsi32>
      %si64 = fx.placeholder "si64" : tensor<2xsi64>
      %ui8 = fx.placeholder "ui8" : tensor<2xui8>
      %ui16 = fx.placeholder "ui16" : tensor<2xui16>
      %ui32 = fx.placeholder "ui32" : tensor<2xui32>
      %ui64 = fx.placeholder "ui64" : tensor<2xui64>
      %i1 = fx.placeholder "i1" : tensor<2xi1>
      %c32 = fx.placeholder "c32" : tensor<2xcomplex<f16>>
      %c64 = fx.placeholder "c64" : tensor<2xcomplex<f32>>
      %c128 = fx.placeholder "c128" : tensor<2xcomplex<f64>>
      %e4m3 = fx.placeholder "e4m3" : tensor<2xf8E4M3FN>
      %e5m2 = fx.placeholder "e5m2" : tensor<2xf8E5M2>
      %e4m3fnuz = fx.placeholder "e4m3fnuz" : tensor<2xf8E4M3FNUZ>
      %e5m2fnuz = fx.placeholder "e5m2fnuz" : tensor<2xf8E5M2FNUZ>
      %e8m0 = fx.placeholder "e8m0" : tensor<2xf8E8M0FNU>
// Shapes: scalar, zero-size, unknown dims, symbolic dims.
      %scalar = fx.placeholder "scalar" : tensor<f32>
      %empty = fx.placeholder "empty" : tensor<0x3xf32>
      %unknown_dims = fx.placeholder "unknown_dims" : tensor<?x?xf32>
      %no_dims = fx.placeholder "no_dims" : tensor<2x3xf32, #fx.dims<[]>>
// Every size expression form: backed and unbacked symbols, +, -, *, floordiv,
// mod, ceildiv, negative coefficients and constants, nested parentheses.
// CHECK: %sym = fx.placeholder "sym" : tensor<?x3x?xf32, #fx.dims<[s0, u0]>>
      %sym = fx.placeholder "sym" : tensor<?x3x?xf32, #fx.dims<[s0, u0]>>
      %big = fx.placeholder "big" : tensor<?x?xf32, #fx.dims<[s1048575, u1048575]>>
      %sums = fx.placeholder "sums" : tensor<?x?x?x?xf32, #fx.dims<[s0 + 1, s0 - 1, s0 + s1, s0 - s1]>>
      %products = fx.placeholder "products" : tensor<?x?x?x?xf32, #fx.dims<[s0 * 2, s0 * s1, s0 * s1 * s2, s0 * 2 + s1 * 3 + 1]>>
      %neg = fx.placeholder "neg" : tensor<?x?x?x?xf32, #fx.dims<[s0 * -2, s0 * 2 - s1 * 3, -s0 + 5, s0 * -3 + 4]>>
      %divs = fx.placeholder "divs" : tensor<?x?x?xf32, #fx.dims<[s0 floordiv 2, s0 mod 3, s0 ceildiv 4]>>
      %nested = fx.placeholder "nested" : tensor<?x?x?x?xf32, #fx.dims<[(s0 + 1) floordiv 2, (s0 - 1) * s1, ((s0 + 1) floordiv 2 + 1) floordiv 2, (s0 * 2 + u0) mod 7 + 1]>>
      %divnest = fx.placeholder "divnest" : tensor<?x?x?xf32, #fx.dims<[s0 * (s1 floordiv 2), s0 ceildiv 2 * 3, s0 - s1 mod 4]>>
// SymInt, SymFloat, SymBool.
// CHECK: %si = fx.placeholder "si" : !fx.sym_int
      %si = fx.placeholder "si" : !fx.sym_int
      %si_expr = fx.placeholder "si_expr" : !fx.sym_int<s0 * 2 + 1>
      %si_const = fx.placeholder "si_const" : !fx.sym_int<7>
      %si_neg = fx.placeholder "si_neg" : !fx.sym_int<-3>
      %si_u = fx.placeholder "si_u" : !fx.sym_int<u3 - 1>
      %si_min = fx.placeholder "si_min" : !fx.sym_int<-9223372036854775808>
      %si_max = fx.placeholder "si_max" : !fx.sym_int<s0 + 9223372036854775807>
      %si_min_sum = fx.placeholder "si_min_sum" : !fx.sym_int<s0 + -9223372036854775808>
      %si_min_mul = fx.placeholder "si_min_mul" : !fx.sym_int<s0 - s1 * 9223372036854775807 + s2 * -9223372036854775808>
      %sf = fx.placeholder "sf" : !fx.sym_float
      %sb = fx.placeholder "sb" : !fx.sym_bool
// Multi-output values, None, no value, a nested graph module.
      %multi = fx.call_function aten.native_batch_norm.default(%f32) : (tensor<2xf32>) -> tuple<tensor<2xf32>, tensor<?xf32, #fx.dims<[s0]>>, !fx.sym_int<s0>>
      %getitem = fx.call_function operator.getitem(%multi, 1) : (tuple<tensor<2xf32>, tensor<?xf32, #fx.dims<[s0]>>, !fx.sym_int<s0>>) -> tensor<?xf32, #fx.dims<[s0]>>
      %nested_tuple = fx.placeholder "nested_tuple" : tuple<tuple<>, tuple<tensor<f32>, none>, !fx.sym_bool>
      %none = fx.call_function aten.copy_.default(%f32, %f32) : (tensor<2xf32>, tensor<2xf32>) -> none
      %unknown = fx.placeholder "unknown" : !fx.unknown
      %sub = fx.get_attr @sub : !fx.graph_module
      fx.output((%getitem, %none, %unknown, %sub)) : tensor<?xf32, #fx.dims<[s0]>>, none, !fx.unknown, !fx.graph_module
    }
    fx.graph_module @sub {
      fx.graph @forward {
        fx.output(None)
      }
    }
  }
}
