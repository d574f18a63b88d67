# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# The `fx-mlir` progress bar: drawn, stage by stage, when stderr is a terminal (a pseudo-terminal
# here), absent when it is not, and absent with --quiet.
#
# RUN: %python %s %python -m fx_mlir view %S/../Translate/Inputs/handwritten.mlir -o %t.svg | FileCheck %s --check-prefix=VIEW
# VIEW: status 0
# VIEW-NEXT: [--------------------]   0% drawing the graph with fx-translate --fx-to-dot
# VIEW-NEXT: [##########----------]  50% rendering SVG with Graphviz's dot
# VIEW-NEXT: [####################] 100% done
# RUN: FileCheck %s --check-prefix=SVG < %t.svg
# SVG: <svg
#
# An error ends the bar's line: the message stands on a line of its own.
# RUN: %python %s %python -m fx_mlir view %S/../Translate/Inputs/no-graph.mlir -o %t.dot | FileCheck %s --check-prefix=ERROR
# ERROR: status 1
# ERROR-NEXT: [--------------------]   0% drawing the graph with fx-translate --fx-to-dot
# ERROR-NEXT: fx-mlir: error: fx-translate failed
#
# RUN: %python %s %python -m fx_mlir --quiet view %S/../Translate/Inputs/handwritten.mlir -o %t.dot | FileCheck %s --check-prefix=QUIET --implicit-check-not=%%
# RUN: %python %s %python -m fx_mlir view %S/../Translate/Inputs/handwritten.mlir -o %t.dot --quiet | FileCheck %s --check-prefix=QUIET --implicit-check-not=%%
# QUIET: status 0
#
# Not a terminal: nothing on stderr.
# RUN: %python -m fx_mlir view %S/../Translate/Inputs/handwritten.mlir -o %t.dot 2>&1 >/dev/null | count 0
"""Runs the command given as arguments with stderr on a pseudo-terminal (stdout to a pipe), then
prints its exit status and what it wrote to the terminal, one line per redraw of the bar."""

import os
import pty
import subprocess
import sys

controller, terminal = pty.openpty()
process = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal)
os.close(terminal)
written = b""
while True:
    try:
        chunk = os.read(controller, 4096)
    except OSError:  # Linux: EIO once the command has closed the terminal
        break
    if not chunk:
        break
    written += chunk
print(f"status {process.wait()}")
for line in written.decode().replace("\r\n", "\n").replace("\r", "\n").splitlines():
    if line.strip():
        print(line.rstrip())
