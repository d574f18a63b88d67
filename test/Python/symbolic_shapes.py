# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s | FileCheck %s
# RUN: %python %s | fx-opt | FileCheck %s
"""Symbolic sizes (make_fx symbolic mode) become `?` dims with #fx.dims expressions and
SymInt results become !fx.sym_int<expr>; the sympy printer's precedence is checked directly."""

import sys

import sympy
import torch

from fx_mlir.importer import import_graph_module
from fx_mlir.symbolic import SymbolNames, format_expression, parse_expression
from fx_mlir.tracing import trace


class Flatten(torch.nn.Module):
    def forward(self, x):
        return torch.cat([x.view(-1), x.view(-1)]) * x.size(0)


s0, s1 = sympy.symbols("s0 s1", integer=True, positive=True)
for expr, text in [
    (2 * s0 + 1, "s0 * 2 + 1"),
    (s0 - s1 * 3, "s0 - s1 * 3"),
    (sympy.floor((s0 - 1) / 2) + 1, "(s0 - 1) floordiv 2 + 1"),
    (sympy.Mod(s0, s1 + 1), "s0 mod (s1 + 1)"),
]:
    printed = format_expression(expr, SymbolNames())
    assert printed == text, (printed, text)
    assert parse_expression(printed, {"s0": s0, "s1": s1}) == expr, printed

sys.stdout.write(import_graph_module(trace(Flatten(), [torch.randn(3, 4)], "symbolic")))

# PyTorch 2 names each size symbol after its source (s75, s96, ...); the importer keeps the names.
# CHECK: %x = fx.placeholder "x" : tensor<?x?xf32, #fx.dims<[[[S0:s[0-9]+]], [[S1:s[0-9]+]]]>>
# CHECK: %view = fx.call_function aten.view.default(%x, [-1]) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<?x?xf32, #fx.dims<[[[S0]], [[S1]]]>>) -> tensor<?xf32, #fx.dims<[[[S0]] * [[S1]]]>>
# CHECK: %cat = fx.call_function aten.cat.default([%view, %view_1]) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<?xf32, #fx.dims<[[[S0]] * [[S1]]]>>, tensor<?xf32, #fx.dims<[[[S0]] * [[S1]]]>>) -> tensor<?xf32, #fx.dims<[[[S0]] * [[S1]] * 2]>>
# CHECK: %sym_size_int = fx.call_function aten.sym_size.int(%x, 0) {fx.nn_module_stack = #fx.nn_module_stack<[]>} : (tensor<?x?xf32, #fx.dims<[[[S0]], [[S1]]]>>) -> !fx.sym_int<[[S0]]>
# CHECK: %mul = fx.call_function aten.mul.Tensor(%cat, %sym_size_int)
