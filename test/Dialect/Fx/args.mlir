// Every FX argument kind round-trips byte for byte, in custom and generic form.
// The input is in printed form: fx-opt must give it back unchanged.
// RUN: fx-opt %s > %t.1 && grep -v -e '^//' -e '^$' %s > %t.in && grep -v '^$' %t.1 | diff -u %t.in -
// RUN: fx-opt %t.1 > %t.2 && diff -u %t.1 %t.2
// RUN: fx-opt %s --mlir-print-op-generic > %t.g1 && fx-opt %t.g1 --mlir-print-op-generic > %t.g2 && diff -u %t.g1 %t.g2
// RUN: fx-opt %t.g1 > %t.3 && diff -u %t.1 %t.3
// RUN: fx-opt %s | fx-opt | FileCheck %s
// RUN: fx-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
module {
  fx.graph_module @Args {
    fx.graph @forward {
// CHECK: %x = fx.placeholder "x" : tensor<2xf32>
      %x = fx.placeholder "x" : tensor<2xf32>
      %y = fx.placeholder "y" : tensor<2xf32>
      %n = fx.placeholder "n" : !fx.sym_int
// Scalars.
// CHECK: fx.call_function f(None, True, False, 0, 1, -1, 9223372036854775807, -9223372036854775808)
// GENERIC: args = [#fx.none, true, false, 0, 1, -1, 9223372036854775807, -9223372036854775808]
      %ints = fx.call_function f(None, True, False, 0, 1, -1, 9223372036854775807, -9223372036854775808) : () -> !fx.unknown
// Floats print as Python's repr does: 2**-1017 as 7.120236347223045e-307,
// the closest of its shortest round trips, not as 7.1202363472230444e-307.
// CHECK: fx.call_function f(0.0, -0.0, 1.0, -1.5, 100.0, 0.0001, 1.0e-05, -2.5e-07, 1234567890123456.0, 1.0e+16, 1.0e+300, -1.7976931348623157e+308, 5.0e-324, 0.1, 3.141592653589793, 7.120236347223045e-307, inf, -inf, nan)
// GENERIC: args = [0.000000e+00, -0.000000e+00, 1.000000e+00, -1.500000e+00, 1.000000e+02, 1.000000e-04, 1.000000e-05, -2.500000e-07
      %floats = fx.call_function f(0.0, -0.0, 1.0, -1.5, 100.0, 0.0001, 1.0e-05, -2.5e-07, 1234567890123456.0, 1.0e+16, 1.0e+300, -1.7976931348623157e+308, 5.0e-324, 0.1, 3.141592653589793, 7.120236347223045e-307, inf, -inf, nan) : () -> !fx.unknown
// Complex numbers (Python's complex(real, imag)): parts print as floats do, signs of zero kept.
// CHECK: fx.call_function f(complex(1.0, 2.0), complex(0.0, 1.0), complex(-0.0, -1.5), complex(inf, nan), complex(-inf, 0.0), complex(1.0e-05, 1.0e+16), [complex(0.5, 0.0)], (complex(0.0, -0.0),), c = complex(3.0, -4.0))
// GENERIC: args = [#fx.complex<1.0, 2.0>, #fx.complex<0.0, 1.0>, #fx.complex<-0.0, -1.5>, #fx.complex<inf, nan>, #fx.complex<-inf, 0.0>, #fx.complex<1.0e-05, 1.0e+16>, [#fx.complex<0.5, 0.0>], #fx.tuple<[#fx.complex<0.0, -0.0>]>], from_node = [], kwargs = #fx.dict<{"c" = #fx.complex<3.0, -4.0>}>
      %complexes = fx.call_function f(complex(1.0, 2.0), complex(0.0, 1.0), complex(-0.0, -1.5), complex(inf, nan), complex(-inf, 0.0), complex(1.0e-05, 1.0e+16), [complex(0.5, 0.0)], (complex(0.0, -0.0),), c = complex(3.0, -4.0)) : () -> !fx.unknown
// GENERIC: args = ["", "plain", "quote\22 backslash\\ newline\0A tab\09 nul\00", "caf\C3\A9 \E2\82\AC \F0\9F\94\A5"]
      %strings = fx.call_function f("", "plain", "quote\22 backslash\\ newline\0A tab\09 nul\00", "caf\C3\A9 \E2\82\AC \F0\9F\94\A5") : () -> !fx.unknown
// Containers: lists, tuples (incl. `(x,)` and `()`), dicts (incl. empty and nested), slices, Ellipsis.
// CHECK: fx.call_function f([], [1, [2, [3, []]]], (), (1,), (1, 2), ((),), ([], ()), {}, {"a": 1}, {"a": {"b": {}}, "c": [(None,)]})
// GENERIC: args = {{\[\[}}], [1, [2, [3, []]]], #fx.tuple<[]>, #fx.tuple<[1]>, #fx.tuple<[1, 2]>, #fx.tuple<[#fx.tuple<[]>]>, #fx.tuple<{{\[\[}}], #fx.tuple<[]>]>, #fx.dict<{}>, #fx.dict<{"a" = 1 : i64}>, #fx.dict<{"a" = #fx.dict<{"b" = #fx.dict<{}>}>, "c" = [#fx.tuple<[#fx.none]>]}>]
      %containers = fx.call_function f([], [1, [2, [3, []]]], (), (1,), (1, 2), ((),), ([], ()), {}, {"a": 1}, {"a": {"b": {}}, "c": [(None,)]}) : () -> !fx.unknown
// GENERIC: args = [#fx.slice<#fx.none, #fx.none, #fx.none>, #fx.slice<1 : i64, -1 : i64, 2 : i64>, #fx.slice<#fx.slice<0 : i64, 1 : i64, #fx.none>, "a", 1.500000e+00 : f64>, #fx.ellipsis, [#fx.ellipsis, #fx.slice<#fx.none, 2 : i64, #fx.none>]]
      %slices = fx.call_function f(slice(None, None, None), slice(1, -1, 2), slice(slice(0, 1, None), "a", 1.5), ..., [..., slice(None, 2, None)]) : () -> !fx.unknown
// torch constants: every dtype, layout and memory_format, and devices.
// GENERIC: args = [#fx<dtype uint8>, #fx<dtype int8>
      %dtypes = fx.call_function f(torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float16, torch.float32, torch.float64, torch.complex32, torch.complex64, torch.complex128, torch.bool, torch.qint8, torch.quint8, torch.qint32, torch.bfloat16, torch.quint4x2, torch.quint2x4, torch.float8_e5m2, torch.float8_e4m3fn, torch.float8_e5m2fnuz, torch.float8_e4m3fnuz, torch.uint16, torch.uint32, torch.uint64, torch.float8_e8m0fnu) : () -> !fx.unknown
// GENERIC: args = [#fx<layout strided>, #fx<layout sparse_coo>, #fx<layout sparse_csr>, #fx<layout sparse_csc>, #fx<layout sparse_bsr>, #fx<layout sparse_bsc>, #fx<layout _mkldnn>, #fx<layout jagged>]
      %layouts = fx.call_function f(torch.strided, torch.sparse_coo, torch.sparse_csr, torch.sparse_csc, torch.sparse_bsr, torch.sparse_bsc, torch._mkldnn, torch.jagged) : () -> !fx.unknown
// GENERIC: args = [#fx<memory_format contiguous_format>, #fx<memory_format channels_last>, #fx<memory_format channels_last_3d>, #fx<memory_format preserve_format>]
      %formats = fx.call_function f(torch.contiguous_format, torch.channels_last, torch.channels_last_3d, torch.preserve_format) : () -> !fx.unknown
// GENERIC: args = [#fx.device<"cpu">, #fx.device<"cuda:0">, #fx.device<"meta">, #fx.device<"">]
      %devices = fx.call_function f(torch.device("cpu"), torch.device("cuda:0"), torch.device("meta"), torch.device("")) : () -> !fx.unknown
// Operators (auto_functionalized's op): OpOverloads and higher-order operators.
// CHECK: fx.call_function f(torch.ops.aten.add_.Tensor, torch.ops.mylib.scale_.default, torch.ops._ns._op.default, torch.ops.higher_order.cond)
// GENERIC: args = [#fx.operator<"aten.add_.Tensor">, #fx.operator<"mylib.scale_.default">, #fx.operator<"_ns._op.default">, #fx.operator<"higher_order.cond">]
      %operators = fx.call_function f(torch.ops.aten.add_.Tensor, torch.ops.mylib.scale_.default, torch.ops._ns._op.default, torch.ops.higher_order.cond) : () -> !fx.unknown
// Node references at every depth, in args, kwargs, dicts and slices; operands in depth-first order.
// CHECK: fx.call_function f(%x, [%y, (%x, [{"k": %n}])], slice(%n, None, %n), {"a": slice(None, %n, None)}, w = %x, v = [(%y,)], u = {"d": {"e": %n}}) : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, !fx.sym_int, !fx.sym_int, !fx.sym_int, !fx.sym_int, tensor<2xf32>, tensor<2xf32>, !fx.sym_int) -> !fx.unknown
// GENERIC: "fx.call_function"([[X:%[0-9]+]], [[Y:%[0-9]+]], [[X]], [[N:%[0-9]+]], [[N]], [[N]], [[N]], [[X]], [[Y]], [[N]]) <{args = [#fx.node, [#fx.node, #fx.tuple<[#fx.node, [#fx.dict<{"k" = #fx.node}>]]>], #fx.slice<#fx.node, #fx.none, #fx.node>, #fx.dict<{"a" = #fx.slice<#fx.none, #fx.node, #fx.none>}>], from_node = [], kwargs = #fx.dict<{"w" = #fx.node, "v" = [#fx.tuple<[#fx.node]>], "u" = #fx.dict<{"d" = #fx.dict<{"e" = #fx.node}>}>}>
      %refs = fx.call_function f(%x, [%y, (%x, [{"k": %n}])], slice(%n, None, %n), {"a": slice(None, %n, None)}, w = %x, v = [(%y,)], u = {"d": {"e": %n}}) : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, !fx.sym_int, !fx.sym_int, !fx.sym_int, !fx.sym_int, tensor<2xf32>, tensor<2xf32>, !fx.sym_int) -> !fx.unknown
// The same node used twice is two operands.
      %twice = fx.call_function aten.add.Tensor(%x, %x) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
// Keyword arguments of every kind, in insertion order (not sorted); keys that are
// no identifier, or that look like argument keywords, keep their spelling.
// CHECK: fx.call_function f(%x, z = None, a = True, m = -3, b = 2.5, s = "s", l = [1], t = (), d = {}, sl = slice(1, 2, 3), e = ..., dt = torch.float32, lo = torch.strided, mf = torch.channels_last, dev = torch.device("cpu"))
      %kwargs = fx.call_function f(%x, z = None, a = True, m = -3, b = 2.5, s = "s", l = [1], t = (), d = {}, sl = slice(1, 2, 3), e = ..., dt = torch.float32, lo = torch.strided, mf = torch.channels_last, dev = torch.device("cpu")) : (tensor<2xf32>) -> !fx.unknown
// CHECK: fx.call_function f("positional", "a-b" = 1, "" = 2, "1x" = 3, "caf\C3\A9" = 4, None = 5, True = 6, inf = 7, slice = 8, torch.device = 9, _ok.$x = 10)
// GENERIC: args = ["positional"], from_node = [], kwargs = #fx.dict<{"a-b" = 1 : i64, "" = 2 : i64, "1x" = 3 : i64, "caf\C3\A9" = 4 : i64, "None" = 5 : i64, "True" = 6 : i64, "inf" = 7 : i64, "slice" = 8 : i64, "torch.device" = 9 : i64, "_ok.$x" = 10 : i64}>
      %keys = fx.call_function f("positional", "a-b" = 1, "" = 2, "1x" = 3, "caf\C3\A9" = 4, None = 5, True = 6, inf = 7, slice = 8, torch.device = 9, _ok.$x = 10) : () -> !fx.unknown
      %only_kwargs = fx.call_function f(k = %y) : (tensor<2xf32>) -> !fx.unknown
      %no_args = fx.call_function f() : () -> !fx.unknown
// Placeholder defaults of every kind but a node.
      %d0 = fx.placeholder "d0" = None : !fx.unknown
      %d1 = fx.placeholder "d1" = True : !fx.unknown
      %d2 = fx.placeholder "d2" = -9223372036854775808 : !fx.sym_int
      %d3 = fx.placeholder "d3" = -0.0 : !fx.sym_float
      %d4 = fx.placeholder "d4" = nan : !fx.sym_float
      %d5 = fx.placeholder "d5" = -inf : !fx.sym_float
      %d6 = fx.placeholder "d6" = "s\0A" : !fx.unknown
      %d7 = fx.placeholder "d7" = [1, (2,), {"a": ()}] : !fx.unknown
      %d8 = fx.placeholder "d8" = () : !fx.unknown
      %d9 = fx.placeholder "d9" = slice(None, None, None) : !fx.unknown
      %d10 = fx.placeholder "d10" = ... : !fx.unknown
      %d11 = fx.placeholder "d11" = torch.bfloat16 : !fx.unknown
      %d12 = fx.placeholder "d12" = torch.sparse_csr : !fx.unknown
      %d13 = fx.placeholder "d13" = torch.preserve_format : !fx.unknown
      %d14 = fx.placeholder "d14" = torch.device("cuda:1") : !fx.unknown
      %d15 = fx.placeholder "d15" = {} : !fx.unknown
      %d16 = fx.placeholder "d16" = complex(-1.0, 0.25) : !fx.unknown
// Output: a single value, a tuple, nested structures, kwargs.
// CHECK: fx.output(([%refs, %twice], {"k": %kwargs}, None, 1))
      fx.output(([%refs, %twice], {"k": %kwargs}, None, 1)) : !fx.unknown, tensor<2xf32>, !fx.unknown
    }
  }
  fx.graph_module @EmptyOutput {
    fx.graph @forward {
      fx.output(None)
    }
  }
  fx.graph_module @NoOutputArgs {
    fx.graph @forward {
      fx.output()
    }
  }
  fx.graph_module @SingleOutput {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<f32>
      fx.output(%x) : tensor<f32>
    }
  }
  fx.graph_module @OutputKwargs {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<f32>
      fx.output(%x, k = [%x]) : tensor<f32>, tensor<f32>
    }
  }
}
