# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A progress bar for the stages of a long command, drawn only for a person at a terminal.

  with Progress(3) as progress:              # three stages; drawn when stderr is a terminal
      progress.stage("exporting model.py:M") # [--------------------]   0% exporting model.py:M
      progress.stage("importing")            # [######--------------]  33% importing
      ...
                                             # [####################] 100% done
"""

import os
import sys
from typing import Optional, TextIO

_BAR_WIDTH = 20


class Progress:
    """`total` stages, each drawn as a bar of the stages finished so far; nothing at all when
    `enabled` is False (by default: unless `stream`, by default stderr, is a terminal)."""

    def __init__(self, total: int, stream: Optional[TextIO] = None, enabled: Optional[bool] = None) -> None:
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.finished = 0
        self.started = False

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, error_type, error, traceback) -> None:
        if error_type is None:
            self.finish()
        elif self.enabled and self.started:
            self.stream.write("\n")  # the error message goes on a line of its own
            self.stream.flush()

    def stage(self, message: str) -> None:
        """Start the next stage (the one before it is finished)."""
        if self.started:
            self.finished = min(self.finished + 1, self.total)
        self.started = True
        self._draw(message)

    def finish(self) -> None:
        """Every stage is done: draw the full bar and end its line."""
        if self.enabled and self.started:
            self.finished = self.total
            self._draw("done")
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, message: str) -> None:
        if not self.enabled:
            return
        filled = _BAR_WIDTH * self.finished // self.total
        line = f"[{'#' * filled}{'-' * (_BAR_WIDTH - filled)}] {100 * self.finished // self.total:3d}% {message}"
        # Each redraw replaces the last one; the width keeps it on one terminal line.
        width = _terminal_width(self.stream)
        self.stream.write("\r" + line[:width - 1].ljust(width - 1))
        self.stream.flush()


def _terminal_width(stream: TextIO) -> int:
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        columns = 0
    return columns or 80  # a terminal that does not say its size reports 0


__all__ = ["Progress"]
