# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""End to end on the torch.export test models: export -> import -> fx-opt (type check against
PyTorch, the export pipeline) -> export back -> run -> compare with PyTorch.

  python utils/export_e2e.py --fx-opt build/bin/fx-opt [--models mlp,cond] [--strict]
      [--passes "--fx-infer-types=mode=check --fx-export-pipeline"]
For each model the graph of `torch.export.export` (static, or with the model's Dims) goes
through fx-opt; the result, run on the program's parameters, buffers and constants and the
example inputs, must give every output of the exported program itself (buffer mutations
included) within the model's tolerance. One line per model; exit status 1 if any fails.
"""

import argparse
import os
import shlex
import subprocess
import sys

_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(_ROOT, "python"))
sys.path.insert(0, os.path.join(_ROOT, "test", "Inputs"))

import torch  # noqa: E402

import export_models  # noqa: E402
from fx_mlir.exporter import export_graph_module  # noqa: E402
from fx_mlir.importer import import_graph_module  # noqa: E402

_DEFAULT_PASSES = "--fx-infer-types=mode=check --fx-export-pipeline"


def _program_arguments(ep, inputs):
    """The flat arguments of `ep.graph_module`: lifted parameters, buffers and constants in
    signature order, then the user inputs."""
    kinds = torch.export.graph_signature.InputKind
    user_inputs = iter(inputs)
    values = []
    for spec in ep.graph_signature.input_specs:
        if spec.kind == kinds.USER_INPUT:
            values.append(next(user_inputs))
        elif spec.kind in (kinds.PARAMETER, kinds.BUFFER) and spec.target in ep.state_dict:
            values.append(ep.state_dict[spec.target].clone())
        else:
            values.append(ep.constants[spec.target].clone())
    return values


def _same(expected, actual, atol):
    if isinstance(expected, torch.Tensor):
        return (isinstance(actual, torch.Tensor) and expected.shape == actual.shape
                and expected.dtype == actual.dtype and torch.allclose(expected, actual, rtol=1e-4, atol=atol))
    if isinstance(expected, (tuple, list)):
        return (isinstance(actual, (tuple, list)) and len(expected) == len(actual)
                and all(_same(e, a, atol) for e, a in zip(expected, actual)))
    return expected == actual


def run_model(name, fx_opt, passes, strict):
    ep = export_models.export(name, strict=strict)
    _, inputs, _ = export_models.build(name)
    text = import_graph_module(ep.graph_module, name)
    result = subprocess.run([fx_opt, "-mlir-print-debuginfo", *shlex.split(passes)],
                            input=text, capture_output=True, text=True)
    if result.returncode != 0:
        first_error = next((line for line in result.stderr.splitlines() if "error:" in line), result.stderr)
        return f"fx-opt failed: {first_error.strip()}"
    exported = export_graph_module(result.stdout, root=ep.graph_module)
    with torch.no_grad():
        expected = ep.graph_module(*_program_arguments(ep, inputs))
        actual = exported(*_program_arguments(ep, inputs))
    if not _same(expected, actual, export_models.MODELS[name].atol):
        return "outputs differ from the exported program's"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fx-opt", default="fx-opt")
    parser.add_argument("--models", help="comma-separated names (default: all test models)")
    parser.add_argument("--strict", action="store_true", help="export with strict=True (TorchDynamo)")
    parser.add_argument("--passes", default=_DEFAULT_PASSES, help=f"fx-opt arguments (default: {_DEFAULT_PASSES})")
    args = parser.parse_args()
    names = args.models.split(",") if args.models else list(export_models.MODELS)
    failures = 0
    for name in names:
        problem = run_model(name, args.fx_opt, args.passes, args.strict)
        print(f"{name}: {'ok' if problem is None else problem}")
        failures += problem is not None
    print(f"{len(names) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
