//===- Decompose.cpp - The fx-decompose pass ------------------------------===//
//
// Rewrites aten ops into simpler aten ops with the decomposition table
// (DecompositionTable.cpp), like PyTorch's `run_decompositions(table)`. One
// pattern looks nodes up in the table; the greedy driver runs it with one
// NodeMetadataListener installed over the whole input, which types every
// created node and gives it its metadata by the chosen policy.
//
//===----------------------------------------------------------------------===//

#include "DecompositionTable.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

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

namespace {

/// Decomposes the call_function nodes whose targets the state selects.
struct DecomposePattern : OpRewritePattern<CallFunctionOp> {
  DecomposePattern(MLIRContext *context, DecompositionState &state)
      : OpRewritePattern(context), state(state) {}

  LogicalResult matchAndRewrite(CallFunctionOp op,
                                PatternRewriter &rewriter) const override {
    const DecompositionEntry *entry = lookupDecomposition(op.getTarget());
    if (!entry || !state.selected.contains(entry))
      return rewriter.notifyMatchFailure(op, "not an op to decompose");
    if (state.reported.contains(op))
      return rewriter.notifyMatchFailure(op, "reported already");

    // A tuple-returning node is replaced through its getitem users.
    SmallVector<Operation *, 2> element0Users, otherUsers;
    if (entry->tupleResult) {
      if (op->getNumResults() != 1)
        return rewriter.notifyMatchFailure(op, "no tuple result");
      for (Operation *user : op->getResult(0).getUsers()) {
        std::optional<int64_t> index = getItemIndex(user, op->getResult(0));
        if (!index)
          return rewriter.notifyMatchFailure(op, "used by other than getitem");
        if (*index == 0) {
          element0Users.push_back(user);
          continue;
        }
        if (!user->use_empty())
          return rewriter.notifyMatchFailure(
              op, "uses results besides the output (e.g. saved statistics)");
        otherUsers.push_back(user);
      }
    }

    // Bad input is an error at the node: args that do not fit the schema,
    // tensors of unknown type, operand types the node's own rule rejects.
    MLIRContext *context = op.getContext();
    auto emitError = [&] { return op.emitError() << "cannot decompose: "; };
    const OpSchema &schema = getSchema(entry);
    FailureOr<BoundCall> call = BoundCall::bind(
        context, op.getTarget(), schema, op.getArgs(), op.getKwargs(),
        op->getOperandTypes(), /*shapeEnv=*/nullptr, emitError);
    if (failed(call))
      return reportFailure(op);
    for (auto [index, param] : llvm::enumerate(schema.params)) {
      if (!param.type.starts_with("Tensor") || param.type.contains("[]"))
        continue;
      if (failed(param.type.ends_with("?") ? call->getOptionalTensor(index)
                                           : call->getTensor(index)))
        return reportFailure(op);
    }
    if (hasInferenceRule(op.getTarget())) {
      SmallVector<Type, 1> types;
      if (failed(inferCallFunctionTypes(context, op.getTarget(), op.getArgs(),
                                        op.getKwargs(), op->getOperandTypes(),
                                        /*shapeEnv=*/nullptr, emitError,
                                        types)))
        return reportFailure(op);
    }

    rewriter.setInsertionPoint(op);
    DecompositionBuilder builder(rewriter, op, *call);
    FailureOr<Value> value = entry->decompose(builder);
    if (failed(value) || builder.hasFailed()) {
      eraseCreatedOps(rewriter, builder);
      if (builder.isNotApplicable())
        return rewriter.notifyMatchFailure(op,
                                           builder.getNotApplicableReason());
      return reportFailure(op);
    }

    // Never silently wrong types: the replacement must have the type the
    // node has.
    SmallVector<Operation *, 2> replaced = {op};
    if (entry->tupleResult)
      replaced = element0Users;
    for (Operation *old : replaced) {
      Type expected = old->getResult(0).getType();
      if (isOrContainsUnknown(expected) || expected == value->getType())
        continue;
      emitError() << op.getTarget() << ": the decomposition computes "
                  << value->getType() << " but the node's value is "
                  << expected;
      eraseCreatedOps(rewriter, builder);
      return reportFailure(op);
    }

    // The hook's rule: a created node has no stack trace of its own.
    if (state.policy == InheritancePolicy::FirstArgument) {
      Location unknown = UnknownLoc::get(context);
      for (Operation *created : builder.getCreatedOps())
        rewriter.modifyOpInPlace(created, [&] { created->setLoc(unknown); });
    }

    if (!entry->tupleResult) {
      rewriter.replaceOp(op, *value);
      return success();
    }
    for (Operation *user : element0Users)
      rewriter.replaceOp(user, *value);
    for (Operation *user : otherUsers)
      rewriter.eraseOp(user);
    rewriter.eraseOp(op);
    return success();
  }

  /// Erases what a failed decomposition created, users first.
  static void eraseCreatedOps(PatternRewriter &rewriter,
                              const DecompositionBuilder &builder) {
    for (Operation *created : llvm::reverse(builder.getCreatedOps()))
      rewriter.eraseOp(created);
  }

  LogicalResult reportFailure(Operation *op) const {
    state.hadError = true;
    state.reported.insert(op);
    return failure();
  }

  DecompositionState &state;
};

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
    if (ops.empty()) {
      for (const DecompositionEntry &entry : getDecompositionTable())
        selected.insert(&entry);
      return success();
    }
    for (const std::string &target : ops) {
      const DecompositionEntry *entry = lookupDecomposition(target);
      if (!entry)
        return emitError(UnknownLoc::get(context))
               << "fx-decompose: no decomposition for '" << target << "'";
      selected.insert(entry);
    }
    return success();
  }

  void runOnOperation() override {
    Operation *root = getOperation();
    DecompositionState state;
    state.selected = selected;
    state.policy = inheritancePolicy;
    RewritePatternSet patterns(&getContext());
    populateDecompositionPatterns(patterns, state);
    FrozenRewritePatternSet frozen(std::move(patterns));

    // One listener for the whole input, nested graph modules included.
    NodeMetadataOptions options;
    options.policy = inheritancePolicy;
    NodeMetadataScope scope(root, options);
    GreedyRewriteConfig config;
    config.setListener(scope.getListener())
        .setUseTopDownTraversal(true)
        .setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    LogicalResult converged = applyPatternsGreedily(root, frozen, config);
    bool typesComplete = succeeded(scope.finalize());
    if (state.hadError || !typesComplete)
      return signalPassFailure();
    if (failed(converged)) {
      root->emitError("fx-decompose: decompositions did not converge");
      return signalPassFailure();
    }
  }

  InheritancePolicy inheritancePolicy = InheritancePolicy::ReplacedOp;
  llvm::DenseSet<const DecompositionEntry *> selected;
};

} // namespace

void mlir::fx::populateDecompositionPatterns(RewritePatternSet &patterns,
                                             DecompositionState &state) {
  patterns.add<DecomposePattern>(patterns.getContext(), state);
}
