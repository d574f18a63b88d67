# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Reads the custom metadata of node 1 of program JSON files as
torch.export.load reads it (json.loads) and prints, for each file, the value's
repr and the text json.dumps writes of it with sorted keys and compact
separators, as a JSON string; or why Python refuses the text:

    python_json.py PROGRAM..."""

import json
import sys

for program in sys.argv[1:]:
    with open(program) as f:
        text = json.load(f)["graph_module"]["graph"]["nodes"][1]["metadata"]["custom"]
    try:
        value = json.loads(text)
    except ValueError as error:
        # json.JSONDecodeError is a ValueError, as is Python's refusal of an
        # int of too many digits.
        print(f"refused: {type(error).__name__}")
        continue
    print(repr(value))
    print(json.dumps(json.dumps(value, sort_keys=True, separators=(",", ":"))))
