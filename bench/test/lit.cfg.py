# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# -*- Python -*-
# The fx-bench smoke test: runs the benchmark binary at N = 1k; it checks only
# that every configuration completes and its output verifies.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "FX_MLIR_BENCH"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.fx_mlir_obj_root, "bench", "test")

llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.fx_mlir_tools_dir, append_path=True)
llvm_config.use_default_substitutions()
