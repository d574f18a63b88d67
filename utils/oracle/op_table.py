# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The oracle's op table: which generator makes each op's cases, and which
test file the op lands in.

One row per FX target.  A row names a family generator (families_*.py)
plus its parameters; ops with the same rule shape share a generator.
`NOT_GENERATED` lists ops the generator cannot cover, with the reason.
"""

from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Dict, List, Optional

import evaluate
import families_nn as nn
import families_other as other
import families_pointwise as pw
import families_shape as shape
import describe
from arg_checks import with_arg_checks
from complex_scalars import with_complex_scalars


@dataclass(frozen=True)
class OpRow:
    target: str
    family: str  # the test file stem under test/Inference/oracle/
    generate: Callable  # (rng, target) -> iterable of Case
    symbolic: bool = True  # also trace some cases with symbolic sizes
    # Hook for results fake tensors cannot know (data-dependent); see describe.py.
    describe_result: Optional[Callable] = None
    # Regex of CPU eager errors that are the op's documented semantics on every
    # backend although torch 1.13's meta kernel does not check them: a case
    # meta accepts and CPU rejects so is negative, not disputed.
    eager_rejects: Optional[str] = None


ROWS: List[OpRow] = []


def _accepted(case) -> bool:
    return evaluate.evaluate(case).kind == "ok"


def rows(family: str, targets, generate, **options):
    """One row per target; each also gets arg_checks.py's negative cases
    (one per argument check its meta kernel makes), ahead of its sweep, and
    complex_scalars.py's cases (a Python complex in each Scalar argument,
    against every dtype) after it."""
    generate = with_arg_checks(with_complex_scalars(generate, _accepted), _accepted)
    for target in targets:
        ROWS.append(OpRow(target, family, generate, **options))


def _default(names):
    return [f"aten.{n}.default" for n in names]


# Bitwise ops take bool and integer tensors only.
BITWISE_ON_FLOAT = r"\"bitwise_\w+_cpu\" not implemented for '(Half|BFloat16|Float|Double|Complex\w*)'"

# --- elementwise unary ------------------------------------------------------
rows("unary", _default([
    "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "erf", "exp",
    "expm1", "log", "log10", "log1p", "log2", "reciprocal", "rsqrt", "sigmoid", "sin", "sinh",
    "sqrt", "tan", "tanh", "neg", "sign", "relu", "relu_", "isinf", "isnan", "logical_not",
    "ceil", "floor", "round", "trunc", "alias"]), pw.unary)
rows("unary", ["aten.bitwise_not.default"], pw.unary, eager_rejects=BITWISE_ON_FLOAT)
rows("unary", ["aten.gelu.default"], partial(pw.unary, extra=pw.gelu_approximate))
rows("unary", ["aten.elu.default"], partial(pw.unary, extra=pw.elu_parameters))
rows("unary", ["aten.hardtanh.default"], partial(pw.unary, extra=pw.hardtanh_bounds))
rows("unary", ["aten.leaky_relu.default"], partial(pw.unary, extra=pw.leaky_relu_slope))
rows("unary", ["aten.clamp.default"], partial(pw.unary, extra=pw.clamp_scalar_bounds))
rows("unary", ["aten.clamp.Tensor"], partial(pw.unary, extra=pw.clamp_tensor_bounds))
rows("unary", ["aten.clone.default"], partial(pw.unary, extra=pw.clone_options))
rows("unary", ["aten._to_copy.default"], partial(pw.unary, extra=pw.to_copy_options))
rows("unary", ["aten.fill.Scalar"], partial(pw.unary, extra=pw.fill_value))
rows("unary", ["aten.full_like.default"], partial(pw.unary, extra=pw.like_factory_options))

# Non-core ops of the inference registry that export and make_fx graphs carry
# before decomposition (activations, in-place variants).
rows("unary", _default([
    "hardsigmoid", "hardswish", "mish", "relu6", "silu", "softplus", "detach",
    "lift_fresh_copy", "contiguous", "exp_", "hardsigmoid_", "hardswish_", "neg_", "sigmoid_",
    "silu_", "sqrt_", "tanh_", "zero_"]), pw.unary)
rows("unary", ["aten.gelu_.default"], partial(pw.unary, extra=pw.gelu_approximate))
rows("unary", ["aten.elu_.default"], partial(pw.unary, extra=pw.elu_parameters))
rows("unary", ["aten.hardtanh_.default"], partial(pw.unary, extra=pw.hardtanh_bounds))
rows("unary", ["aten.leaky_relu_.default"], partial(pw.unary, extra=pw.leaky_relu_slope))
rows("unary", ["aten.clamp_.default"], partial(pw.unary, extra=pw.clamp_scalar_bounds))
rows("unary", ["aten.fill_.Scalar"], partial(pw.unary, extra=pw.fill_value))

# --- elementwise binary -----------------------------------------------------
rows("binary", ["aten.add.Tensor", "aten.sub.Tensor", "aten.add_.Tensor"],
     partial(pw.binary, extra=pw.alpha))
rows("binary", ["aten.div.Tensor_mode"], partial(pw.binary, extra=pw.rounding_mode))
rows("binary", ["aten.bitwise_and.Tensor", "aten.bitwise_or.Tensor", "aten.bitwise_xor.Tensor"],
     pw.binary, eager_rejects=BITWISE_ON_FLOAT)
rows("binary", [
    "aten.mul.Tensor", "aten.div.Tensor", "aten.atan2.default", "aten.fmod.Tensor",
    "aten.remainder.Tensor", "aten.maximum.default", "aten.minimum.default",
    "aten.logical_and.default", "aten.logical_or.default", "aten.logical_xor.default",
    "aten.eq.Tensor", "aten.ne.Tensor", "aten.lt.Tensor", "aten.le.Tensor", "aten.gt.Tensor",
    "aten.ge.Tensor"], pw.binary)
rows("binary", ["aten.pow.Tensor_Tensor"], partial(pw.binary, params=("self", "exponent")))
rows("binary", ["aten.sub_.Tensor", "aten.rsub.Tensor"], partial(pw.binary, extra=pw.alpha))
rows("binary", ["aten.mul_.Tensor", "aten.div_.Tensor", "aten.floor_divide.default"], pw.binary)
rows("binary", ["aten.where.self"], pw.where)
rows("binary", ["aten.copy.default"], other.copy)
rows("binary", ["aten.atan2.out"], other.binary_out)

# --- tensor with a Python scalar ----------------------------------------------
rows("scalar", ["aten.add.Scalar", "aten.sub.Scalar"], partial(pw.tensor_scalar, extra=pw.alpha))
rows("scalar", ["aten.div.Scalar_mode"], partial(pw.tensor_scalar, extra=pw.rounding_mode))
rows("scalar", [
    "aten.mul.Scalar", "aten.div.Scalar", "aten.fmod.Scalar", "aten.remainder.Scalar", "aten.eq.Scalar",
    "aten.ne.Scalar", "aten.lt.Scalar", "aten.le.Scalar", "aten.gt.Scalar", "aten.ge.Scalar"],
    pw.tensor_scalar)
rows("scalar", ["aten.bitwise_and.Scalar", "aten.bitwise_or.Scalar", "aten.bitwise_xor.Scalar"],
     pw.tensor_scalar, eager_rejects=BITWISE_ON_FLOAT)
rows("scalar", ["aten.pow.Tensor_Scalar"], partial(pw.tensor_scalar, scalar_param="exponent"))
rows("scalar", ["aten.add_.Scalar", "aten.rsub.Scalar"], partial(pw.tensor_scalar, extra=pw.alpha))
rows("scalar", ["aten.mul_.Scalar", "aten.div_.Scalar"], pw.tensor_scalar)
rows("scalar", ["aten.clamp_max.default"], partial(pw.tensor_scalar, scalar_param="max"))
rows("scalar", ["aten.clamp_min.default"], partial(pw.tensor_scalar, scalar_param="min"))
rows("scalar", ["aten.pow.Scalar"],
     partial(pw.tensor_scalar, tensor_param="exponent", scalar_param="self"))

# --- reductions and ops along a dim -----------------------------------------
rows("reduction", ["aten.sum.dim_IntList", "aten.mean.dim"],
     partial(pw.reduction, dim_style="list", dtype_kwarg=True))
rows("reduction", ["aten.amax.default", "aten.amin.default"], partial(pw.reduction, dim_style="list"))
rows("reduction", ["aten.var.dim"], partial(
    pw.reduction, dim_style="list",
    extra=lambda rng, a: {} if rng.random() < 0.5 else {"unbiased": rng.choice([True, False])}))
rows("reduction", ["aten.var.correction"], partial(
    pw.reduction, dim_style="list",
    extra=lambda rng, a: {"correction": rng.choice([None, 0, 1, 2])}))
rows("reduction", ["aten.mean.default", "aten.prod.default"],
     partial(pw.reduction, dim_style="none", dtype_kwarg=True))
rows("reduction", ["aten.any.default", "aten.max.default", "aten.min.default"],
     partial(pw.reduction, dim_style="none"))
rows("reduction", ["aten.sum.default"], partial(pw.reduction, dim_style="none", dtype_kwarg=True))
rows("reduction", ["aten.std.dim"], partial(
    pw.reduction, dim_style="list",
    extra=lambda rng, a: {} if rng.random() < 0.5 else {"unbiased": rng.choice([True, False])}))
rows("reduction", ["aten.std.correction"], partial(
    pw.reduction, dim_style="list",
    extra=lambda rng, a: {"correction": rng.choice([None, 0, 1, 2])}))
rows("reduction", ["aten.var.default", "aten.std.default"], partial(
    pw.reduction, dim_style="none",
    extra=lambda rng, a: {} if rng.random() < 0.5 else {"unbiased": rng.choice([True, False])}))
rows("reduction", ["aten.softmax.int", "aten.log_softmax.int"],
     partial(pw.reduction, dim_style="int", keepdim=False, dtype_kwarg=True))
rows("reduction", ["aten.any.dims"], partial(pw.reduction, dim_style="list"))
rows("reduction", ["aten.any.dim", "aten.max.dim", "aten.min.dim"], partial(pw.reduction, dim_style="int"))
rows("reduction", ["aten.prod.dim_int"], partial(pw.reduction, dim_style="int", dtype_kwarg=True))
rows("reduction", ["aten.argmax.default", "aten.argmin.default"],
     partial(pw.reduction, dim_style="optional_int"))
rows("reduction", ["aten.cumsum.default"],
     partial(pw.reduction, dim_style="int", keepdim=False, dtype_kwarg=True))
rows("reduction", ["aten._softmax.default", "aten._log_softmax.default"], partial(
    pw.reduction, dim_style="int", keepdim=False,
    extra=lambda rng, a: {"half_to_float": rng.random() < 0.2}))
rows("reduction", ["aten.sort.default"], partial(
    pw.reduction, dim_style="int", keepdim=False,
    extra=lambda rng, a: {} if rng.random() < 0.5 else {"descending": True}))
rows("reduction", ["aten.topk.default"], partial(
    pw.reduction, dim_style="int", keepdim=False,
    extra=lambda rng, a: {"k": rng.randint(0, max(a.shape or (1,)) + 1)}))

# --- views, reshapes, slicing, concatenation, padding -------------------------
rows("shape", ["aten.view.default", "aten.view_copy.default"], shape.reshape)
rows("shape", ["aten._reshape_alias.default"], shape.reshape_alias)
rows("shape", ["aten.expand.default", "aten.expand_copy.default"], shape.expand)
rows("shape", ["aten.permute.default", "aten.permute_copy.default"], shape.permute)
rows("shape", ["aten.t.default"], shape.transpose_2d)
rows("shape", ["aten.squeeze.dim"], shape.squeeze_dim)
rows("shape", ["aten.squeeze.dims"], shape.squeeze_dims)
rows("shape", ["aten.unsqueeze.default"], shape.unsqueeze)
rows("shape", ["aten.select.int"], shape.select)
rows("shape", ["aten.slice.Tensor"], shape.slice_dim)
rows("shape", ["aten.diagonal.default"], shape.diagonal)
rows("shape", ["aten.flip.default"], shape.flip)
rows("shape", ["aten.repeat.default"], shape.repeat)
rows("shape", ["aten.as_strided.default"], shape.as_strided, symbolic=False)
rows("shape", ["aten.split_with_sizes.default"], shape.split_with_sizes)
rows("shape", ["aten.cat.default"], shape.cat)
rows("shape", ["aten.constant_pad_nd.default"], shape.constant_pad)
rows("shape", ["aten.reflection_pad1d.default"], partial(shape.reflection_or_replication_pad, spatial_dims=1))
rows("shape", ["aten.reflection_pad2d.default", "aten.replication_pad2d.default"],
     partial(shape.reflection_or_replication_pad, spatial_dims=2))
rows("shape", ["aten.reflection_pad3d.default", "aten.replication_pad3d.default"],
     partial(shape.reflection_or_replication_pad, spatial_dims=3))
rows("shape", ["aten.resize_.default"], shape.resize, symbolic=False)

# --- indexing, gather/scatter ---------------------------------------------------
rows("indexing", ["aten.gather.default"], other.gather)
rows("indexing", ["aten.scatter.src", "aten.scatter_add.default"], partial(other.scatter, source="src"))
rows("indexing", ["aten.scatter.value"], partial(other.scatter, source="value"))
rows("indexing", ["aten.masked_fill.Scalar"], other.masked_fill)
rows("indexing", ["aten.masked_fill.Tensor"], other.masked_fill_tensor)
rows("indexing", ["aten.scatter_reduce.two"], partial(other.scatter, source="reduce"))
rows("indexing", ["aten.index_select.default"], other.index_select)
rows("indexing", ["aten.index.Tensor"], other.index_tensor)
rows("indexing", ["aten.index_put.default"], other.index_put)
rows("indexing", ["aten.select_scatter.default"], other.select_scatter)
rows("indexing", ["aten.slice_scatter.default"], other.slice_scatter)
rows("indexing", ["aten.masked_scatter.default"], other.masked_scatter)
rows("indexing", ["aten.nonzero.default"], other.nonzero, symbolic=False,
     describe_result=describe.nonzero)

# --- linear algebra ------------------------------------------------------------
rows("linalg", ["aten.mm.default"], partial(nn.matrix_product, batch_dims=0))
rows("linalg", ["aten.bmm.default"], partial(nn.matrix_product, batch_dims=1))
rows("linalg", ["aten.addmm.default"], nn.addmm)
rows("linalg", ["aten.matmul.default"], nn.matmul)
rows("linalg", ["aten.linear.default"], nn.linear)
rows("linalg", ["aten._cdist_forward.default"], nn.cdist)
rows("linalg", ["aten._pdist_forward.default"], nn.pdist)

# --- convolution, pooling, resampling ---------------------------------------------
rows("conv_pool", ["aten.convolution.default"], nn.convolution)
rows("conv_pool", ["aten.convolution_backward.default"], nn.convolution_backward)
rows("conv_pool", ["aten.avg_pool1d.default"], partial(
    nn.pool, spatial_dims=1, extra_flags=("count_include_pad",)))
rows("conv_pool", ["aten.avg_pool2d.default"], partial(
    nn.pool, spatial_dims=2, extra_flags=("count_include_pad", "divisor_override")))
rows("conv_pool", ["aten.avg_pool3d.default"], partial(
    nn.pool, spatial_dims=3, extra_flags=("count_include_pad", "divisor_override")))
rows("conv_pool", ["aten.max_pool2d_with_indices.default"], partial(nn.pool, spatial_dims=2, with_dilation=True))
rows("conv_pool", ["aten.max_pool3d_with_indices.default"], partial(nn.pool, spatial_dims=3, with_dilation=True))
rows("conv_pool", ["aten.avg_pool2d_backward.default"], partial(
    nn.pool_backward, forward="aten.avg_pool2d.default", spatial_dims=2))
rows("conv_pool", ["aten.max_pool2d_with_indices_backward.default"], partial(
    nn.pool_backward, forward="aten.max_pool2d_with_indices.default", spatial_dims=2))
rows("conv_pool", ["aten.adaptive_avg_pool1d.default"], partial(nn.adaptive_pool, spatial_dims=1))
rows("conv_pool", ["aten._adaptive_avg_pool2d.default"], partial(nn.adaptive_pool, spatial_dims=2))
rows("conv_pool", ["aten._adaptive_avg_pool3d.default"], partial(nn.adaptive_pool, spatial_dims=3))
rows("conv_pool", ["aten._adaptive_avg_pool2d_backward.default"], partial(
    nn.adaptive_pool_backward, forward="aten._adaptive_avg_pool2d.default", spatial_dims=2))
rows("conv_pool", ["aten.col2im.default"], nn.col2im)
rows("conv_pool", ["aten.grid_sampler_2d.default"], nn.grid_sampler_2d)
rows("conv_pool", ["aten.upsample_bilinear2d.vec"], partial(nn.upsample_2d, with_align_corners=True))
rows("conv_pool", ["aten.upsample_nearest2d.vec"], partial(nn.upsample_2d, with_align_corners=False))

# --- normalization, dropout, embedding ------------------------------------------
rows("norm", ["aten.native_layer_norm.default"], nn.layer_norm)
rows("norm", ["aten.native_layer_norm_backward.default"], nn.layer_norm_backward)
rows("norm", ["aten.native_group_norm.default"], nn.group_norm)
rows("norm", ["aten.native_group_norm_backward.default"], nn.group_norm_backward)
rows("norm", ["aten.native_batch_norm.default"], nn.batch_norm)
rows("norm", ["aten._native_batch_norm_legit.default"], partial(nn.batch_norm, running_stats="required"))
rows("norm", ["aten._native_batch_norm_legit.no_stats"], partial(nn.batch_norm, running_stats="none"))
rows("norm", ["aten._native_batch_norm_legit_no_training.default"],
     partial(nn.batch_norm, running_stats="required", training=False))
rows("norm", ["aten.native_dropout.default"], nn.dropout)
rows("norm", ["aten.embedding.default"], nn.embedding)
rows("norm", ["aten.embedding_dense_backward.default"], nn.embedding_dense_backward)
rows("norm", ["aten._embedding_bag.default"], nn.embedding_bag)

# --- factories ---------------------------------------------------------------------
rows("factory", ["aten.empty.memory_format"],
     partial(other.sized_factory, extra=other.memory_format_option), symbolic=False)
rows("factory", ["aten.rand.default", "aten.randn.default"], other.sized_factory, symbolic=False)
rows("factory", ["aten.full.default"], partial(other.sized_factory, extra=other.full_value), symbolic=False)
rows("factory", ["aten.empty_strided.default"],
     partial(other.sized_factory, extra=other.strides_for), symbolic=False)
rows("factory", ["aten.arange.start_step"], other.arange, symbolic=False)
rows("factory", ["aten.randperm.default"], other.randperm, symbolic=False)
rows("factory", ["aten.scalar_tensor.default"], other.scalar_tensor, symbolic=False)

# --- FFT -------------------------------------------------------------------------------
rows("fft", ["aten._fft_r2c.default"], other.fft_r2c)
rows("fft", ["aten._fft_c2r.default"], other.fft_c2r)

# --- SymInt queries and scalars -------------------------------------------------------
rows("sym", ["aten.sym_size.int", "aten.sym_stride.int"], partial(other.size_query, with_dim=True))
rows("sym", ["aten.sym_numel.default", "aten.sym_storage_offset.default"],
     partial(other.size_query, with_dim=False))
rows("sym", ["aten.sym_is_contiguous.default"], other.is_contiguous)
rows("sym", ["aten._local_scalar_dense.default"], other.local_scalar, symbolic=False,
     describe_result=describe.local_scalar)

# --- quantization ------------------------------------------------------------------------
rows("quantize", ["aten.quantize_per_tensor.default"], other.quantize_per_tensor, symbolic=False)

# Ops with no generated cases, and why.
NOT_GENERATED: Dict[str, str] = {
    "aten.dequantize.self": "its operand is a quantized tensor; docs/Dialect.md has no "
                            "element type for quantized dtypes",
    "operator.getitem": "",  # covered by the getitem nodes that follow every tuple result
}


def table() -> Dict[str, OpRow]:
    by_target: Dict[str, OpRow] = {}
    for row in ROWS:
        if row.target in by_target:
            raise ValueError(f"duplicate op table row {row.target}")
        by_target[row.target] = row
    overlap = set(by_target) & set(NOT_GENERATED)
    if overlap:
        raise ValueError(f"ops both generated and excluded: {sorted(overlap)}")
    return by_target
