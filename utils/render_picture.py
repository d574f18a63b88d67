# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Render the README's picture: a test model (test/Inputs/export_models.py) exported by
torch.export, imported by `fx-translate --import-pt2`, run through `fx-opt` (by default the
export pipeline recording provenance, so each node made by a pass has the pass's colour),
drawn by `--fx-to-dot` and rendered to SVG by Graphviz's `dot`.

  /work/venv/bin/python utils/render_picture.py [--model conv_bn_relu] [--build build]
      [--passes=--fx-export-pipeline] [-o docs/images/conv_bn_relu.svg]
"""

import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test", "Inputs"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="conv_bn_relu", help="a name in export_models.MODELS")
    parser.add_argument("--build", default=os.path.join(ROOT, "build"), help="the CMake build directory")
    parser.add_argument("--passes", default="--fx-export-pipeline",
                        help="fx-opt arguments run before drawing (empty: draw the import as is)")
    parser.add_argument("-o", "--output", help="the SVG (default: docs/images/MODEL.svg)")
    args = parser.parse_args()
    output = args.output or os.path.join(ROOT, "docs", "images", f"{args.model}.svg")

    import torch

    import export_models

    fx_translate = os.path.join(args.build, "bin", "fx-translate")
    fx_opt = os.path.join(args.build, "bin", "fx-opt")
    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "model.pt2")
        torch.export.save(export_models.export(args.model), archive)
        text = subprocess.run([fx_translate, "--import-pt2", archive], check=True,
                              capture_output=True).stdout
    if args.passes:
        text = subprocess.run([fx_opt, *args.passes.split()], input=text, check=True,
                              capture_output=True).stdout
    dot = subprocess.run([fx_translate, "--fx-to-dot"], input=text, check=True, capture_output=True).stdout
    svg = subprocess.run(["dot", "-Tsvg"], input=dot, check=True, capture_output=True).stdout
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "wb") as f:
        f.write(svg)
    print(f"{os.path.relpath(output, ROOT)}: {len(svg)} bytes")


if __name__ == "__main__":
    main()
