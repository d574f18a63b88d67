# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Case generators for ops that only move, select or pad elements: views,
reshapes, permutations, slicing, concatenation, padding.

Shape ops mostly keep the dtype, so they sweep categories lightly and spend
their cases on shapes and dim arguments, including invalid ones.
"""

import math

from cases import CATEGORIES, OracleRng, TensorArg, call


def _any_tensor(rng: OracleRng, **shape_options) -> TensorArg:
    return TensorArg(rng.shape(**shape_options), rng.dtype(rng.choice(CATEGORIES)))


def _dim_in(rng, rank):
    span = max(rank, 1)
    return rng.randint(-span, span - 1)


def _factorize(rng, numel, rank):
    """A shape of `rank` dims whose product is numel (numel > 0)."""
    dims = []
    for _ in range(rank - 1):
        divisors = [d for d in range(1, numel + 1) if numel % d == 0]
        dims.append(rng.choice(divisors))
        numel //= dims[-1]
    return dims + [numel]


def reshape(rng: OracleRng, target: str, cases=20):
    """view / view_copy: a new size with the same numel, sometimes a -1."""
    for i in range(cases):
        arg = _any_tensor(rng, max_rank=3)
        numel = arg.numel
        if numel == 0:
            size = rng.choice([[0, -1], [0], [arg.shape[0] if arg.shape else 0, 0, 3]])
        else:
            size = _factorize(rng, numel, rng.randint(0, 3) if numel == 1 else rng.randint(1, 3))
            if size and rng.random() < 0.4:
                size[rng.randrange(len(size))] = -1
        yield call(rng, target, self=arg, size=size)
    arg = TensorArg((2, 3), rng.dtype("float"))
    yield call(rng, target, self=arg, size=[4, -1])
    yield call(rng, target, self=arg, size=[-1, -1])


def _contiguous_strides(shape):
    strides, running = [], 1
    for d in reversed(shape):
        strides.append(running)
        running *= max(d, 1)
    return list(reversed(strides))


def reshape_alias(rng: OracleRng, target: str):
    for case in reshape(rng, "aten.view.default", cases=10):
        size = case.args[1] if len(case.args) > 1 else case.kwargs["size"]
        arg = case.args[0]
        if -1 in size:
            known = math.prod(d for d in size if d != -1)
            size = [arg.numel // known if d == -1 and known else d for d in size]
        if math.prod(size) != arg.numel:
            continue
        yield call(rng, target, self=arg, size=size, stride=_contiguous_strides(size))


def expand(rng: OracleRng, target: str, cases=20):
    for i in range(cases):
        arg = _any_tensor(rng, max_rank=3)
        size = [rng.dim() if d == 1 else rng.choice([d, -1]) for d in arg.shape]
        size = [rng.dim(allow_zero=False) for _ in range(rng.randint(0, 2))] + size
        if i % 5 == 4:
            size = size[1:]  # fewer dims than the input: an error unless input has none
        values = {"self": arg, "size": size}
        if rng.random() < 0.2:
            values["implicit"] = rng.choice([True, False])
        yield call(rng, target, **values)


def permute(rng: OracleRng, target: str, cases=18):
    for i in range(cases):
        arg = _any_tensor(rng, max_rank=4)
        dims = list(range(len(arg.shape)))
        rng.shuffle(dims)
        dims = [rng.maybe_negative_dim(d, len(dims)) for d in dims]
        if i == cases - 1 and dims:
            dims[0] = dims[-1] if len(dims) > 1 else 5  # repeated or out of range
        yield call(rng, target, self=arg, dims=dims)


def transpose_2d(rng: OracleRng, target: str):
    for rank in (0, 1, 2, 2, 2, 3):
        yield call(rng, target, self=_any_tensor(rng, min_rank=rank, max_rank=rank))


def squeeze_dim(rng: OracleRng, target: str, cases=12):
    for _ in range(cases):
        arg = _any_tensor(rng, max_rank=4)
        yield call(rng, target, self=arg, dim=_dim_in(rng, len(arg.shape)))
    yield call(rng, target, self=TensorArg((2, 1), rng.dtype("float")), dim=2)


def squeeze_dims(rng: OracleRng, target: str, cases=12):
    for _ in range(cases):
        arg = _any_tensor(rng, max_rank=4)
        rank = len(arg.shape)
        dims = rng.subset(range(rank)) if rank else rng.choice([[], [0], [-1]])
        yield call(rng, target, self=arg, dim=[rng.maybe_negative_dim(d, rank) for d in dims])
    yield call(rng, target, self=TensorArg((2, 1), rng.dtype("float")), dim=[1, 2])
    yield call(rng, target, self=TensorArg((2, 1), rng.dtype("float")), dim=[1, -1])


def unsqueeze(rng: OracleRng, target: str, cases=12):
    for _ in range(cases):
        arg = _any_tensor(rng, max_rank=4)
        rank = len(arg.shape) + 1
        yield call(rng, target, self=arg, dim=rng.randint(-rank, rank - 1))
    yield call(rng, target, self=TensorArg((2, 3), rng.dtype("float")), dim=3)


def select(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        arg = _any_tensor(rng, min_rank=1, max_rank=4)
        dim = _dim_in(rng, len(arg.shape))
        size = arg.shape[dim]
        index = rng.randint(-size, size - 1) if size else 0  # size 0: out of range
        yield call(rng, target, self=arg, dim=dim, index=index)
    yield call(rng, target, self=TensorArg((3, 2), rng.dtype("int")), dim=0, index=3)


def slice_dim(rng: OracleRng, target: str, cases=22):
    for _ in range(cases):
        arg = _any_tensor(rng, min_rank=1, max_rank=4)
        values = {"self": arg}
        dim = _dim_in(rng, len(arg.shape))
        size = arg.shape[dim]
        values["dim"] = dim
        if rng.random() < 0.8:
            values["start"] = rng.choice([None, 0, 1, -1, -size - 2, size + 3])
        if rng.random() < 0.8:
            values["end"] = rng.choice([None, size, -1, 2, 2 ** 62])
        if rng.random() < 0.5:
            values["step"] = rng.choice([1, 2, 3])
        yield call(rng, target, **values)
    yield call(rng, target, self=TensorArg((4,), rng.dtype("float")), dim=0, start=0, end=4, step=0)


def diagonal(rng: OracleRng, target: str, cases=12):
    for _ in range(cases):
        arg = _any_tensor(rng, min_rank=2, max_rank=4)
        rank = len(arg.shape)
        dim1, dim2 = rng.sample(range(rank), 2)
        values = {"self": arg}
        if rng.random() < 0.7:
            values["offset"] = rng.choice([0, 1, -1, 3, -5])
        if rng.random() < 0.8:
            values["dim1"] = rng.maybe_negative_dim(dim1, rank)
            values["dim2"] = rng.maybe_negative_dim(dim2, rank)
        yield call(rng, target, **values)
    yield call(rng, target, self=TensorArg((3, 3), rng.dtype("float")), dim1=1, dim2=1)


def flip(rng: OracleRng, target: str, cases=10):
    for _ in range(cases):
        arg = _any_tensor(rng, max_rank=4)
        yield call(rng, target, self=arg, dims=rng.subset(range(len(arg.shape))))
    yield call(rng, target, self=TensorArg((2, 3), rng.dtype("float")), dims=[0, 0])


def repeat(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        arg = _any_tensor(rng, max_rank=3)
        extra_dims = rng.randint(0, 2)
        repeats = [rng.randint(0, 3) for _ in range(len(arg.shape) + extra_dims)]
        yield call(rng, target, self=arg, repeats=repeats)
    yield call(rng, target, self=TensorArg((2, 3), rng.dtype("float")), repeats=[2])


def as_strided(rng: OracleRng, target: str, cases=10):
    for _ in range(cases):
        arg = _any_tensor(rng, min_rank=1, max_rank=3, allow_zero=False)
        size = [rng.randint(1, 3) for _ in range(rng.randint(0, 3))]
        stride = [rng.randint(0, 2) for _ in size]
        values = {"self": arg, "size": size, "stride": stride}
        if rng.random() < 0.4:
            values["storage_offset"] = rng.choice([None, 0, 1])
        yield call(rng, target, **values)
    yield call(rng, target, self=TensorArg((6,), rng.dtype("float")), size=[2, 3], stride=[1])


def split_with_sizes(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        arg = _any_tensor(rng, min_rank=1, max_rank=3)
        dim = _dim_in(rng, len(arg.shape))
        remaining, sizes = arg.shape[dim], []
        while remaining > 0:
            sizes.append(rng.randint(1, remaining) if rng.random() < 0.7 else 0)
            remaining -= sizes[-1]
        if not sizes or i == cases - 1:
            sizes.append(1)  # sum exceeds the dim: an error
        values = {"self": arg, "split_sizes": sizes}
        if dim != 0 or rng.random() < 0.5:
            values["dim"] = dim
        yield call(rng, target, **values)


def cat(rng: OracleRng, target: str, cases=20):
    for i in range(cases):
        shape = list(rng.shape(min_rank=1, max_rank=3))
        dim = _dim_in(rng, len(shape))
        categories = [rng.choice(CATEGORIES)] * 3 if i % 2 else \
            [rng.choice(CATEGORIES) for _ in range(3)]
        tensors = []
        for category in categories[:rng.randint(1, 3)]:
            part = list(shape)
            part[dim] = rng.dim()
            tensors.append(TensorArg(tuple(part), rng.dtype(category)))
        if i == 3:
            tensors.append(TensorArg((0,), rng.dtype("float")))  # legacy empty 1-D operand
        values = {"tensors": tensors}
        if dim != 0 or rng.random() < 0.5:
            values["dim"] = dim
        yield call(rng, target, **values)
    a = TensorArg((2, 3), rng.dtype("float"))
    yield call(rng, target, tensors=[a, TensorArg((2, 4), rng.dtype("float"))])
    yield call(rng, target, tensors=[a, TensorArg((3,), rng.dtype("float"))], dim=0)


def constant_pad(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        arg = _any_tensor(rng, max_rank=4)
        padded_dims = rng.randint(0, len(arg.shape))
        pad = [rng.randint(-1, 2) for _ in range(2 * padded_dims)]
        values = {"self": arg, "pad": pad}
        if rng.random() < 0.5:
            values["value"] = rng.scalar(rng.choice(["int", "float"]))
        yield call(rng, target, **values)
    yield call(rng, target, self=TensorArg((2, 3), rng.dtype("float")), pad=[1, 1, 1])
    yield call(rng, target, self=TensorArg((2, 3), rng.dtype("float")), pad=[-2, -2])


def reflection_or_replication_pad(rng: OracleRng, target: str, spatial_dims: int, cases=10):
    for i in range(cases):
        batch = [rng.randint(1, 3) for _ in range(rng.randint(1, 2))]
        spatial = [rng.randint(1, 5) for _ in range(spatial_dims)]
        arg = TensorArg(tuple(batch + spatial), rng.dtype(rng.choice(["float", "float", "complex", "int"])))
        # reflection needs each pad below its dim's size; replication does not
        limits = [min(3, s - 1) if "reflection" in target else 3 for s in spatial]
        pad = [rng.randint(0, limit) for limit in reversed(limits) for _ in range(2)]
        yield call(rng, target, self=arg, padding=pad)
    short = call(rng, target, self=TensorArg((1,) * (spatial_dims + 1), rng.dtype("float")),
                 padding=[0] * (2 * spatial_dims - 1))
    # torch 1.13's reflection_pad1d kernels read past the end of a 1-element list
    short.invalid = f"padding must have {2 * spatial_dims} elements (SymInt[{2 * spatial_dims}])"
    yield short


def resize(rng: OracleRng, target: str, cases=8):
    for _ in range(cases):
        arg = _any_tensor(rng, max_rank=3)
        yield call(rng, target, self=arg, size=list(rng.shape(max_rank=3)))
    yield call(rng, target, self=TensorArg((2,), rng.dtype("float")), size=[-2])
