#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Checks that fx-mlir can be embedded from its installed package alone:
# installs the build in ./build (or $1) to a temporary prefix, then, against
# that prefix only,
#  - configures, builds and tests examples/fx-relu-to-clamp (a downstream C++
#    project with its own pass and tool),
#  - builds test/CAPI/fx-capi-test.c as a C consumer would and checks its
#    output,
#  - runs the installed fx-opt.
# A header, library, export or rpath missing from the install fails here.
# Ends with lit's summary of the example's tests; exits non-zero on failure.
#
#   utils/check-embedding.sh [build-dir]
#
# The consumers are configured with the compilers, linker and launcher the
# build used (read from its CMakeCache.txt).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/fx-embedding.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Runs a command quietly, showing its log if it fails.
quiet() {
  local log="$1"
  shift
  "$@" > "$log" 2>&1 || {
    cat "$log"
    echo "check-embedding: failed: $*" >&2
    exit 1
  }
}

prefix="$work/prefix"
quiet "$work/install.log" cmake --install "$build" --prefix "$prefix"

cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix")
for var in CMAKE_C_COMPILER CMAKE_CXX_COMPILER LLVM_USE_LINKER \
           CMAKE_CXX_COMPILER_LAUNCHER; do
  value="$(sed -n "s/^$var:[A-Z]*=//p" "$build/CMakeCache.txt")"
  if [[ -n "$value" ]]; then
    cmake_args+=("-D$var=$value")
  fi
done

# The consumers are copied out of the source tree so that nothing but the
# prefix can satisfy them.
cp -r "$root/examples/fx-relu-to-clamp" "$work/example"
quiet "$work/example.configure.log" \
  cmake "${cmake_args[@]}" -S "$work/example" -B "$work/example-build"
if grep -q -e "$root/" -e "$build/" "$work/example-build/build.ninja"; then
  echo "check-embedding: the example's build refers to the source or build tree" >&2
  exit 1
fi
quiet "$work/example.build.log" ninja -C "$work/example-build" -j2 relu-to-clamp-opt
lit="$(sed -n 's/^LLVM_EXTERNAL_LIT:[A-Z]*=//p' "$work/example-build/CMakeCache.txt")"

# The C API test, built as a C consumer builds it: find_package and one
# target_link_libraries.
mkdir "$work/capi"
cp "$root/test/CAPI/fx-capi-test.c" "$work/capi/"
cat > "$work/capi/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.20)
project(fx-capi-consumer LANGUAGES C CXX)
find_package(FxMLIR CONFIG REQUIRED)
add_executable(fx-capi-test fx-capi-test.c)
target_link_libraries(fx-capi-test PRIVATE FxMLIR::CAPI)
CMAKE
quiet "$work/capi.configure.log" \
  cmake "${cmake_args[@]}" -S "$work/capi" -B "$work/capi-build"
quiet "$work/capi.build.log" ninja -C "$work/capi-build" -j2
"$work/capi-build/fx-capi-test" 2>&1 |
  "$(dirname "$lit")/FileCheck" "$work/capi/fx-capi-test.c"
echo "check-embedding: the C API test passes against the installed package"

# The installed tools run from the prefix (they find libMLIR.so and libLLVM.so).
"$prefix/bin/fx-opt" -split-input-file -fx-infer-types \
  "$work/example/test/relu-to-clamp-min.mlir" > /dev/null
echo "check-embedding: the installed fx-opt runs"

"$lit" -v "$work/example-build/test"
