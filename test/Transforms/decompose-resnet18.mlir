// fx-decompose on the checked-in resnet18 graph (torch 1.13 make_fx): the
// inference-mode native_batch_norm nodes become
// _native_batch_norm_legit_no_training, which ops=all lowers further to
// PyTorch's arithmetic (their unused getitems of the saved statistics go), t becomes permute, _reshape_alias
// becomes view and addmm becomes mm + add; every created node has types and metadata (the graph records no
// torch_fn and no custom: as run_decompositions does, the created nodes get
// the torch_fn of the replaced node's target and no custom), and re-inferring
// all types agrees with them. Provenance (on by default) names the node each
// was made of: the input graph's native_batch_norm, t and addmm, never the
// _native_batch_norm_legit_no_training in between.
// RUN: fx-opt --mlir-print-local-scope %S/../Inputs/resnet18.mlir --fx-decompose=ops=all --fx-verify-metadata | FileCheck %s
// RUN: fx-opt %S/../Inputs/resnet18.mlir --fx-decompose=ops=all --fx-verify-metadata=summary --fx-infer-types=mode=check -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SUMMARY
// RUN: fx-opt %S/../Inputs/resnet18.mlir --fx-decompose="ops=all policy=first-argument" --fx-verify-metadata --fx-infer-types=mode=check -o /dev/null

// CHECK-NOT:  fx.call_function aten.native_batch_norm.default
// CHECK-NOT:  fx.call_function aten.addmm.default
// CHECK-NOT:  fx.call_function aten.t.default
// CHECK:      %convolution = fx.call_function aten.convolution.default
// CHECK:      %_to_copy = fx.call_function aten._to_copy.default(%bn1_running_mean, dtype = torch.float32) {fx.from_node = [#fx.node_source<name = "native_batch_norm", target = "aten.native_batch_norm.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___bn1", "bn1", "torch.nn.modules.batchnorm.BatchNorm2d"]]>, fx.original_aten = #fx.operator<"aten.native_batch_norm.default">, fx.torch_fn = #fx.torch_fn<"native_batch_norm.default_0", "OpOverload.native_batch_norm.default">} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %_to_copy_1 = fx.call_function aten._to_copy.default(%bn1_running_var, dtype = torch.float32) {{.*}} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %add = fx.call_function aten.add.Tensor(%_to_copy_1, 1.0e-05) {{.*}} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %sqrt = fx.call_function aten.sqrt.default(%add) {{.*}} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %reciprocal = fx.call_function aten.reciprocal.default(%sqrt) {{.*}} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %mul = fx.call_function aten.mul.Tensor(%reciprocal, 1) {{.*}} : (tensor<64xf32>) -> tensor<64xf32>
// CHECK-NEXT: %unsqueeze = fx.call_function aten.unsqueeze.default(%_to_copy, -1) {{.*}} : (tensor<64xf32>) -> tensor<64x1xf32>
// CHECK-NEXT: %unsqueeze_1 = fx.call_function aten.unsqueeze.default(%unsqueeze, -1) {{.*}} : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %unsqueeze_2 = fx.call_function aten.unsqueeze.default(%mul, -1) {{.*}} : (tensor<64xf32>) -> tensor<64x1xf32>
// CHECK-NEXT: %unsqueeze_3 = fx.call_function aten.unsqueeze.default(%unsqueeze_2, -1) {{.*}} : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %sub = fx.call_function aten.sub.Tensor(%convolution, %unsqueeze_1) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %mul_1 = fx.call_function aten.mul.Tensor(%sub, %unsqueeze_3) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %unsqueeze_4 = fx.call_function aten.unsqueeze.default(%bn1_weight, -1) {{.*}} : (tensor<64xf32>) -> tensor<64x1xf32>
// CHECK-NEXT: %unsqueeze_5 = fx.call_function aten.unsqueeze.default(%unsqueeze_4, -1) {{.*}} : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %mul_2 = fx.call_function aten.mul.Tensor(%mul_1, %unsqueeze_5) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %unsqueeze_6 = fx.call_function aten.unsqueeze.default(%bn1_bias, -1) {{.*}} : (tensor<64xf32>) -> tensor<64x1xf32>
// CHECK-NEXT: %unsqueeze_7 = fx.call_function aten.unsqueeze.default(%unsqueeze_6, -1) {{.*}} : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
// CHECK-NEXT: %add_1 = fx.call_function aten.add.Tensor(%mul_2, %unsqueeze_7) {{.*}} : (tensor<1x64x112x112xf32>, tensor<64x1x1xf32>) -> tensor<1x64x112x112xf32>
// CHECK-NEXT: %relu_ = fx.call_function aten.relu_.default(%add_1)

// CHECK:      %[[VIEW:view[_0-9]*]] = fx.call_function aten.view.default(%mean, [1, 512])
// CHECK:      %permute = fx.call_function aten.permute.default(%fc_weight, [1, 0]) {fx.from_node = [#fx.node_source<name = "t", target = "aten.t.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.original_aten = #fx.operator<"aten.t.default">, fx.torch_fn = #fx.torch_fn<"t.default_0", "OpOverload.t.default">} : (tensor<1000x512xf32>) -> tensor<512x1000xf32>
// CHECK-NEXT: %mm = fx.call_function aten.mm.default(%[[VIEW]], %permute) {fx.from_node = [#fx.node_source<name = "addmm", target = "aten.addmm.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.original_aten = #fx.operator<"aten.addmm.default">, fx.torch_fn = #fx.torch_fn<"addmm.default_0", "OpOverload.addmm.default">} : (tensor<1x512xf32>, tensor<512x1000xf32>) -> tensor<1x1000xf32>
// CHECK-NEXT: %[[ADD:add_[0-9]+]] = fx.call_function aten.add.Tensor(%mm, %fc_bias) {fx.from_node = [#fx.node_source<name = "addmm", target = "aten.addmm.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>], fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.original_aten = #fx.operator<"aten.addmm.default">, fx.torch_fn = #fx.torch_fn<"addmm.default_0", "OpOverload.addmm.default">} : (tensor<1x1000xf32>, tensor<1000xf32>) -> tensor<1x1000xf32>
// CHECK-NEXT: fx.output(%[[ADD]]) : tensor<1x1000xf32>

// SUMMARY: remark: fx-verify-metadata: {{[0-9]+}} call nodes, 0 without result types, 0 without 'fx.nn_module_stack'
