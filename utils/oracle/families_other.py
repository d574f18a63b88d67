# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Case generators for indexing/scatter, factories, FFT, SymInt queries and
the few ops with an `out=` or in-place form."""

import torch

from cases import CATEGORIES, DTYPES_BY_CATEGORY, SCALAR_CATEGORIES, OracleRng, TensorArg, call


def _any_tensor(rng: OracleRng, **shape_options) -> TensorArg:
    return TensorArg(rng.shape(**shape_options), rng.dtype(rng.choice(CATEGORIES)))


def _dim_in(rng, rank):
    span = max(rank, 1)
    return rng.randint(-span, span - 1)


def _index(shape, bound, dtype=torch.int64):
    return TensorArg(tuple(shape), dtype, index_bound=bound)


# ---------------------------------------------------------------------------
# Gather / scatter along a dim


def _scatter_geometry(rng):
    """self, a dim and an index shape no larger than self outside `dim`."""
    self_arg = _any_tensor(rng, min_rank=1, max_rank=3)
    dim = _dim_in(rng, len(self_arg.shape))
    index_shape = [rng.randint(0, d) for d in self_arg.shape]
    index_shape[dim] = rng.randint(0, 4)
    bound = self_arg.shape[dim]
    return self_arg, dim, index_shape, bound


def gather(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        self_arg, dim, index_shape, bound = _scatter_geometry(rng)
        if bound == 0:
            index_shape[dim] = 0
        dtype = torch.int64 if i % 5 else torch.int32
        values = {"self": self_arg, "dim": dim, "index": _index(index_shape, bound, dtype)}
        if rng.random() < 0.2:
            values["sparse_grad"] = False
        yield call(rng, target, **values)


def scatter(rng: OracleRng, target: str, source: str, cases=12):
    """source: "src" (a tensor), "value" (a Python scalar) or "reduce"
    (scatter_reduce.two with a reduction name)."""
    for i in range(cases):
        self_arg, dim, index_shape, bound = _scatter_geometry(rng)
        if bound == 0:
            index_shape[dim] = 0
        values = {"self": self_arg, "dim": dim, "index": _index(index_shape, bound)}
        if source == "value":
            values["value"] = rng.scalar(rng.choice(SCALAR_CATEGORIES))
        else:
            src_shape = [d + rng.randint(0, 1) for d in index_shape]
            src_dtype = self_arg.dtype if i % 4 else rng.dtype(rng.choice(CATEGORIES))
            values["src"] = TensorArg(tuple(src_shape), src_dtype)
        if source == "reduce":
            values["reduce"] = rng.choice(["sum", "prod", "mean", "amax", "amin"])
            if rng.random() < 0.4:
                values["include_self"] = rng.choice([True, False])
        yield call(rng, target, **values)


def _masked_fill_sweep(rng: OracleRng, target: str, value_of):
    """Every dtype of `self` against every kind of `value` (`value_of(kind)`),
    under a bool mask that broadcasts with `self` (either may be the wider)."""
    for dtype in (d for category in CATEGORIES for d in DTYPES_BY_CATEGORY[category]):
        for value_category in SCALAR_CATEGORIES:
            self_arg = TensorArg(rng.shape(), dtype)
            mask = TensorArg(rng.broadcast_partner(self_arg.shape), torch.bool)
            yield call(rng, target, self=self_arg, mask=mask, value=value_of(value_category))


def masked_fill(rng: OracleRng, target: str):
    """masked_fill.Scalar: the sweep with a Python scalar `value`, and a mask
    of another dtype."""
    yield from _masked_fill_sweep(rng, target, rng.scalar)
    self_arg = TensorArg(rng.shape(min_rank=1), rng.dtype("float"))
    yield call(rng, target, self=self_arg, mask=TensorArg(self_arg.shape, torch.uint8),
               value=rng.scalar("float"))


def masked_fill_tensor(rng: OracleRng, target: str):
    """masked_fill.Tensor: first what it refuses besides a complex value for
    a real self (those of the sweep would fill the op's quota of negative
    cases): a mask of another dtype, a mask that does not broadcast with self,
    a 1-dim value; and a mask wider than self.  Then the sweep with a 0-dim
    `value` of a dtype of each kind."""
    def float_self(**shape_options):
        return TensorArg(rng.shape(min_rank=1, **shape_options), rng.dtype("float"))

    def scalar_tensor(category):
        return TensorArg((), rng.dtype(category))

    self_arg = float_self()
    yield call(rng, target, self=self_arg, mask=TensorArg(self_arg.shape, torch.uint8),
               value=scalar_tensor("float"))
    self_arg = float_self(allow_zero=False, allow_one=False)
    mask = TensorArg(rng.mismatched_partner(self_arg.shape), torch.bool)
    yield call(rng, target, self=self_arg, mask=mask, value=scalar_tensor("float"))
    case = call(rng, target, self=self_arg, mask=TensorArg(self_arg.shape, torch.bool),
                value=TensorArg((1,), self_arg.dtype))
    case.fault = "value"
    yield case
    self_arg = float_self(max_rank=2)
    mask = TensorArg((rng.dim(allow_zero=False, allow_one=False),) + self_arg.shape, torch.bool)
    yield call(rng, target, self=self_arg, mask=mask, value=scalar_tensor("float"))
    for case in _masked_fill_sweep(rng, target, scalar_tensor):
        self_arg, _, value = case.tensor_args()
        if value.dtype.is_complex and not self_arg.dtype.is_complex:
            case.fault = "value"
        yield case


def index_select(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        self_arg = _any_tensor(rng, max_rank=3)
        dim = _dim_in(rng, len(self_arg.shape))
        bound = self_arg.shape[dim] if self_arg.shape else 1
        index_rank = 1 if i % 5 else rng.choice([0, 2])
        index_shape = [rng.randint(0 if bound == 0 else 1, 4)] * index_rank if bound else [0] * index_rank
        dtype = torch.int64 if i % 3 else rng.choice([torch.int32, torch.float32])
        yield call(rng, target, self=self_arg, dim=dim, index=_index(index_shape, bound, dtype))


def _advanced_indices(rng, shape):
    """Tensor?[] for index/index_put: None to skip a dim, integer index
    tensors whose shapes broadcast together."""
    count = rng.randint(1, len(shape))
    index_shape = rng.shape(max_rank=2, allow_zero=False)
    indices = []
    for position in range(count):
        if rng.random() < 0.3 and position < count - 1:
            indices.append(None)
        else:
            bound = shape[position]
            partner = rng.broadcast_partner(index_shape)
            dtype = rng.choice([torch.int64, torch.int64, torch.int32])
            indices.append(_index(partner, bound, dtype) if bound else _index((0,), 1))
    return indices


def index_tensor(rng: OracleRng, target: str, cases=14):
    for i in range(cases):
        self_arg = _any_tensor(rng, min_rank=1, max_rank=4, allow_zero=False)
        indices = _advanced_indices(rng, self_arg.shape)
        if i == cases - 1:
            indices = indices + [_index((1,), 1)] * (len(self_arg.shape) + 1 - len(indices))
        yield call(rng, target, self=self_arg, indices=indices)


def index_put(rng: OracleRng, target: str, cases=12):
    for i in range(cases):
        self_arg = _any_tensor(rng, min_rank=1, max_rank=3, allow_zero=False)
        indices = _advanced_indices(rng, self_arg.shape)
        values_dtype = self_arg.dtype if i % 4 else rng.dtype(rng.choice(CATEGORIES))
        values = {"self": self_arg, "indices": indices,
                  "values": TensorArg(rng.choice([(), (1,)]), values_dtype)}
        if rng.random() < 0.5:
            values["accumulate"] = rng.choice([True, False])
        yield call(rng, target, **values)


def select_scatter(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        self_arg = _any_tensor(rng, min_rank=1, max_rank=3, allow_zero=False)
        dim = _dim_in(rng, len(self_arg.shape))
        src_shape = list(self_arg.shape)
        del src_shape[dim]
        if i == cases - 1:
            src_shape.append(2)
        yield call(rng, target, self=self_arg, src=TensorArg(tuple(src_shape), self_arg.dtype),
                   dim=dim, index=rng.randint(0, self_arg.shape[dim] - 1))


def slice_scatter(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        self_arg = _any_tensor(rng, min_rank=1, max_rank=3)
        dim = _dim_in(rng, len(self_arg.shape))
        size = self_arg.shape[dim]
        start, end, step = rng.randint(0, size), None, rng.choice([1, 2])
        if rng.random() < 0.5:
            end = rng.randint(start, size)
        length = len(range(start, size if end is None else end, step))
        src_shape = list(self_arg.shape)
        src_shape[dim] = length if i % 5 else length + 1
        values = {"self": self_arg, "src": TensorArg(tuple(src_shape), self_arg.dtype), "dim": dim,
                  "start": start, "end": end}
        if step != 1:
            values["step"] = step
        yield call(rng, target, **values)


def masked_scatter(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        self_arg = _any_tensor(rng, max_rank=3)
        mask = TensorArg(rng.broadcast_partner(self_arg.shape),
                         torch.bool if i % 5 else torch.uint8, index_bound=2)
        source = TensorArg(tuple(d + 1 for d in self_arg.shape) or (3,), self_arg.dtype)
        yield call(rng, target, self=self_arg, mask=mask, source=source)


def nonzero(rng: OracleRng, target: str, cases=8):
    for category in CATEGORIES:
        for _ in range(cases // len(CATEGORIES)):
            yield call(rng, target, self=TensorArg(rng.shape(), rng.dtype(category)))


# ---------------------------------------------------------------------------
# Factories (no tensor operands)


def _factory_options(rng, default_dtype_ok=True):
    options = {}
    if rng.random() < 0.6 or not default_dtype_ok:
        options["dtype"] = rng.dtype(rng.choice(CATEGORIES))
    if rng.random() < 0.2:
        options["layout"] = torch.strided
    if rng.random() < 0.2:
        options["pin_memory"] = False
    return options


def sized_factory(rng: OracleRng, target: str, size_param="size", cases=12, extra=None):
    """empty / full / rand / randn / empty_strided: a size list and options."""
    for i in range(cases):
        size = list(rng.shape())
        if i == cases - 1:
            size = [2, -1]
        values = {size_param: size, **_factory_options(rng)}
        if extra:
            values.update(extra(rng, size))
        yield call(rng, target, **values)


def full_value(rng, size):
    return {"fill_value": rng.scalar(rng.choice(SCALAR_CATEGORIES))}


def strides_for(rng, size):
    return {"stride": [rng.randint(0, 3) for _ in size]}


def memory_format_option(rng, size):
    if len(size) == 4 and rng.random() < 0.5:
        return {"memory_format": torch.channels_last}
    return {}


def arange(rng: OracleRng, target: str, cases=14):
    for i in range(cases):
        kinds = [rng.choice(("int", "float")) for _ in range(3)]
        start = rng.choice([0, 1, -3]) if kinds[0] == "int" else rng.choice([0.5, -2.5])
        end = rng.choice([5, 10, 0]) if kinds[1] == "int" else rng.choice([4.5, 7.25])
        values = {"start": start, "end": end}
        if rng.random() < 0.6:
            values["step"] = rng.choice([1, 2, 3]) if kinds[2] == "int" else rng.choice([0.5, 1.5])
        if rng.random() < 0.4:
            values["dtype"] = rng.dtype(rng.choice(("int", "float")))
        if i == cases - 1:
            values["step"] = 0
        yield call(rng, target, **values)


def randperm(rng: OracleRng, target: str, cases=8):
    for i in range(cases):
        values = {"n": rng.choice([0, 1, 5, 17]) if i < cases - 1 else -1}
        if rng.random() < 0.6:
            values["dtype"] = rng.dtype(rng.choice(CATEGORIES))
        yield call(rng, target, **values)


def scalar_tensor(rng: OracleRng, target: str, cases=10):
    for _ in range(cases):
        values = {"s": rng.scalar(rng.choice(SCALAR_CATEGORIES))}
        if rng.random() < 0.5:
            values["dtype"] = rng.dtype(rng.choice(CATEGORIES))
        yield call(rng, target, **values)


# ---------------------------------------------------------------------------
# Copies, out= and in-place forms


def copy(rng: OracleRng, target: str, cases=12):
    for _ in range(cases):
        self_arg = _any_tensor(rng, max_rank=3)
        src = TensorArg(rng.broadcast_partner(self_arg.shape), rng.dtype(rng.choice(CATEGORIES)))
        values = {"self": self_arg, "src": src}
        if rng.random() < 0.2:
            values["non_blocking"] = False
        yield call(rng, target, **values)


def binary_out(rng: OracleRng, target: str, cases=12):
    """atan2.out: the result is `out`, resized to the broadcast shape."""
    for _ in range(cases):
        shape = rng.shape(min_rank=1)
        a = TensorArg(shape, rng.dtype(rng.choice(CATEGORIES)))
        b = TensorArg(rng.broadcast_partner(shape), rng.dtype(rng.choice(CATEGORIES)))
        out_shape = rng.choice([shape, (0,), rng.shape()])
        yield call(rng, target, self=a, other=b,
                   out=TensorArg(out_shape, rng.dtype(rng.choice(CATEGORIES))))


# ---------------------------------------------------------------------------
# FFT


def fft_r2c(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        arg = TensorArg(rng.shape(min_rank=1, max_rank=3, allow_zero=False),
                        rng.dtype("float") if i % 4 else rng.dtype(rng.choice(("complex", "int"))))
        dims = rng.subset(range(len(arg.shape)), min_size=1)
        yield call(rng, target, self=arg, dim=dims, normalization=rng.randint(0, 2),
                   onesided=rng.choice([True, False]))


def fft_c2r(rng: OracleRng, target: str, cases=10):
    for i in range(cases):
        arg = TensorArg(rng.shape(min_rank=1, max_rank=3, allow_zero=False),
                        rng.dtype("complex") if i % 4 else rng.dtype("float"))
        dims = rng.subset(range(len(arg.shape)), min_size=1)
        yield call(rng, target, self=arg, dim=dims, normalization=rng.randint(0, 2),
                   last_dim_size=rng.randint(1, 8))


# ---------------------------------------------------------------------------
# SymInt-valued queries and scalar extraction


def size_query(rng: OracleRng, target: str, with_dim: bool, cases=10):
    """sym_size.int / sym_stride.int (with_dim) and sym_numel / sym_storage_offset."""
    for i in range(cases):
        arg = _any_tensor(rng, min_rank=1 if with_dim else 0)
        values = {"self": arg}
        if with_dim:
            values["dim"] = _dim_in(rng, len(arg.shape)) if i < cases - 1 else len(arg.shape)
        yield call(rng, target, **values)


def is_contiguous(rng: OracleRng, target: str, cases=10):
    """sym_is_contiguous under each memory format (channels_last wants rank 4,
    channels_last_3d rank 5; other ranks are rejected)."""
    formats = [None, torch.contiguous_format, torch.channels_last, torch.channels_last_3d,
               torch.preserve_format]
    for i in range(cases):
        arg = _any_tensor(rng, min_rank=3, max_rank=5) if i % 2 else _any_tensor(rng)
        memory_format = rng.choice(formats)
        values = {"self": arg}
        if memory_format is not None:
            values["memory_format"] = memory_format
        yield call(rng, target, **values)


def local_scalar(rng: OracleRng, target: str):
    for category in CATEGORIES:
        for shape in ((), (1,), (1, 1)):
            yield call(rng, target, self=TensorArg(shape, rng.dtype(category)))
    yield call(rng, target, self=TensorArg((2,), rng.dtype("float")))


# ---------------------------------------------------------------------------
# Quantization (results have quantized dtypes)


def quantize_per_tensor(rng: OracleRng, target: str, cases=4):
    for _ in range(cases):
        yield call(rng, target, self=TensorArg(rng.shape(), torch.float32), scale=0.1,
                   zero_point=0, dtype=rng.choice([torch.quint8, torch.qint8, torch.qint32]))
