#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Exports small models that use PyTorch's higher-order operators (cond,
map, while_loop, scan, no_grad and autocast regions) with torch.export and
prints them as fx dialect text, node metadata and locations left out: the
inputs of test/Inference/higher-order.mlir, whose result types are PyTorch's.

    PYTHONPATH=python python3 utils/export_hop_graphs.py [MODEL ...]

With model names (Cond, Map, ...), prints only those.
"""
import sys

import torch
from torch._higher_order_ops.map import map as hop_map
from torch._higher_order_ops.scan import scan
from torch._higher_order_ops.while_loop import while_loop

from fx_mlir import import_graph_module


class Cond(torch.nn.Module):
    def forward(self, x, y):
        return torch.cond(x.shape[0] > 4, lambda x, y: (x + y).sin(), lambda x, y: (x - y).cos(), (x, y))


class CondShapes(torch.nn.Module):
    # The branches return different sizes: cond merges them into an unbacked size.
    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda x: x.sum(0, keepdim=True), lambda x: x[:2].clone(), (x,))


class Map(torch.nn.Module):
    def forward(self, xs, y):
        return hop_map(lambda x, y: x * y + 1, xs, y)


class WhileLoop(torch.nn.Module):
    def forward(self, x):
        return while_loop(lambda i, x: i < x.size(0), lambda i, x: (i + 1, x + 1), (0, x))


class Scan(torch.nn.Module):
    def forward(self, init, xs):
        return scan(lambda carry, x: (carry + x, (carry * x).sum(0)), init, xs)


class NoGrad(torch.nn.Module):
    def forward(self, x):
        with torch.no_grad():
            y = x.sin()
        return y + 1, y


class Autocast(torch.nn.Module):
    def forward(self, x):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            y = torch.mm(x, x)
        return y + 1


B = torch.export.Dim("B", min=2)
MODELS = [
    (Cond(), (torch.randn(6, 3), torch.randn(6, 3)), {"x": {0: B}, "y": {0: B}}),
    (CondShapes(), (torch.randn(5, 3),), None),
    (Map(), (torch.randn(5, 3), torch.randn(3)), {"xs": {0: B}, "y": None}),
    (WhileLoop(), (torch.randn(4, 2),), None),
    (Scan(), (torch.randn(3), torch.randn(5, 3)), {"init": None, "xs": {0: B}}),
    (NoGrad(), (torch.randn(3),), None),
    (Autocast(), (torch.randn(3, 3),), None),
]


def strip_metadata(gm):
    """Drops every node's metadata but its value, in `gm` and its subgraphs: the test
    checks types, and fx-translate then writes no metadata attributes or locations."""
    for module in gm.modules():
        if isinstance(module, torch.fx.GraphModule):
            for node in module.graph.nodes:
                node.meta = {key: value for key, value in node.meta.items() if key == "val"}
                node.stack_trace = None
    return gm


def main():
    names = sys.argv[1:]
    models = [m for m in MODELS if not names or type(m[0]).__name__ in names]
    for index, (model, args, dynamic_shapes) in enumerate(models):
        ep = torch.export.export(model, args, dynamic_shapes=dynamic_shapes)
        if index:
            print("\n// -----\n")
        print(import_graph_module(strip_metadata(ep.graph_module), type(model).__name__))


if __name__ == "__main__":
    sys.exit(main())
