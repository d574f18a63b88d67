//===- Html.h - FX graphs as a self-contained HTML viewer -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One HTML file, no network, that shows FX graphs by module: graph modules,
// graphs and nn_module_stack frames as a tree of collapsible clusters
// (collapsed at first, so graphs of many thousands of nodes open at once);
// nodes with their name, target and result types; each node's inputs and
// users as links; search by node name; a side panel with the node's metadata,
// provenance chain and stack trace; each node in the colour of the pass that
// made it, and a legend that highlights a pass's nodes. The graph is JSON inside the page; the viewer's script and
// style are the page's own (lib/Target/Html/Viewer.html).
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_TARGET_HTML_HTML_H
#define FX_MLIR_TARGET_HTML_HTML_H

#include "mlir/Support/LLVM.h"

namespace mlir {
class Operation;
namespace fx {

/// Writes the FX graphs under `root` as one self-contained HTML page.
LogicalResult exportFxToHtml(Operation *root, raw_ostream &os);

/// Registers `--fx-to-html` with the translation registry.
void registerFxToHtmlTranslation();

} // namespace fx
} // namespace mlir

#endif // FX_MLIR_TARGET_HTML_HTML_H
