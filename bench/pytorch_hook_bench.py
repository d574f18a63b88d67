#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The PyTorch side of fx-bench: the same graphs and decomposition in torch.fx.

Builds the graphs of bench/fx-bench.cpp (chain: N/4 blocks of
linear -> relu -> add -> mul; tree: N/3 relu(linear) leaves reduced pairwise
by add and mul; activations 8x64 f32, 64 layers of 64x64 weights, every node
with `val`, `nn_module_stack` of depth 3 to 6 shared per layer and kind,
`stack_trace` and `torch_fn`), then runs the decomposition
linear -> t + addmm, relu -> clamp_min in two configurations:

  a  no hook;
  c  PyTorch's own hook, installed as export passes install it:
     `_set_node_metadata_hook(gm, partial(_node_metadata_hook, ...))` from
     torch/_export/passes/_node_metadata_hook.py (the target run on the fake
     values of its arguments under the FakeTensorMode and the Python
     dispatcher, then the metadata).

Prints one RESULT line of JSON per (shape, N, config), like fx-bench.
The input nodes' `val`s share one FakeTensor per shape (their content is
never read; creating them is not timed). Only the pass is timed.
"""
import argparse
import functools
import gc
import json
import sys
import time
import warnings

import torch
import torch.fx
from torch._export.passes._node_metadata_hook import (
    _node_metadata_hook,
    _set_node_metadata_hook,
)
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.graph_module import GraphModule

aten = torch.ops.aten

# ---------------------------------------------------------------------------
# Graphs
# ---------------------------------------------------------------------------

LAYERS = 64
BATCH = 8
FEATURES = 64
LINEAR, RELU, ADD, MUL = range(4)
TARGETS = [aten.linear.default, aten.relu.default, aten.add.Tensor, aten.mul.Tensor]
NAMES = ["linear", "relu", "add", "mul"]
LINES = ["x = self.fc(x)", "x = self.act(x)", "s = x + residual", "x = s * self.scale(x)"]


def _entry(path, type_name):
    return "L__self___" + path.replace(".", "_"), (path, type_name)


def _layer_metadata(layer):
    """{kind: meta} for the ops of one layer; the dicts are shared by every
    node of that layer and kind, as in a traced model's repeated blocks."""
    p = f"model.layers.{layer}"
    block = [_entry("model", "bench.Model"),
             _entry("model.layers", "torch.nn.modules.container.Sequential"),
             _entry(p, "bench.Block")]
    mul = block + [_entry(p + ".scale", "bench.Scale")]
    mlp = block + [_entry(p + ".mlp", "bench.MLP")]
    linear = mlp + [_entry(p + ".mlp.fc", "torch.nn.modules.linear.Linear")]
    relu = mlp + [_entry(p + ".mlp.act", "torch.nn.modules.container.Sequential"),
                  _entry(p + ".mlp.act.inner", "torch.nn.modules.activation.ReLU")]
    result = []
    for kind, stack in enumerate([linear, relu, block, mul]):
        target = TARGETS[kind]
        result.append({
            "nn_module_stack": dict(stack),
            "stack_trace": '  File "bench/model.py", line 40, in forward\n'
                           "    x = layer(x)\n"
                           f'  File "bench/model.py", line {100 + 10 * layer + kind}, '
                           f"in forward\n    {LINES[kind]}\n",
            "torch_fn": (f"{target.__name__}_0",
                         f"{type(target).__name__}.{target.__name__}"),
        })
    return result


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = torch.nn.ModuleList()
        for _ in range(LAYERS):
            block = torch.nn.Module()
            block.mlp = torch.nn.Module()
            block.mlp.fc = torch.nn.Linear(FEATURES, FEATURES)
            self.layers.append(block)


def build(shape, n, fake_mode, model, metadata):
    """A GraphModule with the graph of fx-bench.cpp. The GraphModule is made
    from the placeholder, the get_attrs and the output, and the call nodes are
    added afterwards, so that it does not recompile 1M nodes."""
    graph = torch.fx.Graph()
    with fake_mode:
        activation = torch.empty(BATCH, FEATURES)
        weight_val = torch.empty(FEATURES, FEATURES)
        bias_val = torch.empty(FEATURES)
    graph.placeholder("x")
    for layer in range(LAYERS):
        graph.get_attr(f"layers.{layer}.mlp.fc.weight")
        graph.get_attr(f"layers.{layer}.mlp.fc.bias")
    graph.output(None)
    gm = GraphModule(model, graph)
    graph = gm.graph
    nodes = list(graph.nodes)
    x, output = nodes[0], nodes[-1]
    x.meta["val"] = activation
    weights, biases = nodes[1:-1:2], nodes[2:-1:2]
    for w, b in zip(weights, biases):
        w.meta["val"] = weight_val
        b.meta["val"] = bias_val

    def create(kind, layer, args):
        node = graph.create_node("call_function", TARGETS[kind], args,
                                 name=NAMES[kind])
        node.meta.update(metadata[layer][kind])
        node.meta["val"] = activation
        return node

    def linear_relu(v, layer):
        h = create(LINEAR, layer, (v, weights[layer], biases[layer]))
        return create(RELU, layer, (h,))

    with graph.inserting_before(output):
        if shape == "chain":
            for block in range(n // 4):
                layer = block % LAYERS
                r = linear_relu(x, layer)
                s = create(ADD, layer, (r, x))
                x = create(MUL, layer, (s, r))
            result = x
        else:
            level = [linear_relu(x, leaf % LAYERS)
                     for leaf in range(max(1, (n + 1) // 3))]
            depth = 0
            while len(level) > 1:
                nxt = [create(MUL if depth % 2 else ADD, (i // 2) % LAYERS,
                              (level[i], level[i + 1]))
                       for i in range(0, len(level) - 1, 2)]
                if len(level) % 2:
                    nxt.append(level[-1])
                level = nxt
                depth += 1
            result = level[0]
    output.args = (result,)
    return gm


# ---------------------------------------------------------------------------
# The decomposition
# ---------------------------------------------------------------------------

def decompose(gm):
    """linear(x, w, b) -> addmm(b, x, t(w)); relu(x) -> clamp_min(x, 0), the
    nodes named by torch.fx. Returns the number of created nodes."""
    graph = gm.graph
    created = 0
    for node in list(graph.nodes):
        if node.op != "call_function":
            continue
        if node.target is aten.linear.default:
            x, w, b = node.args
            with graph.inserting_before(node):
                t = graph.create_node("call_function", aten.t.default, (w,))
                new = graph.create_node("call_function", aten.addmm.default,
                                        (b, x, t))
            created += 2
        elif node.target is aten.relu.default:
            with graph.inserting_before(node):
                new = graph.create_node("call_function", aten.clamp_min.default,
                                        (node.args[0], 0))
            created += 1
        else:
            continue
        node.replace_all_uses_with(new)
        graph.erase_node(node)
    return created


CONFIGS = ("a", "c")


def run_once(shape, n, config, fake_mode, hook_fake_mode, model, metadata):
    gm = build(shape, n, fake_mode, model, metadata)
    gc.collect()
    if config == "a":
        cpu_start, start = time.thread_time(), time.perf_counter()
        created = decompose(gm)
        seconds = time.perf_counter() - start
        cpu_seconds = time.thread_time() - cpu_start
    else:
        hook = functools.partial(_node_metadata_hook, fake_mode=hook_fake_mode)
        cpu_start, start = time.thread_time(), time.perf_counter()
        with _set_node_metadata_hook(gm, hook):
            created = decompose(gm)
        seconds = time.perf_counter() - start
        cpu_seconds = time.thread_time() - cpu_start
    if config == "c":
        # The hook did its work: every created node has a fake val.
        for node in gm.graph.nodes:
            if node.op == "call_function" and node.target in (
                    aten.t.default, aten.addmm.default, aten.clamp_min.default):
                assert tuple(node.meta["val"].shape) in (
                    (FEATURES, FEATURES), (BATCH, FEATURES)), node
                assert "nn_module_stack" in node.meta and "torch_fn" in node.meta
    return seconds, cpu_seconds, created


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", default="chain,tree")
    parser.add_argument("--n", default="1000,10000,100000")
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--rounds", default="3,2,1",
                        help="rounds per N (the last value repeats)")
    parser.add_argument("--fake-mode", choices=["given", "none"], default="given",
                        help="pass the FakeTensorMode to the hook (as export "
                             "passes do), or let it use nullcontext (the "
                             "seed's default; FakeTensors then dispatch to "
                             "their own mode)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    shapes = args.shape.split(",")
    sizes = [int(s) for s in args.n.split(",")]
    configs = args.configs.split(",")
    rounds = [int(r) for r in args.rounds.split(",")]
    fake_mode = FakeTensorMode()
    model = Model()
    metadata = [_layer_metadata(layer) for layer in range(LAYERS)]
    hook_mode = fake_mode if args.fake_mode == "given" else None
    for shape in shapes:
        for index, n in enumerate(sizes):
            r = rounds[min(index, len(rounds) - 1)]
            active = configs
            times = {c: [] for c in active}
            cpu_times = {c: [] for c in active}
            created = {}
            for _ in range(r):
                for config in active:
                    seconds, cpu_seconds, made = run_once(
                        shape, n, config, fake_mode, hook_mode, model, metadata)
                    times[config].append(seconds)
                    cpu_times[config].append(cpu_seconds)
                    created[config] = made
            for config in active:
                t = sorted(times[config])
                per_op = 1e9 / created[config]
                print("RESULT " + json.dumps({
                    "side": "pytorch", "mode": "time", "shape": shape, "n": n,
                    "config": config, "created": created[config], "rounds": r,
                    "min_s": round(t[0], 6), "median_s": round(t[len(t) // 2], 6),
                    "ns_per_op_min": round(t[0] * per_op, 1),
                    "ns_per_op_median": round(t[len(t) // 2] * per_op, 1),
                    "cpu_ns_per_op_min": round(min(cpu_times[config]) * per_op, 1),
                    "torch": torch.__version__,
                }), flush=True)


if __name__ == "__main__":
    sys.exit(main())
