# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The case model shared by the generators and the evaluator.

A case is one call of one op: a target such as "aten.add.Tensor" and its FX
args/kwargs, where every tensor operand is a `TensorArg` placeholder (a
shape and a dtype, never data).  `OracleRng` draws the random parts (shapes,
broadcast partners, dtypes, Python scalars) from one seeded stream, and
`call()` turns named argument values into FX args/kwargs using the op's
schema, choosing at random whether a defaulted argument is spelled
positionally or as a keyword (both occur in real FX graphs).
"""

import math
import operator
import random
from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

import torch

DTYPES_BY_CATEGORY = {
    "bool": (torch.bool,),
    "int": (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64),
    "float": (torch.float16, torch.bfloat16, torch.float32, torch.float64),
    "complex": (torch.complex64, torch.complex128),
}
CATEGORIES = tuple(DTYPES_BY_CATEGORY)
NUMERIC_CATEGORIES = ("int", "float", "complex")

# Python scalars per category (a complex one is `#fx.complex`, docs/Dialect.md).
SCALAR_CATEGORIES = ("bool", "int", "float", "complex")


@dataclass(frozen=True)
class TensorArg:
    """A tensor operand: becomes a placeholder.  `index_bound` marks an index
    tensor whose values must lie in [0, index_bound) when real data is needed."""

    shape: Tuple[int, ...]
    dtype: torch.dtype
    index_bound: Optional[int] = None

    @property
    def numel(self) -> int:
        return math.prod(self.shape)


@dataclass
class Case:
    target: str
    args: tuple
    kwargs: Dict[str, object] = field(default_factory=dict)
    # A documented rule the call breaks that torch 2.13 does not check (its
    # kernels accept the call): the case is negative whatever torch answers.
    invalid: Optional[str] = None
    # The argument a generator breaks on purpose (faults.py checks that
    # PyTorch's message blames the same one).
    fault: Optional[str] = None

    def map_tensors(self, change) -> "Case":
        """A copy with each TensorArg `t` replaced by `change(t)`."""
        def walk(value):
            if isinstance(value, TensorArg):
                return change(value)
            if isinstance(value, list):
                return [walk(v) for v in value]
            if isinstance(value, tuple):
                return tuple(walk(v) for v in value)
            return value

        return Case(self.target, tuple(walk(a) for a in self.args),
                    {k: walk(v) for k, v in self.kwargs.items()})

    def tensor_args(self):
        """TensorArgs in FX operand order: depth-first over args, then kwargs."""
        found = []

        def visit(value):
            if isinstance(value, TensorArg):
                found.append(value)
            elif isinstance(value, (list, tuple)):
                for v in value:
                    visit(v)

        for value in list(self.args) + list(self.kwargs.values()):
            visit(value)
        return found


# torch 1.13's aten.sym_size.int / aten.sym_stride.int kernels neither wrap
# negative dims nor check the range (they read past the sizes array); what
# they mean is Tensor.size(dim) / Tensor.stride(dim), which make_fx traces
# to these ops.
_PYTHON_FORMS = {
    "aten.sym_size.int": lambda self, dim: self.size(dim),
    "aten.sym_stride.int": lambda self, dim: self.stride(dim),
}


def resolve_target(target: str):
    """The Python callable of an FX target string."""
    if target == "operator.getitem":
        return operator.getitem
    if target in _PYTHON_FORMS:
        return _PYTHON_FORMS[target]
    return op_overload(target)


def op_overload(target: str):
    """The OpOverload of an `aten.<name>.<overload>` target (for its schema)."""
    namespace, name, overload = target.split(".")
    return getattr(getattr(getattr(torch.ops, namespace), name), overload)


class OracleRng(random.Random):
    """Seeded source of shapes, dtypes and scalars for the case generators."""

    def dim(self, allow_zero=True, allow_one=True) -> int:
        roll = self.random()
        if allow_zero and roll < 0.06:
            return 0
        if allow_one and roll < 0.22:
            return 1
        return self.randint(2, 5)

    def shape(self, min_rank=0, max_rank=4, **dim_options) -> Tuple[int, ...]:
        rank = self.randint(min_rank, max_rank)
        return tuple(self.dim(**dim_options) for _ in range(rank))

    def broadcast_partner(self, shape) -> Tuple[int, ...]:
        """A shape that broadcasts with `shape`: a suffix of it, some dims
        replaced by 1, possibly with extra leading dims."""
        keep = self.randint(0, len(shape))
        suffix = [1 if self.random() < 0.3 else d for d in shape[len(shape) - keep:]]
        extra_rank = self.randint(0, 1) if keep == len(shape) else 0
        leading = [self.dim(allow_zero=False) for _ in range(extra_rank)]
        return tuple(leading + suffix)

    def mismatched_partner(self, shape) -> Optional[Tuple[int, ...]]:
        """A shape that does not broadcast with `shape` (None if `shape` has no dim > 1)."""
        positions = [i for i, d in enumerate(shape) if d > 1]
        if not positions:
            return None
        i = self.choice(positions)
        return tuple(d + 1 if j == i else d for j, d in enumerate(shape))

    def dtype(self, category: str) -> torch.dtype:
        return self.choice(DTYPES_BY_CATEGORY[category])

    def scalar(self, category: str):
        if category == "bool":
            return self.choice([True, False])
        if category == "int":
            return self.choice([1, 2, 3, -1, 7])
        if category == "complex":
            return self.choice([complex(1.0, 2.0), complex(-0.0, -0.5), complex(3.0, 0.0),
                                complex(float("inf"), -1.0)])
        return self.choice([2.5, -0.5, 1.0, 1.0e-05, 0.0])

    def subset(self, items, min_size=0):
        size = self.randint(min_size, len(items))
        return sorted(self.sample(list(items), size))

    def maybe_negative_dim(self, dim: int, rank: int) -> int:
        return dim - rank if rank and self.random() < 0.4 else dim


def _is_optional(argument) -> bool:
    return isinstance(argument.type, torch.OptionalType)


def accepts_none(target: str, param: str) -> bool:
    """Whether the op's schema lets `param` be None."""
    schema = op_overload(target)._schema
    return any(a.name == param and _is_optional(a) for a in schema.arguments)


def call(rng: OracleRng, target: str, **values) -> Case:
    """Bind named argument values to FX args/kwargs via the op's schema.

    Arguments not in `values` keep their defaults (omitted).  A defaulted
    argument that is given is spelled positionally only if every argument
    before it is positional too; otherwise, or at random, as a keyword.
    kwarg-only arguments are always keywords.
    """
    schema = op_overload(target)._schema
    known = {a.name for a in schema.arguments}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"{target}: no argument named {sorted(unknown)}")
    args, kwargs = [], {}
    positional_open = True
    for argument in schema.arguments:
        if argument.name not in values:
            if argument.default_value is None and not argument.kwarg_only and \
                    not _is_optional(argument):
                raise ValueError(f"{target}: required argument {argument.name} missing")
            positional_open = False
            continue
        value = values[argument.name]
        has_default = argument.default_value is not None or _is_optional(argument)
        as_keyword = argument.kwarg_only or not positional_open or \
            (has_default and rng.random() < 0.3)
        if as_keyword:
            kwargs[argument.name] = value
            positional_open = False
        else:
            args.append(value)
    return Case(target, tuple(args), kwargs)
