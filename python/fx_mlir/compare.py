# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Comparing a model's outputs with those of its round-tripped graph."""

from typing import Any


def outputs_allclose(expected: Any, actual: Any, rtol: float = 1e-5, atol: float = 1e-5) -> bool:
    """Whether two model outputs (a tensor, or tuples, lists and dicts of them and of Python
    values) have the same structure and allclose tensors at every leaf."""
    import torch
    from torch.utils import _pytree as pytree

    expected_leaves, expected_spec = pytree.tree_flatten(expected)
    actual_leaves, actual_spec = pytree.tree_flatten(actual)
    return expected_spec == actual_spec and all(
        isinstance(a, torch.Tensor) and e.shape == a.shape and torch.allclose(e, a, rtol=rtol, atol=atol)
        if isinstance(e, torch.Tensor) else e == a
        for e, a in zip(expected_leaves, actual_leaves))


__all__ = ["outputs_allclose"]
