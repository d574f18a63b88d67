# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The sympy expression behind a symbolic size (fx-translate reads and writes the
expressions; see docs/Translate.md)."""


def symbolic_expression(size):
    """The sympy expression of a symbolic size or scalar, across PyTorch versions."""
    node = getattr(size, "node", None)
    if node is not None and hasattr(node, "expr"):
        return node.expr  # PyTorch 2: SymInt.node is a SymNode
    if hasattr(size, "get_pyobj"):
        return size.get_pyobj().expr  # PyTorch 1.13: SymIntNode wraps a PySymInt
    return size.expr  # PyTorch 1.13: PySymInt
