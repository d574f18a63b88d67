// One graph using every piece of the syntax at once (a parameter, symbolic
// sizes, all three metadata attributes, stack traces, every argument kind,
// the six node kinds, a node without results, a nested graph module)
// round-trips: print -> parse -> print gives back the input, which is in
// printed form, byte for byte, from the custom and from the generic form.
// RUN: fx-opt %s --mlir-print-debuginfo --mlir-print-local-scope > %t.1 && grep -v -e '^//' -e '^$' %s | diff -u - %t.1
// RUN: fx-opt %t.1 --mlir-print-debuginfo --mlir-print-local-scope | diff -u %t.1 -
// RUN: fx-opt %s --mlir-print-debuginfo --mlir-print-op-generic > %t.g1 && fx-opt %t.g1 --mlir-print-debuginfo --mlir-print-op-generic | diff -u %t.g1 -
// RUN: fx-opt %t.g1 --mlir-print-debuginfo --mlir-print-local-scope | diff -u %t.1 -
// RUN: FileCheck %s --check-prefix=GENERIC < %t.g1
// The default form (no debug info, attribute aliases) is a fixed point too.
// RUN: fx-opt %s > %t.n1 && fx-opt %t.n1 | diff -u %t.n1 -
// GENERIC: "fx.graph_module"()
// GENERIC: "fx.call_function"(%{{.*}}, %{{.*}}) <{
module {
  fx.graph_module @M {
    fx.module_attr parameter @conv1.weight : tensor<64x3x7x7xf32> loc(unknown)
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<?x3x224x224xf32, #fx.dims<[s0]>> loc(unknown)
      %n = fx.placeholder "n" = 3 : !fx.sym_int<s0 * 2 + 1> loc(unknown)
      %conv1_weight = fx.get_attr @conv1.weight : tensor<64x3x7x7xf32> loc(unknown)
      %conv1 = fx.call_function aten.convolution.default(%x, %conv1_weight, None, [2, 2], [3, 3], [1, 1], False, [0, 0], 1) {fx.custom = #fx.dict<{"tag" = "conv"}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___conv1", "conv1", "torch.nn.modules.conv.Conv2d"]]>, fx.torch_fn = #fx.torch_fn<"conv2d", "builtin_function_or_method.conv2d">} : (tensor<?x3x224x224xf32, #fx.dims<[s0]>>, tensor<64x3x7x7xf32>) -> tensor<?x64x112x112xf32, #fx.dims<[s0]>> loc(fused<"y = self.conv(x)">["forward"("model.py":12:0)])
      %sum = fx.call_function aten.sum.dim_IntList(%conv1, [1], keepdim = True, dtype = torch.float32) : (tensor<?x64x112x112xf32, #fx.dims<[s0]>>) -> tensor<?x1x112x112xf32, #fx.dims<[s0]>> loc(unknown)
      %g = fx.call_function operator.getitem(%sum, (slice(None, None, None), ..., -1, 1.5, -2.0e-05, inf, -inf, nan, "str\0A", {"a": %x, "b": [True, torch.strided, torch.channels_last, torch.device("cuda:0")]}, (), (%n,))) : (tensor<?x1x112x112xf32, #fx.dims<[s0]>>, tensor<?x3x224x224xf32, #fx.dims<[s0]>>, !fx.sym_int<s0 * 2 + 1>) -> !fx.unknown loc(unknown)
      %v = fx.call_method view(%g, -1) : (!fx.unknown) -> !fx.unknown loc(unknown)
      %m = fx.call_module layer1 "torch.nn.modules.container.Sequential"(%v) : (!fx.unknown) -> !fx.unknown loc(unknown)
      fx.call_function aten._assert_scalar.default(%n, "msg") {name = "_assert_scalar"} : (!fx.sym_int<s0 * 2 + 1>) -> () loc(callsite("forward"("model.py":13:0) at fused<"out = m(x)">["<module>"("run.py":3:0)]))
      %true_graph_0 = fx.get_attr @true_graph_0 : !fx.graph_module loc(unknown)
      fx.output((%m, %sum, %true_graph_0)) : !fx.unknown, tensor<?x1x112x112xf32, #fx.dims<[s0]>>, !fx.graph_module loc(unknown)
    } loc(unknown)
    fx.graph_module @true_graph_0 {
      fx.graph @forward {
        %x = fx.placeholder "x" : tensor<2xf32> loc(unknown)
        fx.output(%x) : tensor<2xf32> loc(unknown)
      } loc(unknown)
    } loc(unknown)
  } loc(unknown)
} loc(unknown)
