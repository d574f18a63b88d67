# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# Dynamic-shape make_fx graphs survive fx -> fx graph module JSON -> GraphModule -> fx byte for
# byte: the exporter gives every symbolic value a `val` of one ShapeEnv over the graph's own
# symbols (SymInts for sym_size nodes and symbolic sizes, SymBool, SymFloat), so the importer
# writes the same types again. roundtrip.py exits non-zero when the re-imported text differs.
# RUN: %python %fx_src_root/utils/roundtrip.py %s:DataDependent --input-shape 4,6 --trace symbolic --fx-opt fx-opt | FileCheck %s
# CHECK: outputs allclose: True; metadata equal: True; re-imported text identical: True
#
# The values the exporter gives: the traced expressions over the traced symbols; fresh unbacked
# symbols for the SymBool and SymFloat, named past the graph's own unbacked ones.
# RUN: %python -c "import sys, torch; sys.path.insert(0, '%S'); from roundtrip_dynamic import show_vals; show_vals()" | FileCheck %s --check-prefix=VAL
# VAL: x ([[S0:s[0-9]+]], [[S1:s[0-9]+]])
# VAL: nonzero (u0, 2)
# VAL: _local_scalar_dense u1
# VAL: sym_size_int [[S0]]
# VAL: sym_size_int_1 [[S1]]
# VAL: mul [[S0]]*[[S1]]
# VAL: floordiv ([[S0]]//2)
# VAL: slice_1 ((([[S0]]//2)) + 1,)
# VAL: gt_2 SymBool Eq(u2, 1)
# VAL: truediv SymFloat zuf0

import torch


class DataDependent(torch.nn.Module):
    """Unbacked sizes (nonzero, item), size arithmetic, a SymBool and a SymFloat output."""

    def forward(self, x):
        indices = torch.nonzero(x > 0)
        count = (x > 0).sum().item()
        y = x.view(x.shape[0] * x.shape[1])[: x.shape[0] // 2 + 1]
        return indices, y * count, x.shape[0] > 2, x.shape[1] / 3


def show_vals():
    from fx_mlir.exporter import export_graph_module
    from fx_mlir.importer import import_graph_module
    from fx_mlir.tracing import trace

    exported = export_graph_module(import_graph_module(trace(DataDependent(), [torch.randn(4, 6)], "symbolic")))
    for node in exported.graph.nodes:
        val = node.meta.get("val")
        if isinstance(val, torch.Tensor):
            print(node.name, tuple(val.shape))
        elif isinstance(val, (torch.SymBool, torch.SymFloat)):
            print(node.name, type(val).__name__, val.node.expr)
        elif val is not None:
            print(node.name, val)
