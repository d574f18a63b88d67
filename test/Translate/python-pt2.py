# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s | FileCheck %s
#
# fx_mlir.pt2: ExportedProgram -> fx text -> ExportedProgram through
# fx-translate (found on PATH here), and fx-translate's diagnostics as a
# TranslateError.

import warnings

import torch

from fx_mlir import pt2

warnings.filterwarnings("ignore")


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 3)

    def forward(self, x):
        return torch.relu(self.fc(x)) * 2


torch.manual_seed(0)
model = Model()
x = torch.randn(2, 4)
program = torch.export.export(model, (x,))

text = pt2.import_program(program)
print(text)
# CHECK: fx.graph_module @model
# CHECK: fx.module_attr parameter @fc.weight : tensor<3x4xf32> = dense_resource<
# CHECK: %relu = fx.call_function aten.relu.default(%linear)
# CHECK-SAME: loc(

loaded = pt2.export_program(text)
print("allclose", torch.allclose(loaded.module()(x), model(x)))
# CHECK: allclose True
print("signature", str(loaded.graph_signature) == str(program.graph_signature))
# CHECK: signature True

try:
    pt2.export_program("fx.graph_module @a { fx.graph @forward { fx.output(()) } }\n"
                       "fx.graph_module @b { fx.graph @forward { fx.output(()) } }")
except pt2.TranslateError as error:
    print(error)
# CHECK: error: expected exactly one fx.graph_module to export, found 2
