// REQUIRES: torch
// End to end through PyTorch's export passes: trace, import, check every
// inferred type against PyTorch's, run fx-export-pipeline (decompositions,
// runtime asserts, view copies, ..., fx-verify-metadata), export back to a
// GraphModule and compare its outputs with the model's.
// RUN: %python %fx_src_root/utils/roundtrip.py torchvision:resnet18 --fx-opt fx-opt --passes "--fx-infer-types=mode=check --fx-export-pipeline" | FileCheck %s
// RUN: %python %fx_src_root/utils/roundtrip.py torchvision:mobilenet_v3_small --fx-opt fx-opt --passes "--fx-infer-types=mode=check --fx-export-pipeline" | FileCheck %s
// RUN: %python %fx_src_root/utils/roundtrip.py torchvision:mobilenet_v3_small --trace symbolic --fx-opt fx-opt --passes "--fx-infer-types=mode=check --fx-export-pipeline" | FileCheck %s
// CHECK: outputs allclose: True
