# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# User errors of the Python commands: one line on stderr, a non-zero exit, no traceback.
# RUN: not %python -m fx_mlir.import nosuch:Model 2>&1 | FileCheck %s --check-prefix=MODULE --implicit-check-not=Traceback
# MODULE: python3 -m fx_mlir.import: error: no Python module `nosuch`
# RUN: not %python -m fx_mlir.import %t.missing.py:Model 2>&1 | FileCheck %s --check-prefix=FILE --implicit-check-not=Traceback
# FILE: error: no file `{{.*}}missing.py`
# RUN: not %python -m fx_mlir.import %S/../Inputs/small_models.py:NoSuchClass 2>&1 | FileCheck %s --check-prefix=CLASS --implicit-check-not=Traceback
# CLASS: error: `{{.*}}small_models.py` has no `NoSuchClass`
# RUN: not %python -m fx_mlir.import Model 2>&1 | FileCheck %s --check-prefix=SPEC --implicit-check-not=Traceback
# SPEC: error: model `Model` is not SOURCE:NAME
# RUN: not %python -m fx_mlir.import %S/../Inputs/small_models.py:TwoLayers --input-shape 3,x 2>&1 | FileCheck %s --check-prefix=SHAPE --implicit-check-not=Traceback
# SHAPE: error: argument --input-shape: `3,x` is not a comma-separated list of sizes
# RUN: not %python -m fx_mlir.import %S/../Inputs/small_models.py:TwoLayers --input-shape 3,7 2>&1 | FileCheck %s --check-prefix=TRACE --implicit-check-not=Traceback
# TRACE: error: tracing failed with inputs of shapes {{\[\[}}3, 7]]: a and b must have same reduction dim, but got [3, 7] X [8, 4].
# The output path is checked before the model is even loaded (the model here does not exist).
# RUN: not %python -m fx_mlir.import nosuch:Model -o %t.no/such/dir/out.mlir 2>&1 | FileCheck %s --check-prefix=OUTPUT --implicit-check-not=Traceback
# OUTPUT: error: output directory `{{.*}}such/dir` does not exist
# --debug shows the traceback.
# RUN: not %python -m fx_mlir.import nosuch:Model --debug 2>&1 | FileCheck %s --check-prefix=DEBUG
# DEBUG: Traceback
# roundtrip.py shows fx-opt's own diagnostic.
# RUN: not %python %fx_src_root/utils/roundtrip.py %S/../Inputs/small_models.py:TwoLayers --input-shape 3,8 --fx-opt fx-opt --passes=--fx-verify-metadata=keys=fx.no_such_key 2>&1 | FileCheck %s --check-prefix=FXOPT --implicit-check-not=Traceback
# FXOPT: roundtrip.py: error: fx-opt failed (exit status 1):
# FXOPT-NEXT: error: {{.*}}fx.no_such_key
