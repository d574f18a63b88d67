# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch
# RUN: %python %s > %t.mlir
# RUN: FileCheck %s < %t.mlir
# RUN: fx-opt -mlir-print-debuginfo %t.mlir | %python %s --check-export
"""Every FX argument kind, metadata kind, a zero-result node and a nested graph module,
imported to text (checked below) and, after fx-opt, exported back (checked in Python)."""

import math
import operator
import sys

import torch
import torch.fx

from fx_mlir.exporter import export_graph_module
from fx_mlir.importer import import_graph_module

TRACE = '  File "model.py", line 12, in forward\n    y = self.conv(x)\n  File "conv.py", line 3, in conv\n    return F.conv(x)\n'


def build():
    graph = torch.fx.Graph()
    x = graph.placeholder("x")
    x.meta["val"] = torch.empty(2, 3)
    n = graph.placeholder("n", default_value=3)
    sub = graph.get_attr("sub")
    kinds = graph.call_function(
        operator.getitem,
        (x, (None, True, 7, -1.5, 1e-05, math.inf, -math.inf, 'q"\n\\', [1, (2,)], (), {"k": n}, slice(0, None, 2), ..., torch.float16)),
        {"device": torch.device("cuda:0"), "layout": torch.strided, "memory_format": torch.channels_last},
    )
    kinds.meta["custom"] = {"pass": "mine", "n": 1, "f": 0.5, "l": [True, None], "t": (1, "a"),
                            "inf": -math.inf, "big": 2**70}
    kinds.meta["torch_fn"] = ("getitem_0", "builtin_function_or_method.getitem")
    kinds.meta["stack_trace"] = TRACE
    relu = graph.call_function(torch.relu, (x,))
    relu.meta["val"] = torch.empty(2, 3)
    relu.meta["stack_trace"] = "not a python traceback"
    assertion = graph.call_function(torch.ops.aten._assert_async.default, (relu,))
    graph.output((relu, [sub]))
    sub_graph = torch.fx.Graph()
    sub_graph.output(sub_graph.placeholder("a"))
    root = torch.nn.Module()
    root.sub = torch.fx.GraphModule(torch.nn.Module(), sub_graph)
    return torch.fx.GraphModule(root, graph, "Kinds"), assertion.name


def check_export(text):
    original, assertion_name = build()
    exported = export_graph_module(text, root=original)
    nodes = {node.name: node for node in exported.graph.nodes}
    assert list(nodes) == [node.name for node in original.graph.nodes], list(nodes)
    kinds = nodes["getitem"]
    assert kinds.args[1][:4] == (None, True, 7, -1.5) and kinds.args[1][4] == 1e-05, kinds.args
    assert kinds.args[1][5:8] == (math.inf, -math.inf, 'q"\n\\'), kinds.args
    assert kinds.args[1][8:] == ([1, (2,)], (), {"k": nodes["n"]}, slice(0, None, 2), ..., torch.float16), kinds.args
    assert kinds.kwargs == {"device": torch.device("cuda:0"), "layout": torch.strided, "memory_format": torch.channels_last}
    assert kinds.meta["custom"] == {"pass": "mine", "n": 1, "f": 0.5, "l": [True, None], "t": [1, "a"],
                                    "inf": -math.inf, "big": 2**70}, kinds.meta["custom"]
    assert kinds.meta["torch_fn"] == ("getitem_0", "builtin_function_or_method.getitem")
    assert kinds.meta["stack_trace"] == TRACE, kinds.meta["stack_trace"]
    assert nodes["relu"].meta["stack_trace"] == "not a python traceback"
    assert nodes["relu"].target is torch.relu and nodes["relu"].meta["val"].shape == (2, 3)
    assert nodes[assertion_name].meta["val"] is None
    assert nodes["n"].args == (3,)
    assert isinstance(exported.sub, torch.fx.GraphModule)
    assert nodes["output"].args == ((nodes["relu"], [nodes["sub"]]),), nodes["output"].args
    print("export ok")


if __name__ == "__main__":
    if "--check-export" in sys.argv:
        check_export(sys.stdin.read())
    else:
        sys.stdout.write(import_graph_module(build()[0]))

# CHECK-LABEL: fx.graph_module @Kinds {
# CHECK-NEXT: fx.graph @forward {
# CHECK-NEXT: %x = fx.placeholder "x" : tensor<2x3xf32>
# CHECK-NEXT: %n = fx.placeholder "n" = 3 : !fx.unknown
# CHECK-NEXT: %sub = fx.get_attr @sub : !fx.graph_module
# CHECK-NEXT: %getitem = fx.call_function operator.getitem(%x, (None, True, 7, -1.5, 1.0e-05, inf, -inf, "q\22\0A\\", [1, (2,)], (), {"k": %n}, slice(0, None, 2), ..., torch.float16), device = torch.device("cuda:0"), layout = torch.strided, memory_format = torch.channels_last)
# custom is JSON, as torch.export writes it (json.dumps): keys sorted, the tuple a list,
# -inf a number (bare -Infinity), 2**70 exact.
# CHECK-SAME: {fx.custom = #fx.dict<{"big" = 1180591620717411303424 : i128, "f" = 5.000000e-01 : f64, "inf" = 0xFFF0000000000000 : f64, "l" = [true, #fx.none], "n" = 1 : i64, "pass" = "mine", "t" = [1, "a"]}>, fx.torch_fn = #fx.torch_fn<"getitem_0", "builtin_function_or_method.getitem">}
# CHECK-SAME: : (tensor<2x3xf32>, !fx.unknown) -> !fx.unknown
# CHECK-SAME: loc(callsite(fused<"return F.conv(x)">["conv"("conv.py":3:0)] at fused<"y = self.conv(x)">["forward"("model.py":12:0)]))
# CHECK-NEXT: %relu = fx.call_function torch.relu(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("not a python traceback")
# CHECK-NEXT: fx.call_function aten._assert_async.default(%relu) {name = "_assert_async_default"} : (tensor<2x3xf32>) -> ()
# CHECK-NEXT: fx.output((%relu, [%sub])) : tensor<2x3xf32>, !fx.graph_module
# CHECK-NEXT: }
# CHECK-NEXT: fx.graph_module @sub {
# CHECK-NEXT: fx.graph @forward {
# CHECK-NEXT: %a = fx.placeholder "a" : !fx.unknown
# CHECK-NEXT: fx.output(%a) : !fx.unknown
