#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Checks that fx-mlir can be embedded from its installed package alone:
# installs the build in ./build (or $1) to a temporary prefix, then configures,
# builds and tests examples/fx-relu-to-clamp against that prefix only. A
# header, library or export missing from the install fails here. Prints lit's
# summary; exits non-zero on any failure.
#
#   utils/check-embedding.sh [build-dir]
#
# The example is configured with the compilers, linker and launcher the build
# used (read from its CMakeCache.txt).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/fx-embedding.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cache_value() {
  sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"
}

prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" > "$work/install.log"

# Only the prefix: the example's CMake must not see the source or build tree,
# and a copy of the example outside the source tree makes sure of it.
cp -r "$root/examples/fx-relu-to-clamp" "$work/example"
args=(-G Ninja -S "$work/example" -B "$work/example-build"
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix")
for var in CMAKE_C_COMPILER CMAKE_CXX_COMPILER LLVM_USE_LINKER \
           CMAKE_CXX_COMPILER_LAUNCHER; do
  value="$(cache_value "$var")"
  if [[ -n "$value" ]]; then
    args+=("-D$var=$value")
  fi
done
cmake "${args[@]}" > "$work/configure.log" 2>&1 || {
  cat "$work/configure.log"
  exit 1
}
if grep -rq -e "$root/" -e "$build/" "$work/example-build/build.ninja"; then
  echo "check-embedding: the example's build refers to the source or build tree" >&2
  grep -o -e "$root/[^ ]*" -e "$build/[^ ]*" "$work/example-build/build.ninja" | sort -u >&2
  exit 1
fi
ninja -C "$work/example-build" -j2 relu-to-clamp-opt > "$work/build.log" 2>&1 || {
  cat "$work/build.log"
  exit 1
}
# The installed tools run from the prefix (they find libMLIR.so and libLLVM.so).
"$prefix/bin/fx-opt" -split-input-file -fx-infer-types \
  "$work/example/test/relu-to-clamp-min.mlir" > /dev/null
lit="$(sed -n 's/^LLVM_EXTERNAL_LIT:[A-Z]*=//p' "$work/example-build/CMakeCache.txt")"
"$lit" -v "$work/example-build/test"
