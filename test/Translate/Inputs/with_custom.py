# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes a program JSON file with one node's custom metadata set to a text,
as torch.export's serializer holds it (a string in the node's metadata):

    with_custom.py PROGRAM TEXT [NODE]

TEXT `-` is read from stdin; NODE is the node's index (1, linear_relu.json's
relu, by default)."""

import json
import sys

program, text = sys.argv[1], sys.argv[2]
node = int(sys.argv[3]) if len(sys.argv) > 3 else 1
with open(program) as f:
    document = json.load(f)
if text == "-":
    text = sys.stdin.read()
document["graph_module"]["graph"]["nodes"][node]["metadata"]["custom"] = text
json.dump(document, sys.stdout)
