# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# A Python complex scalar argument (torch.mul(x, 1 + 2j)) has no fx dialect constant: the
# importer refuses it in one line naming the node, its target and the value, with no traceback.
# RUN: not %python -m fx_mlir.import %s:ComplexScale --input-shape 2 --trace symbolic_trace 2>&1 | FileCheck %s --check-prefix=SYMBOLIC-TRACE --implicit-check-not=Traceback
# SYMBOLIC-TRACE: python3 -m fx_mlir.import: error: node `mul` (call_function torch.mul): the complex scalar (1+2j) has no fx dialect constant
# RUN: not %python -m fx_mlir.import %s:ComplexScale --input-shape 2 --trace fake 2>&1 | FileCheck %s --check-prefix=FAKE --implicit-check-not=Traceback
# FAKE: python3 -m fx_mlir.import: error: node `mul` (call_function torch.ops.aten.mul.Tensor): the complex scalar (1+2j) has no fx dialect constant
# torch.export (the `fx-mlir` default) writes it as `as_complex`, which fx-translate refuses; the
# Python side names the node first, for `import` and `roundtrip` alike.
# RUN: not %python -m fx_mlir import %s:ComplexScale --input-shape 2 2>&1 | FileCheck %s --check-prefix=EXPORT --implicit-check-not=Traceback
# RUN: not %python -m fx_mlir roundtrip %s:ComplexScale --input-shape 2 2>&1 | FileCheck %s --check-prefix=EXPORT --implicit-check-not=Traceback
# EXPORT: fx-mlir: error: node `mul` (call_function torch.ops.aten.mul.Tensor): the complex scalar (1+2j) has no fx dialect constant
# The library raises a ValueError (also fx_mlir.cli.UserError).
# RUN: not %python -c "import torch, fx_mlir; from fx_mlir.models import load_model; fx_mlir.import_graph_module(torch.fx.symbolic_trace(load_model('%s:ComplexScale')[0]))" 2>&1 | FileCheck %s --check-prefix=LIBRARY
# LIBRARY: UnsupportedArgument: node `mul` (call_function torch.mul): the complex scalar (1+2j)

import torch


class ComplexScale(torch.nn.Module):
    def forward(self, x):
        return torch.mul(x, 1 + 2j)
