#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# The main job on the bundled example: build fx-mlir if needed (installing
# dependencies if missing), then run fx-opt on the aten-level FX graph of
# resnet18 (test/Inputs/resnet18.mlir, a make_fx trace with fake tensors):
# check its inferred types, run the export pass pipeline (ending with
# fx-verify-metadata) and print the result.
set -euo pipefail
cd "$(dirname "$0")/.."
./utils/setup.sh >&2
exec ./build/bin/fx-opt test/Inputs/resnet18.mlir --fx-infer-types=mode=check \
  --fx-export-pipeline "$@"
