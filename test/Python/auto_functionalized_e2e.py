# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s | FileCheck %s
#
# Programs calling mutating custom ops (test/Inputs/mutating_ops.py), which torch.export
# wraps in auto_functionalized_v2 (or auto_functionalized), end to end: torch.export.save
# -> fx-translate --import-pt2 -> fx-opt (fx-infer-types=mode=check for v2: every type
# equals PyTorch's; fx-export-pipeline, whose Core ATen check passes the calls) ->
# fx-translate --export-pt2 -> torch.export.load -> run: outputs, mutated buffers and
# the mutated input equal the exported program's. The ops are registered in this process,
# which loads the archives. Then the same graphs through the fx graph module JSON.

import os
import subprocess
import sys
import warnings

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Inputs"))
import mutating_ops  # noqa: E402

from fx_mlir import exporter, importer, pt2  # noqa: E402

warnings.filterwarnings("ignore")


def same(expected, actual):
    if isinstance(expected, torch.Tensor):
        return expected.shape == actual.shape and expected.dtype == actual.dtype and torch.equal(expected, actual)
    return len(expected) == len(actual) and all(same(e, a) for e, a in zip(expected, actual))


def run(program):
    """Outputs, buffers and inputs after one call of a fresh module of `program` on fresh
    example inputs (the call mutates one)."""
    module = program.module()
    inputs = mutating_ops.example_inputs()
    with torch.no_grad():
        outputs = module(*inputs)
    return outputs, dict(module.named_buffers()), inputs


def check_program(label, v1, dynamic):
    program = mutating_ops.export(v1=v1, dynamic=dynamic)
    text = pt2.import_program(program)
    passes = ["--fx-export-pipeline=core-aten-severity=error"]
    if not v1:
        passes.insert(0, "--fx-infer-types=mode=check")
    result = subprocess.run(["fx-opt", "-mlir-print-debuginfo", *passes], input=text, capture_output=True, text=True)
    if result.returncode != 0:
        print(label, "fx-opt failed:", result.stderr)
        return
    loaded = pt2.export_program(result.stdout)
    hop = "auto_functionalized" if v1 else "auto_functionalized_v2"
    calls = [node for node in loaded.graph.nodes if node.target is getattr(torch.ops.higher_order, hop)]
    # The op argument is the registered OpOverload again, not a string.
    ops = sorted({str(node.args[0]) for node in calls if isinstance(node.args[0], torch._ops.OpOverload)})
    (outputs, buffers, inputs), (outputs2, buffers2, inputs2) = run(program), run(loaded)
    print(label, len(calls), hop, ops, "outputs, buffers and inputs equal:",
          same(outputs, outputs2) and buffers.keys() == buffers2.keys()
          and all(same(buffers[k], buffers2[k]) for k in buffers) and same(inputs, inputs2))


# CHECK: v2 static 4 auto_functionalized_v2 ['fx_mlir_test.accumulate_.default', 'fx_mlir_test.scale_.default'] outputs, buffers and inputs equal: True
check_program("v2 static", v1=False, dynamic=False)
# CHECK: v2 dynamic 4 auto_functionalized_v2 ['fx_mlir_test.accumulate_.default', 'fx_mlir_test.scale_.default'] outputs, buffers and inputs equal: True
check_program("v2 dynamic", v1=False, dynamic=True)
# CHECK: v1 static 4 auto_functionalized ['fx_mlir_test.accumulate_.default', 'fx_mlir_test.scale_.default'] outputs, buffers and inputs equal: True
check_program("v1 static", v1=True, dynamic=False)

# The fx graph module JSON carries the op argument too: the graph module that comes back
# computes what torch.export's does, given the same placeholders (buffers first).
program = mutating_ops.export()
gm = program.graph_module
text = importer.import_graph_module(gm)
# CHECK: fx.call_function higher_order.auto_functionalized_v2(torch.ops.fx_mlir_test.scale_.default, factor = 2.0, _x_base_index = 0, _all_bases = [%add])
print("\n".join(line.strip() for line in text.splitlines() if "auto_functionalized_v2(" in line))
back = exporter.export_graph_module(text)
state = [program.state_dict[name].clone() for name in ("total", "steps")]
arguments = [*state, *mutating_ops.example_inputs()]
with torch.no_grad():
    expected = gm(*[a.clone() for a in arguments])
    actual = back(*[a.clone() for a in arguments])
# CHECK: fx JSON outputs equal: True
print("fx JSON outputs equal:", same(list(expected), list(actual)))
