# REQUIRES: torch
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Every test model (test/Inputs/export_models.py), exported by torch.export and
# imported, goes through type checking (but cond) and fx-export-pipeline; then
# fx-verify-core-aten (the pipeline's last pass, as a warning) lists what is not
# Core ATen, and the graph, exported back to PyTorch, computes the model's
# outputs. A GraphModule has no graph signature to return buffer mutations
# through: its mutated buffers are written back by copy_, as
# torch.func.functionalize does (utils/export_e2e.py checks the .pt2 route,
# where they become mutation outputs).
# RUN: %python %s | FileCheck %s

# CHECK: mlp: core aten; outputs allclose: True
# CHECK: mlp_dynamic: core aten; outputs allclose: True
# CHECK: conv_bn_relu: core aten; outputs allclose: True
# CHECK: conv_bn_relu_dynamic: core aten; outputs allclose: True
# CHECK: basic_block: core aten; outputs allclose: True
# CHECK: small_resnet: core aten; outputs allclose: True
# CHECK: depthwise_separable: core aten; outputs allclose: True
# CHECK: self_attention: core aten; outputs allclose: True
# CHECK: self_attention_dynamic: core aten; outputs allclose: True
# CHECK: transformer_block: core aten; outputs allclose: True
# CHECK: norms: core aten; outputs allclose: True
# CHECK: cond: core aten; outputs allclose: True
# CHECK: buffer_mutation: left aten.copy_.default; outputs allclose: True
# CHECK: integer_and_bool: core aten; outputs allclose: True
# CHECK: half: core aten; outputs allclose: True
# CHECK: resize: core aten; outputs allclose: True

import os
import re
import subprocess
import sys
import warnings

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "Inputs"))
import export_models  # noqa: E402
from fx_mlir.exporter import export_graph_module  # noqa: E402
from fx_mlir.importer import import_graph_module  # noqa: E402

PASSES = ["--fx-export-pipeline=core-aten-severity=warning"]
# Type checking needs a rule for every node: torch.cond has none yet.
UNCHECKED = {"cond"}


def run(name):
    module, inputs, _ = export_models.build(name)
    ep = export_models.export(name)
    result = subprocess.run(
        ["fx-opt", "-", *([] if name in UNCHECKED else ["--fx-infer-types=mode=check"]), *PASSES], input=import_graph_module(ep.graph_module, name), capture_output=True, text=True
    )
    if result.returncode:
        return f"fx-opt failed: {result.stderr[-2000:]}"
    left = sorted(set(re.findall(r"'([^']+)' is not a Core ATen op", result.stderr)))
    # The lifted parameters, buffers and constants, then the user inputs; cloned before
    # the model runs, as it mutates its buffers.
    lifted = [
        (ep.state_dict | ep.constants)[spec.target]
        for spec in ep.graph_signature.input_specs
        if spec.kind != torch.export.graph_signature.InputKind.USER_INPUT
    ]
    args = [arg.clone() for arg in lifted + list(inputs)]
    expected = ep.module()(*[arg.clone() for arg in inputs])
    outputs = export_graph_module(result.stdout, ep.graph_module)(*args)
    outputs = outputs[len(outputs) - len(ep.graph_signature.user_outputs) :]
    expected = expected if isinstance(expected, (tuple, list)) else (expected,)
    atol = export_models.MODELS[name].atol
    close = all(torch.allclose(got.float(), want.float(), atol=atol) for got, want in zip(outputs, expected))
    state = f"left {', '.join(left)}" if left else "core aten"
    return f"{state}; outputs allclose: {close}"


warnings.filterwarnings("ignore")
for name in export_models.MODELS:
    print(f"{name}: {run(name)}", flush=True)
