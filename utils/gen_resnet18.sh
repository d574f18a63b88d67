#!/bin/sh
# Regenerates test/Inputs/resnet18.mlir: torchvision's resnet18 architecture (random
# weights, nothing downloaded), traced by make_fx with fake tensors into ATen ops.
# Stack-trace locations name this machine's torch/torchvision files.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
PYTHONPATH="$root/python" /usr/bin/python3 -m fx_mlir.import torchvision:resnet18 \
  --trace fake --input-shape 1,3,224,224 -o "$root/test/Inputs/resnet18.mlir"
