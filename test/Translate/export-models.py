# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s %t | FileCheck %s
#
# Every torch.export test model (test/Inputs/export_models.py), as
# torch.export.export gives it and after run_decompositions(): torch.export.save
# -> fx-translate --import-pt2 -> --export-pt2 -> torch.export.load -> run. The
# outputs match the original program's within the model's tolerance, and
# every node keeps its name, target and metadata.

import os
import subprocess
import sys
import warnings

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Inputs"))
import export_models  # noqa: E402

warnings.filterwarnings("ignore")
tmp = sys.argv[1]
os.makedirs(tmp, exist_ok=True)
META_KEYS = ("stack_trace", "nn_module_stack", "torch_fn", "custom",
             "source_fn_stack")


def nodes(program):
    return [(n.op, n.name, str(n.target),
             {k: n.meta[k] for k in META_KEYS if k in n.meta})
            for gm in program.graph_module.modules()
            if isinstance(gm, torch.fx.GraphModule) for n in gm.graph.nodes]


def same(expected, actual, atol):
    if isinstance(expected, torch.Tensor):
        return (expected.shape == actual.shape and expected.dtype == actual.dtype
                and torch.allclose(expected, actual, rtol=1e-4, atol=atol))
    if isinstance(expected, (tuple, list)):
        return len(expected) == len(actual) and all(
            same(e, a, atol) for e, a in zip(expected, actual))
    return expected == actual


for name, case in export_models.MODELS.items():
    for decompose in (False, True):
        program = export_models.export(name)
        if decompose:
            program = program.run_decompositions()
        stem = os.path.join(tmp, name + ("_core" if decompose else ""))
        torch.export.save(program, stem + ".pt2")
        for flag, src, dst in (("--import-pt2", ".pt2", ".mlir"),
                               ("--export-pt2", ".mlir", ".rt.pt2")):
            subprocess.run(["fx-translate", flag, stem + src, "-o", stem + dst,
                            "--mlir-print-debuginfo"], check=True)
        loaded = torch.export.load(stem + ".rt.pt2")
        _, inputs, _ = export_models.build(name)
        ok = same(program.module()(*inputs), loaded.module()(*inputs), case.atol)
        ok &= nodes(loaded) == nodes(torch.export.load(stem + ".pt2"))
        ok &= str(loaded.graph_signature) == str(program.graph_signature)
        print(name, "core" if decompose else "training", "ok" if ok else "MISMATCH")
# CHECK-NOT: MISMATCH
# CHECK: mlp training ok
# CHECK: resize core ok
