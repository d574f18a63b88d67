//===- NodeMetadata.cpp - Types and metadata for created nodes ------------===//

#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/IR/HigherOrderOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallString.h"
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
  // The names in use when the scope opens. Read now rather than when a graph
  // gets its first new node, because drivers that report insertions late
  // have inserted every new node by then.
  root->walk<WalkOrder::PreOrder>([&](GraphOp graph) {
    namespaces[graph] = std::make_unique<NodeNamespace>(graph);
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
  explicitAttrs = explicitList.getDictionary(context);
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
  // A moved op keeps everything it has; only its name moves with it.
  if (!previous.isSet()) {
    if (root->isProperAncestor(op))
      processCreatedOp(op);
  } else if (auto node = dyn_cast<NodeOpInterface>(op)) {
    moveName(node, previous.getBlock()->getParentOp());
  }
  ForwardingListener::notifyOperationInserted(op, previous);
}

void NodeMetadataListener::processCreatedOp(Operation *op) {
  std::optional<StringRef> name = getNodeName(op);
  if (name)
    makeNameUnique(op, *name);
  // An op that arrives with metadata of its own is a copy (a clone, or a
  // node its pattern annotated on purpose): it keeps exactly what it has.
  DictionaryAttr own = op->getDiscardableAttrDictionary();
  bool isCopy = !own.empty() &&
                llvm::any_of(options.genericKeys,
                             [&](StringAttr key) { return own.contains(key); });

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
  if (name && !isa<CallFunctionOp>(op))
    return;

  bool isCall = isa<CallFunctionOp>(op);
  if (isCall && options.inferTypes && failed(inferTypes(op)))
    hadError = true;
  if (isCopy)
    return;
  if (isCall && options.explicitMetadata.stackTrace)
    op->setLoc(*options.explicitMetadata.stackTrace);
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
  SmallVector<Type, 4> operandTypes;
  for (Value operand : call->getOperands()) {
    if (isOrContainsUnknown(operand.getType()))
      return success();
    operandTypes.push_back(operand.getType());
  }
  // Inference is a function of the target, args, kwargs and operand types
  // unless it hands out unbacked symbols: real graphs repeat the same calls
  // (every block of a model), so the results are remembered.
  CallSignature signature{call.getTargetAttr(), call.getArgs(),
                          call.getKwargs(), operandTypes};
  ArrayRef<Type> inferred;
  SmallVector<Type, 1> computed;
  if (auto memo = inferenceMemo.find(signature); memo != inferenceMemo.end()) {
    inferred = memo->second;
  } else {
    auto [rule, inserted] = rules.try_emplace(call.getTargetAttr(), nullptr);
    if (inserted)
      rule->second = lookupInferenceRule(call.getTarget());
    if (!rule->second)
      return success();
    unsigned symbolsBefore = shapeEnv->getNumCreatedSymbols();
    if (failed(inferCallFunctionTypes(
            rule->second, call.getContext(), call.getTarget(), call.getArgs(),
            call.getKwargs(), operandTypes, shapeEnv.get(),
            [&] { return call.emitOpError(); }, computed)))
      return failure();
    if (shapeEnv->getNumCreatedSymbols() == symbolsBefore) {
      signature.operandTypes = ArrayRef(operandTypes).copy(signatureTypes);
      inferenceMemo.try_emplace(signature, computed.begin(), computed.end());
    }
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

NodeMetadataListener::CallSignature
NodeMetadataListener::CallSignatureInfo::getEmptyKey() {
  return {DenseMapInfo<Attribute>::getEmptyKey(), {}, {}, {}};
}

NodeMetadataListener::CallSignature
NodeMetadataListener::CallSignatureInfo::getTombstoneKey() {
  return {DenseMapInfo<Attribute>::getTombstoneKey(), {}, {}, {}};
}

unsigned NodeMetadataListener::CallSignatureInfo::getHashValue(
    const CallSignature &signature) {
  // All parts are uniqued pointers: combining their pointer hashes is
  // enough, and far cheaper than hash_combine on this per-op path.
  unsigned hash = llvm::detail::combineHashValue(
      DenseMapInfo<Attribute>::getHashValue(signature.target),
      DenseMapInfo<Attribute>::getHashValue(signature.args));
  hash = llvm::detail::combineHashValue(
      hash, DenseMapInfo<Attribute>::getHashValue(signature.kwargs));
  for (Type type : signature.operandTypes)
    hash = llvm::detail::combineHashValue(
        hash, DenseMapInfo<Type>::getHashValue(type));
  return hash;
}

bool NodeMetadataListener::CallSignatureInfo::isEqual(
    const CallSignature &lhs, const CallSignature &rhs) {
  return lhs.target == rhs.target && lhs.args == rhs.args &&
         lhs.kwargs == rhs.kwargs && lhs.operandTypes == rhs.operandTypes;
}

void NodeMetadataListener::applyExplicitMetadata(Operation *op) {
  if (options.explicitMetadata.stackTrace)
    op->setLoc(*options.explicitMetadata.stackTrace);
  setDiscardableAttrs(op, explicitAttrs);
}

void NodeMetadataListener::setDiscardableAttrs(Operation *op,
                                               DictionaryAttr attrs) {
  // A new op has no discardable attributes: take the computed dictionary
  // as is. Otherwise add what it lacks.
  if (op->getDiscardableAttrDictionary().empty()) {
    op->setDiscardableAttrs(attrs);
    return;
  }
  for (NamedAttribute attr : attrs)
    if (!op->hasAttr(attr.getName()))
      op->setAttr(attr.getName(), attr.getValue());
}

DictionaryAttr NodeMetadataListener::getInheritedAttrs(DictionaryAttr source,
                                                       StringAttr target,
                                                       bool fromRoot) {
  // Ops that share a source's metadata and a target share the result: most
  // created ops hit this cache, so the dictionary is built and uniqued once.
  DictionaryAttr &cached = inheritedAttrs[{source, target, unsigned(fromRoot)}];
  if (cached)
    return cached;
  MLIRContext *context = root->getContext();
  NamedAttrList attrs;
  // Explicit metadata first (rule 4); then the source's values of the keys;
  // then the hook's defaults for calls of functions.
  if (target)
    attrs.append(explicitAttrs.getValue());
  for (StringAttr key : options.genericKeys) {
    if (attrs.get(key))
      continue;
    // torch_fn comes from the op's own target, never from the source
    // (rule 7), except under the run_decompositions rule.
    if (key == torchFnName && target && !fromRoot)
      continue;
    if (Attribute value = source.get(key))
      attrs.append(key, value);
  }
  if (target) {
    if (!attrs.get(nnModuleStackName))
      attrs.append(nnModuleStackName, emptyStack);
    if (!attrs.get(torchFnName))
      attrs.append(torchFnName, getTorchFnForTarget(target));
    if (!attrs.get(customName))
      attrs.append(customName, emptyCustom);
  }
  cached = attrs.getDictionary(context);
  return cached;
}

void NodeMetadataListener::inheritFromFirstArgument(Operation *op) {
  auto call = dyn_cast<CallFunctionOp>(op);
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
      op,
      getInheritedAttrs(sourceAttrs, call ? call.getTargetAttr() : StringAttr(),
                        /*fromRoot=*/false));
}

NodeMetadataListener::RootMetadata
NodeMetadataListener::getRootMetadata(Operation *rootOp) const {
  return {rootOp->getLoc(), rootOp->getDiscardableAttrDictionary()};
}

void NodeMetadataListener::inheritFromRoot(Operation *op,
                                           const RootMetadata &rootMetadata) {
  auto call = dyn_cast<CallFunctionOp>(op);
  setDiscardableAttrs(
      op, getInheritedAttrs(rootMetadata.attrs,
                            call ? call.getTargetAttr() : StringAttr(),
                            /*fromRoot=*/true));
  // run_decompositions keeps the original node's stack trace.
  if (call && !options.explicitMetadata.stackTrace)
    op->setLoc(rootMetadata.loc);
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
  // An erased node's name stays taken, as in FX.
  if (isa<GraphOp>(op)) {
    namespaces.erase(op);
    if (lastGraph == op)
      lastGraph = nullptr;
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

NodeNamespace &NodeMetadataListener::getNamespace(GraphOp graph,
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

void NodeMetadataListener::moveName(NodeOpInterface node,
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

void NodeMetadataListener::makeNameUnique(Operation *node, StringRef name) {
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
