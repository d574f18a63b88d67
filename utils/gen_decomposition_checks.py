#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Generates test/Transforms/decompositions/*.mlir: fx-decompose checked against PyTorch.

For each decomposition of lib/Dialect/Fx/Transforms/Decompositions/ and each case below
(static and symbolic shapes, the dtypes the op takes), this exports a module that calls the
op, lowers the op alone with PyTorch's own decomposition (ExportedProgram.run_decompositions
with a table holding that op's default entry, one level like `fx-decompose ops=<op>`) and
writes a lit case: the graph before as input, and as CHECK lines the nodes PyTorch created,
in order, each with its target, args and result type (PyTorch's `val`). Both of fx-decompose's
metadata policies run on every case.

    utils/gen_decomposition_checks.py --fx-opt build/bin/fx-opt             # rewrite the tests
    utils/gen_decomposition_checks.py --fx-opt build/bin/fx-opt -o /tmp/d   # elsewhere (CI diffs)
    utils/gen_decomposition_checks.py --coverage                            # the README figures

Needs PyTorch 2.13 (the reference) and a built fx-opt, which prints PyTorch's graph in the
form fx-opt prints it.
"""

import argparse
import dataclasses
import os
import re
import subprocess
import sys
import warnings
from typing import Callable, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))

import torch  # noqa: E402
import torch._decomp  # noqa: E402
from torch.export import Dim  # noqa: E402

from fx_mlir.importer import import_graph_module  # noqa: E402

OUTPUT = os.path.join(HERE, "..", "test", "Transforms", "decompositions")
aten = torch.ops.aten


@dataclasses.dataclass
class Case:
    """One call of `op`: `call(*inputs)`, exported with `dynamic` (None: static)."""

    name: str
    op: object
    call: Callable
    inputs: Callable[[], tuple]
    dynamic: Optional[Callable[[], object]] = None


def _randn(*sizes, dtype=torch.float32):
    return lambda: torch.randn(*sizes).to(dtype)


def _batch(*dims):
    """dynamic_shapes making `dims` of the first input symbolic."""
    names = ["batch", "tokens", "width"]
    return lambda: {"args": ({dim: Dim(names[i], min=2, max=64) for i, dim in enumerate(dims)},)}


def _inputs(*makers):
    return lambda: tuple(make() for make in makers)


def _bools(*sizes):
    return lambda: torch.rand(*sizes) > 0.5


# fmt: off
CASES = [
    Case("and_bool", aten.__and__.Tensor, lambda x, y: aten.__and__.Tensor(x, y), _inputs(_bools(2, 3), _bools(3))),
    Case("and_symbolic", aten.__and__.Tensor, lambda x, y: aten.__and__.Tensor(x, y), _inputs(_bools(4, 3), _bools(3)),
         lambda: {"args": ({0: Dim("batch", min=2, max=64)}, None)}),
    Case("or_int", aten.__or__.Tensor, lambda x, y: aten.__or__.Tensor(x, y),
         _inputs(lambda: torch.randint(0, 9, (2, 3)), lambda: torch.randint(0, 9, (2, 3)))),
    Case("xor_bool", aten.__xor__.Tensor, lambda x, y: aten.__xor__.Tensor(x, y), _inputs(_bools(2, 3), _bools(2, 3))),
    Case("arange", aten.arange.default, lambda x: x + aten.arange.default(5), _inputs(_randn(5))),
    Case("arange_dtype", aten.arange.default, lambda x: x + aten.arange.default(5, dtype=torch.float64), _inputs(_randn(5))),
    Case("arange_start", aten.arange.start, lambda x: x + aten.arange.start(1, 6), _inputs(_randn(5))),
    Case("conv1d", aten.conv1d.default, lambda x, w: aten.conv1d.default(x, w), _inputs(_randn(1, 3, 8), _randn(4, 3, 3))),
    Case("conv2d", aten.conv2d.default, lambda x, w, b: aten.conv2d.default(x, w, b, [2, 2], [1, 1]),
         _inputs(_randn(1, 3, 8, 8), _randn(4, 3, 3, 3), _randn(4))),
    Case("conv2d_groups_symbolic", aten.conv2d.default, lambda x, w: aten.conv2d.default(x, w, None, [1, 1], [1, 1], [1, 1], 2),
         _inputs(_randn(2, 4, 8, 8), _randn(4, 2, 3, 3)), lambda: {"args": ({0: Dim("batch", min=2, max=64)}, None)}),
    Case("conv3d", aten.conv3d.default, lambda x, w: aten.conv3d.default(x, w), _inputs(_randn(1, 2, 4, 4, 4), _randn(3, 2, 3, 3, 3))),
    Case("max_pool2d", aten.max_pool2d.default, lambda x: aten.max_pool2d.default(x, [2, 2], [2, 2]), _inputs(_randn(1, 3, 8, 8))),
    Case("max_pool2d_kernel_only", aten.max_pool2d.default, lambda x: aten.max_pool2d.default(x, [2, 2]), _inputs(_randn(1, 3, 8, 8))),
    Case("max_pool2d_padding_symbolic", aten.max_pool2d.default, lambda x: aten.max_pool2d.default(x, [3, 3], [2, 2], [1, 1]),
         _inputs(_randn(2, 3, 8, 8)), _batch(0)),
    Case("max_pool3d", aten.max_pool3d.default, lambda x: aten.max_pool3d.default(x, [2, 2, 2]), _inputs(_randn(1, 2, 4, 4, 4))),
    Case("detach", aten.detach.default, lambda x: aten.detach.default(x * 2), _inputs(_randn(2, 3))),
    Case("detach_symbolic", aten.detach.default, lambda x: aten.detach.default(x * 2), _inputs(_randn(4, 3)), _batch(0)),
    Case("reshape_alias", aten._reshape_alias.default, lambda x: aten._reshape_alias.default(x * 2, [6], [1]),
         _inputs(_randn(2, 3))),
    Case("pixel_shuffle", aten.pixel_shuffle.default, lambda x: aten.pixel_shuffle.default(x, 2), _inputs(_randn(1, 8, 3, 3))),
    Case("pixel_shuffle_batch_symbolic", aten.pixel_shuffle.default, lambda x: aten.pixel_shuffle.default(x, 2),
         _inputs(_randn(4, 2, 8, 3, 5)), _batch(0)),
    Case("ones", aten.ones.default, lambda x: x + aten.ones.default([2, 3]), _inputs(_randn(2, 3))),
    Case("zeros_int", aten.zeros.default, lambda x: x + aten.zeros.default([2, 3], dtype=torch.int32), _inputs(_randn(2, 3))),
    Case("sum", aten.sum.default, lambda x: aten.sum.default(x), _inputs(_randn(2, 3))),
    Case("sum_dtype", aten.sum.default, lambda x: aten.sum.default(x, dtype=torch.float64), _inputs(_randn(2, 3))),
    Case("sum_symbolic", aten.sum.default, lambda x: aten.sum.default(x), _inputs(_randn(4, 3)), _batch(0)),
    Case("softmax", aten.softmax.int, lambda x: aten.softmax.int(x, -1), _inputs(_randn(2, 3))),
    Case("softmax_dtype", aten.softmax.int, lambda x: aten.softmax.int(x, 1, torch.float64), _inputs(_randn(2, 3))),
    Case("softmax_half", aten.softmax.int, lambda x: aten.softmax.int(x, 0), _inputs(_randn(2, 3, dtype=torch.float16))),
    Case("softmax_symbolic", aten.softmax.int, lambda x: aten.softmax.int(x, -1), _inputs(_randn(4, 3)), _batch(0)),
    Case("log_softmax", aten.log_softmax.int, lambda x: aten.log_softmax.int(x, 1), _inputs(_randn(2, 3))),
    Case("transpose", aten.transpose.int, lambda x: aten.transpose.int(x, 1, 2), _inputs(_randn(2, 3, 4))),
    Case("transpose_negative_symbolic", aten.transpose.int, lambda x: aten.transpose.int(x, -2, -1), _inputs(_randn(4, 3, 5)), _batch(0, 2)),
    Case("chunk", aten.chunk.default, lambda x: aten.chunk.default(x, 3, 1), _inputs(_randn(2, 7))),
    Case("chunk_symbolic", aten.chunk.default, lambda x: aten.chunk.default(x, 3, -1), _inputs(_randn(4, 5, 96)), _batch(0, 1)),
    Case("split", aten.split.Tensor, lambda x: aten.split.Tensor(x, 3, 1), _inputs(_randn(2, 7))),
    Case("split_symbolic", aten.split.Tensor, lambda x: aten.split.Tensor(x, 32, -1), _inputs(_randn(4, 96)), _batch(0)),
    Case("reshape_view", aten.reshape.default, lambda x: aten.reshape.default(x, [6, -1]), _inputs(_randn(2, 3, 4))),
    Case("reshape_copy", aten.reshape.default, lambda x: aten.reshape.default(aten.transpose.int(x, 0, 1), [12]),
         _inputs(_randn(3, 4))),
    Case("reshape_transposed_view", aten.reshape.default,
         lambda x: aten.reshape.default(aten.transpose.int(x, 1, 2), [2, 12]), _inputs(_randn(2, 1, 3, 4))),
    # An expanded dim has stride 0: no view of it flattens it.
    Case("reshape_expanded_copy", aten.reshape.default,
         lambda x: aten.reshape.default(aten.expand.default(x, [3, 4]), [12]), _inputs(_randn(1, 4))),
    # A slice with a step multiplies its dim's stride, which here makes the
    # strides mergeable.
    Case("reshape_strided_slice_view", aten.reshape.default,
         lambda x: aten.reshape.default(aten.slice.Tensor(x, 1, 0, 4, 2), [6]), _inputs(_randn(3, 4))),
    Case("contiguous", aten.contiguous.default, lambda x: aten.contiguous.default(aten.transpose.int(x, 0, 1)), _inputs(_randn(3, 4))),
    # ATen's is_contiguous: a tensor without elements is contiguous, and size-1 dims do not count.
    Case("contiguous_permuted_empty", aten.contiguous.default, lambda x: aten.contiguous.default(aten.permute.default(x, [2, 1, 0])),
         _inputs(_randn(2, 0, 3))),
    Case("contiguous_permuted_size_one", aten.contiguous.default,
         lambda x: aten.contiguous.default(aten.permute.default(x, [1, 0, 2])), _inputs(_randn(2, 1, 3))),
    Case("matmul_mm", aten.matmul.default, lambda x, y: aten.matmul.default(x, y), _inputs(_randn(2, 3), _randn(3, 4))),
    Case("matmul_vector_matrix", aten.matmul.default, lambda x, y: aten.matmul.default(x, y), _inputs(_randn(3), _randn(3, 4))),
    Case("matmul_fold", aten.matmul.default, lambda x, y: aten.matmul.default(x, y), _inputs(_randn(2, 5, 3), _randn(3, 4))),
    Case("matmul_fold_symbolic", aten.matmul.default, lambda x, y: aten.matmul.default(x, y), _inputs(_randn(2, 5, 3), _randn(3, 4)),
         lambda: {"args": ({0: Dim("batch", min=2, max=64)}, None)}),
    Case("matmul_batched", aten.matmul.default, lambda x, y: aten.matmul.default(x, y), _inputs(_randn(2, 4, 6, 8), _randn(2, 4, 8, 5))),
    Case("matmul_broadcast", aten.matmul.default, lambda x, y: aten.matmul.default(x, y), _inputs(_randn(2, 4, 6, 8), _randn(4, 8, 5))),
    Case("matmul_transposed", aten.matmul.default, lambda x, y: aten.matmul.default(aten.transpose.int(x, 1, 2), y),
         _inputs(_randn(2, 3, 5), _randn(3, 4))),
    Case("masked_fill", aten.masked_fill.Scalar, lambda x, m: aten.masked_fill.Scalar(x, m, 2), _inputs(_randn(2, 3), _bools(2, 3))),
    Case("masked_fill_int", aten.masked_fill.Scalar, lambda x, m: aten.masked_fill.Scalar(x, m, 7),
         _inputs(lambda: torch.randint(0, 9, (2, 3)), _bools(3))),
    Case("dropout_eval", aten.dropout.default, lambda x: aten.dropout.default(x, 0.1, False), _inputs(_randn(2, 3))),
    Case("group_norm", aten.group_norm.default, lambda x, w, b: aten.group_norm.default(x, 2, w, b),
         _inputs(_randn(2, 4, 3, 3), _randn(4), _randn(4))),
    Case("group_norm_symbolic", aten.group_norm.default, lambda x: aten.group_norm.default(x, 2), _inputs(_randn(2, 4, 3, 3)), _batch(0)),
    Case("instance_norm", aten.instance_norm.default,
         lambda x, w, b: aten.instance_norm.default(x, w, b, None, None, True, 0.1, 1e-5, False),
         _inputs(_randn(2, 4, 3, 3), _randn(4), _randn(4))),
    Case("instance_norm_no_affine", aten.instance_norm.default,
         lambda x: aten.instance_norm.default(x, None, None, None, None, True, 0.1, 1e-5, False), _inputs(_randn(2, 4, 5))),
    Case("adaptive_avg_pool2d_global", aten.adaptive_avg_pool2d.default, lambda x: aten.adaptive_avg_pool2d.default(x, [1, 1]),
         _inputs(_randn(2, 3, 8, 8))),
    Case("adaptive_avg_pool2d", aten.adaptive_avg_pool2d.default, lambda x: aten.adaptive_avg_pool2d.default(x, [2, 2]),
         _inputs(_randn(2, 3, 8, 8))),
    Case("pad_constant", aten.pad.default, lambda x: aten.pad.default(x, [1, 2], "constant", 0.5), _inputs(_randn(2, 3, 4))),
    Case("pad_reflect", aten.pad.default, lambda x: aten.pad.default(x, [3, 3, 3, 3], "reflect"), _inputs(_randn(1, 4, 8, 8))),
    Case("pad_replicate_symbolic", aten.pad.default, lambda x: aten.pad.default(x, [1, 1, 2, 2], "replicate"), _inputs(_randn(2, 4, 8, 8)),
         _batch(0)),
    Case("sdpa_causal", aten.scaled_dot_product_attention.default,
         lambda q, k, v: aten.scaled_dot_product_attention.default(q, k, v, None, 0.0, True),
         _inputs(_randn(2, 4, 6, 8), _randn(2, 4, 6, 8), _randn(2, 4, 6, 8))),
    Case("sdpa_mask", aten.scaled_dot_product_attention.default,
         lambda q, k, v, m: aten.scaled_dot_product_attention.default(q, k, v, m),
         _inputs(_randn(2, 4, 6, 8), _randn(2, 4, 5, 8), _randn(2, 4, 5, 8), _bools(6, 5))),
    Case("sdpa_3d", aten.scaled_dot_product_attention.default,
         lambda q, k, v: aten.scaled_dot_product_attention.default(q, k, v, scale=0.25),
         _inputs(_randn(2, 6, 8), _randn(2, 5, 8), _randn(2, 5, 3))),
    Case("conv_transpose2d", aten.conv_transpose2d.input, lambda x, w, b: aten.conv_transpose2d.input(x, w, b, [2, 2]),
         _inputs(_randn(1, 4, 8, 8), _randn(4, 2, 3, 3), _randn(2))),
    Case("conv_transpose1d_symbolic", aten.conv_transpose1d.default, lambda x, w: aten.conv_transpose1d.default(x, w, None, [2], [1], [1]),
         _inputs(_randn(2, 4, 8), _randn(4, 2, 3)), lambda: {"args": ({0: Dim("batch", min=2, max=64)}, None)}),
    Case("squeeze_dim", aten.squeeze.dim, lambda x: aten.squeeze.dim(x, 1), _inputs(_randn(2, 1, 3))),
    Case("unflatten", aten.unflatten.int, lambda x: aten.unflatten.int(x, 1, [3, -1]), _inputs(_randn(2, 12))),
    Case("unflatten_symbolic", aten.unflatten.int, lambda x: aten.unflatten.int(x, -1, [3, 4]), _inputs(_randn(4, 12)), _batch(0)),
    Case("mish", aten.mish.default, lambda x: aten.mish.default(x), _inputs(_randn(2, 3))),
    Case("mish_symbolic", aten.mish.default, lambda x: aten.mish.default(x), _inputs(_randn(4, 3)), _batch(0)),
    Case("linear", aten.linear.default, lambda x, w, b: aten.linear.default(x, w, b), _inputs(_randn(2, 3), _randn(4, 3), _randn(4))),
    Case("linear_3d", aten.linear.default, lambda x, w, b: aten.linear.default(x, w, b), _inputs(_randn(2, 5, 3), _randn(4, 3), _randn(4))),
    Case("linear_no_bias", aten.linear.default, lambda x, w: aten.linear.default(x, w), _inputs(_randn(2, 5, 3), _randn(4, 3))),
    Case("linear_symbolic", aten.linear.default, lambda x, w, b: aten.linear.default(x, w, b), _inputs(_randn(2, 5, 3), _randn(4, 3), _randn(4)),
         lambda: {"args": ({0: Dim("batch", min=2, max=64), 1: Dim("tokens", min=2, max=64)}, None, None)}),
    Case("silu", aten.silu.default, lambda x: aten.silu.default(x), _inputs(_randn(2, 3))),
    Case("silu_half", aten.silu.default, lambda x: aten.silu.default(x), _inputs(_randn(2, 3, dtype=torch.float16))),
    Case("silu_bfloat16_symbolic", aten.silu.default, lambda x: aten.silu.default(x), _inputs(_randn(4, 3, dtype=torch.bfloat16)), _batch(0)),
    Case("softplus", aten.softplus.default, lambda x: aten.softplus.default(x), _inputs(_randn(2, 3))),
    Case("softplus_beta", aten.softplus.default, lambda x: aten.softplus.default(x, 2, 10), _inputs(_randn(2, 3))),
    Case("softplus_half_symbolic", aten.softplus.default, lambda x: aten.softplus.default(x), _inputs(_randn(4, 3, dtype=torch.float16)), _batch(0)),
    Case("hardswish_half", aten.hardswish.default, lambda x: aten.hardswish.default(x), _inputs(_randn(2, 3, dtype=torch.float16))),
    Case("hardsigmoid_half", aten.hardsigmoid.default, lambda x: aten.hardsigmoid.default(x), _inputs(_randn(2, 3, dtype=torch.float16))),
    Case("batch_norm", aten.batch_norm.default, lambda x, w, b, m, v: aten.batch_norm.default(x, w, b, m, v, False, 0.1, 1e-5, True),
         _inputs(_randn(2, 4, 3, 3), _randn(4), _randn(4), _randn(4), lambda: torch.rand(4))),
    Case("batch_norm_no_affine_symbolic", aten.batch_norm.default, lambda x, m, v: aten.batch_norm.default(x, None, None, m, v, False, 0.1, 1e-5, True),
         _inputs(_randn(2, 4, 3), _randn(4), lambda: torch.rand(4)), lambda: {"args": ({0: Dim("batch", min=2, max=64)}, None, None)}),
    Case("native_batch_norm_no_training", aten._native_batch_norm_legit_no_training.default,
         lambda x, w, b, m, v: aten._native_batch_norm_legit_no_training.default(x, w, b, m, v, 0.1, 1e-5)[0],
         _inputs(_randn(2, 4, 3, 3), _randn(4), _randn(4), _randn(4), lambda: torch.rand(4))),
    Case("native_batch_norm_no_training_half", aten._native_batch_norm_legit_no_training.default,
         lambda x, w, b, m, v: aten._native_batch_norm_legit_no_training.default(x, w, b, m, v, 0.1, 1e-3)[0],
         _inputs(_randn(2, 4, 3, dtype=torch.float16), _randn(4, dtype=torch.float16), _randn(4, dtype=torch.float16),
                 _randn(4, dtype=torch.float16), lambda: torch.rand(4).half())),
    Case("native_batch_norm_no_training_2d_symbolic", aten._native_batch_norm_legit_no_training.default,
         lambda x, m, v: aten._native_batch_norm_legit_no_training.default(x, None, None, m, v, 0.1, 1e-5)[0],
         _inputs(_randn(2, 4), _randn(4), lambda: torch.rand(4)), lambda: {"args": ({0: Dim("batch", min=2, max=64)}, None, None)}),
    Case("reflection_pad1d", aten.reflection_pad1d.default, lambda x: aten.reflection_pad1d.default(x, [2, 1]), _inputs(_randn(1, 4, 8))),
    Case("reflection_pad2d", aten.reflection_pad2d.default, lambda x: aten.reflection_pad2d.default(x, [3, 3, 1, 2]),
         _inputs(_randn(1, 4, 8, 8))),
    Case("reflection_pad2d_half_symbolic", aten.reflection_pad2d.default, lambda x: aten.reflection_pad2d.default(x, [1, 1, 1, 1]),
         _inputs(_randn(2, 4, 5, 6, dtype=torch.float16)), _batch(0)),
    Case("reflection_pad3d", aten.reflection_pad3d.default, lambda x: aten.reflection_pad3d.default(x, [1, 1, 1, 0, 0, 1]),
         _inputs(_randn(2, 3, 4, 4))),
    Case("replication_pad2d", aten.replication_pad2d.default, lambda x: aten.replication_pad2d.default(x, [1, 1, 2, 2]),
         _inputs(_randn(1, 4, 8, 8))),
    Case("replication_pad3d_symbolic", aten.replication_pad3d.default, lambda x: aten.replication_pad3d.default(x, [1, 0, 0, 1, 2, 2]),
         _inputs(_randn(2, 3, 4, 4, 4)), _batch(0)),
    Case("pad_replicate_1d", aten.pad.default, lambda x: aten.pad.default(x, [1, 2], "replicate"), _inputs(_randn(4, 8))),
    Case("layer_norm", aten.layer_norm.default, lambda x, w, b: aten.layer_norm.default(x, [4], w, b, 1e-6),
         _inputs(_randn(2, 3, 4), _randn(4), _randn(4))),
    Case("layer_norm_no_affine_symbolic", aten.layer_norm.default, lambda x: aten.layer_norm.default(x, [3, 4]),
         _inputs(_randn(2, 3, 4)), _batch(0)),
    Case("flatten", aten.flatten.using_ints, lambda x: aten.flatten.using_ints(x, 1), _inputs(_randn(2, 3, 4))),
    Case("flatten_symbolic", aten.flatten.using_ints, lambda x: aten.flatten.using_ints(x, 0, 1), _inputs(_randn(2, 3, 4)), _batch(0)),
]
# fmt: on


# PyTorch's decomposition of some ops goes through ops of its own that its default table
# decomposes in turn (reshape's copy is `_unsafe_view`, masked_fill's fill is
# `where.ScalarSelf`); fx-decompose's entry does the chain in one step, so the reference
# decomposes these too (None: the whole default table).
THROUGH = {
    aten.reshape.default: [aten._unsafe_view.default],
    aten.matmul.default: [aten._unsafe_view.default],
    aten.pixel_shuffle.default: [aten._unsafe_view.default],
    aten.masked_fill.Scalar: [aten.where.ScalarSelf],
    aten.softplus.default: [aten.true_divide.Tensor],
    aten._native_batch_norm_legit_no_training.default: [aten._native_batch_norm_legit.default],
    # The padding decompositions index with `_unsafe_index` over `arange.start` and reflect
    # with `rsub`, which the table makes `index`, `arange.start_step` and `sub`;
    # replication_pad1d (not Core ATen) is decomposed in place by pad.
    **{pad: [aten._unsafe_index.Tensor, aten.arange.start, aten.rsub.Scalar] for pad in (
        aten.reflection_pad1d.default, aten.reflection_pad2d.default, aten.reflection_pad3d.default,
        aten.replication_pad2d.default, aten.replication_pad3d.default)},
    aten.pad.default: [aten.replication_pad1d.default, aten._unsafe_index.Tensor, aten.arange.start, aten.rsub.Scalar],
    # sdpa goes through the CPU flash kernel's decomposition, the math kernel and a dozen
    # composite ops (ones, tril, transpose, matmul, _safe_softmax, ...): the whole default
    # table is its reference, whose result is Core ATen.
    aten.scaled_dot_product_attention.default: None,
}


class _Call(torch.nn.Module):
    def __init__(self, call):
        super().__init__()
        self.call = call

    def forward(self, *args):
        return self.call(*args)


def _export(case):
    dynamic = case.dynamic() if case.dynamic else None
    return torch.export.export(_Call(case.call), case.inputs(), dynamic_shapes=dynamic)


def _fx_opt_print(fx_opt, text):
    """`text` as fx-opt prints it (no passes)."""
    return subprocess.run([fx_opt, "--mlir-print-local-scope", "-"], input=text, capture_output=True, text=True, check=True).stdout


_NODE = re.compile(r"^\s*(%\S+) = fx\.call_function (\S+?)\((.*)$")


def _check_lines(printed):
    """CHECK lines for the call nodes of `printed` (one graph): target, args, result type.

    Created nodes' names are FileCheck variables: fx-decompose names a node while the
    decomposed one still exists (`view_1` beside `view`), PyTorch retraces from scratch."""
    lines, names = [], {}

    def uses(text):
        return re.sub(r"%([A-Za-z0-9_]+)\b", lambda m: f"%[[{names[m.group(1)]}]]" if m.group(1) in names else m.group(0), text)

    for line in printed.splitlines():
        match = _NODE.match(line)
        if not match:
            continue
        name, target, rest = match.groups()
        # The args end where the attribute dictionary or the type list starts.
        end = min(i for i in (rest.find(") {fx."), rest.find(") : (")) if i >= 0)
        args = uses(rest[:end].replace("[[", "{{\\[\\[}}"))
        result = rest[rest.rfind(" -> ") + 4 :]
        variable = re.sub(r"[^A-Z0-9]", "_", name[1:].upper())
        names[name[1:]] = variable
        check = f"%[[{variable}:[A-Za-z0-9_]+]] = fx.call_function {target}({args}) {{{{.*}}}}-> {result}{{{{$}}}}"
        lines.append("// CHECK: " + check)
    # Nothing more: no node left of the op, no node PyTorch does not make after the last.
    lines.append("// CHECK-NOT: fx.call_function")
    lines.append("// CHECK: fx.output")
    return lines


def _op_name(op):
    return "aten." + op._schema.name.split("::")[1] + "." + op._overloadname


def _decomposition(table, op):
    """PyTorch's decomposition of `op`: its entry of the default table; for an op missing from
    it, torch._decomp's (a Core ATen op like _native_batch_norm_legit_no_training, which
    `fx-decompose ops=<op>` lowers further) or its CompositeImplicitAutograd kernel (chunk),
    which run_decompositions() uses."""
    if op in table:
        return table[op]
    return torch._decomp.decomposition_table.get(op, op.decompose)


def generate(fx_opt):
    """{file name: text} of the generated lit tests."""
    table = torch.export.default_decompositions()
    by_op = {}
    for case in CASES:
        by_op.setdefault(case.op, []).append(case)
    files = {}
    for op, cases in by_op.items():
        name = _op_name(op)
        decompositions = {op: _decomposition(table, op)}
        if op in THROUGH and THROUGH[op] is None:
            decompositions = None
        for through in THROUGH.get(op) or []:
            decompositions[through] = _decomposition(table, through)
        out = [
            f'// RUN: fx-opt %s --split-input-file --fx-decompose="ops={name}" | FileCheck %s',
            f'// RUN: fx-opt %s --split-input-file --fx-decompose="ops={name} policy=first-argument" | FileCheck %s',
            "// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception",
            f"// Generated by utils/gen_decomposition_checks.py with PyTorch {torch.__version__.split('+')[0]}: do not edit.",
            "// CHECK lines: the nodes "
            + (f"run_decompositions({{{name}: its decomposition}})" if THROUGH.get(op, []) is not None else "run_decompositions()")
            + " creates.",
        ]
        for index, case in enumerate(cases):
            before = _export(case)
            after = before.run_decompositions(decompositions)
            graph_in = _fx_opt_print(fx_opt, import_graph_module(before.graph_module, case.name))
            graph_out = _fx_opt_print(fx_opt, import_graph_module(after.graph_module, case.name))
            out += ["", "// -----"] if index else []
            out += ["", f"// CHECK-LABEL: fx.graph_module @{case.name}"]
            out += _check_lines(graph_out)
            # The input as fx-opt prints it, without the module wrapper.
            body = graph_in.splitlines()[1:-1]
            out += [line[2:] for line in body]
        files[name.replace("aten.", "", 1) + ".mlir"] = "\n".join(out) + "\n"
    return files


def _implemented_targets():
    """The targets of fx-decompose's table, read from its sources."""
    root = os.path.join(HERE, "..", "lib", "Dialect", "Fx", "Transforms")
    sources = [os.path.join(root, "DecompositionTable.cpp")]
    sources += [os.path.join(root, "Decompositions", name) for name in ("Templates.cpp", "ExportOps.cpp")]
    targets = set()
    for source in sources:
        with open(source) as text:
            targets.update(re.findall(r'^    \{"(aten\.[^"]+)",', text.read(), re.M))
    return targets


def _nn_modules():
    """torch.nn layers beyond the test models, each with an example input: where the list of
    ops that exported models need decomposed comes from."""
    from torch import nn

    image = (torch.randn(2, 4, 8, 8),)
    sequence = (torch.randn(2, 5, 8),)
    return {
        "Conv1d": (nn.Conv1d(8, 4, 3), (torch.randn(2, 8, 10),)),
        "ConvTranspose2d": (nn.ConvTranspose2d(4, 2, 3, stride=2), image),
        "AvgPool2d": (nn.AvgPool2d(2), image),
        "AdaptiveMaxPool2d": (nn.AdaptiveMaxPool2d(2), image),
        "Upsample bilinear": (nn.Upsample(scale_factor=2, mode="bilinear"), image),
        "LeakyReLU, ReLU6, ELU, Mish, Softplus": (
            nn.Sequential(nn.LeakyReLU(), nn.ReLU6(), nn.ELU(), nn.Mish(), nn.Softplus()), image),
        "LogSoftmax, Softmax2d": (nn.Sequential(nn.LogSoftmax(1), nn.Softmax2d()), image),
        "Dropout (eval)": (nn.Dropout(0.1), image),
        "Embedding": (nn.Embedding(10, 8), (torch.randint(0, 10, (2, 5)),)),
        "MultiheadAttention": (nn.MultiheadAttention(8, 2, batch_first=True), sequence * 3),
        "TransformerEncoderLayer": (nn.TransformerEncoderLayer(8, 2, 16, batch_first=True), sequence),
        "PixelShuffle": (nn.PixelShuffle(2), image),
        "Flatten, Unflatten": (nn.Sequential(nn.Flatten(), nn.Unflatten(1, (4, 64))), image),
    }


def coverage():
    """Prints `N of M table entries` and the ops run_decompositions() lowers in the test models
    and in more torch.nn layers."""
    sys.path.insert(0, os.path.join(HERE, "..", "test", "Inputs"))
    import export_models

    table = {_op_name(op) for op in torch.export.default_decompositions() if isinstance(op, torch._ops.OpOverload)}
    implemented = _implemented_targets()
    checked = {_op_name(case.op) for case in CASES}
    print(f"fx-decompose implements {len(implemented & table)} of {len(table)} entries of "
          f"torch.export.default_decompositions() (PyTorch {torch.__version__.split('+')[0]}); "
          f"{len(implemented - table)} more ops it decomposes are CompositeImplicitAutograd ops outside the table")

    def targets(gm):
        return {
            _op_name(node.target)
            for module in gm.modules()
            for node in getattr(module, "graph", torch.fx.Graph()).nodes
            if node.op == "call_function" and isinstance(node.target, torch._ops.OpOverload)
        }

    def lowered_by(exported):
        lowered = set()
        for ep in exported:
            lowered |= targets(ep.graph_module) - targets(ep.run_decompositions().graph_module)
        return lowered

    def is_in_place(name):
        # What fx-functionalize-in-place-ops rewrites (functionalization, not a decomposition):
        # `op_.overload` whose out-of-place `op.overload` exists.
        packet, overload = name.removeprefix("aten.").rsplit(".", 1)
        return packet.endswith("_") and hasattr(getattr(torch.ops.aten, packet[:-1], None), overload)

    def report(title, lowered):
        in_place = {name for name in lowered if is_in_place(name)}
        print(f"ops run_decompositions() lowers in {title}: {len(lowered)}, "
              f"decomposed by fx-decompose: {len(lowered & implemented)}, "
              f"functionalized by fx-functionalize-in-place-ops: {len(in_place)}")
        for name in sorted(lowered):
            state = ("generated checks" if name in checked else "hand-written entry" if name in implemented
                     else "functionalized" if name in in_place else "missing")
            print(f"  {name}: {state}")

    models = lowered_by(export_models.export(model) for model in export_models.MODELS)
    report("the test models", models)
    layers = set()
    for module, inputs in _nn_modules().values():
        layers |= lowered_by([torch.export.export(module.eval(), inputs)])
    report("more torch.nn layers (not in the test models)", layers - models)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fx-opt", default="fx-opt", help="the fx-opt to print graphs with")
    parser.add_argument("-o", "--output", default=OUTPUT, help="directory of the generated tests")
    parser.add_argument("--coverage", action="store_true", help="print the coverage figures instead")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if args.coverage:
        coverage()
        return
    os.makedirs(args.output, exist_ok=True)
    for name, text in generate(args.fx_opt).items():
        with open(os.path.join(args.output, name), "w") as out:
            out.write(text)


if __name__ == "__main__":
    main()
