# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s | FileCheck %s
# RUN: %python %s | fx-opt | FileCheck %s
"""Symbolic sizes (make_fx symbolic mode) become `?` dims with #fx.dims expressions and
SymInt results become !fx.sym_int<expr>; exported back through fx-translate, every size
expression is PyTorch's own again (sympy equality)."""

import sys

import torch

from fx_mlir.exporter import export_graph_module
from fx_mlir.importer import import_graph_module
from fx_mlir.symbolic import symbolic_expression
from fx_mlir.tracing import trace


class Flatten(torch.nn.Module):
    def forward(self, x):
        return torch.cat([x.view(-1), x.view(-1)]) * x.size(0)


gm = trace(Flatten(), [torch.randn(3, 4)], "symbolic")
text = import_graph_module(gm)
exported = {node.name: node for node in export_graph_module(text, root=Flatten()).graph.nodes}
checked = 0
for node in gm.graph.nodes:
    val = node.meta.get("val")
    if isinstance(val, torch.Tensor):
        expected = [symbolic_expression(size) if isinstance(size, torch.SymInt) else size for size in val.shape]
        actual = list(exported[node.name].meta["tensor_meta"].shape)
        assert [str(size) for size in actual] == [str(size) for size in expected], (node.name, actual, expected)
        checked += 1
assert checked == 5, checked
sys.stdout.write(text)

# PyTorch 2 names each size symbol after its source (s75, s96, ...); the importer keeps the names.
# CHECK: %x = fx.placeholder "x" : tensor<?x?xf32, #fx.dims<[[[S0:s[0-9]+]], [[S1:s[0-9]+]]]>>
# CHECK: %view = fx.call_function aten.view.default(%x, [-1]) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<?x?xf32, #fx.dims<[[[S0]], [[S1]]]>>) -> tensor<?xf32, #fx.dims<[[[S0]] * [[S1]]]>>
# CHECK: %cat = fx.call_function aten.cat.default([%view, %view_1]) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<?xf32, #fx.dims<[[[S0]] * [[S1]]]>>, tensor<?xf32, #fx.dims<[[[S0]] * [[S1]]]>>) -> tensor<?xf32, #fx.dims<[[[S0]] * [[S1]] * 2]>>
# CHECK: %sym_size_int = fx.call_function aten.sym_size.int(%x, 0) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<?x?xf32, #fx.dims<[[[S0]], [[S1]]]>>) -> !fx.sym_int<[[S0]]>
# CHECK: %mul = fx.call_function aten.mul.Tensor(%cat, %sym_size_int)
