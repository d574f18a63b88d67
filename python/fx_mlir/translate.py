# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Running fx-translate, the C++ reader and writer of every format fx_mlir moves.

The binary is the `fx_translate` argument, else the FX_TRANSLATE environment variable,
else `fx-translate` on PATH.
"""

import contextlib
import os
import shutil
import subprocess
import tempfile
from typing import Callable, Iterator, Optional


class TranslateError(RuntimeError):
    """fx-translate rejected its input; the message holds its diagnostics."""


def find_fx_translate(fx_translate: Optional[str] = None) -> str:
    path = fx_translate or os.environ.get("FX_TRANSLATE") or shutil.which("fx-translate")
    if not path:
        raise FileNotFoundError(
            "fx-translate not found: pass fx_translate=, set FX_TRANSLATE or put it on PATH")
    return path


def run_fx_translate(fx_translate: Optional[str], flag: str, source: str, target: str, *options: str,
                     debuginfo: bool = True) -> None:
    """`fx-translate FLAG SOURCE -o TARGET OPTIONS...`; its diagnostics raise
    TranslateError. Stack traces are locations: the text keeps them unless `debuginfo` is
    false (for graphs without any)."""
    debuginfo_options = ["--mlir-print-debuginfo"] if debuginfo else []
    result = subprocess.run(
        [find_fx_translate(fx_translate), flag, source, "-o", target, *debuginfo_options, *options],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise TranslateError(result.stderr.strip())


def write_text(text: str) -> Callable[[str], None]:
    """A `write_source` for `translated` that writes `text`."""
    def write(path: str) -> None:
        with open(path, "w") as f:
            f.write(text)
    return write


@contextlib.contextmanager
def translated(fx_translate: Optional[str], flag: str, write_source: Callable[[str], None], source_name: str,
               target_name: str, *options: str, debuginfo: bool = True) -> Iterator[str]:
    """In a temporary directory, `write_source(path)` writes the file `source_name`,
    fx-translate FLAG turns it into `target_name`, whose path the context yields."""
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, source_name)
        target = os.path.join(tmp, target_name)
        write_source(source)
        run_fx_translate(fx_translate, flag, source, target, *options, debuginfo=debuginfo)
        yield target
