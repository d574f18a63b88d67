"""Running one case in PyTorch and describing its result as fx types.

Static cases run on meta tensors first; an op without a meta kernel in
torch 1.13 falls back to FakeTensorMode, then to real CPU tensors when the
inputs are small.  Cases small enough also run on CPU as a cross-check: a
case where the meta/fake answer and CPU eager disagree is reported as
`disputed` and written to neither the positive nor the negative files.

Symbolic cases are traced with make_fx(tracing_mode="symbolic"); torch 1.13
names its size symbols after the input (`t0.size(1)`), and they are renamed
to s0, s1, ... in order of first appearance in the placeholders.
"""

import os
import pickle
import re
from dataclasses import dataclass
from typing import Dict, List, Optional

import sympy
import torch
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.experimental import symbolic_shapes
from torch.fx.experimental.proxy_tensor import make_fx
from torch.utils._pytree import tree_flatten, tree_map

from cases import Case, TensorArg, resolve_target
from fx_text import (NoneType_, ResultType, SymScalarType, TensorType, TupleType,
                     Unrepresentable, element_type)

CPU_NUMEL_LIMIT = 20000

# Errors that mean "this backend cannot run the op", not "the op rejects its inputs".
_MISSING_KERNEL = re.compile(
    r"from the 'Meta' backend|meta tensor|DynamicOutputShape|DataDependentOutput|"
    r"UnsupportedFakeTensor|Unsupported|backend other than CPU|not implemented for 'Meta'|cannot be called on meta",
    re.IGNORECASE)
# CPU kernels of torch 1.13 that lack a reduced-precision dtype: a coverage gap
# of one backend, not a type rule.
_CPU_DTYPE_GAP = re.compile(r"not implemented for '(Half|BFloat16|ComplexHalf)'")
# A mistake in the generator's call, never a case to keep.
_BINDING_ERROR = re.compile(
    r"Expected a value of type|missing value for argument|takes (at most|from)|"
    r"unexpected keyword argument|Unknown keyword argument|Not enough arguments")


class GeneratorBug(Exception):
    pass


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


def _materialize(case: Case, make_tensor):
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
    args, kwargs = _materialize(
        case, lambda a: torch.empty(a.shape, dtype=a.dtype, device="meta"))
    return resolve_target(case.target)(*args, **kwargs)


def _run_fake(case: Case):
    generator = torch.Generator().manual_seed(0)
    mode = FakeTensorMode()
    with mode:
        args, kwargs = _materialize(
            case, lambda a: mode.from_tensor(real_tensor(a, generator)))
        return resolve_target(case.target)(*args, **kwargs)


def _run_cpu(case: Case):
    generator = torch.Generator().manual_seed(0)
    args, kwargs = _materialize(case, lambda a: real_tensor(a, generator))
    return resolve_target(case.target)(*args, **kwargs)


class _CrashedInChild(Exception):
    pass


class _ErrorInChild(Exception):
    """An exception raised in the forked CPU run, re-raised in the parent
    with the original type name in front of its message."""


def _run_cpu_isolated(case: Case):
    """_run_cpu in a forked child: some torch 1.13 CPU kernels crash the
    process on odd inputs (e.g. _embedding_bag)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        try:
            payload = ("ok", _run_cpu(case))
        except BaseException as error:  # report every failure to the parent
            payload = ("error", type(error).__name__, str(error))
        try:
            data = pickle.dumps(payload)
        except Exception as error:
            data = pickle.dumps(("error", "PicklingError", str(error)))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        raise _CrashedInChild(f"CPU eager crashed (wait status {status})")
    payload = pickle.loads(data)
    if payload[0] == "ok":
        return payload[1]
    name, message = payload[1], payload[2]
    if name == "NotImplementedError":
        raise NotImplementedError(message)
    raise _ErrorInChild(f"{name}: {message}" if name not in ("RuntimeError", "IndexError", "ValueError")
                        else message)


def _fits_cpu(case: Case) -> bool:
    return sum(a.numel for a in case.tensor_args()) <= CPU_NUMEL_LIMIT


def _attempt(runner, case):
    """(result, None) on success, (None, error) on a genuine rejection;
    raises LookupError when the backend cannot run the op."""
    try:
        return runner(case), None
    except (GeneratorBug, _CrashedInChild):
        raise
    except Exception as error:  # PyTorch raises many exception types
        _check_binding(error)
        if _MISSING_KERNEL.search(f"{type(error).__name__}: {error}") or \
                isinstance(error, NotImplementedError):
            raise LookupError(first_line(error)) from error
        return None, error


def _signature(result):
    """What the oracle compares between backends: dtypes, shapes, structure."""
    if isinstance(result, torch.Tensor):
        return ("tensor", result.dtype, tuple(result.shape))
    if isinstance(result, (list, tuple)):
        return tuple(_signature(r) for r in result)
    if isinstance(result, (bool, int, float)):
        return type(result).__name__
    return repr(result)


def evaluate(case: Case, data_dependent: bool = False) -> Outcome:
    """Meta, else fake, else CPU; cross-checked against CPU when small.

    `data_dependent` ops (nonzero, _local_scalar_dense) have results that
    fake tensors cannot know; only CPU decides their validity and dtype."""
    fake_result, fake_error, backend = None, None, ""
    runners = [] if data_dependent else [("meta", _run_meta), ("fake", _run_fake)]
    for name, runner in runners:
        try:
            fake_result, fake_error = _attempt(runner, case)
            backend = name
            break
        except LookupError:
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
    if not backend:
        if not cpu_ran:
            return Outcome("skipped", message="no meta/fake kernel and too large for CPU")
        if cpu_error is not None:
            return Outcome("error", backend="cpu", message=first_line(cpu_error))
        return Outcome("ok", cpu_result, "cpu")
    if fake_error is not None:
        if cpu_ran and cpu_error is None:
            return Outcome("disputed", backend=backend,
                           message=f"{backend} rejects ({first_line(fake_error)}), CPU eager accepts")
        return Outcome("error", backend=backend, message=first_line(fake_error))
    if not cpu_ran:
        return Outcome("ok", fake_result, backend)
    if cpu_error is not None:
        if _CPU_DTYPE_GAP.search(str(cpu_error)):
            return Outcome("ok", fake_result, backend)
        return Outcome("disputed", backend=backend,
                       message=f"{backend} accepts, CPU eager rejects ({first_line(cpu_error)})")
    if _signature(fake_result) != _signature(cpu_result):
        return Outcome("disputed", backend=backend,
                       message=f"{backend} gives {_signature(fake_result)}, "
                               f"CPU eager gives {_signature(cpu_result)}")
    return Outcome("ok", fake_result, backend)


# --------------------------------------------------------------------------
# Results as fx types


def static_result_type(result) -> ResultType:
    if isinstance(result, torch.Tensor):
        element_type(result.dtype)  # raises Unrepresentable early
        return TensorType(tuple(int(d) for d in result.shape), result.dtype)
    if isinstance(result, (list, tuple)):
        return TupleType(tuple(static_result_type(r) for r in result))
    if result is None:
        return NoneType_()
    if isinstance(result, bool):
        return SymScalarType("bool")  # Dialect.md gives !fx.sym_bool no value form
    if isinstance(result, int):
        return SymScalarType("int", str(result))
    if isinstance(result, float):
        return SymScalarType("float")
    raise Unrepresentable(f"result {result!r}")


# --------------------------------------------------------------------------
# Symbolic shapes


class SymbolNames:
    """Renames torch 1.13's `t0.size(1)` symbols to s0, s1, ... in order of
    first appearance."""

    def __init__(self):
        self.names: Dict[sympy.Symbol, str] = {}

    def bind(self, symbol: sympy.Symbol) -> None:
        if symbol not in self.names:
            self.names[symbol] = f"s{len(self.names)}"

    def __getitem__(self, symbol: sympy.Symbol) -> str:
        if symbol not in self.names:
            raise Unrepresentable(f"symbol {symbol} is not an input size")
        return self.names[symbol]


_ATOM, _PRODUCT, _SUM = 3, 2, 1


def format_expr(expr, names: SymbolNames, context: int = 0) -> str:
    """sympy expression in the Dialect.md grammar (+ - * floordiv mod ceildiv)."""
    text, precedence = _format(sympy.sympify(expr), names)
    return f"({text})" if precedence < context else text


def _format(expr, names):
    if expr.is_Integer:
        value = int(expr)
        return str(value), (_ATOM if value >= 0 else _SUM)
    if expr.is_Symbol:
        return names[expr], _ATOM
    if expr.is_Add:
        terms = expr.as_ordered_terms()
        text = format_expr(terms[0], names, _SUM)
        for term in terms[1:]:
            coefficient, rest = term.as_coeff_Mul()
            if coefficient < 0:
                text += " - " + format_expr(-term, names, _PRODUCT)
            else:
                text += " + " + format_expr(term, names, _SUM + 1)
        return text, _SUM
    if expr.is_Mul:
        coefficient, rest = expr.as_coeff_Mul()
        if not coefficient.is_Integer:
            raise Unrepresentable(f"non-integer coefficient in {expr}")
        factors = []
        for factor in sympy.Mul.make_args(rest):
            if factor.is_Pow and factor.exp.is_Integer and factor.exp > 0:
                factors += [factor.base] * int(factor.exp)
            else:
                factors.append(factor)
        parts = [format_expr(f, names, _ATOM) for f in factors]
        if coefficient == -1:
            return "0 - " + " * ".join(parts), _SUM
        if coefficient != 1:
            parts.append(str(int(coefficient)))
        return " * ".join(parts), _PRODUCT
    if expr.is_Pow and expr.exp.is_Integer and expr.exp > 0:
        return _format(sympy.Mul(*([expr.base] * int(expr.exp)), evaluate=False), names)
    if isinstance(expr, symbolic_shapes.FloorDiv):
        return _binary(expr.args[0], "floordiv", expr.args[1], names)
    if isinstance(expr, sympy.Mod):
        return _binary(expr.args[0], "mod", expr.args[1], names)
    if isinstance(expr, (symbolic_shapes.Ceil, sympy.ceiling)):
        numerator, denominator = sympy.fraction(sympy.together(expr.args[0]))
        if denominator.is_Integer and denominator > 1:
            return _binary(numerator, "ceildiv", denominator, names)
    raise Unrepresentable(f"expression {expr}")


def _binary(lhs, keyword, rhs, names):
    return (f"{format_expr(lhs, names, _ATOM)} {keyword} "
            f"{format_expr(rhs, names, _ATOM)}"), _PRODUCT


def _is_symint(value) -> bool:
    return isinstance(value, (torch.SymIntNode, symbolic_shapes.PySymInt))


def _sym_expr(value):
    """sympy expression of a SymInt (torch 1.13: SymIntNode -> PySymInt)."""
    if isinstance(value, symbolic_shapes.PySymInt):
        return value.expr
    return value.get_pyobj().expr


def _symbolic_dim(dim, names: SymbolNames):
    if not _is_symint(dim):
        return dim
    expr = sympy.simplify(_sym_expr(dim))
    if expr.is_Integer:
        return int(expr)
    return format_expr(expr, names)


def symbolic_type(value, names: SymbolNames) -> ResultType:
    if isinstance(value, torch.Tensor):
        element_type(value.dtype)
        return TensorType(tuple(_symbolic_dim(d, names) for d in value.shape), value.dtype)
    if isinstance(value, (list, tuple)):
        return TupleType(tuple(symbolic_type(v, names) for v in value))
    if value is None:
        return NoneType_()
    if _is_symint(value):
        dim = _symbolic_dim(value, names)
        return SymScalarType("int", str(dim))
    return static_result_type(value)


@dataclass
class SymbolicOutcome:
    operand_types: List[ResultType]
    result_type: ResultType


class SymbolicMismatch(Exception):
    """A traced expression that does not hold at other sizes (torch 1.13
    sometimes folds a size into the constant it equals while tracing)."""


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
            args, kwargs = _materialize(case, lambda _: next(pending))
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
    operand_types = [symbolic_type(n.meta["val"], names) for n in placeholders]
    outcomes, first = [], 0
    for case, count, result in zip(cases, operand_counts, output.args[0]):
        value = tree_map(lambda n: n.meta["val"] if isinstance(n, torch.fx.Node) else n, result)
        _check_at_other_sizes(case, placeholders[first:first + count], value, hints)
        outcomes.append(SymbolicOutcome(operand_types[first:first + count],
                                        symbolic_type(value, names)))
        first += count
    return outcomes
