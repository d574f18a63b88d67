// RUN: fx-opt %fx_src_root/test/Inputs/resnet18.mlir --fx-infer-types=mode=check

// Every node type PyTorch 1.13's fake-tensor tracing recorded for resnet18
// (test/Inputs/resnet18.mlir) is what our rules infer.
