#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes an fx graph whose text nests SHAPE DEPTH levels deep to stdout.

The shapes are the five that overflowed fx-opt's stack before the input guard
(issue 15), each reached through fx syntax:

  graph_module   fx.graph_module @M { fx.graph_module @M { ...
  tuple_attr     {m = #fx.tuple<[#fx.tuple<[ ... ]>]>}
  array_attr     {k = [[[ ... ]]]}
  function_type  {f = (((i1) -> i1) -> i1) ...}
  tuple_type     : tuple<tuple<... i1 ...>>

and shapes that test the guard's scan:

  arrow_arrays   {k = [(i1) -> i1, [(i1) -> i1, ...]]}: `->` closes nothing
  set_arrays     {k = [affine_set<(d0) : (d0 >= 0)>, [...]]}: nor does `>=`
  string         {s = "\"[(<{..."}: brackets in a string (after an escaped
                 quote) do not nest
  comment        // [(<{... : nor do brackets in a comment

Every shape is well formed, so that a depth under the limit parses and prints.

    deep_nesting.py graph_module 100000 > deep.mlir
"""

import sys


def graph(node):
    return ("fx.graph_module @M {\n  fx.graph @forward {\n"
            '    %x = fx.placeholder "x" : !fx.unknown\n'
            f"    {node}\n"
            "    fx.output(None)\n  }\n}\n")


def nest(shape, depth):
    if shape == "graph_module":
        # Each module holds its graph and, but for the innermost, one nested
        # module.
        body = "fx.graph @forward {\n  fx.output(None)\n}\n"
        return ("fx.graph_module @M {\n" + body) * depth + "}\n" * depth
    if shape == "tuple_attr":
        attr = "#fx.tuple<[" * depth + "]>" * depth
        return graph(f"%t = fx.call_function t(%x) {{m = {attr}}} : (!fx.unknown) -> !fx.unknown")
    if shape == "array_attr":
        attr = "[" * depth + "]" * depth
        return graph(f"%t = fx.call_function t() {{k = {attr}}} : () -> !fx.unknown")
    if shape == "function_type":
        attr = "(" * depth + "i1" + ") -> i1" * depth
        return graph(f"%t = fx.call_function t() {{f = {attr}}} : () -> !fx.unknown")
    if shape == "tuple_type":
        type = "tuple<" * depth + "i1" + ">" * depth
        return graph(f"%t = fx.call_function t(%x) : (!fx.unknown) -> {type}")
    if shape in ("arrow_arrays", "set_arrays"):
        element = "(i1) -> i1" if shape == "arrow_arrays" else "affine_set<(d0) : (d0 >= 0)>"
        attr = f"[{element}, " * depth + element + "]" * depth
        return graph(f"%t = fx.call_function t() {{k = {attr}}} : () -> !fx.unknown")
    if shape == "string":
        return graph(f'%t = fx.call_function t() {{s = "\\"{"[(<{" * depth}"}} : () -> !fx.unknown')
    if shape == "comment":
        return graph("// " + "[(<{" * depth)
    raise SystemExit(f"unknown shape '{shape}'")


if __name__ == "__main__":
    sys.stdout.write(nest(sys.argv[1], int(sys.argv[2])))
