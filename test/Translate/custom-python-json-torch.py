# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s %t
#
# Custom metadata holding what json.dumps writes and JSON lacks (bare
# Infinity, -Infinity, NaN; ints beyond int64) makes the trip torch.export.save
# -> fx-translate --import-pt2 -> fx-opt --fx-export-pipeline (through
# bytecode) -> fx-translate --export-pt2 -> torch.export.load. Every node's
# custom dict, and the graph module's, comes back as PyTorch loads it from its
# own archive: nan as nan, ints as ints of the same value, floats with their
# sign, strings that spell the tokens as strings. Each custom text is the one
# json.dumps writes of the dict with sorted keys and compact separators.

import json
import math
import os
import subprocess
import sys
import warnings
import zipfile

import torch

warnings.filterwarnings("ignore")
tmp = sys.argv[1]
os.makedirs(tmp, exist_ok=True)

inf, nan = float("inf"), float("nan")
CUSTOM = {
    # Non-finite floats, bare in json.dumps' text, and their names as strings.
    "add": {"lo": -inf, "hi": inf, "nan": nan, "NaN": "NaN", "s": "Infinity",
            "t": 'a" -Infinity', "nested": [nan, {"deep": [-inf, [inf]]}]},
    # Ints beyond int64 (2^63 and 2^64 - 1 are simdjson's uint64s, the others
    # beyond any 64 bits), next to the values JSON has.
    "relu": {"big": 2**70, "neg": -2**80, "u64": 2**63, "u64max": 2**64 - 1,
             "i64min": -2**63, "below": -2**63 - 1,
             "digits": -(10**4300 - 1), "small": 7, "one": 1.0, "nz": -0.0,
             "inf": inf, "list": [2**64, None, True, "x"]},
    # Only JSON: simdjson reads it whole.
    "mul": {"u": 2**63, "a": [1, "x"], "b": None, "c": False, "f": 0.1},
}
GRAPH_CUSTOM = {"g": -inf, "gb": 2**65, "gn": [nan]}


class Model(torch.nn.Module):
    def forward(self, x):
        return torch.relu(x + 1.0) * 2


program = torch.export.export(Model(), (torch.randn(3),))
for node in program.graph.nodes:
    if node.name in CUSTOM:
        node.meta["custom"] = CUSTOM[node.name]
program.graph_module.meta["custom"] = GRAPH_CUSTOM
original = os.path.join(tmp, "custom.pt2")
torch.export.save(program, original)


def run(*args):
    subprocess.run(args, check=True)


mlir, bytecode, exported_mlir, exported = (
    os.path.join(tmp, name) for name in
    ("custom.mlir", "custom.mlirbc", "exported.mlir", "exported.pt2"))
run("fx-translate", "--import-pt2", original, "-o", mlir)
run("fx-opt", mlir, "--emit-bytecode", "-o", bytecode)
run("fx-opt", "--fx-export-pipeline", bytecode, "-o", exported_mlir)
run("fx-translate", "--export-pt2", exported_mlir, "-o", exported)


def same(a, b):
    """Whether a and b are the same JSON value: same types, nan equal to nan,
    zeros of the same sign."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def customs(path):
    loaded = torch.export.load(path)
    nodes = {n.name: n.meta["custom"] for n in loaded.graph.nodes
             if "custom" in n.meta}
    return nodes, loaded.graph_module.meta.get("custom")


expected_nodes, expected_graph = customs(original)
actual_nodes, actual_graph = customs(exported)
# PyTorch's own round trip keeps the dicts; ours must give what it gives.
assert all(same(CUSTOM[name], expected_nodes[name]) for name in CUSTOM)
assert same(GRAPH_CUSTOM, expected_graph)
assert actual_nodes.keys() == expected_nodes.keys(), actual_nodes.keys()
for name, custom in expected_nodes.items():
    assert same(actual_nodes[name], custom), (name, actual_nodes[name])
assert same(actual_graph, expected_graph), actual_graph

with zipfile.ZipFile(exported) as archive:
    (model,) = [n for n in archive.namelist() if n.endswith("models/model.json")]
    document = json.loads(archive.read(model))
for node in document["graph_module"]["graph"]["nodes"]:
    name = node["outputs"][0]["as_tensor"]["name"]
    if name in CUSTOM:
        assert node["metadata"]["custom"] == json.dumps(
            CUSTOM[name], sort_keys=True, separators=(",", ":")), name
print("ok")
