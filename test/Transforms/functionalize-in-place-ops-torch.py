# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s fx-opt fx-translate | FileCheck %s
"""fx-functionalize-in-place-ops against PyTorch 2.13's functionalization.

Each module below is exported with torch.export and functionalized twice: by
PyTorch, `run_decompositions({})` (an empty table: functionalization alone,
the modules call only ops that stay), and by fx-opt through the .pt2 route.
The two programs must have the same nodes in the same order (name, target,
args, kwargs, dtype and shape, nn_module_stack, torch_fn, stack_trace), the
same graph signature, and compute the same outputs and buffers.
"""

# CHECK: buffer_mutation: same
# CHECK: input_and_buffers: same
# CHECK: read_between: same
# CHECK: promotion: same
# CHECK: dead_intermediate: same
# CHECK: activations: same
# CHECK: copy_intermediate: same
# CHECK: cond_branch: same
# CHECK: 8 same, 0 different

import os
import re
import subprocess
import sys
import warnings

import torch
import torch.nn.functional as F
from torch import nn
from torch.export import Dim

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Inputs"))
import export_models  # noqa: E402
from fx_mlir.pt2 import export_program, import_program  # noqa: E402


class InputAndBuffers(nn.Module):
    """A user input and two buffers, mutated in the reverse of input order."""

    def __init__(self):
        super().__init__()
        self.register_buffer("a", torch.zeros(3))
        self.register_buffer("b", torch.zeros(3))

    def forward(self, x):
        x.sub_(1)
        self.b.add_(x)
        self.a.mul_(2)
        return x * 2


class ReadBetween(nn.Module):
    """A buffer read between two mutations and returned after them."""

    def __init__(self):
        super().__init__()
        self.register_buffer("b", torch.zeros(3))

    def forward(self, x):
        self.b.add_(x)
        z = self.b * 2
        self.b.mul_(3)
        return z, self.b


class Promotion(nn.Module):
    """In-place ops keep self's dtype: PyTorch casts the out-of-place result back."""

    def forward(self, a, b, i, s):
        y = a * 1
        y.add_(b)
        j = i * 1
        j.mul_(s)
        return y, j


class DeadIntermediate(nn.Module):
    """Mutations of a tensor nothing reads afterwards disappear."""

    def forward(self, x):
        y = x * 2
        y.add_(1).mul_(3)
        return x.cos()


class Activations(nn.Module):
    """In-place activations and arithmetic with args and kwargs, on a dynamic batch."""

    def forward(self, x):
        y = x * 2
        F.hardtanh_(y, -0.5, 0.5)
        F.leaky_relu_(y, 0.2)
        y.clamp_(min=-0.25)
        y.sub_(x, alpha=0.5)
        y.div_(4)
        y.sigmoid_()
        return y + 1


class CopyIntermediate(nn.Module):
    def forward(self, x):
        y = x + 1
        y.copy_(x * 3)
        return y * 2


class CondBranch(nn.Module):
    """An in-place op on an intermediate inside a torch.cond branch."""

    def forward(self, x):
        def positive(t):
            y = t * 2
            y.relu_()
            return y + 1

        return torch.cond(x.sum() > 0, positive, lambda t: t.sin(), (x,))


# name: (module, inputs, dynamic_shapes)
CASES = {
    "buffer_mutation": lambda: export_models.build("buffer_mutation"),
    "input_and_buffers": lambda: (InputAndBuffers(), (torch.randn(3),), None),
    "read_between": lambda: (ReadBetween(), (torch.randn(3),), None),
    "promotion": lambda: (
        Promotion(),
        (torch.randn(3), torch.randn(3, dtype=torch.float64), torch.arange(3), torch.tensor(2.5)),
        None,
    ),
    "dead_intermediate": lambda: (DeadIntermediate(), (torch.randn(3),), None),
    "activations": lambda: (Activations(), (torch.randn(4, 4),), ({0: Dim("batch", min=2, max=64)},)),
    "copy_intermediate": lambda: (CopyIntermediate(), (torch.randn(3),), None),
    "cond_branch": lambda: (CondBranch(), (torch.randn(3),), None),
}


def _type_name(value):
    return value if isinstance(value, str) else f"{value.__module__}.{value.__qualname__}"


def _base_name(name):
    """A node name without FX's uniquing suffix: `mul_1` -> `mul`, `mul_` stays."""
    return re.sub(r"_\d+$", "", name)


def _describe(node, position, nested):
    """What must agree about a node, as comparable values. Nodes are named
    after their targets as PyTorch names them, but the suffixes differ:
    PyTorch retraces the whole graph (its counters count nodes it dropped),
    fx-mlir keeps the names of the nodes it does not rewrite. Args refer to
    nodes by position; tuples and lists are one kind (the .pt2 format keeps
    lists)."""
    val = node.meta.get("val")
    stack = node.meta.get("nn_module_stack") or {}

    def normalize(args):
        if isinstance(args, (tuple, list)):
            return [normalize(a) for a in args]
        if isinstance(args, dict):
            return {key: normalize(a) for key, a in args.items()}
        return f"%{position[args.name]}" if isinstance(args, torch.fx.Node) else args

    described = {
        "op": node.op,
        "name": _base_name(node.name),
        "target": str(node.target),
        "args": normalize(node.args),
        "kwargs": normalize(node.kwargs),
        "val": (tuple(val.shape), val.dtype) if isinstance(val, torch.Tensor) else None,
    }
    if node.op == "call_function":
        described["torch_fn"] = node.meta.get("torch_fn")
        described["stack_trace"] = (node.meta.get("stack_trace") or "").strip()
        # The listener gives a created node in a nested graph PyTorch's empty
        # stack sentinel where run_decompositions leaves nn_module_stack out.
        if not nested:
            described["nn_module_stack"] = [(path, _type_name(kind)) for path, kind in stack.values()]
    return described


def _compare_graphs(expected, actual, where, nested=False):
    problems = []
    want_nodes, got_nodes = list(expected.graph.nodes), list(actual.graph.nodes)
    if len(want_nodes) != len(got_nodes):
        return [f"{where}: nodes {[n.name for n in got_nodes]}, PyTorch {[n.name for n in want_nodes]}"]
    want = [_describe(n, {m.name: i for i, m in enumerate(want_nodes)}, nested) for n in want_nodes]
    got = [_describe(n, {m.name: i for i, m in enumerate(got_nodes)}, nested) for n in got_nodes]
    for w, g, node in zip(want, got, want_nodes):
        for key in w:
            if w[key] != g.get(key):
                problems.append(f"{where}: node {node.name}: {key} {g.get(key)!r}, PyTorch {w[key]!r}")
    for name, module in expected.named_children():
        if isinstance(module, torch.fx.GraphModule):
            problems += _compare_graphs(module, getattr(actual, name), f"{where}.{name}", nested=True)
    return problems


def _signature(program):
    """The graph signature with output names replaced by the outputs' positions."""
    output = next(n for n in program.graph.nodes if n.op == "output")
    position = {n.name: i for i, n in enumerate(program.graph.nodes)}
    names = {a.name: f"%{position[a.name]}" for a in output.args[0] if isinstance(a, torch.fx.Node)}
    return [(s.kind, names.get(s.arg.name, s.arg.name), s.target) for s in program.graph_signature.output_specs]


def _same(expected, actual):
    if isinstance(expected, torch.Tensor):
        return expected.dtype == actual.dtype and torch.allclose(expected, actual, atol=1e-6)
    return len(expected) == len(actual) and all(_same(e, a) for e, a in zip(expected, actual))


def run(name, fx_opt, fx_translate):
    module, inputs, dynamic_shapes = CASES[name]()
    # Each export works on its own copy of the inputs, which the module mutates.
    program = torch.export.export(module, tuple(t.clone() for t in inputs), dynamic_shapes=dynamic_shapes)
    expected = program.run_decompositions({})
    result = subprocess.run(
        [fx_opt, "--fx-functionalize-in-place-ops", "--mlir-print-debuginfo"],
        input=import_program(program, fx_translate), capture_output=True, text=True)
    if result.returncode:
        return [result.stderr.strip()]
    actual = export_program(result.stdout, fx_translate)
    problems = _compare_graphs(expected.graph_module, actual.graph_module, "graph")
    if _signature(expected) != _signature(actual) or (
            expected.graph_signature.input_specs != actual.graph_signature.input_specs):
        problems.append(f"signature:\n{actual.graph_signature}\nPyTorch:\n{expected.graph_signature}")
    # Both run as modules, on their own copies of the inputs and buffers.
    runs = []
    for ep in (expected, actual):
        args = tuple(t.clone() for t in inputs)
        unlifted = ep.module()
        with torch.no_grad():
            runs.append((unlifted(*args), args, [b.clone() for b in unlifted.buffers()]))
    if not _same(runs[0], runs[1]):
        problems.append("outputs, mutated inputs or buffers differ from PyTorch's")
    return problems


def main():
    fx_opt, fx_translate = sys.argv[1:3]
    warnings.filterwarnings("ignore")
    different = 0
    for name in CASES:
        problems = run(name, fx_opt, fx_translate)
        print(f"{name}: {'same' if not problems else 'different'}")
        for problem in problems:
            print(f"  {problem}")
        different += bool(problems)
    print(f"{len(CASES) - different} same, {different} different")


if __name__ == "__main__":
    main()
