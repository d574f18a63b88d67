# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes test/Inference/complex-scalar{,.invalid}.mlir: PyTorch's answer for every op of the
inference registry that takes a Python scalar, called with a Python complex, for every tensor
dtype (a 0-dim and a ranked tensor each).

Each call runs under FakeTensorMode (what torch.export records) and in CPU eager; where the two
disagree (a CPU kernel refusing what fake tensors accept, as CPU in-place casts do) the case is left
out and listed, except that a CPU kernel missing for ComplexHalf (experimental) leaves the fake
answer standing when the call with full-precision dtypes runs on CPU. An accepted call becomes a node
whose result type is PyTorch's, checked by `fx-infer-types=mode=check`; a rejected one becomes a
`// -----` split whose `expected-error` names the argument at fault: `self` when the in-place
result cannot hold the complex result, else the complex argument (PyTorch's message is quoted).

    python utils/gen_complex_scalar_tests.py                  # rewrite both files
    python utils/gen_complex_scalar_tests.py --out-dir DIR    # write them to DIR
(test/Inference/complex-scalar-current.test.mlir checks that they are up to date.)
"""

import argparse
import logging
import os
import re
import sys

import torch
import torch._prims_common as prims_utils
from torch._subclasses.fake_tensor import FakeTensorMode

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "oracle"))
from fx_text import ELEMENT_TYPES, TensorType, format_float, format_value  # noqa: E402

SHAPES = ((), (2, 3))
FULL_PRECISION = {torch.float16: torch.float32, torch.bfloat16: torch.float32,
                  torch.complex32: torch.complex64}
# Cycled through the cases: plain, purely imaginary, zero imaginary part, non-finite.
VALUES = (1 + 2j, -0.5j, complex(3.0, 0.0), complex(float("inf"), -1.0))


class Tensor:
    """A placeholder of the case: `role` names it, `shape` and `dtype` type it (None: the
    swept self)."""

    def __init__(self, role, shape=None, dtype=None):
        self.role, self.shape, self.dtype = role, shape, dtype


SELF = Tensor("self")
MASK = Tensor("mask", dtype=torch.bool)  # of self's shape
INDEX = Tensor("index", dtype=torch.int64)
C = object()  # where the complex scalar goes
DISPUTED = object()  # fake tensors and CPU eager disagree

# (target, args, kwargs): the Python scalar arguments of the registry's ops, one complex each.
OPS = [(f"aten.{name}", (SELF, C), {}) for name in (
    # (rsub.Tensor and eq.Tensor refuse any Python number for `other`.)
    "add.Tensor", "sub.Tensor", "mul.Tensor", "div.Tensor",
    "add.Scalar", "sub.Scalar", "mul.Scalar", "div.Scalar", "rsub.Scalar", "pow.Tensor_Scalar",
    "eq.Scalar", "ne.Scalar", "lt.Scalar", "le.Scalar", "gt.Scalar", "ge.Scalar",
    "bitwise_and.Scalar", "bitwise_or.Scalar", "bitwise_xor.Scalar", "fmod.Scalar",
    "remainder.Scalar", "clamp_min.default", "clamp_max.default", "add_.Scalar", "mul_.Scalar",
    "div_.Scalar", "add_.Tensor", "mul_.Tensor", "sub_.Tensor", "full_like.default",
    "fill.Scalar", "fill_.Scalar", "leaky_relu.default")] + [
    ("aten.add.Tensor", (SELF, SELF), {"alpha": C}),
    ("aten.add.Scalar", (SELF, 2), {"alpha": C}),
    ("aten.div.Scalar_mode", (SELF, C), {"rounding_mode": "trunc"}),
    ("aten.pow.Scalar", (C, SELF), {}),
    ("aten.masked_fill.Scalar", (SELF, MASK, C), {}),
    ("aten.hardtanh.default", (SELF, C, 1.0), {}),
    ("aten.elu.default", (SELF, C), {}),
    ("aten.softplus.default", (SELF, C), {}),
    ("aten.constant_pad_nd.default", (SELF, [1, 1], C), {}),
    ("aten.scatter.value", (SELF, 0, INDEX, C), {}),
]
# Calls with no tensor to sweep: one case each per value.
FACTORIES = [
    ("aten.full.default", ([2, 3], C), {}),
    ("aten.scalar_tensor.default", (C,), {}),
]


def op(target):
    _, name, overload = target.split(".")
    return getattr(getattr(torch.ops.aten, name), overload)


def value_text(value, names):
    """An argument as docs/Dialect.md spells it (utils/oracle/fx_text.py, plus complex)."""
    if isinstance(value, complex):
        return f"complex({format_float(value.real)}, {format_float(value.imag)})"
    return format_value(value, lambda v: names[v.role][1:] if isinstance(v, Tensor) else None)


def type_text(shape, dtype):
    return "no tensor" if dtype is None else tensor_type(shape, dtype)


def tensor_type(shape, dtype):
    return TensorType(tuple(shape), dtype).text()


def result_type(value):
    if isinstance(value, torch.Tensor):
        return tensor_type(tuple(value.shape), value.dtype)
    raise TypeError(f"unexpected result {value!r}")


def evaluate(target, args, kwargs, self_shape, self_dtype, number):
    """(placeholders [(name, type)], call text, operand types, result type or None, error)."""
    tensors = {}
    for value in list(args) + list(kwargs.values()):
        if isinstance(value, Tensor) and value.role not in tensors:
            shape = self_shape if value.shape is None else value.shape
            dtype = self_dtype if value.dtype is None else value.dtype
            tensors[value.role] = (shape, dtype)
    names = {role: f"%c{number}_{role}" for role in tensors}
    bind = lambda v, c: c if v is C else v  # noqa: E731
    complex_value = VALUES[number % len(VALUES)]
    call_args = [bind(a, complex_value) for a in args]
    call_kwargs = {k: bind(v, complex_value) for k, v in kwargs.items()}
    operands = [a for a in list(call_args) + list(call_kwargs.values()) if isinstance(a, Tensor)]
    def run(make, dtypes=lambda dtype: dtype):
        inputs = {role: make(shape, dtype=dtypes(dtype)) for role, (shape, dtype) in tensors.items()}
        value = lambda v: inputs[v.role] if isinstance(v, Tensor) else v  # noqa: E731
        try:
            result = op(target)(*[value(a) for a in call_args], **{k: value(v) for k, v in call_kwargs.items()})
            return result_type(result), None
        except Exception as e:  # PyTorch's refusal is the expected answer
            return None, str(e).strip().splitlines()[0]

    with FakeTensorMode():
        outcome, error = run(torch.zeros)
    # Zeros index in range and ones divide: CPU eager must give the same answer.
    make = torch.zeros if target == "aten.scatter.value" else torch.ones
    eager, eager_error = run(make)
    if eager is None and "not implemented for 'ComplexHalf'" in eager_error \
            and run(make, lambda dtype: FULL_PRECISION.get(dtype, dtype))[0] is not None:
        # ComplexHalf is experimental on CPU: a kernel missing for it is no verdict when the
        # full-precision twin of the call runs.
        eager, eager_error = outcome, error
    if outcome != eager:
        error = f"fake tensors give {outcome or error!r}, CPU eager {eager or eager_error!r}"
        outcome = DISPUTED
    text = ", ".join([value_text(a, names) for a in call_args] +
                     [f"{k} = {value_text(v, names)}" for k, v in call_kwargs.items()])
    placeholders = [(names[role], tensor_type(*tensors[role])) for role in tensors]
    operand_types = [tensor_type(*tensors[a.role]) for a in operands]
    return placeholders, f"fx.call_function {target}({text})", operand_types, outcome, error


# PyTorch messages about an argument other than the complex one.
MESSAGE_CULPRITS = (
    ("can't be cast to the desired output type", "self"),
    ("in in-place ops are not possible", "self"),
    ("Bool inputs not supported", "self"),
    ("Length of pad", "pad"),
)


def culprits(target, args, kwargs, error, self_dtype):
    """The arguments at fault in a rejected call, one of which fx-infer-types must name: the
    one PyTorch's message names; for a refused cast, every Scalar that cannot be cast to self's
    dtype (PyTorch names the one it checks first: elu's input_scale, whose default is a float
    in PyTorch's reference, before a complex alpha; softplus's beta before its int threshold
    default)."""
    for marker, param in MESSAGE_CULPRITS:
        if marker in error:
            return [param]
    positional = [a.name for a in op(target)._schema.arguments]
    complex_param = next([positional[i]] for i, value in enumerate(args) if value is C) \
        if C in args else [k for k, v in kwargs.items() if v is C]
    named = re.match(r"(\w+) argument of type", error)
    if named and self_dtype is not None:
        # The prims wrappers' cast check: the Scalar PyTorch names, and every other Scalar,
        # given or defaulted, that does not fit either.
        python_type = prims_utils.dtype_to_type(self_dtype)
        bound = dict(zip(positional, args)) | kwargs
        at_fault = {named.group(1)}
        for argument in op(target)._schema.arguments:
            value = bound.get(argument.name, argument.default_value)
            if str(argument.type) == "number" and value is not None and \
                    not prims_utils.is_weakly_lesser_type(complex if value is C else type(value), python_type):
                at_fault.add(argument.name)
        return sorted(at_fault)
    return complex_param


def expected_error(target, params):
    if len(params) == 1:
        return f"// expected-error @+1 {{{{{target}: argument '{params[0]}'}}}}"
    return f"// expected-error-re @+1 {{{{{target}: argument '{{{{({'|'.join(params)})}}}}'}}}}"


HEADER = """// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Generated by utils/gen_complex_scalar_tests.py from torch {version}; do not edit.
// Python complex scalars (`complex(re, im)`) against every tensor dtype, {what}
"""


def generate():
    accepted, rejected, disputed = [], [], []
    for target, args, kwargs in OPS + FACTORIES:
        sweep = [(shape, dtype) for dtype in ELEMENT_TYPES for shape in SHAPES] if SELF in args \
            else [(None, None)] * len(VALUES)
        label = target + (".alpha" if "alpha" in kwargs else "")
        graph = []
        for number, (shape, dtype) in enumerate(sweep):
            placeholders, call, operand_types, outcome, error = evaluate(
                target, args, kwargs, shape, dtype, number)
            if outcome is DISPUTED:
                disputed.append(f"// {label} ({type_text(shape, dtype)}): {error}")
                continue
            if outcome:
                graph.append((placeholders, f"%c{number} = {call} : ({', '.join(operand_types)}) -> {outcome}",
                              f"%c{number}", outcome))
                continue
            lines = [f"fx.graph_module @{label}.invalid{number} {{", "  fx.graph @forward {"]
            lines += [f'    {name} = fx.placeholder "{name[1:]}" : {type_}' for name, type_ in placeholders]
            lines += [f"    // PyTorch: {error}",
                      "    " + expected_error(target, culprits(target, args, kwargs, error, dtype)),
                      f"    %c{number} = {call} : ({', '.join(operand_types)}) -> !fx.unknown",
                      f"    fx.output([%c{number}]) : !fx.unknown", "  }", "}"]
            rejected.append("\n".join(lines))
        if graph:
            lines = [f"fx.graph_module @{label} {{", "  fx.graph @forward {"]
            lines += [f'    {name} = fx.placeholder "{name[1:]}" : {type_}'
                      for placeholders, *_ in graph for name, type_ in placeholders]
            lines += [f"    {node}" for _, node, _, _ in graph]
            lines += [f"    fx.output([{', '.join(v for *_, v, _ in graph)}]) : "
                      f"{', '.join(t for *_, t in graph)}", "  }", "}"]
            accepted.append("\n".join(lines))
    version = torch.__version__
    valid = (HEADER.format(version=version, what="as PyTorch's fake tensors accept\n"
                           "// them: each result type is PyTorch's, and fx-infer-types must infer it.\n") +
             "// RUN: fx-opt %s --fx-infer-types=mode=check -o /dev/null\n" +
             "\n" + "\n\n".join(accepted) + "\n\n"
             "// Left out: the cases where PyTorch's fake tensors and CPU eager disagree.\n" +
             "\n".join(disputed) + "\n")
    invalid = (HEADER.format(version=version, what="as PyTorch's fake tensors reject\n"
                             "// them: fx-infer-types must reject each, naming the argument at fault.\n") +
               "// RUN: fx-opt %s --split-input-file --fx-infer-types=mode=overwrite --verify-diagnostics"
               " -o /dev/null\n" +
               "\n" + "\n\n// -----\n\n".join(rejected) + "\n")
    return {"complex-scalar.mlir": valid, "complex-scalar.invalid.mlir": invalid}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=os.path.join(os.path.dirname(__file__), "..", "test", "Inference"))
    args = parser.parse_args()
    if not torch.__version__.startswith("2.13."):
        sys.exit(f"error: the expectations are torch 2.13's; this is torch {torch.__version__}")
    # A rejected call is an answer here, not an error to log.
    logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)
    for name, text in generate().items():
        with open(os.path.join(args.out_dir, name), "w") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
