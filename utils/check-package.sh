#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Checks the Python package as a user gets it: `pip install -e .` into a
# throwaway virtual environment of the system's python3 (which has no torch),
# then, from outside the source tree,
#  - `import fx_mlir` works and loads no torch,
#  - `fx-mlir --help` lists the commands, `fx-mlir import --help` the trace modes,
#  - `fx-mlir view` draws a checked-in archive as HTML and DOT with the
#    built fx-translate (FX_MLIR_BUILD_DIR),
#  - a command that needs torch says so in one line and exits 1.
# Prints "package: ok" last; exits non-zero on failure.
#
#   utils/check-package.sh [build-dir]
#
# The install uses the interpreter's own setuptools (>= 64) when it has one,
# and pip's isolated build (fetching setuptools) otherwise.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
python="${FX_PACKAGE_PYTHON:-python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/fx-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$python" -m venv --system-site-packages "$work/venv"
venv="$work/venv/bin"
isolation=()
if "$venv/python" -c 'import setuptools, sys; sys.exit(int(setuptools.__version__.split(".")[0]) < 64)' 2>/dev/null; then
  isolation=(--no-build-isolation)
fi
"$venv/pip" install --quiet --no-deps "${isolation[@]}" -e "$root"

cd "$work"
export FX_MLIR_BUILD_DIR="$build"
fail() { echo "package: FAIL: $*" >&2; exit 1; }

"$venv/python" -c 'import sys, fx_mlir; sys.exit("torch" in sys.modules)' \
  || fail "import fx_mlir loaded torch"
"$venv/fx-mlir" --help | grep -q "roundtrip" || fail "fx-mlir --help lists no roundtrip"
for mode in export symbolic_trace real fake symbolic; do
  "$venv/fx-mlir" import --help | grep -Eq "^  $mode +" || fail "import --help does not explain --trace $mode"
done
"$venv/fx-mlir" view "$root/test/Translate/Inputs/conv_bn.pt2" -o graph.html
grep -q '"label":"conv","type":"torch.nn.modules.conv.Conv2d"' graph.html || fail "no conv cluster in the HTML"
"$venv/fx-mlir" view "$root/test/Translate/Inputs/conv_bn.pt2" -o graph.dot
grep -q 'label="bn\\ntorch.nn.modules.batchnorm.BatchNorm2d"' graph.dot || fail "no bn cluster in the DOT"
if ! "$venv/python" -c 'import torch' 2>/dev/null; then
  if "$venv/fx-mlir" roundtrip "$root/test/Inputs/export_models.py:MLP" 2> error.txt; then
    fail "roundtrip ran without torch"
  fi
  [ "$(wc -l < error.txt)" -eq 1 ] && grep -q "needs torch" error.txt || fail "$(cat error.txt)"
fi
echo "package: ok"
