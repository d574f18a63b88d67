# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# The progress bar of `fx-mlir import` through make_fx on a terminal (progress.py runs the command
# on a pseudo-terminal; a short model path keeps the bar within 80 columns): tracing, then
# importing with the graph's node count (AddRelu: x, scale, offset, mul, mul_1, add, relu, sum,
# output).
# RUN: cd %S/../Inputs && %python %S/progress.py %python -m fx_mlir import small_models.py:AddRelu --input-shape 2,4 --trace fake -o %t.mlir | FileCheck %s
# CHECK: status 0
# CHECK-NEXT: [--------------------]   0% tracing small_models.py:AddRelu (fake)
# CHECK-NEXT: [##########----------]  50% importing 9 nodes with fx-translate
# CHECK-NEXT: [####################] 100% done
# RUN: FileCheck %s --check-prefix=MLIR < %t.mlir
# MLIR: fx.graph_module @AddRelu
# python -m fx_mlir.import draws the same bar, and none with --quiet.
# RUN: cd %S/../Inputs && %python %S/progress.py %python -m fx_mlir.import small_models.py:AddRelu --input-shape 2,4 --trace fake -o %t.2.mlir | FileCheck %s
# RUN: cd %S/../Inputs && %python %S/progress.py %python -m fx_mlir.import small_models.py:AddRelu --input-shape 2,4 --trace fake -o %t.3.mlir --quiet | FileCheck %s --check-prefix=QUIET --implicit-check-not=%%
# QUIET: status 0
