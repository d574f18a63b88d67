# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s %t
#
# Float args through fx-translate's .pt2 writer, read back by torch.export.load:
# whole floats stay floats and -0.0 keeps its sign (LLVM's JSON writer spelled
# them `1` and `-0`, which Python reads as the ints 1 and 0), and every float
# is spelled as torch.export.save spells it (Python's repr, as json.dumps
# writes it; non-finite values as the strings "Infinity", "-Infinity", "NaN").

import math
import os
import re
import subprocess
import sys
import warnings
import zipfile

import torch

warnings.filterwarnings("ignore")
tmp = sys.argv[1]
os.makedirs(tmp, exist_ok=True)

SCALARS = [1.0, -0.0, 0.0, 1e-05, 1e16, 1.5e16, 0.1, 100.0, -2.5, 2.0**-1074,
           float("inf"), float("-inf")]
SCALES = [2.0, 3.0]


class Model(torch.nn.Module):
    def forward(self, x):
        y = torch.ops.aten.add.Tensor(x, x, alpha=1.0)
        for value in SCALARS:
            y = torch.ops.aten.add.Scalar(y, value)
        y = torch.ops.aten.mul.Scalar(y, -0.0)
        return torch.ops.aten.upsample_nearest2d.vec(y, None, SCALES)


def float_args(program):
    """Every float a call node takes, with where it is."""
    found = []
    for node in program.graph.nodes:
        if node.op != "call_function":
            continue
        for i, arg in enumerate(list(node.args) + list(node.kwargs.values())):
            for value in arg if isinstance(arg, (list, tuple)) else [arg]:
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    found.append((node.name, i, value))
    return found


def float_texts(archive):
    """The text of every as_float and as_floats value in the program JSON."""
    with zipfile.ZipFile(archive) as z:
        name = next(n for n in z.namelist() if n.endswith("models/model.json"))
        text = z.read(name).decode()
    singles = re.findall(r'"as_float": ?("[^"]*"|[^,}\]]+)', text)
    lists = re.findall(r'"as_floats": ?\[([^\]]*)\]', text)
    return singles, [[v.strip() for v in l.split(",")] for l in lists]


ep = torch.export.export(Model(), (torch.randn(1, 1, 2, 2),))
saved = os.path.join(tmp, "torch.pt2")
torch.export.save(ep, saved)
mlir = os.path.join(tmp, "model.mlir")
written = os.path.join(tmp, "fx.pt2")
subprocess.run(["fx-translate", "--import-pt2", saved, "-o", mlir], check=True)
subprocess.run(["fx-translate", "--export-pt2", mlir, "-o", written],
               check=True)

# PyTorch reads back the same floats: type, value and sign.
expected = float_args(ep)
got = float_args(torch.export.load(written))
assert len(expected) == len(got) and len(expected) > len(SCALARS), (expected, got)
for (name, i, want), (_, _, have) in zip(expected, got):
    assert type(have) is type(want), f"{name} arg {i}: {have!r} for {want!r}"
    assert have == want and math.copysign(1, have) == math.copysign(1, want), \
        f"{name} arg {i}: {have!r} for {want!r}"

# The same text as torch.export.save writes.
torch_singles, torch_lists = float_texts(saved)
fx_singles, fx_lists = float_texts(written)
assert torch_singles == fx_singles, (torch_singles, fx_singles)
assert torch_lists == fx_lists, (torch_lists, fx_lists)
assert "-0.0" in fx_singles and "1.0" in fx_singles and "1e-05" in fx_singles
print("ok")
