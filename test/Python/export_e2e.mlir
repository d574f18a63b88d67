// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// REQUIRES: torch
// End to end on every torch.export test model (test/Inputs/export_models.py, static and with
// Dims): torch.export.save -> fx-translate --import-pt2 -> fx-infer-types=mode=check (every
// type equals PyTorch's) -> fx-export-pipeline, which fails unless the graph ends in Core ATen
// (in-place ops functionalized into mutation outputs) -> fx-translate --export-pt2 ->
// torch.export.load -> run: outputs and mutated buffers equal the exported program's.
// RUN: %python %fx_src_root/utils/export_e2e.py --fx-opt fx-opt --fx-translate fx-translate --passes "--fx-infer-types=mode=check --fx-export-pipeline=core-aten-severity=error" | FileCheck %s
// CHECK: 16 passed, 0 failed
// Strict export (TorchDynamo) saves state the graph does not use, such as a BatchNorm's
// num_batches_tracked: it is imported and exported back, and the module that runs has it.
// RUN: %python %fx_src_root/utils/export_e2e.py --strict --fx-opt fx-opt --fx-translate fx-translate | FileCheck %s --check-prefix=STRICT
// STRICT: 16 passed, 0 failed
