# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Case generators for elementwise ops: unary, tensor-tensor, tensor-scalar,
ternary (where) and reductions along dims.

Each generator sweeps the dtype categories (bool, int, float, complex) and
lets PyTorch decide which it accepts; rejected combinations become negative
cases.  `extra(rng, self_arg)` adds an op's own arguments (alpha, dim, ...).
"""

import torch

from cases import (CATEGORIES, DTYPES_BY_CATEGORY, SCALAR_CATEGORIES, OracleRng, TensorArg,
                   accepts_none, call)


def no_extra(rng, self_arg):
    return {}


def _tensor(rng: OracleRng, category: str, **shape_options) -> TensorArg:
    return TensorArg(rng.shape(**shape_options), rng.dtype(category))


def unary(rng: OracleRng, target: str, categories=CATEGORIES, per_category=6,
          extra=no_extra, tensor_param="self"):
    for category in categories:
        for i in range(per_category):
            rank_options = {"min_rank": 0, "max_rank": 0} if i == 0 else {"min_rank": 1}
            arg = _tensor(rng, category, **rank_options)
            yield call(rng, target, **{tensor_param: arg}, **extra(rng, arg))


def binary(rng: OracleRng, target: str, categories=CATEGORIES, extra=no_extra,
           params=("self", "other")):
    """Every pair of categories (type promotion), broadcasting partners,
    0-dim operands, size-0 dims and one non-broadcastable pair."""
    first, second = params
    category_pairs = [(a, b) for a in categories for b in categories]
    for category_a, category_b in category_pairs * 2:
        shape_a = rng.shape(min_rank=1)
        shape_b = rng.broadcast_partner(shape_a)
        if rng.random() < 0.5:
            shape_a, shape_b = shape_b, shape_a
        a = TensorArg(shape_a, rng.dtype(category_a))
        b = TensorArg(shape_b, rng.dtype(category_b))
        yield call(rng, target, **{first: a, second: b}, **extra(rng, a))
    for category_a, category_b in (("int", "float"), ("float", "float"), ("bool", "int")):
        # a 0-dim operand only promotes across categories, not within one
        a = _tensor(rng, category_a, min_rank=1)
        b = TensorArg((), rng.dtype(category_b))
        yield call(rng, target, **{first: a, second: b}, **extra(rng, a))
        yield call(rng, target, **{first: b, second: a}, **extra(rng, b))
    a = TensorArg((0, rng.dim(allow_zero=False)), rng.dtype("float"))
    b = TensorArg((1, a.shape[1]), rng.dtype("float"))
    yield call(rng, target, **{first: a, second: b}, **extra(rng, a))
    shape_a = (rng.randint(2, 4), rng.randint(2, 4))
    a = TensorArg(shape_a, rng.dtype("float"))
    b = TensorArg(rng.mismatched_partner(shape_a), rng.dtype("float"))
    yield call(rng, target, **{first: a, second: b}, **extra(rng, a))


def tensor_scalar(rng: OracleRng, target: str, categories=CATEGORIES, extra=no_extra,
                  tensor_param="self", scalar_param="other"):
    """Every tensor dtype against every Python scalar kind (the type promotion
    torch.result_type defines), each with a 0-dim and a ranked tensor."""
    for category in categories:
        for dtype in DTYPES_BY_CATEGORY[category]:
            for scalar_category in SCALAR_CATEGORIES:
                for rank_options in ({"min_rank": 1}, {"min_rank": 0, "max_rank": 0}):
                    arg = TensorArg(rng.shape(**rank_options), dtype)
                    yield call(rng, target, **{tensor_param: arg,
                                               scalar_param: rng.scalar(scalar_category)},
                               **extra(rng, arg))


def where(rng: OracleRng, target: str):
    for category_a in CATEGORIES:
        for category_b in CATEGORIES:
            shape = rng.shape(min_rank=1)
            condition = TensorArg(rng.broadcast_partner(shape), rng.dtype("bool"))
            a = TensorArg(rng.broadcast_partner(shape), rng.dtype(category_a))
            b = TensorArg(shape, rng.dtype(category_b))
            yield call(rng, target, condition=condition, self=a, other=b)
    shape = rng.shape(min_rank=1, allow_zero=False)
    for condition_category in ("int", "float"):
        yield call(rng, target, condition=TensorArg(shape, rng.dtype(condition_category)),
                   self=TensorArg(shape, rng.dtype("float")),
                   other=TensorArg((), rng.dtype("float")))


# ---------------------------------------------------------------------------
# Arguments of particular elementwise ops


def alpha(rng, self_arg):
    choice = rng.choice([None, 2, 0.5, True])
    return {} if choice is None else {"alpha": choice}


def rounding_mode(rng, self_arg):
    return {"rounding_mode": rng.choice([None, "trunc", "floor"])}


def gelu_approximate(rng, self_arg):
    return rng.choice([{}, {"approximate": "tanh"}, {"approximate": "none"}])


def elu_parameters(rng, self_arg):
    names = rng.subset(["alpha", "scale", "input_scale"])
    return {name: rng.choice([1.0, 0.5, 2]) for name in names}


def hardtanh_bounds(rng, self_arg):
    return rng.choice([{}, {"min_val": 0.0, "max_val": 6.0}, {"min_val": -2}])


def leaky_relu_slope(rng, self_arg):
    return rng.choice([{}, {"negative_slope": 0.2}])


def clamp_scalar_bounds(rng, self_arg):
    return rng.choice([{"min": 0.5}, {"max": 2}, {"min": -1, "max": 1.5}, {"min": None, "max": None}])


def clamp_tensor_bounds(rng, self_arg):
    def bound():
        category = rng.choice(["int", "float"])
        return TensorArg(rng.broadcast_partner(self_arg.shape), rng.dtype(category))

    return rng.choice([{"min": bound()}, {"max": bound()}, {"min": bound(), "max": bound()}])


def fill_value(rng, self_arg):
    return {"value": rng.scalar(rng.choice(SCALAR_CATEGORIES))}


def like_factory_options(rng, self_arg):
    options = {"fill_value": rng.scalar(rng.choice(SCALAR_CATEGORIES))}
    if rng.random() < 0.5:
        options["dtype"] = rng.dtype(rng.choice(CATEGORIES))
    return options


def to_copy_options(rng, self_arg):
    return rng.choice([{}, {"dtype": rng.dtype(rng.choice(CATEGORIES))},
                       {"dtype": rng.dtype("float"), "layout": torch.strided}])


def clone_options(rng, self_arg):
    if len(self_arg.shape) == 4 and rng.random() < 0.5:
        return {"memory_format": torch.channels_last}
    return rng.choice([{}, {"memory_format": torch.contiguous_format}])


# ---------------------------------------------------------------------------
# Reductions and other ops along dims


def _dim_in(rng, rank):
    span = max(rank, 1)
    return rng.randint(-span, span - 1)


def reduction(rng: OracleRng, target: str, dim_style: str, keepdim=True, dtype_kwarg=False,
              categories=CATEGORIES, per_category=7, extra=no_extra):
    """dim_style: "list" (int[]? dim), "int" (int dim), "optional_int" (int? dim),
    "none" (whole tensor).  Also one out-of-range dim per op."""
    for category in categories:
        for i in range(per_category):
            arg = _tensor(rng, category, min_rank=0 if i == 0 else 1)
            values = {"self": arg}
            rank = len(arg.shape)
            if dim_style == "list":
                choices = [[_dim_in(rng, rank)], rng.subset(range(rank)), []] if rank \
                    else [[0], [-1], []]
                if accepts_none(target, "dim"):
                    choices.append(None)
                values["dim"] = rng.choice(choices)
            elif dim_style == "int":
                values["dim"] = _dim_in(rng, rank)
            elif dim_style == "optional_int":
                values["dim"] = rng.choice([None, _dim_in(rng, rank)])
            if keepdim and dim_style != "none" and rng.random() < 0.6:
                values["keepdim"] = rng.choice([True, False])
            if dtype_kwarg and rng.random() < 0.4:
                values["dtype"] = rng.dtype(rng.choice(["int", "float"]))
            values.update(extra(rng, arg))
            yield call(rng, target, **values)
    if dim_style in ("list", "int", "optional_int"):
        arg = TensorArg((2, 3), rng.dtype("float"))
        bad_dim = rng.choice([2, -3])
        yield call(rng, target, self=arg, dim=[bad_dim] if dim_style == "list" else bad_dim,
                   **extra(rng, arg))
