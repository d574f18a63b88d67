# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Python complex scalars in every Scalar argument of every op.

A Python complex given for a Scalar (`torch.mul(x, 1+2j)`; `#fx.complex` in
the dialect) makes the result complex, of the precision of the tensor's
dtype (float16 gives complex32), or is refused: by an in-place op on a real
tensor, by a kernel that casts the Scalar to a real number (elu's `alpha`,
softplus's `beta`).  The tensor-with-scalar sweep
(families_pointwise.tensor_scalar) draws it like the other SCALAR_CATEGORIES,
against every tensor dtype; the other generators pass Scalars of their own
choosing.  `with_complex_scalars` gives every other Scalar argument the same
sweep: after an op's cases, for each Scalar argument and each tensor dtype
no case already gives a complex there, a copy of a base case PyTorch accepts
with its data operands of that dtype and that argument complex.  So does the
Tensor `other` of an op with a Tensor `self`, which takes a Python scalar as
a wrapped number (`aten.add.Tensor(x, 1+2j)` is what make_fx records for
`x + (1+2j)`).  An op without tensor operands (full, scalar_tensor, arange)
sweeps its `dtype` argument instead, unset first.  PyTorch judges each case
like any other.
"""

from typing import Callable, Iterable, List, Optional

import torch

import evaluate
from arg_checks import accepted_base, given_argument, replace_argument
from cases import DTYPES_BY_CATEGORY, Case, OracleRng, TensorArg, op_overload

# Every dtype of the sweeps, and complex32 (what float16 with a complex gives).
ALL_DTYPES = tuple(d for dtypes in DTYPES_BY_CATEGORY.values() for d in dtypes) + (torch.complex32,)


def _is_scalar_type(schema_type) -> bool:
    if isinstance(schema_type, torch.OptionalType):
        schema_type = schema_type.getElementType()
    return isinstance(schema_type, torch.NumberType)


def _scalar_types(target: str) -> List[str]:
    return [a.name for a in op_overload(target)._schema.arguments if _is_scalar_type(a.type)]


def scalar_parameters(base: Case) -> List[str]:
    """The arguments of the base case's op that take a Python scalar: its
    Scalars, and a Tensor `other` beside a Tensor `self` if the op's Python
    binding takes a number there (add, sub, mul, div, not atan2 or eq)."""
    names = _scalar_types(base.target)
    arguments = {a.name: a for a in op_overload(base.target)._schema.arguments}
    if all(name in arguments and isinstance(arguments[name].type, torch.TensorType)
           for name in ("self", "other")) and evaluate.binds(replace_argument(base, "other", 1)):
        names.append("other")
    return names


def _data_operands(case: Case) -> List[TensorArg]:
    """The operands that hold data of the call's dtype: the tensors of the
    first tensor's dtype, index tensors aside."""
    data = [t for t in case.tensor_args() if t.index_bound is None]
    return [t for t in data if t.dtype == data[0].dtype] if data else []


def _swept_dtype(case: Case) -> Optional[torch.dtype]:
    """The dtype a case sweeps: its data operands', or its `dtype` argument's."""
    data = _data_operands(case)
    return data[0].dtype if data else given_argument(case, "dtype")[1]


def _with_dtype(case: Case, dtype: Optional[torch.dtype]) -> Case:
    """`case` with its data operands of `dtype` (or, without tensor
    operands, its `dtype` argument set to it)."""
    data = _data_operands(case)
    if not data:
        return replace_argument(case, "dtype", dtype)

    return case.map_tensors(lambda t: TensorArg(t.shape, dtype) if t in data else t)


def complex_scalar_cases(rng: OracleRng, base: Case, swept: List[Case]) -> Iterable[Case]:
    """The base case with each scalar parameter complex, against each dtype
    the `swept` cases give no complex there."""
    names = scalar_parameters(base)
    covered = {(name, _swept_dtype(c)) for c in swept for name in names
               if isinstance(given_argument(c, name)[1], complex)}
    has_tensors = bool(_data_operands(base))
    dtypes = ALL_DTYPES if has_tensors else (None,) + ALL_DTYPES
    for name in names:
        for dtype in dtypes:
            if (name, dtype) not in covered:
                yield replace_argument(_with_dtype(base, dtype), name, rng.scalar("complex"))


def with_complex_scalars(generate: Callable, accepts: Callable) -> Callable:
    """`generate` with, last, complex_scalar_cases of its accepted base case."""
    def run(rng, target):
        cases = list(generate(rng, target))
        yield from cases
        if _scalar_types(target) or "other" in (a.name for a in op_overload(target)._schema.arguments):
            # Any dtype does: the base's data operands take each in turn.
            base = accepted_base(cases, accepts, clean_only=False)
            if base is not None:
                yield from complex_scalar_cases(rng, base, cases)
    return run
