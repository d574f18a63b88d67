# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""torch.fx.GraphModule -> `fx` dialect text, in the custom form of docs/Dialect.md."""

import struct

import torch
import torch.fx

from . import vocabulary
from .locations import location_of_stack_trace
from .symbolic import SymbolNames, UnsupportedExpression, format_expression, symbolic_expression
from .text import format_float, quote

_INDENT = "  "

# Symbolic scalar classes across PyTorch versions (1.13 calls them SymIntNode and keeps the
# Python-side PySymInt; PyTorch 2 has SymInt/SymFloat/SymBool).
_SYM_INT_TYPES = tuple(
    cls for cls in (getattr(torch, "SymInt", None), getattr(torch, "SymIntNode", None)) if cls is not None
)
_SYM_FLOAT_TYPES = tuple(
    cls for cls in (getattr(torch, "SymFloat", None), getattr(torch, "SymFloatNode", None)) if cls is not None
)
_SYM_BOOL_TYPES = tuple(cls for cls in (getattr(torch, "SymBool", None),) if cls is not None)
try:  # PyTorch 1.13 only
    from torch.fx.experimental.symbolic_shapes import PySymFloat, PySymInt

    _SYM_INT_TYPES += (PySymInt,)
    _SYM_FLOAT_TYPES += (PySymFloat,)
except ImportError:
    pass

try:
    from torch.fx.passes.shape_prop import TensorMetadata
except ImportError:  # pragma: no cover - every supported torch has it
    TensorMetadata = ()


def import_graph_module(gm, name=None):
    """The `fx.graph_module` text of `gm` (named `name`, by default its class name).

    `gm.static_sizes`, if set ({sympy symbol: int}, as tracing.trace records it), names
    symbols whose value is known to be fixed; they print as those integers."""
    printer = _Printer(getattr(gm, "static_sizes", {}))
    printer.graph_module(gm, name or type(gm).__name__, depth=0)
    return "".join(printer.lines)


def _bare_or_quoted(name):
    return name if vocabulary.BARE_NAME.fullmatch(name) else quote(name)


def symbol_reference(path):
    """`@conv1.weight`; quoted when the path is not a bare identifier (`@"0.weight"`)."""
    return "@" + _bare_or_quoted(path)


def _format_custom_value(value):
    """An attribute in the generic form of the table in docs/Dialect.md (used in fx.custom)."""
    if value is None:
        return "#fx.none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value} : i64"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            # MLIR writes non-finite float attributes as their bit pattern.
            return f"0x{struct.unpack('<Q', struct.pack('<d', value))[0]:016X} : f64"
        return f"{format_float(value)} : f64"
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, list):
        return "[" + ", ".join(_format_custom_value(item) for item in value) + "]"
    if isinstance(value, tuple):
        return "#fx.tuple<[" + ", ".join(_format_custom_value(item) for item in value) + "]>"
    if isinstance(value, dict):
        return "#fx.dict<{" + ", ".join(
            f"{quote(_dict_key(key))} = {_format_custom_value(item)}" for key, item in value.items()
        ) + "}>"
    if isinstance(value, slice):
        return "#fx.slice<" + ", ".join(_format_custom_value(item) for item in (value.start, value.stop, value.step)) + ">"
    if value is Ellipsis:
        return "#fx.ellipsis"
    if isinstance(value, torch.dtype):
        return f"#fx.dtype<{vocabulary.torch_enum_name(value)}>"
    if isinstance(value, torch.device):
        return f"#fx.device<{quote(str(value))}>"
    if isinstance(value, torch.layout):
        return f"#fx.layout<{vocabulary.torch_enum_name(value)}>"
    if isinstance(value, torch.memory_format):
        return f"#fx.memory_format<{vocabulary.torch_enum_name(value)}>"
    raise ValueError(f"cannot represent custom metadata value {value!r}")


def _dict_key(key):
    if not isinstance(key, str):
        raise ValueError(f"dict keys must be strings, got {key!r}")
    return key


def _module_type_name(module_type):
    if isinstance(module_type, str):
        return module_type
    return f"{module_type.__module__}.{module_type.__qualname__}"


class _Printer:
    def __init__(self, static_sizes):
        self.lines = []
        self.static_sizes = static_sizes
        # Shared by the whole module so a symbol keeps its name in nested graphs.
        self.symbol_names = SymbolNames()

    def _emit(self, depth, text):
        self.lines.append(_INDENT * depth + text + "\n")

    # Module structure ---------------------------------------------------------------------

    def graph_module(self, gm, name, depth):
        self._emit(depth, f"fx.graph_module {symbol_reference(name)} {{")
        nested = {}
        for kind, path, tensor in self._module_attributes(gm, nested):
            self._emit(depth + 1, f"fx.module_attr {kind} {symbol_reference(path)} : {self.type_of(tensor)}")
        self._emit(depth + 1, "fx.graph @forward {")
        for node in gm.graph.nodes:
            self.node(gm, node, depth + 2)
        self._emit(depth + 1, "}")
        for path, submodule in nested.items():
            self.graph_module(submodule, path, depth + 1)
        self._emit(depth, "}")

    def _module_attributes(self, gm, nested):
        """(kind, path, tensor) of every parameter, buffer and get_attr tensor constant;
        fills `nested` with the graph modules that get_attr names."""
        attributes = [("parameter", path, tensor) for path, tensor in gm.named_parameters()]
        attributes += [("buffer", path, tensor) for path, tensor in gm.named_buffers()]
        declared = {path for _, path, _ in attributes}
        for node in gm.graph.nodes:
            if node.op != "get_attr" or node.target in declared:
                continue
            value = _get_attribute(gm, node.target)
            if isinstance(value, torch.fx.GraphModule):
                nested[node.target] = value
            elif isinstance(value, torch.Tensor):
                attributes.append(("constant", node.target, value))
            else:
                raise ValueError(f"get_attr `{node.target}` names a {type(value).__name__}, not a tensor or graph module")
            declared.add(node.target)
        return attributes

    # Nodes --------------------------------------------------------------------------------

    def node(self, gm, node, depth):
        operands = []
        result_type = self.result_type(gm, node)
        if node.op == "placeholder":
            default = f" = {self.argument(node.args[0], operands)}" if node.args else ""
            body = f"fx.placeholder {quote(node.target)}{default}"
        elif node.op == "get_attr":
            body = f"fx.get_attr {symbol_reference(node.target)}"
        elif node.op == "call_function":
            target = _bare_or_quoted(vocabulary.target_name(node.target))
            body = f"fx.call_function {target}{self.call_arguments(node, operands)}"
        elif node.op == "call_method":
            body = f"fx.call_method {node.target}{self.call_arguments(node, operands)}"
        elif node.op == "call_module":
            module_type = _module_type_name(type(gm.get_submodule(node.target)))
            body = f"fx.call_module {_bare_or_quoted(node.target)} {quote(module_type)}{self.call_arguments(node, operands)}"
        elif node.op == "output":
            body = f"fx.output{self.call_arguments(node, operands)}"
        else:
            raise ValueError(f"unknown FX opcode {node.op}")

        attributes = self.metadata(node)
        has_result = result_type is not None and node.op != "output"
        if not has_result and node.name != "output":
            attributes.insert(0, f"name = {quote(node.name)}")
        if attributes:
            body += " {" + ", ".join(attributes) + "}"
        operand_types = ", ".join(self.result_type(gm, operand) for operand in operands)
        if node.op in ("call_function", "call_method", "call_module"):
            body += f" : ({operand_types}) -> {result_type if has_result else '()'}"
        elif node.op == "output" and operands:
            body += f" : {operand_types}"
        elif node.op in ("placeholder", "get_attr"):
            body += f" : {result_type}"
        stack_trace = node.meta.get("stack_trace") or getattr(node, "stack_trace", None)
        if stack_trace:
            body += " " + location_of_stack_trace(stack_trace)
        self._emit(depth, f"%{node.name} = {body}" if has_result else body)

    def call_arguments(self, node, operands):
        texts = [self.argument(arg, operands) for arg in node.args]
        texts += [f"{key} = {self.argument(value, operands)}" for key, value in node.kwargs.items()]
        return "(" + ", ".join(texts) + ")"

    def argument(self, value, operands):
        """Python-call-syntax text of an FX argument; Nodes are appended to `operands`."""
        if isinstance(value, torch.fx.Node):
            operands.append(value)
            return f"%{value.name}"
        if value is None:
            return "None"
        if isinstance(value, bool):
            return "True" if value else "False"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return format_float(value)
        if isinstance(value, str):
            return quote(value)
        if isinstance(value, list):
            return "[" + ", ".join(self.argument(item, operands) for item in value) + "]"
        if isinstance(value, tuple):
            items = [self.argument(item, operands) for item in value]
            return "(" + items[0] + ",)" if len(items) == 1 else "(" + ", ".join(items) + ")"
        if isinstance(value, dict):
            return "{" + ", ".join(
                f"{quote(_dict_key(key))}: {self.argument(item, operands)}" for key, item in value.items()
            ) + "}"
        if isinstance(value, slice):
            parts = (self.argument(part, operands) for part in (value.start, value.stop, value.step))
            return "slice(" + ", ".join(parts) + ")"
        if value is Ellipsis:
            return "..."
        if isinstance(value, (torch.dtype, torch.layout, torch.memory_format)):
            return f"torch.{vocabulary.torch_enum_name(value)}"
        if isinstance(value, torch.device):
            return f"torch.device({quote(str(value))})"
        raise ValueError(f"cannot represent FX argument {value!r} of type {type(value).__name__}")

    def metadata(self, node):
        """The discardable fx.* attributes of `node` (docs/Dialect.md "Metadata")."""
        meta = node.meta
        attributes = []
        if "nn_module_stack" in meta:
            entries = ", ".join(
                f"[{quote(key)}, {quote(path)}, {quote(_module_type_name(module_type))}]"
                for key, (path, module_type) in meta["nn_module_stack"].items()
            )
            attributes.append(f"fx.nn_module_stack = #fx.nn_module_stack<[{entries}]>")
        if "torch_fn" in meta:
            name, qualified = meta["torch_fn"]
            attributes.append(f"fx.torch_fn = #fx.torch_fn<{quote(name)}, {quote(qualified)}>")
        if "custom" in meta:
            attributes.append(f"fx.custom = {_format_custom_value(dict(meta['custom']))}")
        return attributes

    # Types --------------------------------------------------------------------------------

    def result_type(self, gm, node):
        """The type of `node`'s value; None when it has no result."""
        if node.op == "output":
            return None
        if node.op == "call_function" and isinstance(node.target, torch._ops.OpOverload) and not node.target._schema.returns:
            return None
        if node.op == "get_attr":
            value = _get_attribute(gm, node.target)
            if isinstance(value, torch.fx.GraphModule):
                return "!fx.graph_module"
            if "val" not in node.meta and "tensor_meta" not in node.meta:
                return self.type_of(value)
        return self._recorded_type(node.meta)

    def _recorded_type(self, meta):
        if "val" in meta:
            return self.type_of(meta["val"])
        if "example_value" in meta:  # TorchDynamo's graphs (torch.compile backends)
            return self.type_of(meta["example_value"])
        if "tensor_meta" in meta:
            return self.type_of(meta["tensor_meta"])
        return "!fx.unknown"

    def type_of(self, value):
        """The type of a `val` (or tensor_meta, or a module tensor)."""
        if value is None:
            return "none"
        if isinstance(value, (torch.Tensor, TensorMetadata)):
            return self._tensor_type(value.shape, value.dtype)
        if isinstance(value, (tuple, list)):
            return "tuple<" + ", ".join(self.type_of(item) for item in value) + ">"
        if isinstance(value, bool) or isinstance(value, _SYM_BOOL_TYPES):
            return "!fx.sym_bool"
        if isinstance(value, int):
            return f"!fx.sym_int<{value}>"
        if isinstance(value, _SYM_INT_TYPES):
            try:
                return f"!fx.sym_int<{format_expression(self._size_expression(value), self.symbol_names)}>"
            except UnsupportedExpression:
                return "!fx.sym_int"
        if isinstance(value, float) or isinstance(value, _SYM_FLOAT_TYPES):
            return "!fx.sym_float"
        # A val of a kind the dialect has no type for is treated like a missing one.
        return "!fx.unknown"

    def _size_expression(self, size):
        expr = symbolic_expression(size)
        return expr.subs(self.static_sizes) if self.static_sizes else expr

    def _tensor_type(self, shape, dtype):
        element_type = vocabulary.ELEMENT_TYPE_BY_DTYPE.get(dtype)
        if element_type is None:
            raise ValueError(f"no MLIR element type for {dtype}")
        dims, expressions = [], []
        for size in shape:
            if isinstance(size, int):
                dims.append(str(size))
                continue
            expr = self._size_expression(size)
            if expr.is_Integer:
                dims.append(str(int(expr)))
                continue
            dims.append("?")
            expressions.append(expr)
        encoding = ""
        if expressions:
            try:
                texts = [format_expression(expr, self.symbol_names) for expr in expressions]
                encoding = ", #fx.dims<[" + ", ".join(texts) + "]>"
            except UnsupportedExpression:
                pass  # the `?` dims stay unknown
        return "tensor<" + "".join(dim + "x" for dim in dims) + element_type + encoding + ">"


def _get_attribute(gm, path):
    value = gm
    for part in path.split("."):
        value = getattr(value, part)
    return value
