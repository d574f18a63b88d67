//===- Provenance.cpp - Which pass made each node, as colours -------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Target/GraphView/Provenance.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::fx;

/// Light colours (ColorBrewer's Set3 without its grey, the colour of the
/// module clusters) under which black labels stay readable, the most distinct
/// first.
static constexpr StringLiteral palette[] = {
    "#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3", "#b3de69",
    "#fccde5", "#ffed6f", "#bc80bd", "#ccebc5", "#ffffb3"};

const NodeSource *mlir::fx::getNewestNodeSource(Operation *node) {
  const FromNode *sources = getFromNode(node);
  if (!sources || sources->empty())
    return nullptr;
  return &sources->getSources().back();
}

bool mlir::fx::isReplacement(const NodeSource &source) {
  return llvm::is_contained(llvm::split(source.getAction().getValue(), '+'),
                            "replace");
}

PassColors::PassColors(Operation *root) {
  // Graphs in the order of the IR, nodes in graph order: the order the
  // pictures list them.
  root->walk([&](GraphOp graph) {
    for (Operation &node : graph.getBody().front()) {
      const NodeSource *source = getNewestNodeSource(&node);
      if (!source)
        continue;
      anyReplacement |= isReplacement(*source);
      StringAttr pass = source->getPassName();
      if (!passIndices.try_emplace(pass, passes.size()).second)
        continue;
      passes.push_back({pass, palette[passes.size() % std::size(palette)]});
    }
  });
}
