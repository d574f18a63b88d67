# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# REQUIRES: chromium
# RUN: %python %s %t
#
# A graph of 50,002 nodes in the HTML viewer, in a headless Chromium: the page
# opens with every cluster collapsed (no node rendered), a cluster of 25,000
# nodes opens 500 rows at a time, and searching the last node renders and
# selects it. The graph is generated here; the expected values follow from
# how it is generated.

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "utils"))
from headless_chromium import Chromium  # noqa: E402

tmp = sys.argv[1]
os.makedirs(tmp, exist_ok=True)
NODES, BLOCKS, BLOCK_SIZE, PAGE = 50000, 50, 500, 500
# The first BLOCKS * BLOCK_SIZE nodes run in modules blocks.0, blocks.1, ...;
# the others in no module, so they sit in the graph itself.
names = [f"relu_{i}" for i in range(NODES)]
lines = ["fx.graph_module @Big {", "  fx.graph @forward {",
         '    %x = fx.placeholder "x" : tensor<2xf32>']
previous = "x"
for i, name in enumerate(names):
    meta = ""
    if i < BLOCKS * BLOCK_SIZE:
        block = i // BLOCK_SIZE
        meta = (' {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "Big"], '
                f'["L__self___blocks_{block}", "blocks.{block}", "Block"]]>}}')
    lines.append(f"    %{name} = fx.call_function aten.relu.default(%{previous}){meta} "
                 ": (tensor<2xf32>) -> tensor<2xf32>")
    previous = name
lines += [f"    fx.output(%{previous}) : tensor<2xf32>", "  }", "}"]
source, html = os.path.join(tmp, "big.mlir"), os.path.join(tmp, "big.html")
with open(source, "w") as f:
    f.write("\n".join(lines) + "\n")
subprocess.run(["fx-translate", "--fx-to-html", source, "-o", html], check=True)


def check(what, actual, expected):
    if actual != expected:
        sys.exit(f"FAIL {what}:\n  expected {expected!r}\n  actual   {actual!r}")
    print(f"ok {what}")


forward = "document.querySelector('.cluster.graph')"
with Chromium() as browser:
    page = browser.open("file://" + os.path.abspath(html))
    check("collapsed at first", page.evaluate(
        "[document.querySelectorAll('.cluster').length, document.querySelectorAll('.node').length,"
        " +document.querySelector('.cluster').dataset.size]"), [1, 0, NODES + 2])

    page.click(".cluster[data-label='@Big'] > .row")
    page.click(".cluster[data-label='@forward'] > .row")
    # The graph's items in order: x, the root module's cluster (entered by the
    # first relu), the nodes outside modules, the output; the first PAGE shown.
    items = 1 + 1 + (NODES - BLOCKS * BLOCK_SIZE) + 1
    check("first page of the graph", page.evaluate(
        f"[{forward}.querySelectorAll(':scope > .children > .node').length,"
        f" {forward}.querySelectorAll(':scope > .children > .cluster').length,"
        f" {forward}.querySelector(':scope > .children > .more').textContent]"),
        [PAGE - 1, 1, f"show {PAGE} more of {items - PAGE}"])
    page.click(".cluster.module[data-label=''] > .row")
    check("module clusters", page.evaluate(
        "[...document.querySelectorAll(\".cluster.module[data-label=''] > .children > .cluster\")]"
        ".map(c => [c.dataset.label, +c.dataset.size])"),
        [[f"blocks.{b}", BLOCK_SIZE] for b in range(BLOCKS)])

    page.type("#search", names[-1][:-1])
    check("search matches", page.evaluate("document.querySelector('#results .count').textContent"),
          f"{sum(names[-1][:-1] in n for n in names)} matches")
    check("selected the exact-or-first match", page.evaluate(
        "document.querySelector('.node.selected .nname').textContent"), names[-1][:-1])
    page.evaluate("document.querySelector('#search').value = ''")
    page.type("#search", names[-1])
    check("last node selected", page.evaluate(
        "document.querySelector('.node.selected .nname').textContent"), names[-1])
    check("its users", page.evaluate(
        "[...document.querySelectorAll('#details tr')].find(r => r.cells[0].textContent == 'users')"
        ".cells[1].textContent"), "output")
    timing = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    print(f"page of {os.path.getsize(html) / 1e6:.1f} MB loaded in {timing:.0f} ms")
