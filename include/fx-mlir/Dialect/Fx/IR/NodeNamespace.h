//===- NodeNamespace.h - The node names in use in a graph -------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// FX names every node of a graph uniquely (torch.fx.graph._Namespace of
// PyTorch 2): a node asks for a name, gets it when it is free and numbered,
// and otherwise `base_N` with N counting on from the last number its base was
// given. A name stays taken once used, even after its node is erased.
//
// Most names are `base` or `base_N`, with few distinct bases (one per target
// or input), so the set keeps one bit per suffix of each base: testing and
// claiming a name costs a short string hash and a bit, and a graph of a
// million nodes costs kilobytes. Names FX would write differently (`add_0`,
// `add_07`) and very large suffixes are kept as strings.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_IR_NODENAMESPACE_H
#define FX_MLIR_DIALECT_FX_IR_NODENAMESPACE_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <array>
#include <string>

namespace mlir {
class Operation;
} // namespace mlir

namespace mlir::fx {

class GraphOp;

class NodeNamespace {
public:
  NodeNamespace() = default;
  /// The names of `graph`'s nodes, except `skip`'s.
  explicit NodeNamespace(GraphOp graph, Operation *skip = nullptr);
  // Moving keeps the map's entries where they are, copying would not (see
  // recentBases).
  NodeNamespace(NodeNamespace &&) = default;
  NodeNamespace &operator=(NodeNamespace &&) = default;
  NodeNamespace(const NodeNamespace &) = delete;
  NodeNamespace &operator=(const NodeNamespace &) = delete;

  /// Whether `name` is taken.
  bool contains(StringRef name) const;
  /// Takes `name` as FX does when it creates a node of that name in a graph
  /// (its base counts on from its number); false if it was taken already.
  bool insert(StringRef name);
  /// Frees `name` (its node left the graph).
  void erase(StringRef name);

  /// Takes the name FX gives a node that asks for `candidate`, and returns
  /// it: `candidate` itself if it is free and numbered (`add_3`), or free
  /// and neither numbered before nor a reserved Python name; otherwise
  /// `base_K` with the first free K after the last number given to the base
  /// (`add` after `add_5` -> `add_6`). An empty optional means `candidate`
  /// was free and is now taken.
  std::optional<std::string> claim(StringRef candidate);

private:
  /// The suffixes in use after one base; bit 0 is the bare base.
  struct BaseNames {
    llvm::BitVector used;
    /// The number FX gave this base last (its `_base_count`).
    uint64_t lastNumber = 0;
    bool hasBitSet(uint64_t suffix) const {
      return suffix < used.size() && used.test(suffix);
    }
  };
  BaseNames &getBase(StringRef base);
  /// A name split as FX reads it (`base_N`).
  struct SplitName;
  static SplitName splitName(StringRef name);
  /// Inserts `name`, split as `split`, into `names`, its base's names.
  bool insert(BaseNames &names, StringRef name, const SplitName &split);

  llvm::StringMap<BaseNames> bases;
  /// The bases used last, which spare most lookups their string hash: nodes
  /// come in runs of a few kinds (a model's blocks, a pattern's ops).
  std::array<std::pair<StringRef, BaseNames *>, 8> recentBases = {};
  unsigned nextRecentBase = 0;
  unsigned lastRecentBase = 0;
  /// Names without a bit of their own.
  llvm::StringSet<> others;
};

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_IR_NODENAMESPACE_H
