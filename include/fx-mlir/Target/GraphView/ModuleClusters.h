//===- ModuleClusters.h - FX nodes grouped by module -------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// What the pictures of FX graphs share (Graphviz DOT, the HTML viewer): the
// nodes of a graph grouped the way people read export graphs, by the module
// that ran them (a tree of nn_module_stack frames), and a node's target and
// result types as text.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_TARGET_GRAPHVIEW_MODULECLUSTERS_H
#define FX_MLIR_TARGET_GRAPHVIEW_MODULECLUSTERS_H

#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "llvm/ADT/MapVector.h"
#include <memory>
#include <string>

namespace mlir::fx {

/// One nn_module_stack frame of a graph, or the graph itself at the root of
/// the tree (whose frame is empty).
struct ModuleCluster {
  /// The frame: key, module path and module type.
  NNModuleStackEntry frame;
  /// The nodes whose stack ends at this frame, in graph order.
  SmallVector<Operation *> nodes;
  /// The frames entered from this one, keyed by (path, type), in the order
  /// the graph's nodes first enter them.
  llvm::MapVector<std::pair<StringAttr, StringAttr>,
                  std::unique_ptr<ModuleCluster>>
      children;
};

/// Groups the nodes of `graph` by their nn_module_stack: a node sits in the
/// cluster of its innermost frame, nested as its stack nests. Nodes with no
/// stack, or PyTorch's empty-stack sentinel, sit at the root.
ModuleCluster clusterNodesByModule(GraphOp graph);

/// A node's target as FX names it (`aten.add.Tensor`, `@fc.weight` for a
/// get_attr), or its kind (`output`) for a node without one.
std::string getNodeTargetText(Operation *node);

/// A node's result types, comma separated; empty for none.
std::string getResultTypesText(Operation *node);

/// Fails, with an error on `root`, when `root` holds no fx.graph to draw.
LogicalResult checkHasGraph(Operation *root);

/// Calls `fn` on each fx.graph_module under `root` that is not nested in
/// another (nested ones are their parent's to visit).
void forEachTopLevelGraphModule(Operation *root,
                                function_ref<void(GraphModuleOp)> fn);

} // namespace mlir::fx

#endif // FX_MLIR_TARGET_GRAPHVIEW_MODULECLUSTERS_H
