# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""`fx` dialect text -> torch.fx.GraphModule, through fx-translate.

`fx-translate --export-fx-json` writes the graph modules as fx graph module JSON
(docs/Translate.md); this module reads that JSON with the `json` module and builds the
GraphModules. Node names, args/kwargs and node.meta (stack_trace, nn_module_stack,
torch_fn, custom, as torch.export's deserializer reads them) come back as the importer
wrote them. Types become `val` (fake tensors, tuples of them, None, ints) and
`tensor_meta` for tensors; a symbolic tensor gets tensor_meta only, its sizes as sympy
expressions. Strides are not in the dialect: tensor_meta records contiguous ones.
"""

import importlib
import json
from typing import Any, List, Optional

import sympy
import torch
import torch.fx
from torch._export.serde import serialize as serde
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.passes.shape_prop import TensorMetadata
from torch.utils._sympy import functions as sympy_functions

from .translate import translated, write_text


def export_graph_modules(text: str, root: Optional[torch.nn.Module] = None,
                         fx_translate: Optional[str] = None) -> List[torch.fx.GraphModule]:
    """A torch.fx.GraphModule per top-level fx.graph_module of `text`.

    With `root` (the traced nn.Module), parameters, buffers, constants and call_module
    targets are `root`'s own objects at the same paths; without it, declared tensors are
    freshly allocated with the declared type (uninitialized values)."""
    with translated(fx_translate, "--export-fx-json", write_text(text), "graph.mlir", "graph.json") as target:
        with open(target) as f:
            document = json.load(f)
    exporter = _Exporter(root)
    return [exporter.graph_module(entry["graph_module"], entry["name"], root) for entry in document["graph_modules"]]


def export_graph_module(text: str, root: Optional[torch.nn.Module] = None,
                        fx_translate: Optional[str] = None) -> torch.fx.GraphModule:
    """The single fx.graph_module of `text` as a torch.fx.GraphModule."""
    (gm,) = export_graph_modules(text, root, fx_translate)
    return gm


def resolve_target(name: str) -> Any:
    """A call_function target named as the program JSON names it (`torch.ops.aten.add.Tensor`,
    `_operator.getitem`, `torch.relu`): the longest importable module prefix, then
    attributes."""
    parts = name.split(".")
    for split in range(len(parts) - 1, 0, -1):
        value: Any
        try:
            value = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attribute in parts[split:]:
            value = getattr(value, attribute, None)
        if value is not None:
            return value
        break
    raise ValueError(f"unknown call_function target `{name}`")


def _contiguous_strides(shape):
    strides, running = [], 1
    for size in reversed(shape):
        strides.append(running)
        running *= size
    return tuple(reversed(strides))


# The sympy functions of PyTorch that size expressions use (srepr names them).
_SYMPY_LOCALS = {name: getattr(sympy_functions, name)
                 for name in ("FloorDiv", "CeilDiv", "Mod", "PythonMod", "CleanDiv")
                 if hasattr(sympy_functions, name)}


class _Exporter:
    def __init__(self, root):
        self.root = root
        self.fake_mode = FakeTensorMode()
        self.symbols = {}  # symbol name -> sympy symbol, shared by every graph

    def graph_module(self, module, name, root):
        holder = torch.nn.Module()
        for attr in module["module_attrs"]:
            _assign(holder, attr["name"], attr["kind"], self._module_tensor(root, attr))
        for submodule in module["submodules"]:
            nested_root = _lookup(root, submodule["name"]) if root is not None else None
            _assign(holder, submodule["name"], "module",
                    self.graph_module(submodule["graph_module"], submodule["name"], nested_root))
        graph = torch.fx.Graph()
        self.tables = module["graph"]
        nodes = {}
        for node in self.tables["nodes"]:
            if node["op"] == "call_module":
                if root is None:
                    raise ValueError(f"call_module {node['target']} needs the original module as root")
                _assign(holder, node["target"], "module", root.get_submodule(node["target"]))
            nodes[node["name"]] = self.node(graph, node, nodes)
        graph.output(self.argument(self.tables["output"], nodes))
        gm = torch.fx.GraphModule(holder, graph, name)
        # GraphModule copies only what the graph names; declared attributes are all kept.
        for attr in module["module_attrs"]:
            if not _has_path(gm, attr["name"]):
                _assign(gm, attr["name"], attr["kind"], _lookup(holder, attr["name"]))
        return gm

    def _module_tensor(self, root, attr):
        if root is not None:
            return _lookup(root, attr["name"])
        meta = attr["tensor_meta"]
        shape = [size.get("as_int") for size in meta["sizes"]]
        if None in shape:
            raise ValueError(f"@{attr['name']} has a symbolic shape; pass the original module as root")
        dtype = serde._SERIALIZE_TO_TORCH_DTYPE[meta["dtype"]]
        tensor = torch.empty(shape, dtype=dtype)
        if attr["kind"] == "parameter":
            return torch.nn.Parameter(tensor, requires_grad=dtype.is_floating_point)
        return tensor

    def argument(self, value, nodes):
        """The Python value of an Argument union."""
        ((tag, inner),) = value.items()
        if tag == "as_value":
            return nodes[inner["name"]]
        if tag == "as_none":
            return None
        if tag in ("as_bool", "as_int", "as_string"):
            return inner
        if tag == "as_float":
            return float(inner)  # also "Infinity", "-Infinity", "NaN"
        if tag == "as_complex":
            return complex(float(inner["real"]), float(inner["imag"]))
        if tag == "as_list":
            return [self.argument(item, nodes) for item in inner]
        if tag == "as_tuple":
            return tuple(self.argument(item, nodes) for item in inner)
        if tag == "as_dict":
            return {pair["key"]: self.argument(pair["value"], nodes) for pair in inner}
        if tag == "as_slice":
            return slice(*(self.argument(inner[key], nodes) for key in ("start", "stop", "step")))
        if tag == "as_ellipsis":
            return ...
        if tag == "as_scalar_type":
            return serde._SERIALIZE_TO_TORCH_DTYPE[inner]
        if tag == "as_layout":
            return serde._SERIALIZE_TO_TORCH_LAYOUT[inner]
        if tag == "as_memory_format":
            return serde._SERIALIZE_TO_TORCH_MEMORY_FORMAT[inner]
        if tag == "as_device":
            return torch.device(inner["type"], inner["index"])
        raise ValueError(f"unsupported argument kind `{tag}`")

    def node(self, graph, node, nodes):
        op = node["op"]
        if op == "placeholder":
            args = (self.argument(node["default"], nodes),) if "default" in node else ()
            kwargs = {}
        else:
            inputs = node.get("inputs", [])
            args = tuple(self.argument(i["arg"], nodes) for i in inputs if i["kind"] == 1)
            kwargs = {i["name"]: self.argument(i["arg"], nodes) for i in inputs if i["kind"] == 2}
        target = resolve_target(node["target"]) if op == "call_function" else node["target"]
        fx_node = graph.create_node(op, target, args, kwargs, name=node["name"])
        if fx_node.name != node["name"]:
            raise ValueError(f"node name `{node['name']}` is not a valid FX name (FX chose `{fx_node.name}`)")
        self._set_meta(fx_node, node)
        return fx_node

    def _set_meta(self, fx_node, node):
        metadata = node["metadata"]
        meta = fx_node.meta
        meta.update(serde.GraphModuleDeserializer().deserialize_metadata(metadata))
        if metadata.get("nn_module_stack") == "":
            meta["nn_module_stack"] = {}  # the root module's empty stack
        if "stack_trace" in meta:
            fx_node.stack_trace = meta["stack_trace"]
        if node["op"] == "call_function" and not node["outputs"]:
            meta["val"] = None  # an operator that returns nothing
            return
        fx_type = self._type_of(node["name"])
        if fx_type is None:
            return
        val = self.value_of(fx_type)
        if val is not _NO_VALUE:
            meta["val"] = val
        tensor_meta = self.tensor_meta(fx_type)
        if tensor_meta is not None:
            meta["tensor_meta"] = tensor_meta

    def _type_of(self, name):
        """The FxType of the value `name`, None when it is unknown."""
        if name in self.tables["tensor_values"]:
            return {"tensor": self.tables["tensor_values"][name]}
        if name in self.tables["sym_int_values"]:
            return {"sym_int": self.tables["sym_int_values"][name]}
        return self.tables["value_types"].get(name)

    def _size(self, sym_int):
        if "as_int" in sym_int:
            return sym_int["as_int"]
        expr = sympy.sympify(sym_int["as_expr"]["expr_str"], locals=_SYMPY_LOCALS)
        # One sympy symbol per name across graphs.
        return expr.subs({symbol: self.symbols.setdefault(symbol.name, symbol) for symbol in expr.free_symbols})

    def value_of(self, fx_type):
        """A `val` standing for a value of `fx_type`; _NO_VALUE when none can be made."""
        ((tag, inner),) = fx_type.items()
        if tag == "tensor":
            shape = [self._size(size) for size in inner["sizes"]]
            if not all(isinstance(size, int) for size in shape):
                return _NO_VALUE
            with self.fake_mode:
                return torch.empty(shape, dtype=serde._SERIALIZE_TO_TORCH_DTYPE[inner["dtype"]])
        if tag == "tuple":
            values = tuple(self.value_of(element) for element in inner)
            return _NO_VALUE if _NO_VALUE in values else values
        if tag == "none":
            return None
        if tag == "sym_int" and inner is not None:
            size = self._size(inner)
            return size if isinstance(size, int) else _NO_VALUE
        return _NO_VALUE

    def tensor_meta(self, fx_type):
        """TensorMetadata for a tensor type, a tuple of them for a tuple of tensors; None for
        other types."""
        ((tag, inner),) = fx_type.items()
        if tag == "tuple":
            elements = tuple(self.tensor_meta(element) for element in inner)
            return None if None in elements else elements
        if tag != "tensor":
            return None
        shape = [self._size(size) for size in inner["sizes"]]
        return TensorMetadata(
            shape=torch.Size(shape) if all(isinstance(size, int) for size in shape) else tuple(shape),
            dtype=serde._SERIALIZE_TO_TORCH_DTYPE[inner["dtype"]],
            requires_grad=False,
            stride=_contiguous_strides(shape),
            memory_format=torch.contiguous_format,
            is_quantized=False,
            qparams={},
        )


class _NoValue:
    """The type says too little to build a `val`."""


_NO_VALUE = _NoValue()


def _lookup(root, path):
    value = root
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _has_path(root, path):
    try:
        _lookup(root, path)
    except AttributeError:
        return False
    return True


def _assign(holder, path, kind, value):
    """Put `value` at the dotted `path` below `holder`, creating empty parent modules, as a
    parameter, buffer, submodule or plain (constant) attribute according to `kind`."""
    *parents, field = path.split(".")
    module = holder
    for part in parents:
        if not hasattr(module, part):
            module.add_module(part, torch.nn.Module())
        module = getattr(module, part)
    if kind == "parameter":
        module.register_parameter(field, value if isinstance(value, torch.nn.Parameter) else torch.nn.Parameter(value))
    elif kind == "buffer":
        module.register_buffer(field, value)
    elif kind == "module":
        module.add_module(field, value)
    else:
        setattr(module, field, value)
