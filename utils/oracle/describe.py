# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Result types of data-dependent ops.

Fake tensors cannot know these results: torch 1.13 raises
DynamicOutputShapeException / DataDependentOutputException, newer torch
allocates an unbacked symbol.  The oracle runs such ops on CPU to learn
whether they accept the inputs and the dtype, then describes the result the
way a fake-tensor trace would: data-dependent sizes and values become
unbacked symbols u0, u1, ... (`fresh_unbacked()` gives the next one).
"""

import torch

from fx_text import SymScalarType, TensorType, Unrepresentable


def nonzero(case, result: torch.Tensor, fresh_unbacked):
    """[number of nonzero elements, rank of the input]."""
    return TensorType((fresh_unbacked(), int(result.shape[1])), result.dtype)


def local_scalar(case, result, fresh_unbacked):
    """The Python scalar of a one-element tensor: SymInt/SymFloat/SymBool."""
    if isinstance(result, bool):
        return SymScalarType("bool")
    if isinstance(result, int):
        return SymScalarType("int", fresh_unbacked())
    if isinstance(result, float):
        return SymScalarType("float")
    raise Unrepresentable(f"scalar result {result!r}")
