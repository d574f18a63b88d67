# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Tracing an nn.Module into a GraphModule ready to import, with node metadata recorded.

Trace modes:
  symbolic_trace  torch.fx.symbolic_trace (torch-level graph with call_module nodes), then
                  shape propagation on the example inputs for tensor_meta.
  real, fake, symbolic
                  make_fx (ATen-level graph) with real tensors, fake tensors, or fake tensors
                  with symbolic sizes.

PyTorch 1.13 records neither nn_module_stack nor stack_trace for these tracers, so they are
recorded here while tracing: module hooks maintain the stack of modules being run, and every
node created meanwhile receives a copy of it plus the user frames of the Python stack. A node
that already carries its own nn_module_stack (a newer PyTorch recording it) keeps it.
"""

import contextlib
import inspect
import linecache
import os
import sys
from typing import Iterable, NamedTuple, Optional, Sequence

import torch
import torch.fx
from torch.fx.experimental.proxy_tensor import make_fx
from torch.fx.passes.shape_prop import ShapeProp
from torch.func import functional_call
from torch.utils import _pytree as pytree

from .symbolic import symbolic_expression

TRACE_MODES = ("symbolic_trace", "real", "fake", "symbolic")

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
_TORCH_DIR = os.path.dirname(os.path.abspath(torch.__file__)) + os.sep
# Inside torch, only the layers users think of as model code appear in stack traces.
_TORCH_USER_CODE = (
    os.path.join(_TORCH_DIR, "nn", "modules", ""),
    os.path.join(_TORCH_DIR, "nn", "functional.py"),
)
_TORCH_MODULE_CALL = os.path.join(_TORCH_DIR, "nn", "modules", "module.py")


class Frame(NamedTuple):
    filename: str
    line: int
    function: str
    source: Optional[str]


def format_stack_trace(frames: Iterable[Frame]) -> str:
    """The text of `frames` (outermost first) in the layout of traceback.format_list."""
    text = ""
    for frame in frames:
        text += f'  File "{frame.filename}", line {frame.line}, in {frame.function}\n'
        if frame.source:
            text += f"    {frame.source}\n"
    return text


def trace(module: torch.nn.Module, example_inputs: Sequence[torch.Tensor], mode: str = "fake") -> torch.fx.GraphModule:
    """Trace `module` called on `example_inputs` into a GraphModule whose parameters and
    buffers are the module's own (get_attr nodes, not placeholders)."""
    if mode not in TRACE_MODES:
        raise ValueError(f"unknown trace mode {mode!r}; expected one of {', '.join(TRACE_MODES)}")
    if mode == "symbolic_trace":
        with _record_node_metadata(module, leaf_calls=True):
            gm = torch.fx.symbolic_trace(module)
        ShapeProp(gm).propagate(*example_inputs)
        return gm
    return _make_fx_with_module_state(module, example_inputs, mode)


def module_stack_key(path: str) -> str:
    """The nn_module_stack key of the submodule at `path`, in TorchDynamo's spelling."""
    return "L__self___" + path.replace(".", "_")


def _make_fx_with_module_state(module, example_inputs, mode):
    # make_fx in fake/symbolic mode cannot trace a module holding real parameters, so they are
    # passed in as inputs through functional_call, then turned back into get_attr nodes.
    state = dict(module.named_parameters())
    state.update(module.named_buffers())
    state_paths = list(state)

    def call_with_state(state_tensors, inputs):
        return functional_call(module, dict(zip(state_paths, state_tensors)), tuple(inputs))

    with _record_node_metadata(module, leaf_calls=False):
        traced = make_fx(call_with_state, tracing_mode=mode)(list(state.values()), list(example_inputs))
    _fill_missing_vals(traced.graph)
    # make_fx flattens inputs and outputs into lists; the module's output structure comes back
    # from the pytree spec it recorded.
    output_spec = traced.graph._codegen.pytree_info.out_spec
    graph = _rebuild_module_graph(traced.graph, state_paths, _input_names(module, len(example_inputs)), output_spec)
    gm = torch.fx.GraphModule(module, graph, type(module).__name__)
    if mode == "symbolic":
        gm.shape_env = traced.shape_env
        gm.static_sizes = _state_sizes(graph, module)
    return gm


def _state_sizes(graph, module):
    """{size symbol: its value} for the sizes of parameters and buffers.

    In PyTorch 1.13 symbolic make_fx gives every input symbolic sizes, the module state
    included; a module's state does not change shape, so the importer prints these sizes
    as the constants they are (see importer.import_graph_module)."""
    sizes = {}
    for node in graph.nodes:
        if node.op != "get_attr" or "val" not in node.meta:
            continue
        for symbolic_size, size in zip(node.meta["val"].shape, _lookup_tensor(module, node.target).shape):
            if isinstance(symbolic_size, int):
                continue
            expr = symbolic_expression(symbolic_size)
            if expr.is_Symbol:
                sizes[expr] = size
    return sizes


def _lookup_tensor(module, path):
    owner, _, name = path.rpartition(".")
    return getattr(module.get_submodule(owner), name)


def _input_names(module, count):
    """Placeholder names for the module's inputs: its forward's parameter names."""
    parameters = [
        parameter.name
        for parameter in inspect.signature(module.forward).parameters.values()
        if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD)
    ]
    if len(parameters) < count:
        parameters += [f"input_{index}" for index in range(len(parameters), count)]
    return parameters[:count]


def _rebuild_module_graph(graph, state_paths, input_names, output_spec):
    """A copy of make_fx's flat `graph` shaped like the module: the first placeholders (one
    per module state tensor) become get_attr nodes, the others are named after the module's
    inputs, and the output list is unflattened with `output_spec`."""
    placeholder_names = iter(state_paths + input_names)
    state = set(state_paths)
    result = torch.fx.Graph()
    values = {}
    for node in graph.nodes:
        if node.op == "placeholder":
            name = next(placeholder_names)
            new_node = result.get_attr(name) if name in state else result.placeholder(name)
            new_node.meta = dict(node.meta)
        elif node.op == "output":
            (flat_outputs,) = torch.fx.node.map_arg(node.args, lambda argument: values[argument])
            new_node = result.output(pytree.tree_unflatten(list(flat_outputs), output_spec))
        else:
            new_node = result.node_copy(node, lambda argument: values[argument])
        values[node] = new_node
    return result


def _fill_missing_vals(graph):
    """Give multi-output ATen nodes the val that make_fx in PyTorch 1.13 leaves out (it
    records vals only on their getitem users), by running them on their inputs' fake vals."""
    for node in graph.nodes:
        if node.op != "call_function" or "val" in node.meta or not isinstance(node.target, torch._ops.OpOverload):
            continue
        inputs = [arg for arg in pytree.tree_flatten((node.args, node.kwargs))[0] if isinstance(arg, torch.fx.Node)]
        if not all("val" in arg.meta for arg in inputs):
            continue
        fake_modes = [arg.meta["val"].fake_mode for arg in inputs if hasattr(arg.meta["val"], "fake_mode")]
        if not fake_modes:
            continue
        args, kwargs = torch.fx.node.map_arg((node.args, node.kwargs), lambda arg: arg.meta["val"])
        with fake_modes[0]:
            node.meta["val"] = node.target(*args, **kwargs)


@contextlib.contextmanager
def _record_node_metadata(root, leaf_calls):
    """While active, every call_* node created in any torch.fx.Graph receives nn_module_stack
    and stack_trace. With `leaf_calls`, a call_module node's stack also holds the module it
    calls (symbolic_trace does not run leaf modules, so their hooks never fire)."""
    module_stack = {}
    handles = []
    for path, submodule in root.named_modules():
        if not path:
            continue  # the root is the graph itself, not an entry of the stack
        key = module_stack_key(path)

        # Taken now: functional_call swaps a module's class while it runs.
        def enter(module, inputs, key=key, path=path, module_type=type(submodule)):
            module_stack[key] = (path, module_type)

        def leave(module, inputs, output, key=key):
            module_stack.pop(key, None)

        handles.append(submodule.register_forward_pre_hook(enter))
        handles.append(submodule.register_forward_hook(leave))

    original_create_node = torch.fx.Graph.create_node

    def create_node(graph, op, target, *args, **kwargs):
        node = original_create_node(graph, op, target, *args, **kwargs)
        if op not in ("call_function", "call_method", "call_module"):
            return node
        if "nn_module_stack" not in node.meta:
            stack = dict(module_stack)
            if leaf_calls and op == "call_module":
                stack[module_stack_key(target)] = (target, type(root.get_submodule(target)))
            # Empty for nodes traced in the root module itself: they belong to
            # no submodule, which is not the same as an unknown stack.
            node.meta["nn_module_stack"] = stack
        if not node.meta.get("stack_trace"):
            stack_trace = _user_stack_trace(sys._getframe(1))
            if stack_trace:
                node.meta["stack_trace"] = stack_trace
        return node

    torch.fx.Graph.create_node = create_node
    try:
        yield
    finally:
        torch.fx.Graph.create_node = original_create_node
        for handle in handles:
            handle.remove()


def _is_user_code(filename):
    if filename.startswith(_PACKAGE_DIR):
        return False
    if filename.startswith(_TORCH_DIR):
        return filename.startswith(_TORCH_USER_CODE) and filename != _TORCH_MODULE_CALL
    return True


def _user_stack_trace(frame):
    """The model-code frames between the traced call and `frame`, outermost first, in
    Python's traceback layout. The walk stops at this package's own frames, which are the
    traced call's callers."""
    frames = []
    while frame is not None and not os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        filename = os.path.abspath(frame.f_code.co_filename)
        if _is_user_code(filename):
            source = linecache.getline(filename, frame.f_lineno).strip()
            frames.append(Frame(filename, frame.f_lineno, frame.f_code.co_name, source or None))
        frame = frame.f_back
    frames.reverse()
    return format_stack_trace(frames)
