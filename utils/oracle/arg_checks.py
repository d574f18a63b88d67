# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Negative cases that break one argument check of an op's meta kernel.

The family generators sweep dtypes and shapes; the checks a meta kernel makes
on its other arguments (out-of-range dims, enum strings, memory formats,
negative sizes, window geometry, probabilities, index dtypes,
broadcastability) mostly never fire there.  `with_arg_checks` puts, before
an op's sweep, one case per such argument: a copy of a *base* case that
PyTorch accepts, with that one argument replaced by a value that breaks its
check, and the argument recorded as the case's `fault`.  PyTorch judges each
like any other case (a kernel that does not make the check accepts it, and
the case is a positive one); faults.py checks that PyTorch's message blames
the same argument.

Breakers are chosen by parameter name and schema type, so every op with a
`dim`, `memory_format`, `stride`... gets its case without a list per op.
"""

from typing import Callable, Iterable, List, Optional

import torch

from cases import Case, TensorArg, op_overload

# How many sweep cases are tried, in order, as the base.
_BASE_CANDIDATES = 8


def _schema_args(target: str):
    return op_overload(target)._schema.arguments


def given_argument(case: Case, name: str):
    """(is_given, value) of argument `name` in the call."""
    names = [a.name for a in _schema_args(case.target)]
    if name in case.kwargs:
        return True, case.kwargs[name]
    position = names.index(name)
    if position < len(case.args):
        return True, case.args[position]
    return False, None


def replace_argument(case: Case, name: str, value, fault: Optional[str] = None) -> Case:
    """A copy of `case` with argument `name` set to `value` (spelled where it
    was, else as a keyword) and `fault` as its fault."""
    names = [a.name for a in _schema_args(case.target)]
    args, kwargs = list(case.args), dict(case.kwargs)
    position = names.index(name)
    if name not in kwargs and position < len(args):
        args[position] = value
    else:
        kwargs[name] = value
    return Case(case.target, tuple(args), kwargs, fault=fault)


def _first_tensor(case: Case) -> Optional[TensorArg]:
    tensors = case.tensor_args()
    return tensors[0] if tensors else None


def _rank(case: Case) -> Optional[int]:
    first = _first_tensor(case)
    if first is not None:
        return len(first.shape)
    given, size = given_argument(case, "size")
    return len(size) if given and isinstance(size, (list, tuple)) else None


def _type(argument) -> str:
    return str(argument.type)


# Each breaker: (case, schema argument) -> a bad value, or None when it does
# not apply to this argument of this case.

def _out_of_range_dim(case, argument):
    """A dim one past the widest range any op allows (unsqueeze's)."""
    if not argument.name.startswith("dim") or argument.name == "dimension":
        return None
    rank = _rank(case)
    if rank is None:
        return None
    kind = _type(argument)
    if kind in ("int", "Optional[int]"):
        return rank + 1
    if kind in ("List[int]", "Optional[List[int]]"):
        given, value = given_argument(case, argument.name)
        length = len(value) if given and isinstance(value, (list, tuple)) and value else 1
        return [rank + 1] + list(range(length - 1))
    return None


def _unknown_string(case, argument):
    return "bogus" if _type(argument) in ("str", "Optional[str]") else None


def _wrong_memory_format(case, argument):
    """channels_last needs rank 4, channels_last_3d rank 5."""
    if argument.name != "memory_format":
        return None
    rank = _rank(case)
    if rank is None:
        return None
    return torch.channels_last_3d if rank == 4 else torch.channels_last


def _negative_size(case, argument):
    if argument.name not in ("size", "repeats", "n") or "int" not in _type(argument):
        return None
    given, value = given_argument(case, argument.name)
    if isinstance(value, (list, tuple)) and value:
        return [-2] + list(value[1:])
    if isinstance(value, int):
        return -2
    return None


def _window(value: int):
    """A breaker setting every element of a window list to `value`."""
    def breaker(case, argument):
        if _type(argument) != "List[int]":
            return None
        given, current = given_argument(case, argument.name)
        length = len(current) if given and isinstance(current, (list, tuple)) and current else 1
        return [value] * length
    return breaker


def _int_value(value: int):
    def breaker(case, argument):
        return value if _type(argument) in ("int", "Optional[int]") else None
    return breaker


def _float_value(value: float):
    def breaker(case, argument):
        return value if _type(argument) == "float" else None
    return breaker


def _float_index(case, argument):
    """An index tensor of floats (index operands must be integers)."""
    given, value = given_argument(case, argument.name)
    if isinstance(value, TensorArg):
        return TensorArg(value.shape, torch.float32)
    if isinstance(value, (list, tuple)):
        for i, element in enumerate(value):
            if isinstance(element, TensorArg):
                fixed = list(value)
                fixed[i] = TensorArg(element.shape, torch.float32)
                return fixed
    return None


def _not_broadcastable(case, argument):
    """The first operand's shape with its first dim > 1 grown by one."""
    first, (given, value) = _first_tensor(case), given_argument(case, argument.name)
    if first is None or not isinstance(value, TensorArg):
        return None
    shape = list(first.shape)
    grown = next((i for i, d in enumerate(shape) if d > 1), None)
    if grown is None:
        return None
    shape[grown] += 1
    return TensorArg(tuple(shape), value.dtype)


# Breakers by argument name; the generic ones (dims, strings, memory
# formats, sizes) apply to every op whose schema has such an argument.
_BY_NAME = {
    "stride": _window(0),
    "kernel_size": _window(0),
    "dilation": _window(0),
    "padding": _window(-1),
    "groups": _int_value(0),
    "divisor_override": _int_value(0),
    "p": _float_value(-1.0),
    "index": _float_index,
    "indices": _float_index,
    "mask": _float_index,
    "output_size": _window(-1),
    "interpolation_mode": _int_value(5),
    "padding_mode": _int_value(5),
    "min": _not_broadcastable,
    "max": _not_broadcastable,
}
_BY_TARGET_AND_NAME = {
    ("aten.addmm.default", "self"): _not_broadcastable,
    ("aten.masked_scatter.default", "source"): None,
}
_GENERIC = [_out_of_range_dim, _unknown_string, _wrong_memory_format, _negative_size]

# Arguments whose breaker would not test what it says: the windows of the
# pad ops are paddings of any sign; as_strided and empty_strided take any
# stride; a `size` of the _like factories is absent.
_SKIP = {
    ("aten.constant_pad_nd.default", "pad"),
    ("aten.as_strided.default", "stride"),
    ("aten.empty_strided.default", "stride"),
    ("aten._reshape_alias.default", "stride"),
}
_SKIP_PREFIXES = ("aten.reflection_pad", "aten.replication_pad")


def breakers_for(target: str, argument) -> List[Callable]:
    if (target, argument.name) in _SKIP or (
            target.startswith(_SKIP_PREFIXES) and argument.name == "padding"):
        return []
    if (target, argument.name) in _BY_TARGET_AND_NAME:
        specific = _BY_TARGET_AND_NAME[(target, argument.name)]
        return [specific] if specific else []
    found = [_BY_NAME[argument.name]] if argument.name in _BY_NAME else []
    return found + _GENERIC


def _clean_base(case: Case) -> bool:
    """A base case worth mutating: not marked invalid, every operand
    non-empty and, but for index tensors, of float32 or float64 (so a dtype
    or emptiness rule does not fire first)."""
    return not case.invalid and all(
        t.numel > 0 and (t.index_bound is not None or
                         t.dtype in (torch.float32, torch.float64))
        for t in case.tensor_args())


def arg_check_cases(base: Case) -> Iterable[Case]:
    """One case per argument of `base`'s op that a breaker applies to."""
    for argument in _schema_args(base.target):
        if base.target in ("aten.sym_size.int", "aten.sym_stride.int") and argument.name != "dim":
            continue
        for breaker in breakers_for(base.target, argument):
            value = breaker(base, argument)
            if value is not None:
                yield replace_argument(base, argument.name, value, fault=argument.name)
                break


def accepted_base(cases: List[Case], accepts: Callable, clean_only: bool = True) -> Optional[Case]:
    """The first clean case of the sweep that `accepts(case)` (PyTorch accepts
    it), among its first few clean ones; unless `clean_only`, the other
    non-empty cases are tried after the clean ones."""
    candidates = [c for c in cases if _clean_base(c)]
    if not clean_only:
        candidates += [c for c in cases if not c.invalid and not _clean_base(c) and
                       all(t.numel > 0 for t in c.tensor_args())]
    return next((c for c in candidates[:_BASE_CANDIDATES] if accepts(c)), None)


def with_arg_checks(generate: Callable, accepts: Callable) -> Callable:
    """`generate` with, first, the argument-check cases of its accepted base
    case."""
    def run(rng, target):
        cases = list(generate(rng, target))
        clean = next((c for c in cases if _clean_base(c)), None)
        if clean is not None and any(True for _ in arg_check_cases(clean)):
            base = accepted_base(cases, accepts)
            if base is not None:
                yield from arg_check_cases(base)
        yield from cases
    return run
