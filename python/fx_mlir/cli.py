# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""What fx-mlir's command-line tools share: user errors as one line on stderr and a non-zero
exit (the traceback only with --debug), and argument checks made before any long work."""

import argparse
import logging
import os
import sys
from typing import Any, Callable, Optional, Sequence


class UserError(Exception):
    """A problem with the command's input that the user can fix; reported without traceback."""


def add_debug_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--debug", action="store_true", help="show the Python traceback of an error")


def check_output_path(path: str) -> None:
    """Fail now, not after minutes of tracing, if `path` ("-" is stdout) cannot be written."""
    if path == "-":
        return
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise UserError(f"output `{path}` is a directory")
    if not os.path.isdir(directory):
        raise UserError(f"output directory `{directory}` does not exist")
    if not os.access(directory, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise UserError(f"output `{path}` is not writable")


def run(main: Callable[[argparse.Namespace], Any], parser: argparse.ArgumentParser,
        argv: Optional[Sequence[str]] = None) -> int:
    """Parse `argv` with `parser` and call `main(args)`; every exception becomes
    `PROG: error: MESSAGE` on stderr and exit status 1 unless --debug was given."""
    args = parser.parse_args(argv)
    if not getattr(args, "debug", False):
        # PyTorch logs the traceback of a failing fake-tensor kernel before raising; the
        # error itself is reported below.
        logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)
    try:
        return main(args) or 0
    except KeyboardInterrupt:
        print(f"{parser.prog}: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the boundary to the user: nothing escapes as a traceback
        if getattr(args, "debug", False):
            raise
        if isinstance(error, UserError):
            message = str(error)
        else:
            detail = str(error).strip().splitlines()
            message = f"{type(error).__name__}: {detail[0] if detail else ''} (--debug shows the traceback)"
        print(f"{parser.prog}: error: {message}", file=sys.stderr)
        return 1


__all__ = ["UserError", "add_debug_flag", "check_output_path", "run"]
