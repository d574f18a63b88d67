# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s > %t.mlir
# RUN: FileCheck %s < %t.mlir
# RUN: fx-opt --mlir-print-local-scope %t.mlir | FileCheck %s
"""fx_mlir.backend imports each graph torch.compile captures, with TorchDynamo's metadata,
and leaves what runs unchanged; a graph break gives two graphs."""

import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Inputs"))
import export_models  # noqa: E402

import fx_mlir  # noqa: E402

model, inputs, _ = export_models.build("mlp")
backend = fx_mlir.Backend()
compiled = torch.compile(model, backend=backend)
assert torch.equal(compiled(*inputs), model(*inputs))
assert len(backend.graphs) == 1, len(backend.graphs)


def with_break(x):
    y = torch.relu(x) + 1
    torch._dynamo.graph_break()
    return y * 2


x = torch.randn(3)
broken = fx_mlir.Backend(prefix="broken")
assert torch.equal(torch.compile(with_break, backend=broken)(x), with_break(x))
assert len(broken.graphs) == 2, len(broken.graphs)
sys.stdout.write(backend.graphs[0] + broken.graphs[0] + broken.graphs[1])

# The parameters are graph inputs, typed by their example values; each call carries the
# module it ran in and its source function.
# CHECK-LABEL: fx.graph_module @graph_0
# CHECK: %l_x_ = fx.placeholder "L_x_" {{.*}}: tensor<4x16xf32>
# CHECK: %linear = fx.call_function torch._C._nn.linear(%l_x_, %l_self_modules_fc1_parameters_weight_, %l_self_modules_fc1_parameters_bias_)
# CHECK-SAME: fx.nn_module_stack = #fx.nn_module_stack<{{\[\[}}"{{[0-9]+}}", "L['self'].fc1", "torch.nn.modules.linear.Linear"]]>
# CHECK-SAME: -> tensor<4x32xf32>
# CHECK: fx.output((%linear_1,)) : tensor<4x8xf32>
# CHECK-LABEL: fx.graph_module @broken_0
# CHECK: fx.call_function torch.relu
# CHECK-LABEL: fx.graph_module @broken_1
# CHECK: fx.call_function operator.mul
