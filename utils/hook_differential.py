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
(shape with symbolic sizes, dtype), nn_module_stack, torch_fn, custom, stack_trace. The
replaced-op policy (`--fx-decompose=policy=replaced-op`) is compared the same way with the
nodes of `run_decompositions()` itself, names aside (its retrace renames every node).

  python utils/hook_differential.py --fx-opt build/bin/fx-opt [--models mlp,cond]
Prints one line per model and policy, each disagreement, and a summary per key; exits
non-zero on any disagreement.
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


def _decompose_with_hook(gm, node_names, decomposed, problems):
    """Replace the nodes named `node_names` of `gm` by the nodes run_decompositions made of
    them (`decomposed`, the decomposed program's graph module), created one by one with
    graph.create_node under the real node-metadata hook and named as make_fx names them
    (after the op: `addmm`), so that names differ only where the namespaces do. Ops that
    run_decompositions decomposes and fx-decompose keeps are added to `problems`."""
    graph = gm.graph
    groups = _decomposition_groups(decomposed)
    originals = {node.name: node for node in graph.nodes}
    environment = _kept_values(decomposed, groups, originals, node_names, problems)
    with _set_node_metadata_hook(gm, functools.partial(_node_metadata_hook, metadata=None)):
        for name in [node.name for node in graph.nodes if node.name in node_names]:
            original = originals[name]
            group = groups.get(name, [])
            if not group:
                problems.append(f"run_decompositions keeps nothing of `{name}`")
                continue
            with graph.inserting_before(original):
                for sub in group:
                    args, kwargs = torch.fx.node.map_arg((sub.args, sub.kwargs), lambda value: environment[value])
                    packet = getattr(sub.target, "overloadpacket", sub.target)
                    environment[sub] = graph.create_node(
                        "call_function", sub.target, args, kwargs, name=graph._target_to_str(packet.__name__))
            original.replace_all_uses_with(environment[_value_of_group(group)])
            graph.erase_node(original)
    graph.lint()
    return gm


def _value_of_group(group):
    """The node of a decomposition that stands for the decomposed node's value: the one used
    outside the group (the last one when none is)."""
    members = set(group)
    escaping = [node for node in group if any(user not in members for user in node.users)]
    return escaping[-1] if escaping else group[-1]


def _kept_values(decomposed, groups, originals, node_names, problems):
    """{value of the decomposed graph: node of the original graph} for every value whose
    original fx-decompose keeps: placeholders by name, other nodes by provenance or, without
    provenance (sizes the retrace re-derives), by target and arguments."""
    environment = {}
    for node in decomposed.graph.nodes:
        if node.op == "placeholder":
            environment[node] = originals[node.name]
            continue
        if node.op != "call_function":
            continue
        sources = node.meta.get("from_node")
        if sources:
            source = sources[0].name
            if source in node_names or source not in originals:
                continue
            group = groups[source]
            if len(group) > 1:
                if node is group[0]:
                    problems.append(f"fx-decompose keeps `{source}` ({originals[source].target}), which "
                                    f"run_decompositions decomposes into {[str(n.target) for n in group]}")
                if node is not _value_of_group(group):
                    continue
            environment[node] = originals[source]
        else:
            args = torch.fx.node.map_arg((node.args, node.kwargs), lambda value: environment.get(value))
            environment[node] = next(
                original for original in originals.values()
                if original.op == "call_function" and original.target == node.target
                and (original.args, original.kwargs) == args)
    return environment


def _fx_mlir_decompose(gm, name, fx_opt, policy):
    """fx-decompose (its whole table) with the metadata `policy`."""
    text = import_graph_module(gm, name)
    result = subprocess.run(
        [fx_opt, f"--fx-decompose=policy={policy}", "-mlir-print-debuginfo", "--mlir-print-local-scope"],
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


def _compare_nodes(mine, reference, keys, label, counts, problems):
    """Count agreement key by key of two lists of created nodes, in order."""
    if len(mine) != len(reference):
        problems.append(f"{label}: fx-mlir created {len(mine)} nodes, PyTorch {len(reference)}: "
                        f"{[n.name for n in mine]} vs {[n.name for n in reference]}")
    for ours, theirs in zip(mine, reference):
        ours_described, theirs_described = _describe(ours), _describe(theirs)
        for key in keys:
            counts[key][1] += 1
            if ours_described[key] == theirs_described[key]:
                counts[key][0] += 1
            else:
                problems.append(f"{label}: node {theirs.name} ({theirs.target}) {key}: "
                                f"fx-mlir {ours_described[key]!r} != PyTorch {theirs_described[key]!r}")


def compare_model(model_name, fx_opt):
    """Per policy, ({key: [agreeing, total]}, created node count, [disagreements]) for the
    nodes fx-decompose creates in one test model."""
    ep = export_models.export(model_name)
    gm = ep.graph_module
    original = {node.name for node in gm.graph.nodes}
    decompositions = torch.export.default_decompositions()
    decomposed = ep.run_decompositions().graph_module
    results = {}

    # First-argument policy against the hook: every key, names included.
    ours = _fx_mlir_decompose(gm, model_name, fx_opt, "first-argument")
    ours_names = {node.name for node in ours.graph.nodes}
    # Tuple-returning ops take their getitem users along; only the op itself is decomposed.
    targets = {node.name: node.target for node in gm.graph.nodes
               if node.name not in ours_names and node.op == "call_function" and node.target is not operator.getitem}
    replaced = set(targets)
    problems = []
    not_in_table = sorted(str(targets[name]) for name in replaced if not _decomposed_by_pytorch(targets[name], decompositions))
    if not_in_table:
        problems.append(f"fx-decompose decomposes ops PyTorch's default table keeps: {not_in_table}")
        replaced = {name for name in replaced if _decomposed_by_pytorch(targets[name], decompositions)}
    theirs = _decompose_with_hook(copy.deepcopy(gm), replaced, decomposed, problems)
    problems = [f"{model_name}: {problem}" for problem in problems]
    counts = {key: [0, 0] for key in KEYS}
    reference = [node for node in theirs.graph.nodes if node.name not in original]
    _compare_nodes([node for node in ours.graph.nodes if node.name not in original], reference,
                   KEYS, f"{model_name} (hook)", counts, problems)
    results["first-argument"] = (counts, len(reference), problems)

    # Replaced-op policy against run_decompositions itself: the retrace renames every node,
    # so names are not compared; the created nodes are compared in the original nodes' order.
    ours = _fx_mlir_decompose(gm, model_name, fx_opt, "replaced-op")
    groups = _decomposition_groups(decomposed)
    reference = [node for node in gm.graph.nodes if node.name in replaced for node in groups.get(node.name, [])]
    counts = {key: [0, 0] for key in KEYS}
    problems = []
    _compare_nodes([node for node in ours.graph.nodes if node.name not in original], reference,
                   [key for key in KEYS if key != "name"], f"{model_name} (run_decompositions)", counts, problems)
    results["replaced-op"] = (counts, len(reference), problems)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fx-opt", default="fx-opt")
    parser.add_argument("--models", help="comma-separated names (default: all test models)")
    args = parser.parse_args()
    names = args.models.split(",") if args.models else list(export_models.MODELS)
    totals = {policy: {key: [0, 0] for key in KEYS} for policy in ("first-argument", "replaced-op")}
    failed = False
    for name in names:
        try:
            results = compare_model(name, args.fx_opt)
        except Exception as error:  # reported per model, so one model cannot hide the others
            print(f"{name}: error: {error}")
            failed = True
            continue
        for policy, (counts, created, problems) in results.items():
            for key, (agree, total) in counts.items():
                totals[policy][key][0] += agree
                totals[policy][key][1] += total
            compared = [key for key in KEYS if counts[key][1]]
            agreeing = min((counts[key][0] for key in compared), default=0)
            print(f"{name} [{policy}]: {created} created nodes, {agreeing} agree on every key")
            for problem in problems:
                print("  " + problem)
            failed |= bool(problems)
    for policy, counts in totals.items():
        print(f"per key [{policy}]: " + ", ".join(f"{key} {agree}/{total}" for key, (agree, total) in counts.items() if total))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
