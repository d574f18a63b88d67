// RUN: fx-inference-coverage %S/Inputs/core_aten_ops.tsv | FileCheck %s
// RUN: fx-inference-coverage --missing-only %S/Inputs/core_aten_ops.tsv | FileCheck %s --check-prefix=MISSING

// Every Core ATen op overload (Inputs/core_aten_ops.tsv, generated from
// PyTorch's `torch.Tag.core` ops by utils/gen_schemas.py) has a type-inference
// rule.
// CHECK-DAG: covered aten._adaptive_avg_pool2d.default
// CHECK-DAG: covered aten.add.Tensor
// CHECK-DAG: covered aten.sym_size.int
// CHECK-NOT: missing
// CHECK: ops: 193 covered: 193 missing: 0
// CHECK-NOT: duplicate
// CHECK: registry: {{[0-9]+}} targets, 0 duplicates

// MISSING-NOT: covered
// MISSING: ops: 193 covered: 193 missing: 0
