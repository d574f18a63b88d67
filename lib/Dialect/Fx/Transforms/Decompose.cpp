//===- Decompose.cpp - The fx-decompose pass ------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Rewrites aten ops into simpler aten ops with the decomposition table
// (DecompositionTable.cpp), like PyTorch's `run_decompositions(table)`: a
// walk with an IRRewriter over the nodes whose targets are selected, and
// over the nodes their decompositions create, each decomposition attributed
// to its node by a RewriteGuard. One NodeMetadataListener, installed over
// the whole input, types every created node and gives it its metadata by
// the chosen policy.
//
//===----------------------------------------------------------------------===//

#include "DecompositionTable.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/DenseMap.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXDECOMPOSE
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

/// The parsed schema of a table row, parsed once.
static const OpSchema &getSchema(const DecompositionEntry *entry) {
  static const llvm::DenseMap<const DecompositionEntry *, OpSchema> schemas =
      [] {
        llvm::DenseMap<const DecompositionEntry *, OpSchema> map;
        for (const DecompositionEntry &row : getDecompositionTable()) {
          std::string error;
          FailureOr<OpSchema> schema = OpSchema::parse(row.schema, error);
          // The table is ours: a bad schema is a bug caught by any test run.
          if (failed(schema))
            llvm::report_fatal_error(llvm::Twine(row.target) + ": " + error);
          map.try_emplace(&row, std::move(*schema));
        }
        return map;
      }();
  return schemas.find(entry)->second;
}

/// The index of an `operator.getitem(node, i)` node, or nothing.
static std::optional<int64_t> getItemIndex(Operation *user, Value tuple) {
  auto call = dyn_cast<CallFunctionOp>(user);
  if (!call || call.getTarget() != "operator.getitem" ||
      call->getNumOperands() != 1 || call->getOperand(0) != tuple ||
      call.getArgs().size() != 2 || !call.getKwargs().empty())
    return std::nullopt;
  auto index = dyn_cast<IntegerAttr>(call.getArgs()[1]);
  if (!index || isa<BoolAttr>(index))
    return std::nullopt;
  return index.getInt();
}

/// Whether `run_decompositions()` with PyTorch 2.13's default table lowers
/// `target`: every op outside Core ATen, and the Core ATen ops the table
/// holds all the same and fx-decompose decomposes as it does (2.13's table
/// also holds var.dim, which it rewrites to var.correction, and ops whose
/// entry keeps them, like cat and leaky_relu).
static bool isDecomposedByDefault(StringRef target) {
  static constexpr StringLiteral kCoreOpsInDefaultTable[] = {
      "aten.reflection_pad1d.default", "aten.reflection_pad2d.default",
      "aten.reflection_pad3d.default", "aten.replication_pad2d.default",
      "aten.replication_pad3d.default", "aten.squeeze.dim"};
  return !isCoreAtenOp(target) ||
         llvm::is_contained(kCoreOpsInDefaultTable, target);
}

/// The op make_fx is dispatching while run_decompositions decomposes `op`,
/// which the nodes made of it record as their original_aten: a node that an
/// earlier decomposition made inside another op's dispatch is decomposed
/// inside it too (PyTorch's nested decompositions never leave it);
/// otherwise an op with a CompositeImplicitAutograd kernel is decomposed
/// above make_fx, each op it calls dispatched on its own, and any other op
/// by make_fx's table, inside its own dispatch.
static DispatchedOp getDispatchedOp(CallFunctionOp op,
                                    const DecompositionEntry &entry,
                                    bool createdByThisPass,
                                    DecompositionCache &cache) {
  if (createdByThisPass) {
    auto *dialect = op->getContext()->getLoadedDialect<FxDialect>();
    auto recorded = op->getAttrOfType<OperatorAttr>(
        dialect->getOriginalAtenAttrHelper().getName());
    if (recorded && recorded.getName() != op.getTarget())
      return DispatchedOp::inside(recorded);
  }
  if (entry.compositeImplicit)
    return DispatchedOp::eachCreatedOp();
  return DispatchedOp::inside(cache.getOperator(op.getTarget()));
}

namespace {

/// What decomposing one node did.
enum class Outcome { Decomposed, LeftAlone, Failed };

/// Erases what a failed decomposition created, users first.
void eraseCreatedOps(RewriterBase &rewriter,
                     const DecompositionBuilder &builder) {
  for (Operation *created : llvm::reverse(builder.getCreatedOps()))
    rewriter.eraseOp(created);
}

/// Decomposes `op`, a node of `entry`'s target, appending the nodes created
/// to `created`. Bad input is an error at the node (Failed); a node the
/// decomposition does not apply to is left alone.
Outcome decomposeNode(RewriterBase &rewriter, CallFunctionOp op,
                      const DecompositionEntry &entry, InheritancePolicy policy,
                      DecompositionCache &cache, NodeMetadataListener &listener,
                      SmallVectorImpl<Operation *> &created) {
  // A tuple-returning node is replaced through its getitem users.
  SmallVector<Operation *, 2> element0Users, otherUsers;
  if (entry.tupleResult) {
    if (op->getNumResults() != 1)
      return Outcome::LeftAlone;
    for (Operation *user : op->getResult(0).getUsers()) {
      std::optional<int64_t> index = getItemIndex(user, op->getResult(0));
      // Used by other than getitem, or uses results besides the output
      // (e.g. saved statistics).
      if (!index || (*index != 0 && !user->use_empty()))
        return Outcome::LeftAlone;
      (*index == 0 ? element0Users : otherUsers).push_back(user);
    }
  }

  // Bad input is an error at the node: args that do not fit the schema,
  // tensors of unknown type, operand types the node's own rule rejects.
  MLIRContext *context = op.getContext();
  auto emitError = [&] { return op.emitError() << "cannot decompose: "; };
  const OpSchema &schema = getSchema(&entry);
  FailureOr<BoundCall> call = BoundCall::bind(
      context, op.getTarget(), schema, op.getArgs(), op.getKwargs(),
      op->getOperandTypes(), /*shapeEnv=*/nullptr, emitError);
  if (failed(call))
    return Outcome::Failed;
  for (auto [index, param] : llvm::enumerate(schema.params)) {
    if (!param.type.starts_with("Tensor") || param.type.contains("[]"))
      continue;
    if (failed(param.type.ends_with("?") ? call->getOptionalTensor(index)
                                         : call->getTensor(index)))
      return Outcome::Failed;
  }
  InferenceMemo &inference = cache.getInferenceMemo();
  if (const InferenceRuleHandle *rule =
          inference.lookupRule(op.getTargetAttr())) {
    SmallVector<Type, 1> types;
    if (failed(inference.infer(rule, op.getTargetAttr(), op.getArgs(),
                               op.getKwargs(), op->getOperandTypes(), emitError,
                               types)))
      return Outcome::Failed;
  }

  rewriter.setInsertionPoint(op);
  DecompositionBuilder builder(rewriter, op, *call, cache, listener);
  FailureOr<Value> value = entry.decompose(builder);
  if (failed(value) || builder.hasFailed()) {
    eraseCreatedOps(rewriter, builder);
    return builder.isNotApplicable() ? Outcome::LeftAlone : Outcome::Failed;
  }

  // Never silently wrong types: the replacement must have the type the node
  // has.
  SmallVector<Operation *, 2> replaced = {op};
  if (entry.tupleResult)
    replaced = element0Users;
  for (Operation *old : replaced) {
    Type expected = old->getResult(0).getType();
    if (isOrContainsUnknown(expected) || expected == value->getType())
      continue;
    emitError() << op.getTarget() << ": the decomposition computes "
                << value->getType() << " but the node's value is " << expected;
    eraseCreatedOps(rewriter, builder);
    return Outcome::Failed;
  }

  // The hook's rule: a created node has no stack trace of its own.
  if (policy == InheritancePolicy::FirstArgument) {
    Location unknown = UnknownLoc::get(context);
    for (Operation *node : builder.getCreatedOps())
      rewriter.modifyOpInPlace(node, [&] { node->setLoc(unknown); });
  }
  llvm::append_range(created, builder.getCreatedOps());

  if (!entry.tupleResult) {
    rewriter.replaceOp(op, *value);
    return Outcome::Decomposed;
  }
  for (Operation *user : element0Users)
    rewriter.replaceOp(user, *value);
  for (Operation *user : otherUsers)
    rewriter.eraseOp(user);
  rewriter.eraseOp(op);
  return Outcome::Decomposed;
}

/// How deep decompositions of created nodes may nest: far above the table's
/// deepest chain (linear -> addmm -> ...), low enough to stop a cycle.
constexpr unsigned kMaxDecompositionDepth = 32;

struct DecomposePass : fx::impl::FxDecomposeBase<DecomposePass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    if (policy == "replaced-op") {
      inheritancePolicy = InheritancePolicy::ReplacedOp;
    } else if (policy == "first-argument") {
      inheritancePolicy = InheritancePolicy::FirstArgument;
    } else {
      return emitError(UnknownLoc::get(context))
             << "fx-decompose: unknown policy '" << policy
             << "' (expected replaced-op or first-argument)";
    }
    selected.clear();
    auto select = [&](const DecompositionEntry &entry) {
      selected.try_emplace(StringAttr::get(context, entry.target), &entry);
    };
    // By default as run_decompositions() with its default table: Core ATen
    // ops stay, but those its table lowers. `all` takes every row.
    bool all = ops.size() == 1 && ops.front() == "all";
    if (ops.empty() || all) {
      for (const DecompositionEntry &entry : getDecompositionTable())
        if (all || isDecomposedByDefault(entry.target))
          select(entry);
      return success();
    }
    for (const std::string &target : ops) {
      const DecompositionEntry *entry = lookupDecomposition(target);
      if (!entry)
        return emitError(UnknownLoc::get(context))
               << "fx-decompose: no decomposition for '" << target << "'";
      select(*entry);
    }
    return success();
  }

  /// The row of `op`'s target when it is selected, or null.
  const DecompositionEntry *getSelectedEntry(CallFunctionOp op) const {
    return selected.lookup(op.getTargetAttr());
  }

  void runOnOperation() override {
    Operation *root = getOperation();
    // The nodes to decompose, last first; the nodes a decomposition creates
    // are decomposed next, in turn, when they are selected too.
    SmallVector<std::pair<CallFunctionOp, unsigned>> worklist;
    root->walk([&](CallFunctionOp op) {
      if (getSelectedEntry(op))
        worklist.emplace_back(op, 0);
    });
    std::reverse(worklist.begin(), worklist.end());

    // One listener for the whole input, nested graph modules included; each
    // decomposition is the rewrite of its node.
    IRRewriter rewriter(&getContext());
    NodeMetadataOptions options;
    options.policy = inheritancePolicy;
    options.recordProvenance = provenance;
    options.passName = getArgument();
    NodeMetadataScope scope(rewriter, root, options);
    DecompositionCache cache(&getContext());
    bool failedAny = false;
    SmallVector<Operation *> created;
    // Every node this pass made. An op alive at the end and not in it was
    // there before the pass: no op created later reuses a live op's memory.
    llvm::DenseSet<Operation *> createdByPass;
    while (!worklist.empty()) {
      auto [op, depth] = worklist.pop_back_val();
      const DecompositionEntry *entry = getSelectedEntry(op);
      if (!entry)
        continue;
      if (depth > kMaxDecompositionDepth) {
        op.emitError() << "fx-decompose: decompositions did not converge";
        failedAny = true;
        break;
      }
      created.clear();
      Outcome outcome;
      {
        NodeMetadataScope::RewriteGuard guard =
            scope.rewriting(op, getDispatchedOp(op, *entry, depth > 0, cache));
        outcome = decomposeNode(rewriter, op, *entry, inheritancePolicy, cache,
                                *scope.getListener(), created);
      }
      failedAny |= outcome == Outcome::Failed;
      for (Operation *node : created) {
        worklist.emplace_back(cast<CallFunctionOp>(node), depth + 1);
        createdByPass.insert(node);
      }
    }
    // run_decompositions remakes the nodes it keeps as well; in IR order, so
    // that a getitem follows its tuple's node.
    root->walk([&](CallFunctionOp op) {
      if (!createdByPass.contains(op))
        scope.getListener()->recordKeptNode(op);
    });
    bool typesComplete = succeeded(scope.finalize());
    if (failedAny || !typesComplete)
      signalPassFailure();
  }

  InheritancePolicy inheritancePolicy = InheritancePolicy::ReplacedOp;
  /// The selected rows, by target.
  llvm::DenseMap<StringAttr, const DecompositionEntry *> selected;
};

} // namespace
