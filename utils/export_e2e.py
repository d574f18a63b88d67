# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""End to end on the torch.export test models: export -> .pt2 -> fx-translate --import-pt2 ->
fx-opt (type check against PyTorch, the export pipeline) -> fx-translate --export-pt2 ->
torch.export.load -> run -> compare with PyTorch.

  python utils/export_e2e.py --fx-opt build/bin/fx-opt --fx-translate build/bin/fx-translate
      [--models mlp,cond] [--strict] [--passes "--fx-infer-types=mode=check --fx-export-pipeline"]
For each model the program of `torch.export.export` (static, or with the model's Dims) goes
through fx-opt; the program that comes back, run as a module on the example inputs, must give
the outputs and the mutated buffers of the exported program itself within the model's
tolerance. One line per model, then "N passed, N failed"; exit status 1 if any fails.
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
from fx_mlir.pt2 import TranslateError, export_program, import_program  # noqa: E402

_DEFAULT_PASSES = "--fx-infer-types=mode=check --fx-export-pipeline"


def _same(expected, actual, atol):
    if isinstance(expected, torch.Tensor):
        return (isinstance(actual, torch.Tensor) and expected.shape == actual.shape
                and expected.dtype == actual.dtype and torch.allclose(expected, actual, rtol=1e-4, atol=atol))
    if isinstance(expected, (tuple, list)):
        return (isinstance(actual, (tuple, list)) and len(expected) == len(actual)
                and all(_same(e, a, atol) for e, a in zip(expected, actual)))
    return expected == actual


def run_model(name, fx_opt, fx_translate, passes, strict):
    ep = export_models.export(name, strict=strict)
    _, inputs, _ = export_models.build(name)
    try:
        text = import_program(ep, fx_translate)
    except TranslateError as error:
        return f"fx-translate --import-pt2 failed: {str(error).splitlines()[0]}"
    result = subprocess.run([fx_opt, "-mlir-print-debuginfo", *shlex.split(passes)],
                            input=text, capture_output=True, text=True)
    if result.returncode != 0:
        first_error = next((line for line in result.stderr.splitlines() if "error:" in line), result.stderr)
        return f"fx-opt failed: {first_error.strip()}"
    try:
        exported = export_program(result.stdout, fx_translate)
    except TranslateError as error:
        return f"fx-translate --export-pt2 failed: {str(error).splitlines()[0]}"
    # Each program runs as a module of its own, so buffer mutations land in its own buffers.
    expected_module, actual_module = ep.module(), exported.module()
    with torch.no_grad():
        expected, actual = expected_module(*inputs), actual_module(*inputs)
    atol = export_models.MODELS[name].atol
    if not _same(expected, actual, atol):
        return "outputs differ from the exported program's"
    expected_buffers = dict(expected_module.named_buffers())
    actual_buffers = dict(actual_module.named_buffers())
    if expected_buffers.keys() != actual_buffers.keys() or not all(
            _same(expected_buffers[key], actual_buffers[key], atol) for key in expected_buffers):
        return "buffers after the run differ from the exported program's"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fx-opt", default="fx-opt")
    parser.add_argument("--fx-translate", default="fx-translate")
    parser.add_argument("--models", help="comma-separated names (default: all test models)")
    parser.add_argument("--strict", action="store_true", help="export with strict=True (TorchDynamo)")
    parser.add_argument("--passes", default=_DEFAULT_PASSES, help=f"fx-opt arguments (default: {_DEFAULT_PASSES})")
    args = parser.parse_args()
    names = args.models.split(",") if args.models else list(export_models.MODELS)
    failures = 0
    for name in names:
        problem = run_model(name, args.fx_opt, args.fx_translate, args.passes, args.strict)
        print(f"{name}: {'ok' if problem is None else problem}")
        failures += problem is not None
    print(f"{len(names) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
