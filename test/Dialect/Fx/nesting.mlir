// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Deeply nested input is a located error, never a stack overflow (issue 15).
// test/Inputs/deep_nesting.py writes each shape that overflowed fx-opt's stack
// before the input guard; past 1024 levels of brackets fx-opt stops at the
// first bracket too deep. (The line:column pairs were checked against a
// bracket-matching scan of the generated text.) `not` fails on a crash.

// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py graph_module 100000 > %t.graph_module.mlir
// RUN: not fx-opt %t.graph_module.mlir 2>&1 | FileCheck %s --check-prefix=GRAPH-MODULE
// GRAPH-MODULE: .mlir:4091:12: error: input nested too deeply: more than 1024 levels of brackets
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py tuple_attr 100000 > %t.tuple_attr.mlir
// RUN: not fx-opt %t.tuple_attr.mlir 2>&1 | FileCheck %s --check-prefix=TUPLE-ATTR
// TUPLE-ATTR: tuple_attr.mlir:4:5658: error: input nested too deeply
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py array_attr 100000 > %t.array_attr.mlir
// RUN: not fx-opt %t.array_attr.mlir 2>&1 | FileCheck %s --check-prefix=ARRAY-ATTR
// ARRAY-ATTR: array_attr.mlir:4:1057: error: input nested too deeply
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py function_type 100000 > %t.function_type.mlir
// RUN: not fx-opt %t.function_type.mlir 2>&1 | FileCheck %s --check-prefix=FUNCTION-TYPE
// FUNCTION-TYPE: function_type.mlir:4:1057: error: input nested too deeply
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py tuple_type 100000 > %t.tuple_type.mlir
// RUN: not fx-opt %t.tuple_type.mlir 2>&1 | FileCheck %s --check-prefix=TUPLE-TYPE
// TUPLE-TYPE: tuple_type.mlir:4:6189: error: input nested too deeply

// The same with every pass pipeline the fuzzers run, and in split mode.
// RUN: not fx-opt %t.graph_module.mlir --fx-export-pipeline 2>&1 | FileCheck %s --check-prefix=GRAPH-MODULE
// RUN: not fx-opt %t.tuple_attr.mlir --fx-infer-types=mode=fill 2>&1 | FileCheck %s --check-prefix=TUPLE-ATTR
// RUN: not fx-opt %t.array_attr.mlir --split-input-file 2>&1 | FileCheck %s --check-prefix=ARRAY-ATTR

// fx-translate reads MLIR the same way, from a file or stdin, in every
// translation from fx IR and in split mode.
// RUN: not fx-translate --fx-to-dot %t.graph_module.mlir 2>&1 | FileCheck %s --check-prefix=GRAPH-MODULE
// RUN: not fx-translate --fx-to-html %t.tuple_attr.mlir 2>&1 | FileCheck %s --check-prefix=TUPLE-ATTR
// RUN: not fx-translate --export-pt2 %t.function_type.mlir -o %t.pt2 2>&1 | FileCheck %s --check-prefix=FUNCTION-TYPE
// RUN: not fx-translate --export-fx-json < %t.tuple_type.mlir 2>&1 | FileCheck %s --check-prefix=TUPLE-TYPE-STDIN
// TUPLE-TYPE-STDIN: <stdin>:4:6189: error: input nested too deeply
// RUN: not fx-translate --export-pt2-json --split-input-file %t.array_attr.mlir 2>&1 | FileCheck %s --check-prefix=ARRAY-ATTR-SPLIT
// ARRAY-ATTR-SPLIT: within split at {{.*}}array_attr.mlir:1 offset :4:1057: error: input nested too deeply

// 1024 levels are allowed, and the nesting survives the round trip: 1022
// graph modules hold a graph whose output call opens the 1024th level.
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py graph_module 1022 > %t.limit.mlir
// RUN: fx-opt %t.limit.mlir | grep -c "fx.graph_module @M {" | FileCheck %s --check-prefix=LIMIT
// LIMIT: 1022
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py graph_module 1023 > %t.over.mlir
// RUN: not fx-opt %t.over.mlir 2>&1 | FileCheck %s --check-prefix=GRAPH-MODULE

// The scan: `->` and the `>=` of an integer set close nothing, so nesting
// interleaved with them is still counted ...
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py arrow_arrays 100000 > %t.arrow_arrays.mlir
// RUN: not fx-opt %t.arrow_arrays.mlir 2>&1 | FileCheck %s --check-prefix=ARROWS
// ARROWS: arrow_arrays.mlir:4:13297: error: input nested too deeply
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py set_arrays 100000 > %t.set_arrays.mlir
// RUN: not fx-opt %t.set_arrays.mlir 2>&1 | FileCheck %s --check-prefix=SETS
// SETS: set_arrays.mlir:4:31637: error: input nested too deeply
// ... and brackets in strings (past an escaped quote) and comments do not nest.
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py string 100000 | fx-opt | FileCheck %s --check-prefix=STRING
// STRING: fx.call_function t() {s = "\22[(<{[(<{
// RUN: %python %fx_src_root/test/Inputs/deep_nesting.py comment 100000 | fx-opt | FileCheck %s --check-prefix=COMMENT
// COMMENT: fx.output(None)

// fx's own recursive parsers stop earlier, at 256 levels, with errors of
// their own: node arguments and size expressions.
// RUN: %python -c "print('fx.graph_module @M { fx.graph @forward { %%y = fx.call_function f(' + '[' * 300 + ']' * 300 + ') : () -> !fx.unknown' + chr(10) + 'fx.output(None) } }')" > %t.deep-args.mlir
// RUN: not fx-opt %t.deep-args.mlir 2>&1 | FileCheck %s --check-prefix=DEEP-ARGS
// DEEP-ARGS: deep-args.mlir:1:322: error: custom op 'fx.call_function' node arguments nested too deeply
// RUN: %python -c "print('fx.graph_module @M { fx.graph @forward { %%y = fx.placeholder \"y\" : !fx.sym_int<' + '(' * 300 + 's0' + ')' * 300 + '>' + chr(10) + 'fx.output(None) } }')" > %t.deep-parens.mlir
// RUN: not fx-opt %t.deep-parens.mlir 2>&1 | FileCheck %s --check-prefix=DEEP-EXPR
// RUN: %python -c "print('fx.graph_module @M { fx.graph @forward { %%y = fx.placeholder \"y\" : !fx.sym_int<' + '-' * 100000 + 's0>' + chr(10) + 'fx.output(None) } }')" > %t.deep-minus.mlir
// RUN: not fx-opt %t.deep-minus.mlir 2>&1 | FileCheck %s --check-prefix=DEEP-EXPR
// DEEP-EXPR: error: {{.*}}size expression nested too deeply
