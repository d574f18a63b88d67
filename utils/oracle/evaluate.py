# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Running one case in PyTorch and describing its result as fx types.

Types are the FxType union of fx graph module JSON (docs/Translate.md, "Plain graph
modules"), which `fx-translate --import-fx-json` reads: `{"tensor": TensorMeta}`,
`{"tuple": [...]}`, `{"sym_int": SymInt}`, `{"sym_bool": None}`, `{"sym_float": None}`,
`{"none": None}`.

Static cases run on meta tensors first; an op without a meta kernel falls
back to FakeTensorMode, then to real CPU tensors when the inputs are small.  Cases small enough also run on CPU as a cross-check: a
case where the meta/fake answer and CPU eager disagree is reported as
`disputed` and written to neither the positive nor the negative files.

Symbolic cases are traced with make_fx(tracing_mode="symbolic"); PyTorch's
size symbols (named after a hash of their source, `s77`) are renamed to
s0, s1, ... in order of first appearance in the placeholders.
"""

import functools
import io
import os
import re
from dataclasses import dataclass
from typing import Dict, List, Optional

import sympy
import torch
from torch._export.serde import serialize as serde
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.experimental.proxy_tensor import make_fx
from torch.utils._pytree import tree_map
from torch.utils._sympy import functions as sym_functions

from cases import Case, TensorArg, resolve_target

CPU_NUMEL_LIMIT = 20000

# Errors that mean "this backend cannot run the op", not "the op rejects its inputs".
_MISSING_KERNEL = re.compile(
    r"from the 'Meta' backend|meta tensor|DynamicOutputShape|DataDependentOutput|"
    r"UnsupportedFakeTensor|Unsupported|backend other than CPU|not implemented for 'Meta'|cannot be called on meta",
    re.IGNORECASE)
# CPU kernels that lack a reduced-precision dtype.  Whether that
# is a coverage gap of one backend or the op rejecting the operands anyway is
# decided by the case's full-precision twin (see _full_precision_twin).
_CPU_DTYPE_GAP = re.compile(r"not implemented for '(Half|BFloat16|ComplexHalf)'")
# Python errors raised inside a meta/fake kernel (torch 1.13's _cdist_forward
# meta compared `None >= 0`): a bug of that kernel, not a verdict.
_KERNEL_BUG_TYPES = (TypeError, AttributeError, KeyError, NameError, UnboundLocalError,
                     ZeroDivisionError)
# ...except a kernel taking int() of a Python complex Scalar (addmm's beta on
# an integer tensor, hardtanh's limits): that TypeError is its verdict on the
# complex, and export fails on it.
_COMPLEX_REFUSED = re.compile(r"not 'complex'$")
# A mistake in the generator's call, never a case to keep.
_BINDING_ERROR = re.compile(
    r"Expected a value of type|missing value for argument|takes (at most|from)|"
    r"unexpected keyword argument|Unknown keyword argument|Not enough arguments")


class GeneratorBug(Exception):
    pass


class Unrepresentable(Exception):
    """A value or type fx graph module JSON has no form for."""


class DataDependent(Exception):
    """The op's result depends on tensor data; a hook must describe it."""


@dataclass
class Outcome:
    kind: str  # "ok" | "error" | "disputed" | "skipped"
    result: Optional[object] = None  # the raw PyTorch result for "ok"
    backend: str = ""
    message: str = ""


def first_line(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]


def _check_binding(error: Exception):
    if _BINDING_ERROR.search(str(error)):
        raise GeneratorBug(str(error)) from error


def materialize(case: Case, make_tensor):
    def convert(value):
        return make_tensor(value) if isinstance(value, TensorArg) else value

    def walk(value):
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, tuple):
            return tuple(walk(v) for v in value)
        return convert(value)

    return walk(list(case.args)), {k: walk(v) for k, v in case.kwargs.items()}


def real_tensor(arg: TensorArg, generator: torch.Generator) -> torch.Tensor:
    if arg.index_bound is not None:
        bound = max(arg.index_bound, 1)
        return torch.randint(0, bound, arg.shape, generator=generator).to(arg.dtype)
    if arg.dtype == torch.bool:
        return torch.randint(0, 2, arg.shape, generator=generator).bool()
    if arg.dtype.is_complex:
        return torch.randn(arg.shape, dtype=torch.complex128, generator=generator).to(arg.dtype)
    if arg.dtype.is_floating_point:
        return torch.randn(arg.shape, dtype=torch.float64, generator=generator).to(arg.dtype)
    # No zeros: integer division by a zero element is a data error, not a type rule.
    return torch.randint(1, 4, arg.shape, generator=generator).to(arg.dtype)


def _run_meta(case: Case):
    args, kwargs = materialize(
        case, lambda a: torch.empty(a.shape, dtype=a.dtype, device="meta"))
    return resolve_target(case.target)(*args, **kwargs)


def binds(case: Case) -> bool:
    """Whether the op's Python binding takes the call's arguments: a Python
    number for a Tensor argument, for one, only some ops take (add, mul...)."""
    try:
        _run_meta(case)
    except Exception as error:  # PyTorch raises many exception types
        return not _BINDING_ERROR.search(str(error))
    return True


def _run_fake(case: Case):
    generator = torch.Generator().manual_seed(0)
    mode = FakeTensorMode()
    with mode:
        args, kwargs = materialize(
            case, lambda a: mode.from_tensor(real_tensor(a, generator)))
        return resolve_target(case.target)(*args, **kwargs)


def _run_cpu(case: Case):
    generator = torch.Generator().manual_seed(0)
    args, kwargs = materialize(case, lambda a: real_tensor(a, generator))
    return resolve_target(case.target)(*args, **kwargs)


class _CrashedInChild(Exception):
    pass


class _ErrorInChild(Exception):
    """An exception raised in the forked CPU run, re-raised in the parent
    with the original type name in front of its message."""


def _dumps(payload) -> bytes:
    """The child's answer as bytes: torch.save, since plain pickle cannot read a
    ComplexHalf tensor back (PyTorch 2.13: its storage has no `dtype`)."""
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    return buffer.getvalue()


def _run_cpu_isolated(case: Case):
    """_run_cpu in a forked child: a CPU kernel may crash the process on odd
    inputs (torch 1.13's _embedding_bag did)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        try:
            payload = ("ok", _run_cpu(case))
        except BaseException as error:  # report every failure to the parent
            payload = ("error", type(error).__name__, str(error))
        try:
            data = _dumps(payload)
        except Exception as error:
            data = _dumps(("error", "PicklingError", str(error)))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        raise _CrashedInChild(f"CPU eager crashed (wait status {status})")
    payload = torch.load(io.BytesIO(data), weights_only=False)
    if payload[0] == "ok":
        return payload[1]
    name, message = payload[1], payload[2]
    if name == "NotImplementedError":
        raise NotImplementedError(message)
    raise _ErrorInChild(f"{name}: {message}" if name not in ("RuntimeError", "IndexError", "ValueError")
                        else message)


def _fits_cpu(case: Case) -> bool:
    return sum(a.numel for a in case.tensor_args()) <= CPU_NUMEL_LIMIT


def _attempt(runner, case, python_error_is_bug=False):
    """(result, None) on success, (None, error) on a genuine rejection;
    raises LookupError when the backend cannot run the op (for meta/fake
    runners, `python_error_is_bug`, also when its kernel fails with a plain
    Python error or a CPU reduced-precision gap)."""
    try:
        return runner(case), None
    except (GeneratorBug, _CrashedInChild):
        raise
    except Exception as error:  # PyTorch raises many exception types
        _check_binding(error)
        # CPU eager raises NotImplementedError for the dtypes a kernel lacks
        # ("clamp is not supported for complex types"): a verdict there, a
        # missing kernel on meta/fake.
        if _MISSING_KERNEL.search(f"{type(error).__name__}: {error}") or \
                (python_error_is_bug and isinstance(error, NotImplementedError)):
            raise LookupError(first_line(error)) from error
        if python_error_is_bug and isinstance(error, _KERNEL_BUG_TYPES) and \
                not _COMPLEX_REFUSED.search(str(error)):
            raise LookupError(f"kernel bug: {type(error).__name__}: {first_line(error)}") from error
        # FakeTensorMode runs ops without a meta kernel on real CPU tensors:
        # a CPU dtype gap there is the CPU kernel's, judged with the CPU run.
        if python_error_is_bug and _CPU_DTYPE_GAP.search(str(error)):
            raise LookupError(first_line(error)) from error
        return None, error


_FULL_PRECISION = {
    torch.float16: (torch.float32, torch.float64),
    torch.bfloat16: (torch.float32, torch.float64),
    torch.complex32: (torch.complex64, torch.complex128),
}


def _full_precision_twin(case: Case) -> Optional[Case]:
    """The case with each reduced-precision operand dtype replaced by a
    full-precision dtype no other operand has (so operands with equal dtypes
    stay equal and different ones stay different); None if impossible."""
    used = {a.dtype for a in case.tensor_args()}
    mapping = {}
    for dtype in sorted((d for d in used if d in _FULL_PRECISION), key=str):
        free = [d for d in _FULL_PRECISION[dtype] if d not in used and d not in mapping.values()]
        if not free:
            return None
        mapping[dtype] = free[0]
    if not mapping:
        return None

    return case.map_tensors(
        lambda t: TensorArg(t.shape, mapping.get(t.dtype, t.dtype), t.index_bound))


def _signature(result):
    """What the oracle compares between backends: dtypes, shapes, structure."""
    if isinstance(result, torch.Tensor):
        return ("tensor", result.dtype, tuple(result.shape))
    if isinstance(result, (list, tuple)):
        return tuple(_signature(r) for r in result)
    if isinstance(result, (bool, int, float)):
        return type(result).__name__
    return repr(result)


def evaluate(case: Case, data_dependent: bool = False,
             eager_rejects: Optional["re.Pattern"] = None) -> Outcome:
    """Meta, else fake, else CPU; cross-checked against CPU when small.

    `data_dependent` ops (nonzero, _local_scalar_dense) have results that
    fake tensors cannot know; only CPU decides their validity and dtype.
    `eager_rejects` matches CPU eager messages that are the op's documented
    semantics on every backend: when meta/fake accepts such a case (the meta
    kernel is lenient), it is a negative case, not a dispute.
    `case.invalid` names a documented rule the case breaks: it is negative
    whatever PyTorch answers."""
    outcome = _evaluate(case, data_dependent, eager_rejects)
    if case.invalid and outcome.kind != "error":
        return Outcome("error", backend=outcome.backend,
                       message=f"{case.invalid} (PyTorch does not check it)")
    return outcome


def _evaluate(case: Case, data_dependent: bool, eager_rejects) -> Outcome:
    fake_result, fake_error, backend = None, None, ""
    # FakeTensorMode is what make_fx and torch.export record; bare meta
    # tensors can differ (per-channel batch-norm statistics in eval mode).
    runners = [] if data_dependent else [("fake", _run_fake), ("meta", _run_meta)]
    why_not_fake = "no meta/fake kernel"
    for name, runner in runners:
        try:
            fake_result, fake_error = _attempt(runner, case, python_error_is_bug=True)
            backend = name
            break
        except LookupError as missing:
            if str(missing).startswith("kernel bug"):
                why_not_fake = f"{name} {missing}"
            continue
    cpu_result, cpu_error, cpu_ran = None, None, False
    if _fits_cpu(case):
        try:
            cpu_result, cpu_error = _attempt(_run_cpu_isolated, case)
            cpu_ran = True
        except _CrashedInChild as crash:
            if not backend:
                return Outcome("skipped", message=str(crash))
        except LookupError as missing:
            if not backend:
                return Outcome("skipped", message=f"no backend runs it: {missing}")
    # A CPU kernel without Half/BFloat16/ComplexHalf cannot judge the case;
    # its full-precision twin tells whether the op accepts the operands.
    cpu_gap = False
    if cpu_error is not None and _CPU_DTYPE_GAP.search(str(cpu_error)):
        twin = _full_precision_twin(case)
        twin_error = None
        if twin is not None:
            try:
                _, twin_error = _attempt(_run_cpu_isolated, twin)
            except (_CrashedInChild, LookupError):
                twin = None
        if twin is None or twin_error is None or _CPU_DTYPE_GAP.search(str(twin_error)):
            cpu_gap, cpu_error = True, None
        else:
            cpu_error = _ErrorInChild(f"{first_line(twin_error)} "
                                      f"(CPU eager, reduced-precision operands as full precision)")
    if not backend:
        if not cpu_ran:
            return Outcome("skipped", message="no meta/fake kernel and too large for CPU")
        if cpu_error is not None:
            return Outcome("error", backend="cpu", message=first_line(cpu_error))
        if cpu_gap:
            return Outcome("disputed", backend="cpu",
                           message=f"{why_not_fake}, and the CPU kernel lacks the "
                                   "reduced-precision dtype")
        return Outcome("ok", cpu_result, "cpu")
    if fake_error is not None:
        if cpu_ran and cpu_error is None and not cpu_gap:
            return Outcome("disputed", backend=backend,
                           message=f"{backend} rejects ({first_line(fake_error)}), CPU eager accepts")
        return Outcome("error", backend=backend, message=first_line(fake_error))
    if not cpu_ran or cpu_gap:
        return Outcome("ok", fake_result, backend)
    if cpu_error is not None:
        if eager_rejects is not None and eager_rejects.search(str(cpu_error)):
            return Outcome("error", backend="cpu",
                           message=f"{first_line(cpu_error)} (the {backend} kernel "
                                   f"does not check it)")
        return Outcome("disputed", backend=backend,
                       message=f"{backend} accepts, CPU eager rejects ({first_line(cpu_error)})")
    if _signature(fake_result) != _signature(cpu_result):
        return Outcome("disputed", backend=backend,
                       message=f"{backend} gives {_signature(fake_result)}, "
                               f"CPU eager gives {_signature(cpu_result)}")
    return Outcome("ok", fake_result, backend)


# --------------------------------------------------------------------------
# Results as fx types

FxType = Dict[str, object]


def tensor_type(dtype: torch.dtype, sizes: List[Dict[str, object]]) -> FxType:
    """A tensor's FxType; `sizes` are SymInts (`static_size`, `symbolic_size`)."""
    return {"tensor": {"dtype": serde._TORCH_TO_SERIALIZE_DTYPE[dtype], "sizes": sizes,
                       "layout": serde._TORCH_TO_SERIALIZE_LAYOUT[torch.strided]}}


def static_size(size: int) -> Dict[str, object]:
    return {"as_int": int(size)}


def static_result_type(result) -> FxType:
    if isinstance(result, torch.Tensor):
        return tensor_type(result.dtype, [static_size(d) for d in result.shape])
    if isinstance(result, (list, tuple)):
        return {"tuple": [static_result_type(r) for r in result]}
    if result is None:
        return {"none": None}
    if isinstance(result, bool):
        return {"sym_bool": None}  # the dialect gives !fx.sym_bool no value
    if isinstance(result, int):
        return {"sym_int": static_size(result)}
    if isinstance(result, float):
        return {"sym_float": None}
    raise Unrepresentable(f"result {result!r}")


# --------------------------------------------------------------------------
# Symbolic shapes


class SymbolNames:
    """Renames PyTorch's input-size symbols to s0, s1, ... in order of first
    appearance (the value is n for `sn`)."""

    def __init__(self):
        self.names: Dict[sympy.Symbol, str] = {}

    def bind(self, symbol: sympy.Symbol) -> None:
        if symbol not in self.names:
            self.names[symbol] = len(self.names)

    def __getitem__(self, symbol: sympy.Symbol) -> int:
        if symbol not in self.names:
            raise Unrepresentable(f"symbol {symbol} is not an input size")
        return self.names[symbol]


# Size expressions are written in fx-mlir's canonical form (canonicalizeSize
# in lib/Dialect/Fx/Inference/InferenceHelpers.cpp), since the check mode
# compares types exactly: a sum of terms, each a coefficient times factors
# (symbols, or floordiv/mod/ceildiv atoms); factors sorted (symbols by
# number, then atoms by kind and operands); terms in lexicographic monomial
# order (at the first differing factor the smaller wins, a longer product
# beats its prefix); like terms combined; the constant last.  Expressions are
# trees: ("sym", n), ("const", v), (kind, lhs, rhs) with kind "add", "mul",
# "mod", "floordiv", "ceildiv" -- the AffineExpr fx-translate builds from
# their srepr form.

# AffineExprKind order: Add, Mul, Mod, FloorDiv, CeilDiv, Constant, DimId, SymbolId.
_KIND_RANK = {"sym": 0, "const": 2, "add": 3, "mul": 4, "mod": 5, "floordiv": 6, "ceildiv": 7}


def _compare(a, b) -> int:
    """compareExprs: symbols by position, then atoms by kind and operands."""
    if a == b:
        return 0
    ra, rb = _KIND_RANK[a[0]], _KIND_RANK[b[0]]
    if ra != rb:
        return -1 if ra < rb else 1
    if a[0] in ("sym", "const"):
        return -1 if a[1] < b[1] else 1
    return _compare(a[1], b[1]) or _compare(a[2], b[2])


def _term_key(factors):
    """termBefore as a sort key."""

    class Key:
        def __init__(self, fs):
            self.fs = fs

        def __lt__(self, other):
            for x, y in zip(self.fs, other.fs):
                c = _compare(x, y)
                if c:
                    return c < 0
            return len(self.fs) > len(other.fs)

    return Key(factors)


def _terms(expr, names):
    """sympy expression -> ({factor tuple: coefficient}, constant)."""
    if expr.is_Integer:
        return {}, int(expr)
    if expr.is_Symbol:
        return {(("sym", names[expr]),): 1}, 0
    if expr.is_Add:
        terms, constant = {}, 0
        for arg in expr.args:
            t, c = _terms(arg, names)
            constant += c
            for factors, coefficient in t.items():
                terms[factors] = terms.get(factors, 0) + coefficient
        return terms, constant
    if expr.is_Mul or (expr.is_Pow and expr.exp.is_Integer and expr.exp > 0):
        args = expr.args if expr.is_Mul else [expr.base] * int(expr.exp)
        terms, constant = {(): 1}, 0
        for arg in args:
            t, c = _terms(arg, names)
            if c:
                t = dict(t)
                t[()] = t.get((), 0) + c
            product = {}
            for f1, c1 in terms.items():
                for f2, c2 in t.items():
                    key = f1 + f2
                    product[key] = product.get(key, 0) + c1 * c2
            terms = product
        constant = terms.pop((), 0)
        return terms, constant
    divisions = {sym_functions.FloorDiv: "floordiv", sympy.Mod: "mod", sym_functions.Mod: "mod",
                 sym_functions.PythonMod: "mod", sym_functions.CeilDiv: "ceildiv"}
    kind = next((k for t, k in divisions.items() if isinstance(expr, t)), None)
    if kind:
        # PyTorch leaves `(s2 * s2) // s2` as it is; an exact division is
        # its quotient (and remainder 0).
        numerator, denominator = sympy.fraction(
            sympy.together(sympy.cancel(expr.args[0] / expr.args[1])))
        if denominator == 1:
            return _terms(sympy.Integer(0) if kind == "mod" else numerator, names)
        divisor = _tree(expr.args[1], names)
        if divisor[0] != "const" or divisor[1] <= 0:
            raise Unrepresentable(f"division by {expr.args[1]} in {expr}")
        return {((kind, _tree(expr.args[0], names), divisor),): 1}, 0
    if isinstance(expr, (sym_functions.CeilToInt, sympy.ceiling)):
        numerator, denominator = sympy.fraction(sympy.together(expr.args[0]))
        if denominator.is_Integer and denominator > 1:
            return {(("ceildiv", _tree(numerator, names), _tree(denominator, names)),): 1}, 0
    if expr.is_Rational or expr.is_Float:
        raise Unrepresentable(f"non-integer number in {expr}")
    raise Unrepresentable(f"expression {expr}")


def _tree(expr, names):
    """The canonical tree of a sympy expression."""
    terms, constant = _terms(sympy.sympify(expr), names)
    ordered = sorted(((tuple(sorted(f, key=_factor_key)), c) for f, c in terms.items()),
                     key=lambda fc: _term_key(fc[0]))
    combined = []
    for factors, coefficient in ordered:
        if combined and combined[-1][0] == factors:
            combined[-1][1] += coefficient
        else:
            combined.append([factors, coefficient])
    result = None
    for factors, coefficient in combined:
        if coefficient == 0:
            continue
        term = None
        for factor in factors:
            term = factor if term is None else ("mul", term, factor)
        if coefficient != 1:
            term = ("mul", term, ("const", coefficient))
        result = term if result is None else ("add", result, term)
    if result is None:
        return ("const", constant)
    return ("add", result, ("const", constant)) if constant else result


def _factor_key(factor):
    return functools.cmp_to_key(_compare)(factor)


_SREPR_FUNCTIONS = {"add": "Add", "mul": "Mul", "mod": "PythonMod", "floordiv": "FloorDiv",
                    "ceildiv": "CeilDiv"}


def _srepr(tree) -> str:
    """A tree in sympy's srepr form (torch.export's `expr_str`), one binary function per
    node, so that fx-translate builds the tree's structure."""
    kind = tree[0]
    if kind == "sym":
        name = f"s{tree[1]}" if isinstance(tree[1], int) else tree[1]
        # torch.export's assumptions: backed sizes are positive integers.
        return f"Symbol('{name}', {'positive=True, ' if name[0] == 's' else ''}integer=True)"
    if kind == "const":
        return f"Integer({tree[1]})"
    return f"{_SREPR_FUNCTIONS[kind]}({_srepr(tree[1])}, {_srepr(tree[2])})"


def symbolic_size(tree) -> Dict[str, object]:
    """The SymInt of a canonical tree."""
    if tree[0] == "const":
        return static_size(tree[1])
    return {"as_expr": {"expr_str": _srepr(tree), "hint": None}}


def unbacked_size(name: str) -> Dict[str, object]:
    """The SymInt of the unbacked symbol `name` (`u0`)."""
    return symbolic_size(("sym", name))


def _is_symint(value) -> bool:
    return isinstance(value, torch.SymInt)


def _sym_expr(value):
    """sympy expression of a SymInt."""
    return value.node.expr


def _symbolic_size(dim, names: SymbolNames) -> Dict[str, object]:
    if not _is_symint(dim):
        return static_size(dim)
    return symbolic_size(_tree(sympy.simplify(_sym_expr(dim)), names))


def symbolic_type(value, names: SymbolNames) -> FxType:
    if isinstance(value, torch.Tensor):
        return tensor_type(value.dtype, [_symbolic_size(d, names) for d in value.shape])
    if isinstance(value, (list, tuple)):
        return {"tuple": [symbolic_type(v, names) for v in value]}
    if _is_symint(value):
        return {"sym_int": _symbolic_size(value, names)}
    return static_result_type(value)


@dataclass
class SymbolicOutcome:
    operand_types: List[FxType]
    result_type: FxType


class SymbolicMismatch(Exception):
    """A traced expression that does not hold at other sizes (tracing may
    specialize a size to the constant it equals, or guard on it)."""


def _concrete(value, substitution):
    """dtype/shape structure of a traced or real value, symbols replaced."""
    def size(d):
        return int(sympy.sympify(_sym_expr(d)).subs(substitution)) if _is_symint(d) else int(d)

    if isinstance(value, torch.Tensor):
        return ("tensor", value.dtype, tuple(size(d) for d in value.shape))
    if isinstance(value, (list, tuple)):
        return tuple(_concrete(v, substitution) for v in value)
    if (_is_symint(value) or isinstance(value, int)) and not isinstance(value, bool):
        return size(value)
    return repr(value)


def _resized_case(case: Case, placeholder_shapes, substitution) -> Case:
    """The case with every symbolic input size replaced by its substitute."""
    new_shapes = iter([tuple(int(sympy.sympify(_sym_expr(d)).subs(substitution))
                             if _is_symint(d) else d for d in shape)
                       for shape in placeholder_shapes])

    def walk(value):
        if isinstance(value, TensorArg):
            return TensorArg(next(new_shapes), value.dtype, value.index_bound)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, tuple):
            return tuple(walk(v) for v in value)
        return value

    return Case(case.target, tuple(walk(a) for a in case.args),
                {k: walk(v) for k, v in case.kwargs.items()})


def _check_at_other_sizes(case, placeholders, result_value, hints):
    """Re-run the case on meta with every symbol 7 larger and compare with
    the traced expressions evaluated there."""
    substitution = {symbol: hint + 7 for symbol, hint in hints.items()}
    resized = _resized_case(case, [n.meta["val"].shape for n in placeholders], substitution)
    try:
        actual = _run_meta(resized)
    except Exception:
        try:
            actual = _run_fake(resized)
        except Exception as error:
            raise SymbolicMismatch(f"case invalid at other sizes: {first_line(error)}") from error
    expected = _concrete(result_value, substitution)
    if _concrete(actual, {}) != expected:
        raise SymbolicMismatch(f"traced {expected}, meta at other sizes {_concrete(actual, {})}")
    at_hints = _concrete(result_value, hints)
    for traced, here, there in zip(_leaf_sizes(result_value), _leaf_sizes(at_hints),
                                   _leaf_sizes(expected)):
        if _is_symint(traced) and not _sym_expr(traced).is_number and here == there:
            raise SymbolicMismatch(f"expression {_sym_expr(traced)} is the constant {here}")


def _leaf_sizes(value):
    """Sizes and int results of a value or of its `_concrete` form, flattened."""
    if isinstance(value, torch.Tensor):
        return list(value.shape)
    if isinstance(value, tuple) and value and value[0] == "tensor":
        return list(value[2])
    if isinstance(value, (list, tuple)):
        return [size for v in value for size in _leaf_sizes(v)]
    if (isinstance(value, int) or _is_symint(value)) and not isinstance(value, bool):
        return [value]
    return []


def trace_symbolic(cases: List[Case]) -> List[SymbolicOutcome]:
    """Trace all cases in one make_fx(tracing_mode="symbolic") graph, so that
    they share one ShapeEnv and so one set of symbols (equal input sizes
    share a symbol, as FX's duck sizing does).  Each result is checked at
    other sizes.  Raises on any failure."""
    generator = torch.Generator().manual_seed(0)
    operand_counts = [len(c.tensor_args()) for c in cases]
    inputs = [real_tensor(a, generator) for c in cases for a in c.tensor_args()]

    def run(*tensors):
        pending = iter(tensors)
        results = []
        for case in cases:
            args, kwargs = materialize(case, lambda _: next(pending))
            results.append(resolve_target(case.target)(*args, **kwargs))
        return results

    graph_module = make_fx(run, tracing_mode="symbolic")(*inputs)
    placeholders = [n for n in graph_module.graph.nodes if n.op == "placeholder"]
    output = next(n for n in graph_module.graph.nodes if n.op == "output")
    names, hints = SymbolNames(), {}
    for node, real in zip(placeholders, inputs):
        for dim, hint in zip(node.meta["val"].shape, real.shape):
            if not isinstance(dim, int) and _sym_expr(dim).is_Symbol:
                names.bind(_sym_expr(dim))
                hints[_sym_expr(dim)] = int(hint)
    for node, real in zip(placeholders, inputs):
        for dim, hint in zip(node.meta["val"].shape, real.shape):
            # A guard during tracing (view to constant sizes) replaces the
            # symbol by its value: the case checks nothing symbolic.
            if hint > 1 and (not _is_symint(dim) or _sym_expr(dim).is_number):
                raise SymbolicMismatch(f"input size {hint} specialized while tracing")
    operand_types = [symbolic_type(n.meta["val"], names) for n in placeholders]
    outcomes, first = [], 0
    for case, count, result in zip(cases, operand_counts, output.args[0]):
        value = tree_map(lambda n: n.meta["val"] if isinstance(n, torch.fx.Node) else n, result)
        _check_at_other_sizes(case, placeholders[first:first + count], value, hints)
        outcomes.append(SymbolicOutcome(operand_types[first:first + count],
                                        symbolic_type(value, names)))
        first += count
    return outcomes
