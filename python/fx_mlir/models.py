# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Finding a model by the command-line spelling `torchvision:NAME`, `FILE.py:CLASS`,
`MODULE:CLASS`."""

import argparse
import importlib
import importlib.util
import os

from .cli import UserError

# torchvision classification models take ImageNet-sized images.
_TORCHVISION_INPUT_SHAPES = [[1, 3, 224, 224]]


def input_shape(text):
    """The sizes of the command-line spelling `D0,D1,...` of an input shape (an argparse type)."""
    try:
        sizes = [int(size) for size in text.split(",")] if text else []
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{text}` is not a comma-separated list of sizes") from None
    if any(size < 0 for size in sizes):
        raise argparse.ArgumentTypeError(f"`{text}` has a negative size")
    return sizes


def load_model(spec):
    """(an nn.Module, its default input shapes or None) for `spec`. torchvision models are
    built without pretrained weights (nothing is downloaded); classes with no arguments."""
    source, separator, name = spec.rpartition(":")
    if not separator or not source or not name:
        raise UserError(f"model `{spec}` is not SOURCE:NAME (torchvision:NAME, FILE.py:CLASS, MODULE:CLASS)")
    if source == "torchvision":
        try:
            import torchvision
        except ImportError:
            raise UserError("torchvision models need the torchvision package, which is not installed") from None
        try:
            return torchvision.models.get_model(name, weights=None), _TORCHVISION_INPUT_SHAPES
        except ValueError:
            raise UserError(f"torchvision has no model `{name}`") from None
    if source.endswith(".py"):
        if not os.path.isfile(source):
            raise UserError(f"no file `{source}`")
        module_name = os.path.splitext(os.path.basename(source))[0]
        loader_spec = importlib.util.spec_from_file_location(module_name, source)
        python_module = importlib.util.module_from_spec(loader_spec)
        loader_spec.loader.exec_module(python_module)
    else:
        try:
            python_module = importlib.import_module(source)
        except ModuleNotFoundError:
            raise UserError(f"no Python module `{source}`") from None
    model_class = getattr(python_module, name, None)
    if model_class is None:
        raise UserError(f"`{source}` has no `{name}`")
    return model_class(), None
