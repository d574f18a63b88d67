// REQUIRES: core-aten-tsv
// RUN: fx-inference-coverage %core_aten_tsv | FileCheck %s
// RUN: fx-inference-coverage --missing-only %core_aten_tsv | FileCheck %s --check-prefix=MISSING

// Every Core ATen op overload of the tsv has a type-inference rule.
// CHECK-DAG: covered aten._adaptive_avg_pool2d.default
// CHECK-DAG: covered aten.add.Tensor
// CHECK-DAG: covered aten.sym_size.int
// CHECK-NOT: missing
// CHECK: ops: 193 covered: 193 missing: 0
// CHECK-NOT: duplicate
// CHECK: registry: {{[0-9]+}} targets, 0 duplicates

// MISSING-NOT: covered
// MISSING: ops: 193 covered: 193 missing: 0
