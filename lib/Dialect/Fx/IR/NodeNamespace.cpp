//===- NodeNamespace.cpp - The node names in use in a graph ---------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/NodeNamespace.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::fx;

/// Suffixes from here on are kept as strings: a bit vector per base grows to
/// its largest suffix, so this bounds it (512 KiB).
static constexpr uint64_t kMaxBitSuffix = uint64_t(1) << 22;

/// A name as FX reads it (`^([a-zA-Z_][0-9a-zA-Z_]*?)(?:_(\d+))?$`): a
/// non-empty base and, after `_`, a number N.
struct NodeNamespace::SplitName {
  StringRef base;
  /// N, or 0 for a bare base.
  uint64_t suffix = 0;
  /// Whether the name ends in `_N`.
  bool hasNumber = false;
  /// Whether the name is exactly `base_N` for this N (`add_07` and `add_0`
  /// are not) and N is small enough for a bit.
  bool hasBit = true;
};

NodeNamespace::SplitName NodeNamespace::splitName(StringRef name) {
  // The digits at the end, read right to left; more than 18 do not fit and
  // are part of the base (the name is still kept exactly).
  size_t start = name.size();
  uint64_t suffix = 0, scale = 1;
  while (start > 0 && llvm::isDigit(name[start - 1])) {
    if (name.size() - start == 18)
      return {name};
    suffix += (name[start - 1] - '0') * scale;
    scale *= 10;
    --start;
  }
  // The base is never empty: `_5` is a base of its own.
  if (start == name.size() || start < 2 || name[start - 1] != '_')
    return {name};
  bool leadingZero = name[start] == '0';
  return {name.take_front(start - 1), suffix, /*hasNumber=*/true,
          /*hasBit=*/!leadingZero && suffix < kMaxBitSuffix};
}

static std::string joinName(StringRef base, uint64_t suffix) {
  std::string name = base.str();
  name += '_';
  name += llvm::utostr(suffix);
  return name;
}

NodeNamespace::NodeNamespace(GraphOp graph, Operation *skip) {
  // In graph order, as FX rebuilds a graph's namespace when it copies or
  // loads the graph, so each base counts on from its last name.
  for (Operation &op : graph.getBody().front())
    if (std::optional<StringRef> name = getNodeName(&op); name && &op != skip)
      insert(*name);
}

NodeNamespace::BaseNames &NodeNamespace::getBase(StringRef base) {
  auto matches = [&](const std::pair<StringRef, BaseNames *> &entry) {
    return entry.second && entry.first.size() == base.size() &&
           entry.first == base;
  };
  if (matches(recentBases[lastRecentBase]))
    return *recentBases[lastRecentBase].second;
  for (auto [index, entry] : llvm::enumerate(recentBases)) {
    if (matches(entry)) {
      lastRecentBase = index;
      return *entry.second;
    }
  }
  // StringMap entries do not move when the map grows.
  auto it = bases.try_emplace(base).first;
  lastRecentBase = nextRecentBase;
  recentBases[nextRecentBase] = {it->getKey(), &it->second};
  nextRecentBase = (nextRecentBase + 1) % recentBases.size();
  return it->second;
}

bool NodeNamespace::contains(StringRef name) const {
  SplitName split = splitName(name);
  if (!split.hasBit)
    return others.contains(name);
  auto it = bases.find(split.base);
  return it != bases.end() && it->second.hasBitSet(split.suffix);
}

bool NodeNamespace::insert(StringRef name) {
  SplitName split = splitName(name);
  return insert(getBase(split.base), name, split);
}

bool NodeNamespace::insert(BaseNames &names, StringRef name,
                           const SplitName &split) {
  if (split.hasNumber)
    names.lastNumber = split.suffix;
  if (!split.hasBit)
    return others.insert(name).second;
  llvm::BitVector &used = names.used;
  if (split.suffix >= used.size())
    used.resize(std::min<size_t>(
        std::max<size_t>({split.suffix + 1, 2 * used.size(), 64}),
        kMaxBitSuffix));
  if (used.test(split.suffix))
    return false;
  used.set(split.suffix);
  return true;
}

void NodeNamespace::erase(StringRef name) {
  SplitName split = splitName(name);
  if (!split.hasBit) {
    others.erase(name);
    return;
  }
  auto it = bases.find(split.base);
  if (it == bases.end() || split.suffix >= it->second.used.size())
    return;
  it->second.used.reset(split.suffix);
}

static bool isIdentifier(StringRef name) {
  if (name.empty() || llvm::isDigit(name.front()))
    return false;
  for (char c : name)
    if (!llvm::isAlnum(c) && c != '_')
      return false;
  return true;
}

std::optional<std::string> NodeNamespace::claim(StringRef candidate) {
  // torch.fx's create_name (PyTorch 2): the candidate as an identifier is
  // kept if it is free and ends in its own number; otherwise its base counts
  // on from the last number that base was given, skipping reserved Python
  // names and names in use. Numbers below that are never reused.
  std::string rewritten;
  StringRef name = candidate;
  if (!isIdentifier(candidate)) {
    rewritten = candidate.empty() ? "_unnamed" : toPythonIdentifier(candidate);
    name = rewritten;
  }
  SplitName split = splitName(name);
  BaseNames &names = getBase(split.base);
  // Each name tested is the candidate or `base_N` with N > 0, which is N's
  // bit below kMaxBitSuffix: testing it needs no split and no string hash.
  SplitName nameSplit = split;
  BaseNames *nameBase = &names;
  uint64_t number = split.suffix;
  bool taken =
      split.hasBit ? names.hasBitSet(split.suffix) : others.contains(name);
  std::string fresh;
  auto useNumber = [&](uint64_t next) {
    number = next;
    fresh = joinName(split.base, number);
    name = fresh;
    if (number < kMaxBitSuffix) {
      nameSplit = {split.base, number, /*hasNumber=*/true, /*hasBit=*/true};
      nameBase = &names;
      taken = names.hasBitSet(number);
    } else {
      nameSplit = splitName(name);
      nameBase = &getBase(nameSplit.base);
      taken = nameSplit.hasBit ? nameBase->hasBitSet(nameSplit.suffix)
                               : others.contains(name);
    }
  };
  if (!split.hasNumber || taken) {
    number = names.lastNumber;
    if (isReservedPythonName(name))
      useNumber(number + 1);
  }
  // Count on past taken names, a run of taken suffixes a word at a time.
  while (taken) {
    uint64_t next = number + 1;
    if (names.hasBitSet(next)) {
      int unset = names.used.find_next_unset(next);
      next = unset < 0 ? names.used.size() : unset;
    }
    useNumber(next);
  }
  // Inserting a numbered name makes its number the base's last one.
  bool inserted = insert(*nameBase, name, nameSplit);
  (void)inserted;
  assert(inserted && "a fresh name was taken");
  if (name == candidate)
    return std::nullopt;
  return name.str();
}
