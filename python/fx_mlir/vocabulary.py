# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Names shared by the importer and the exporter: element types, torch enums, targets.

Both directions read the same tables so that a value printed by one is parsed back to the
same object by the other.
"""

import importlib
import re

import torch

# torch.dtype name (as in `torch.float32`) -> MLIR element type, per docs/Dialect.md.
# Names missing from the running torch (e.g. float8 before 2.1) are skipped below.
_ELEMENT_TYPE_BY_DTYPE_NAME = {
    "float16": "f16",
    "bfloat16": "bf16",
    "float32": "f32",
    "float64": "f64",
    "int8": "si8",
    "int16": "si16",
    "int32": "si32",
    "int64": "si64",
    "uint8": "ui8",
    "uint16": "ui16",
    "uint32": "ui32",
    "uint64": "ui64",
    "bool": "i1",
    "complex32": "complex<f16>",
    "complex64": "complex<f32>",
    "complex128": "complex<f64>",
    "float8_e4m3fn": "f8E4M3FN",
    "float8_e5m2": "f8E5M2",
    "float8_e4m3fnuz": "f8E4M3FNUZ",
    "float8_e5m2fnuz": "f8E5M2FNUZ",
    "float8_e8m0fnu": "f8E8M0FNU",
}

ELEMENT_TYPE_BY_DTYPE = {
    getattr(torch, name): element_type
    for name, element_type in _ELEMENT_TYPE_BY_DTYPE_NAME.items()
    if isinstance(getattr(torch, name, None), torch.dtype)
}
DTYPE_BY_ELEMENT_TYPE = {element_type: dtype for dtype, element_type in ELEMENT_TYPE_BY_DTYPE.items()}

# An MLIR bare identifier (dots allowed): targets and symbol names matching it print unquoted.
BARE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$.]*")


def torch_enum_name(value):
    """`torch.float32` -> "float32"; likewise for torch.layout and torch.memory_format."""
    return str(value).rpartition(".")[2]


def torch_enum(kind, name):
    """The torch.dtype / torch.layout / torch.memory_format called `name`."""
    value = getattr(torch, name, None)
    if not isinstance(value, kind):
        raise ValueError(f"torch.{name} is not a {kind.__name__}")
    return value


def _python_module_name(obj):
    # C builtins such as operator.getitem report the private module `_operator`.
    module = getattr(obj, "__module__", None)
    if module == "_operator":
        return "operator"
    return module


def target_name(target):
    """The qualified name of a call_function target: `aten.add.Tensor`, `operator.getitem`."""
    if isinstance(target, str):
        return target
    if isinstance(target, (torch._ops.OpOverload, torch._ops.OpOverloadPacket)):
        # str() of an operator overload is its qualified name, e.g. `aten.add.Tensor`.
        return str(target)
    module = _python_module_name(target)
    qualname = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if module is None or qualname is None:
        raise ValueError(f"cannot name call_function target {target!r}")
    if module == "torch" and not hasattr(torch, qualname):
        # torch.relu's __qualname__ is `_VariableFunctionsClass.relu`; torch exposes it by __name__.
        qualname = target.__name__
    if _resolve_python_name(f"{module}.{qualname}") is not target:
        # Functions reached through a re-export (torch._C._nn.linear is torch.nn.functional.linear).
        raise ValueError(f"call_function target {target!r} cannot be found again as {module}.{qualname}")
    return f"{module}.{qualname}"


def _resolve_python_name(name):
    """Import the longest importable module prefix of `name`, then walk attributes; None if
    no prefix is an importable module or an attribute is missing."""
    parts = name.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attribute in parts[split:]:
            value = getattr(value, attribute, None)
        return value
    return None


def resolve_target(name):
    """Inverse of target_name: a Python callable, an OpOverload or an OpOverloadPacket."""
    if "." not in name:
        raise ValueError(f"call_function target `{name}` is not qualified")
    target = _resolve_python_name(name)
    if target is not None:
        return target
    # Not a Python module path: an operator `namespace.op[.overload]` (torch.ops namespaces
    # such as aten and prims are not importable modules).
    namespace, packet_name, *overload = name.split(".")
    if len(overload) <= 1:
        try:
            packet = getattr(getattr(torch.ops, namespace), packet_name)
            return getattr(packet, overload[0]) if overload else packet
        except (AttributeError, RuntimeError):
            pass
    raise ValueError(f"unknown call_function target `{name}`")
