# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# A model whose forward returns a tuple (AddRelu: relu(y), y.sum(...)) survives the round trip in
# every trace mode: both outputs are compared with PyTorch's (allclose, same tuple structure).
# RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/small_models.py:AddRelu --input-shape 2,4 --trace fake --fx-opt fx-opt | FileCheck %s
# RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/small_models.py:AddRelu --input-shape 2,4 --trace symbolic_trace --fx-opt fx-opt | FileCheck %s
# RUN: %python %fx_src_root/utils/roundtrip.py %S/../Inputs/small_models.py:AddRelu --input-shape 2,4 --trace symbolic --fx-opt fx-opt --passes=--fx-export-pipeline | FileCheck %s --check-prefix=PASSES
# CHECK: outputs allclose: True; metadata equal: True; re-imported text identical: True
# PASSES: outputs allclose: True
#
# The comparison itself: a different tuple structure or a differing element is not allclose.
# RUN: %python -c "import torch; from fx_mlir.compare import outputs_allclose as c; t = torch.ones(2); print(c((t, t), (t, t)), c((t, t), (t, t + 1)), c((t, t), [t, t]), c((t, t), (t,)), c(t, t.reshape(2, 1)))" | FileCheck %s --check-prefix=COMPARE
# COMPARE: True False False False False
