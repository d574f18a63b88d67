#!/usr/bin/env bash
# Builds fx-mlir (installing dependencies if missing) and runs every test;
# the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
./utils/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
/usr/lib/llvm-22/bin/lit -sv build/test build/bench/test | tee build/lit.log
status=${PIPESTATUS[0]}
# lit's summary lines look like "  Passed: 12" / "  Failed: 1".
read -r passed failed < <(awk -F: '
  /^ *Passed *: *[0-9]+/ {split($2, n, " "); p += n[1]}
  /^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *: *[0-9]+/ {split($2, n, " "); f += n[1]}
  END {print p + 0, f + 0}' build/lit.log)
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "${passed:-0} passed, ${failed} failed"
exit "$status"
