# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s %t | FileCheck %s
#
# fx-pt2 --fx-export-pipeline from torch.export.save's archive to an archive
# torch.export.load reads: the lowered program computes what the model
# computes in PyTorch, on the fixture models of utils/gen_pt2_fixtures.py
# exported afresh with this torch, and its calls are Core ATen as PyTorch
# tags them, as run_decompositions()'s are (a view's `*_copy`, which
# fx-replace-view-ops-with-view-copy makes, counts as its view; so does the
# _assert_scalar of fx-insert-runtime-asserts, as in torch.export's graphs).

# CHECK: linear_relu ok
# CHECK: conv_bn ok
# CHECK: dynamic ok
# CHECK: cond ok
# CHECK: buffer_mutation ok
# CHECK: constants ok
# CHECK: data_dependent ok
# CHECK: auto_functionalized ok
# CHECK: complex_scalars ok

import os
import subprocess
import sys
import warnings

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "utils"))
import gen_pt2_fixtures  # noqa: E402

warnings.filterwarnings("ignore")
tmp = sys.argv[1]
os.makedirs(tmp, exist_ok=True)


def is_core(op):
    packet = op.overloadpacket.__name__
    if packet == "_assert_scalar":
        return True
    if packet.endswith("_copy"):
        view = getattr(torch.ops.aten, packet[:-len("_copy")], None)
        if view is not None and hasattr(view, op._overloadname):
            op = getattr(view, op._overloadname)
    return torch.Tag.core in op.tags


def non_core_targets(program):
    """The call targets of `program` that PyTorch does not tag Core ATen."""
    return sorted({str(n.target)
                   for gm in program.graph_module.modules()
                   if isinstance(gm, torch.fx.GraphModule)
                   for n in gm.graph.nodes
                   if n.op == "call_function"
                   and isinstance(n.target, torch._ops.OpOverload)
                   and not is_core(n.target)})


for name, module, inputs, dynamic_shapes, decompose in gen_pt2_fixtures.models():
    program = torch.export.export(module, inputs, dynamic_shapes=dynamic_shapes)
    if decompose:
        program = program.run_decompositions({})
    original = os.path.join(tmp, name + ".pt2")
    lowered = os.path.join(tmp, name + ".core.pt2")
    torch.export.save(program, original)
    subprocess.run(["fx-pt2", original, "--fx-export-pipeline", "-o", lowered],
                   check=True)

    loaded = torch.export.load(lowered)
    gen_pt2_fixtures.assert_runs_as_model(name, module, inputs, loaded)
    # What PyTorch's own lowering leaves is the bar.
    theirs = non_core_targets(program.run_decompositions())
    ours = non_core_targets(loaded)
    assert set(ours) <= set(theirs), (name, ours, theirs)
    print(name, "ok")
