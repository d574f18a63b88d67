# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s
"""source_fn_stack, seq_nr and original_aten leave fx-mlir as PyTorch wrote them:
  - a strict torch.export graph (TorchDynamo records source_fn_stack: a module class, a torch
    function, a C function, an operator), saved with torch.export.save and read by
    fx-translate --import-pt2, carries typed #fx.source_fn_stack attributes; written back by
    --export-pt2, every node's metadata in the archive's program JSON is byte for byte what
    torch.export.save wrote (from_node: the same JSON value), and torch.export.load gives
    back PyTorch's source_fn_stack;
  - through the FX-JSON importer and exporter, the graph's seq_nr and original_aten are typed
    (`fx.seq_nr = N : i64`, `#fx.operator<"aten...">`) and come back equal."""

import io
import json
import zipfile

import torch

from fx_mlir.exporter import export_graph_module
from fx_mlir.importer import import_graph_module
from fx_mlir.pt2 import import_program
from fx_mlir.translate import translated, write_text


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 4)

    def forward(self, x):
        return torch.relu(self.fc(x)) + torch.nn.functional.gelu(x) * 2


def node_metadata(archive):
    """{node name: its metadata dict} of the program JSON in a .pt2 archive."""
    with zipfile.ZipFile(archive) as zf:
        (name,) = [n for n in zf.namelist() if n.endswith("models/model.json")]
        program = json.loads(zf.read(name))
    return {node["outputs"][0]["as_tensor"]["name"]: node["metadata"]
            for node in program["graph_module"]["graph"]["nodes"]}


program = torch.export.export(Model(), (torch.randn(2, 4),), strict=True)
sources = {node.name: node.meta["source_fn_stack"] for node in program.graph.nodes
           if node.op == "call_function"}
assert len(sources) == 5 and all(sources.values()), sources

# 1. .pt2 -> fx: typed, no generic source_fn_stack.
text = import_program(program)
assert '"source_fn_stack"' not in text, text
for name, stack in sources.items():
    line = next(line for line in text.splitlines() if line.strip().startswith(f"%{name} = "))
    assert "fx.source_fn_stack = #source_fn_stack" in line, line
assert ('#fx.source_fn_stack<[["linear", "torch.nn.modules.linear.Linear"]]>' in text
        and '#fx.source_fn_stack<[["gelu", "torch._C._nn.gelu"]]>' in text
        and '#fx.source_fn_stack<[["add", "_operator.add"]]>' in text), text

# 2. fx -> .pt2: the metadata PyTorch wrote, byte for byte.
buffer = io.BytesIO()
torch.export.save(program, buffer)
theirs = node_metadata(buffer)
with translated(None, "--export-pt2", write_text(text), "program.mlir", "program.pt2") as archive:
    ours = node_metadata(archive)
    loaded = torch.export.load(archive)
# from_node is the same JSON value; fx-mlir writes it compact with sorted keys where
# PyTorch's json.dumps writes `, `/`: ` separators in NodeSource.to_dict's order.
for name in theirs:
    assert json.loads(ours[name].pop("from_node")) == json.loads(theirs[name].pop("from_node")), name
assert ours == theirs, (ours, theirs)
assert all("source_fn_stack" in metadata for metadata in ours.values()), ours
back = {node.name: node.meta.get("source_fn_stack") for node in loaded.graph.nodes
        if node.op == "call_function"}
assert back == sources, (back, sources)

# 3. FX JSON: seq_nr and original_aten typed, and back as PyTorch's values.
gm = program.graph_module
calls = [node for node in gm.graph.nodes if node.op == "call_function"]
assert all(isinstance(node.meta.get("seq_nr"), int) and node.meta.get("original_aten") for node in calls)
mlir = import_graph_module(gm, "model")
for node in calls:
    line = next(line for line in mlir.splitlines() if line.strip().startswith(f"%{node.name} = "))
    assert f'fx.original_aten = #fx.operator<"{node.meta["original_aten"]}">' in line, line
    assert f'fx.seq_nr = {node.meta["seq_nr"]} : i64' in line, line
assert '"seq_nr"' not in mlir and '"original_aten"' not in mlir, mlir
exported = export_graph_module(mlir, root=gm)
for node in exported.graph.nodes:
    if node.op != "call_function":
        continue
    original = next(n for n in calls if n.name == node.name)
    for key in ("seq_nr", "source_fn_stack"):
        assert node.meta.get(key) == original.meta[key], (key, node.meta.get(key), original.meta[key])
    # The same op overload (OpOverload compares by identity; the graph's may be another
    # instance of it).
    aten = node.meta.get("original_aten")
    assert isinstance(aten, torch._ops.OpOverload) and aten.name() == original.meta["original_aten"].name(), aten
print("ok")
