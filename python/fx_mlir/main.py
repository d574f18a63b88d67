# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The `fx-mlir` command: PyTorch models in and out of the MLIR `fx` dialect."""

import argparse
import os
import subprocess
import sys
from typing import List, Optional

from .cli import UserError, check_output_path, run
from .compare import outputs_allclose
from .progress import Progress
from .models import input_shape
from .tools import find_tool, run_tool

DESCRIPTION = """\
PyTorch models in and out of the MLIR `fx` dialect, through fx-mlir's C++ tools
(fx-translate, fx-opt; found through FX_TRANSLATE / FX_OPT, FX_MLIR_BUILD_DIR/bin, PATH,
or the build/bin of the source tree). Only `import` of a model and `roundtrip` need torch.

Errors are one line on stderr and exit status 1; --debug shows the Python traceback.
Long commands draw a progress bar on stderr when it is a terminal (--quiet: none).
`fx-mlir COMMAND --help` explains each command's flags."""

TRACE_HELP = """\
trace modes (how a model becomes a graph):
  export          torch.export.export (the default): an ATen-level ExportedProgram with
                  parameters and buffers as inputs, nn_module_stack, torch_fn and stack traces;
                  saved as a .pt2 archive and read by `fx-translate --import-pt2` in C++.
  symbolic_trace  torch.fx.symbolic_trace: a torch-level graph (call_module, call_method nodes),
                  shape-propagated on random inputs of the given shapes.
  real            make_fx with real tensors: an ATen-level graph, parameters as get_attr nodes.
  fake            make_fx with fake tensors (no real computation).
  symbolic        make_fx with fake tensors and symbolic sizes (s0, s1, ...).
The last four go through python -m fx_mlir.import.

MODEL is FILE.py:CLASS or MODULE:CLASS (a class built with no arguments), or torchvision:NAME."""


def _is_archive(path: str) -> bool:
    return path.endswith(".pt2")


def _progress(args, stages: int) -> Progress:
    """The progress bar of a command of `stages` stages: on a terminal, unless --quiet."""
    return Progress(stages, enabled=False if getattr(args, "quiet", False) else None)


def _write(output: str, data: bytes) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    with open(output, "wb") as f:
        f.write(data)


def _read_fx(source: str, progress: Progress) -> bytes:
    """The fx dialect text of SOURCE: an .mlir file, or a .pt2 archive imported in C++."""
    if not os.path.isfile(source):
        raise UserError(f"no file `{source}`")
    if _is_archive(source):
        progress.stage(f"importing {source} with fx-translate")
        return run_tool("fx-translate", ["--import-pt2", source, "--mlir-print-debuginfo"])
    with open(source, "rb") as f:
        return f.read()


def _require_torch(what: str) -> None:
    import importlib.util

    if importlib.util.find_spec("torch") is None:
        raise UserError(f"{what} needs torch, which is not installed (the CPU build of torch==2.13.0: "
                        "see utils/requirements.txt)")


def _exported_program(args, progress: Progress):
    """The ExportedProgram of a .pt2 archive or of a model exported on random inputs."""
    import logging

    _require_torch(f"`fx-mlir {args.command}` of {args.source}")
    import torch

    source, shapes = args.source, args.input_shapes
    if not getattr(args, "debug", False):
        # Importing torch set its loggers' levels; a failing fake-tensor kernel logs its
        # traceback before raising, and the error is reported in one line below.
        logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)

    if _is_archive(source):
        if not os.path.isfile(source):
            raise UserError(f"no file `{source}`")
        progress.stage(f"loading {source} with torch.export.load")
        return torch.export.load(source)
    from .models import load_model

    torch.manual_seed(0)
    model, default_shapes = load_model(source)
    model.eval()
    shapes = shapes or default_shapes
    if shapes is None:
        raise UserError("--input-shape is required for this model")
    progress.stage(f"exporting {source} with torch.export")
    try:
        return torch.export.export(model, tuple(torch.randn(shape) for shape in shapes), strict=args.strict)
    except Exception as error:
        # PyTorch's first line says which op or guard failed.
        raise UserError(f"torch.export failed with inputs of shapes {shapes}: "
                        f"{str(error).strip().splitlines()[0]}") from error


def _import(args) -> int:
    check_output_path(args.output)
    if _is_archive(args.source):
        if args.trace != "export":
            raise UserError(f"a .pt2 archive is already exported; --trace {args.trace} applies to models")
        with _progress(args, 1) as progress:
            _write(args.output, _read_fx(args.source, progress))
        return 0
    if args.trace == "export":
        with _progress(args, 2) as progress:
            program = _exported_program(args, progress)
            from .pt2 import import_program

            progress.stage("importing the program with fx-translate")
            text = import_program(program, fx_translate=find_tool("fx-translate"))
            _write(args.output, text.encode())
        return 0
    import importlib

    _require_torch(f"--trace {args.trace}")
    argv = [args.source, "--trace", args.trace, "-o", args.output]
    for shape in args.input_shapes or []:
        argv += ["--input-shape", ",".join(map(str, shape))]
    if args.train:
        argv.append("--train")
    if args.name:
        argv += ["--name", args.name]
    # Errors reach this command's own one-line report, after the progress bar's line.
    module = importlib.import_module(".import", __package__)
    with _progress(args, 2) as progress:
        module.import_model(module.argument_parser().parse_args(argv), progress)
    return 0


def _export(args) -> int:
    if args.output == "-":
        raise UserError("-o OUT.pt2 (or OUT.json) is required")
    check_output_path(args.output)
    flag = "--export-pt2-json" if args.output.endswith(".json") else "--export-pt2"
    if not os.path.isfile(args.source):
        raise UserError(f"no file `{args.source}`")
    with _progress(args, 1) as progress:
        progress.stage(f"exporting {args.source} with fx-translate")
        run_tool("fx-translate", [flag, args.source, "-o", args.output])
    return 0


FORMATS = {".html": "html", ".htm": "html", ".svg": "svg", ".dot": "dot", ".gv": "dot"}


def _view(args) -> int:
    check_output_path(args.output)
    form = args.format or FORMATS.get(os.path.splitext(args.output)[1].lower()) or "html"
    with _progress(args, _is_archive(args.source) + 1 + (form == "svg")) as progress:
        text = _read_fx(args.source, progress)
        flag = "--fx-to-html" if form == "html" else "--fx-to-dot"
        progress.stage(f"drawing the graph with fx-translate {flag}")
        picture = run_tool("fx-translate", [flag], input=text)
        if form == "svg":
            progress.stage("rendering SVG with Graphviz's dot")
            picture = run_tool("dot", ["-Tsvg"], input=picture)
        _write(args.output, picture)
    return 0


def _roundtrip(args) -> int:
    import shlex

    fx_translate = find_tool("fx-translate")
    with _progress(args, 4 + bool(args.passes)) as progress:
        program = _exported_program(args, progress)
        import torch

        from .pt2 import export_program, import_program

        progress.stage("importing the program with fx-translate")
        text = import_program(program, fx_translate=fx_translate)
        if args.passes:
            progress.stage(f"fx-opt {args.passes}")
            # Not --mlir-print-local-scope: it leaves out the weights (dialect resources).
            text = run_tool("fx-opt", ["--mlir-print-debuginfo", *shlex.split(args.passes)],
                            input=text.encode()).decode()
        progress.stage("exporting the program with fx-translate")
        exported = export_program(text, fx_translate=fx_translate)
        if program.example_inputs is None:
            raise UserError("the program has no example inputs to run it on")
        inputs, kwargs = program.example_inputs
        progress.stage("running both programs")
        with torch.no_grad():
            same = outputs_allclose(program.module()(*inputs, **kwargs), exported.module()(*inputs, **kwargs),
                                    rtol=1e-4)
    print(f"outputs allclose: {same}")
    return 0 if same else 1


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(prog="fx-mlir", description=DESCRIPTION, formatter_class=formatter)
    parser.add_argument("--debug", action="store_true", help="show the Python traceback of an error")
    parser.add_argument("--quiet", action="store_true", help="no progress bar (drawn only when stderr is a terminal)")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND", required=True)

    def command(name, help, description, epilog=None):
        sub = commands.add_parser(name, help=help, description=description, epilog=epilog,
                                  formatter_class=formatter)
        # Also after the command; SUPPRESS keeps a --debug given before it.
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                         help="show the Python traceback of an error")
        sub.add_argument("--quiet", action="store_true", default=argparse.SUPPRESS,
                         help="no progress bar (drawn only when stderr is a terminal)")
        return sub

    def model_flags(sub):
        sub.add_argument("--input-shape", type=input_shape, action="append", dest="input_shapes",
                         metavar="D0,D1,...", help="shape of one float32 random input, once per input "
                         "(default for torchvision models: 1,3,224,224)")
        sub.add_argument("--strict", action="store_true",
                         help="torch.export in strict mode (TorchDynamo) instead of non-strict")

    sub = command("import", "a model or .pt2 archive -> fx dialect text",
                  "Import a PyTorch model, or a torch.export archive, as fx dialect MLIR text "
                  "(stack traces as locations).", TRACE_HELP)
    sub.add_argument("source", metavar="MODEL|ARCHIVE.pt2",
                     help="FILE.py:CLASS, MODULE:CLASS, torchvision:NAME, or a .pt2 archive "
                     "(read in C++: no torch needed)")
    sub.add_argument("--trace", default="export",
                     choices=("export", "symbolic_trace", "real", "fake", "symbolic"),
                     help="how to trace a model (default: export; see below)")
    model_flags(sub)
    sub.add_argument("--train", action="store_true",
                     help="trace in training mode (make_fx and symbolic_trace modes; default: eval)")
    sub.add_argument("--name", help="symbol of the fx.graph_module (make_fx and symbolic_trace modes; "
                     "default: the model's class name; export names it @model)")
    sub.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    sub.set_defaults(func=_import)

    sub = command("opt", "run fx-opt on fx dialect text (arguments passed through)",
                  "Run fx-opt: every argument after `opt` is fx-opt's, e.g.\n"
                  "  fx-mlir opt model.mlir --fx-infer-types=mode=check --fx-export-pipeline -o out.mlir\n"
                  "`fx-mlir opt --help` prints fx-opt's own help: all its passes and options.")
    sub.set_defaults(func=None)

    sub = command("export", "fx dialect text -> .pt2 archive or program JSON",
                  "Export the single fx.graph_module of an .mlir file as a torch.export archive "
                  "(torch.export.load runs it) or, for -o FILE.json, the program JSON. Runs "
                  "`fx-translate --export-pt2` (no torch needed).")
    sub.add_argument("source", metavar="INPUT.mlir", help="fx dialect text or bytecode")
    sub.add_argument("-o", "--output", default="-", metavar="OUT.pt2|OUT.json", help="output file (required)")
    sub.set_defaults(func=_export)

    sub = command("view", "a picture of the graph: HTML viewer, SVG or DOT",
                  "Draw the graphs of an .mlir file or .pt2 archive, clustered by graph module, graph "
                  "and nn_module_stack frame:\n"
                  "  html  one self-contained page (no network): collapsible module clusters, search by\n"
                  "        node name, a node's inputs, users, metadata and stack trace\n"
                  "  svg   Graphviz's rendering of the DOT (needs graphviz's `dot`)\n"
                  "  dot   Graphviz DOT text (fx-translate --fx-to-dot)")
    sub.add_argument("source", metavar="INPUT.mlir|ARCHIVE.pt2")
    sub.add_argument("--format", choices=("html", "svg", "dot"),
                     help="picture format (default: from the output's extension, else html)")
    sub.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    sub.set_defaults(func=_view)

    sub = command("roundtrip", "import, fx-opt, export back, run and compare",
                  "torch.export a model (or load a .pt2 archive), import it with fx-translate, run "
                  "fx-opt passes on it, export it back with fx-translate, torch.export.load that, run "
                  "both programs on the example inputs and compare the outputs (allclose, rtol 1e-4, "
                  "atol 1e-5). Exit status 0 when they agree, 1 when not.", TRACE_HELP.split("\n\n")[1])
    sub.add_argument("source", metavar="MODEL|ARCHIVE.pt2")
    model_flags(sub)
    sub.add_argument("--passes", default="", metavar="'FX-OPT ARGS'",
                     help="fx-opt arguments, written with `=`: --passes='--fx-export-pipeline' "
                     "(default: none)")
    sub.set_defaults(func=_roundtrip)
    return parser


def _opt(argv: List[str]) -> int:
    """fx-opt with `argv`: its diagnostics and exit status are the command's."""
    try:
        return subprocess.run([find_tool("fx-opt"), *argv]).returncode
    except UserError as error:
        print(f"fx-mlir: error: {error}", file=sys.stderr)
        return 1


def main(argv: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # fx-opt's arguments pass through untouched, --help included.
    first = next((k for k, arg in enumerate(argv) if not arg.startswith("-")), None)
    if first is not None and argv[first] == "opt" and set(argv[:first]) <= {"--debug", "--quiet"}:
        return _opt(argv[first + 1:])
    return run(lambda args: args.func(args), _parser(), argv)


__all__ = ["main"]
