# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""End to end: trace a model, import it to MLIR, pass it through fx-opt, export it back to a
GraphModule bound to the model's parameters, and compare outputs on a random input.

The route is fx graph module JSON both ways: the importer writes it and runs
`fx-translate --import-fx-json`, the exporter runs `fx-translate --export-fx-json` and reads
it. Without --passes, every node's metadata must come back key by key.

  /usr/bin/python3 utils/roundtrip.py torchvision:resnet18 --fx-opt build/bin/fx-opt
Exits non-zero when the outputs or the metadata differ, or the re-imported text is not the
original text.
"""

import argparse
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))

import torch  # noqa: E402

from fx_mlir.cli import UserError, add_debug_flag, run  # noqa: E402
from fx_mlir.compare import outputs_allclose  # noqa: E402
from fx_mlir.exporter import export_graph_module  # noqa: E402
from fx_mlir.importer import import_graph_module  # noqa: E402
from fx_mlir.models import load_model  # noqa: E402
from fx_mlir.tracing import TRACE_MODES, trace  # noqa: E402


def _parser():
    parser = argparse.ArgumentParser(prog="roundtrip.py", description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--trace", choices=TRACE_MODES, default="fake")
    parser.add_argument("--input-shape", default=None, help="D0,D1,... of the single input")
    parser.add_argument("--fx-opt", help="fx-opt binary; without it the text goes straight to the exporter")
    parser.add_argument(
        "--passes",
        default="",
        help="fx-opt arguments that transform the graph (e.g. --fx-export-pipeline); the re-imported "
        "text then differs from the original by design and only the outputs are compared",
    )
    add_debug_flag(parser)
    return parser


def _roundtrip(args):
    torch.manual_seed(0)
    model, default_shapes = load_model(args.model)
    model.eval()
    shape = [int(size) for size in args.input_shape.split(",")] if args.input_shape else default_shapes[0]
    traced = trace(model, [torch.randn(shape)], args.trace)
    text = import_graph_module(traced)
    if args.fx_opt:
        # Locations carry the stack traces; fx-opt prints them only with debuginfo.
        result = subprocess.run(
            [args.fx_opt, "-mlir-print-debuginfo", "--mlir-print-local-scope", *shlex.split(args.passes)],
            input=text,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            # fx-opt's diagnostics are the message; the traceback would only hide them.
            raise UserError(f"fx-opt failed (exit status {result.returncode}):\n{result.stderr.rstrip()}")
        text_after = result.stdout
    else:
        text_after = text
    exported = export_graph_module(text_after, root=model)
    sample = torch.randn(shape)
    with torch.no_grad():
        expected, actual = model(sample), exported(sample)
    same_outputs = outputs_allclose(expected, actual)
    if args.passes:
        print(f"outputs allclose: {same_outputs}")
        return 0 if same_outputs else 1
    same_text = import_graph_module(exported) == text
    same_meta = _metadata(traced) == _metadata(exported)
    print(f"outputs allclose: {same_outputs}; metadata equal: {same_meta}; re-imported text identical: {same_text}")
    return 0 if same_outputs and same_text and same_meta else 1


_META_KEYS = ("stack_trace", "nn_module_stack", "torch_fn", "custom")


def _metadata(gm):
    """{node name: {key: value}} of the metadata the route carries; module classes by
    qualified name (the exporter gives names, as torch.export's deserializer does)."""
    def normalize(key, value):
        if key == "nn_module_stack":
            return {k: (path, t if isinstance(t, str) else f"{t.__module__}.{t.__qualname__}")
                    for k, (path, t) in value.items()}
        return tuple(value) if key == "torch_fn" else value
    return {node.name: {key: normalize(key, node.meta[key]) for key in _META_KEYS if node.meta.get(key) is not None}
            for node in gm.graph.nodes}


if __name__ == "__main__":
    sys.exit(run(_roundtrip, _parser()))
