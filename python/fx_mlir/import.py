# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Trace a PyTorch model and print it as `fx` dialect MLIR.

  python3 -m fx_mlir.import torchvision:resnet18 --trace fake -o resnet18.mlir
  python3 -m fx_mlir.import model.py:Net --input-shape 1,3,32,32 --trace symbolic_trace
"""

import argparse
import sys
from typing import Optional

import torch

from .cli import UserError, add_debug_flag, check_output_path, run
from .importer import import_graph_module
from .models import input_shape, load_model
from .progress import Progress
from .tracing import TRACE_MODES, trace


def argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python3 -m fx_mlir.import", description=__doc__.splitlines()[0])
    parser.add_argument("model", help="torchvision:NAME, FILE.py:CLASS or MODULE:CLASS (built with no arguments)")
    parser.add_argument("--trace", choices=TRACE_MODES, default="fake", help="how to trace (default: fake)")
    parser.add_argument(
        "--input-shape", type=input_shape, action="append", dest="input_shapes", metavar="D0,D1,...",
        help="shape of one float32 input, once per input (default for torchvision: 1,3,224,224)",
    )
    parser.add_argument("--train", action="store_true", help="trace in training mode (default: eval)")
    parser.add_argument("--name", help="symbol of the fx.graph_module (default: the model's class name)")
    parser.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar (drawn only when stderr is a terminal)")
    add_debug_flag(parser)
    return parser


def import_model(args: argparse.Namespace, progress: Optional[Progress] = None) -> None:
    """Trace the model `args` names and write its fx dialect text; `progress` (by default a
    bar drawn when stderr is a terminal, unless --quiet) is told the two stages."""
    if progress is None:
        with Progress(2, enabled=False if args.quiet else None) as progress:
            return import_model(args, progress)
    check_output_path(args.output)
    torch.manual_seed(0)
    model, default_shapes = load_model(args.model)
    model.train(args.train)
    shapes = args.input_shapes or default_shapes
    if shapes is None:
        raise UserError("--input-shape is required for this model")
    progress.stage(f"tracing {args.model} ({args.trace})")
    try:
        gm = trace(model, [torch.randn(shape) for shape in shapes], args.trace)
    except RuntimeError as error:
        # PyTorch's own message says which op and which shapes disagree.
        raise UserError(f"tracing failed with inputs of shapes {shapes}: {str(error).splitlines()[0]}") from error
    progress.stage(f"importing {len(gm.graph.nodes)} nodes with fx-translate")
    text = import_graph_module(gm, args.name or type(model).__name__)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w") as output:
            output.write(text)


def main(argv=None):
    return run(import_model, argument_parser(), argv)


if __name__ == "__main__":
    sys.exit(main())
