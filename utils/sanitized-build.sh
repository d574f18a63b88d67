#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Configures (the first time) and builds fx-mlir with clang-22's sanitizers, or
# another variant one option selects, in a build directory of its own, beside
# ./build:
#
#   utils/sanitized-build.sh BUILD_DIR CMAKE_OPTION [TARGET...]
#
# utils/check-sanitizers.sh uses build-asan -DFX_MLIR_SANITIZERS=ON,
# utils/fuzz.sh build-fuzz -DFX_MLIR_FUZZERS=ON, utils/check-components.sh
# build-components -DMLIR_LINK_MLIR_DYLIB=OFF. Installs Debian's
# libclang-rt-22-dev (the sanitizer and libFuzzer runtimes) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1 option=$2
shift 2

if ! dpkg-query -W -f='${Status}' libclang-rt-22-dev 2>/dev/null | grep -q "install ok installed"; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "sanitized-build: installing libclang-rt-22-dev" >&2
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libclang-rt-22-dev
fi

if [ ! -f "$build/build.ninja" ]; then
  # The PyTorch tests use the interpreter the main build was configured with.
  python=""
  [ -f build/CMakeCache.txt ] && python=$(sed -n 's/^FX_MLIR_PYTHON:FILEPATH=//p' build/CMakeCache.txt)
  cmake -G Ninja -S . -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DLLVM_USE_LINKER=lld -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DFX_MLIR_PYTHON="$python" "$option" >/dev/null
fi
ninja -C "$build" -j "$(nproc)" "$@"
