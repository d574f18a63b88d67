"""Trace a PyTorch model and print it as `fx` dialect MLIR.

  python3 -m fx_mlir.import torchvision:resnet18 --trace fake -o resnet18.mlir
  python3 -m fx_mlir.import model.py:Net --input-shape 1,3,32,32 --trace symbolic_trace
"""

import argparse
import sys

import torch

from .importer import import_graph_module
from .models import load_model
from .tracing import TRACE_MODES, trace


def _shape(text):
    return [int(size) for size in text.split(",")] if text else []


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m fx_mlir.import", description=__doc__.splitlines()[0])
    parser.add_argument("model", help="torchvision:NAME, FILE.py:CLASS or MODULE:CLASS (built with no arguments)")
    parser.add_argument("--trace", choices=TRACE_MODES, default="fake", help="how to trace (default: fake)")
    parser.add_argument(
        "--input-shape", type=_shape, action="append", dest="input_shapes", metavar="D0,D1,...",
        help="shape of one float32 input, once per input (default for torchvision: 1,3,224,224)",
    )
    parser.add_argument("--train", action="store_true", help="trace in training mode (default: eval)")
    parser.add_argument("--name", help="symbol of the fx.graph_module (default: the model's class name)")
    parser.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    args = parser.parse_args(argv)

    torch.manual_seed(0)
    model, default_shapes = load_model(args.model)
    model.train(args.train)
    shapes = args.input_shapes or default_shapes
    if shapes is None:
        parser.error("--input-shape is required for this model")
    gm = trace(model, [torch.randn(shape) for shape in shapes], args.trace)
    text = import_graph_module(gm, args.name or type(model).__name__)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as output:
            output.write(text)


if __name__ == "__main__":
    main()
