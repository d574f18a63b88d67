#!/usr/bin/env bash
# The main job on the bundled example: build fx-mlir if needed (installing
# dependencies if missing), then run fx-opt on the aten-level FX graph of
# torchvision's resnet18: check its inferred types, run the export pass
# pipeline (ending with fx-verify-metadata) and print the result.
set -euo pipefail
cd "$(dirname "$0")/.."
./utils/setup.sh >&2
exec ./build/bin/fx-opt test/Inputs/resnet18.mlir --fx-infer-types=mode=check \
  --fx-export-pipeline "$@"
