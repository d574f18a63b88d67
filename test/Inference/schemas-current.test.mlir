// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// REQUIRES: torch
// RUN: rm -rf %t && %python %fx_src_root/utils/gen_schemas.py --out-dir %t
// RUN: diff %fx_src_root/include/fx-mlir/Dialect/Fx/Inference/OpSchemas.def %t/include/fx-mlir/Dialect/Fx/Inference/OpSchemas.def
// RUN: diff %fx_src_root/test/Inference/Inputs/core_aten_ops.tsv %t/test/Inference/Inputs/core_aten_ops.tsv

// The checked-in schemas (OpSchemas.def) and Core ATen list
// (Inputs/core_aten_ops.tsv) are what utils/gen_schemas.py reads from the
// installed PyTorch today: regenerate them when PyTorch or the list of
// non-core overloads changes.
