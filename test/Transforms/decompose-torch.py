# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s fx-opt | FileCheck %s
"""End to end numerics of fx-decompose. (1) Trace a model with linear, gelu
(both approximations), layer_norm, softmax, log_softmax, silu, hardswish,
hardsigmoid, elu, softplus and var with torch 1.13 make_fx, import it, run
fx-decompose, export it back and compare its outputs with the model's, under
both policies and with symbolic sizes. (2) Ops make_fx never leaves in a graph
(linear, layer_norm, batch_norm, std, flatten, expand_as, ...): a hand-written
graph of them and its decomposition, both exported, run on the same inputs."""

import subprocess
import sys

import torch

from fx_mlir.exporter import export_graph_module
from fx_mlir.importer import import_graph_module
from fx_mlir.tracing import trace

DECOMPOSED = [
    "aten.t.default",
    "aten.addmm.default",
    "aten.gelu.default",
    "aten._softmax.default",
    "aten._log_softmax.default",
    "aten.silu.default",
    "aten.hardswish.default",
    "aten.hardsigmoid.default",
    "aten.elu.default",
    "aten.softplus.default",
    "aten.var.correction",
]


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(8, 16)
        self.norm = torch.nn.LayerNorm(16)
        self.head = torch.nn.Linear(16, 4)

    def forward(self, x):
        h = self.norm(torch.nn.functional.gelu(self.fc(x)))
        h = torch.nn.functional.gelu(h, approximate="tanh") + torch.nn.functional.silu(h)
        h = torch.nn.functional.hardswish(h) + torch.nn.functional.hardsigmoid(h)
        h = torch.nn.functional.elu(h, alpha=0.5) + torch.nn.functional.softplus(h, beta=2.0, threshold=1.0)
        y = self.head(h)
        return torch.softmax(y, dim=-1), torch.log_softmax(y, dim=1), h.var(dim=0), h.var(dim=1, unbiased=False)


def main():
    fx_opt = sys.argv[1]
    torch.manual_seed(0)
    model = Model().eval()
    for mode in ["fake", "symbolic"]:
        text = import_graph_module(trace(model, [torch.randn(5, 8)], mode))
        present = [t for t in DECOMPOSED if t + "(" in text]
        for policy in ["replaced-op", "first-argument"]:
            result = subprocess.run(
                [fx_opt, f"--fx-decompose=ops=all policy={policy}", "--fx-verify-metadata",
                 "-mlir-print-debuginfo"],
                input=text, capture_output=True, text=True)
            if result.returncode != 0:
                print(result.stderr)
                return 1
            decomposed = result.stdout
            left = [t for t in DECOMPOSED if t + "(" in decomposed]
            exported = export_graph_module(decomposed, root=model)
            sample = torch.randn(5, 8)
            with torch.no_grad():
                expected, actual = model(sample), exported(sample)
            close = all(torch.allclose(e, a, rtol=1e-5, atol=1e-6) for e, a in zip(expected, actual))
            print(f"{mode} {policy}: decomposed {len(present)} kinds, left {left}, outputs allclose: {close}")
    return check_handwritten(fx_opt)


# Every node of this graph is in the decomposition table; PyTorch runs the
# original ops eagerly.
HANDWRITTEN = """
fx.graph_module @G {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<6x3x4xf32>
    %w = fx.placeholder "w" : tensor<5x4xf32>
    %b = fx.placeholder "b" : tensor<5xf32>
    %m = fx.placeholder "m" : tensor<3xf32>
    %v = fx.placeholder "v" : tensor<3xf32>
    %y = fx.placeholder "y" : tensor<3x1xf32>
    %z = fx.placeholder "z" : tensor<15x4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) : (tensor<6x3x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<6x3x5xf32>
    %linear_1 = fx.call_function aten.linear.default(%z, %w) : (tensor<15x4xf32>, tensor<5x4xf32>) -> tensor<15x5xf32>
    %ln = fx.call_function aten.layer_norm.default(%linear, [3, 5], None, None, 1.0e-03) : (tensor<6x3x5xf32>) -> tensor<6x3x5xf32>
    %bn = fx.call_function aten.batch_norm.default(%ln, %m, %v, %m, %v, False, 0.1, 1.0e-05, False) : (tensor<6x3x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<6x3x5xf32>
    %std = fx.call_function aten.std.correction(%bn, [0, 2], correction = 0, keepdim = True) : (tensor<6x3x5xf32>) -> tensor<1x3x1xf32>
    %std_1 = fx.call_function aten.std.dim(%bn, [1]) : (tensor<6x3x5xf32>) -> tensor<6x5xf32>
    %var = fx.call_function aten.var.default(%bn) : (tensor<6x3x5xf32>) -> tensor<f32>
    %flatten = fx.call_function aten.flatten.using_ints(%bn, 1) : (tensor<6x3x5xf32>) -> tensor<6x15xf32>
    %expand_as = fx.call_function aten.expand_as.default(%y, %bn) : (tensor<3x1xf32>, tensor<6x3x5xf32>) -> tensor<6x3x5xf32>
    %addmm = fx.call_function aten.addmm.default(%b, %flatten, %linear_1, beta = 0.5, alpha = 2) : (tensor<5xf32>, tensor<6x15xf32>, tensor<15x5xf32>) -> tensor<6x5xf32>
    fx.output((%std, %std_1, %var, %flatten, %expand_as, %ln, %addmm)) : tensor<1x3x1xf32>, tensor<6x5xf32>, tensor<f32>, tensor<6x15xf32>, tensor<6x3x5xf32>, tensor<6x3x5xf32>, tensor<6x5xf32>
  }
}
"""


def check_handwritten(fx_opt):
    result = subprocess.run([fx_opt, "--fx-decompose=ops=all", "--fx-verify-metadata=keys=fx.torch_fn"],
                            input=HANDWRITTEN, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr)
        return 1
    original = export_graph_module(HANDWRITTEN)
    decomposed = export_graph_module(result.stdout)
    inputs = [torch.randn(6, 3, 4), torch.randn(5, 4), torch.randn(5), torch.randn(3),
              torch.rand(3) + 0.5, torch.randn(3, 1), torch.randn(15, 4)]
    with torch.no_grad():
        expected, actual = original(*inputs), decomposed(*inputs)
    close = all(torch.allclose(e, a, rtol=1e-4, atol=1e-5) for e, a in zip(expected, actual))
    targets = {n.target for n in decomposed.graph.nodes if n.op == "call_function"}
    source = ("linear", "layer_norm", "batch_norm", "std", "var", "flatten", "expand_as", "addmm", "t")
    left = sorted(str(t) for t in targets if getattr(t, "__name__", "").split(".")[0] in source)
    print(f"handwritten: left {left}, outputs allclose: {close}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

# CHECK: fake replaced-op: decomposed 11 kinds, left [], outputs allclose: True
# CHECK: fake first-argument: decomposed 11 kinds, left [], outputs allclose: True
# CHECK: symbolic replaced-op: decomposed 11 kinds, left [], outputs allclose: True
# CHECK: symbolic first-argument: decomposed 11 kinds, left [], outputs allclose: True
# CHECK: handwritten: left [], outputs allclose: True
