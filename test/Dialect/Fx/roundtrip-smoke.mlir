// RUN: fx-opt %s | fx-opt | FileCheck %s
// CHECK: fx.graph_module @M

fx.graph_module @M {
  fx.module_attr parameter @conv1.weight : tensor<64x3x7x7xf32>
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x3x224x224xf32, #fx.dims<[s0]>>
    %n = fx.placeholder "n" = 3 : !fx.sym_int<s0 * 2 + 1>
    %conv1_weight = fx.get_attr @conv1.weight : tensor<64x3x7x7xf32>
    %conv1 = fx.call_function aten.convolution.default(%x, %conv1_weight, None, [2, 2], [3, 3], [1, 1], False, [0, 0], 1) {fx.torch_fn = #fx.torch_fn<"conv2d", "builtin_function_or_method.conv2d">, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___conv1", "conv1", "torch.nn.modules.conv.Conv2d"]]>} : (tensor<?x3x224x224xf32, #fx.dims<[s0]>>, tensor<64x3x7x7xf32>) -> tensor<?x64x112x112xf32, #fx.dims<[s0]>> loc(fused<"y = self.conv(x)">["forward"("model.py":12:0)])
    %sum = fx.call_function aten.sum.dim_IntList(%conv1, [1], keepdim = True, dtype = torch.float32) : (tensor<?x64x112x112xf32, #fx.dims<[s0]>>) -> tensor<?x1x112x112xf32, #fx.dims<[s0]>>
    %g = fx.call_function operator.getitem(%sum, (slice(None, None, None), ..., -1, 1.5, -2.0e-05, inf, -inf, nan, "str\n", {"a": %x, "b": [True, torch.strided, torch.channels_last, torch.device("cuda:0")]}, (), (%n,))) : (tensor<?x1x112x112xf32, #fx.dims<[s0]>>, tensor<?x3x224x224xf32, #fx.dims<[s0]>>, !fx.sym_int<s0 * 2 + 1>) -> !fx.unknown
    %v = fx.call_method view(%g, -1) : (!fx.unknown) -> !fx.unknown
    %m = fx.call_module "layer1" "torch.nn.modules.container.Sequential"(%v) : (!fx.unknown) -> !fx.unknown
    fx.call_function aten._assert_scalar.default(%n, "msg") {name = "_assert_scalar"} : (!fx.sym_int<s0 * 2 + 1>) -> ()
    fx.output((%m, %sum)) : !fx.unknown, tensor<?x1x112x112xf32, #fx.dims<[s0]>>
  }
  fx.graph_module @true_graph_0 {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32>
      fx.output(%x) : tensor<2xf32>
    }
  }
}
