# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s %t | FileCheck %s
#
# PyTorch 2.13 records a node's stack_trace as `"".join(StackSummary.format()).strip()`:
# traceback.format_list's layout without the first frame's indent and the last newline.
# Every distinct stack_trace of the torch.export test models (test/Inputs/export_models.py)
# becomes, through fx-translate --import-pt2, a `loc("strip"(...))` whose frames are the
# trace's own `File "...", line N, in f` entries with their source lines, innermost first;
# --export-pt2 gives every trace back byte for byte.

import os
import re
import subprocess
import sys
import warnings

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "Inputs"))
import export_models  # noqa: E402

warnings.filterwarnings("ignore")
tmp = sys.argv[1]
os.makedirs(tmp, exist_ok=True)

_HEADER = re.compile(r'File "([^"]*)", line ([0-9]+), in (.*)')
# One frame of a location: fused<"source">["function"("file":line:0)].
_FRAME = re.compile(r'fused<"((?:[^"\\]|\\.)*)">\["((?:[^"\\]|\\.)*)"\("((?:[^"\\]|\\.)*)":([0-9]+):0\)\]')


def expected_frames(trace):
    """(file, line, function, source) per frame of a 2.13 trace, innermost first."""
    lines = trace.split("\n")
    frames = []
    for header, source in zip(lines[0::2], lines[1::2]):
        match = _HEADER.fullmatch(header.strip())
        frames.append((match.group(1), match.group(2), match.group(3), source.strip()))
    return frames[::-1]


def unescape(text):
    """An MLIR string literal's text: escapes are `\\` and two hex digits per byte."""
    return re.sub(rb"\\([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                  text.encode("utf-8")).decode("utf-8")


def traces(program):
    return {n.name: (n.op, n.meta["stack_trace"]) for n in program.graph.nodes if n.meta.get("stack_trace")}


total = calls = split = identical = 0
for name in export_models.MODELS:
    program = export_models.export(name)
    stem = os.path.join(tmp, name)
    torch.export.save(program, stem + ".pt2")
    subprocess.run(["fx-translate", "--import-pt2", stem + ".pt2", "--mlir-print-debuginfo",
                    "-o", stem + ".mlir"], check=True)
    inline = subprocess.run(["fx-translate", "--import-pt2", stem + ".pt2", "--mlir-print-debuginfo",
                             "--mlir-print-local-scope"], check=True, capture_output=True, text=True)
    locations = {}
    for line in inline.stdout.splitlines():
        node = re.match(r'\s*%(\S+) = fx\.call_function .* loc\((.*)\)$', line)
        if node:
            locations[node.group(1)] = node.group(2)
    subprocess.run(["fx-translate", "--export-pt2", stem + ".mlir", "-o", stem + ".rt.pt2"], check=True)
    back = traces(torch.export.load(stem + ".rt.pt2"))
    for node, (op, trace) in traces(program).items():
        total += 1
        location = locations.get(node, "")
        frames = [(unescape(f), line, unescape(fn), unescape(src))
                  for src, fn, f, line in _FRAME.findall(location)]
        # Calls carry the trace as their location (get_attr nodes elsewhere).
        calls += op == "call_function"
        if location.startswith('"strip"(') and frames == expected_frames(trace):
            split += 1
        elif op == "call_function":
            print(f"{name}: {node}: not split into its frames: {location}")
        if back.get(node) == (op, trace):
            identical += 1
        else:
            print(f"{name}: {node}: {back.get(node)!r} != {trace!r}")
print(f"{total} stack traces, {identical} byte-identical after export; {calls} of calls, {split} split into file:line frames")
# CHECK-NOT: not split
# CHECK-NOT: !=
# CHECK: [[N:[0-9]+]] stack traces, [[N]] byte-identical after export; [[CALLS:[0-9]+]] of calls, [[CALLS]] split into file:line frames
