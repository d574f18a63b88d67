# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A parser for the `fx` dialect's custom textual form, as docs/Dialect.md writes it and as
fx-opt prints it (including an enclosing `module { }`, `loc(...)` locations and `#alias = ...`
/ `!alias = ...` definitions).

It reads only this subset of MLIR and returns plain Python objects (below), which
exporter.py turns into a torch.fx.GraphModule.
"""

import re
import struct
from typing import List, NamedTuple, Optional

import torch

from . import vocabulary
from .locations import Frame, format_stack_trace
from .text import unquote


# Parsed form -------------------------------------------------------------------------------


class NodeRef(NamedTuple):
    """`%name` inside ARGS: the node named `name`."""

    name: str


class TensorType(NamedTuple):
    shape: tuple  # ints, None for `?`
    dtype: torch.dtype
    dim_expressions: tuple  # one expression text per `?` dim; empty when unknown


class TupleType(NamedTuple):
    elements: tuple


class ScalarType(NamedTuple):
    """`!fx.sym_int[<expr>]`, `!fx.sym_float`, `!fx.sym_bool`."""

    kind: str  # "sym_int", "sym_float", "sym_bool"
    expression: Optional[str] = None


class OpaqueType(NamedTuple):
    """`none`, `!fx.unknown`, `!fx.graph_module`."""

    name: str


class Node(NamedTuple):
    op: str  # the FX opcode
    name: str
    target: object  # str, or the call_function target's qualified name
    args: tuple
    kwargs: dict
    type: object  # the result type; None when the node has no result
    attributes: dict  # the attribute dictionary, parsed (fx.* metadata and `name`)
    stack_trace: Optional[str]


class ModuleAttribute(NamedTuple):
    kind: str  # parameter, buffer, constant
    path: str
    type: TensorType


class GraphModule(NamedTuple):
    name: str
    attributes: List[ModuleAttribute]
    nodes: List[Node]
    submodules: List["GraphModule"]


def parse(text):
    """The top-level fx.graph_module ops of `text`."""
    return _Parser(text).top_level()


# Parser ------------------------------------------------------------------------------------

_WHITESPACE = re.compile(r"(?:\s+|//[^\n]*)+")
_BARE_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_$.\-]*")
_SSA_ID = re.compile(r"%([A-Za-z0-9_$.\-]+)")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_NUMBER = re.compile(r"-?(?:0x[0-9A-Fa-f]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)")
_ALIAS_DEFINITION = re.compile(r"^([#!][A-Za-z_][A-Za-z0-9_$.\-]*)\s*=\s*", re.M)
_SHAPE_PREFIX = re.compile(r"(?:(?:[0-9]+|\?)x)*")
_OPCODES = {
    "fx.placeholder": "placeholder",
    "fx.get_attr": "get_attr",
    "fx.call_function": "call_function",
    "fx.call_method": "call_method",
    "fx.call_module": "call_module",
    "fx.output": "output",
}


class ParseError(ValueError):
    pass


class _Parser:
    def __init__(self, text, aliases=None):
        self.text = text
        self.position = 0
        self.aliases = {} if aliases is None else aliases

    # Characters ---------------------------------------------------------------------------

    def error(self, message):
        line = self.text.count("\n", 0, self.position) + 1
        column = self.position - (self.text.rfind("\n", 0, self.position) + 1) + 1
        return ParseError(f"{line}:{column}: {message}")

    def skip(self):
        match = _WHITESPACE.match(self.text, self.position)
        if match:
            self.position = match.end()

    def at(self, literal):
        self.skip()
        return self.text.startswith(literal, self.position)

    def accept(self, literal):
        if self.at(literal):
            self.position += len(literal)
            return True
        return False

    def expect(self, literal):
        if not self.accept(literal):
            raise self.error(f"expected `{literal}`")

    def accept_pattern(self, pattern):
        self.skip()
        match = pattern.match(self.text, self.position)
        if not match:
            return None
        self.position = match.end()
        return match

    def expect_pattern(self, pattern, what):
        match = self.accept_pattern(pattern)
        if match is None:
            raise self.error(f"expected {what}")
        return match

    def accept_keyword(self, word):
        """`word` as a whole identifier (not a prefix of a longer one)."""
        self.skip()
        match = _BARE_ID.match(self.text, self.position)
        if match and match.group() == word:
            self.position = match.end()
            return True
        return False

    def string(self):
        return unquote(self.expect_pattern(_STRING, "a string").group())

    def keyword_or_string(self):
        return self.string() if self.at('"') else self.expect_pattern(_BARE_ID, "a name").group()

    def balanced(self, open_char, close_char):
        """The raw text between `open_char` and its matching `close_char` (strings skipped)."""
        self.expect(open_char)
        start = self.position
        depth = 1
        while depth:
            if self.position >= len(self.text):
                raise self.error(f"unclosed `{open_char}`")
            char = self.text[self.position]
            if char == '"':
                self.position = _STRING.match(self.text, self.position).end()
                continue
            depth += (char == open_char) - (char == close_char)
            self.position += 1
        return self.text[start:self.position - 1]

    def comma_separated(self, close, element):
        """Elements up to `close`; an optional trailing comma is allowed."""
        items = []
        while not self.accept(close):
            items.append(element())
            if not self.accept(","):
                self.expect(close)
                break
        return items

    def symbol(self):
        self.expect("@")
        if self.at('"'):
            return self.string()
        return self.expect_pattern(_BARE_ID, "a symbol name").group()

    def alias(self, sigil):
        """Parse the definition of the alias at the cursor (e.g. `#loc3`) with a sub-parser."""
        name = self.expect_pattern(re.compile(re.escape(sigil) + r"[A-Za-z_][A-Za-z0-9_$.\-]*"), "an alias").group()
        if name not in self.aliases:
            raise self.error(f"undefined alias {name}")
        return _Parser(self.aliases[name], self.aliases)

    # Structure ----------------------------------------------------------------------------

    def top_level(self):
        self._collect_aliases()
        modules = []
        wrapped = self.accept_keyword("module")
        if wrapped:
            if self.at("attributes"):
                self.accept_keyword("attributes")
                self.balanced("{", "}")
            self.expect("{")
        while True:
            self.skip()
            if wrapped and self.accept("}"):
                self.optional_location()
                break
            if self.position >= len(self.text) or self.at("#") or self.at("!"):
                break
            modules.append(self.graph_module())
        return modules

    def _collect_aliases(self):
        """Record `#name = ...` and `!name = ...` definitions and blank them out so the
        structure parser skips them; each runs to the end of its line."""
        for match in reversed(list(_ALIAS_DEFINITION.finditer(self.text))):
            end = self.text.find("\n", match.end())
            end = len(self.text) if end < 0 else end
            self.aliases[match.group(1)] = self.text[match.end():end]
            self.text = self.text[:match.start()] + self.text[end:]

    def graph_module(self):
        if not self.accept_keyword("fx.graph_module"):
            raise self.error("expected fx.graph_module")
        name = self.symbol()
        self.expect("{")
        attributes, nodes, submodules = [], None, []
        while not self.accept("}"):
            if self.accept_keyword("fx.module_attr"):
                kind = self.expect_pattern(_BARE_ID, "parameter, buffer or constant").group()
                path = self.symbol()
                self.expect(":")
                attributes.append(ModuleAttribute(kind, path, self.type()))
                self.optional_location()
            elif self.accept_keyword("fx.graph"):
                if self.symbol() != "forward":
                    raise self.error("the graph of a graph module is @forward")
                nodes = self.graph_body()
            elif self.at("fx.graph_module"):
                submodules.append(self.graph_module())
            else:
                raise self.error("expected fx.module_attr, fx.graph or fx.graph_module")
        self.optional_location()
        if nodes is None:
            raise self.error(f"graph module @{name} has no fx.graph")
        return GraphModule(name, attributes, nodes, submodules)

    def graph_body(self):
        self.expect("{")
        nodes = []
        while not self.accept("}"):
            nodes.append(self.node())
        self.optional_location()
        return nodes

    def node(self):
        result = self.accept_pattern(_SSA_ID)
        if result:
            self.expect("=")
        opname = self.expect_pattern(_BARE_ID, "an fx operation").group()
        op = _OPCODES.get(opname)
        if op is None:
            raise self.error(f"unknown operation {opname}")
        args, kwargs, target, result_type = (), {}, None, None
        if op == "placeholder":
            target = self.string()
            if self.accept("="):
                args = (self.value(),)
        elif op == "get_attr":
            target = self.symbol()
        elif op == "call_function":
            target = self.keyword_or_string()
            args, kwargs = self.call_arguments()
        elif op == "call_method":
            target = self.expect_pattern(_BARE_ID, "a method name").group()
            args, kwargs = self.call_arguments()
        elif op == "call_module":
            # fx-opt writes the path as a keyword or string; docs/Dialect.md as a symbol.
            target = self.symbol() if self.at("@") else self.keyword_or_string()
            self.string()  # the module type, implied by the module itself
            args, kwargs = self.call_arguments()
        else:
            target = "output"
            args, kwargs = self.call_arguments()
        attributes = self.attribute_dictionary() if self.at("{") else {}
        if op == "output":
            if self.accept(":"):
                self.comma_separated_types()  # the operands' own types, repeated
        elif op in ("placeholder", "get_attr"):
            self.expect(":")
            result_type = self.type()
        else:
            self.expect(":")
            self.expect("(")
            self.comma_separated(")", self.type)  # the operands' own types, repeated
            self.expect("->")
            if self.accept("("):
                self.expect(")")
            else:
                result_type = self.type()
        stack_trace = self.optional_location()
        if result:
            name = result.group(1)
        elif "name" in attributes:
            name = attributes["name"]
        elif op == "output":
            name = "output"
        else:
            raise self.error("a node without a result needs {name = ...}")
        return Node(op, name, target, args, kwargs, result_type, attributes, stack_trace)

    def call_arguments(self):
        self.expect("(")
        args, kwargs = [], {}

        def argument():
            self.skip()
            keyword = _BARE_ID.match(self.text, self.position)
            if keyword and re.match(r"\s*=(?!=)", self.text[keyword.end():]):
                self.position = keyword.end()
                self.expect("=")
                kwargs[keyword.group()] = self.value()
            elif kwargs:
                raise self.error("positional argument after keyword argument")
            else:
                args.append(self.value())

        self.comma_separated(")", argument)
        return tuple(args), kwargs

    # Values (ARGS) ------------------------------------------------------------------------

    def value(self):
        self.skip()
        ssa = self.accept_pattern(_SSA_ID)
        if ssa:
            return NodeRef(ssa.group(1))
        if self.at('"'):
            return self.string()
        if self.accept("..."):
            return Ellipsis
        if self.accept("["):
            return self.comma_separated("]", self.value)
        if self.accept("("):
            return self.tuple_value()
        if self.accept("{"):
            return dict(self.comma_separated("}", self.dict_entry))
        if self.accept("-inf"):
            return float("-inf")
        number = self.accept_pattern(_NUMBER)
        if number:
            return _number(number.group())
        word = self.expect_pattern(_BARE_ID, "a value").group()
        constants = {"None": None, "True": True, "False": False, "inf": float("inf"), "nan": float("nan")}
        if word in constants:
            return constants[word]
        if word == "slice":
            self.expect("(")
            return slice(*self.comma_separated(")", self.value))
        if word == "torch.device":
            self.expect("(")
            device = self.string()
            self.expect(")")
            return torch.device(device)
        if word.startswith("torch."):
            name = word[len("torch."):]
            value = getattr(torch, name, None)
            if isinstance(value, (torch.dtype, torch.layout, torch.memory_format)):
                return value
        raise self.error(f"unknown value `{word}`")

    def tuple_value(self):
        """After `(`: `()`, `(a,)`, `(a, b)`; `(a)` is `a` itself."""
        items = []
        while not self.accept(")"):
            items.append(self.value())
            if self.accept(")"):
                if len(items) == 1:
                    return items[0]
                break
            self.expect(",")
        return tuple(items)

    def dict_entry(self):
        key = self.string()
        self.expect(":")
        return key, self.value()

    # Attributes ---------------------------------------------------------------------------

    def attribute_dictionary(self):
        self.expect("{")

        def entry():
            key = self.string() if self.at('"') else self.expect_pattern(_BARE_ID, "an attribute name").group()
            self.expect("=")
            return key, self.attribute()

        return dict(self.comma_separated("}", entry))

    def attribute(self):
        """An attribute in generic form, as a Python value (docs/Dialect.md table)."""
        self.skip()
        if self.at('"'):
            return self.string()
        if self.accept("["):
            return self.comma_separated("]", self.attribute)
        if self.accept_keyword("true"):
            return True
        if self.accept_keyword("false"):
            return False
        number = self.accept_pattern(_NUMBER)
        if number:
            value = _number(number.group())
            if self.accept(":"):
                element_type = self.expect_pattern(_BARE_ID, "a type").group()
                if element_type.startswith("f"):
                    value = _hex_float(number.group()) if "x" in number.group() else float(value)
            return value
        if self.at("#fx."):
            return self.fx_attribute()
        if self.at("#"):
            return self.alias("#").attribute()
        raise self.error("expected an attribute")

    def fx_attribute(self):
        self.expect("#fx.")
        mnemonic = self.expect_pattern(re.compile(r"[a-z_]+"), "an fx attribute").group()
        if mnemonic == "none":
            return None
        if mnemonic == "ellipsis":
            return Ellipsis
        self.expect("<")
        if mnemonic == "nn_module_stack":
            self.expect("[")
            entries = self.comma_separated("]", self._module_stack_entry)
            value = {key: (path, module_type) for key, path, module_type in entries}
        elif mnemonic == "torch_fn":
            value = (self.string(), self._after_comma(self.string))
        elif mnemonic == "dict":
            self.expect("{")

            def entry():
                key = self.string()
                self.expect("=")
                return key, self.attribute()

            value = dict(self.comma_separated("}", entry))
        elif mnemonic == "tuple":
            self.expect("[")
            value = tuple(self.comma_separated("]", self.attribute))
        elif mnemonic == "slice":
            value = slice(self.attribute(), self._after_comma(self.attribute), self._after_comma(self.attribute))
        elif mnemonic == "device":
            value = torch.device(self.string())
        elif mnemonic in ("dtype", "layout", "memory_format"):
            kind = {"dtype": torch.dtype, "layout": torch.layout, "memory_format": torch.memory_format}[mnemonic]
            value = vocabulary.torch_enum(kind, self.expect_pattern(_BARE_ID, "a name").group())
        else:
            raise self.error(f"unknown attribute #fx.{mnemonic}")
        self.expect(">")
        return value

    def _after_comma(self, element):
        self.expect(",")
        return element()

    def _module_stack_entry(self):
        self.expect("[")
        entry = self.comma_separated("]", self.string)
        if len(entry) != 3:
            raise self.error("an nn_module_stack entry is [key, path, type]")
        return entry

    # Types --------------------------------------------------------------------------------

    def type(self):
        self.skip()
        if self.accept_keyword("tensor"):
            return _tensor_type(self.balanced("<", ">"), self)
        if self.accept_keyword("tuple"):
            inner = _Parser(self.balanced("<", ">"), self.aliases)
            elements = inner.comma_separated_to_end(inner.type)
            return TupleType(tuple(elements))
        if self.accept_keyword("none"):
            return OpaqueType("none")
        if self.accept("!fx."):
            name = self.expect_pattern(re.compile(r"[a-z_]+"), "an fx type").group()
            if name in ("unknown", "graph_module"):
                return OpaqueType(name)
            if name in ("sym_int", "sym_float", "sym_bool"):
                expression = self.balanced("<", ">").strip() if self.at("<") else None
                return ScalarType(name, expression)
            raise self.error(f"unknown type !fx.{name}")
        if self.at("!"):
            return self.alias("!").type()
        raise self.error("expected a type")

    def comma_separated_types(self):
        types = [self.type()]
        while self.accept(","):
            types.append(self.type())
        return types

    def comma_separated_to_end(self, element):
        items = []
        self.skip()
        while self.position < len(self.text):
            items.append(element())
            if not self.accept(","):
                break
            self.skip()
        self.skip()
        if self.position != len(self.text):
            raise self.error("unexpected text")
        return items

    # Locations ----------------------------------------------------------------------------

    def optional_location(self):
        """The stack_trace text of a trailing `loc(...)`, or None."""
        if not self.accept_keyword("loc"):
            return None
        self.expect("(")
        location = self.location()
        self.expect(")")
        if isinstance(location, _NameLocation):
            return location.name  # loc("text"): a trace kept whole
        frames = _frames(location)
        return format_stack_trace(frames) if frames else None

    def location(self):
        """A location body: a list of frames (outermost first), a _FileLocation or a
        _NameLocation. Any part may be an alias (`#loc3`) of `loc(...)`."""
        if self.at("#"):
            inner = self.alias("#")
            if not inner.accept_keyword("loc"):
                raise inner.error("expected loc(...)")
            inner.expect("(")
            location = inner.location()
            inner.expect(")")
            return location
        if self.accept_keyword("callsite"):
            self.expect("(")
            callee = self.location()
            if not self.accept_keyword("at"):
                raise self.error("expected `at`")
            caller = self.location()
            self.expect(")")
            return _frames(caller) + _frames(callee)
        if self.accept_keyword("fused"):
            source = None
            if self.accept("<"):
                source = self.attribute()
                self.expect(">")
            self.expect("[")
            frames = [frame for part in self.comma_separated("]", self.location) for frame in _frames(part)]
            if len(frames) == 1 and isinstance(source, str):
                return [frames[0]._replace(source=source)]
            return frames
        if self.accept_keyword("unknown"):
            return []
        text = self.string()
        if self.accept(":"):
            line = int(self.expect_pattern(_NUMBER, "a line").group())
            self.expect(":")
            self.expect_pattern(_NUMBER, "a column")
            return _FileLocation(text, line)
        if not self.accept("("):
            return _NameLocation(text)
        child = self.location()
        self.expect(")")
        if isinstance(child, _FileLocation):
            return [Frame(child.filename, child.line, text, None)]
        return _frames(child)


class _FileLocation(NamedTuple):
    """`"file":line:col` alone: where MLIR parsed an op, not a frame of a stack trace."""

    filename: str
    line: int


class _NameLocation(NamedTuple):
    name: str


def _frames(location):
    return location if isinstance(location, list) else []


def _number(text):
    if text.lstrip("-").startswith("0x"):
        return int(text, 16)
    if any(char in text for char in ".eE"):
        return float(text)
    return int(text)


def _hex_float(text):
    """A float attribute written as its IEEE-754 bit pattern (MLIR's form for inf and nan)."""
    return struct.unpack("<d", struct.pack("<Q", int(text, 16)))[0]


def _tensor_type(body, parser):
    """`1x?x3xf32, #fx.dims<[s0]>` -> TensorType."""
    shape_text, _, encoding = body.partition(",")
    shape_text = shape_text.strip()
    prefix = _SHAPE_PREFIX.match(shape_text).group()
    element_type = shape_text[len(prefix):]
    dtype = vocabulary.DTYPE_BY_ELEMENT_TYPE.get(element_type)
    if dtype is None:
        raise parser.error(f"unknown element type {element_type}")
    shape = tuple(None if dim == "?" else int(dim) for dim in prefix.split("x")[:-1])
    expressions = ()
    encoding = encoding.strip()
    if encoding:
        if encoding.startswith("#fx.dims"):
            expressions = tuple(_split_top_level(encoding[len("#fx.dims<["):-len("]>")]))
        if len(expressions) != shape.count(None):
            raise parser.error(f"#fx.dims needs one expression per `?` dim in tensor<{body}>")
    return TensorType(shape, dtype, expressions)


def _split_top_level(text):
    """Split on commas outside parentheses."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    return [part for part in parts if part]
