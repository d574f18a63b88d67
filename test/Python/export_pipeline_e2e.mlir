// REQUIRES: torch
// End to end through PyTorch's export passes: trace, import, check every
// inferred type against PyTorch's, run fx-export-pipeline (decompositions,
// runtime asserts, view copies, ..., fx-verify-metadata), export back to a
// GraphModule and compare its outputs with the model's.
// RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/export_models.py:SmallResNet --input-shape 2,3,32,32 --fx-opt fx-opt --passes "--fx-infer-types=mode=check --fx-export-pipeline" | FileCheck %s
// RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/export_models.py:DepthwiseSeparable --input-shape 2,8,16,16 --fx-opt fx-opt --passes "--fx-infer-types=mode=check --fx-export-pipeline" | FileCheck %s
// RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/export_models.py:DepthwiseSeparable --input-shape 2,8,16,16 --trace symbolic --fx-opt fx-opt --passes "--fx-infer-types=mode=check --fx-export-pipeline" | FileCheck %s
// CHECK: outputs allclose: True
