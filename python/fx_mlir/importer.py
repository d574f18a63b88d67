# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""torch.fx.GraphModule -> `fx` dialect text, through fx-translate.

The graph module is written as fx graph module JSON (docs/Translate.md, "Plain graph
modules": torch.export's program JSON extended with call_module / call_method / get_attr
nodes, Python's argument kinds and the submodule tree) with the `json` module; the C++
reader `fx-translate --import-fx-json` turns it into MLIR. Tensor metadata, SymInts,
dtypes, layouts and memory formats are written with torch.export's own serializer tables.
"""

import json
import operator
from typing import Any, Dict, Optional

import sympy
import torch
import torch.fx
from torch._export.serde import serialize as serde
from torch.fx.passes.shape_prop import TensorMetadata

from .cli import UserError
from .symbolic import symbolic_expression
from .translate import translated, write_text


class UnsupportedArgument(UserError, ValueError):
    """A node's argument has no counterpart in the `fx` dialect (e.g. an arbitrary Python object)."""


# Node input kinds of the program JSON (schema.py ArgumentKind).
_POSITIONAL, _KEYWORD = 1, 2


def import_graph_module(gm: torch.fx.GraphModule, name: Optional[str] = None,
                        fx_translate: Optional[str] = None) -> str:
    """The `fx.graph_module` text of `gm` (named `name`, by default its class name).

    `gm.static_sizes`, if set ({sympy symbol: int}, as tracing.trace records it), names
    symbols whose value is known to be fixed; they are written as those integers."""
    document = graph_module_document(gm, name or type(gm).__name__)
    # Metadata inline, as a reader of one graph expects it (and FileCheck tests).
    with translated(fx_translate, "--import-fx-json", write_text(json.dumps(document)), "graph.json", "graph.mlir",
                    "--mlir-print-local-scope") as target:
        with open(target) as f:
            return f.read()


def graph_module_document(gm: torch.fx.GraphModule, name: str) -> Dict[str, Any]:
    """The fx graph module JSON document (a dict) holding `gm` as `name`."""
    writer = _Writer(getattr(gm, "static_sizes", {}))
    return {"graph_modules": [{"name": name, "graph_module": writer.graph_module(gm)}]}


def target_name(target: Any) -> str:
    """The qualified name of a call_function target: `torch.ops.aten.add.Tensor`,
    `_operator.getitem`, `torch.relu` (the program JSON's spelling)."""
    if isinstance(target, str):
        return target
    if isinstance(target, (torch._ops.OpOverload, torch._ops.OpOverloadPacket, torch._ops.HigherOrderOperator)):
        # str() of an operator overload is its qualified name, e.g. `aten.add.Tensor`.
        namespace = "higher_order" if isinstance(target, torch._ops.HigherOrderOperator) else ""
        return "torch.ops." + (f"{namespace}.{target.name()}" if namespace else str(target))
    module = getattr(target, "__module__", None)
    qualname = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if module is None or qualname is None:
        raise ValueError(f"cannot name call_function target {target!r}")
    if module == "torch" and not hasattr(torch, qualname):
        # torch.relu's __qualname__ is `_VariableFunctionsClass.relu`; torch exposes it by __name__.
        qualname = target.__name__
    if module == "_operator" and getattr(operator, qualname, None) is not target:
        raise ValueError(f"call_function target {target!r} is not operator.{qualname}")
    return f"{module}.{qualname}"


def _at_node(node, message):
    return f"node `{node.name}` ({node.op} {_node_target(node)}): {message}"


def _node_target(node):
    try:
        return target_name(node.target)
    except ValueError:
        return repr(node.target)


# node.meta keys that are not metadata: the value (types carry it) and what the serializer
# writes in its own form.
_NOT_METADATA = frozenset({"val", "example_value", "tensor_meta", "stack_trace", "nn_module_stack",
                           "torch_fn", "custom", "source_fn_stack", "from_node"})


def _module_type_name(module_type):
    if isinstance(module_type, str):
        return module_type
    return f"{module_type.__module__}.{module_type.__qualname__}"


def _get_attribute(gm, path):
    value = gm
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _float(value):
    """A float as the program JSON writes it: non-finite values by name."""
    return serde._dataclass_to_dict(float(value))


class _Writer:
    def __init__(self, static_sizes):
        self.static_sizes = static_sizes

    # Module structure ---------------------------------------------------------------------

    def graph_module(self, gm):
        attrs = [("parameter", path, tensor) for path, tensor in gm.named_parameters()]
        attrs += [("buffer", path, tensor) for path, tensor in gm.named_buffers()]
        declared = {path for _, path, _ in attrs}
        submodules = []
        for node in gm.graph.nodes:
            if node.op != "get_attr" or node.target in declared:
                continue
            value = _get_attribute(gm, node.target)
            if isinstance(value, torch.fx.GraphModule):
                submodules.append({"name": node.target, "graph_module": self.graph_module(value)})
            elif isinstance(value, torch.Tensor):
                attrs.append(("constant", node.target, value))
            else:
                raise ValueError(f"get_attr `{node.target}` names a {type(value).__name__}, not a tensor or graph module")
            declared.add(node.target)
        return {
            "graph": self.graph(gm),
            "module_attrs": [{"kind": kind, "name": path, "tensor_meta": self.tensor_meta(tensor)}
                             for kind, path, tensor in attrs],
            "submodules": submodules,
        }

    def graph(self, gm):
        self.tables = {"tensor_values": {}, "sym_int_values": {}, "value_types": {}}
        nodes, output = [], None
        for node in gm.graph.nodes:
            try:
                if node.op == "output":
                    (result,) = node.args
                    output = self.argument(result)
                else:
                    nodes.append(self.node(gm, node))
            except UnsupportedArgument as error:
                raise UnsupportedArgument(_at_node(node, str(error))) from None
        graph = {"inputs": [], "nodes": nodes, "output": output}
        graph.update(self.tables)
        return graph

    # Nodes --------------------------------------------------------------------------------

    def node(self, gm, node):
        record = {"op": node.op, "name": node.name, "target": node.target}
        if node.op == "call_function":
            record["target"] = target_name(node.target)
        elif node.op == "call_module":
            record["module_class"] = _module_type_name(type(gm.get_submodule(node.target)))
        if node.op == "placeholder":
            if node.args:
                record["default"] = self.argument(node.args[0])
        else:
            record["inputs"] = [{"name": "", "arg": self.argument(arg), "kind": _POSITIONAL} for arg in node.args]
            record["inputs"] += [{"name": key, "arg": self.argument(value), "kind": _KEYWORD}
                                 for key, value in node.kwargs.items()]
        has_result = self.record_type(gm, node)
        if node.op in ("call_function", "call_method", "call_module"):
            record["outputs"] = [{"as_value": {"name": node.name}}] if has_result else []
        record["metadata"] = self.metadata(node)
        return record

    def argument(self, value):
        """The Argument union of an FX argument."""
        if isinstance(value, torch.fx.Node):
            return {"as_value": {"name": value.name}}
        if value is None:
            return {"as_none": True}
        if isinstance(value, bool):
            return {"as_bool": value}
        if isinstance(value, int):
            return {"as_int": value}
        if isinstance(value, float):
            return {"as_float": _float(value)}
        if isinstance(value, complex):
            return {"as_complex": {"real": _float(value.real), "imag": _float(value.imag)}}
        if isinstance(value, str):
            return {"as_string": value}
        if isinstance(value, list):
            return {"as_list": [self.argument(item) for item in value]}
        if isinstance(value, tuple):
            return {"as_tuple": [self.argument(item) for item in value]}
        if isinstance(value, dict):
            if not all(isinstance(key, str) for key in value):
                raise ValueError(f"dict keys must be strings, got {list(value)!r}")
            return {"as_dict": [{"key": key, "value": self.argument(item)} for key, item in value.items()]}
        if isinstance(value, slice):
            return {"as_slice": {"start": self.argument(value.start), "stop": self.argument(value.stop),
                                 "step": self.argument(value.step)}}
        if value is Ellipsis:
            return {"as_ellipsis": True}
        if isinstance(value, (torch._ops.OpOverload, torch._ops.HigherOrderOperator)):
            # auto_functionalized's op: torch.export's Argument spells it as a target.
            return {"as_operator": target_name(value)}
        if isinstance(value, torch.dtype):
            return {"as_scalar_type": serde._TORCH_TO_SERIALIZE_DTYPE[value]}
        if isinstance(value, torch.layout):
            return {"as_layout": serde._TORCH_TO_SERIALIZE_LAYOUT[value]}
        if isinstance(value, torch.memory_format):
            return {"as_memory_format": serde._TORCH_TO_SERIALIZE_MEMORY_FORMAT[value]}
        if isinstance(value, torch.device):
            return {"as_device": {"type": value.type, "index": value.index}}
        raise UnsupportedArgument(f"cannot represent FX argument {value!r} of type {type(value).__name__}")

    def metadata(self, node):
        """node.meta in the program JSON's string form (as torch.export's serializer
        writes it)."""
        meta = node.meta
        metadata = {}
        stack_trace = meta.get("stack_trace") or getattr(node, "stack_trace", None)
        if stack_trace:
            metadata["stack_trace"] = stack_trace
        if "nn_module_stack" in meta:
            metadata["nn_module_stack"] = ";".join(
                f"{key},{path},{_module_type_name(module_type)}"
                for key, (path, module_type) in meta["nn_module_stack"].items())
        if "torch_fn" in meta:
            metadata["torch_fn"] = ";".join(meta["torch_fn"])
        if "custom" in meta:
            # As torch.export's serializer writes it: json.dumps keeps a non-finite float a
            # number (bare NaN, Infinity) and an int of any size exact.
            metadata["custom"] = json.dumps(dict(meta["custom"]))
        # source_fn_stack and from_node as the serializer writes them.
        serializer = serde.GraphModuleSerializer(None, None)
        if meta.get("source_fn_stack"):
            metadata["source_fn_stack"] = ";".join(
                f"{name},{serializer.serialize_operator(fn)}" for name, fn in meta["source_fn_stack"])
        if "from_node" in meta:
            metadata["from_node"] = json.dumps(serializer._serialize_from_node(meta["from_node"]))
        # Any other key the serializer drops, as JSON text: values JSON holds, and an op
        # overload (original_aten) by its name.
        for key, value in meta.items():
            if key in metadata or key in _NOT_METADATA:
                continue
            if isinstance(value, torch._ops.OpOverload):
                value = str(value)
            try:
                metadata[key] = json.dumps(value)
            except (TypeError, ValueError):
                pass  # no JSON form (e.g. a checkpoint policy enum): not carried
        return metadata

    # Types --------------------------------------------------------------------------------

    def record_type(self, gm, node):
        """Enter the type of `node`'s value in the graph's tables; False when it has no
        value."""
        if node.op == "call_function" and isinstance(node.target, torch._ops.OpOverload) \
                and not node.target._schema.returns:
            return False
        if node.op == "get_attr":
            value = _get_attribute(gm, node.target)
            if isinstance(value, torch.fx.GraphModule):
                self.tables["value_types"][node.name] = {"graph_module": None}
                return True
            if "val" not in node.meta and "tensor_meta" not in node.meta:
                self.record_value(node.name, value)
                return True
        for key in ("val", "example_value", "tensor_meta"):  # example_value: TorchDynamo's graphs
            if key in node.meta:
                self.record_value(node.name, node.meta[key])
                break
        return True

    def record_value(self, name, value):
        if isinstance(value, (torch.Tensor, TensorMetadata)):
            self.tables["tensor_values"][name] = self.tensor_meta(value)
        elif isinstance(value, (int, torch.SymInt)) and not isinstance(value, bool):
            self.tables["sym_int_values"][name] = self.sym_int(value)
        else:
            fx_type = self.fx_type(value)
            if fx_type is not None:
                self.tables["value_types"][name] = fx_type

    def fx_type(self, value):
        """The FxType union of a `val`; None when the dialect has no type for it."""
        if value is None:
            return {"none": None}
        if isinstance(value, (torch.Tensor, TensorMetadata)):
            return {"tensor": self.tensor_meta(value)}
        if isinstance(value, (tuple, list)):
            elements = [self.fx_type(item) for item in value]
            return {"tuple": [element or {"unknown": None} for element in elements]}
        if isinstance(value, (bool, torch.SymBool)):
            return {"sym_bool": None}
        if isinstance(value, (int, torch.SymInt)):
            return {"sym_int": self.sym_int(value)}
        if isinstance(value, (float, torch.SymFloat)):
            return {"sym_float": None}
        return None

    def sym_int(self, size):
        expr = sympy.sympify(symbolic_expression(size)) if not isinstance(size, int) else sympy.Integer(size)
        if self.static_sizes:
            expr = expr.subs(self.static_sizes)
        if expr.is_Integer:
            return {"as_int": int(expr)}
        return {"as_expr": {"expr_str": serde._print_sympy(expr), "hint": None}}

    def tensor_meta(self, value):
        return {
            "dtype": serde._TORCH_TO_SERIALIZE_DTYPE[value.dtype],
            "sizes": [self.sym_int(size) for size in value.shape],
            "layout": serde._TORCH_TO_SERIALIZE_LAYOUT[torch.strided],
        }
