# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""fx-mlir's Python side: PyTorch FX graphs to and from the MLIR `fx` dialect.

  trace(module, inputs, mode)          nn.Module -> GraphModule with node metadata
  import_graph_module(gm)              GraphModule -> `fx` dialect text
  export_graph_module(text, root=...)  `fx` dialect text -> GraphModule
  torch.compile(m, backend=backend)    import every graph TorchDynamo captures (backend.graphs)

`import fx_mlir` needs no torch: each name imports its module (and torch) when first used.
The `fx-mlir` command is fx_mlir.main (`python -m fx_mlir`).
"""

import importlib

# Public name -> the submodule defining it.
_EXPORTS = {
    "Backend": "dynamo",
    "backend": "dynamo",
    "export_graph_module": "exporter",
    "export_graph_modules": "exporter",
    "import_graph_module": "importer",
    "trace": "tracing",
}


def __getattr__(name):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'fx_mlir' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


__all__ = sorted(_EXPORTS)
