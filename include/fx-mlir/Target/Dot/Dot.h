//===- Dot.h - FX graphs as Graphviz DOT ------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A picture of FX graphs the way people read export graphs: by module. Each
// fx.graph_module and fx.graph is a cluster; inside a graph, the nodes sit in
// nested clusters, one per nn_module_stack frame (labelled with the module's
// path and type); a node is labelled with its name, target and result type,
// and filled with the colour of the pass that made it (its provenance,
// GraphView/Provenance.h) under a legend of those colours; an edge goes from
// each value to each of its uses.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_TARGET_DOT_DOT_H
#define FX_MLIR_TARGET_DOT_DOT_H

#include "mlir/Support/LLVM.h"

namespace mlir {
class Operation;
namespace fx {

/// Writes the FX graphs under `root` as one Graphviz digraph.
LogicalResult exportFxToDot(Operation *root, raw_ostream &os);

/// Registers `--fx-to-dot` with the translation registry.
void registerFxToDotTranslation();

} // namespace fx
} // namespace mlir

#endif // FX_MLIR_TARGET_DOT_DOT_H
