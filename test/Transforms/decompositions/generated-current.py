# REQUIRES: torch
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# The per-entry decomposition tests of this directory are what
# utils/gen_decomposition_checks.py writes with the PyTorch under test: a
# decomposition PyTorch changes, or a case added to the generator without
# regenerating, shows up here as a diff.
# RUN: rm -rf %t && %python %fx_src_root/utils/gen_decomposition_checks.py --fx-opt fx-opt -o %t
# RUN: diff -r -x '*.py' %t %fx_src_root/test/Transforms/decompositions
