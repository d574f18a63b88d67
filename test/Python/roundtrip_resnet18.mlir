// REQUIRES: torch
// End to end on a resnet18-shaped model written in the repository: trace it, import, fx-opt, export,
// run; the outputs match the model's, every node's metadata comes back key by key and
// re-importing gives the same text.
// RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/export_models.py:SmallResNet --input-shape 2,3,32,32 --fx-opt fx-opt | FileCheck %s --check-prefix=E2E
// E2E: outputs allclose: True; metadata equal: True; re-imported text identical: True
// Symbolic sizes: every inferred type (symbolic sizes included) agrees with PyTorch's and the
// outputs match (roundtrip_dynamic.py re-imports symbolic graphs byte for byte).
// RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/export_models.py:SmallResNet --input-shape 2,3,32,32 --trace symbolic --fx-opt fx-opt --passes=--fx-infer-types=mode=check | FileCheck %s --check-prefix=SYMBOLIC
// SYMBOLIC: outputs allclose: True

// The checked-in graph parses and keeps its metadata through fx-opt.
// RUN: fx-opt --mlir-print-local-scope %S/../Inputs/resnet18.mlir | FileCheck %s
// CHECK: fx.graph_module @ResNet {
// CHECK: fx.module_attr parameter @conv1.weight : tensor<64x3x7x7xf32>
// CHECK: fx.module_attr buffer @bn1.num_batches_tracked : tensor<si64>
// CHECK: %x = fx.placeholder "x" : tensor<1x3x224x224xf32>
// CHECK: %convolution = fx.call_function aten.convolution.default(%x, %conv1_weight, None, [2, 2], [3, 3], [1, 1], False, [0, 0], 1) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___conv1", "conv1", "torch.nn.modules.conv.Conv2d"]]>} : (tensor<1x3x224x224xf32>, tensor<64x3x7x7xf32>) -> tensor<1x64x112x112xf32>
// CHECK: %native_batch_norm = fx.call_function aten.native_batch_norm.default({{.*}}) -> tuple<tensor<1x64x112x112xf32>, tensor<0xf32>, tensor<0xf32>>
// CHECK: %addmm = fx.call_function aten.addmm.default(%fc_bias, %_reshape_alias, %t)
// CHECK: fx.output(%addmm) : tensor<1x1000xf32>
