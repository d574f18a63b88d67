#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Prints `type(op).__name__` of every higher-order operator the installed
PyTorch registers, as rows of kHopClassNames (lib/Dialect/Fx/IR/
HigherOrderOps.cpp), and the torch_fn that PyTorch's node-metadata hook gives
a cond node it creates, which fx-mlir's listener must match.

    python3 utils/hop_class_names.py
"""
import functools
import importlib
import pkgutil

import torch
import torch._higher_order_ops
from torch._export.passes._node_metadata_hook import _node_metadata_hook, _set_node_metadata_hook
from torch._ops import _higher_order_ops


def main():
    # Operators register when their module is imported.
    for module in pkgutil.iter_modules(torch._higher_order_ops.__path__):
        importlib.import_module(f"torch._higher_order_ops.{module.name}")
    for name, op in sorted(_higher_order_ops.items()):
        print(f'    {{"{name}", "{type(op).__name__}"}},')

    class M(torch.nn.Module):
        def forward(self, x):
            return torch.cond(x.sum() > 0, lambda x: x.sin(), lambda x: x.cos(), (x,))

    gm = torch.export.export(M(), (torch.randn(3),)).graph_module
    cond = next(n for n in gm.graph.nodes if n.target is torch.ops.higher_order.cond)
    for node in gm.graph.nodes:
        if node.op == "get_attr":
            node.meta["val"] = getattr(gm, node.target)
    fake_mode = torch._guards.detect_fake_mode([n.meta.get("val") for n in gm.graph.nodes])
    hook = functools.partial(_node_metadata_hook, fake_mode=fake_mode)
    with _set_node_metadata_hook(gm, hook):
        with gm.graph.inserting_after(cond):
            copy = gm.graph.call_function(cond.target, cond.args, cond.kwargs)
    print("hook torch_fn:", copy.meta["torch_fn"])


if __name__ == "__main__":
    main()
