// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx attributes, types, node names (properties) and stack-trace locations
// survive MLIR bytecode: text -> bytecode -> text is the text, for every
// argument kind, metadata attribute, symbolic size and range constraint.
// RUN: fx-opt %S/args.mlir --emit-bytecode -o %t.args.mlirbc
// RUN: fx-opt %t.args.mlirbc --mlir-print-debuginfo > %t.args.1
// RUN: fx-opt %S/args.mlir --mlir-print-debuginfo > %t.args.2
// RUN: diff -u %t.args.2 %t.args.1
// RUN: fx-opt %S/metadata.mlir --emit-bytecode -o %t.meta.mlirbc
// RUN: fx-opt %t.meta.mlirbc --mlir-print-debuginfo > %t.meta.1
// RUN: fx-opt %S/metadata.mlir --mlir-print-debuginfo > %t.meta.2
// RUN: diff -u %t.meta.2 %t.meta.1
// The metadata attributes are encoded natively, not as their text.
// RUN: not grep -a -e 'source_fn_stack<' -e 'nn_module_stack<' -e 'node_source<' %t.meta.mlirbc
// RUN: fx-opt %S/size-exprs.mlir --emit-bytecode -o %t.sizes.mlirbc
// RUN: fx-opt %t.sizes.mlirbc --mlir-print-debuginfo > %t.sizes.1
// RUN: fx-opt %S/size-exprs.mlir --mlir-print-debuginfo > %t.sizes.2
// RUN: diff -u %t.sizes.2 %t.sizes.1
// RUN: fx-opt %fx_src_root/test/Transforms/export-pipeline.mlir --fx-export-pipeline --emit-bytecode -o %t.pipeline.mlirbc
// RUN: fx-opt %t.pipeline.mlirbc --mlir-print-debuginfo > %t.pipeline.1
// RUN: fx-opt %fx_src_root/test/Transforms/export-pipeline.mlir --fx-export-pipeline --mlir-print-debuginfo > %t.pipeline.2
// RUN: diff -u %t.pipeline.2 %t.pipeline.1
// RUN: FileCheck %s --input-file=%t.pipeline.1

// The bytecode really held the pipeline's output.
// CHECK: fx.range_constraints = #fx.range_constraints<{s0 = [2, 64]}>
// CHECK: aten._functional_assert_async.msg
