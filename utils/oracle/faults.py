# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Which argument of a rejected call is at fault.

A negative case's `expected-error` names the schema argument that breaks the
op's rule (`argument 'dim'`), as fx-infer-types' diagnostics do
(`BoundCall::emitParamError`).  Two witnesses name it:

- PyTorch's message, read by the patterns below: it names the argument
  (`alpha argument of type ...`, `Expected weight to be ...`), or says what
  is wrong precisely enough to find it in the case (the operand of the
  unsupported dtype, the tensor at `index 1` of a broadcast, the written
  tensor of an in-place op);
- the case generator, which sets `Case.fault` when it breaks one argument
  on purpose.

`fault_of` takes both.  When they name different arguments, PyTorch's
message wins (the generator broke the argument it meant to, but the kernel
checked another first) and the disagreement is reported on stderr.  A case
neither names is rendered with an empty `expected-error` and counted in
SUMMARY.txt.
"""

import re
import sys
from typing import Callable, List, Optional

import torch

from cases import Case, TensorArg, op_overload


def _params(case: Case) -> List[str]:
    return [a.name for a in op_overload(case.target)._schema.arguments]


def _values(case: Case):
    """(name, value) of every argument the call gives."""
    names = _params(case)
    given = list(zip(names, case.args)) + list(case.kwargs.items())
    return given


def _tensor_params(case: Case) -> List[str]:
    """Names of the given arguments that hold a tensor (or tensor list)."""
    def holds_tensor(value):
        if isinstance(value, TensorArg):
            return True
        return isinstance(value, (list, tuple)) and any(isinstance(v, TensorArg) for v in value)

    return [name for name, value in _values(case) if holds_tensor(value)]


def _first_tensor(case: Case, message) -> Optional[str]:
    tensors = _tensor_params(case)
    return tensors[0] if tensors else None


def _written(case: Case, message) -> Optional[str]:
    """The tensor an in-place or out= op writes."""
    params = _params(case)
    if "out" in params:
        return "out"
    return _first_tensor(case, message)


def _param(name: str) -> Callable:
    """A fixed argument name; `a|b` takes the first the schema has."""
    def resolve(case: Case, message):
        params = _params(case)
        return next((n for n in name.split("|") if n in params), None)
    return resolve


# PyTorch's names for arguments in messages, where the schema says otherwise.
_ALIASES = {"X1": "x1", "X2": "x2", "batch1": "self", "batch2": "mat2|other", "input": "self"}


def _named(group: int = 1) -> Callable:
    """The argument the message names in `group`."""
    def resolve(case: Case, match):
        name = match.group(group)
        params = _params(case)
        if name in params:
            return name
        alias = _ALIASES.get(name)
        if alias == "self" and alias not in params:
            return _first_tensor(case, match)
        return _param(alias)(case, match) if alias else None
    return resolve


def _dtype_holder(group: int) -> Callable:
    """The first tensor argument (or Python scalar) of the dtype the message names."""
    def resolve(case: Case, match):
        text = match.group(group).lower().replace("torch.", "")
        wanted = {"float": "float32", "double": "float64", "half": "float16", "long": "int64",
                  "int": "int32", "short": "int16", "byte": "uint8", "char": "int8",
                  "complexfloat": "complex64", "complexdouble": "complex128"}.get(text, text)
        # A CPU kernel's verdict on the full-precision twin names the twin's
        # dtype: then the operand of that category stands for it.
        for exact in (True, False):
            for name, value in _values(case):
                values = value if isinstance(value, (list, tuple)) else [value]
                for v in values:
                    if isinstance(v, TensorArg):
                        dtype = str(v.dtype).replace("torch.", "")
                        if dtype == wanted if exact else dtype.rstrip("0123456789") == \
                                wanted.rstrip("0123456789").replace("bfloat", "float"):
                            return name
                        if not exact and wanted.startswith("float") and v.dtype in (
                                torch.float16, torch.bfloat16):
                            return name
                    if wanted.startswith("float") and type(v) is float:
                        return name
        return None
    return resolve


def _other_dtype(case: Case, message) -> Optional[str]:
    """The first tensor argument whose dtype is not the first tensor's."""
    tensors = [(n, v) for n, v in _values(case) if isinstance(v, TensorArg)]
    if not tensors:
        return None
    return next((n for n, v in tensors[1:] if v.dtype != tensors[0][1].dtype), None)


def _fft_input(case: Case, message) -> Optional[str]:
    """The FFT primitives' bare torch._check on the input dtype."""
    return _first_tensor(case, message) if case.target.startswith("aten._fft_") else None


def _broadcast_operand(case: Case, match) -> Optional[str]:
    """The tensor argument of the shape the message names (`had
    torch.Size([5, 3])`); by the message's index among the tensor arguments
    when several have it.  A shape no argument has is an intermediate of a
    composite op: no argument is named."""
    shape = tuple(int(d) for d in re.findall(r"-?\d+", match.group(2)))
    holders = [name for name, value in _values(case)
               if isinstance(value, TensorArg) and value.shape == shape]
    if len(holders) == 1:
        return holders[0]
    tensors = _tensor_params(case)
    index = int(match.group(1))
    if holders and index < len(tensors) and tensors[index] in holders:
        return tensors[index]
    return None


def _dim_param(case: Case, message) -> Optional[str]:
    """The one dim-like argument the call gives (dim, dims, dim0, ...)."""
    dims = [n for n, _ in _values(case) if n.startswith("dim")]
    return dims[0] if len(dims) == 1 else None


def _reduced(case: Case, message) -> Optional[str]:
    """An empty reduction: the dims (given or left out, reducing all), or the
    tensor for the overloads without them."""
    return "dim" if "dim" in _params(case) else _first_tensor(case, message)


def _missing_stats(case: Case, message) -> Optional[str]:
    """Batch norm in eval mode: the running statistic left None, or training
    for the overload that has none."""
    given = dict(_values(case))
    for name in ("running_mean", "running_var"):
        if name in _params(case) and given.get(name) is None:
            return name
    return _param("training")(case, message)


def _complex_scalar(case: Case, message) -> Optional[str]:
    """The argument given a Python complex that a kernel cannot convert."""
    return next((name for name, value in _values(case) if isinstance(value, complex)), None)


def _window(case: Case, message) -> Optional[str]:
    """A window larger than its input: the kernel (pooling) or the weight."""
    return _param("kernel_size|weight|output_size")(case, message)


# (pattern, resolver): the first pattern that matches decides.
_PATTERNS = [
    (r"^(\w+) argument of type <class '\w+'> cannot be safely cast", _named()),
    (r"argument '(\w+)'", _named()),
    (r"argument #\d+ '(\w+)'", _named()),
    (r"^'(\w+)' must be", _named()),
    (r"^Expected (weight|bias) to be of same shape", _named()),
    (r"cdist only supports floating-point dtypes, (X\d) got", _named()),
    (r"^X1 and X2 must have the same number of columns", _param("x2")),
    (r"^Expected size for first two dimensions of (batch\d) tensor", _named()),
    (r"Mismatching argument at index (\d+) had torch\.Size\(\[([-\d, ]*)\]\)",
     _broadcast_operand),
    (r"^The size of tensor a \(\d+\) must match the size of tensor b", _param("other")),
    (r"Attempting to cast from \S+ to out tensor", _written),
    (r"result type \S+ can't be cast to the desired output type", _written),
    (r"^output with shape .* doesn't match the broadcast shape", _written),
    (r"^Promotion of \w+\.add/sub_\(\w+\) in in-place ops", _written),
    (r"^Negation, the `-` operator, on a bool tensor", _first_tensor),
    (r"^Subtraction, the `-` operator, with two bool tensors", _first_tensor),
    (r"^Bool inputs not supported for", _first_tensor),
    (r"^(torch\.\w+) not supported for floor_divide", _dtype_holder(1)),
    (r"\"\w+\" not implemented for '(?:torch\.)?(\w+)'", _dtype_holder(1)),
    (r"^Dimension out of range", _dim_param),
    (r"dim \d+ appears multiple times in the list of dims", _dim_param),
    (r"duplicate (?:value in the list of )?dims", _dim_param),
    (r"^permute\(\): duplicate dims", _param("dims")),
    (r"^diagonal dimensions cannot be identical", _param("dim2")),
    (r"Expected reduction dim (?:\d+ )?to (?:have non-zero size|be specified)", _param("dim")),
    (r"^reducing over zero-size dimension", _reduced),
    (r"^running_mean and running_var must not be None in eval mode", _missing_stats),
    (r"^mean\(\): could not infer output dtype\. Optional dtype", _param("dtype")),
    (r"^mean\(\): could not infer output dtype\. Input dtype", _first_tensor),
    (r"^scatter\(\): Expected self\.dtype to be equal to src\.dtype", _param("src")),
    (r"^expected both operands to have the same dtype", _param("mat2")),
    (r"^expected scalar type \S+ but found \S+", _other_dtype),
    (r"^Expected cond to be True, but got False", _fft_input),
    (r"^expected a floating-point or complex dtype, but got dtype=", _param("dtype")),
    (r"^clamp called but both min and max are none", _param("min")),
    (r"^k not in range for dimension", _param("k")),
    (r"smaller than kernel size", _window),
    (r"Output size is too small", _window),
    (r"^pad should be at most half of (?:effective )?kernel size", _param("padding")),
    (r"^padding size is expected to be", _param("padding")),
    (r"^half_to_float is True but", _param("half_to_float")),
    (r"^a and b must have same reduction dim", _param("mat2|weight|other")),
    (r"^size mismatch, got input \(\w+\), vec", _param("other")),
    (r"^Trying to create tensor with negative dimension", _param("size|n|repeats|end")),
    (r"^shape '\[.*\]' is invalid for input of size", _param("size|shape")),
    (r"^only one dimension can be inferred", _param("size|shape")),
    (r"^step must be nonzero", _param("step")),
    (r"^slice step must be positive", _param("step")),
    (r"^split_with_sizes expects split_sizes", _param("split_sizes")),
    (r"^select\(\): index \S+ out of range", _param("index")),
    (r"^numel: integer multiplication overflow", _param("size")),
    (r"^mismatch in length of strides and shape", _param("stride")),
    (r"^expected predicate to be bool", _param("condition|mask")),
    (r"not 'complex'$", _complex_scalar),
    (r"could not convert to type <class '\w+'> without overflow", _complex_scalar),
    (r"the number of sizes provided \(\d+\) must be greater or equal", _param("size")),
    (r"^Number of dimensions of tensors must match", _param("tensors")),
    (r"^Sizes of tensors must match except in dimension", _param("tensors")),
    (r"^Number of dimensions of repeat dims", _param("repeats")),
    (r"^Length of pad must be even", _param("pad")),
    (r"^narrow\(\): length must be non-negative", _param("pad")),
    (r"^too many indices for tensor of dimension", _param("indices")),
    (r"^t\(\) expects a tensor with <= 2 dimensions", _first_tensor),
    (r"^Must specify exactly one of output_size and scale_factors", _param("output_size")),
    (r"^Given output_size=.*expected input\.size\(-1\)", _first_tensor),
    (r"^padding must have \d+ elements", _param("padding")),
    (r"required rank \d tensor to use channels_last(?:_3d)? format", _param("memory_format")),
    (r"^unsupported memory format", _param("memory_format")),
    (r"^approximate argument must be either", _param("approximate")),
    (r"expected rounding_mode to be one of", _param("rounding_mode")),
    (r"^reduce argument must be either", _param("reduce")),
    (r"^Invalid interpolation mode", _param("interpolation_mode")),
    (r"^Invalid padding mode", _param("padding_mode")),
    (r"^Mask must be bool or uint8", _param("mask")),
    (r"^Input and output sizes should be greater than 0", _param("output_size|scale_factors")),
    (r"Padding size should be less than the corresponding input dimension", _param("padding")),
    (r"^(\w+) should be greater than zero", _named()),
    (r"^non-positive stride is not supported", _param("stride")),
    (r"^negative padding is not supported", _param("padding")),
    (r"^non-positive groups is not supported", _param("groups")),
    (r"^divisor must be not zero", _param("divisor_override")),
    (r"elements of output_size must be greater than or equal to 0", _param("output_size")),
    (r"^dropout probability has to be between 0 and 1", _param("p")),
    (r"only supports non-negative p values", _param("p")),
    (r"^\w+\(\): Expected dtype int(?:32 or int)?64 for index", _param("index")),
    (r"tensors used as indices must be long, int", _param("indices")),
    (r"^Expected number of channels in input to be divisible by num_groups", _param("group")),
    (r"^Given normalized_shape=", _param("normalized_shape")),
    (r"Negative strides are not supported", _param("stride")),
    (r"^invalid shape dimension", _param("size")),
    (r"^n must be non-negative", _param("n")),
]
_COMPILED = [(re.compile(p), r) for p, r in _PATTERNS]


def fault_from_message(case: Case, message: str) -> Optional[str]:
    for pattern, resolver in _COMPILED:
        match = pattern.search(message)
        if match:
            return resolver(case, match) if resolver else None
    return None


def fault_of(case: Case, message: str) -> Optional[str]:
    """The argument at fault, or None when neither witness names one."""
    from_message = fault_from_message(case, message)
    if case.fault and from_message and case.fault != from_message:
        print(f"faults: {case.target}: the generator breaks '{case.fault}', PyTorch's message "
              f"blames '{from_message}': {message}", file=sys.stderr)
    return from_message or case.fault
