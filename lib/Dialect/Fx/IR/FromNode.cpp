//===- FromNode.cpp - A node's provenance (PyTorch's from_node) -----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FromNode.h"
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "llvm/ADT/Hashing.h"

using namespace mlir;
using namespace mlir::fx;

FromNode::FromNode(ArrayRef<NodeSource> sources) {
  if (!sources.empty())
    storage = llvm::makeIntrusiveRefCnt<const Storage>(sources);
}

FromNode::FromNode(NodeSource &&source)
    : storage(llvm::makeIntrusiveRefCnt<const Storage>(std::move(source))) {}

bool FromNode::operator==(const FromNode &other) const {
  return storage == other.storage || getSources() == other.getSources();
}

bool NodeSource::operator==(const NodeSource &other) const {
  return name == other.name && target == other.target &&
         graphId == other.graphId && passName == other.passName &&
         action == other.action && fromNode == other.fromNode;
}

llvm::hash_code mlir::fx::hash_value(const FromNode &fromNode) {
  // The entries' own fields: histories are compared, not hashed.
  llvm::hash_code hash = llvm::hash_value(fromNode.size());
  for (const NodeSource &source : fromNode.getSources())
    hash = llvm::hash_combine(hash, source.getName(), source.getTarget(),
                              source.getGraphId(), source.getPassName(),
                              source.getAction(), source.getFromNode().size());
  return hash;
}

ArrayAttr FromNode::getAsAttr(MLIRContext *context) const {
  SmallVector<Attribute, 1> entries;
  for (const NodeSource &source : getSources())
    entries.push_back(NodeSourceAttr::get(
        context, source.getName(), source.getTarget(), source.getGraphId(),
        source.getPassName(), source.getAction(),
        source.getFromNode().getAsAttr(context)));
  return ArrayAttr::get(context, entries);
}

FailureOr<FromNode>
FromNode::get(Attribute attr, function_ref<InFlightDiagnostic()> emitError) {
  auto entries = dyn_cast<ArrayAttr>(attr);
  if (!entries || !llvm::all_of(entries, llvm::IsaPred<NodeSourceAttr>)) {
    if (emitError)
      emitError() << "from_node must be an array of #fx.node_source, got "
                  << attr;
    return failure();
  }
  // NodeSourceAttr's verifier has checked the histories' elements.
  SmallVector<NodeSource, 1> sources;
  for (auto entry : entries.getAsRange<NodeSourceAttr>()) {
    FailureOr<FromNode> history = get(entry.getFromNode(), emitError);
    if (failed(history))
      return failure();
    sources.emplace_back(entry.getName(), entry.getTarget(),
                         entry.getGraphId(), entry.getPassName(),
                         entry.getAction(), std::move(*history));
  }
  return FromNode(sources);
}

void mlir::fx::walkNodeSources(
    const FromNode &sources,
    function_ref<void(const NodeSource &, unsigned)> fn) {
  // A worklist of (entry, depth), so a history of any length needs no
  // recursion.
  SmallVector<std::pair<const NodeSource *, unsigned>> worklist;
  for (const NodeSource &source : llvm::reverse(sources.getSources()))
    worklist.emplace_back(&source, 0);
  while (!worklist.empty()) {
    auto [source, depth] = worklist.pop_back_val();
    fn(*source, depth);
    for (const NodeSource &inner :
         llvm::reverse(source->getFromNode().getSources()))
      worklist.emplace_back(&inner, depth + 1);
  }
}

Attribute mlir::fx::convertToAttribute(MLIRContext *context,
                                       const std::optional<FromNode> &fromNode) {
  if (!fromNode)
    return ArrayAttr::get(context, {});
  return ArrayAttr::get(context, fromNode->getAsAttr(context));
}

LogicalResult
mlir::fx::convertFromAttribute(std::optional<FromNode> &fromNode,
                               Attribute attr,
                               function_ref<InFlightDiagnostic()> emitError) {
  auto optional = dyn_cast<ArrayAttr>(attr);
  if (!optional || optional.size() > 1) {
    if (emitError)
      emitError() << "from_node must be [] (none) or [[#fx.node_source, "
                     "...]], got "
                  << attr;
    return failure();
  }
  if (optional.empty()) {
    fromNode = std::nullopt;
    return success();
  }
  FailureOr<FromNode> list = FromNode::get(optional[0], emitError);
  if (failed(list))
    return failure();
  fromNode = std::move(*list);
  return success();
}
