# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: torch, chromium
# RUN: %python %s %t
#
# The HTML viewer in a real browser. The resnet18-shaped test model goes
# torch.export -> torch.export.save -> fx-translate --import-pt2 -> --fx-to-html;
# a headless Chromium opens the page, clicks clusters open, types a node name
# in the search box, follows a user link and takes a screenshot. Then the same
# program through --fx-export-pipeline: the legend, a
# decomposed node's colour and provenance, the nodes of one pass highlighted.
# Every expected value comes from PyTorch's own program (the nodes of
# `ep.graph` and their nn_module_stack, inputs, users, values and stack traces;
# `ep.run_decompositions()` for what a decomposition makes of a node), never
# from our output.

import os
import re
import struct
import subprocess
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Inputs"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "utils"))
import export_models  # noqa: E402
from headless_chromium import Chromium  # noqa: E402

warnings.filterwarnings("ignore")
tmp = sys.argv[1]
os.makedirs(tmp, exist_ok=True)

ep = export_models.export("small_resnet")
nodes = list(ep.graph.nodes)
archive, html = os.path.join(tmp, "model.pt2"), os.path.join(tmp, "model.html")
torch.export.save(ep, archive)
mlir = subprocess.run(["fx-translate", "--import-pt2", archive, "--mlir-print-debuginfo"],
                      check=True, capture_output=True, text=True).stdout
subprocess.run(["fx-translate", "--fx-to-html", "-o", html], input=mlir, check=True, text=True)
provenance_html = os.path.join(tmp, "provenance.html")
exported = subprocess.run(["fx-opt", "--fx-export-pipeline", "--mlir-print-debuginfo"], input=mlir, check=True,
                          capture_output=True, text=True).stdout
subprocess.run(["fx-translate", "--fx-to-html", "-o", provenance_html], input=exported, check=True,
               text=True)


def frames(node):
    """The module frames (path, type) of a node, outermost first."""
    return list(node.meta.get("nn_module_stack", {}).values())


def under(prefix):
    """The nodes whose module frames start with `prefix`."""
    return [n for n in nodes if frames(n)[:len(prefix)] == prefix]


def child_frames(prefix):
    """The module frames entered right below `prefix`, in the order nodes first enter them."""
    result = []
    for n in under(prefix):
        if len(frames(n)) > len(prefix) and frames(n)[len(prefix)] not in result:
            result.append(frames(n)[len(prefix)])
    return result


def tensor_type(node):
    value = node.meta["val"]
    assert value.dtype == torch.float32
    return "tensor<" + "".join(f"{size}x" for size in value.shape) + "f32>"


def check(what, actual, expected):
    if actual != expected:
        sys.exit(f"FAIL {what}:\n  expected {expected!r}\n  actual   {actual!r}")
    print(f"ok {what}")


def row(cluster):
    """The clickable row of the cluster element that a JS expression gives."""
    return f"{cluster} > .row"


JS_CHILD_CLUSTERS = """[...document.querySelector(%s).querySelectorAll(':scope > .children > .cluster')]
    .map(c => [c.dataset.label, c.querySelector(':scope > .row > .ctype').textContent,
               +c.dataset.size])"""
JS_CHILD_NODES = """[...document.querySelector(%s).querySelectorAll(':scope > .children > .node')]
    .map(n => n.querySelector('.nname').textContent)"""

with Chromium() as browser:
    page = browser.open("file://" + os.path.abspath(html))

    # Collapsed at first: one graph module, no node rendered, all nodes counted.
    check("top-level clusters", page.evaluate(
        "[...document.querySelectorAll('#tree .cluster')].map(c => [c.dataset.label, +c.dataset.size])"),
        [["@model", len(nodes)]])
    check("node rows before expanding", page.evaluate("document.querySelectorAll('.node').length"), 0)

    # Open the graph module and its graph: the nodes without a module stack
    # (inputs, output) sit in the graph, the rest under the root module.
    page.click(row(".cluster[data-label='@model']"))
    page.click(row(".cluster[data-label='@forward']"))
    graph = "'.cluster.graph'"
    check("nodes outside any module", page.evaluate(JS_CHILD_NODES % graph),
          [n.name for n in nodes if not frames(n)])
    check("root module cluster", page.evaluate(JS_CHILD_CLUSTERS % graph),
          [[path, type_, len(under([(path, type_)]))] for path, type_ in child_frames([])])

    # Expand the root module, then `layers`: one cluster per stage, each with
    # the number of nodes that ran inside it.
    root = frames(next(n for n in nodes if frames(n)))[0]
    page.click(row(".cluster.module[data-label='']"))
    layers = child_frames([root])[[p for p, _ in child_frames([root])].index("layers")]
    page.click(row(".cluster.module[data-label='layers']"))
    check("clusters under layers", page.evaluate(JS_CHILD_CLUSTERS % "\".cluster[data-label='layers']\""),
          [[path, type_, len(under([root, layers, (path, type_)]))]
           for path, type_ in child_frames([root, layers])])
    check("open clusters", page.evaluate(
        "[...document.querySelectorAll('.cluster.open')].map(c => c.dataset.label)"),
        ["@model", "@forward", "", "layers"])

    # Search: the downsample convolution of the third stage, by its name.
    target = next(n for n in nodes if frames(n) and frames(n)[-1][0] == "layers.2.downsample.0"
                  and n.target == torch.ops.aten.conv2d.default)
    page.type("#search", target.name)
    check("search result count", page.evaluate("document.querySelector('#results .count').textContent"),
          f"{sum(target.name in n.name for n in nodes)} match"
          + ("" if sum(target.name in n.name for n in nodes) == 1 else "es"))
    check("first search result", page.evaluate(
        "document.querySelector('#results .result .nname').textContent"), target.name)
    selected = "document.querySelector('#tree .node.selected')"
    check("selected node", page.evaluate(f"{selected}.querySelector('.nname').textContent"), target.name)
    check("selected node's target and type", page.evaluate(
        f"[...{selected}.querySelectorAll('.ntarget, .ntype')].map(e => e.textContent)"),
        ["aten.conv2d.default", tensor_type(target)])
    check("clusters opened down to it", page.evaluate(
        f"(() => {{ const labels = []; for (let e = {selected}; e; e = e.parentElement.closest('.cluster'))"
        " if (e.classList.contains('cluster')) labels.unshift(e.dataset.label); return labels; })()"),
        ["@model", "@forward"] + [path for path, _ in frames(target)])

    # The side panel: name, inputs and users (links), nn_module_stack, stack trace.
    panel = "document.querySelector('#details')"
    check("panel name", page.evaluate(f"{panel}.querySelector('h2').textContent"), target.name)
    details = page.evaluate(
        f"Object.fromEntries([...{panel}.querySelectorAll('table:not(.stack) tr')]"
        ".map(r => [r.cells[0].textContent, [...r.cells[1].querySelectorAll('a')].map(a => a.textContent)]))")
    check("panel inputs", details["inputs"], [n.name for n in target.all_input_nodes])
    check("panel users", sorted(details["users"]), sorted(u.name for u in target.users))
    check("panel module path", details["cluster"],
          ["@model", "@forward"] + ["(root)" if p == "" else p for p, _ in frames(target)])
    check("panel nn_module_stack", page.evaluate(
        f"[...{panel}.querySelectorAll('table.stack tr')].map(r => [...r.cells].map(c => c.textContent))"),
        [[key, "(root)" if path == "" else path, type_]
         for key, (path, type_) in target.meta["nn_module_stack"].items()])
    trace = re.findall(r'File "(.*)", line (\d+), in (.*)', target.meta["stack_trace"])
    check("panel stack frames", page.evaluate(
        f"[...{panel}.querySelectorAll('.frame > div:first-child')].map(d => d.textContent)"),
        [f"{function}  {file}:{line}" for file, line, function in trace])

    # A user link navigates: the user becomes the selected node.
    user = page.evaluate(f"[...{panel}.querySelectorAll('tr')].find(r => r.cells[0].textContent == 'users')"
                         ".querySelector('a').textContent")
    page.click("#details tr:nth-child(6) a")
    check("navigated to the user", [page.evaluate(f"{selected}.querySelector('.nname').textContent"),
                                    page.evaluate(f"{panel}.querySelector('h2').textContent")],
          [user, user])
    check("the user is a user of the searched node", user in {u.name for u in target.users}, True)

    # The picture: a PNG of the page as shown.
    screenshot = os.path.join(tmp, "viewer.png")
    page.screenshot(screenshot)
    viewport = page.evaluate("[innerWidth * devicePixelRatio, innerHeight * devicePixelRatio]")
    with open(screenshot, "rb") as f:
        png = f.read()
    check("screenshot is a PNG of the viewport", (png[:8], list(struct.unpack(">II", png[16:24]))),
          (b"\x89PNG\r\n\x1a\n", viewport))
    check("screenshot has content", len(png) > 20000, True)
    with open(os.path.join(tmp, "dom.html"), "w") as f:
        f.write(page.dom())

    # Provenance. The conv2d searched above is not Core ATen: fx-decompose
    # makes a convolution of it, named as run_decompositions names it, whose
    # newest from_node entry is PyTorch's NodeSource(conv2d, pass, create).
    decomposed_nodes = list(ep.run_decompositions().graph.nodes)

    def made_from(names):
        """The nodes run_decompositions makes of the nodes `names`."""
        return [n for n in decomposed_nodes if n.meta.get("from_node") and n.meta["from_node"][-1].name in names]

    decomposed = next(n for n in made_from({target.name}) if n.target == torch.ops.aten.convolution.default)
    source = decomposed.meta["from_node"][-1]
    in_place = [n for n in nodes if n.op == "call_function" and n.target._schema.is_mutable]
    functional = made_from({n.name for n in in_place})
    page = browser.open("file://" + os.path.abspath(provenance_html))
    legend = page.evaluate("Object.fromEntries([...document.querySelectorAll('.legend-pass')].map(e => "
                           "[e.firstChild.nextSibling.textContent, [e.querySelector('.swatch').style.background,"
                           " +e.querySelector('.count').textContent]]))")
    check("legend passes", sorted(legend), ["fx-decompose", "fx-functionalize-in-place-ops",
                                            "fx-replace-view-ops-with-view-copy"])
    check("legend colours differ", len({color for color, _ in legend.values()}), 3)
    check("nodes made by fx-functionalize-in-place-ops", legend["fx-functionalize-in-place-ops"][1],
          len(in_place))

    page.type("#search", decomposed.name)
    check("decomposed node selected", page.evaluate(f"{selected}.querySelector('.nname').textContent"),
          decomposed.name)
    check("its target", page.evaluate(f"{selected}.querySelector('.ntarget').textContent"),
          "aten.convolution.default")
    check("its row has fx-decompose's colour", page.evaluate(
        f"{selected}.querySelector('.swatch').style.background"), legend["fx-decompose"][0])
    made_by = "[...document.querySelectorAll('#details tr')].find(r => r.cells[0].textContent == 'made by')"
    check("panel: made by", page.evaluate(f"{made_by}.cells[1].textContent"), "fx-decompose")
    check("panel: made by colour", page.evaluate(f"{made_by}.querySelector('.swatch').style.background"),
          legend["fx-decompose"][0])
    # The chain: fx-decompose's entry, as PyTorch's (source node, target,
    # action), then the source's own from_node (torch.export recorded none).
    check("panel: provenance chain", page.evaluate(
        "[...document.querySelectorAll('#details .source')].map(r => [+r.dataset.depth,"
        " ...['pass', 'action', 'name', 'target'].map(k => r.querySelector('.src-' + k).textContent)])"),
        [[0, "fx-decompose", "+".join(a.value for a in source.action), source.name, str(source.target)]]
        + [[1 + d, s.pass_name, "+".join(a.value for a in s.action), s.name, s.target]
           for d, s in enumerate(target.meta.get("from_node", []))])

    # Highlight the in-place ops' replacements: listed, counted on the
    # clusters, the other rows dimmed.
    page.click(".legend-pass[data-pass='%d']" % page.evaluate(
        "[...document.querySelectorAll('.legend-pass')].findIndex(e => e.textContent.includes('functionalize'))"))
    check("highlight lists the pass's nodes", page.evaluate(
        "document.querySelector('#results .count').textContent"),
        f"{len(in_place)} nodes made by fx-functionalize-in-place-ops")
    check("listed nodes", sorted(page.evaluate(
        "[...document.querySelectorAll('#results .result')].map(e => [e.querySelector('.nname').textContent,"
        " e.querySelector('.ntarget').textContent])")),
        sorted([n.name, str(n.target)] for n in functional))
    check("count on the root module's row", page.evaluate(
        "document.querySelector(\".cluster.module[data-label=''] > .row .pcount\").textContent"),
        f"{sum(1 for n in in_place if frames(n))} made by fx-functionalize-in-place-ops")
    # The tree shows the searched node's clusters: the rows highlighted there
    # are the pass's nodes among them, in its colour.
    rows = page.evaluate("[...document.querySelectorAll('#tree .node')].map(e => [e.querySelector('.nname')"
                         ".textContent, e.classList.contains('highlighted'), e.querySelector('.swatch').style.background])")
    highlighted = [[name, color] for name, on, color in rows if on]
    check("highlighted rows", highlighted,
          [[name, legend["fx-functionalize-in-place-ops"][0]] for name, _, _ in rows
           if name in {n.name for n in functional}])
    check("some rows highlighted", len(highlighted) > 0, True)
    screenshot = os.path.join(tmp, "provenance.png")
    page.screenshot(screenshot)
    with open(screenshot, "rb") as f:
        check("provenance screenshot is a PNG", f.read(8), b"\x89PNG\r\n\x1a\n")
