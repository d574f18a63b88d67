# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# -*- Python -*-
import os
import shutil
import subprocess
import sys

import lit.formats
from lit.llvm import llvm_config

config.name = "FX_MLIR"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".py"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.fx_mlir_obj_root, "test")

# FileCheck, not and count live beside the LLVM tools, not on PATH.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.fx_mlir_tools_dir, append_path=True)
llvm_config.use_default_substitutions()

config.substitutions.append(("%fx_src_root", config.fx_mlir_src_root))

# Real-PyTorch tests run with the project's virtual environment (utils/setup.sh,
# torch==2.13.0) and are marked `REQUIRES: torch`, so the hermetic suite stays
# hermetic without it.
python = config.fx_mlir_python or sys.executable
python_path = os.path.join(config.fx_mlir_src_root, "python")
# Ahead of lit's own %python, which is the interpreter running lit.
config.substitutions.insert(
    0, ("%python", f"env PYTHONPATH={python_path} {python}"))
try:
    # Finding the package is enough and, unlike importing it, takes no time
    # on a loaded machine.
    subprocess.run([python, "-c",
                    "import importlib.util, sys; "
                    "sys.exit(importlib.util.find_spec('torch') is None)"],
                   check=True, capture_output=True, timeout=120)
    config.available_features.add("torch")
except Exception:
    pass

# The HTML viewer's tests open it in a headless Chromium (Debian's `chromium`,
# or the binary $CHROMIUM names) and are marked `REQUIRES: chromium`.
chromium = next((shutil.which(name) for name in
                 (os.environ.get("CHROMIUM"), "chromium", "chromium-browser")
                 if name and shutil.which(name)), None)
if chromium:
    config.available_features.add("chromium")
    config.environment["CHROMIUM"] = chromium
