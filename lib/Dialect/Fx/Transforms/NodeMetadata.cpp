//===- NodeMetadata.cpp - Types and metadata for created nodes ------------===//

#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "llvm/ADT/SmallString.h"

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
  //  - `higher_order.op`: HigherOrderOperator, "op";
  //  - functions of operator, math, builtins and torch (C builtins):
  //    builtin_function_or_method, the last component;
  //  - Python functions (torch.nn.functional.*, anything else): function.
  SmallVector<StringRef, 4> parts;
  target.split(parts, '.');
  StringRef head = parts.front();
  StringRef kind, name;
  bool pythonFunction = target.starts_with("torch.nn.functional.") ||
                        target.starts_with("torch.functional.");
  if (head == "higher_order" && parts.size() == 2) {
    kind = "HigherOrderOperator";
    name = parts[1];
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
  return TorchFnAttr::get(context, StringAttr::get(context, name + "_0"),
                          StringAttr::get(context, kind + "." + name));
}

//===----------------------------------------------------------------------===//
// NodeMetadataListener
//===----------------------------------------------------------------------===//

NodeMetadataListener::NodeMetadataListener(Operation *root,
                                           NodeMetadataOptions options,
                                           OpBuilder::Listener *next)
    : RewriterBase::ForwardingListener(next), root(root),
      options(std::move(options)), next(next) {
  MLIRContext *context = root->getContext();
  auto *dialect = context->getOrLoadDialect<FxDialect>();
  nnModuleStackName = dialect->getNnModuleStackAttrHelper().getName();
  torchFnName = dialect->getTorchFnAttrHelper().getName();
  customName = dialect->getCustomAttrHelper().getName();
  emptyStack = NNModuleStackAttr::getEmptySentinel(context);
  emptyCustom = DictAttr::get(context);
  if (this->options.genericKeys.empty())
    this->options.genericKeys = {nnModuleStackName, torchFnName, customName};
  if (this->options.inferTypes)
    shapeEnv = ShapeEnv::forOp(root);
}

NodeMetadataListener::~NodeMetadataListener() = default;

/// The six sym dunder methods the hook accepts besides call_function.
static bool isSymDunder(StringRef method) {
  return llvm::is_contained({"__sym_float__", "__sym_int__", "__ceil__",
                             "__floor__", "__trunc__", "__round__"},
                            method);
}

/// The value type a sym dunder method produces from `self`.
static Type inferSymDunderType(StringRef method, Type self) {
  MLIRContext *context = self.getContext();
  if (method == "__sym_float__")
    return SymFloatType::get(context);
  // __sym_int__, rounding: an int; a SymInt keeps its value.
  if (auto symInt = dyn_cast<SymIntType>(self))
    return symInt;
  return SymIntType::get(context);
}

void NodeMetadataListener::notifyOperationInserted(
    Operation *op, OpBuilder::InsertPoint previous) {
  // A moved op keeps everything it has.
  if (!previous.isSet() && root->isProperAncestor(op))
    processCreatedOp(op);
  ForwardingListener::notifyOperationInserted(op, previous);
}

void NodeMetadataListener::processCreatedOp(Operation *op) {
  if (isa<NodeOpInterface>(op))
    makeNameUnique(op);
  // An op that arrives with metadata of its own is a copy (a clone, or a
  // node its pattern annotated on purpose): it keeps exactly what it has.
  bool isCopy = llvm::any_of(options.genericKeys,
                             [&](StringAttr key) { return op->hasAttr(key); });

  if (auto method = dyn_cast<CallMethodOp>(op)) {
    if (!isSymDunder(method.getTarget()))
      return;
    if (options.inferTypes && method->getNumResults() == 1 &&
        method->getNumOperands() == 1 &&
        isOrContainsUnknown(method->getResult(0).getType()))
      method->getResult(0).setType(inferSymDunderType(
          method.getTarget(), method->getOperand(0).getType()));
    if (!isCopy)
      applyExplicitMetadata(op);
    return;
  }
  // Other nodes than calls of functions are left alone.
  if (isa<NodeOpInterface>(op) && !isa<CallFunctionOp>(op))
    return;

  bool isCall = isa<CallFunctionOp>(op);
  if (isCall && options.inferTypes && failed(inferTypes(op)))
    hadError = true;
  if (isCopy)
    return;
  if (isCall)
    applyExplicitMetadata(op);
  if (options.policy == InheritancePolicy::FirstArgument)
    inheritFromFirstArgument(op);
  else if (!patternRoots.empty() && patternRoots.back())
    inheritFromRoot(op, *patternRoots.back());
  else
    pending.insert(op);
}

LogicalResult NodeMetadataListener::inferTypes(Operation *op) {
  auto call = cast<CallFunctionOp>(op);
  if (!llvm::any_of(call->getResultTypes(), isOrContainsUnknown))
    return success();
  // Unknown inputs, or a target without a rule: the types stay unknown and
  // fx-verify-metadata reports them.
  if (llvm::any_of(call->getOperandTypes(), isOrContainsUnknown) ||
      !hasInferenceRule(call.getTarget()))
    return success();
  SmallVector<Type, 1> inferred;
  if (failed(inferCallFunctionTypes(call, shapeEnv.get(), inferred)))
    return failure();
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

void NodeMetadataListener::applyExplicitMetadata(Operation *op) {
  const ExplicitMetadata &metadata = options.explicitMetadata;
  if (metadata.stackTrace)
    op->setLoc(*metadata.stackTrace);
  auto set = [&](StringAttr name, Attribute value) {
    if (value)
      op->setAttr(name, value);
  };
  set(nnModuleStackName, metadata.nnModuleStack);
  set(torchFnName, metadata.torchFn);
  set(customName, metadata.custom);
}

void NodeMetadataListener::inheritFromFirstArgument(Operation *op) {
  // Rule 5: with no node argument there is nothing to inherit from.
  if (op->getNumOperands() == 0)
    return;
  Operation *source = op->getOperand(0).getDefiningOp();
  auto inherit = [&](StringAttr name, Attribute fallback) {
    if (op->hasAttr(name))
      return;
    Attribute value = source ? source->getAttr(name) : Attribute();
    if (!value)
      value = fallback;
    if (value)
      op->setAttr(name, value);
  };
  auto call = dyn_cast<CallFunctionOp>(op);
  if (!call) {
    for (StringAttr key : options.genericKeys)
      inherit(key, {});
    return;
  }
  inherit(nnModuleStackName, emptyStack);
  // torch_fn comes from the op's own target, never from the source.
  if (!op->hasAttr(torchFnName))
    op->setAttr(torchFnName, getTorchFnForTarget(call.getTargetAttr()));
  inherit(customName, emptyCustom);
  for (StringAttr key : options.genericKeys)
    if (key != nnModuleStackName && key != torchFnName && key != customName)
      inherit(key, {});
}

NodeMetadataListener::RootMetadata
NodeMetadataListener::getRootMetadata(Operation *rootOp) const {
  SmallVector<NamedAttribute, 4> attrs;
  for (StringAttr key : options.genericKeys)
    if (Attribute value = rootOp->getAttr(key))
      attrs.emplace_back(key, value);
  return {rootOp->getLoc(), DictionaryAttr::get(rootOp->getContext(), attrs)};
}

void NodeMetadataListener::inheritFromRoot(Operation *op,
                                           const RootMetadata &rootMetadata) {
  for (NamedAttribute attr : rootMetadata.attrs)
    if (!op->hasAttr(attr.getName()))
      op->setAttr(attr.getName(), attr.getValue());
  auto call = dyn_cast<CallFunctionOp>(op);
  if (!call)
    return;
  // run_decompositions keeps the original node's stack trace.
  if (!options.explicitMetadata.stackTrace)
    op->setLoc(rootMetadata.loc);
  if (!op->hasAttr(nnModuleStackName))
    op->setAttr(nnModuleStackName, emptyStack);
  if (!op->hasAttr(torchFnName))
    op->setAttr(torchFnName, getTorchFnForTarget(call.getTargetAttr()));
  if (!op->hasAttr(customName))
    op->setAttr(customName, emptyCustom);
}

void NodeMetadataListener::attributePendingOps(
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

void NodeMetadataListener::notifyOperationReplaced(Operation *op,
                                                   ValueRange replacement) {
  if (!pending.empty() && root->isProperAncestor(op)) {
    RootMetadata rootMetadata = getRootMetadata(op);
    for (Value value : replacement)
      attributePendingOps(value, rootMetadata);
  }
  ForwardingListener::notifyOperationReplaced(op, replacement);
}

void NodeMetadataListener::notifyOperationReplaced(Operation *op,
                                                   Operation *replacement) {
  notifyOperationReplaced(op, replacement->getResults());
}

void NodeMetadataListener::notifyOperationErased(Operation *op) {
  pending.remove(op);
  namesByGraph.erase(op);
  // The name stays taken (as in FX), but by nobody: a new op allocated at
  // the same address must not pass for its owner.
  if (auto node = dyn_cast<NodeOpInterface>(op)) {
    auto graph = namesByGraph.find(op->getParentOp());
    if (graph != namesByGraph.end()) {
      auto entry = graph->second.find(node.getNameAttr().getValue());
      if (entry != graph->second.end() && entry->second.owner == op)
        entry->second.owner = nullptr;
    }
  }
  ForwardingListener::notifyOperationErased(op);
}

void NodeMetadataListener::notifyPatternBegin(const Pattern &pattern,
                                              Operation *op) {
  std::optional<RootMetadata> rootMetadata;
  if (options.policy == InheritancePolicy::ReplacedOp &&
      root->isProperAncestor(op))
    rootMetadata = getRootMetadata(op);
  patternRoots.push_back(rootMetadata);
  ForwardingListener::notifyPatternBegin(pattern, op);
}

void NodeMetadataListener::notifyPatternEnd(const Pattern &pattern,
                                            LogicalResult status) {
  if (!patternRoots.empty())
    patternRoots.pop_back();
  ForwardingListener::notifyPatternEnd(pattern, status);
}

LogicalResult NodeMetadataListener::finalize() {
  for (Operation *op : pending)
    inheritFromFirstArgument(op);
  pending.clear();
  return failure(hadError);
}

TorchFnAttr NodeMetadataListener::getTorchFnForTarget(StringAttr target) {
  TorchFnAttr &cached = torchFnCache[target];
  if (!cached)
    cached = fx::getTorchFnForTarget(target.getContext(), target.getValue());
  return cached;
}

void NodeMetadataListener::makeNameUnique(Operation *op) {
  auto graph = dyn_cast_or_null<GraphOp>(op->getParentOp());
  if (!graph)
    return;
  auto [it, inserted] = namesByGraph.try_emplace(graph.getOperation());
  llvm::StringMap<NameEntry> &names = it->second;
  // The first node of a name owns it. Under drivers that report insertions
  // late, nodes not reported yet are in the graph already and own their
  // names; a copy of a node (inserted anywhere) does not.
  if (inserted)
    for (Operation &node : graph.getBody().front())
      if (auto other = dyn_cast<NodeOpInterface>(node); other && &node != op)
        names.try_emplace(other.getNameAttr().getValue(), NameEntry{&node});

  auto nodeOp = cast<NodeOpInterface>(op);
  StringRef name = nodeOp.getNameAttr().getValue();
  // A name that would shadow a Python builtin is never free (FX: `sum_1`).
  if (!isReservedPythonName(name)) {
    auto [entry, isNew] = names.try_emplace(name, NameEntry{op});
    if (isNew || entry->second.owner == op)
      return;
  }
  // FX's naming: `add` is taken, so `add_1`, `add_2`, ...; a name that ends
  // in `_N` counts on from its base.
  StringRef base = name;
  size_t underscore = name.rfind('_');
  unsigned suffix;
  if (underscore != StringRef::npos &&
      !name.drop_front(underscore + 1).getAsInteger(10, suffix))
    base = name.take_front(underscore);
  unsigned next = names[base].nextSuffix;
  SmallString<32> candidate;
  do {
    ++next;
    candidate = base;
    candidate += '_';
    candidate += std::to_string(next);
  } while (names.count(candidate));
  names[base].nextSuffix = next;
  names.try_emplace(candidate, NameEntry{op});
  nodeOp.setNameAttr(StringAttr::get(op->getContext(), candidate));
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
      enclosing(innermostScope) {
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
    : enclosing(innermostScope) {
  if (enclosing && next == enclosing->getListener())
    next = enclosing->getListener()->getNext();
  listener =
      std::make_unique<NodeMetadataListener>(root, std::move(options), next);
  innermostScope = this;
}

NodeMetadataScope::~NodeMetadataScope() {
  if (rewriter)
    rewriter->setListener(previous);
  innermostScope = enclosing;
}
