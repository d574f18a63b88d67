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

from evaluate import Unrepresentable, static_size, tensor_type, unbacked_size


def nonzero(case, result: torch.Tensor, fresh_unbacked):
    """[number of nonzero elements, rank of the input]."""
    return tensor_type(result.dtype, [unbacked_size(fresh_unbacked()), static_size(result.shape[1])])


def local_scalar(case, result, fresh_unbacked):
    """The Python scalar of a one-element tensor: SymInt/SymFloat/SymBool."""
    if isinstance(result, bool):
        return {"sym_bool": None}
    if isinstance(result, int):
        return {"sym_int": unbacked_size(fresh_unbacked())}
    if isinstance(result, float):
        return {"sym_float": None}
    raise Unrepresentable(f"scalar result {result!r}")
