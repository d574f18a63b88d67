// REQUIRES: torch
// RUN: %python -m fx_mlir.import %S/../Inputs/small_models.py:AddRelu --input-shape 3,4 --trace fake > %t.mlir
// RUN: FileCheck %s < %t.mlir
// RUN: fx-opt %t.mlir | FileCheck %s

// State becomes module attributes read by get_attr; placeholders take forward's names;
// the kwarg and the float survive; the output is the module's (tensor, tensor) tuple.
// CHECK-LABEL: fx.graph_module @AddRelu {
// CHECK: fx.module_attr parameter @scale : tensor<4xf32>
// CHECK: fx.module_attr buffer @offset : tensor<4xf32>
// CHECK: %scale = fx.get_attr @scale : tensor<4xf32>
// CHECK: %x = fx.placeholder "x" : tensor<3x4xf32>
// CHECK: %mul = fx.call_function aten.mul.Tensor(%x, %scale) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xf32>
// CHECK: %add = fx.call_function aten.add.Tensor(%mul, %offset, alpha = 0.5)
// CHECK: %sum_1 = fx.call_function aten.sum.dim_IntList(%add, [-1], True) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<3x4xf32>) -> tensor<3x1xf32>
// CHECK: fx.output((%relu, %sum_1)) : tensor<3x4xf32>, tensor<3x1xf32>
