// Malformed input never crashes fx-opt: a bounded run of the mutation fuzzer
// over this directory's tests (fixed seed). Every variant must exit with 0 or
// 1, and what fx-opt prints must parse again. For long runs:
//   utils/fuzz_fx_opt.py --fx-opt build/bin/fx-opt -n 20000 --seed N test/Dialect/Fx/*.mlir
// RUN: %python %fx_src_root/utils/fuzz_fx_opt.py --fx-opt fx-opt -n 150 --seed 7 -j 2 %S/args.mlir %S/ops.mlir %S/types.mlir %S/metadata.mlir %S/names.mlir %S/invalid.mlir %S/invalid-parse.mlir | FileCheck %s
// CHECK: 150 variants, 0 failures

// Deeply nested input is an error, not a stack overflow.
// RUN: %python -c "print('fx.graph_module @M { fx.graph @forward { %%y = fx.call_function f(' + '[' * 100000 + ']' * 100000 + ') : () -> !fx.unknown' + chr(10) + 'fx.output(None) } }')" > %t.deep-args.mlir
// RUN: not fx-opt %t.deep-args.mlir 2>&1 | FileCheck %s --check-prefix=DEEP-ARGS
// DEEP-ARGS: error: {{.*}}node arguments nested too deeply
// RUN: %python -c "print('fx.graph_module @M { fx.graph @forward { %%y = fx.placeholder \"y\" : !fx.sym_int<' + '(' * 100000 + 's0' + ')' * 100000 + '>' + chr(10) + 'fx.output(None) } }')" > %t.deep-parens.mlir
// RUN: not fx-opt %t.deep-parens.mlir 2>&1 | FileCheck %s --check-prefix=DEEP-EXPR
// RUN: %python -c "print('fx.graph_module @M { fx.graph @forward { %%y = fx.placeholder \"y\" : !fx.sym_int<' + '-' * 100000 + 's0>' + chr(10) + 'fx.output(None) } }')" > %t.deep-minus.mlir
// RUN: not fx-opt %t.deep-minus.mlir 2>&1 | FileCheck %s --check-prefix=DEEP-EXPR
// DEEP-EXPR: error: {{.*}}size expression nested too deeply
