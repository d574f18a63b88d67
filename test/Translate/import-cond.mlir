// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/cond.pt2 --mlir-print-local-scope | FileCheck %s

// torch.cond(x.sum() > 0, sin, cos, (x,)). PyTorch reads the branches as
// submodules true_graph_0 / false_graph_0 named by get_attr nodes, the cond
// node's value as a one-element tuple (getitem: f32[3] = cond[0]); HOP args
// have no schema names.

// CHECK-LABEL: fx.graph_module @model
// CHECK: %gt = fx.call_function aten.gt.Scalar(%sum_1, 0) {{.*}} : (tensor<f32>) -> tensor<i1>
// CHECK: %true_graph_0 = fx.get_attr @true_graph_0 : !fx.graph_module
// CHECK: %false_graph_0 = fx.get_attr @false_graph_0 : !fx.graph_module
// CHECK: %cond = fx.call_function higher_order.cond(%gt, %true_graph_0, %false_graph_0, [%x])
// CHECK-NOT: fx.arg_names
// CHECK-SAME: fx.torch_fn = #fx.torch_fn<"cond_1", "CondOp.cond">
// CHECK-SAME: : (tensor<i1>, !fx.graph_module, !fx.graph_module, tensor<3xf32>) -> tuple<tensor<3xf32>>
// CHECK: %getitem = fx.call_function operator.getitem(%cond, 0) {{.*}} -> tensor<3xf32>
// CHECK: fx.output((%getitem,))
// CHECK-LABEL: fx.graph_module @true_graph_0
// CHECK: %x = fx.placeholder "x" : tensor<3xf32>
// CHECK: %sin = fx.call_function aten.sin.default(%x)
// CHECK: fx.output((%sin,)) : tensor<3xf32>
// CHECK-LABEL: fx.graph_module @false_graph_0
// CHECK: %cos = fx.call_function aten.cos.default(%x)
