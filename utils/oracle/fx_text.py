# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Textual form of fx-dialect values and types (docs/Dialect.md).

Everything here is pure formatting: no PyTorch op is run.  Types are built
from the small value classes below so that the evaluator, the symbolic
tracer and the hand-derived hooks all describe results the same way.
"""

import math
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple, Union

import torch


class Unrepresentable(Exception):
    """A value or type that docs/Dialect.md gives no spelling for."""


ELEMENT_TYPES = {
    torch.bool: "i1",
    torch.uint8: "ui8",
    torch.int8: "si8",
    torch.int16: "si16",
    torch.int32: "si32",
    torch.int64: "si64",
    torch.float16: "f16",
    torch.bfloat16: "bf16",
    torch.float32: "f32",
    torch.float64: "f64",
    torch.complex32: "complex<f16>",
    torch.complex64: "complex<f32>",
    torch.complex128: "complex<f64>",
}


def element_type(dtype: torch.dtype) -> str:
    if dtype not in ELEMENT_TYPES:
        raise Unrepresentable(f"element type {dtype}")
    return ELEMENT_TYPES[dtype]


# A dim is either a static int or the text of a symbolic expression.
Dim = Union[int, str]


@dataclass(frozen=True)
class TensorType:
    shape: Tuple[Dim, ...]
    dtype: torch.dtype

    def text(self) -> str:
        dims = "".join(("?" if isinstance(d, str) else str(d)) + "x" for d in self.shape)
        exprs = [d for d in self.shape if isinstance(d, str)]
        encoding = f", #fx.dims<[{', '.join(exprs)}]>" if exprs else ""
        return f"tensor<{dims}{element_type(self.dtype)}{encoding}>"


@dataclass(frozen=True)
class SymScalarType:
    """!fx.sym_int / !fx.sym_float / !fx.sym_bool, with an optional value expression."""

    kind: str  # "int" | "float" | "bool"
    expr: Optional[str] = None

    def text(self) -> str:
        if self.expr is None:
            return f"!fx.sym_{self.kind}"
        return f"!fx.sym_{self.kind}<{self.expr}>"


@dataclass(frozen=True)
class TupleType:
    elements: Tuple["ResultType", ...]

    def text(self) -> str:
        return f"tuple<{', '.join(e.text() for e in self.elements)}>"


@dataclass(frozen=True)
class NoneType_:
    def text(self) -> str:
        return "none"


UNKNOWN_TEXT = "!fx.unknown"

ResultType = Union[TensorType, SymScalarType, TupleType, NoneType_]


def format_float(value: float) -> str:
    """Python float as Dialect.md prints it: always with a '.', `1.0e-05`, `inf`, `nan`."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = repr(float(value))
    mantissa, _, exponent = text.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return f"{mantissa}e{exponent}" if exponent else mantissa


def format_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def format_value(value, operand_name) -> str:
    """One FX argument value.  `operand_name(value)` returns the SSA name of
    a value that is a graph node (a tensor operand) or None for constants."""
    name = operand_name(value)
    if name is not None:
        return f"%{name}"
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_float(value)
    if isinstance(value, str):
        return format_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(format_value(v, operand_name) for v in value) + "]"
    if isinstance(value, tuple):
        inner = [format_value(v, operand_name) for v in value]
        return "(" + inner[0] + ",)" if len(inner) == 1 else "(" + ", ".join(inner) + ")"
    if isinstance(value, (torch.dtype, torch.layout, torch.memory_format)):
        return str(value)
    if isinstance(value, torch.device):
        return f"torch.device({format_string(str(value))})"
    raise Unrepresentable(f"argument value {value!r} of type {type(value).__name__}")


def format_call_args(args: Sequence, kwargs: dict, operand_name) -> str:
    parts = [format_value(a, operand_name) for a in args]
    parts += [f"{k} = {format_value(v, operand_name)}" for k, v in kwargs.items()]
    return ", ".join(parts)


def format_target(target: str) -> str:
    is_dotted_identifier = all(p.isidentifier() for p in target.split("."))
    return target if is_dotted_identifier else format_string(target)
