# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Reads program JSON files as torch.export.load reads an archive's program
(torch/_export/serde/serialize.py, _bytes_to_dataclass: the bytes decoded as
UTF-8, json.loads, the schema's dataclasses) and prints, for each file, the
repr of the values at the paths given, or why PyTorch refuses the text:

    torch_read_program.py FILE... -- PATH...

A path names attributes, dict keys and list indices: `torch_version`,
`graph_module.graph.outputs.0`."""

import sys

from torch._export.serde import schema
from torch._export.serde.serialize import _bytes_to_dataclass

split = sys.argv.index("--")
for file in sys.argv[1:split]:
    with open(file, "rb") as f:
        data = f.read()
    try:
        program = _bytes_to_dataclass(schema.ExportedProgram, data)
    except (ValueError, RecursionError) as error:
        # UnicodeDecodeError and json.JSONDecodeError are ValueErrors.
        print(f"refused: {type(error).__name__}")
        continue
    for path in sys.argv[split + 1:]:
        value = program
        for name in path.split("."):
            if isinstance(value, list):
                value = value[int(name)]
            elif isinstance(value, dict):
                value = value[name]
            else:
                value = getattr(value, name)
        print(repr(value))
