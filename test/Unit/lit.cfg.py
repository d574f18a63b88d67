# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# -*- Python -*-
# The GoogleTest unit tests under unittests/, run by lit as part of check-fx.
import os

import lit.formats

config.name = "FX_MLIR-Unit"
config.suffixes = []
config.test_exec_root = os.path.join(config.fx_mlir_obj_root, "unittests")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
