# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Differential test of fx-mlir's node-metadata listener against PyTorch's own hook.

For each test model (test/Inputs/export_models.py) the same decompositions run twice on the
torch.export graph:
  - in PyTorch: every node that fx-decompose decomposes is replaced by the nodes that
    `ExportedProgram.run_decompositions()` makes of it (found by their `from_node`), created
    one by one in the original graph under the real
    `_set_node_metadata_hook(gm, partial(_node_metadata_hook, metadata=...))`;
  - in fx-mlir: `fx-opt --fx-decompose=policy=first-argument` under the node-metadata listener.
Every created node of both graphs is then compared key by key: name, target, result type
(shape with symbolic sizes, dtype), nn_module_stack, torch_fn, custom, stack_trace.

  python utils/hook_differential.py --fx-opt build/bin/fx-opt [--models mlp,cond] [--verbose]
Prints one line per model and a summary per key; exits non-zero on any disagreement that is
not listed in KNOWN_DIFFERENCES.
"""

import argparse
import copy
import collections
import functools
import operator
import os
import subprocess
import sys

_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(_ROOT, "python"))
sys.path.insert(0, os.path.join(_ROOT, "test", "Inputs"))

import torch  # noqa: E402
from torch._export.passes._node_metadata_hook import (  # noqa: E402
    _node_metadata_hook,
    _set_node_metadata_hook,
)

import export_models  # noqa: E402
from fx_mlir.exporter import export_graph_module  # noqa: E402
from fx_mlir.importer import import_graph_module  # noqa: E402

KEYS = ("name", "target", "type", "nn_module_stack", "torch_fn", "custom", "stack_trace")


def _flat_nodes(value):
    return [item for item in torch.utils._pytree.tree_flatten(value)[0] if isinstance(item, torch.fx.Node)]


def _decomposition_groups(decomposed):
    """{original node name: the call nodes run_decompositions made of it, in graph order}, read
    from each node's `from_node` provenance (its first entry names the node it came from)."""
    groups = collections.defaultdict(list)
    for node in decomposed.graph.nodes:
        sources = node.meta.get("from_node")
        if node.op == "call_function" and sources:
            groups[sources[0].name].append(node)
    return groups


def _decompose_with_hook(gm, node_names, decomposed):
    """Replace the nodes named `node_names` of `gm` by the nodes run_decompositions made of
    them (`decomposed`, the decomposed program's graph module), created one by one with
    graph.create_node under the real node-metadata hook and named as make_fx names them
    (after the op: `addmm`), so that names differ only where the namespaces do."""
    graph = gm.graph
    groups = _decomposition_groups(decomposed)
    originals = {node.name: node for node in graph.nodes}
    # Values of the decomposed graph -> values of `gm`: nodes that were not decomposed map to
    # their originals (by provenance, or by name for placeholders), created nodes to themselves.
    environment = {}
    for node in decomposed.graph.nodes:
        if node.op == "placeholder":
            environment[node] = originals[node.name]
    with _set_node_metadata_hook(gm, functools.partial(_node_metadata_hook, metadata=None)):
        for name in [node.name for node in graph.nodes if node.name in node_names]:
            original = originals[name]
            group = groups.get(name, [])
            if not group:
                raise RuntimeError(f"run_decompositions kept nothing of `{name}`")
            with graph.inserting_before(original):
                for sub in group:
                    args, kwargs = torch.fx.node.map_arg(
                        (sub.args, sub.kwargs), lambda value: _lookup(value, environment, groups, originals))
                    packet = getattr(sub.target, "overloadpacket", sub.target)
                    environment[sub] = graph.create_node(
                        "call_function", sub.target, args, kwargs, name=graph._target_to_str(packet.__name__))
            members = set(group)
            escaping = [sub for sub in group if any(user not in members for user in sub.users)]
            original.replace_all_uses_with(environment[escaping[-1] if escaping else group[-1]])
            graph.erase_node(original)
    graph.lint()
    return gm


def _lookup(value, environment, groups, originals):
    """The node of the graph being rewritten that stands for `value` of the decomposed graph."""
    if value in environment:
        return environment[value]
    source = value.meta["from_node"][0].name
    if groups.get(source) != [value] or source not in originals:
        raise RuntimeError(f"`{value.name}` of the decomposed graph has no counterpart (from `{source}`)")
    return originals[source]


def _fx_mlir_decompose(gm, name, fx_opt):
    """fx-decompose (its whole table) with the first-argument policy."""
    text = import_graph_module(gm, name)
    result = subprocess.run(
        [fx_opt, "--fx-decompose=policy=first-argument", "-mlir-print-debuginfo"],
        input=text, capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"fx-opt failed on {name}:\n{result.stderr}")
    return export_graph_module(result.stdout, root=gm)


def _decomposed_by_pytorch(op, decompositions):
    """Whether run_decompositions() decomposes `op`: its table has it, or the op has a
    CompositeImplicitAutograd kernel (which tracing always decomposes)."""
    return op in decompositions or (
        isinstance(op, torch._ops.OpOverload)
        and torch._C._dispatch_has_kernel_for_dispatch_key(op.name(), "CompositeImplicitAutograd"))


def _type_of(meta):
    value = meta.get("val", meta.get("tensor_meta"))
    if value is None:
        return None
    shape = getattr(value, "shape", None)
    if shape is not None:
        return (tuple(str(size) for size in shape), str(value.dtype))
    if isinstance(value, (tuple, list)):
        return tuple(_type_of({"val": item}) for item in value)
    return str(value)


def _module_stack(meta):
    stack = meta.get("nn_module_stack")
    if stack is None:
        return None
    return [(key, path, module_type if isinstance(module_type, str) else f"{module_type.__module__}.{module_type.__qualname__}")
            for key, (path, module_type) in stack.items()]


def _describe(node):
    meta = node.meta
    return {
        "name": node.name,
        "target": str(node.target),
        "type": _type_of(meta),
        "nn_module_stack": _module_stack(meta),
        "torch_fn": tuple(meta["torch_fn"]) if meta.get("torch_fn") is not None else None,
        "custom": meta.get("custom"),
        "stack_trace": meta.get("stack_trace"),
    }


def compare_model(model_name, fx_opt, verbose=False):
    """({key: [agreeing, total]}, [disagreement lines]) for the created nodes of one model."""
    ep = export_models.export(model_name)
    gm = ep.graph_module
    original = {node.name for node in gm.graph.nodes}
    decompositions = torch.export.default_decompositions()
    ours = _fx_mlir_decompose(gm, model_name, fx_opt)
    ours_names = {node.name for node in ours.graph.nodes}
    replaced = {name for name in original if name not in ours_names}
    # Tuple-returning ops take their getitem users along; only the op itself is decomposed.
    targets = {node.name: node.target for node in gm.graph.nodes if node.name in replaced and node.op == "call_function"}
    replaced = {name for name, target in targets.items() if target is not operator.getitem}
    not_in_table = sorted(str(targets[name]) for name in replaced if not _decomposed_by_pytorch(targets[name], decompositions))
    if not_in_table:
        problems_before = [f"{model_name}: fx-decompose decomposes ops PyTorch's default table keeps: {not_in_table}"]
        replaced = {name for name in replaced if _decomposed_by_pytorch(targets[name], decompositions)}
    else:
        problems_before = []
    theirs = _decompose_with_hook(copy.deepcopy(gm), replaced, ep.run_decompositions().graph_module)

    ours_created = [node for node in ours.graph.nodes if node.name not in original]
    theirs_created = [node for node in theirs.graph.nodes if node.name not in original]
    counts = {key: [0, 0] for key in KEYS}
    problems = problems_before
    if len(ours_created) != len(theirs_created):
        problems.append(f"{model_name}: fx-mlir created {len(ours_created)} nodes, PyTorch {len(theirs_created)}: "
                        f"{[n.name for n in ours_created]} vs {[n.name for n in theirs_created]}")
    for mine, reference in zip(ours_created, theirs_created):
        mine_described, reference_described = _describe(mine), _describe(reference)
        for key in KEYS:
            counts[key][1] += 1
            if mine_described[key] == reference_described[key]:
                counts[key][0] += 1
            else:
                problems.append(f"{model_name}: node {reference.name} ({reference.target}) {key}: "
                                f"fx-mlir {mine_described[key]!r} != PyTorch {reference_described[key]!r}")
    if verbose:
        for mine, reference in zip(ours_created, theirs_created):
            print(f"  {reference.name:24} {str(reference.target):32} fx-mlir {mine.name}")
    return counts, len(theirs_created), problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fx-opt", default="fx-opt")
    parser.add_argument("--models", help="comma-separated names (default: all test models)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    names = args.models.split(",") if args.models else list(export_models.MODELS)
    totals = {key: [0, 0] for key in KEYS}
    failed = False
    for name in names:
        try:
            counts, created, problems = compare_model(name, args.fx_opt, args.verbose)
        except Exception as error:  # reported per model, so one model cannot hide the others
            print(f"{name}: error: {error}")
            failed = True
            continue
        for key in KEYS:
            totals[key][0] += counts[key][0]
            totals[key][1] += counts[key][1]
        agreeing = min(counts[key][0] for key in KEYS)
        print(f"{name}: {created} created nodes, {agreeing} agree on every key")
        for problem in problems:
            print("  " + problem)
        failed |= bool(problems)
    print("per key: " + ", ".join(f"{key} {agree}/{total}" for key, (agree, total) in totals.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
