//===- FromNode.h - A node's provenance (PyTorch's from_node) ---*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A node's `from_node`, the list of `torch.fx.traceback.NodeSource` entries
// that say which pass made the node from which nodes. It is the `from_node`
// property of every node op, a shared immutable value rather than an
// attribute: each recorded node has an entry of its own (its source's name),
// and uniquing that entry, its list and the op's new attribute dictionary
// tripled what the listener costs per created op. The nodes made of one
// source share its list by reference, and the entries of the nodes made of
// them hold it as their history.
//
// Its text and generic form is an array of `#fx.node_source` (FxAttrs.td),
// printed among the node's attributes as `fx.from_node`.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_IR_FROMNODE_H
#define FX_MLIR_DIALECT_FX_IR_FROMNODE_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace mlir {
class DialectBytecodeReader;
class DialectBytecodeWriter;
} // namespace mlir

namespace mlir::fx {

class NodeSource;

/// The name under which a node's from_node prints among its attributes.
inline constexpr llvm::StringLiteral kFromNodeAttrName = "fx.from_node";

/// A from_node list: empty, or the entries of one history step. Copies share
/// the entries.
class FromNode {
public:
  /// The empty list.
  FromNode() = default;
  explicit FromNode(ArrayRef<NodeSource> sources);
  /// The list of one entry.
  explicit FromNode(NodeSource &&source);

  ArrayRef<NodeSource> getSources() const;
  bool empty() const { return !storage; }
  size_t size() const { return getSources().size(); }

  /// Same entries, histories included.
  bool operator==(const FromNode &other) const;
  /// An identity for the list shared by copies (null when empty).
  const void *getOpaquePointer() const { return storage.get(); }

  /// The array of `#fx.node_source` that is the text form.
  ArrayAttr getAsAttr(MLIRContext *context) const;
  /// The list an array of `#fx.node_source` stands for.
  static FailureOr<FromNode>
  get(Attribute attr, function_ref<InFlightDiagnostic()> emitError);

private:
  struct Storage;
  llvm::IntrusiveRefCntPtr<const Storage> storage;
};

/// One entry (PyTorch's NodeSource): the source node's name, target and graph
/// (name and target "", graph -1 when a pass made the node from nothing), the
/// pass that made the node, what it did (`create`, `replace`, or both joined
/// by `+`) and the source's own from_node.
class NodeSource {
public:
  NodeSource(StringRef name, StringAttr target, int64_t graphId,
             StringAttr passName, StringAttr action, FromNode fromNode)
      : name(name.str()), target(target), graphId(graphId),
        passName(passName), action(action), fromNode(std::move(fromNode)) {}

  StringRef getName() const { return name; }
  StringAttr getTarget() const { return target; }
  int64_t getGraphId() const { return graphId; }
  StringAttr getPassName() const { return passName; }
  StringAttr getAction() const { return action; }
  const FromNode &getFromNode() const { return fromNode; }

  bool operator==(const NodeSource &other) const;

private:
  std::string name;
  StringAttr target;
  int64_t graphId;
  StringAttr passName;
  StringAttr action;
  FromNode fromNode;
};

struct FromNode::Storage : llvm::ThreadSafeRefCountedBase<Storage> {
  explicit Storage(ArrayRef<NodeSource> sources)
      : sources(sources.begin(), sources.end()) {}
  explicit Storage(NodeSource &&source) { sources.push_back(std::move(source)); }
  SmallVector<NodeSource, 1> sources;
};

inline ArrayRef<NodeSource> FromNode::getSources() const {
  return storage ? ArrayRef<NodeSource>(storage->sources)
                 : ArrayRef<NodeSource>();
}

llvm::hash_code hash_value(const FromNode &fromNode);

/// Calls `fn` on each entry of a from_node history with its depth (0 for
/// `sources` themselves), each entry before its own history, in the order of
/// PyTorch's NodeSource.print_readable.
void walkNodeSources(const FromNode &sources,
                     function_ref<void(const NodeSource &, unsigned)> fn);

//===----------------------------------------------------------------------===//
// The node ops' `from_node` property (Fx_FromNodeProp in FxOps.td): absent
// or a list, with the generic form of MLIR's optional properties.
//===----------------------------------------------------------------------===//

Attribute convertToAttribute(MLIRContext *context,
                             const std::optional<FromNode> &fromNode);
LogicalResult convertFromAttribute(std::optional<FromNode> &fromNode,
                                   Attribute attr,
                                   function_ref<InFlightDiagnostic()> emitError);
/// Bytecode: a presence flag, then the entries as FxBytecode.cpp writes them.
void writeToMlirBytecode(DialectBytecodeWriter &writer,
                         const std::optional<FromNode> &fromNode);
LogicalResult readFromMlirBytecode(DialectBytecodeReader &reader,
                                   std::optional<FromNode> &fromNode);

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_IR_FROMNODE_H
