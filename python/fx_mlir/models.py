"""Finding a model by the command-line spelling `torchvision:NAME`, `FILE.py:CLASS`,
`MODULE:CLASS`."""

import importlib
import importlib.util
import os

# torchvision classification models take ImageNet-sized images.
_TORCHVISION_INPUT_SHAPES = [[1, 3, 224, 224]]


def load_model(spec):
    """(an nn.Module, its default input shapes or None) for `spec`. torchvision models are
    built without pretrained weights (nothing is downloaded); classes with no arguments."""
    source, separator, name = spec.rpartition(":")
    if not separator or not source or not name:
        raise ValueError(f"model `{spec}` is not SOURCE:NAME")
    if source == "torchvision":
        import torchvision

        return torchvision.models.get_model(name, weights=None), _TORCHVISION_INPUT_SHAPES
    if source.endswith(".py"):
        module_name = os.path.splitext(os.path.basename(source))[0]
        loader_spec = importlib.util.spec_from_file_location(module_name, source)
        python_module = importlib.util.module_from_spec(loader_spec)
        loader_spec.loader.exec_module(python_module)
    else:
        python_module = importlib.import_module(source)
    return getattr(python_module, name)(), None
