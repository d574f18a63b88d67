#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Builds fx-mlir (installing what is missing, utils/setup.sh) and runs every test:
#   1. the lit and unit suite (test/, bench/test), PyTorch tests included;
#   2. the downstream example, built and tested against an installed fx-mlir only
#      (utils/check-embedding.sh), the Python package installed with pip into a
#      throwaway environment (utils/check-package.sh, one test), and the tools
#      built with MLIR's component libraries (utils/check-components.sh);
#   3. the whole suite again with AddressSanitizer, UndefinedBehaviorSanitizer and
#      libstdc++ assertions (utils/check-sanitizers.sh), unless FX_SKIP_SANITIZERS=1;
#   4. each libFuzzer target for FX_FUZZ_SECONDS (default 60) seconds (utils/fuzz.sh),
#      unless FX_FUZZ_SECONDS=0, from seed FX_FUZZ_SEED (default 1: a failure
#      reproduces; long campaigns run utils/fuzz.sh with random seeds).
# Each lit test counts once; a fuzz target counts as one test. The last line is
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# Compiler cache entries keyed relative to the checkout, so clones elsewhere share them.
export CCACHE_BASEDIR="$PWD"
./utils/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
status=0
logs=build/check-logs
mkdir -p "$logs"

# Adds the counts of lit's summary in $1 ("  Passed: 12", "  Failed: 1", ...); a
# stage that failed without reporting a failed test counts as one failure.
# An unsupported test counts as failed: setup.sh installs every feature a test
# REQUIRES (torch, chromium), so a test that did not run here is a set-up fault,
# not a pass.
count_lit() {
  local log=$1 stage_status=$2 p f
  read -r p f < <(awk -F: '
    /^ *Passed *: *[0-9]+/ {split($2, n, " "); p += n[1]}
    /^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed|Unsupported) *: *[0-9]+/ {split($2, n, " "); f += n[1]}
    END {print p + 0, f + 0}' "$log")
  [ "$f" -gt 0 ] && stage_status=1
  [ "$stage_status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$stage_status" -ne 0 ] && status=1
  echo "== $log: $p passed, $f failed"
}

echo "== lit suite"
/usr/lib/llvm-22/bin/lit -sv build/test build/bench/test 2>&1 | tee "$logs/lit.log"
count_lit "$logs/lit.log" "${PIPESTATUS[0]}"

echo "== embedding: the example against an installed fx-mlir"
./utils/check-embedding.sh build 2>&1 | tee "$logs/embedding.log"
count_lit "$logs/embedding.log" "${PIPESTATUS[0]}"

echo "== package: pip install -e . and the fx-mlir command"
./utils/check-package.sh build 2>&1 | tee "$logs/package.log"
if [ "${PIPESTATUS[0]}" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

echo "== component libraries: the tools without libMLIR.so"
./utils/check-components.sh 2>&1 | tee "$logs/components.log"
count_lit "$logs/components.log" "${PIPESTATUS[0]}"

if [ "${FX_SKIP_SANITIZERS:-0}" != 1 ]; then
  echo "== sanitizers: ASan + UBSan + libstdc++ assertions"
  ./utils/check-sanitizers.sh 2>&1 | tee "$logs/sanitizers.log"
  count_lit "$logs/sanitizers.log" "${PIPESTATUS[0]}"
fi

if [ "${FX_FUZZ_SECONDS:-60}" != 0 ]; then
  echo "== fuzzing: every target for ${FX_FUZZ_SECONDS:-60} s"
  FX_FUZZ_SEED=${FX_FUZZ_SEED:-1} ./utils/fuzz.sh "${FX_FUZZ_SECONDS:-60}" 2>&1 | tee "$logs/fuzz.log"
  fuzz_status=${PIPESTATUS[0]}
  # utils/fuzz.sh ends with "N passed, N failed" over its targets.
  read -r p f < <(awk '/^[0-9]+ passed, [0-9]+ failed$/ {print $1, $3}' "$logs/fuzz.log" | tail -n 1)
  p=${p:-0}; f=${f:-0}
  [ "$fuzz_status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  [ "$fuzz_status" -ne 0 ] && status=1
  passed=$((passed + p)); failed=$((failed + f))
fi

echo "$passed passed, $failed failed"
exit "$status"
