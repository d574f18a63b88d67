// Every op kind round-trips byte for byte, in custom and generic form. The
// input is in printed form: fx-opt must give it back unchanged.
// RUN: fx-opt %s > %t.1 && grep -v -e '^//' -e '^$' %s > %t.in && grep -v '^$' %t.1 | diff -u %t.in -
// RUN: fx-opt %t.1 > %t.2 && diff -u %t.1 %t.2
// RUN: fx-opt %s --mlir-print-op-generic > %t.g1 && fx-opt %t.g1 --mlir-print-op-generic > %t.g2 && diff -u %t.g1 %t.g2
// RUN: fx-opt %t.g1 > %t.3 && diff -u %t.1 %t.3
// RUN: fx-opt %s | fx-opt | FileCheck %s
// RUN: fx-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
module {
// CHECK: fx.graph_module @Model {
  fx.graph_module @Model {
// CHECK: fx.module_attr parameter @conv1.weight : tensor<4x3x3x3xf32>
// GENERIC: "fx.module_attr"() <{kind = 0 : i32, sym_name = "conv1.weight", type = tensor<4x3x3x3xf32>}>
    fx.module_attr parameter @conv1.weight : tensor<4x3x3x3xf32>
// GENERIC: "fx.module_attr"() <{kind = 1 : i32, sym_name = "bn1.running_mean", type = tensor<4xf32>}>
    fx.module_attr buffer @bn1.running_mean : tensor<4xf32>
// GENERIC: "fx.module_attr"() <{kind = 2 : i32, sym_name = "_tensor_constant0", type = tensor<2xsi64>, value = dense<[1, -2]> : tensor<2xsi64>}>
    fx.module_attr constant @_tensor_constant0 : tensor<2xsi64> = dense<[1, -2]> : tensor<2xsi64>
    fx.module_attr parameter @"odd name-with.chars" : tensor<f32>
    fx.module_attr buffer @bn1.num_batches_tracked {note = "any attribute"} : tensor<si64>
    fx.graph @forward {
// CHECK: %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
// GENERIC: "fx.placeholder"() <{from_node = [], name = "x", target = "x"}> : () -> tensor<1x3x8x8xf32>
      %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
      %args = fx.placeholder "*args" : !fx.unknown
      %kwargs = fx.placeholder "**kwargs" : !fx.unknown
      %n = fx.placeholder "n" = 3 : !fx.sym_int
// CHECK: %conv1_weight = fx.get_attr @conv1.weight : tensor<4x3x3x3xf32>
// GENERIC: "fx.get_attr"() <{from_node = [], name = "conv1_weight", target = @conv1.weight}> : () -> tensor<4x3x3x3xf32>
      %conv1_weight = fx.get_attr @conv1.weight : tensor<4x3x3x3xf32>
      %bn1_running_mean = fx.get_attr @bn1.running_mean : tensor<4xf32>
      %_tensor_constant0 = fx.get_attr @_tensor_constant0 : tensor<2xsi64>
      %odd = fx.get_attr @"odd name-with.chars" : tensor<f32>
      %true_graph_0 = fx.get_attr @true_graph_0 : !fx.graph_module
      %false_graph_0 = fx.get_attr @false_graph_0 : !fx.graph_module
// CHECK: %convolution = fx.call_function aten.convolution.default(%x, %conv1_weight, None, [1, 1], [1, 1], [1, 1], False, [0, 0], 1) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
      %convolution = fx.call_function aten.convolution.default(%x, %conv1_weight, None, [1, 1], [1, 1], [1, 1], False, [0, 0], 1) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
      %getitem = fx.call_function operator.getitem(%args, 0) : (!fx.unknown) -> !fx.unknown
      %relu = fx.call_function torch.relu(%convolution) : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
      %sym_size_int = fx.call_function aten.sym_size.int(%x, 0) : (tensor<1x3x8x8xf32>) -> !fx.sym_int<1>
// Targets that are no bare identifier are quoted.
// CHECK: %add = fx.call_function "<built-in function add>"(%n, 1) : (!fx.sym_int) -> !fx.sym_int
      %add = fx.call_function "<built-in function add>"(%n, 1) : (!fx.sym_int) -> !fx.sym_int
      %sub = fx.call_function "a-b"(%n) : (!fx.sym_int) -> !fx.unknown
      %digit = fx.call_function "0abc"(%n) : (!fx.sym_int) -> !fx.unknown
// CHECK: %cond = fx.call_function torch.ops.higher_order.cond(%n, %true_graph_0, %false_graph_0, (%x,)) : (!fx.sym_int, !fx.graph_module, !fx.graph_module, tensor<1x3x8x8xf32>) -> tuple<tensor<1x3x8x8xf32>>
      %cond = fx.call_function torch.ops.higher_order.cond(%n, %true_graph_0, %false_graph_0, (%x,)) : (!fx.sym_int, !fx.graph_module, !fx.graph_module, tensor<1x3x8x8xf32>) -> tuple<tensor<1x3x8x8xf32>>
// A node whose schema returns nothing has no result and prints its name.
// CHECK: fx.call_function aten._assert_scalar.default(%n, "n must be positive") {name = "_assert_scalar"} : (!fx.sym_int) -> ()
// GENERIC: "fx.call_function"(%{{[0-9]+}}) <{args = [#fx.node, "n must be positive"], from_node = [], kwargs = #fx.dict<{}>, name = "_assert_scalar", target = "aten._assert_scalar.default"}> : (!fx.sym_int) -> ()
      fx.call_function aten._assert_scalar.default(%n, "n must be positive") {name = "_assert_scalar"} : (!fx.sym_int) -> ()
      fx.call_function aten.copy_.default(%bn1_running_mean, %bn1_running_mean) {name = "copy_"} : (tensor<4xf32>, tensor<4xf32>) -> ()
// CHECK: %view = fx.call_method view(%relu, -1) : (tensor<1x4x8x8xf32>) -> tensor<256xf32>
// GENERIC: "fx.call_method"(%{{[0-9]+}}) <{args = [#fx.node, -1], from_node = [], kwargs = #fx.dict<{}>, name = "view", target = "view"}>
      %view = fx.call_method view(%relu, -1) : (tensor<1x4x8x8xf32>) -> tensor<256xf32>
      %size = fx.call_method size(%relu, dim = 1) : (tensor<1x4x8x8xf32>) -> !fx.sym_int<4>
      %dunder = fx.call_method __getitem__(%args, 1) : (!fx.unknown) -> !fx.unknown
      %quoted_method = fx.call_method "weird-method"(%args) : (!fx.unknown) -> !fx.unknown
// CHECK: %layer1 = fx.call_module layer1 "torch.nn.modules.container.Sequential"(%relu) : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
// GENERIC: "fx.call_module"(%{{[0-9]+}}) <{args = [#fx.node], from_node = [], kwargs = #fx.dict<{}>, module_type = "torch.nn.modules.container.Sequential", name = "layer1", target = "layer1"}>
      %layer1 = fx.call_module layer1 "torch.nn.modules.container.Sequential"(%relu) : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
      %layer1_0_conv1 = fx.call_module layer1.0.conv1 "torch.nn.modules.conv.Conv2d"(%layer1) : (tensor<1x4x8x8xf32>) -> !fx.unknown
      %quoted_module = fx.call_module "blocks.0-a" "my module"(%layer1, scale = 2.0) : (tensor<1x4x8x8xf32>) -> !fx.unknown
      fx.call_module m "M"() {name = "nothing"} : () -> ()
// A node may carry any other attribute.
      %with_attr = fx.call_function f(%x) {other = 1 : i32} : (tensor<1x3x8x8xf32>) -> !fx.unknown
// CHECK: fx.output((%view, %layer1, %cond)) : tensor<256xf32>, tensor<1x4x8x8xf32>, tuple<tensor<1x3x8x8xf32>>
// GENERIC: "fx.output"(%{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}) <{args = [#fx.tuple<[#fx.node, #fx.node, #fx.node]>], from_node = [], kwargs = #fx.dict<{}>, name = "output"}>
      fx.output((%view, %layer1, %cond)) : tensor<256xf32>, tensor<1x4x8x8xf32>, tuple<tensor<1x3x8x8xf32>>
    }
// Nested graph modules, themselves with nested graph modules; node names are
// per graph, so they may repeat those of other graphs.
// CHECK: fx.graph_module @true_graph_0 {
    fx.graph_module @true_graph_0 {
      fx.module_attr parameter @w : tensor<f32>
      fx.graph @forward {
        %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
        %w = fx.get_attr @w : tensor<f32>
        %inner = fx.get_attr @inner : !fx.graph_module
        %mul = fx.call_function aten.mul.Tensor(%x, %w) : (tensor<1x3x8x8xf32>, tensor<f32>) -> tensor<1x3x8x8xf32>
        fx.output((%mul,)) : tensor<1x3x8x8xf32>
      }
      fx.graph_module @inner {
        fx.graph @forward {
          %x = fx.placeholder "x" : tensor<f32>
          fx.output(%x) : tensor<f32>
        }
      }
    }
    fx.graph_module @false_graph_0 {
      fx.graph @forward {
        %x = fx.placeholder "x" : tensor<1x3x8x8xf32>
        fx.output((%x,)) : tensor<1x3x8x8xf32>
      }
    }
  }
// A graph module whose graph has another name, its output node renamed.
// CHECK: fx.graph_module @Other attributes {note = "attr"} {
  fx.graph_module @Other attributes {note = "attr"} {
    fx.graph @backward attributes {note = "attr"} {
// CHECK: fx.output() {name = "output_1"}
      fx.output() {name = "output_1"}
    }
  }
}
