#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Coverage-guided fuzzing of fx-mlir's input path (issue 15). Builds the
# libFuzzer targets of fuzz/ (ASan + UBSan, -DFX_MLIR_FUZZERS=ON) in
# ./build-fuzz and runs each for SECONDS seconds (default 60), starting from
# the corpus of earlier runs plus seeds from the tests, with a dictionary:
#
#   utils/fuzz.sh [SECONDS] [TARGET...]
#
# Targets over MLIR text, seeded with the `// -----` splits of the lit tests,
# dictionary fuzz/fx.dict: fx-fuzz-parse (parse, verify, print, parse again),
# fx-fuzz-infer-types (... after fx-infer-types), fx-fuzz-export (... after
# fx-export-pipeline, which ends with fx-verify-metadata). Over fx-translate's
# readers, seeded with the archives and JSON of test/Translate/Inputs (and
# those oversized_pt2.py writes) and the program JSON inside the archives,
# dictionary fuzz/pt2.dict: fx-fuzz-pt2 (the input as program JSON and as .pt2
# archive: import, print, parse again, export, import the export, export the
# same bytes).
#
# FX_FUZZ_SEED picks libFuzzer's random seed (default 0: a new one each run);
# utils/check.sh fixes it so that a CI failure reproduces with the same seed.
#
# Exits non-zero when a target finds a crash, a sanitizer report, a leak, a
# timeout (10 s) or a memory blow-up (2 GB); the reproducer is in
# build-fuzz/fuzz/findings/TARGET/ (for a leak, the inputs since the last
# check, in leak-batch/), and `build-fuzz/bin/TARGET FILE` replays
# it. The last line counts the targets: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fx-fuzz-parse fx-fuzz-infer-types fx-fuzz-export fx-fuzz-pt2)
build=${FX_FUZZ_BUILD_DIR:-build-fuzz}
seed=${FX_FUZZ_SEED:-0}

./utils/sanitized-build.sh "$build" -DFX_MLIR_FUZZERS=ON "${targets[@]}" || exit 1

seeds=$build/fuzz/seeds
rm -rf "$seeds"
python3 utils/fuzz_fx_opt.py --write-seeds "$seeds/mlir" \
  test/Dialect/Fx/*.mlir test/Transforms/*.mlir test/Inference/*.mlir test/Listener/*.mlir \
  test/Translate/Inputs/*.mlir
mkdir -p "$seeds/pt2"
cp test/Translate/Inputs/*.pt2 test/Translate/Inputs/*.json test/Translate/Inputs/malformed/* \
  "$seeds/pt2"
python3 test/Translate/Inputs/oversized_pt2.py "$seeds/pt2"
python3 - "$seeds/pt2" test/Translate/Inputs/*.pt2 <<'PYTHON'
import os, sys, zipfile
for archive in sys.argv[2:]:
    with zipfile.ZipFile(archive) as z:
        for record in z.namelist():
            if "/models/" in record and record.endswith(".json"):
                name = os.path.basename(archive) + "." + os.path.basename(record)
                # Some archives are damaged on purpose (regression inputs
                # of the reader); their records are seeds as they are.
                try:
                    data = z.read(record)
                except zipfile.BadZipFile:
                    continue
                with open(os.path.join(sys.argv[1], name), "wb") as f:
                    f.write(data)
PYTHON

# allow_user_poisoning=0: see utils/check-sanitizers.sh.
export ASAN_OPTIONS=allow_user_poisoning=0:detect_leaks=1
# Leaks inside upstream MLIR that fx-mlir cannot free, each explained in the file.
export LSAN_OPTIONS="suppressions=$PWD/utils/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1
status=0
passed=0
failed=0
for target in "${targets[@]}"; do
  corpus=$build/fuzz/corpus/$target findings=$build/fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  case $target in
    fx-fuzz-pt2) language=pt2 dict=fuzz/pt2.dict max_len=32768 ;;
    *) language=mlir dict=fuzz/fx.dict max_len=16384 ;;
  esac
  echo "== $target: $seconds s, seed $seed"
  "$build/bin/$target" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" -dict="$dict" -artifact_prefix="$findings/" \
    -print_final_stats=1 "$corpus" "$seeds/$language" 2>"$build/fuzz/$target.log"
  code=$?
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE" "$build/fuzz/$target.log"
  if [ "$code" -ne 0 ]; then
    echo "$target found a problem (exit $code); reproducer in $findings/:" >&2
    ls "$findings" >&2
    grep -E "ERROR|SUMMARY|printed IR|written|import" "$build/fuzz/$target.log" | head -5 >&2
    status=1
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
# One test per target, as utils/check.sh counts them.
echo "$passed passed, $failed failed"
exit "$status"
