// Metadata attributes and stack_trace locations round-trip byte for byte.
// The input is in printed form (with --mlir-print-local-scope, which writes
// locations inline).
// RUN: fx-opt %s --mlir-print-debuginfo --mlir-print-local-scope > %t.1 && grep -v -e '^//' -e '^$' %s > %t.in && grep -v '^$' %t.1 | diff -u %t.in -
// RUN: fx-opt %t.1 --mlir-print-debuginfo --mlir-print-local-scope > %t.2 && diff -u %t.1 %t.2
// RUN: fx-opt %s --mlir-print-debuginfo > %t.a1 && fx-opt %t.a1 --mlir-print-debuginfo > %t.a2 && diff -u %t.a1 %t.a2
// RUN: fx-opt %s --mlir-print-debuginfo --mlir-print-op-generic > %t.g1 && fx-opt %t.g1 --mlir-print-debuginfo --mlir-print-op-generic > %t.g2 && diff -u %t.g1 %t.g2
// RUN: fx-opt %t.g1 --mlir-print-debuginfo --mlir-print-local-scope > %t.3 && diff -u %t.1 %t.3
// RUN: fx-opt %s > %t.n1 && fx-opt %t.n1 > %t.n2 && diff -u %t.n1 %t.n2
// RUN: fx-opt %s --mlir-print-debuginfo | FileCheck %s
// RUN: fx-opt %s | FileCheck %s --check-prefix=NODEBUG
// Each non-empty nn_module_stack is printed once, as an alias; the empty
// stack stays inline. --mlir-print-local-scope prints every one inline.
// CHECK: [[STACK:#nn_module_stack[0-9]*]] = #fx.nn_module_stack<{{\[\[}}"L__self__", "", "torch.nn.modules.container.Sequential"], ["L__self___layer1", "layer1", "torch.nn.modules.container.Sequential"], ["L__self___layer1_0", "layer1.0", "torchvision.models.resnet.BasicBlock"]]>{{$}}
// CHECK-NOT: = #fx.nn_module_stack<[]>
// CHECK: [[SOURCE_FN:#source_fn_stack[0-9]*]] = #fx.source_fn_stack<{{\[\[}}"fc", "torch.nn.modules.linear.Linear"], ["linear", "torch._C._nn.linear"]]>{{$}}
// CHECK-NOT: = #fx.source_fn_stack<[]>
// CHECK: %stack = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = [[STACK]]} : (tensor<2xf32>) -> tensor<2xf32> loc([[FRAME:#loc[0-9]+]])
// CHECK: %empty_stack = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[]>} {{.*}} loc([[FUSED:#loc[0-9]+]])
// CHECK: fx.call_function {{.*}} loc([[TRACE:#loc[0-9]+]])
// CHECK: %source_fn = {{.*}} {fx.original_aten = #fx.operator<"aten.linear.default">, fx.seq_nr = 3 : i64, fx.source_fn_stack = [[SOURCE_FN]]}
// CHECK: %empty_source_fn = {{.*}} {fx.seq_nr = -1 : i64, fx.source_fn_stack = #fx.source_fn_stack<[]>}
// Node sources are aliased, the nested ones too.
// CHECK: %from_node = {{.*}} {fx.from_node = [#node_source{{[0-9]*}}, #node_source{{[0-9]*}}]}
// CHECK-DAG: [[FILE:#loc[0-9]+]] = loc("model.py":12:0)
// CHECK-DAG: [[FRAME]] = loc("forward"([[FILE]]))
// CHECK-DAG: [[FUSED]] = loc(fused<"y = self.conv(x)">[[[FRAME]]])
// CHECK-DAG: [[TRACE]] = loc(callsite({{#loc[0-9]+}} at {{#loc[0-9]+}}))
// NODEBUG-NOT: loc(
module {
  fx.graph_module @Meta {
    fx.graph @forward {
      %x = fx.placeholder "x" : tensor<2xf32> loc(unknown)
      %stack = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "torch.nn.modules.container.Sequential"], ["L__self___layer1", "layer1", "torch.nn.modules.container.Sequential"], ["L__self___layer1_0", "layer1.0", "torchvision.models.resnet.BasicBlock"]]>} : (tensor<2xf32>) -> tensor<2xf32> loc("forward"("model.py":12:0))
      %empty_stack = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<2xf32>) -> tensor<2xf32> loc(fused<"y = self.conv(x)">["forward"("model.py":12:0)])
      %sentinel = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook", "_empty_nn_module_stack_from_metadata_hook"]]>} : (tensor<2xf32>) -> tensor<2xf32> loc(callsite(fused<"return self.relu(x)">["forward"("/a/resnet.py":90:0)] at callsite("forward"("model.py":12:0) at fused<"out = m(x)">["<module>"("run.py":3:0)])))
      %torch_fn = fx.call_function aten.add.Tensor(%x, %x) {fx.torch_fn = #fx.torch_fn<"add_1", "builtin_function_or_method.add">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc("not a Python stack trace\0A  at all")
      %custom = fx.call_function aten.add.Tensor(%x, %x) {fx.custom = #fx.dict<{"b" = 1 : i64, "a" = "first is b", "nested" = #fx.dict<{"l" = [#fx.none, true, 1.500000e+00]}>}>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc("")
      %empty_custom = fx.call_function aten.add.Tensor(%x, %x) {fx.custom = #fx.dict<{}>, fx.nn_module_stack = #fx.nn_module_stack<[["k \22quoted\22", "p\0A", "caf\C3\A9"]]>, fx.torch_fn = #fx.torch_fn<"", "">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc(callsite("f"("a.py":1:0) at "g"("b.py":2:0)))
      %source_fn = fx.call_function aten.linear.default(%x, %x) {fx.original_aten = #fx.operator<"aten.linear.default">, fx.seq_nr = 3 : i64, fx.source_fn_stack = #fx.source_fn_stack<[["fc", "torch.nn.modules.linear.Linear"], ["linear", "torch._C._nn.linear"]]>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc(unknown)
      %empty_source_fn = fx.call_function aten.add.Tensor(%x, %x) {fx.seq_nr = -1 : i64, fx.source_fn_stack = #fx.source_fn_stack<[]>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc(unknown)
      %from_node = fx.call_function aten.addmm.default(%x, %x, %x) {fx.from_node = [#fx.node_source<name = "linear \22quoted\22", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "replace+create", from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "ExportedProgram.module()", action = "create", from_node = []>]>, #fx.node_source<name = "", target = "", graph_id = -1, pass_name = "", action = "", from_node = []>]} : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc(unknown)
      fx.output(%custom) : tensor<2xf32> loc(unknown)
    } loc(unknown)
  } loc(unknown)
  func.func @foreign() attributes {fx.custom = #fx.dict<{"on" = "any op"}>, fx.nn_module_stack = #fx.nn_module_stack<[]>} {
    return loc(unknown)
  } loc(unknown)
} loc(unknown)
