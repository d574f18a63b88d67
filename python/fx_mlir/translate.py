# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Running fx-translate, the C++ reader and writer of every format fx_mlir moves.

The binary is the `fx_translate` argument, else the FX_TRANSLATE environment variable,
else `fx-translate` on PATH.
"""

import os
import shutil
import subprocess


class TranslateError(RuntimeError):
    """fx-translate rejected its input; the message holds its diagnostics."""


def find_fx_translate(fx_translate=None):
    path = fx_translate or os.environ.get("FX_TRANSLATE") or shutil.which("fx-translate")
    if not path:
        raise FileNotFoundError(
            "fx-translate not found: pass fx_translate=, set FX_TRANSLATE or put it on PATH")
    return path


def run_fx_translate(fx_translate, flag, source, target, *options):
    """`fx-translate FLAG SOURCE -o TARGET OPTIONS...`; its diagnostics raise
    TranslateError."""
    result = subprocess.run(
        [find_fx_translate(fx_translate), flag, source, "-o", target,
         # Stack traces are locations; the text must keep them.
         "--mlir-print-debuginfo", *options],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise TranslateError(result.stderr.strip())
