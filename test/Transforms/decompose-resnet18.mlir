// fx-decompose on the checked-in resnet18 graph (torch 1.13 make_fx): the
// inference-mode native_batch_norm nodes become arithmetic (their unused
// getitems of the saved statistics go), t becomes permute, _reshape_alias
// becomes view and addmm becomes mm + add; every created node has types and metadata (the graph records no
// torch_fn and no custom: as run_decompositions does, the created nodes get
// the torch_fn of the replaced node's target and no custom), and re-inferring
// all types agrees with them.
// RUN: fx-opt --mlir-print-local-scope %S/../Inputs/resnet18.mlir --fx-decompose=ops=all --fx-verify-metadata | FileCheck %s
// RUN: fx-opt %S/../Inputs/resnet18.mlir --fx-decompose=ops=all --fx-verify-metadata=summary --fx-infer-types=mode=check -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SUMMARY
// RUN: fx-opt %S/../Inputs/resnet18.mlir --fx-decompose="ops=all policy=first-argument" --fx-verify-metadata --fx-infer-types=mode=check -o /dev/null

// CHECK-NOT:  aten.native_batch_norm.default
// CHECK-NOT:  aten.addmm.default
// CHECK-NOT:  aten.t.default
// CHECK:      %convolution = fx.call_function aten.convolution.default
// CHECK:      %add = fx.call_function aten.add.Tensor(%bn1_running_var, 1.0e-05) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___bn1", "bn1", "torch.nn.modules.batchnorm.BatchNorm2d"]]>, fx.torch_fn = #fx.torch_fn<"native_batch_norm.default_0", "OpOverload.native_batch_norm.default">} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %rsqrt = fx.call_function aten.rsqrt.default(%add) {{.*}} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %view = fx.call_function aten.view.default(%bn1_running_mean, [64, 1, 1]) {{.*}} : (tensor<64xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %view_1 = fx.call_function aten.view.default(%rsqrt, [64, 1, 1]) {{.*}} : (tensor<64xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %sub = fx.call_function aten.sub.Tensor(%convolution, %view) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%sub, %view_1) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %view_2 = fx.call_function aten.view.default(%bn1_weight, [64, 1, 1]) {{.*}} : (tensor<64xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %mul_1 = fx.call_function aten.mul.Tensor(%mul, %view_2) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %view_3 = fx.call_function aten.view.default(%bn1_bias, [64, 1, 1]) {{.*}} : (tensor<64xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %add_1 = fx.call_function aten.add.Tensor(%mul_1, %view_3) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %relu_ = fx.call_function aten.relu_.default(%add_1)

// CHECK:      %[[VIEW:view_[0-9]+]] = fx.call_function aten.view.default(%mean, [1, 512])
// CHECK:      %permute = fx.call_function aten.permute.default(%fc_weight, [1, 0]) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"t.default_0", "OpOverload.t.default">} : (tensor<1000x512xf32>) -> tensor<512x1000xf32>
// CHECK-NEXT: %mm = fx.call_function aten.mm.default(%[[VIEW]], %permute) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"addmm.default_0", "OpOverload.addmm.default">} : (tensor<1x512xf32>, tensor<512x1000xf32>) -> tensor<1x1000xf32>
// CHECK-NEXT: %[[ADD:add_[0-9]+]] = fx.call_function aten.add.Tensor(%mm, %fc_bias) {fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"addmm.default_0", "OpOverload.addmm.default">} : (tensor<1x1000xf32>, tensor<1000xf32>) -> tensor<1x1000xf32>
// CHECK-NEXT: fx.output(%[[ADD]]) : tensor<1x1000xf32>

// SUMMARY: remark: fx-verify-metadata: {{[0-9]+}} call nodes, 0 without result types, 0 without 'fx.nn_module_stack'
