# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s
"""Open metadata and provenance leave fx-mlir in PyTorch's own form:
  - fx-decompose (recording provenance, its default), written by fx-translate --export-pt2 and read back with
    torch.export.load: every created node's meta["from_node"] is a list of PyTorch NodeSource
    objects naming fx-decompose and the node it was made from (as run_decompositions' own
    nodes name theirs), nested over what torch.export recorded, and PyTorch's
    get_graph_provenance_json reads them;
  - the replaced-op key list is PyTorch 2.13's _COPY_META_FIELDS, read from the listener's
    source table;
  - keys torch.export's serializer drops (seq_nr, partitioner_tag, original_aten, ...) cross the
    FX-JSON importer and exporter unchanged."""

import os
import re
import subprocess
import sys

import torch
from torch.fx.traceback import NodeSource, get_graph_provenance_json

from fx_mlir.exporter import export_graph_module
from fx_mlir.importer import import_graph_module
from fx_mlir.pt2 import export_program, import_program

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


class Model(torch.nn.Module):
    def forward(self, x, weight, bias):
        return torch.nn.functional.silu(torch.nn.functional.linear(x, weight, bias))


# 1. Provenance through a .pt2 archive.
program = torch.export.export(Model(), (torch.randn(2, 3), torch.randn(4, 3), torch.randn(4)))
text = import_program(program)
decomposed = subprocess.run(["fx-opt", "--fx-decompose", "--mlir-print-local-scope"],
                            input=text, capture_output=True, text=True, check=True).stdout
loaded = export_program(decomposed)
reference = program.run_decompositions()
theirs = {node.name: node.meta["from_node"][0] for node in reference.graph.nodes
          if node.op == "call_function"}
created = [node for node in loaded.graph.nodes if node.op == "call_function"]
assert created, "no nodes"
for node in created:
    sources = node.meta.get("from_node")
    assert isinstance(sources, list) and all(isinstance(s, NodeSource) for s in sources), (node, sources)
    (source,) = sources
    assert source.pass_name == "fx-decompose", source
    assert [a.name for a in source.action] == ["CREATE"], source
    # The node it came from, by name and target, as run_decompositions names it.
    pytorch = theirs[node.name]
    assert (source.name, source.target) == (pytorch.name, pytorch.target), (source, pytorch)
provenance = get_graph_provenance_json(loaded.graph)
assert set(provenance) == {node.name for node in created}, provenance
assert all(entries and entries[0]["pass_name"] == "fx-decompose" for entries in provenance.values()), provenance

# 2. The replaced-op table is PyTorch's.
with open(os.path.join(ROOT, "lib", "Dialect", "Fx", "Transforms", "NodeMetadata.cpp")) as file:
    table = re.search(r"kReplacedOpMetadataKeys\[\] = \{(.*?)\};", file.read(), re.S).group(1)
assert re.findall(r'"([^"]+)"', table) == torch.fx.proxy._COPY_META_FIELDS, table

# 3. Keys the serializer drops round-trip through the FX-JSON importer and exporter.
gm = torch.fx.symbolic_trace(lambda x: torch.relu(x) + 1)
relu = next(node for node in gm.graph.nodes if node.op == "call_function")
relu.meta.update({"seq_nr": 12, "partitioner_tag": "is_forward", "ac_graph_id": 3,
                  "has_backward_hook": True, "original_aten": torch.ops.aten.relu.default,
                  "custom": {"tag": "x"},
                  "from_node": [NodeSource(None, "earlier", torch.fx.traceback.NodeSourceAction.CREATE)]})
back = export_graph_module(import_graph_module(gm, "m"))
meta = next(node for node in back.graph.nodes if node.name == relu.name).meta
for key in ("seq_nr", "partitioner_tag", "ac_graph_id", "has_backward_hook", "original_aten", "custom"):
    assert meta.get(key) == relu.meta[key], (key, meta.get(key), relu.meta[key])
assert [s.to_dict() for s in meta["from_node"]] == [s.to_dict() for s in relu.meta["from_node"]], meta["from_node"]
print("ok")
