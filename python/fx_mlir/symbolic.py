# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Symbolic size expressions: sympy <-> the `#fx.dims` / `!fx.sym_int<...>` text.

The text grammar (docs/Dialect.md "Types"): symbols `s0, s1, ...` (backed) and `u0, u1, ...`
(unbacked), integers, `+`, `-`, `*`, `floordiv`, `mod`, `ceildiv` and parentheses, with `*`,
`floordiv`, `mod`, `ceildiv` binding tighter than `+` and `-`, all left-associative.
"""

import re

import sympy

_SYMBOL_NAME = re.compile(r"[su][0-9]+")

# Binding strength of printed operators; an operand binding less tightly than its context is
# parenthesized.
_ADDITIVE, _MULTIPLICATIVE, _ATOM = 1, 2, 3


class UnsupportedExpression(ValueError):
    """A sympy expression outside the text grammar."""


class SymbolNames:
    """Gives each sympy symbol its text name.

    PyTorch 2 already names symbols `s0`/`u0` and those names are kept; older PyTorch names
    them after their origin (`t0.size(0)`), and those are renamed `s<k>` in order of first
    appearance, which is deterministic for a given graph.
    """

    def __init__(self):
        self._names = {}

    def __call__(self, symbol):
        name = self._names.get(symbol)
        if name is not None:
            return name
        taken = set(self._names.values())
        name = symbol.name
        if not _SYMBOL_NAME.fullmatch(name) or name in taken:
            name = next(f"s{k}" for k in range(len(taken) + 1) if f"s{k}" not in taken)
        self._names[symbol] = name
        return name


def symbolic_expression(size):
    """The sympy expression of a symbolic size or scalar, across PyTorch versions (the
    exporter puts bare sympy expressions into tensor_meta)."""
    if isinstance(size, sympy.Basic):
        return size
    node = getattr(size, "node", None)
    if node is not None and hasattr(node, "expr"):
        return node.expr  # PyTorch 2: SymInt.node is a SymNode
    if hasattr(size, "get_pyobj"):
        return size.get_pyobj().expr  # PyTorch 1.13: SymIntNode wraps a PySymInt
    return size.expr  # PyTorch 1.13: PySymInt


def format_expression(expr, symbol_names):
    """Print a sympy integer expression, e.g. `s0 * 2 + 1`."""
    return _format(sympy.sympify(expr), symbol_names)[0]


def _format(expr, names):
    """Returns (text, binding strength)."""
    if expr.is_Integer:
        value = int(expr)
        return str(value), (_ATOM if value >= 0 else _ADDITIVE)
    if expr.is_Symbol:
        return names(expr), _ATOM
    if expr.is_Add:
        return _format_sum(expr, names), _ADDITIVE
    if expr.is_Mul:
        return _format_product(expr, names), _MULTIPLICATIVE
    if expr.is_Pow and expr.exp.is_Integer and int(expr.exp) > 0:
        return _format_product(sympy.Mul(*[expr.base] * int(expr.exp), evaluate=False), names), _MULTIPLICATIVE
    if isinstance(expr, sympy.Mod):
        return _format_binary("mod", *expr.args, names), _MULTIPLICATIVE
    if isinstance(expr, (sympy.floor, sympy.ceiling)):
        numerator, denominator = sympy.fraction(sympy.together(expr.args[0]))
        if denominator != 1:
            operator = "floordiv" if isinstance(expr, sympy.floor) else "ceildiv"
            return _format_binary(operator, numerator, denominator, names), _MULTIPLICATIVE
    # PyTorch's own integer-division and modulo functions, by class name across versions.
    function_name = type(expr).__name__
    if function_name in ("FloorDiv", "CleanDiv", "IntTrueDiv"):
        return _format_binary("floordiv", *expr.args, names), _MULTIPLICATIVE
    if function_name in ("Mod", "PythonMod"):
        return _format_binary("mod", *expr.args, names), _MULTIPLICATIVE
    if function_name == "CeilDiv":
        return _format_binary("ceildiv", *expr.args, names), _MULTIPLICATIVE
    raise UnsupportedExpression(f"cannot print size expression {expr}")


def _operand(expr, names, context, right=False):
    text, strength = _format(expr, names)
    # Operators are left-associative: a right operand of equal strength needs parentheses.
    if strength < context or (right and strength == context):
        return f"({text})"
    return text


def _format_binary(operator, lhs, rhs, names):
    return f"{_operand(lhs, names, _MULTIPLICATIVE)} {operator} {_operand(rhs, names, _MULTIPLICATIVE, right=True)}"


def _format_product(expr, names):
    coefficient, rest = expr.as_coeff_Mul()
    factors = [_operand(factor, names, _MULTIPLICATIVE) for factor in sympy.Mul.make_args(rest)]
    if coefficient != 1:
        # The coefficient goes last, as in `s0 * 2`.
        factors.append(str(int(coefficient)))
    return " * ".join(factors)


def _format_sum(expr, names):
    terms = sorted(expr.as_ordered_terms(), key=lambda term: term.is_Integer)  # constant last
    text = _operand(terms[0], names, _ADDITIVE)
    for term in terms[1:]:
        if term.could_extract_minus_sign():
            text += " - " + _operand(-term, names, _ADDITIVE, right=True)
        else:
            text += " + " + _operand(term, names, _ADDITIVE, right=True)
    return text


_TOKEN = re.compile(r"\s*(?:([0-9]+)|([su][0-9]+)|(floordiv|mod|ceildiv)|([-+*()]))")


def parse_expression(text, symbols):
    """Parse the text grammar into sympy; `symbols` maps names to sympy symbols and is
    extended with new integer symbols as they appear."""
    tokens = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ValueError(f"bad size expression `{text}` at column {position}")
        tokens.append(next(group for group in match.groups() if group is not None))
        position = match.end()
    parser = _ExpressionParser(tokens, symbols)
    expr = parser.sum()
    if parser.position != len(tokens):
        raise ValueError(f"bad size expression `{text}`")
    return expr


class _ExpressionParser:
    def __init__(self, tokens, symbols):
        self.tokens = tokens
        self.position = 0
        self.symbols = symbols

    def _peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self):
        token = self._peek()
        if token is None:
            raise ValueError("size expression ends early")
        self.position += 1
        return token

    def sum(self):
        value = self.product()
        while self._peek() in ("+", "-"):
            value = value + self.product() if self._take() == "+" else value - self.product()
        return value

    def product(self):
        value = self.atom()
        while self._peek() in ("*", "floordiv", "mod", "ceildiv"):
            operator = self._take()
            rhs = self.atom()
            if operator == "*":
                value = value * rhs
            elif operator == "floordiv":
                value = sympy.floor(value / rhs)
            elif operator == "mod":
                value = sympy.Mod(value, rhs)
            else:
                value = sympy.ceiling(value / rhs)
        return value

    def atom(self):
        token = self._take()
        if token == "(":
            value = self.sum()
            if self._take() != ")":
                raise ValueError("size expression misses `)`")
            return value
        if token == "-":
            return -self.atom()
        if token.isdigit():
            return sympy.Integer(int(token))
        if _SYMBOL_NAME.fullmatch(token):
            if token not in self.symbols:
                self.symbols[token] = sympy.Symbol(token, integer=True, positive=token.startswith("s"))
            return self.symbols[token]
        raise ValueError(f"unexpected `{token}` in size expression")
