// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s
// RUN: fx-translate --import-pt2 %S/Inputs/linear_relu.pt2 | FileCheck %s --check-prefix=BLOB
// RUN: fx-translate --import-pt2-json %S/Inputs/linear_relu.json --mlir-print-local-scope | FileCheck %s --check-prefix=JSON

// torch.export of Linear(4, 3) + relu on a 2x4 input. Expected values from
// PyTorch's own reading of the archive (torch.export.load, print(ep)):
//   forward(p_fc_weight: f32[3, 4], p_fc_bias: f32[3], x: f32[2, 4])
//   linear: f32[2, 3] = aten.linear.default(x, p_fc_weight, p_fc_bias)
//   relu: f32[2, 3] = aten.relu.default(linear); return (relu,)
//   p_fc_weight: PARAMETER target='fc.weight', ..., relu: USER_OUTPUT

// CHECK-LABEL: fx.graph_module @model
// CHECK-SAME: fx.program = #fx.dict<{"graph_module" = #fx.dict<{"metadata" = #fx.dict<{}>, "module_call_graph" = [
// CHECK-SAME: "schema_version" = #fx.dict<{"major" = 8 : i64, "minor" = 20 : i64}>, "torch_version" = "2.13.0+cpu"
// CHECK: fx.module_attr parameter @fc.weight : tensor<3x4xf32> = dense_resource<fc.weight> : tensor<3x4xf32>
// CHECK: fx.module_attr parameter @fc.bias : tensor<3xf32> = dense_resource<fc.bias> : tensor<3xf32>
// CHECK: fx.graph @forward {
// CHECK: %p_fc_weight = fx.placeholder "p_fc_weight" {fx.input_spec = #fx.input_spec<parameter, "fc.weight">} : tensor<3x4xf32>
// CHECK: %p_fc_bias = fx.placeholder "p_fc_bias" {fx.input_spec = #fx.input_spec<parameter, "fc.bias">} : tensor<3xf32>
// CHECK: %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2x4xf32>
// CHECK: %linear = fx.call_function aten.linear.default(%x, %p_fc_weight, %p_fc_bias) {fx.arg_names = ["input", "weight", "bias"], fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"L__self__", "", "__main__.LinearRelu"], ["L__self__fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_1", "builtin_function_or_method.linear">} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("strip"(callsite(fused<"return F.linear(input, self.weight, self.bias)">["forward"("{{.*}}torch/nn/modules/linear.py":{{[0-9]+}}:0)] at fused<"return torch.relu(self.fc(x))">["forward"("{{.*}}gen_pt2_fixtures.py":{{[0-9]+}}:0)])))
// CHECK: %relu = fx.call_function aten.relu.default(%linear) {fx.arg_names = ["self"], fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"L__self__", "", "__main__.LinearRelu"]]>, {{.*}}} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("strip"(fused<"return torch.relu(self.fc(x))">["forward"("{{.*}}gen_pt2_fixtures.py":{{[0-9]+}}:0)]))
// CHECK: fx.output((%relu,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<2x3xf32>
// The weights are the archive's bytes, after the blob's alignment word (64):
// PyTorch's state_dict values (ep.state_dict[k].numpy().tobytes().hex()).
// BLOB: dialect_resources
// BLOB: fc.weight: "0x400000006C7AC6BE186EB1BED23E84BE8CAA673EF8E74D3E6AA497BEC8AD1A3E6E898C3E203F81BD40649C3C0044ED3D00D19E3E"
// BLOB: fc.bias: "0x4000000048CFF53E9647C5BEECA13BBE"

// The bare program JSON gives the same graph; its module attributes have no
// value.
// JSON: fx.module_attr parameter @fc.weight : tensor<3x4xf32>{{$}}
// JSON: %relu = fx.call_function aten.relu.default(%linear)
// JSON-NOT: dialect_resources
