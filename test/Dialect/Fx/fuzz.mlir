// Malformed input never crashes fx-opt: a bounded run of the mutation fuzzer
// over this directory's tests (fixed seed). Every variant must exit with 0 or
// 1, and what fx-opt prints must parse again. For long runs:
//   utils/fuzz_fx_opt.py --fx-opt build/bin/fx-opt -n 20000 --seed N test/Dialect/Fx/*.mlir
// RUN: %python %fx_src_root/utils/fuzz_fx_opt.py --fx-opt fx-opt -n 150 --seed 7 -j 2 %S/args.mlir %S/ops.mlir %S/types.mlir %S/metadata.mlir %S/names.mlir %S/invalid.mlir %S/invalid-parse.mlir | FileCheck %s
// CHECK: 150 variants, 0 failures

