#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Installs fx-mlir's dependencies when they are missing and builds into ./build. Safe to run again.
#  - Debian 12 or 13: LLVM/MLIR 22 and the build tools from Debian's packages.
#  - Python 3.11 (the machine's own interpreter, not Debian 13's 3.13): a virtual environment
#    ($FX_MLIR_VENV, default ./.venv) with the pinned PyTorch 2.13.0 CPU build (utils/requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

. /etc/os-release
case "${VERSION_ID:-}" in
  12|13) ;;
  *) echo "setup: Debian 12 or 13 expected, this is '${PRETTY_NAME:-unknown}'" >&2; exit 1 ;;
esac

# libzip: .pt2 archives; libsimdjson-dev: their program JSON; graphviz: fx-translate --fx-to-dot's tests render SVG;
# libclang-rt-22-dev: the sanitizer build and the libFuzzer targets; chromium (with
# fonts-liberation for its screenshots): the HTML viewer's headless-browser tests.
packages=(libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools clang-22 lld-22
          libclang-rt-22-dev cmake ninja-build ccache libgtest-dev libzip-dev libsimdjson-dev pkg-config
          graphviz chromium fonts-liberation)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "setup: installing ${missing[*]} (Debian $VERSION_ID)" >&2
  $sudo_cmd apt-get update
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The PyTorch wheel is built for CPython 3.11: find that interpreter (Debian 13's python3 is 3.13).
python311=""
for candidate in python3.11 python3; do
  if command -v "$candidate" >/dev/null &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    python311=$(command -v "$candidate"); break
  fi
done
[ -n "$python311" ] || { echo "setup: no Python 3.11 interpreter on PATH" >&2; exit 1; }

venv=${FX_MLIR_VENV:-$root/.venv}
if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv with $python311" >&2
  "$python311" -m venv "$venv"
fi
# pip is quick when everything is already satisfied; the stamp skips even that.
stamp="$venv/.fx-mlir-requirements"
if ! cmp -s utils/requirements.txt "$stamp" 2>/dev/null; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r utils/requirements.txt
  cp utils/requirements.txt "$stamp"
fi

# Compiler cache entries keyed relative to the checkout, so clones elsewhere share them.
export CCACHE_BASEDIR="$root"
if [ ! -f build/build.ninja ]; then
  cmake -G Ninja -S . -B build \
    -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DLLVM_USE_LINKER=lld -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DFX_MLIR_PYTHON="$venv/bin/python"
else
  cmake -B build -DFX_MLIR_PYTHON="$venv/bin/python" >/dev/null
fi
ninja -C build
