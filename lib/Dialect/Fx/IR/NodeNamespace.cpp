//===- NodeNamespace.cpp - The node names in use in a graph ---------------===//

#include "fx-mlir/Dialect/Fx/IR/NodeNamespace.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::fx;

/// Suffixes from here on are kept as strings: a bit vector per base grows to
/// its largest suffix, so this bounds it (512 KiB).
static constexpr uint64_t kMaxBitSuffix = uint64_t(1) << 22;

/// A name as FX reads it: `base_N`, or `base` alone.
struct NodeNamespace::SplitName {
  StringRef base;
  /// N, or 0 for a bare base.
  uint64_t suffix = 0;
  /// Whether the name is exactly `base_N` for this N (`add_07` and `add_0`
  /// are not) and N is small enough for a bit.
  bool hasBit = true;
  /// Whether N has leading zeros (`add_07`, `add_00`), which create_name
  /// drops.
  bool hasLeadingZeros = false;
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
  if (start == name.size() || start == 0 || name[start - 1] != '_')
    return {name};
  bool leadingZero = name[start] == '0';
  return {name.take_front(start - 1), suffix,
          /*hasBit=*/!leadingZero && suffix < kMaxBitSuffix,
          /*hasLeadingZeros=*/leadingZero && start + 1 < name.size()};
}

static std::string joinName(StringRef base, uint64_t suffix) {
  std::string name = base.str();
  name += '_';
  name += llvm::utostr(suffix);
  return name;
}

NodeNamespace::NodeNamespace(GraphOp graph, Operation *skip) {
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

bool NodeNamespace::containsSuffixed(const BaseNames &names, StringRef base,
                                     uint64_t suffix) const {
  if (suffix < kMaxBitSuffix)
    return names.hasBitSet(suffix);
  return others.contains(joinName(base, suffix));
}

bool NodeNamespace::contains(StringRef name) const {
  SplitName split = splitName(name);
  if (!split.hasBit)
    return others.contains(name);
  auto it = bases.find(split.base);
  return it != bases.end() && it->second.hasBitSet(split.suffix);
}

bool NodeNamespace::insert(StringRef name) {
  return insert(name, splitName(name));
}

bool NodeNamespace::insert(StringRef name, const SplitName &split) {
  if (!split.hasBit)
    return others.insert(name).second;
  llvm::BitVector &used = getBase(split.base).used;
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
  BaseNames &names = it->second;
  names.used.reset(split.suffix);
  if (split.suffix != 0)
    names.firstMaybeFree = std::min(names.firstMaybeFree, split.suffix);
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
  // torch.fx's create_name: the candidate as an identifier, its `_N` read as
  // a number (`add_07` asks for `add_7`); then, while the name is taken or
  // shadows a builtin, the next N (from 1 for a bare base).
  std::string rewritten;
  StringRef name = candidate;
  SplitName split = splitName(candidate);
  if (!isIdentifier(candidate) || split.hasLeadingZeros) {
    rewritten = toPythonIdentifier(candidate);
    split = splitName(rewritten);
    if (split.hasLeadingZeros) {
      rewritten = joinName(split.base, split.suffix);
      split = splitName(rewritten);
    }
    name = rewritten;
  }
  // Only a bare base can be a reserved name: none has digits.
  bool isReserved = split.base == name && isReservedPythonName(name);
  if (!isReserved && insert(name, split)) {
    if (name == candidate)
      return std::nullopt;
    return rewritten;
  }
  BaseNames &names = getBase(split.base);
  uint64_t suffix = std::max(split.suffix + 1, names.firstMaybeFree);
  // Skip the run of taken suffixes a word at a time (the vector never grows
  // past kMaxBitSuffix).
  while (names.hasBitSet(suffix)) {
    int next = names.used.find_next_unset(suffix);
    suffix = next < 0 ? names.used.size() : next;
  }
  while (containsSuffixed(names, split.base, suffix))
    ++suffix;
  if (split.suffix + 1 <= names.firstMaybeFree)
    names.firstMaybeFree = suffix + 1;
  std::string fresh = joinName(split.base, suffix);
  bool inserted = insert(fresh);
  (void)inserted;
  assert(inserted && "a fresh name was taken");
  return fresh;
}
