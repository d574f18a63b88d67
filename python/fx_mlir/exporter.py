# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""`fx` dialect text -> torch.fx.GraphModule, through fx-translate.

`fx-translate --export-fx-json` writes the graph modules as fx graph module JSON
(docs/Translate.md); this module reads that JSON with the `json` module and builds the
GraphModules. Node names, args/kwargs and node.meta (stack_trace, nn_module_stack,
torch_fn, custom, as torch.export's deserializer reads them) come back as the importer
wrote them. Types become `val` as make_fx records it (fake tensors, tuples of them, None,
ints, SymInts, SymBools, SymFloats) and `tensor_meta` for tensors. Symbolic sizes are
SymInts of one ShapeEnv per document, over the document's own symbols (`s80`, `u0`), so
re-importing gives the same text. Strides are not in the dialect: tensor_meta records
contiguous ones.
"""

import importlib
import json
from typing import Any, List, Optional

import sympy
import torch
import torch.fx
from torch._export.serde import serialize as serde
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.experimental.symbolic_shapes import ShapeEnv
from torch.fx.passes.shape_prop import TensorMetadata
from torch.utils._sympy import functions as sympy_functions
from torch.utils._sympy.numbers import int_oo

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
    exporter = _Exporter(root, document)
    return [exporter.graph_module(entry["graph_module"], entry["name"], root) for entry in document["graph_modules"]]


def export_graph_module(text: str, root: Optional[torch.nn.Module] = None,
                        fx_translate: Optional[str] = None) -> torch.fx.GraphModule:
    """The single fx.graph_module of `text` as a torch.fx.GraphModule."""
    (gm,) = export_graph_modules(text, root, fx_translate)
    return gm


# The node metadata torch.export's serializer writes, each in its own form.
_SERIALIZED_KEYS = frozenset({"stack_trace", "nn_module_stack", "source_fn_stack", "torch_fn", "custom",
                              "from_node"})


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


def _expr_strs(value):
    """Every size expression (`expr_str`) in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "expr_str":
                yield item
            else:
                yield from _expr_strs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _expr_strs(item)


class _Exporter:
    def __init__(self, root, document):
        self.root = root
        self.shape_env = ShapeEnv()
        self.fake_mode = FakeTensorMode(shape_env=self.shape_env)
        self.symbols = {}  # symbol name -> sympy symbol, shared by every graph
        # Every symbol of the document is known before any value is made, so the fresh
        # unbacked symbols behind SymBools take names no graph uses.
        for expr_str in _expr_strs(document):
            self._expr(expr_str)

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
        if tag == "as_operator":
            return resolve_target(inner)
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
        # Keys the serializer does not know hold JSON text (the importer's generic form);
        # original_aten names an op overload.
        for key, text in metadata.items():
            if key in _SERIALIZED_KEYS:
                continue
            try:
                value = json.loads(text)
            except ValueError:
                meta[key] = text  # another writer's text, kept as it is
                continue
            meta[key] = resolve_target("torch.ops." + value) if key == "original_aten" else value
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

    def _expr(self, expr_str):
        """The sympy expression of `expr_str` over the document's symbols, each entered in the
        ShapeEnv when first seen."""
        expr = sympy.sympify(expr_str, locals=_SYMPY_LOCALS)
        for symbol in expr.free_symbols:
            if symbol.name in self.symbols:
                continue
            self.symbols[symbol.name] = symbol
            if symbol.name.startswith("u"):
                # The range ShapeEnv gives an unbacked int: none known.
                self.shape_env.constrain_symbol_range(symbol, compiler_min=-int_oo, compiler_max=int_oo)
                self.shape_env.unbacked_symint_counter = max(self.shape_env.unbacked_symint_counter,
                                                             int(symbol.name[1:]) + 1)
            else:
                # The range ShapeEnv gives a dynamic size (0 and 1 are specialized).
                self.shape_env.constrain_symbol_range(symbol, compiler_min=2, compiler_max=int_oo)
        return expr.subs({symbol: self.symbols[symbol.name] for symbol in expr.free_symbols})

    def _size(self, sym_int):
        """An int, or a SymInt of the document's ShapeEnv."""
        if "as_int" in sym_int:
            return sym_int["as_int"]
        return self.shape_env.create_symintnode(self._expr(sym_int["as_expr"]["expr_str"]), hint=None)

    def value_of(self, fx_type):
        """A `val` standing for a value of `fx_type`; _NO_VALUE when none can be made."""
        ((tag, inner),) = fx_type.items()
        if tag == "tensor":
            shape = [self._size(size) for size in inner["sizes"]]
            with self.fake_mode:
                return torch.empty(shape, dtype=serde._SERIALIZE_TO_TORCH_DTYPE[inner["dtype"]])
        if tag == "tuple":
            values = tuple(self.value_of(element) for element in inner)
            return _NO_VALUE if _NO_VALUE in values else values
        if tag == "none":
            return None
        if tag == "sym_int" and inner is not None:
            return self._size(inner)
        # The types carry no expression for these: fresh unbacked symbols stand for them.
        if tag == "sym_bool":
            return self.shape_env.create_unbacked_symbool()
        if tag == "sym_float":
            return self.shape_env.create_unbacked_symfloat()
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
            shape=torch.Size(shape),
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
