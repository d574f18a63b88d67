#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Runs the listener benchmark (issue 7) on both sides and prints the tables of
# the README's Benchmark section.
#
#   bench/run.sh            N = 1k..1M for fx-mlir, 1k..100k for PyTorch (~25 min)
#   bench/run.sh --quick    N = 1k, 10k on both sides (~2 min)
#   bench/run.sh --pipeline the pipeline benchmark only (issue 14):
#                           bench/pipeline.py at PIPELINE_SIZES (default
#                           10k, 100k, 1M; the verifier runs at VERIFY_N,
#                           default 10k, 100k), instruction counts at
#                           CALLGRIND_N (10k, 30k), the parallel run on
#                           PARALLEL_MODULES (16) graph modules of PARALLEL_N
#                           (1M: >= 2 s on one thread) nodes in all
#   bench/run.sh --pytorch-pipeline
#                           the same exported programs lowered by PyTorch
#                           2.13's run_decompositions() and fx-export-pipeline
#                           (bench/pytorch_pipeline.py) at PT_PIPELINE_SIZES
#                           (default 1k, 4k, 10k; PyTorch needs ~15 ms per
#                           node), with the venv's interpreter (FX_MLIR_VENV);
#                           STATIC_BUILD_DIR, a build configured with
#                           -DMLIR_LINK_MLIR_DYLIB=OFF, adds its fx-pt2
#
# Environment: BUILD_DIR (default build), MLIR_SIZES, PT_SIZES, ROUNDS
# ("N:rounds ..."), NO_PYTORCH=1 to skip the PyTorch side, OUT (default
# $BUILD_DIR/bench-results) for the RESULT files. To combine repeated runs
# (minimum of each measurement): bench/report.py DIR1/*.txt DIR2/*.txt
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}

MLIR_SIZES=${MLIR_SIZES:-"1000 10000 100000 1000000"}
PT_SIZES=${PT_SIZES:-"1000,10000,100000"}
ROUNDS=${ROUNDS:-"1000:20 10000:10 100000:5 1000000:3"}
if [ "${1:-}" = "--pipeline" ]; then
  ninja -C "$BUILD_DIR" fx-opt fx-bench-graph >/dev/null
  OUT=${OUT:-"$BUILD_DIR/bench-results"}
  mkdir -p "$OUT"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  python3 bench/pipeline.py --fx-opt "$BUILD_DIR/bin/fx-opt" \
    --fx-bench-graph "$BUILD_DIR/bin/fx-bench-graph" \
    --sizes "${PIPELINE_SIZES:-10000,100000,1000000}" \
    --verify-sizes "${VERIFY_N:-10000,100000}" \
    --callgrind "${CALLGRIND_N:-10000,30000}" --parallel "${PARALLEL_N:-1000000}" \
    --modules "${PARALLEL_MODULES:-16}" >"$OUT/pipeline.txt"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  exec python3 bench/report.py "$OUT/pipeline.txt"
fi
if [ "${1:-}" = "--pytorch-pipeline" ]; then
  ninja -C "$BUILD_DIR" fx-opt fx-translate fx-pt2 >/dev/null
  OUT=${OUT:-"$BUILD_DIR/bench-results"}
  mkdir -p "$OUT"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  static=()
  if [ -n "${STATIC_BUILD_DIR:-}" ]; then
    ninja -C "$STATIC_BUILD_DIR" fx-pt2 >/dev/null
    static=(--static-build "$STATIC_BUILD_DIR")
  fi
  "${FX_MLIR_VENV:-.venv}/bin/python" bench/pytorch_pipeline.py --build "$BUILD_DIR" \
    --sizes "${PT_PIPELINE_SIZES:-1000,4000,10000}" "${static[@]}" >"$OUT/pytorch-pipeline.txt"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  exec python3 bench/report.py "$OUT/pytorch-pipeline.txt"
fi
if [ "${1:-}" = "--quick" ]; then
  MLIR_SIZES="1000 10000"
  PT_SIZES="1000,10000"
fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit >/dev/null
fi
ninja -C "$BUILD_DIR" fx-bench >/dev/null
BENCH="$BUILD_DIR/bin/fx-bench"

OUT=${OUT:-"$BUILD_DIR/bench-results"}
mkdir -p "$OUT"
rm -f "$OUT"/mlir-time.txt "$OUT"/mlir-greedy.txt "$OUT"/mlir-rss.txt "$OUT"/pytorch.txt

rounds_for() {
  local n=$1 r=3 entry
  for entry in $ROUNDS; do
    [ "${entry%%:*}" = "$n" ] && r=${entry##*:}
  done
  echo "$r"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" >&2
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# Time: configs a, b, c (and i) interleaved in rounds, in one process per N.
for n in $MLIR_SIZES; do
  echo "fx-mlir N=$n ..." >&2
  "$BENCH" --n="$n" --configs=a,b,c,i --rounds="$(rounds_for "$n")" >>"$OUT/mlir-time.txt"
done

# The greedy driver, for comparison, at one N.
GREEDY_N=${GREEDY_N:-100000}
case " $MLIR_SIZES " in *" $GREEDY_N "*) ;; *) GREEDY_N=${MLIR_SIZES%% *} ;; esac
echo "fx-mlir greedy driver N=$GREEDY_N ..." >&2
"$BENCH" --driver=greedy --n="$GREEDY_N" --configs=a,b,c --rounds=3 >>"$OUT/mlir-greedy.txt"

# Peak RSS: one fresh process per (shape, N, config).
for shape in chain tree; do
  for n in $MLIR_SIZES; do
    for config in a b c; do
      "$BENCH" --rss --shape="$shape" --n="$n" --configs="$config" >>"$OUT/mlir-rss.txt"
    done
  done
done

if [ "${NO_PYTORCH:-0}" != 1 ]; then
  echo "PyTorch N=$PT_SIZES ..." >&2
  "${FX_MLIR_VENV:-.venv}/bin/python" bench/pytorch_hook_bench.py --n="$PT_SIZES" >"$OUT/pytorch.txt"
fi

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 bench/report.py "$OUT"/*.txt
