# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# Python complex scalar arguments (torch.mul(x, 1+2j), torch.full(..., 1j)) are fx dialect
# `complex(re, im)` arguments in every trace mode, and survive the round trip back to PyTorch.
# RUN: %python -m fx_mlir import %s:ComplexScalars --input-shape 2 | FileCheck %s --check-prefix=EXPORT
# EXPORT-DAG: aten.mul.Tensor(%x, complex(1.0, 2.0)) {{.*}}: (tensor<2xf32>) -> tensor<2xcomplex<f32>>
# EXPORT-DAG: aten.add.Tensor(%{{.*}}, complex(-1.5, -0.5)) {{.*}}: (tensor<2xf64>) -> tensor<2xcomplex<f64>>
# EXPORT-DAG: aten.full.default([2], complex(0.0, 1.0), {{.*}}) {{.*}}: () -> tensor<2xcomplex<f32>>
# EXPORT-DAG: aten.mul.Tensor(%{{.*}}, complex(3.0, 0.0)) {{.*}}: (tensor<2xsi64>) -> tensor<2xcomplex<f32>>
# The types torch.export recorded are the ones fx-infer-types gives.
# RUN: %python -m fx_mlir import %s:ComplexScalars --input-shape 2 | fx-opt --fx-infer-types=mode=check -o /dev/null
# RUN: %python -m fx_mlir.import %s:ComplexScalars --input-shape 2 --trace symbolic_trace | FileCheck %s --check-prefix=SYMBOLIC-TRACE
# SYMBOLIC-TRACE: fx.call_function torch.mul(%x, complex(1.0, 2.0))
# RUN: %python -m fx_mlir.import %s:ComplexScalars --input-shape 2 --trace fake | FileCheck %s --check-prefix=FAKE
# FAKE: aten.mul.Tensor(%x, complex(1.0, 2.0)) {{.*}}: (tensor<2xf32>) -> tensor<2xcomplex<f32>>
# The library API (fx_mlir.import_graph_module) takes them too.
# RUN: %python -c "import torch, fx_mlir; from fx_mlir.models import load_model; print(fx_mlir.import_graph_module(torch.fx.symbolic_trace(load_model('%s:ComplexScalars')[0])))" | FileCheck %s --check-prefix=LIBRARY
# LIBRARY: fx.call_function torch.add(%add, complex(-1.5, -0.5))
# torch.export -> .pt2 -> fx -> .pt2 -> torch.export.load runs with the same outputs; the other
# trace modes go through the fx graph module JSON both ways.
# RUN: %python -m fx_mlir roundtrip %s:ComplexScalars --input-shape 2 | FileCheck %s --check-prefix=ROUNDTRIP
# ROUNDTRIP: outputs allclose: True
# The same with the types checked on the way: torch.export -> .pt2 -> fx-translate --import-pt2
# -> fx-opt --fx-infer-types=mode=check -> --export-pt2 -> torch.export.load -> run.
# RUN: %python -m fx_mlir roundtrip %s:ComplexScalars --input-shape 2 --passes=--fx-infer-types=mode=check | FileCheck %s --check-prefix=ROUNDTRIP
# RUN: %python %fx_src_root/utils/roundtrip.py %s:ComplexScalars --input-shape 2 --trace fake --fx-opt fx-opt | FileCheck %s --check-prefix=ROUNDTRIP-FX
# RUN: %python %fx_src_root/utils/roundtrip.py %s:ComplexScalars --input-shape 2 --trace symbolic_trace --fx-opt fx-opt | FileCheck %s --check-prefix=ROUNDTRIP-FX
# ROUNDTRIP-FX: outputs allclose: True; metadata equal: True; re-imported text identical: True

import torch


class ComplexScalars(torch.nn.Module):
    def forward(self, x):
        doubles = torch.ones(2, dtype=torch.float64) + x
        return (torch.mul(x, 1 + 2j), torch.add(doubles, complex(-1.5, -0.5)),
                torch.full((2,), 1j) + x, torch.arange(2) * (3 + 0j))
