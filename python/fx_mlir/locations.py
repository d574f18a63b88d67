# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A node's `stack_trace` <-> an MLIR location (docs/Dialect.md "Metadata").

A trace in Python's format becomes one `"function"("file":line:0)` location per frame, fused
with its source line, chained innermost first with `callsite(... at ...)`. The structured form
is used only when printing the frames back gives the exact original text, so the exporter
restores every stack_trace byte for byte; anything else is kept whole as `loc("text")`.
"""

import re
from typing import NamedTuple, Optional

from .text import quote


class Frame(NamedTuple):
    filename: str
    line: int
    function: str
    source: Optional[str]


_FRAME_HEADER = re.compile(r'  File "([^"\n]*)", line ([0-9]+), in ([^\n]*)')
_SOURCE_LINE = re.compile(r"    ([^\n]*)")


def format_stack_trace(frames):
    """The text of `frames` (outermost first) in the layout of traceback.format_list."""
    text = ""
    for frame in frames:
        text += f'  File "{frame.filename}", line {frame.line}, in {frame.function}\n'
        if frame.source:
            text += f"    {frame.source}\n"
    return text


def parse_stack_trace(text):
    """The frames of a trace in Python's format, or None if `text` is not exactly that."""
    frames = []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    index = 0
    while index < len(lines):
        header = _FRAME_HEADER.fullmatch(lines[index])
        if not header:
            return None
        index += 1
        source = None
        if index < len(lines) and not _FRAME_HEADER.fullmatch(lines[index]):
            source_match = _SOURCE_LINE.fullmatch(lines[index])
            if not source_match:
                return None
            source = source_match.group(1)
            index += 1
        frames.append(Frame(header.group(1), int(header.group(2)), header.group(3), source))
    if not frames or format_stack_trace(frames) != text:
        return None
    return frames


def _frame_location(frame):
    location = f"{quote(frame.function)}({quote(frame.filename)}:{frame.line}:0)"
    if frame.source:
        return f"fused<{quote(frame.source)}>[{location}]"
    return location


def location_of_stack_trace(text):
    """`loc(...)` for a node's stack_trace."""
    frames = parse_stack_trace(text)
    if frames is None:
        return f"loc({quote(text)})"
    location = _frame_location(frames[0])
    for frame in frames[1:]:
        location = f"callsite({_frame_location(frame)} at {location})"
    return f"loc({location})"
