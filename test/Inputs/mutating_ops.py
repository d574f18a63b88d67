# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Custom ops that mutate their arguments, and models calling them, whose torch.export
programs hold `auto_functionalized_v2` (or, with `v1=True`, `auto_functionalized`) calls:
PyTorch functionalizes a mutating custom op by calling it on clones and writing the clones
back. Importing this module registers the ops (`fx_mlir_test::scale_`,
`fx_mlir_test::accumulate_`); a process that loads such a program must import it first.
"""

import contextlib

import torch
from torch import Tensor, nn


@torch.library.custom_op("fx_mlir_test::scale_", mutates_args={"x"})
def scale_(x: Tensor, factor: float) -> None:
    """x *= factor, returning nothing."""
    x.mul_(factor)


@scale_.register_fake
def _(x, factor):
    return None


@torch.library.custom_op("fx_mlir_test::accumulate_", mutates_args={"total"})
def accumulate_(total: Tensor, y: Tensor) -> Tensor:
    """total += y; returns a new tensor, y * 2."""
    total.add_(y)
    return y * 2


@accumulate_.register_fake
def _(total, y):
    return torch.empty_like(y)


class ScaleAccumulate(nn.Module):
    """A mutated intermediate, a mutated buffer, a mutated view of a buffer and a mutated
    user input, through ops returning nothing and a tensor."""

    def __init__(self):
        super().__init__()
        self.register_buffer("total", torch.zeros(4, 3))
        self.register_buffer("steps", torch.ones(5))

    def forward(self, x, bias):
        y = x + 1
        scale_(y, 2.0)
        z = accumulate_(self.total, y)
        scale_(self.steps[1:4], 0.5)
        scale_(bias, 3.0)
        return y + z, bias.sum()


def example_inputs():
    torch.manual_seed(0)
    return (torch.randn(4, 3), torch.randn(3))


@contextlib.contextmanager
def auto_functionalized_v1():
    """Export with `auto_functionalized` (v1), the fbcode default, instead of v2."""
    config = torch._export.config
    saved = config.enable_auto_functionalized_v2_for_export
    config.enable_auto_functionalized_v2_for_export = False
    try:
        yield
    finally:
        config.enable_auto_functionalized_v2_for_export = saved


def export(v1=False, dynamic=False):
    """The decomposed torch.export program of ScaleAccumulate (run_decompositions keeps the
    auto_functionalized calls: custom ops have no decomposition)."""
    dynamic_shapes = None
    if dynamic:
        # x's rows must match the buffer `total` (4 rows); its columns may vary with bias.
        cols = torch.export.Dim("cols", min=2, max=64)
        dynamic_shapes = {"x": {}, "bias": {0: cols}}
    with auto_functionalized_v1() if v1 else contextlib.nullcontext():
        program = torch.export.export(ScaleAccumulate(), example_inputs(), dynamic_shapes=dynamic_shapes)
        return program.run_decompositions({})
