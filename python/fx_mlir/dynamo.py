# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A torch.compile backend that imports every graph TorchDynamo hands it.

    import fx_mlir
    compiled = torch.compile(model, backend=fx_mlir.backend)
    compiled(x)                  # runs as eagerly as before
    fx_mlir.backend.graphs       # the `fx` dialect text of each captured graph, in order

`Backend(sink=f)` calls `f(text)` for each graph as well (to write it out or run fx-opt);
`Backend(prefix="p")` names the graph modules @p_0, @p_1, ... (default @graph_N).
The graphs are torch-level (TorchDynamo's): call_function nodes of torch functions, with
their nn_module_stack, source_fn_stack and stack traces; types come from the graph's
example values.
"""

from typing import Callable, List, Optional, Sequence

import torch

from .importer import import_graph_module


class Backend:
    def __init__(self, sink: Optional[Callable[[str], object]] = None, prefix: str = "graph") -> None:
        self.graphs: List[str] = []
        self.sink = sink
        self.prefix = prefix

    def __call__(self, gm: torch.fx.GraphModule, example_inputs: Sequence[torch.Tensor]) -> Callable[..., object]:
        text = import_graph_module(gm, f"{self.prefix}_{len(self.graphs)}")
        self.graphs.append(text)
        if self.sink is not None:
            self.sink(text)
        # Importing does not change what runs: the graph itself.
        return gm.forward


backend = Backend()
