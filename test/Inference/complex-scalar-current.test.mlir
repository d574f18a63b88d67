// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// REQUIRES: torch
// RUN: rm -rf %t && mkdir %t && %python %fx_src_root/utils/gen_complex_scalar_tests.py --out-dir %t 2>/dev/null
// RUN: diff %S/complex-scalar.mlir %t/complex-scalar.mlir
// RUN: diff %S/complex-scalar.invalid.mlir %t/complex-scalar.invalid.mlir

// complex-scalar.mlir and complex-scalar.invalid.mlir hold what PyTorch
// answers today for Python complex scalars: regenerate them with
// utils/gen_complex_scalar_tests.py when PyTorch changes.
