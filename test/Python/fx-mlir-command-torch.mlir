// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// REQUIRES: torch
// The `fx-mlir` command (python -m fx_mlir) on a test model
// (test/Inputs/export_models.py: MLP is fc1 = Linear(16, 32), act = ReLU,
// fc2 = Linear(32, 8)).
//
// `import` with torch.export (the default): one cluster of nodes per module.
// RUN: %python -m fx_mlir import %S/../Inputs/export_models.py:MLP --input-shape 4,16 -o %t.mlir
// RUN: fx-opt --mlir-print-local-scope %t.mlir | FileCheck %s --check-prefix=EXPORT
// EXPORT: %x = fx.placeholder "x" {{.*}} : tensor<4x16xf32>
// EXPORT: aten.linear.default(%x, %p_fc1_weight, %p_fc1_bias) {{.*}}["L__self__fc1", "fc1", "torch.nn.modules.linear.Linear"]{{.*}} -> tensor<4x32xf32>
// EXPORT: aten.relu.default({{.*}}["L__self__act", "act", "torch.nn.modules.activation.ReLU"]
// EXPORT: aten.linear.default({{.*}}["L__self__fc2", "fc2", "torch.nn.modules.linear.Linear"]{{.*}} -> tensor<4x8xf32>
//
// The make_fx modes go through fx_mlir.import.
// RUN: %python -m fx_mlir import %S/../Inputs/export_models.py:MLP --input-shape 4,16 --trace fake | FileCheck %s --check-prefix=FAKE
// FAKE: fx.graph_module @MLP
// FAKE: aten.t.default
//
// `roundtrip`: import, the export pipeline, export, run both programs.
// RUN: %python -m fx_mlir roundtrip %S/../Inputs/export_models.py:MLP --input-shape 4,16 --passes=--fx-export-pipeline | FileCheck %s --check-prefix=ROUNDTRIP
// ROUNDTRIP: outputs allclose: True
//
// A model that fails to export: one line naming PyTorch's reason, exit 1.
// RUN: not %python -m fx_mlir import %S/../Inputs/export_models.py:MLP --input-shape 4,15 2>&1 | FileCheck %s --check-prefix=BAD --implicit-check-not=Traceback --implicit-check-not=fake_tensor
// BAD: fx-mlir: error: torch.export failed with inputs of shapes {{\[\[4, 15\]\]}}:
