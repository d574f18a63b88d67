# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""`fx` dialect text -> torch.fx.GraphModule.

Node names, args/kwargs, nn_module_stack, torch_fn, custom and stack_trace come back as the
importer found them. Types become `val` (fake tensors, tuples of them, None, ints) and
`tensor_meta` for tensors; a symbolic tensor gets tensor_meta only, its `?` sizes as sympy
expressions over s0, s1, ... Strides are not in the dialect: tensor_meta records contiguous
ones.
"""

import torch
import torch.fx
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.passes.shape_prop import TensorMetadata

from . import parser as ir
from .symbolic import parse_expression
from .vocabulary import resolve_target


def export_graph_modules(text, root=None):
    """A torch.fx.GraphModule per top-level fx.graph_module of `text`.

    With `root` (the traced nn.Module), parameters, buffers, constants and call_module
    targets are `root`'s own objects at the same paths; without it, declared tensors are
    freshly allocated with the declared type (uninitialized values)."""
    exporter = _Exporter(root)
    return [exporter.graph_module(module) for module in ir.parse(text)]


def export_graph_module(text, root=None):
    """The single fx.graph_module of `text` as a torch.fx.GraphModule."""
    (gm,) = export_graph_modules(text, root)
    return gm


def _contiguous_strides(shape):
    strides, running = [], 1
    for size in reversed(shape):
        strides.append(running)
        running *= size
    return tuple(reversed(strides))


class _Exporter:
    def __init__(self, root):
        self.root = root
        self.fake_mode = FakeTensorMode()
        self.symbols = {}  # expression symbol name -> sympy symbol, shared by the whole text

    def graph_module(self, module, root=None):
        root = self.root if root is None else root
        holder = torch.nn.Module()
        for attribute in module.attributes:
            _assign(holder, attribute.path, attribute.kind, self._module_tensor(root, attribute))
        for submodule in module.submodules:
            nested_root = _lookup(root, submodule.name) if root is not None else None
            _assign(holder, submodule.name, "module", self.graph_module(submodule, nested_root))
        graph = torch.fx.Graph()
        nodes = {}
        for node in module.nodes:
            if node.op == "call_module":
                if root is None:
                    raise ValueError(f"call_module @{node.target} needs the original module as root")
                _assign(holder, node.target, "module", root.get_submodule(node.target))
            nodes[node.name] = self.node(graph, node, nodes)
        gm = torch.fx.GraphModule(holder, graph, module.name)
        # GraphModule copies only what the graph names; declared attributes are all kept.
        for attribute in module.attributes:
            if not _has_path(gm, attribute.path):
                _assign(gm, attribute.path, attribute.kind, _lookup(holder, attribute.path))
        return gm

    def _module_tensor(self, root, attribute):
        if root is not None:
            return _lookup(root, attribute.path)
        shape, dtype = attribute.type.shape, attribute.type.dtype
        if None in shape:
            raise ValueError(f"@{attribute.path} has a symbolic shape; pass the original module as root")
        tensor = torch.empty(shape, dtype=dtype)
        return torch.nn.Parameter(tensor, requires_grad=dtype.is_floating_point) if attribute.kind == "parameter" else tensor

    def node(self, graph, node, nodes):
        def resolve(value):
            if isinstance(value, ir.NodeRef):
                return nodes[value.name]
            if isinstance(value, list):
                return [resolve(item) for item in value]
            if isinstance(value, tuple):
                return tuple(resolve(item) for item in value)
            if isinstance(value, dict):
                return {key: resolve(item) for key, item in value.items()}
            if isinstance(value, slice):
                return slice(resolve(value.start), resolve(value.stop), resolve(value.step))
            return value

        target = resolve_target(node.target) if node.op == "call_function" else node.target
        fx_node = graph.create_node(node.op, target, resolve(node.args), resolve(node.kwargs), name=node.name)
        if fx_node.name != node.name:
            raise ValueError(f"node name `{node.name}` is not a valid FX name (FX chose `{fx_node.name}`)")
        self._set_meta(fx_node, node)
        return fx_node

    def _set_meta(self, fx_node, node):
        meta = fx_node.meta
        attributes = node.attributes
        if "fx.nn_module_stack" in attributes:
            meta["nn_module_stack"] = attributes["fx.nn_module_stack"]
        if "fx.torch_fn" in attributes:
            meta["torch_fn"] = attributes["fx.torch_fn"]
        if "fx.custom" in attributes:
            meta["custom"] = attributes["fx.custom"]
        if node.stack_trace is not None:
            meta["stack_trace"] = node.stack_trace
            fx_node.stack_trace = node.stack_trace
        if node.type is None:
            if node.op == "call_function":
                meta["val"] = None  # an operator that returns nothing
            return
        val = self.value_of(node.type)
        if val is not _NO_VALUE:
            meta["val"] = val
        tensor_meta = self.tensor_meta(node.type)
        if tensor_meta is not None:
            meta["tensor_meta"] = tensor_meta

    def value_of(self, type_):
        """A `val` standing for a value of `type_`; _NO_VALUE when none can be made."""
        if isinstance(type_, ir.TensorType):
            if None in type_.shape:
                return _NO_VALUE
            with self.fake_mode:
                return torch.empty(type_.shape, dtype=type_.dtype)
        if isinstance(type_, ir.TupleType):
            values = tuple(self.value_of(element) for element in type_.elements)
            return _NO_VALUE if _NO_VALUE in values else values
        if type_ == ir.OpaqueType("none"):
            return None
        if isinstance(type_, ir.ScalarType) and type_.kind == "sym_int" and type_.expression is not None:
            expr = parse_expression(type_.expression, self.symbols)
            if expr.is_Integer:
                return int(expr)
        return _NO_VALUE

    def tensor_meta(self, type_):
        """TensorMetadata for a tensor type, a tuple of them for a tuple of tensors; None for
        other types and unknown sizes."""
        if isinstance(type_, ir.TupleType):
            elements = tuple(self.tensor_meta(element) for element in type_.elements)
            return None if None in elements else elements
        if not isinstance(type_, ir.TensorType):
            return None
        return self._tensor_metadata(type_)

    def _tensor_metadata(self, tensor_type):
        expressions = iter(tensor_type.dim_expressions)
        shape = []
        for size in tensor_type.shape:
            if size is not None:
                shape.append(size)
            elif tensor_type.dim_expressions:
                shape.append(parse_expression(next(expressions), self.symbols))
            else:
                return None  # a `?` dim with nothing known about it
        strides = _contiguous_strides(shape)
        return TensorMetadata(
            shape=torch.Size(shape) if all(isinstance(size, int) for size in shape) else tuple(shape),
            dtype=tensor_type.dtype,
            requires_grad=False,
            stride=strides,
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
