# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "RELU_TO_CLAMP"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.example_obj_root, "test")

# The example's tool, then FileCheck and not from the LLVM fx-mlir uses.
llvm_config.with_environment("PATH", config.example_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.use_default_substitutions()
