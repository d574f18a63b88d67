# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Finding and running fx-mlir's C++ tools (fx-opt, fx-translate) and Graphviz's `dot`.

The Python package does not build the C++ tools; it finds them, in this order:
  1. FX_OPT / FX_TRANSLATE: that one tool (a path, or a name looked up on PATH);
  2. FX_MLIR_BUILD_DIR: a CMake build directory (its bin/);
  3. PATH (e.g. after `cmake --install build --prefix ...`);
  4. the `build/bin` of the source tree this package sits in (an editable install).
"""

import os
import shutil
import subprocess
from typing import Optional, Sequence

from .cli import UserError

_SOURCE_BUILD_BIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "bin")


def _environment_variable(tool: str) -> str:
    return tool.upper().replace("-", "_")


def find_tool(tool: str) -> str:
    """The path of fx-mlir's tool `tool` ("fx-opt" or "fx-translate"); UserError if none."""
    explicit = os.environ.get(_environment_variable(tool))
    if explicit:
        found = shutil.which(explicit)
        if not found:
            raise UserError(f"{_environment_variable(tool)}={explicit} is not an executable")
        return found
    build_dir = os.environ.get("FX_MLIR_BUILD_DIR")
    for found in (shutil.which(tool, path=os.path.join(build_dir, "bin")) if build_dir else None,
                  shutil.which(tool),
                  shutil.which(tool, path=_SOURCE_BUILD_BIN)):
        if found:
            return os.path.normpath(found)
    raise UserError(f"{tool} not found: build fx-mlir (./utils/check.sh), then set FX_MLIR_BUILD_DIR "
                    f"to the build directory, set {_environment_variable(tool)}, or put {tool} on PATH")


def run_tool(tool: str, args: Sequence[str], input: Optional[bytes] = None) -> bytes:
    """Runs `tool` (found by find_tool, or `dot`) and returns its stdout; a failure is a
    UserError whose message is the tool's first diagnostic line."""
    path = shutil.which("dot") if tool == "dot" else find_tool(tool)
    if path is None:
        raise UserError("Graphviz's `dot` not found: install graphviz (Debian: apt-get install graphviz)")
    result = subprocess.run([path, *args], input=input, capture_output=True)
    if result.returncode != 0:
        lines = [line for line in result.stderr.decode(errors="replace").splitlines() if line.strip()]
        first = next((line for line in lines if "error" in line), lines[0] if lines else "")
        raise UserError(f"{tool} failed (exit status {result.returncode}): {first.strip()}")
    return result.stdout


__all__ = ["find_tool", "run_tool"]
