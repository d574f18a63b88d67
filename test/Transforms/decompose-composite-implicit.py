# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s %fx_src_root | FileCheck %s
"""Each row of fx-decompose's table says whether PyTorch decomposes its op by a
CompositeImplicitAutograd kernel (`compositeImplicit`), which decides the
original_aten of the nodes made of it (docs/Listener.md): checked here
against the PyTorch under test's dispatcher, row by row."""

import os
import re
import sys

import torch

root = os.path.join(sys.argv[1], "lib", "Dialect", "Fx", "Transforms")
sources = [os.path.join(root, "DecompositionTable.cpp")] + [
    os.path.join(root, "Decompositions", name) for name in ("Templates.cpp", "ExportOps.cpp")]
rows = {}
for source in sources:
    with open(source) as text:
        # A row: `    {"aten.op.overload",` up to the line that ends it with `},`.
        for match in re.finditer(r'^    \{"(aten\.[^"]+)",\n(.*?)\},$', text.read(), re.M | re.S):
            rows[match.group(1)] = "/*compositeImplicit=*/true" in match.group(2)

wrong = []
for target, flagged in sorted(rows.items()):
    name = "aten::" + target.split(".")[1]
    overload = target.split(".")[2]
    qualified = name if overload == "default" else f"{name}.{overload}"
    composite = torch._C._dispatch_has_kernel_for_dispatch_key(qualified, "CompositeImplicitAutograd")
    if flagged != composite:
        wrong.append(f"{target}: compositeImplicit={flagged}, PyTorch {composite}")
print(f"{len(rows)} rows, {sum(rows.values())} CompositeImplicitAutograd")
for line in wrong:
    print("wrong:", line)

# CHECK: 66 rows, 33 CompositeImplicitAutograd
# CHECK-NOT: wrong:
