//===- Provenance.h - Which pass made each node, as colours -----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// What the pictures of FX graphs show of provenance (a node's from_node,
// PyTorch's NodeSource list): each node in the colour of the pass that made
// it, a legend mapping colours to passes, and a node's history.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_TARGET_GRAPHVIEW_PROVENANCE_H
#define FX_MLIR_TARGET_GRAPHVIEW_PROVENANCE_H

#include "fx-mlir/Dialect/Fx/IR/FromNode.h"
#include "llvm/ADT/DenseMap.h"

namespace mlir::fx {

/// The newest entry of a node's from_node: the last one, as PyTorch
/// appends each pass's entry. Null for a node without provenance.
const NodeSource *getNewestNodeSource(Operation *node);

/// Whether the pass made the node to replace another (action `replace` or
/// `replace+create`), as opposed to only creating it.
bool isReplacement(const NodeSource &source);

/// The passes that made the nodes under a root, by the newest entry of each
/// node's from_node, in the order the graphs first name them, each with a
/// colour of a fixed palette (reused, in order, past its end): the same
/// input always gets the same colours.
class PassColors {
public:
  explicit PassColors(Operation *root);

  /// The pass colours, in legend order.
  struct Pass {
    StringAttr name;
    StringRef color;
  };
  ArrayRef<Pass> getPasses() const { return passes; }

  /// The index in getPasses() of the pass of `source`, the newest entry of
  /// a node under the root.
  unsigned getPassIndex(const NodeSource &source) const {
    return passIndices.lookup(source.getPassName());
  }

  /// Whether some node's newest entry is a replacement.
  bool hasReplacement() const { return anyReplacement; }

private:
  SmallVector<Pass> passes;
  llvm::DenseMap<StringAttr, unsigned> passIndices;
  bool anyReplacement = false;
};

} // namespace mlir::fx

#endif // FX_MLIR_TARGET_GRAPHVIEW_PROVENANCE_H
