# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""MLIR string literals and float literals, written the way MLIR's own printer writes them."""

import math
import re


def quote(text):
    """An MLIR string literal. Like llvm::printEscapedString: backslash doubled, printable
    ASCII as is, every other byte of the UTF-8 encoding (and `"`) as `\\XX` hex."""
    out = []
    for byte in text.encode("utf-8"):
        if byte == 0x5C:
            out.append("\\\\")
        elif 0x20 <= byte < 0x7F and byte != 0x22:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:02X}")
    return '"' + "".join(out) + '"'


_ESCAPE = re.compile(r'\\(?:([0-9A-Fa-f]{2})|(.))', re.S)
_NAMED_ESCAPES = {"n": b"\n", "t": b"\t", '"': b'"', "\\": b"\\"}


def unquote(literal):
    """The text of an MLIR string literal (with its quotes), accepting every MLIR escape."""
    body = literal[1:-1]
    out = bytearray()
    position = 0
    for match in _ESCAPE.finditer(body):
        out += body[position:match.start()].encode("utf-8")
        hex_digits, named = match.groups()
        if hex_digits is not None:
            out.append(int(hex_digits, 16))
        elif named in _NAMED_ESCAPES:
            out += _NAMED_ESCAPES[named]
        else:
            raise ValueError(f"unknown escape `\\{named}` in {literal}")
        position = match.end()
    out += body[position:].encode("utf-8")
    return out.decode("utf-8")


def format_float(value):
    """A float that parses back to the same double: `1.0`, `1.0e-05`, `inf`, `-inf`, `nan`.
    MLIR's float literals need a `.` before any exponent, which Python's repr may omit."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = repr(value)
    mantissa, exponent_mark, exponent = text.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return mantissa + exponent_mark + exponent
