# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Differential test of fx-mlir's node-metadata listener against PyTorch's own hook.

For each test model (test/Inputs/export_models.py) the same decompositions run twice on the
torch.export graph:
  - in PyTorch: every node that fx-decompose decomposes is replaced by the nodes that
    `ExportedProgram.run_decompositions()` makes of it (found by their `from_node`), created
    one by one in the original graph under the real
    `_set_node_metadata_hook(gm, partial(_node_metadata_hook, metadata=...))`;
  - in fx-mlir: `fx-opt --fx-decompose=policy=first-argument` under the node-metadata listener.
The nodes each side creates for one replaced node are compared: when they are the same ops
(targets, in order), key by key (name, target, result type with symbolic sizes and dtype,
nn_module_stack, torch_fn, custom, stack_trace); otherwise as one `decomposition` difference.
The replaced-op policy (`--fx-decompose=policy=replaced-op`) is compared the same way with the
nodes of `run_decompositions()` itself, names aside (its retrace renames every node).

With --all-keys, every key of PyTorch's `_COPY_META_FIELDS` (torch.fx.proxy) is compared
too, and `from_node` as provenance: the replaced-op run records it (`provenance=true`) and
each created node's sources are compared by name, target and action with those
run_decompositions recorded (pass names and graph ids are each side's own); the hook records
none, and neither may the first-argument run.

Every difference must be explained by an entry of utils/hook_differential_explained.json
(the PyTorch behaviour, or the fx-mlir departure, that causes it); an unexplained difference,
or an entry that explains none, fails the run.

  python utils/hook_differential.py --fx-opt build/bin/fx-opt [--models mlp,cond] [--explained FILE]
                                    [--all-keys]
Prints one line per model and policy, each unexplained difference, and totals per key.
"""

import argparse
import collections
import copy
import functools
import json
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
# --all-keys: the rest of what run_decompositions copies from a replaced node, from PyTorch itself.
COPIED_KEYS = tuple(key for key in torch.fx.proxy._COPY_META_FIELDS if key not in KEYS)


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
    run_decompositions decomposes and fx-decompose keeps are added to `problems`. Returns
    {replaced node's name: the nodes created for it, in order}."""
    graph = gm.graph
    created = {}
    groups = _decomposition_groups(decomposed)
    originals = {node.name: node for node in graph.nodes}
    environment = _kept_values(decomposed, groups, originals, node_names, problems)
    with _set_node_metadata_hook(gm, functools.partial(_node_metadata_hook, metadata=None)):
        for name in [node.name for node in graph.nodes if node.name in node_names]:
            original = originals[name]
            group = groups.get(name, [])
            if not group:
                problems.append((str(original.target), "decomposition",
                                 f"run_decompositions keeps nothing of `{name}`"))
                continue
            with graph.inserting_before(original):
                for sub in group:
                    args, kwargs = torch.fx.node.map_arg((sub.args, sub.kwargs), lambda value: environment[value])
                    packet = getattr(sub.target, "overloadpacket", sub.target)
                    environment[sub] = graph.create_node(
                        "call_function", sub.target, args, kwargs, name=graph._target_to_str(packet.__name__))
            created[name] = [environment[sub] for sub in group]
            original.replace_all_uses_with(environment[_value_of_group(group)])
            graph.erase_node(original)
    graph.lint()
    return created


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
                    problems.append((str(originals[source].target), "kept",
                                     f"fx-decompose keeps `{source}`, which run_decompositions decomposes "
                                     f"into {[str(n.target) for n in group]}"))
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


def _fx_mlir_decompose(gm, name, fx_opt, policy, provenance=False):
    """fx-decompose (its whole table) with the metadata `policy`."""
    text = import_graph_module(gm, name)
    result = subprocess.run(
        [fx_opt, f"--fx-decompose=policy={policy} provenance={str(provenance).lower()}",
         "-mlir-print-debuginfo", "--mlir-print-local-scope"],
        input=text, capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"fx-opt failed on {name}:\n{result.stderr}")
    return export_graph_module(result.stdout, root=gm)


_ROOT_MARK = "hook_differential_root"


def _fx_mlir_groups(gm, name, fx_opt, original):
    """[name of the node each node fx-decompose creates replaces], in graph order: read
    from a replaced-op run in which every node carries its name in `custom`, which the
    nodes made of it inherit. fx-decompose creates the same nodes in the same order
    under either policy, so this attributes the created nodes of both runs."""
    marked = copy.deepcopy(gm)
    for node in marked.graph.nodes:
        if node.op == "call_function":
            node.meta["custom"] = {**(node.meta.get("custom") or {}), _ROOT_MARK: node.name}
    ours = _fx_mlir_decompose(marked, name, fx_opt, "replaced-op")
    return [(node.meta.get("custom") or {}).get(_ROOT_MARK)
            for node in ours.graph.nodes if node.name not in original]


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


def _sources(meta):
    """from_node as (source name, source target, action) per entry: pass names and graph
    ids name each side's own passes and graphs."""
    sources = meta.get("from_node")
    if sources is None:
        return None
    return [(source.name, source.target, "+".join(action.name.lower() for action in source.action))
            for source in sources]


def _operator(meta):
    """original_aten by name (`aten.t.default`): the retrace copies the OpOverload
    (copy.copy), and copies of one op compare unequal."""
    op = meta.get("original_aten")
    return str(op) if isinstance(op, torch._ops.OperatorBase) else op


def _describe(node):
    meta = node.meta
    copied = {key: meta.get(key) for key in COPIED_KEYS if key != "from_node"}
    return {
        **copied,
        "original_aten": _operator(meta),
        "from_node": _sources(meta),
        "name": node.name,
        "target": str(node.target),
        "type": _type_of(meta),
        "nn_module_stack": _module_stack(meta),
        "torch_fn": tuple(meta["torch_fn"]) if meta.get("torch_fn") is not None else None,
        "custom": meta.get("custom"),
        "stack_trace": meta.get("stack_trace"),
    }


def _compare_groups(ours, theirs, keys, label, counts, differences):
    """Compare the nodes each side created for one replaced node, key by key, when both
    sides made the same ops of it; otherwise record one `decomposition` difference."""
    counts["nodes"] += len(theirs)
    our_targets = [str(node.target) for node in ours]
    their_targets = [str(node.target) for node in theirs]
    if our_targets != their_targets:
        differences.append((label, "decomposition", f"fx-mlir {our_targets} != PyTorch {their_targets}"))
        return
    counts["compared"] += len(theirs)
    for our_node, their_node in zip(ours, theirs):
        ours_described, theirs_described = _describe(our_node), _describe(their_node)
        agree = True
        for key in keys:
            counts[key][1] += 1
            if ours_described[key] == theirs_described[key]:
                counts[key][0] += 1
                continue
            agree = False
            # A name differs as a consequence when an earlier decomposition in the graph made
            # other nodes (names are numbered per graph).
            consequence = key == "name" and any(kind == "decomposition" for _, kind, _ in differences)
            differences.append(("*" if consequence else label, key,
                                f"node {their_node.name}: fx-mlir {ours_described[key]!r} "
                                f"!= PyTorch {theirs_described[key]!r}"))
        counts["agree"] += agree


def _new_counts(keys):
    return {"nodes": 0, "compared": 0, "agree": 0, **{key: [0, 0] for key in keys}}


def compare_model(model_name, fx_opt, all_keys=False):
    """Per policy, ({key: [agreeing, total]} with the node counts, [differences]) for the
    nodes fx-decompose creates in one test model; a difference is (replaced node's
    target, key or `decomposition`/`kept`/`extra`, detail)."""
    ep = export_models.export(model_name)
    gm = ep.graph_module
    original = {node.name: node for node in gm.graph.nodes}
    decompositions = torch.export.default_decompositions()
    decomposed = ep.run_decompositions().graph_module
    attribution = _fx_mlir_groups(gm, model_name, fx_opt, original)
    # Tuple-returning ops take their getitem users along; only the op itself is decomposed.
    replaced = {name for name in set(attribution) - {None} if original[name].target is not operator.getitem}
    extra = {name for name in replaced if not _decomposed_by_pytorch(original[name].target, decompositions)}
    differences = [(str(original[name].target), "extra", f"fx-decompose decomposes `{name}`, which "
                    "PyTorch's default table keeps") for name in sorted(extra)]
    created = _decompose_with_hook(copy.deepcopy(gm), replaced - extra, decomposed, differences)
    order = [node.name for node in gm.graph.nodes if node.name in replaced - extra]
    groups = _decomposition_groups(decomposed)
    results = {}
    for policy in ("first-argument", "replaced-op"):
        # The hook records no provenance; run_decompositions does.
        ours = _fx_mlir_decompose(gm, model_name, fx_opt, policy,
                                  provenance=all_keys and policy == "replaced-op")
        mine = [node for node in ours.graph.nodes if node.name not in original]
        if len(mine) != len(attribution):
            raise RuntimeError(f"{model_name}: fx-decompose created {len(mine)} nodes with policy={policy}, "
                               f"{len(attribution)} with marked roots")
        our_groups = collections.defaultdict(list)
        for node, root in zip(mine, attribution):
            our_groups[root].append(node)
        keys = _keys(policy, all_keys)
        # Against the hook (every key, names included) or run_decompositions itself (its
        # retrace renames every node).
        reference = created if policy == "first-argument" else groups
        counts = _new_counts(keys)
        policy_differences = list(differences)
        for name in order:
            _compare_groups(our_groups[name], reference.get(name, []), keys, str(original[name].target),
                            counts, policy_differences)
        if all_keys and policy == "replaced-op":
            counts["kept"] = _compare_kept(ours, original, groups, policy_differences)
        results[policy] = (counts, policy_differences)
    return results


def _compare_kept(ours, original, groups, differences):
    """[agreeing, compared] original_aten of the call nodes fx-decompose keeps, against the node
    run_decompositions' retrace remakes of each (the one node whose from_node names it, with
    the same target): the retrace records one on every node it makes, kept ones included.
    Nodes it re-derives without provenance (the sizes of placeholders) are not compared."""
    counts = [0, 0]
    for node in ours.graph.nodes:
        if node.op != "call_function" or node.name not in original:
            continue
        group = groups.get(node.name, [])
        if len(group) != 1 or group[0].target != node.target:
            continue
        counts[1] += 1
        theirs, mine = _operator(group[0].meta), _operator(node.meta)
        if mine == theirs:
            counts[0] += 1
        else:
            differences.append((str(node.target), "kept original_aten",
                                f"kept node {node.name}: fx-mlir {mine!r} != PyTorch {theirs!r}"))
    return counts


def _keys(policy, all_keys):
    keys = list(KEYS) + (list(COPIED_KEYS) if all_keys else [])
    return keys if policy == "first-argument" else [key for key in keys if key != "name"]


def _load_explained(path):
    """The documented differences: a JSON list of {"target", "key", "models" (optional: all
    models), "why"}, one per PyTorch behaviour that makes fx-mlir differ."""
    with open(path) as file:
        entries = json.load(file)
    for entry in entries:
        if set(entry) - {"target", "key", "models", "why"} or not entry.get("why"):
            raise ValueError(f"{path}: malformed entry {entry}")
    return entries


def _explanation(entries, model, target, key):
    """The index of the entry that explains a difference, or None. An entry for target `*`
    explains the key's differences on every target."""
    for index, entry in enumerate(entries):
        if entry["target"] in (target, "*") and entry["key"] == key and model in entry.get("models", [model]):
            return index
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fx-opt", default="fx-opt")
    parser.add_argument("--models", help="comma-separated names (default: all test models)")
    parser.add_argument("--explained", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                            "hook_differential_explained.json"),
                        help="the documented differences (JSON); an empty string: none")
    parser.add_argument("--all-keys", action="store_true",
                        help="also compare every key of _COPY_META_FIELDS, from_node as provenance")
    args = parser.parse_args()
    names = args.models.split(",") if args.models else list(export_models.MODELS)
    entries = _load_explained(args.explained) if args.explained else []
    used = set()
    keys_of = {policy: _keys(policy, args.all_keys) for policy in ("first-argument", "replaced-op")}
    totals = {policy: _new_counts(keys) for policy, keys in keys_of.items()}
    if args.all_keys:
        totals["replaced-op"]["kept"] = [0, 0]
    failed = False
    for name in names:
        try:
            results = compare_model(name, args.fx_opt, args.all_keys)
        except Exception as error:  # reported per model, so one model cannot hide the others
            print(f"{name}: error: {error}")
            failed = True
            continue
        for policy, (counts, differences) in results.items():
            for key, value in counts.items():
                if isinstance(value, list):
                    totals[policy][key][0] += value[0]
                    totals[policy][key][1] += value[1]
                else:
                    totals[policy][key] += value
            unexplained = []
            explained = 0
            for target, key, detail in differences:
                index = _explanation(entries, name, target, key)
                if index is None:
                    unexplained.append(f"{target} {key}: {detail}")
                else:
                    used.add(index)
                    explained += 1
            print(f"{name} [{policy}]: {counts['nodes']} created nodes, {counts['compared']} in decompositions "
                  f"equal to PyTorch's, {counts['agree']} agree on every key; {explained} explained and "
                  f"{len(unexplained)} unexplained differences")
            if "kept" in counts:
                print(f"{name} [{policy}]: {counts['kept'][1]} kept call nodes compared, {counts['kept'][0]} "
                      "agree on original_aten")
            for line in unexplained:
                print("  unexplained: " + line)
            failed |= bool(unexplained)
    for policy, counts in totals.items():
        print(f"total [{policy}]: {counts['nodes']} created nodes, {counts['compared']} compared, "
              f"{counts['agree']} agree on every key; per key: "
              + ", ".join(f"{key} {value[0]}/{value[1]}" for key, value in counts.items()
                          if isinstance(value, list) and key != "kept"))
        if "kept" in counts:
            print(f"total [{policy}]: {counts['kept'][1]} kept call nodes compared, {counts['kept'][0]} agree "
                  "on original_aten")
    # An entry that explains nothing is stale; with --models, only those of the chosen models,
    # and only for the keys compared.
    compared = {"decomposition", "kept", "extra"} | set(keys_of["first-argument"])
    if args.all_keys:
        compared.add("kept original_aten")
    for index, entry in enumerate(entries):
        if set(entry.get("models", list(export_models.MODELS))) <= set(names) and entry["key"] in compared:
            if index not in used:
                print(f"stale explanation (no such difference): {entry['target']} {entry['key']}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
