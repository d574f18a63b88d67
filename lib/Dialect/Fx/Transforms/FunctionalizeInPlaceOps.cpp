//===- FunctionalizeInPlaceOps.cpp - fx-functionalize-in-place-ops --------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The functionalization ExportedProgram.run_decompositions() performs (the
// graph is retraced under FunctionalTensorMode): an in-place op `op_(self,
// ...)` becomes its out-of-place form `op(self, ...)`, which the schema table
// names, and every later read of the mutated tensor reads the new value. A
// mutated graph input is written back: as a mutation output of the graph
// signature in an exported program, by `aten.copy_.default` in a plain graph.
//
// Values, not storages: a view taken before a mutation and read after it, or
// an in-place op on a view, would need PyTorch's view replay
// (`*_scatter`), so they are errors at the node rather than silently wrong.
// An ordered rewrite (each node reads the value current at its position): a
// walk with an IRRewriter, each created node attributed to its in-place op by
// a RewriteGuard.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/HigherOrderOps.h"
#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXFUNCTIONALIZEINPLACEOPS
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

constexpr StringLiteral kCopyInPlace = "aten.copy_.default";

/// What a call node does to the tensors it is given, by its schema.
enum class Effect {
  /// Reads them; its results are new tensors.
  None,
  /// `op_(Tensor(a!) self, ...) -> Tensor(a!)`: writes `self`, returns it.
  InPlace,
  /// Writes another argument (`out=`, running statistics).
  OtherMutation,
  /// Returns a view of an argument (`Tensor(a) self ... -> Tensor(a)`).
  View,
  /// Unknown: no schema says what its tensor results alias.
  Unknown,
};

/// `type` without its alias annotation: `Tensor(a!)` -> `Tensor`,
/// `Tensor(a)[]` -> `Tensor[]`.
std::string stripAliasAnnotation(StringRef type) {
  size_t open = type.find('(');
  if (open == StringRef::npos)
    return type.str();
  size_t close = type.find(')', open);
  return (type.take_front(open) + type.drop_front(close + 1)).str();
}

/// Whether a schema type writes its tensor (`Tensor(a!)`).
bool isWritten(StringRef type) { return type.contains('!'); }

/// Whether a schema type aliases its tensor (`Tensor(a)`, `Tensor(a)[]`).
bool isAliased(StringRef type) {
  return type.contains('(') && !isWritten(type);
}

/// Whether `type` is or holds a tensor (a node value whose storage a later
/// mutation could share).
bool holdsTensor(Type type) {
  bool found = false;
  type.walk([&](Type element) {
    found |= isa<TensorType, UnknownType>(element);
  });
  return found;
}

/// What a call of `target` does to its tensor arguments, by its schema;
/// Unknown without one.
Effect getTargetEffect(StringRef target) {
  if (const OpSchema *schema = lookupOpSchema(target)) {
    bool writesSelf = !schema->params.empty() &&
                      isWritten(schema->params.front().type);
    bool writesOther =
        llvm::any_of(ArrayRef(schema->params).drop_front(),
                     [](const SchemaParam &p) { return isWritten(p.type); });
    if (writesSelf && !writesOther && schema->returns.size() == 1 &&
        isWritten(schema->returns.front()))
      return Effect::InPlace;
    if (writesSelf || writesOther)
      return Effect::OtherMutation;
    return llvm::any_of(schema->returns, isAliased) ? Effect::View
                                                    : Effect::None;
  }
  // Python operators on sizes and higher-order ops return new values
  // (operator.getitem is the caller's business).
  if (target.starts_with("operator.") || getHigherOrderOpName(target))
    return Effect::None;
  return Effect::Unknown;
}

/// The effects of the targets seen: a lookup by the uniqued target
/// attribute instead of a schema lookup by string per node.
class EffectCache {
public:
  /// What `op` does to its tensor arguments.
  Effect get(CallFunctionOp op) {
    auto [it, inserted] = effects.try_emplace(op.getTargetAttr());
    if (inserted)
      it->second = getTargetEffect(op.getTarget());
    if (it->second != Effect::Unknown)
      return it->second;
    return llvm::any_of(op->getResultTypes(), holdsTensor) ? Effect::Unknown
                                                           : Effect::None;
  }

private:
  DenseMap<StringAttr, Effect> effects;
};

/// The out-of-place form of the in-place op `target` with schema `inPlace`:
/// `aten.add_.Tensor` -> `aten.add.Tensor`, when the schema table has it
/// with the same parameters and a new tensor as its result; otherwise empty.
std::string getOutOfPlaceTarget(StringRef target, const OpSchema &inPlace) {
  auto [packet, overload] = target.rsplit('.');
  if (!packet.consume_back("_"))
    return {};
  std::string outOfPlace = (packet + "." + overload).str();
  const OpSchema *schema = lookupOpSchema(outOfPlace);
  if (!schema || schema->params.size() != inPlace.params.size() ||
      schema->returns.size() != 1 || schema->returns.front() != "Tensor")
    return {};
  for (auto [param, inPlaceParam] :
       llvm::zip_equal(schema->params, inPlace.params))
    if (param.name != inPlaceParam.name ||
        param.type != stripAliasAnnotation(inPlaceParam.type) ||
        param.defaultValue != inPlaceParam.defaultValue ||
        param.keywordOnly != inPlaceParam.keywordOnly)
      return {};
  return outOfPlace;
}

/// The graph signature's mutation output for mutated `input`, or nothing when
/// the signature cannot record one (a tensor constant, or an input without an
/// input spec).
std::optional<OutputSpecAttr> getMutationSpec(PlaceholderOp input) {
  auto *dialect = input->getContext()->getLoadedDialect<FxDialect>();
  InputSpecAttr spec = dialect->getInputSpecAttrHelper().getAttr(input);
  if (!spec)
    return std::nullopt;
  MLIRContext *context = input.getContext();
  switch (spec.getKind()) {
  case InputKind::buffer:
  case InputKind::non_persistent_buffer:
    return OutputSpecAttr::get(context, OutputKind::buffer_mutation,
                               spec.getTarget());
  case InputKind::parameter:
    return OutputSpecAttr::get(context, OutputKind::parameter_mutation,
                               spec.getTarget());
  case InputKind::user_input:
    return OutputSpecAttr::get(context, OutputKind::user_input_mutation,
                               StringAttr::get(context, input.getName()));
  case InputKind::tensor_constant:
    return std::nullopt;
  }
  llvm_unreachable("unknown input kind");
}

/// Whether an output spec records a mutation (it is then placed before the
/// user outputs).
bool isMutationSpec(Attribute spec) {
  OutputKind kind = cast<OutputSpecAttr>(spec).getKind();
  return kind == OutputKind::buffer_mutation ||
         kind == OutputKind::parameter_mutation ||
         kind == OutputKind::user_input_mutation;
}

/// Functionalizes one graph. Values stand for tensors: a root (a graph input
/// or a new tensor a node returns) is the tensor every in-place op on it, or
/// on its in-place results, mutates; `current` holds each mutated root's
/// value at the node being visited.
class GraphFunctionalizer {
public:
  GraphFunctionalizer(RewriterBase &rewriter, NodeMetadataScope &scope,
                      EffectCache &effects, GraphOp graph, bool topLevel)
      : rewriter(rewriter), scope(scope), effects(effects), graph(graph),
        topLevel(topLevel) {
    auto *dialect = graph->getContext()->getLoadedDialect<FxDialect>();
    OutputOp output = graph.getOutput();
    hasSignature =
        output && dialect->getOutputSpecsAttrHelper().isAttrPresent(output);
  }

  /// Rewrites the graph's in-place ops in order, then writes mutated inputs
  /// back; fails after an error at a node.
  LogicalResult run() {
    for (Operation &op : llvm::make_early_inc_range(graph.getBody().front())) {
      redirectOperands(&op);
      auto call = dyn_cast<CallFunctionOp>(&op);
      if (!call)
        continue;
      if (call.getTarget() == "operator.getitem") {
        // An element of a list of views is a view.
        if (Value root = aliasedRoot.lookup(call->getOperand(0)))
          recordAlias(call, root);
        continue;
      }
      switch (effects.get(call)) {
      case Effect::None:
        break;
      case Effect::InPlace:
        if (failed(functionalize(call)))
          return failure();
        break;
      case Effect::OtherMutation:
        return call.emitError()
               << "cannot functionalize '" << call.getTarget() << "' node '"
               << call.getName()
               << "': it writes an argument other than its first (only "
                  "in-place ops on 'self' are functionalized)";
      case Effect::View:
      case Effect::Unknown:
        for (Value operand : call->getOperands()) {
          Value root = aliasedRoot.lookup(operand);
          recordAlias(call, root ? root : getRoot(operand));
        }
        break;
      }
    }
    return writeBack();
  }

private:
  /// The root `value` is a value of (itself unless it is an out-of-place
  /// value).
  Value getRoot(Value value) const {
    Value root = rootOf.lookup(value);
    return root ? root : value;
  }

  /// Makes `op` read the current value of every root it reads.
  void redirectOperands(Operation *op) {
    for (OpOperand &operand : op->getOpOperands()) {
      Value latest = current.lookup(getRoot(operand.get()));
      if (latest && latest != operand.get())
        rewriter.modifyOpInPlace(op, [&] { operand.set(latest); });
    }
  }

  /// Records that the results of `op` may alias `root`.
  void recordAlias(Operation *op, Value root) {
    for (Value result : op->getResults())
      aliasedRoot.try_emplace(result, root);
    aliasesOf[root].push_back(op);
  }

  /// Replaces the in-place `op` by its out-of-place form.
  LogicalResult functionalize(CallFunctionOp op) {
    auto emitError = [&] {
      return op.emitError() << "cannot functionalize '" << op.getTarget()
                            << "' node '" << op.getName() << "': ";
    };
    std::string target =
        getOutOfPlaceTarget(op.getTarget(), *lookupOpSchema(op.getTarget()));
    if (target.empty())
      return emitError() << "the schema table has no out-of-place form of it";
    if (op->getNumOperands() == 0 || op.getArgs().empty() ||
        !isa<NodeAttr>(op.getArgs()[0]))
      return emitError() << "its first argument is not a node";
    Value self = op->getOperand(0);
    if (aliasedRoot.contains(self))
      return emitError() << "it writes into '" << getName(self)
                         << "', which may alias '"
                         << getName(aliasedRoot.lookup(self))
                         << "' (in-place ops on views are not functionalized)";
    Value root = getRoot(self);
    for (Operation *alias : aliasesOf.lookup(root))
      for (Operation *user : alias->getUsers())
        if (op->isBeforeInBlock(user))
          return emitError()
                 << "'" << *getNodeName(alias) << "', which may alias '"
                 << getName(root) << "', is read after it by '"
                 << getNodeName(user).value_or("?") << "'";
    if (isa_and_present<PlaceholderOp, GetAttrOp>(root.getDefiningOp()))
      if (failed(checkWriteBack(root, emitError)))
        return failure();

    NodeMetadataScope::RewriteGuard guard = scope.rewriting(op);
    rewriter.setInsertionPoint(op);
    SmallVector<Attribute> args(op.getArgs().getValue());
    CallFunctionOp functional =
        createCallFunction(rewriter, op.getLoc(), target, args,
                           op->getOperands(), op.getKwargs());
    created.push_back(functional);
    Value value = functional->getResult(0);
    // A node without a result (the IR allows one) still writes self.
    Type expected =
        op->getNumResults() ? op->getResult(0).getType() : self.getType();
    if (isOrContainsUnknown(value.getType()))
      return failure(); // The listener reported why at the node.
    if (value.getType() != expected) {
      // The in-place op keeps self's dtype: PyTorch casts back.
      auto type = dyn_cast<RankedTensorType>(value.getType());
      auto selfType = dyn_cast<RankedTensorType>(expected);
      std::optional<ScalarType> dtype =
          selfType ? getScalarType(selfType.getElementType()) : std::nullopt;
      if (!type || !dtype || type.getShape() != selfType.getShape() ||
          type.getEncoding() != selfType.getEncoding())
        return emitError() << "'" << target << "' computes " << value.getType()
                           << ", which does not fit into " << expected;
      MLIRContext *context = op.getContext();
      auto kwargs = DictAttr::get(
          context,
          rewriter.getStrArrayAttr({"dtype", "layout"}),
          rewriter.getArrayAttr({ScalarTypeAttr::get(context, *dtype),
                                 LayoutAttr::get(context, Layout::strided)}));
      CallFunctionOp cast = createCallFunction(
          rewriter, op.getLoc(), "aten._to_copy.default",
          {NodeAttr::get(context)}, value, kwargs);
      created.push_back(cast);
      value = cast->getResult(0);
      if (value.getType() != expected)
        return failure(); // The listener reported a failed inference.
    }
    if (op->getNumResults())
      rewriter.replaceOp(op, value);
    else
      rewriter.eraseOp(op);
    rootOf[value] = root;
    current[root] = value;
    return success();
  }

  /// Checks that mutated graph input `input` can be written back.
  LogicalResult
  checkWriteBack(Value input, function_ref<InFlightDiagnostic()> emitError) {
    if (!topLevel)
      return emitError() << "it writes '" << getName(input)
                         << "', an input of a nested graph module";
    if (!hasSignature)
      return success();
    auto placeholder = input.getDefiningOp<PlaceholderOp>();
    if (!placeholder || !getMutationSpec(placeholder))
      return emitError() << "it writes '" << getName(input)
                         << "', which the graph signature cannot record as a "
                            "mutation (a tensor constant or an input without "
                            "an input spec)";
    return success();
  }

  /// Writes the mutated inputs back, in input order, and erases the
  /// out-of-place nodes nothing reads.
  LogicalResult writeBack() {
    SmallVector<std::pair<Value, Value>> mutated;
    for (Operation &op : graph.getBody().front())
      if (isa<PlaceholderOp, GetAttrOp>(op))
        if (Value value = current.lookup(op.getResult(0)))
          mutated.emplace_back(op.getResult(0), value);
    if (!mutated.empty() && failed(hasSignature ? addMutationOutputs(mutated)
                                                : addCopies(mutated)))
      return failure();
    eraseDeadNodes();
    return success();
  }

  /// Erases the out-of-place nodes nothing reads (mutations of a tensor
  /// nothing reads afterwards) and the nodes only they read, as PyTorch's
  /// retrace drops them.
  void eraseDeadNodes() {
    llvm::SetVector<Operation *> worklist(llvm::from_range, created);
    while (!worklist.empty()) {
      auto op = dyn_cast<CallFunctionOp>(worklist.pop_back_val());
      if (!op || op->getNumResults() == 0 || !op->use_empty() ||
          !lookupOpSchema(op.getTarget()))
        continue;
      Effect effect = effects.get(op);
      if (effect != Effect::None && effect != Effect::View)
        continue;
      for (Value operand : op->getOperands())
        if (Operation *producer = operand.getDefiningOp())
          worklist.insert(producer);
      rewriter.eraseOp(op);
    }
  }

  /// An exported program: `(outputs...)` -> `(mutations..., outputs...)`,
  /// the new mutations after the mutations the signature already records.
  LogicalResult
  addMutationOutputs(ArrayRef<std::pair<Value, Value>> mutated) {
    OutputOp output = graph.getOutput();
    auto *dialect = output->getContext()->getLoadedDialect<FxDialect>();
    ArrayAttr specs = dialect->getOutputSpecsAttrHelper().getAttr(output);
    ArrayAttr args = output.getArgs();
    MLIRContext *context = output.getContext();
    SmallVector<Attribute> elements;
    if (!args.empty()) {
      if (auto tuple = dyn_cast<TupleAttr>(args[0]))
        llvm::append_range(elements, tuple.getElements().getValue());
      else
        elements.push_back(args[0]);
    }
    if (elements.size() != specs.size())
      return output.emitError()
             << "cannot record mutations: it has " << specs.size()
             << " output specs for " << elements.size() << " outputs";

    unsigned position = 0, operandPosition = 0;
    while (position < specs.size() && isMutationSpec(specs[position]))
      operandPosition += countNodeRefs(elements[position++]);
    SmallVector<Attribute> newSpecs(specs.getValue());
    SmallVector<Value> operands(output->getOperands());
    for (auto [input, value] : mutated) {
      OutputSpecAttr spec = *getMutationSpec(input.getDefiningOp<PlaceholderOp>());
      if (llvm::is_contained(specs, spec))
        return output.emitError()
               << "cannot record the mutation of '" << getName(input)
               << "': the signature records one already";
      newSpecs.insert(newSpecs.begin() + position, spec);
      elements.insert(elements.begin() + position, NodeAttr::get(context));
      operands.insert(operands.begin() + operandPosition, value);
      ++position;
      ++operandPosition;
    }
    SmallVector<Attribute> newArgs = {
        TupleAttr::get(context, rewriter.getArrayAttr(elements))};
    if (!args.empty())
      newArgs.append(args.begin() + 1, args.end());
    rewriter.modifyOpInPlace(output, [&] {
      output.setArgsAttr(rewriter.getArrayAttr(newArgs));
      output->setOperands(operands);
      dialect->getOutputSpecsAttrHelper().setAttr(
          output, rewriter.getArrayAttr(newSpecs));
    });
    return success();
  }

  /// A plain graph: `aten.copy_.default(input, value)` before the output.
  LogicalResult addCopies(ArrayRef<std::pair<Value, Value>> mutated) {
    MLIRContext *context = graph.getContext();
    rewriter.setInsertionPoint(graph.getOutput());
    Attribute node = NodeAttr::get(context);
    for (auto [input, value] : mutated) {
      CallFunctionOp copy =
          createCallFunction(rewriter, value.getLoc(), kCopyInPlace,
                             {node, node}, {input, value});
      if (isOrContainsUnknown(copy->getResult(0).getType()))
        return failure(); // The listener reported why.
    }
    return success();
  }

  /// The node name of `value`, for diagnostics.
  static StringRef getName(Value value) {
    if (Operation *op = value.getDefiningOp())
      if (std::optional<StringRef> name = getNodeName(op))
        return *name;
    return "<value>";
  }

  RewriterBase &rewriter;
  NodeMetadataScope &scope;
  EffectCache &effects;
  GraphOp graph;
  /// Whether the graph is a top-level graph (its inputs are the program's).
  bool topLevel;
  /// Whether the graph's output carries the graph signature.
  bool hasSignature = false;
  /// The root of each out-of-place value.
  DenseMap<Value, Value> rootOf;
  /// The current value of each mutated root.
  llvm::MapVector<Value, Value> current;
  /// The root each (possible) view may alias.
  DenseMap<Value, Value> aliasedRoot;
  /// The nodes whose results may alias each root.
  DenseMap<Value, SmallVector<Operation *>> aliasesOf;
  /// The nodes created, in order.
  SmallVector<Operation *> created;
};

struct FunctionalizeInPlaceOpsPass
    : fx::impl::FxFunctionalizeInPlaceOpsBase<FunctionalizeInPlaceOpsPass> {
  using Base::Base;

  void runOnOperation() override {
    Operation *root = getOperation();
    EffectCache effects;
    SmallVector<GraphOp> graphs;
    root->walk([&](GraphOp graph) {
      bool mutates = false;
      graph.walk([&](CallFunctionOp op) {
        Effect effect = effects.get(op);
        mutates |= effect == Effect::InPlace || effect == Effect::OtherMutation;
      });
      if (mutates)
        graphs.push_back(graph);
    });
    if (graphs.empty())
      return;

    IRRewriter rewriter(&getContext());
    NodeMetadataOptions options;
    options.policy = InheritancePolicy::ReplacedOp;
    options.recordProvenance = provenance;
    options.passName = getArgument();
    NodeMetadataScope scope(rewriter, root, options);
    bool failedAny = false;
    for (GraphOp graph : graphs) {
      auto module = graph->getParentOfType<GraphModuleOp>();
      bool topLevel = !module || !module->getParentOfType<GraphModuleOp>();
      failedAny |=
          failed(GraphFunctionalizer(rewriter, scope, effects, graph, topLevel)
                     .run());
    }
    if (failed(scope.finalize()) || failedAny)
      signalPassFailure();
  }
};

} // namespace
