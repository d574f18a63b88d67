# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""fx-mlir's Python side: PyTorch FX graphs to and from the MLIR `fx` dialect.

  trace(module, inputs, mode)          nn.Module -> GraphModule with node metadata
  import_graph_module(gm)              GraphModule -> `fx` dialect text
  export_graph_module(text, root=...)  `fx` dialect text -> GraphModule
  torch.compile(m, backend=backend)    import every graph TorchDynamo captures (backend.graphs)
"""

from .dynamo import Backend, backend
from .exporter import export_graph_module, export_graph_modules
from .importer import import_graph_module
from .tracing import trace

__all__ = ["Backend", "backend", "export_graph_module", "export_graph_modules", "import_graph_module", "trace"]
