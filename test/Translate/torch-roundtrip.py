# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s %fx_src_root/test/Translate/Inputs/handwritten.mlir %t
#
# .pt2 -> fx -> .pt2 with fx-translate alone, then torch.export.load: the
# program runs and gives the model's outputs, and every node keeps its name,
# target and metadata. Archives come from the fixture models of
# utils/gen_pt2_fixtures.py, exported afresh with this torch.

import os
import subprocess
import sys
import warnings

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "utils"))
import gen_pt2_fixtures  # noqa: E402

warnings.filterwarnings("ignore")
handwritten, tmp = sys.argv[1], sys.argv[2]
os.makedirs(tmp, exist_ok=True)

# The node metadata the .pt2 format carries, compared by value.
META_KEYS = ("stack_trace", "nn_module_stack", "torch_fn", "custom",
             "source_fn_stack")


def translate(flag, src, dst):
    # Stack traces are locations: the .mlir file must print them.
    subprocess.run(["fx-translate", flag, src, "-o", dst,
                    "--mlir-print-debuginfo"], check=True)


def nodes(program):
    return [(n.op, n.name, str(n.target),
             {k: n.meta[k] for k in META_KEYS if k in n.meta},
             sorted(n.meta.keys()))
            for gm in program.graph_module.modules()
            if isinstance(gm, torch.fx.GraphModule)
            for n in gm.graph.nodes]


for name, module, inputs, dynamic_shapes, decompose in gen_pt2_fixtures.models():
    program = torch.export.export(module, inputs, dynamic_shapes=dynamic_shapes)
    if decompose:
        program = program.run_decompositions({})
    original = os.path.join(tmp, name + ".pt2")
    torch.export.save(program, original)
    mlir = os.path.join(tmp, name + ".mlir")
    exported = os.path.join(tmp, name + ".rt.pt2")
    translate("--import-pt2", original, mlir)
    translate("--export-pt2", mlir, exported)

    loaded = torch.export.load(exported)
    gen_pt2_fixtures.assert_runs_as_model(name, module, inputs, loaded)
    assert nodes(loaded) == nodes(torch.export.load(original)), name
    assert str(loaded.graph_signature) == str(program.graph_signature), name
    assert loaded.range_constraints.keys() == program.range_constraints.keys()
    for symbol, bounds in program.range_constraints.items():
        assert str(loaded.range_constraints[symbol]) == str(bounds), name
    print(name, "ok")

# A graph module written in MLIR, with none of an archive's extra fields.
exported = os.path.join(tmp, "handwritten.pt2")
translate("--export-pt2", handwritten, exported)
loaded = torch.export.load(exported)
x = torch.tensor([10.0, 20.0])
assert torch.equal(loaded.module()(x), (x + torch.tensor([1.0, 2.0])) * 3)
add = next(n for n in loaded.graph.nodes if n.name == "add")
assert add.meta["custom"] == {"stage": "head", "n": 1}, add.meta
assert add.meta["torch_fn"] == ("add_1", "method_descriptor.add"), add.meta
assert add.meta["stack_trace"] == (
    '  File "model.py", line 3, in forward\n    return x + self.w\n'), add.meta
assert loaded.state_dict["w"].tolist() == [1.0, 2.0]
assert isinstance(loaded.state_dict["w"], torch.nn.Parameter)
# The unused buffer is state of the program.
assert loaded.state_dict["count"].tolist() == [7, 9], loaded.state_dict
assert loaded.state_dict["count"].dtype == torch.int64
print("handwritten ok")
