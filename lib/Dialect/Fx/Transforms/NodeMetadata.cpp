//===- NodeMetadata.cpp - Types and metadata for created nodes ------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/IR/HigherOrderOps.h"
#include "fx-mlir/Dialect/Fx/IR/NodeNamespace.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::fx;

//===----------------------------------------------------------------------===//
// torch_fn
//===----------------------------------------------------------------------===//

TorchFnAttr mlir::fx::getTorchFnForTarget(MLIRContext *context,
                                          StringRef target) {
  // The Python object a target names decides `type(target).__name__`, and
  // `target.__name__`:
  //  - `ns.op.overload` (torch.ops.ns.op.overload): OpOverload, "op.overload";
  //  - `ns.op` (an overload packet): OpOverloadPacket, "op";
  //  - `higher_order.op` and `torch.ops.higher_order.op`: the operator's own
  //    class (CondOp for cond), "op";
  //  - functions of operator, math, builtins and torch (C builtins):
  //    builtin_function_or_method, the last component;
  //  - Python functions (torch.nn.functional.*, anything else): function.
  SmallVector<StringRef, 4> parts;
  target.split(parts, '.');
  StringRef head = parts.front();
  StringRef kind, name;
  bool pythonFunction = target.starts_with("torch.nn.functional.") ||
                        target.starts_with("torch.functional.");
  if (std::optional<StringRef> hop = getHigherOrderOpName(target)) {
    kind = getHigherOrderOpClassName(*hop);
    name = *hop;
  } else if (pythonFunction) {
    kind = "function";
    name = parts.back();
  } else if (llvm::is_contained(
                 {"operator", "_operator", "builtins", "math", "torch"},
                 head)) {
    kind = "builtin_function_or_method";
    name = parts.back();
  } else if (parts.size() == 3) {
    kind = "OpOverload";
    name = target.drop_front(head.size() + 1);
  } else if (parts.size() == 2) {
    kind = "OpOverloadPacket";
    name = parts[1];
  } else {
    kind = "function";
    name = parts.back();
  }
  return TorchFnAttr::get(context, (name + "_0").str(),
                          (kind + "." + name).str());
}

//===----------------------------------------------------------------------===//
// The replaced-op policy's keys
//===----------------------------------------------------------------------===//

/// `_COPY_META_FIELDS` of PyTorch 2.13's torch/fx/proxy.py, in its order.
static constexpr StringLiteral kReplacedOpMetadataKeys[] = {
    "nn_module_stack", "torch_fn",         "source_fn_stack",
    "original_aten",   "recompute",        "ac_graph_id",
    "has_backward_hook", "from_node",      "quantization_tag",
    "_numeric_debug_handle", "custom",     "partitioner_tag",
};

ArrayRef<StringLiteral> mlir::fx::getReplacedOpMetadataKeys() {
  return kReplacedOpMetadataKeys;
}

/// The typed discardable attribute that holds the FX meta key `key`, or null
/// when the key lives in `fx.meta` (or, for from_node, in the node's
/// property).
static StringAttr getTypedMetadataAttrName(FxDialect *dialect, StringRef key) {
  for (StringAttr name : {dialect->getNnModuleStackAttrHelper().getName(),
                          dialect->getTorchFnAttrHelper().getName(),
                          dialect->getSourceFnStackAttrHelper().getName(),
                          dialect->getOriginalAtenAttrHelper().getName(),
                          dialect->getCustomAttrHelper().getName()})
    if (name.getValue().drop_front(dialect->getNamespace().size() + 1) == key)
      return name;
  return {};
}

/// `own`'s entries, then those of `inherited` whose key `own` lacks.
static DictAttr mergeMeta(DictAttr own, DictAttr inherited) {
  SmallVector<Attribute> keys(own.getKeys().getValue()),
      values(own.getValues().getValue());
  for (auto [key, value] :
       llvm::zip_equal(inherited.getKeys(), inherited.getValues()))
    if (!own.lookup(cast<StringAttr>(key).getValue())) {
      keys.push_back(key);
      values.push_back(value);
    }
  MLIRContext *context = own.getContext();
  return DictAttr::get(context, ArrayAttr::get(context, keys),
                       ArrayAttr::get(context, values));
}

//===----------------------------------------------------------------------===//
// NodeMetadataListener::Impl
//===----------------------------------------------------------------------===//

namespace {
/// A cache key made of uniqued attributes and types: their opaque pointers.
using UniquedKey = ArrayRef<const void *>;

/// Equal parts are equal pointers, so combining the pointers' hashes is
/// enough, and far cheaper than hash_combine on the per-op path.
struct UniquedKeyInfo : DenseMapInfo<UniquedKey> {
  static unsigned getHashValue(UniquedKey key) {
    unsigned hash = 0;
    for (const void *part : key)
      hash = llvm::detail::combineHashValue(
          hash, DenseMapInfo<const void *>::getHashValue(part));
    return hash;
  }
};
} // namespace

/// The listener's state and rules; the public class forwards to it.
class NodeMetadataListener::Impl {
public:
  Impl(Operation *root, NodeMetadataOptions options, OpBuilder::Listener *next);

  /// What an op of the replaced-op policy inherits from its root: its
  /// location and its values of the inherited keys.
  struct RootMetadata {
    Location loc;
    DictionaryAttr attrs;
    /// The root's target when it is a call of a function.
    StringAttr target;
    /// The root, until getRootProvenance has read it.
    Operation *op;
    /// The from_node of the calls made of the root (none when absent): read
    /// when the first op needs it, since drivers begin many patterns that
    /// create nothing.
    mutable std::optional<FromNode> provenance = std::nullopt;
    mutable bool provenanceRead = false;
    /// The op make_fx would be dispatching, when the pass names it.
    DispatchedOp dispatched = {};
  };

  void processCreatedOp(Operation *op);
  /// The discardable attributes of a created op whose metadata comes from
  /// its first argument's `source`, for a call of `target` (null for ops of
  /// other dialects), without provenance.
  DictionaryAttr getInheritedAttrs(DictionaryAttr source, StringAttr target);
  /// getInheritedAttrs keyed on the source's values of the generic keys.
  DictionaryAttr getInheritedAttrsByValues(DictionaryAttr source,
                                           StringAttr target);
  /// The same for an op whose metadata comes from the root it replaces.
  DictionaryAttr getRootAttrs(const RootMetadata &root, bool isCall);
  /// `attrs` with `originalAten` as original_aten.
  DictionaryAttr setOriginalAten(DictionaryAttr attrs,
                                 OperatorAttr originalAten);
  /// The original_aten that `dispatched` gives `call`, or null (copied from
  /// the root).
  OperatorAttr getOriginalAten(CallFunctionOp call,
                               const DispatchedOp &dispatched);
  /// Gives `node` `provenance` as its from_node unless it has one.
  template <typename NodeOp>
  static void addProvenance(NodeOp node,
                            const std::optional<FromNode> &provenance) {
    if (provenance && !node.getProperties().from_node)
      node.setFromNode(provenance);
  }
  void setDiscardableAttrs(Operation *op, DictionaryAttr attrs);
  LogicalResult inferTypes(Operation *op);
  /// The first-argument rule; `rewriteRoot` (if any) names the op's
  /// provenance.
  void inheritFromFirstArgument(Operation *op,
                                const RootMetadata *rewriteRoot);
  void inheritFromRoot(Operation *op, const RootMetadata &root);
  void attributePendingOps(Value value, const RootMetadata &root);
  /// First-argument provenance: the ops created with no known source that
  /// define `replacement` were made of `op` (PyTorch's
  /// GraphTransformObserver: action replace+create).
  void attributeReplacement(Operation *op, ValueRange replacement);
  RootMetadata getRootMetadata(Operation *root);
  /// The from_node of the calls made of `root`: recorded provenance, else
  /// under the replaced-op policy the root's own (a key of
  /// `_COPY_META_FIELDS`), else none.
  const std::optional<FromNode> &getRootProvenance(const RootMetadata &root);
  /// `[NodeSource(source, pass, action)]`: the from_node of a node `source`
  /// was made into.
  FromNode getProvenance(Operation *source, StringAttr action);
  /// The provenance of a created op with no known source: PyTorch's
  /// NodeSource(None, pass, create).
  const FromNode &getProvenanceWithoutSource();
  /// A graph's number in from_node (PyTorch's `id(graph)`): its position
  /// among the graphs under `root`, in the order they were met.
  int64_t getGraphId(Operation *graph);
  /// Starts a rewrite of `op` (null: a rewrite outside `root`).
  void beginRewrite(Operation *op);
  TorchFnAttr getTorchFnForTarget(StringAttr target);
  void makeNameUnique(Operation *node, StringRef name);
  void moveName(NodeOpInterface node, Operation *previousParent);
  NodeNamespace &getNamespace(GraphOp graph, Operation *newNode);

  Operation *root;
  NodeMetadataOptions options;
  OpBuilder::Listener *next;
  std::unique_ptr<ShapeEnv> shapeEnv;
  StringAttr nnModuleStackName, torchFnName, customName, originalAtenName,
      metaName;
  /// The replaced-op policy's keys (kReplacedOpMetadataKeys): the typed
  /// attributes, and the keys of `fx.meta`.
  SmallVector<StringAttr, 6> replacedOpAttrNames;
  llvm::SmallDenseSet<StringRef, 8> replacedOpMetaKeys;
  /// The first-argument policy's ops created with no known source, whose
  /// provenance the replacement they make names (GraphTransformObserver's
  /// replace hook).
  llvm::SmallPtrSet<Operation *, 8> unattributed;
  std::optional<FromNode> provenanceWithoutSource;
  /// The strings every recorded NodeSource shares.
  StringAttr passNameAttr, createAction, replaceCreateAction;
  /// The from_node lists this listener made (their shared storage): a root
  /// carrying one is a node of this pass, whose rewrite continues the
  /// rewrite that made it.
  llvm::DenseSet<const void *> givenProvenance;
  llvm::DenseMap<Operation *, int64_t> graphIds;
  NNModuleStackAttr emptyStack;
  DictAttr emptyCustom;
  /// A created op failed type inference; since the last finalize().
  bool hadError = false, unreportedError = false;

  /// Replaced-op policy: the roots of the rewrites in progress (they nest
  /// when a driver legalizes the ops a pattern creates), and the ops created
  /// while no root was known, waiting for the op they replace.
  SmallVector<std::optional<RootMetadata>, 2> patternRoots;
  llvm::SetVector<Operation *> pending;

  /// torch_fn per target, computed once.
  llvm::DenseMap<StringAttr, TorchFnAttr> torchFnCache;
  /// Per target, the op make_fx dispatches to make its nodes (null for
  /// targets it does not dispatch), computed once.
  llvm::DenseMap<StringAttr, OperatorAttr> dispatchedOps;
  /// The explicit metadata as a dictionary.
  DictionaryAttr explicitAttrs;
  /// getInheritedAttrs' results per (source's attributes, target), and per
  /// (target, the source's values of the generic keys).
  llvm::DenseMap<std::pair<DictionaryAttr, StringAttr>, DictionaryAttr>
      inheritedAttrsBySource;
  llvm::DenseMap<UniquedKey, DictionaryAttr, UniquedKeyInfo> inheritedAttrs;
  /// getRootAttrs' results per (root's attributes, root's target, is call).
  llvm::DenseMap<std::tuple<DictionaryAttr, StringAttr, unsigned>,
                 DictionaryAttr>
      rootAttrs;
  /// setOriginalAten's results per (attributes, original_aten).
  llvm::DenseMap<std::pair<DictionaryAttr, OperatorAttr>, DictionaryAttr>
      originalAtenAttrs;
  /// The inference registry entry per target, looked up once.
  llvm::DenseMap<StringAttr, const InferenceRuleHandle *> rules;
  /// The node names in use, per graph: read when the scope opens, or for a
  /// graph created later when its first node arrives.
  llvm::DenseMap<Operation *, std::unique_ptr<NodeNamespace>> namespaces;
  /// The graph of the last node named: nodes arrive in runs per graph.
  Operation *lastGraph = nullptr;
  NodeNamespace *lastNamespace = nullptr;
  /// Inferred result types per call signature (target, args, kwargs, operand
  /// types).
  llvm::DenseMap<UniquedKey, SmallVector<Type, 1>, UniquedKeyInfo>
      inferenceMemo;
  /// The arrays of inferenceMemo's and inheritedAttrs' keys.
  llvm::BumpPtrAllocator keyStorage;
  /// `key` in keyStorage, to outlive the caller's array.
  UniquedKey storeKey(UniquedKey key) { return key.copy(keyStorage); }
};

NodeMetadataListener::Impl::Impl(Operation *root, NodeMetadataOptions options,
                                 OpBuilder::Listener *next)
    : root(root), options(std::move(options)), next(next) {
  MLIRContext *context = root->getContext();
  auto *dialect = context->getOrLoadDialect<FxDialect>();
  nnModuleStackName = dialect->getNnModuleStackAttrHelper().getName();
  torchFnName = dialect->getTorchFnAttrHelper().getName();
  customName = dialect->getCustomAttrHelper().getName();
  originalAtenName = dialect->getOriginalAtenAttrHelper().getName();
  metaName = dialect->getMetaAttrHelper().getName();
  passNameAttr = StringAttr::get(context, this->options.passName);
  createAction = StringAttr::get(context, "create");
  replaceCreateAction = StringAttr::get(context, "replace+create");
  for (StringRef key : kReplacedOpMetadataKeys) {
    // A node's from_node is its property (inheritFromRoot).
    if (key == "from_node")
      continue;
    if (StringAttr name = getTypedMetadataAttrName(dialect, key))
      replacedOpAttrNames.push_back(name);
    else
      replacedOpMetaKeys.insert(key);
  }
  emptyStack = NNModuleStackAttr::getEmptySentinel(context);
  emptyCustom = DictAttr::get(context);
  if (this->options.genericKeys.empty())
    this->options.genericKeys = {nnModuleStackName, torchFnName, customName};
  if (this->options.inferTypes)
    shapeEnv = ShapeEnv::forOp(root);
  // The names in use when the scope opens. Read now rather than when a graph
  // gets its first new node, because drivers that report insertions late
  // have inserted every new node by then.
  root->walk<WalkOrder::PreOrder>([&](GraphOp graph) {
    namespaces[graph] = std::make_unique<NodeNamespace>(graph);
    graphIds.try_emplace(graph, graphIds.size());
    // Graphs nest in graph modules, never in nodes.
    return WalkResult::skip();
  });
  const ExplicitMetadata &metadata = this->options.explicitMetadata;
  NamedAttrList explicitList;
  if (metadata.nnModuleStack)
    explicitList.append(nnModuleStackName, metadata.nnModuleStack);
  if (metadata.torchFn)
    explicitList.append(torchFnName, metadata.torchFn);
  if (metadata.custom)
    explicitList.append(customName, metadata.custom);
  if (metadata.meta)
    explicitList.append(metaName, metadata.meta);
  explicitAttrs = explicitList.getDictionary(context);
}

//===----------------------------------------------------------------------===//
// NodeMetadataListener
//===----------------------------------------------------------------------===//

NodeMetadataListener::NodeMetadataListener(Operation *root,
                                           NodeMetadataOptions options,
                                           OpBuilder::Listener *next)
    : RewriterBase::ForwardingListener(next),
      impl(std::make_unique<Impl>(root, std::move(options), next)) {}

NodeMetadataListener::~NodeMetadataListener() = default;

OpBuilder::Listener *NodeMetadataListener::getNext() const {
  return impl->next;
}

void NodeMetadataListener::notifyOperationInserted(
    Operation *op, OpBuilder::InsertPoint previous) {
  // A moved op keeps everything it has; only its name moves with it.
  if (!previous.isSet()) {
    if (impl->root->isProperAncestor(op))
      impl->processCreatedOp(op);
  } else if (auto node = dyn_cast<NodeOpInterface>(op)) {
    impl->moveName(node, previous.getBlock()->getParentOp());
  }
  ForwardingListener::notifyOperationInserted(op, previous);
}

void NodeMetadataListener::Impl::processCreatedOp(Operation *op) {
  std::optional<StringRef> name = getNodeName(op);
  if (name)
    makeNameUnique(op, *name);
  // An op that arrives with metadata of its own (a clone, or a node its
  // pattern annotated on purpose) keeps those keys, key by key
  // (setDiscardableAttrs), and its location.
  bool hasOwnMetadata = !op->getDiscardableAttrDictionary().empty();

  if (auto method = dyn_cast<CallMethodOp>(op)) {
    if (!isSymDunderMethod(method.getTarget()))
      return;
    // The same rule fx-infer-types applies (round(x, ndigits) of a SymFloat
    // is a SymFloat); an unknown self leaves the result unknown.
    SmallVector<Type, 1> types;
    if (options.inferTypes && method->getNumResults() == 1 &&
        method->getNumOperands() >= 1 &&
        !isOrContainsUnknown(method->getOperand(0).getType()) &&
        isOrContainsUnknown(method->getResult(0).getType())) {
      if (succeeded(inferSymDunderTypes(method, types)))
        method->getResult(0).setType(types.front());
      else
        hadError = unreportedError = true;
    }
    if (options.explicitMetadata.stackTrace && !hasOwnMetadata)
      op->setLoc(*options.explicitMetadata.stackTrace);
    setDiscardableAttrs(op, explicitAttrs);
    if (options.recordProvenance) {
      const std::optional<RootMetadata> *rewriteRoot =
          patternRoots.empty() ? nullptr : &patternRoots.back();
      addProvenance(method, rewriteRoot && *rewriteRoot
                                ? getRootProvenance(**rewriteRoot)
                                : getProvenanceWithoutSource());
    }
    return;
  }
  // Other nodes than calls of functions are left alone.
  if (name && !isa<CallFunctionOp>(op))
    return;

  bool isCall = isa<CallFunctionOp>(op);
  if (isCall && options.inferTypes && failed(inferTypes(op)))
    hadError = unreportedError = true;
  if (isCall && options.explicitMetadata.stackTrace && !hasOwnMetadata)
    op->setLoc(*options.explicitMetadata.stackTrace);
  const RootMetadata *rewriteRoot =
      !patternRoots.empty() && patternRoots.back() ? &*patternRoots.back()
                                                   : nullptr;
  if (options.policy == InheritancePolicy::FirstArgument)
    inheritFromFirstArgument(op, rewriteRoot);
  else if (rewriteRoot)
    inheritFromRoot(op, *rewriteRoot);
  else
    pending.insert(op);
}

LogicalResult NodeMetadataListener::Impl::inferTypes(Operation *op) {
  auto call = cast<CallFunctionOp>(op);
  if (!llvm::any_of(call->getResultTypes(), isOrContainsUnknown))
    return success();
  // Unknown inputs, or a target without a rule: the types stay unknown and
  // fx-verify-metadata reports them.
  SmallVector<Type, 4> operandTypes;
  for (Value operand : call->getOperands()) {
    if (isOrContainsUnknown(operand.getType()))
      return success();
    operandTypes.push_back(operand.getType());
  }
  // Inference is a function of the target, args, kwargs and operand types
  // unless it hands out unbacked symbols: real graphs repeat the same calls
  // (every block of a model), so the results are remembered.
  SmallVector<const void *, 8> signature = {
      call.getTargetAttr().getAsOpaquePointer(),
      call.getArgs().getAsOpaquePointer(),
      call.getKwargs().getAsOpaquePointer()};
  for (Type type : operandTypes)
    signature.push_back(type.getAsOpaquePointer());
  ArrayRef<Type> inferred;
  SmallVector<Type, 1> computed;
  auto [rule, inserted] = rules.try_emplace(call.getTargetAttr(), nullptr);
  if (inserted)
    rule->second = lookupInferenceRule(call.getTarget());
  if (!rule->second) {
    // Higher-order ops are typed from their subgraphs, which the memo's key
    // does not see; any other target without a rule stays unknown.
    if (!hasInferenceRule(call.getTarget()))
      return success();
    if (failed(inferCallFunctionTypes(call, shapeEnv.get(), computed)))
      return failure();
    inferred = computed;
  } else if (auto memo = inferenceMemo.find(signature);
             memo != inferenceMemo.end()) {
    inferred = memo->second;
  } else {
    unsigned symbolsBefore = shapeEnv->getNumCreatedSymbols();
    if (failed(inferCallFunctionTypes(
            rule->second, call.getContext(), call.getTarget(), call.getArgs(),
            call.getKwargs(), operandTypes, shapeEnv.get(),
            [&] { return call.emitOpError(); }, computed)))
      return failure();
    if (shapeEnv->getNumCreatedSymbols() == symbolsBefore)
      inferenceMemo.try_emplace(storeKey(signature), computed.begin(),
                                computed.end());
    inferred = computed;
  }
  if (inferred.empty() && call->getNumResults() == 1) {
    // A placeholder result of an op whose schema returns nothing: FX's
    // `val = None`.
    call->getResult(0).setType(NoneType::get(call.getContext()));
    return success();
  }
  if (inferred.size() != call->getNumResults())
    return call.emitOpError("was created with ")
           << call->getNumResults() << " results but its schema returns "
           << inferred.size();
  for (auto [result, type] : llvm::zip_equal(call->getResults(), inferred))
    result.setType(type);
  return success();
}

void NodeMetadataListener::Impl::setDiscardableAttrs(Operation *op,
                                                     DictionaryAttr attrs) {
  // A new op has no discardable attributes: take the computed dictionary
  // as is. Otherwise add what it lacks, key by key: the keys of `fx.meta`
  // too.
  if (op->getDiscardableAttrDictionary().empty()) {
    op->setDiscardableAttrs(attrs);
    return;
  }
  for (NamedAttribute attr : attrs) {
    Attribute own = op->getAttr(attr.getName());
    if (!own)
      op->setAttr(attr.getName(), attr.getValue());
    else if (attr.getName() == metaName)
      if (auto ownMeta = dyn_cast<DictAttr>(own))
        op->setAttr(metaName,
                    mergeMeta(ownMeta, cast<DictAttr>(attr.getValue())));
  }
}

DictionaryAttr
NodeMetadataListener::Impl::getInheritedAttrs(DictionaryAttr source,
                                              StringAttr target) {
  // Most created ops share their source's metadata and target with others,
  // and so the result: it is built and uniqued once. Sources that share
  // their dictionary are found at once; a source whose dictionary is its own
  // (its seq_nr, say) shares the values of the inherited keys.
  DictionaryAttr &bySource = inheritedAttrsBySource[{source, target}];
  if (!bySource)
    bySource = getInheritedAttrsByValues(source, target);
  return bySource;
}

DictionaryAttr
NodeMetadataListener::Impl::getInheritedAttrsByValues(DictionaryAttr source,
                                                      StringAttr target) {
  // The key: the target, then the source's value of each generic key (one
  // pass over the source's few entries).
  SmallVector<const void *, 4> key(options.genericKeys.size() + 1);
  key[0] = target.getAsOpaquePointer();
  for (NamedAttribute entry : source)
    for (auto [index, name] : llvm::enumerate(options.genericKeys))
      // torch_fn comes from the op's own target, never from the source
      // (rule 7).
      if (entry.getName() == name && !(target && name == torchFnName))
        key[index + 1] = entry.getValue().getAsOpaquePointer();
  if (auto cached = inheritedAttrs.find(key); cached != inheritedAttrs.end())
    return cached->second;
  MLIRContext *context = root->getContext();
  NamedAttrList attrs;
  // Explicit metadata first (rule 4); then the source's values of the keys;
  // then the hook's defaults for calls of functions.
  if (target)
    attrs.append(explicitAttrs.getValue());
  for (auto [name, value] :
       llvm::zip_equal(options.genericKeys, ArrayRef(key).drop_front()))
    if (value && !attrs.get(name))
      attrs.append(name, Attribute::getFromOpaquePointer(value));
  if (target) {
    if (!attrs.get(nnModuleStackName))
      attrs.append(nnModuleStackName, emptyStack);
    if (!attrs.get(torchFnName))
      attrs.append(torchFnName, getTorchFnForTarget(target));
    if (!attrs.get(customName))
      attrs.append(customName, emptyCustom);
  }
  DictionaryAttr result = attrs.getDictionary(context);
  inheritedAttrs.try_emplace(storeKey(key), result);
  return result;
}

/// `attrs` with `name` set to `value`. The entries are sorted: the entry
/// goes in its place, and the result needs no sort before it is uniqued.
static DictionaryAttr setSorted(DictionaryAttr attrs, StringAttr name,
                                Attribute value) {
  SmallVector<NamedAttribute, 8> entries(attrs.getValue());
  auto *it = llvm::partition_point(
      entries, [&](NamedAttribute entry) { return entry < name.getValue(); });
  if (it != entries.end() && it->getName() == name)
    it->setValue(value);
  else
    entries.insert(it, NamedAttribute(name, value));
  return DictionaryAttr::getWithSorted(attrs.getContext(), entries);
}

DictionaryAttr
NodeMetadataListener::Impl::setOriginalAten(DictionaryAttr attrs,
                                            OperatorAttr originalAten) {
  // The dispatched op overwrites the value copied from the root
  // (set_original_aten_op); the ops of a rewrite share few values.
  if (attrs.get(originalAtenName) == originalAten)
    return attrs;
  DictionaryAttr &cached = originalAtenAttrs[{attrs, originalAten}];
  if (!cached)
    cached = setSorted(attrs, originalAtenName, originalAten);
  return cached;
}

DictionaryAttr
NodeMetadataListener::Impl::getRootAttrs(const RootMetadata &rootMetadata,
                                         bool isCall) {
  // run_decompositions retraces the root under `preserve_node_meta`, which
  // copies the keys of `_COPY_META_FIELDS` the root has and adds no hook
  // default: a root without `custom` gives nodes without `custom`. Only a
  // call of a root without `nn_module_stack` or `torch_fn` gets the
  // retrace's own: an empty stack and the torch_fn of the root's target.
  // Ops of other dialects get the generic keys. (from_node, a property, is
  // set by inheritFromRoot.)
  DictionaryAttr source = rootMetadata.attrs;
  DictionaryAttr &cached =
      rootAttrs[{source, rootMetadata.target, unsigned(isCall)}];
  if (cached)
    return cached;
  MLIRContext *context = root->getContext();
  NamedAttrList attrs;
  if (!isCall) {
    for (StringAttr key : options.genericKeys)
      if (Attribute value = source.get(key))
        attrs.append(key, value);
    cached = attrs.getDictionary(context);
    return cached;
  }
  attrs.append(explicitAttrs.getValue());
  for (StringAttr key : replacedOpAttrNames)
    if (!attrs.get(key))
      if (Attribute value = source.get(key))
        attrs.append(key, value);
  if (auto meta = source.getAs<DictAttr>(metaName)) {
    SmallVector<Attribute> keys, values;
    for (auto [key, value] : llvm::zip_equal(meta.getKeys(), meta.getValues()))
      if (replacedOpMetaKeys.contains(cast<StringAttr>(key).getValue())) {
        keys.push_back(key);
        values.push_back(value);
      }
    if (!keys.empty()) {
      auto copied = DictAttr::get(context, ArrayAttr::get(context, keys),
                                  ArrayAttr::get(context, values));
      auto explicitMeta = attrs.get(metaName);
      attrs.set(metaName, explicitMeta
                              ? mergeMeta(cast<DictAttr>(explicitMeta), copied)
                              : copied);
    }
  }
  if (!attrs.get(nnModuleStackName))
    attrs.append(nnModuleStackName, NNModuleStackAttr::get(context, {}));
  if (!attrs.get(torchFnName) && rootMetadata.target)
    attrs.append(torchFnName, getTorchFnForTarget(rootMetadata.target));
  cached = attrs.getDictionary(context);
  return cached;
}

void NodeMetadataListener::Impl::inheritFromFirstArgument(
    Operation *op, const RootMetadata *rewriteRoot) {
  auto call = dyn_cast<CallFunctionOp>(op);
  // Provenance for calls: the rewrite's root, else none until the op
  // replaces a node (notifyOperationReplaced).
  if (call && options.recordProvenance) {
    if (rewriteRoot) {
      addProvenance(call, getRootProvenance(*rewriteRoot));
    } else if (!call.getProperties().from_node) {
      call.setFromNode(getProvenanceWithoutSource());
      unattributed.insert(op);
    }
  }
  // Rule 5: with no node argument there is nothing to inherit from; a call
  // still gets the explicit metadata.
  if (op->getNumOperands() == 0) {
    if (call)
      setDiscardableAttrs(op, explicitAttrs);
    return;
  }
  Operation *source = op->getOperand(0).getDefiningOp();
  DictionaryAttr sourceAttrs = source ? source->getDiscardableAttrDictionary()
                                      : DictionaryAttr::get(op->getContext());
  setDiscardableAttrs(
      op, getInheritedAttrs(sourceAttrs,
                            call ? call.getTargetAttr() : StringAttr()));
}

NodeMetadataListener::Impl::RootMetadata
NodeMetadataListener::Impl::getRootMetadata(Operation *rootOp) {
  auto call = dyn_cast<CallFunctionOp>(rootOp);
  return {rootOp->getLoc(), rootOp->getDiscardableAttrDictionary(),
          call ? call.getTargetAttr() : StringAttr(), rootOp};
}

const std::optional<FromNode> &
NodeMetadataListener::Impl::getRootProvenance(const RootMetadata &rootMetadata) {
  if (rootMetadata.provenanceRead || !rootMetadata.op)
    return rootMetadata.provenance;
  rootMetadata.provenanceRead = true;
  const FromNode *own = getFromNode(rootMetadata.op);
  if (!options.recordProvenance) {
    if (options.policy == InheritancePolicy::ReplacedOp && own)
      rootMetadata.provenance = *own;
    return rootMetadata.provenance;
  }
  // A node this pass made and now rewrites again (a decomposition of a
  // decomposition's node) is an intermediate step of one rewrite, as
  // run_decompositions' retrace, which never materializes it, sees it: the
  // nodes made of it come from its own source.
  if (own && givenProvenance.contains(own->getOpaquePointer())) {
    rootMetadata.provenance = *own;
  } else {
    rootMetadata.provenance = getProvenance(rootMetadata.op, createAction);
    givenProvenance.insert(rootMetadata.provenance->getOpaquePointer());
  }
  return rootMetadata.provenance;
}

void NodeMetadataListener::Impl::inheritFromRoot(
    Operation *op, const RootMetadata &rootMetadata) {
  auto call = dyn_cast<CallFunctionOp>(op);
  bool hasOwnMetadata = !op->getDiscardableAttrDictionary().empty();
  DictionaryAttr attrs = getRootAttrs(rootMetadata, bool(call));
  // original_aten is the op make_fx was dispatching when it made the node,
  // when the pass names one.
  if (OperatorAttr originalAten =
          call ? getOriginalAten(call, rootMetadata.dispatched)
               : OperatorAttr())
    attrs = setOriginalAten(attrs, originalAten);
  setDiscardableAttrs(op, attrs);
  // from_node: the provenance, which names the root and nests its own, or
  // without it the root's, copied as any key of `_COPY_META_FIELDS`.
  if (call)
    addProvenance(call, getRootProvenance(rootMetadata));
  // run_decompositions keeps the original node's stack trace.
  if (call && !options.explicitMetadata.stackTrace && !hasOwnMetadata)
    op->setLoc(rootMetadata.loc);
}

/// Whether make_fx makes the nodes of `target` by dispatching it: an op
/// overload (`ns.op.overload`), except the size queries its tracer records
/// by itself (`aten.sym_size.int`, ...).
static bool isDispatchedByMakeFx(StringRef target) {
  SmallVector<StringRef, 3> parts;
  target.split(parts, '.');
  if (parts.size() != 3 ||
      llvm::is_contained({"operator", "_operator", "builtins", "math", "torch",
                          "higher_order"},
                         parts[0]))
    return false;
  return !(parts[0] == "aten" && parts[1].starts_with("sym_"));
}

OperatorAttr
NodeMetadataListener::Impl::getOriginalAten(CallFunctionOp call,
                                            const DispatchedOp &dispatched) {
  if (!dispatched.isEachCreatedOp())
    return dispatched.getOp();
  // Each op overload is dispatched on its own; make_fx makes the getitem
  // nodes of a tuple inside the dispatch of the op that returns it.
  if (call.getTarget() == "operator.getitem") {
    Operation *tuple =
        call->getNumOperands() ? call->getOperand(0).getDefiningOp() : nullptr;
    return tuple ? tuple->getAttrOfType<OperatorAttr>(originalAtenName)
                 : OperatorAttr();
  }
  auto [it, inserted] = dispatchedOps.try_emplace(call.getTargetAttr());
  if (inserted && isDispatchedByMakeFx(call.getTarget()))
    it->second = OperatorAttr::get(call.getContext(), call.getTarget());
  return it->second;
}

FromNode NodeMetadataListener::Impl::getProvenance(Operation *source,
                                                   StringAttr action) {
  // NodeSource(source, pass_name, action): the source node's name, target
  // (str(node.target), which our target strings are for operator overloads)
  // and graph, with the source's own from_node nested. Nothing is uniqued:
  // the entry is the node's own, shared by the nodes made of the source.
  std::optional<StringRef> name = getNodeName(source);
  auto target = source->getAttrOfType<StringAttr>("target");
  if (!name || !target)
    target = StringAttr::get(root->getContext(),
                             source->getName().getStringRef());
  const FromNode *nested = getFromNode(source);
  return FromNode(NodeSource(name.value_or(""), target,
                             getGraphId(source->getParentOp()), passNameAttr,
                             action, nested ? *nested : FromNode()));
}

const FromNode &NodeMetadataListener::Impl::getProvenanceWithoutSource() {
  if (!provenanceWithoutSource)
    provenanceWithoutSource = FromNode(
        NodeSource("", StringAttr::get(root->getContext()), /*graphId=*/-1,
                   passNameAttr, createAction, FromNode()));
  return *provenanceWithoutSource;
}

int64_t NodeMetadataListener::Impl::getGraphId(Operation *graph) {
  if (!graph)
    return -1;
  return graphIds.try_emplace(graph, graphIds.size()).first->second;
}

void NodeMetadataListener::Impl::attributePendingOps(
    Value value, const RootMetadata &rootMetadata) {
  SmallVector<Value, 8> worklist = {value};
  while (!worklist.empty()) {
    Operation *def = worklist.pop_back_val().getDefiningOp();
    if (!def || !pending.remove(def))
      continue;
    inheritFromRoot(def, rootMetadata);
    llvm::append_range(worklist, def->getOperands());
  }
}

void NodeMetadataListener::Impl::attributeReplacement(Operation *op,
                                                      ValueRange replacement) {
  std::optional<FromNode> provenance;
  for (Value value : replacement) {
    Operation *def = value.getDefiningOp();
    if (!def || !unattributed.erase(def))
      continue;
    if (!provenance)
      provenance = getProvenance(op, replaceCreateAction);
    cast<CallFunctionOp>(def).setFromNode(provenance);
  }
}

/// Under dialect conversion, a replacement value whose type differs from the
/// replaced one reaches the replaced node's users through a cast back to the
/// old type, which only a type converter could remove. When the old type is
/// `!fx.unknown` and the listener has inferred the replacement's type, the
/// cast is a refinement, not a conversion: typing its result like its input
/// makes it an identity the driver folds away, and the users get the typed
/// value, as under every other driver (FX nodes take operands of any type).
static void refineCastToUnknown(Value replacement) {
  auto cast = replacement.getDefiningOp<UnrealizedConversionCastOp>();
  if (!cast || cast->getNumOperands() != 1 || cast->getNumResults() != 1 ||
      !isa<UnknownType>(replacement.getType()))
    return;
  Type input = cast->getOperand(0).getType();
  if (isOrContainsUnknown(input) ||
      !llvm::all_of(replacement.getUsers(), llvm::IsaPred<NodeOpInterface>))
    return;
  replacement.setType(input);
}

void NodeMetadataListener::notifyOperationReplaced(Operation *op,
                                                   ValueRange replacement) {
  llvm::for_each(replacement, refineCastToUnknown);
  if (!impl->unattributed.empty())
    impl->attributeReplacement(op, replacement);
  if (!impl->pending.empty() && impl->root->isProperAncestor(op)) {
    Impl::RootMetadata rootMetadata = impl->getRootMetadata(op);
    for (Value value : replacement)
      impl->attributePendingOps(value, rootMetadata);
  }
  ForwardingListener::notifyOperationReplaced(op, replacement);
}

void NodeMetadataListener::notifyOperationReplaced(Operation *op,
                                                   Operation *replacement) {
  notifyOperationReplaced(op, replacement->getResults());
}

void NodeMetadataListener::notifyOperationErased(Operation *op) {
  impl->pending.remove(op);
  impl->unattributed.erase(op);
  // A root erased before the ops of its rewrite are created: read its
  // provenance while it exists.
  for (std::optional<Impl::RootMetadata> &rootMetadata : impl->patternRoots)
    if (rootMetadata && rootMetadata->op == op) {
      impl->getRootProvenance(*rootMetadata);
      rootMetadata->op = nullptr;
    }
  // An erased node's name stays taken, as in FX.
  if (isa<GraphOp>(op)) {
    impl->namespaces.erase(op);
    if (impl->lastGraph == op)
      impl->lastGraph = nullptr;
  }
  ForwardingListener::notifyOperationErased(op);
}

void NodeMetadataListener::Impl::beginRewrite(Operation *op) {
  std::optional<RootMetadata> rootMetadata;
  if ((options.policy == InheritancePolicy::ReplacedOp ||
       options.recordProvenance) &&
      root->isProperAncestor(op))
    rootMetadata = getRootMetadata(op);
  patternRoots.push_back(rootMetadata);
}

void NodeMetadataListener::beginRewrite(Operation *op) {
  impl->beginRewrite(op);
}

void NodeMetadataListener::setDispatchedOp(DispatchedOp op) {
  if (!impl->patternRoots.empty() && impl->patternRoots.back())
    impl->patternRoots.back()->dispatched = op;
}

DispatchedOp NodeMetadataListener::getDispatchedOp() const {
  if (impl->patternRoots.empty() || !impl->patternRoots.back())
    return {};
  return impl->patternRoots.back()->dispatched;
}

void NodeMetadataListener::recordKeptNode(CallFunctionOp call) {
  if (impl->options.policy != InheritancePolicy::ReplacedOp)
    return;
  OperatorAttr originalAten =
      impl->getOriginalAten(call, DispatchedOp::eachCreatedOp());
  if (!originalAten)
    return;
  // Not through setOriginalAten's cache: a kept node's attributes are its
  // own (its torch_fn names it), so no other node shares the result.
  DictionaryAttr attrs = call->getDiscardableAttrDictionary();
  if (attrs.get(impl->originalAtenName) != originalAten)
    call->setDiscardableAttrs(
        setSorted(attrs, impl->originalAtenName, originalAten));
}

void NodeMetadataListener::endRewrite() {
  if (!impl->patternRoots.empty())
    impl->patternRoots.pop_back();
}

void NodeMetadataListener::notifyPatternBegin(const Pattern &pattern,
                                              Operation *op) {
  impl->beginRewrite(op);
  ForwardingListener::notifyPatternBegin(pattern, op);
}

void NodeMetadataListener::notifyPatternEnd(const Pattern &pattern,
                                            LogicalResult status) {
  endRewrite();
  ForwardingListener::notifyPatternEnd(pattern, status);
}

LogicalResult NodeMetadataListener::finalize() {
  for (Operation *op : impl->pending)
    impl->inheritFromFirstArgument(op, /*rewriteRoot=*/nullptr);
  impl->pending.clear();
  impl->unattributed.clear();
  impl->unreportedError = false;
  return failure(impl->hadError);
}

bool NodeMetadataListener::hasUnfinalizedWork() const {
  return !impl->pending.empty() || impl->unreportedError;
}

TorchFnAttr NodeMetadataListener::Impl::getTorchFnForTarget(StringAttr target) {
  TorchFnAttr &cached = torchFnCache[target];
  if (!cached)
    cached = fx::getTorchFnForTarget(target.getContext(), target.getValue());
  return cached;
}

NodeNamespace &NodeMetadataListener::Impl::getNamespace(GraphOp graph,
                                                        Operation *newNode) {
  if (graph.getOperation() == lastGraph)
    return *lastNamespace;
  std::unique_ptr<NodeNamespace> &names = namespaces[graph];
  // A graph created after the scope opened: its nodes other than `newNode`
  // were there before it.
  if (!names)
    names = std::make_unique<NodeNamespace>(graph, newNode);
  lastGraph = graph;
  lastNamespace = names.get();
  return *names;
}

void NodeMetadataListener::Impl::moveName(NodeOpInterface node,
                                          Operation *previousParent) {
  Operation *parent = node->getParentOp();
  if (parent == previousParent)
    return;
  // Under FX a node never changes graphs (a pass rebuilds them), so a graph
  // keeps no claim on the names of the nodes that left it.
  if (auto it = namespaces.find(previousParent); it != namespaces.end())
    it->second->erase(node.getName());
  if (auto it = namespaces.find(parent); it != namespaces.end())
    it->second->insert(node.getName());
}

void NodeMetadataListener::Impl::makeNameUnique(Operation *node,
                                                StringRef name) {
  auto graph = dyn_cast_or_null<GraphOp>(node->getParentOp());
  if (!graph)
    return;
  if (std::optional<std::string> fresh = getNamespace(graph, node).claim(name))
    cast<NodeOpInterface>(node).setName(*fresh);
}

//===----------------------------------------------------------------------===//
// NodeMetadataScope
//===----------------------------------------------------------------------===//

/// The innermost scope of this thread, so that a nested scope replaces its
/// listener in the chain instead of stacking a second one.
static thread_local NodeMetadataScope *innermostScope = nullptr;

NodeMetadataScope::NodeMetadataScope(RewriterBase &rewriter, Operation *root,
                                     NodeMetadataOptions options)
    : rewriter(&rewriter), previous(rewriter.getListener()),
      enclosing(innermostScope), root(root) {
  OpBuilder::Listener *next = previous;
  if (enclosing && previous == enclosing->getListener())
    next = enclosing->getListener()->getNext();
  listener =
      std::make_unique<NodeMetadataListener>(root, std::move(options), next);
  rewriter.setListener(listener.get());
  innermostScope = this;
}

NodeMetadataScope::NodeMetadataScope(Operation *root,
                                     NodeMetadataOptions options,
                                     OpBuilder::Listener *next)
    : enclosing(innermostScope), root(root) {
  if (enclosing && next == enclosing->getListener())
    next = enclosing->getListener()->getNext();
  listener =
      std::make_unique<NodeMetadataListener>(root, std::move(options), next);
  innermostScope = this;
}

NodeMetadataScope::~NodeMetadataScope() {
  if (listener->hasUnfinalizedWork()) {
    // finalize() was forgotten or skipped: do its work rather than leave ops
    // without metadata, and make the dropped result impossible to miss.
    bool typesComplete = succeeded(listener->finalize());
    InFlightDiagnostic diag =
        root->emitError("NodeMetadataScope destroyed before finalize() "
                        "reported its result");
    if (!typesComplete)
      diag << ": a created op failed type inference";
    diag.report();
    assert(false && "NodeMetadataScope destroyed with unfinalized work; call "
                    "finalize() and check its result");
  }
  if (rewriter)
    rewriter->setListener(previous);
  innermostScope = enclosing;
}
