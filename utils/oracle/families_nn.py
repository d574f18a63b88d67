# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Case generators for neural-network ops: matmul family, convolution,
pooling, upsampling, normalization, dropout, embedding, distances.

Backward ops need a gradient shaped like their forward result; that shape
is taken from the forward op run on meta tensors (`forward_shape`), so the
generators never restate a shape formula.
"""

import torch

from cases import OracleRng, TensorArg, call, resolve_target

FLOATS_AND_OTHERS = ("float", "float", "float", "int", "complex")


def forward_shape(target: str, *args):
    """Result shape(s) of a forward op on meta tensors, None if it raises."""
    def meta(value):
        if isinstance(value, TensorArg):
            return torch.empty(value.shape, dtype=value.dtype, device="meta")
        return value

    try:
        result = resolve_target(target)(*[meta(a) for a in args])
    except Exception:  # an invalid forward: no backward case
        return None
    if isinstance(result, (tuple, list)):
        return [tuple(r.shape) for r in result]
    return tuple(result.shape)


def _float(rng, shape):
    return TensorArg(tuple(shape), rng.dtype("float"))


# ---------------------------------------------------------------------------
# Matrix products


def matrix_product(rng: OracleRng, target: str, batch_dims: int, cases=14):
    """mm (batch_dims=0) and bmm (batch_dims=1)."""
    for i in range(cases):
        batch = [rng.dim() for _ in range(batch_dims)]
        n, k, m = rng.dim(), rng.dim(), rng.dim()
        k2 = k if i % 7 else k + 1
        category = rng.choice(FLOATS_AND_OTHERS)
        other_category = category if i % 5 else rng.choice(FLOATS_AND_OTHERS)
        case = call(rng, target, self=TensorArg(tuple(batch + [n, k]), rng.dtype(category)),
                    mat2=TensorArg(tuple(batch + [k2, m]), rng.dtype(other_category)))
        if case.args[0].dtype != case.args[1].dtype:
            # torch 1.13's meta kernels never check it, its CPU kernels not
            # when the result is empty; newer torch checks it always.
            case.invalid = "expected both operands to have the same dtype"
        yield case


def addmm(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        n, k, m = rng.dim(), rng.dim(), rng.dim()
        dtype = rng.dtype("float")
        values = {"self": TensorArg(rng.broadcast_partner((n, m)), dtype),
                  "mat1": TensorArg((n, k), dtype), "mat2": TensorArg((k, m), dtype)}
        if rng.random() < 0.5:
            values["beta"] = rng.choice([0, 1, 0.5])
        if rng.random() < 0.5:
            values["alpha"] = rng.choice([2, 1.5])
        if i == cases - 1:
            values["mat2"] = TensorArg((k + 1, m), dtype)
        yield call(rng, target, **values)


def matmul(rng: OracleRng, target: str, cases=24):
    """Every rank pairing from 1-D to 4-D, batch dims broadcasting."""
    for i in range(cases):
        rank_a, rank_b = rng.randint(1, 4), rng.randint(1, 4)
        k = rng.dim()
        batch_a = [rng.dim() for _ in range(max(rank_a - 2, 0))]
        batch_b = list(rng.broadcast_partner(tuple(batch_a)))[:max(rank_b - 2, 0)]
        batch_b = [rng.dim()] * (max(rank_b - 2, 0) - len(batch_b)) + batch_b
        shape_a = batch_a + ([rng.dim()] if rank_a > 1 else []) + [k]
        shape_b = batch_b + [k if i % 8 else k + 1] + ([rng.dim()] if rank_b > 1 else [])
        dtype = rng.dtype(rng.choice(FLOATS_AND_OTHERS))
        yield call(rng, target, self=TensorArg(tuple(shape_a), dtype),
                   other=TensorArg(tuple(shape_b), dtype))


def linear(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        batch = list(rng.shape(max_rank=3))
        in_features, out_features = rng.dim(), rng.dim()
        dtype = rng.dtype("float")
        values = {"input": TensorArg(tuple(batch + [in_features]), dtype),
                  "weight": TensorArg((out_features, in_features if i % 6 else in_features + 1), dtype)}
        if rng.random() < 0.6:
            values["bias"] = TensorArg(rng.choice([(out_features,), ()]), dtype)
        yield call(rng, target, **values)


def cdist(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        batch = list(rng.shape(max_rank=2, allow_zero=False))
        features = rng.dim(allow_zero=False)
        dtype = rng.dtype(rng.choice(("float", "float", "int")))
        x2_features = features if i % 5 else features + 1
        yield call(rng, target,
                   x1=TensorArg(tuple(batch + [rng.dim(), features]), dtype),
                   x2=TensorArg(tuple(batch + [rng.dim(), x2_features]), dtype),
                   p=rng.choice([2.0, 1.0, 0.0]), compute_mode=rng.choice([None, 0, 1, 2]))


def pdist(rng: OracleRng, target: str, cases=8):
    for i in range(cases):
        shape = (rng.dim(), rng.dim()) if i % 4 else rng.shape(min_rank=1, max_rank=3)
        values = {"self": TensorArg(tuple(shape), rng.dtype(rng.choice(("float", "float", "int"))))}
        if rng.random() < 0.5:
            values["p"] = rng.choice([2.0, 1.0, 3.0])
        yield call(rng, target, **values)


# ---------------------------------------------------------------------------
# Convolution


def _conv_geometry(rng, spatial_dims, transposed):
    batch, groups = rng.randint(1, 2), rng.choice([1, 1, 2])
    in_channels, out_channels = groups * rng.randint(1, 3), groups * rng.randint(1, 3)
    kernel = [rng.randint(1, 3) for _ in range(spatial_dims)]
    stride = [rng.randint(1, 2) for _ in range(spatial_dims)]
    padding = [rng.randint(0, 1) for _ in range(spatial_dims)]
    dilation = [rng.randint(1, 2) for _ in range(spatial_dims)]
    output_padding = [rng.randint(0, s - 1) for s in stride] if transposed else [0] * spatial_dims
    spatial = [rng.randint(3, 7) for _ in range(spatial_dims)]
    if transposed:
        weight = (in_channels, out_channels // groups, *kernel)
    else:
        weight = (out_channels, in_channels // groups, *kernel)
    return dict(input=(batch, in_channels, *spatial), weight=weight, out_channels=out_channels,
                stride=stride, padding=padding, dilation=dilation,
                output_padding=output_padding, groups=groups)


def convolution(rng: OracleRng, target: str, cases=24):
    for i in range(cases):
        spatial_dims, transposed = rng.randint(1, 3), i % 3 == 2
        g = _conv_geometry(rng, spatial_dims, transposed)
        dtype = rng.dtype("float") if i % 6 else rng.dtype(rng.choice(("int", "complex")))
        bias = TensorArg((g["out_channels"],), dtype) if rng.random() < 0.6 else None
        weight = g["weight"] if i != cases - 1 else (g["weight"][0], g["weight"][1] + 1, *g["weight"][2:])
        yield call(rng, target, input=TensorArg(g["input"], dtype), weight=TensorArg(weight, dtype),
                   bias=bias, stride=g["stride"], padding=g["padding"], dilation=g["dilation"],
                   transposed=transposed, output_padding=g["output_padding"], groups=g["groups"])


def convolution_backward(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        spatial_dims, transposed = rng.randint(1, 3), i % 4 == 3
        g = _conv_geometry(rng, spatial_dims, transposed)
        dtype = rng.dtype("float")
        conv_args = [TensorArg(g["input"], dtype), TensorArg(g["weight"], dtype), None,
                     g["stride"], g["padding"], g["dilation"], transposed,
                     g["output_padding"], g["groups"]]
        grad_shape = forward_shape("aten.convolution.default", *conv_args)
        if grad_shape is None:
            continue
        yield call(rng, target, grad_output=TensorArg(grad_shape, dtype), input=conv_args[0],
                   weight=conv_args[1], bias_sizes=rng.choice([None, [g["out_channels"]]]),
                   stride=g["stride"], padding=g["padding"], dilation=g["dilation"],
                   transposed=transposed, output_padding=g["output_padding"], groups=g["groups"],
                   output_mask=[rng.random() < 0.7 for _ in range(3)])


# ---------------------------------------------------------------------------
# Pooling and resampling


def _pool_input(rng, spatial_dims, batched, category="float"):
    leading = [rng.randint(1, 2)] * batched + [rng.randint(1, 3)]
    return TensorArg(tuple(leading + [rng.randint(1, 8) for _ in range(spatial_dims)]),
                     rng.dtype(category))


def _pool_window(rng, spatial_dims, with_dilation):
    kernel = [rng.randint(1, 3) for _ in range(spatial_dims)]
    window = {"kernel_size": kernel}
    if rng.random() < 0.7:
        window["stride"] = rng.choice([[], [rng.randint(1, 2) for _ in range(spatial_dims)]])
    if rng.random() < 0.6:
        window["padding"] = [rng.randint(0, k // 2) for k in kernel]
    if with_dilation and rng.random() < 0.5:
        window["dilation"] = [rng.randint(1, 2) for _ in range(spatial_dims)]
    if rng.random() < 0.4:
        window["ceil_mode"] = rng.choice([True, False])
    return window


def pool(rng: OracleRng, target: str, spatial_dims: int, with_dilation=False,
         extra_flags=(), cases=18):
    """avg_pool1d/2d/3d and max_pool2d/3d_with_indices; some inputs smaller
    than the window, an int and a padding > kernel/2 case."""
    for i in range(cases):
        category = "int" if i == cases - 2 else rng.choice(("float", "float", "bool"))
        arg = _pool_input(rng, spatial_dims, batched=rng.random() < 0.7, category=category)
        window = _pool_window(rng, spatial_dims, with_dilation)
        if i == cases - 1:
            window["padding"] = [k + 1 for k in window["kernel_size"]]
        for flag in extra_flags:
            if rng.random() < 0.4:
                window[flag] = rng.choice([True, False]) if flag != "divisor_override" else rng.choice([None, 2])
        yield call(rng, target, self=arg, **window)


def pool_backward(rng: OracleRng, target: str, forward: str, spatial_dims: int, cases=10):
    """avg_pool2d_backward and max_pool2d_with_indices_backward."""
    is_max = "max" in forward
    for _ in range(cases):
        arg = _pool_input(rng, spatial_dims, batched=rng.random() < 0.7)
        kernel = [rng.randint(1, 3) for _ in range(spatial_dims)]
        stride = [rng.randint(1, 2) for _ in range(spatial_dims)]
        padding = [rng.randint(0, k // 2) for k in kernel]
        ceil_mode = rng.choice([True, False])
        if is_max:
            dilation = [rng.randint(1, 2) for _ in range(spatial_dims)]
            shapes = forward_shape(forward, arg, kernel, stride, padding, dilation, ceil_mode)
            if shapes is None:
                continue
            yield call(rng, target, grad_output=TensorArg(shapes[0], arg.dtype), self=arg,
                       kernel_size=kernel, stride=stride, padding=padding, dilation=dilation,
                       ceil_mode=ceil_mode, indices=TensorArg(shapes[1], torch.int64, index_bound=1))
        else:
            count_include_pad, divisor = rng.choice([True, False]), rng.choice([None, 3])
            shape = forward_shape(forward, arg, kernel, stride, padding, ceil_mode,
                                  count_include_pad, divisor)
            if shape is None:
                continue
            yield call(rng, target, grad_output=TensorArg(shape, arg.dtype), self=arg,
                       kernel_size=kernel, stride=stride, padding=padding, ceil_mode=ceil_mode,
                       count_include_pad=count_include_pad, divisor_override=divisor)


def adaptive_pool(rng: OracleRng, target: str, spatial_dims: int, cases=10):
    for i in range(cases):
        category = rng.choice(("float", "float", "int")) if i else "float"
        arg = _pool_input(rng, spatial_dims, batched=rng.random() < 0.7, category=category)
        output_size = [rng.randint(1, 5) for _ in range(spatial_dims)]
        if i == cases - 1:
            output_size = output_size[:-1] or [1, 1]
        yield call(rng, target, self=arg, output_size=output_size)


def adaptive_pool_backward(rng: OracleRng, target: str, forward: str, spatial_dims: int, cases=8):
    for _ in range(cases):
        arg = _pool_input(rng, spatial_dims, batched=rng.random() < 0.7)
        shape = forward_shape(forward, arg, [rng.randint(1, 4) for _ in range(spatial_dims)])
        if shape is not None:
            yield call(rng, target, grad_output=TensorArg(shape, arg.dtype), self=arg)


def col2im(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        kernel = [rng.randint(1, 3), rng.randint(1, 3)]
        dilation, padding, stride = [1, rng.randint(1, 2)], [rng.randint(0, 1), 0], [rng.randint(1, 2), 1]
        output_size = [rng.randint(1, 4) + d * (k - 1) for k, d in zip(kernel, dilation)]
        blocks = 1
        for o, k, d, p, s in zip(output_size, kernel, dilation, padding, stride):
            blocks *= (o + 2 * p - d * (k - 1) - 1) // s + 1
        channels = rng.randint(1, 3) * kernel[0] * kernel[1]
        if i == cases - 1:
            blocks += 1
        shape = (channels, blocks) if rng.random() < 0.3 else (rng.randint(1, 2), channels, blocks)
        yield call(rng, target, self=_float(rng, shape), output_size=output_size,
                   kernel_size=kernel, dilation=dilation, padding=padding, stride=stride)


def grid_sampler_2d(rng: OracleRng, target: str, cases=8):
    for i in range(cases):
        batch = rng.randint(1, 2)
        dtype = rng.dtype("float")
        grid_batch = batch if i % 4 else batch + 1
        yield call(rng, target, input=TensorArg((batch, rng.randint(1, 3), rng.dim(), rng.dim()), dtype),
                   grid=TensorArg((grid_batch, rng.dim(), rng.dim(), 2), dtype),
                   interpolation_mode=rng.randint(0, 2), padding_mode=rng.randint(0, 2),
                   align_corners=rng.choice([True, False]))


def upsample_2d(rng: OracleRng, target: str, with_align_corners: bool, cases=10):
    for i in range(cases):
        arg = TensorArg((rng.randint(1, 2), rng.randint(1, 3), rng.randint(1, 5), rng.randint(1, 5)),
                        rng.dtype("float"))
        values = {"input": arg}
        if i % 2:
            values["output_size"], values["scale_factors"] = [rng.randint(1, 8), rng.randint(1, 8)], None
        else:
            values["output_size"], values["scale_factors"] = None, [rng.choice([0.5, 2.0, 1.5]),
                                                                   rng.choice([1.0, 3.0])]
        if i == cases - 1:
            values["scale_factors"] = [2.0, 2.0]  # both given: an error
        if with_align_corners:
            values["align_corners"] = rng.choice([True, False])
        yield call(rng, target, **values)


# ---------------------------------------------------------------------------
# Normalization and dropout


def layer_norm(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        arg = TensorArg(rng.shape(min_rank=1, max_rank=4), rng.dtype("float"))
        normalized = list(arg.shape[rng.randint(0, len(arg.shape) - 1):])
        affine = tuple(normalized) if i % 5 else tuple(normalized[:-1] + [normalized[-1] + 1])
        yield call(rng, target, input=arg, normalized_shape=normalized,
                   weight=rng.choice([None, TensorArg(affine, arg.dtype)]),
                   bias=rng.choice([None, TensorArg(affine, arg.dtype)]), eps=1.0e-05)


def layer_norm_backward(rng: OracleRng, target: str, cases=8):
    for _ in range(cases):
        arg = TensorArg(rng.shape(min_rank=1, max_rank=4), rng.dtype("float"))
        axis = rng.randint(0, len(arg.shape) - 1)
        normalized = list(arg.shape[axis:])
        stats_shape = tuple(arg.shape[:axis]) + (1,) * (len(arg.shape) - axis)
        affine = rng.choice([None, TensorArg(tuple(normalized), arg.dtype)])
        yield call(rng, target, grad_out=arg, input=arg, normalized_shape=normalized,
                   mean=TensorArg(stats_shape, torch.float32), rstd=TensorArg(stats_shape, torch.float32),
                   weight=affine, bias=affine, output_mask=[rng.random() < 0.7 for _ in range(3)])


def _group_norm_geometry(rng):
    group = rng.randint(1, 3)
    n, c = rng.randint(1, 3), group * rng.randint(1, 2)
    spatial = [rng.randint(1, 4) for _ in range(rng.randint(0, 2))]
    hxw = 1
    for s in spatial:
        hxw *= s
    return group, n, c, spatial, hxw


def group_norm(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        group, n, c, spatial, hxw = _group_norm_geometry(rng)
        dtype = rng.dtype("float")
        channels = c if i % 5 else c + 1
        yield call(rng, target, input=TensorArg((n, c, *spatial), dtype),
                   weight=rng.choice([None, TensorArg((channels,), dtype)]),
                   bias=rng.choice([None, TensorArg((c,), dtype)]), N=n, C=c, HxW=hxw,
                   group=group, eps=1.0e-05)


def group_norm_backward(rng: OracleRng, target: str, cases=8):
    for _ in range(cases):
        group, n, c, spatial, hxw = _group_norm_geometry(rng)
        dtype = rng.dtype("float")
        arg = TensorArg((n, c, *spatial), dtype)
        yield call(rng, target, grad_out=arg, input=arg, mean=TensorArg((n, group), dtype),
                   rstd=TensorArg((n, group), dtype),
                   weight=rng.choice([None, TensorArg((c,), dtype)]), N=n, C=c, HxW=hxw,
                   group=group, output_mask=[rng.random() < 0.7 for _ in range(3)])


def batch_norm(rng: OracleRng, target: str, cases=10, running_stats="optional", training=True):
    """running_stats: "optional" (native_batch_norm), "required"
    (_native_batch_norm_legit) or "none" (its no_stats overload); `training`:
    whether the op has that parameter (not _native_batch_norm_legit_no_training)."""
    for i in range(cases):
        channels = rng.randint(1, 4)
        shape = (rng.randint(1, 3), channels, *[rng.randint(1, 4) for _ in range(rng.randint(0, 2))])
        dtype = rng.dtype("float")
        stats_dtype = rng.choice([dtype, torch.float32])
        stats = channels if i % 5 else channels + 1
        values = {"input": TensorArg(shape, dtype),
                  "weight": rng.choice([None, TensorArg((stats,), dtype)]),
                  "bias": rng.choice([None, TensorArg((channels,), dtype)]),
                  "momentum": 0.1, "eps": 1.0e-05}
        for name in ("running_mean", "running_var"):
            stat = TensorArg((channels,), stats_dtype)
            if running_stats == "optional":
                values[name] = rng.choice([None, stat])
            elif running_stats == "required":
                values[name] = stat
        if training:
            values["training"] = rng.choice([True, False])
        yield call(rng, target, **values)


def dropout(rng: OracleRng, target: str, cases=10):
    for _ in range(cases):
        arg = TensorArg(rng.shape(), rng.dtype(rng.choice(("float", "float", "int", "bool"))))
        yield call(rng, target, input=arg, p=rng.choice([0.0, 0.5, 1.0]),
                   train=rng.choice([None, True, False]))


# ---------------------------------------------------------------------------
# Embedding


def _indices(rng, bound, category="int", **shape_options):
    dtype = rng.choice([torch.int64, torch.int32]) if category == "int" else rng.dtype(category)
    return TensorArg(rng.shape(**shape_options), dtype, index_bound=bound)


def embedding(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        rows = rng.randint(1, 6)
        weight = TensorArg((rows, rng.dim()) if i % 5 else (rows,), rng.dtype("float"))
        values = {"weight": weight,
                  "indices": _indices(rng, rows, "int" if i % 4 else rng.choice(["float", "int"]),
                                      max_rank=3)}
        if rng.random() < 0.4:
            values["padding_idx"] = rng.choice([-1, 0])
        yield call(rng, target, **values)


def embedding_dense_backward(rng: OracleRng, target: str, cases=8):
    for _ in range(cases):
        num_weights, width = rng.randint(1, 6), rng.dim()
        indices = _indices(rng, num_weights, max_rank=3)
        yield call(rng, target, grad_output=TensorArg(indices.shape + (width,), rng.dtype("float")),
                   indices=indices, num_weights=num_weights, padding_idx=rng.choice([-1, 0]),
                   scale_grad_by_freq=rng.choice([True, False]))


def embedding_bag(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        rows, width = rng.randint(1, 6), rng.dim(allow_zero=False)
        mode = rng.randint(0, 2)
        two_d = rng.random() < 0.4
        if two_d:
            indices = TensorArg((rng.randint(1, 3), rng.randint(1, 4)), torch.int64, index_bound=rows)
            offsets = TensorArg((0,), torch.int64, index_bound=1)
        else:
            indices = TensorArg((rng.randint(1, 6),), torch.int64, index_bound=1)
            offsets = TensorArg((rng.randint(1, 3),), torch.int64, index_bound=1)
        values = {"weight": TensorArg((rows, width), rng.dtype("float")), "indices": indices,
                  "offsets": offsets, "mode": mode}
        if rng.random() < 0.3:
            values["include_last_offset"] = True
        if mode == 0 and rng.random() < 0.3:
            values["per_sample_weights"] = TensorArg(indices.shape, values["weight"].dtype)
        yield call(rng, target, **values)
