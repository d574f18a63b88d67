//===- FunctionalizeSideEffects.cpp - fx-functionalize-side-effects -------===//
//
// PyTorch's _FunctionalizeSideEffectfulOpsPass
// (torch/_export/passes/functionalize_side_effectful_ops_pass.py):
// `aten._assert_async.msg` becomes `aten._functional_assert_async.msg`
// threading a dependency token that starts at `aten._make_dep_token.default`
// and ends as an extra graph output.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXFUNCTIONALIZESIDEEFFECTS
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

constexpr StringLiteral kAssertAsync = "aten._assert_async.msg";
constexpr StringLiteral kFunctionalAssertAsync =
    "aten._functional_assert_async.msg";
constexpr StringLiteral kMakeDepToken = "aten._make_dep_token.default";

/// The token chain of each graph: its last token and the next index.
struct TokenState {
  Value token;
  unsigned nextIndex = 0;
};

/// A call node of `target` with an unknown result named `name`: the listener
/// types it and makes the name unique.
CallFunctionOp createNode(RewriterBase &rewriter, Location loc, StringRef name,
                          StringRef target, ArrayRef<Attribute> args,
                          DictAttr kwargs, ValueRange operands) {
  MLIRContext *context = rewriter.getContext();
  return CallFunctionOp::create(rewriter, loc,
                                TypeRange{UnknownType::get(context)},
                                name,
                                rewriter.getStringAttr(target),
                                rewriter.getArrayAttr(args), kwargs, operands);
}

/// `_assert_async.msg(x, msg)` -> `_functional_assert_async.msg(x, msg,
/// dep_token = token)`, creating the first token when the graph has none.
struct FunctionalizeAssertAsync : OpRewritePattern<CallFunctionOp> {
  FunctionalizeAssertAsync(MLIRContext *context,
                           DenseMap<Operation *, TokenState> &tokens)
      : OpRewritePattern(context), tokens(tokens) {}

  LogicalResult matchAndRewrite(CallFunctionOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getTarget() != kAssertAsync)
      return rewriter.notifyMatchFailure(op, "not an _assert_async.msg");
    if (op->getNumOperands() != 1 || op.getArgs().size() != 2 ||
        !op.getKwargs().empty())
      return rewriter.notifyMatchFailure(op, "not (tensor, msg)");
    MLIRContext *context = getContext();
    TokenState &state = tokens[op->getParentOp()];
    Location loc = op.getLoc();
    if (!state.token) {
      state.token = createNode(rewriter, loc, "dep_token0", kMakeDepToken, {},
                               DictAttr::get(context), {})
                        .getResult(0);
      state.nextIndex = 1;
    }
    auto kwargs = DictAttr::get(
        context, rewriter.getArrayAttr(rewriter.getStringAttr("dep_token")),
        rewriter.getArrayAttr(NodeAttr::get(context)));
    std::string name = "dep_token" + std::to_string(state.nextIndex++);
    CallFunctionOp functional = createNode(
        rewriter, loc, name, kFunctionalAssertAsync,
        llvm::to_vector(op.getArgs()), kwargs, {op->getOperand(0), state.token});
    state.token = functional.getResult(0);
    rewriter.eraseOp(op);
    return success();
  }

  DenseMap<Operation *, TokenState> &tokens;
};

/// Appends `token` to the outputs of `graph`: `(a, b)` -> `(a, b, token)`,
/// a single output `a` -> `(a, token)`.
void appendOutput(RewriterBase &rewriter, GraphOp graph, Value token) {
  OutputOp output = graph.getOutput();
  MLIRContext *context = rewriter.getContext();
  Attribute node = NodeAttr::get(context);
  ArrayAttr args = output.getArgs();
  Attribute result = args.empty() ? Attribute() : args[0];
  Attribute newResult;
  if (auto tuple = dyn_cast_or_null<TupleAttr>(result)) {
    SmallVector<Attribute> elements(tuple.getElements().getValue());
    elements.push_back(node);
    newResult = TupleAttr::get(context, rewriter.getArrayAttr(elements));
  } else if (auto list = dyn_cast_or_null<ArrayAttr>(result)) {
    SmallVector<Attribute> elements(list.getValue());
    elements.push_back(node);
    newResult = rewriter.getArrayAttr(elements);
  } else {
    SmallVector<Attribute> elements;
    if (result)
      elements.push_back(result);
    elements.push_back(node);
    newResult = TupleAttr::get(context, rewriter.getArrayAttr(elements));
  }
  // The token is the last node reference, so it is the last operand.
  SmallVector<Attribute> newArgs = {newResult};
  if (!args.empty())
    newArgs.append(args.begin() + 1, args.end());
  rewriter.modifyOpInPlace(output, [&] {
    output.setArgsAttr(rewriter.getArrayAttr(newArgs));
    output.getOperandsMutable().append(token);
  });
}

struct FunctionalizeSideEffectsPass
    : fx::impl::FxFunctionalizeSideEffectsBase<FunctionalizeSideEffectsPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    Operation *root = getOperation();

    // The asserts of top-level graphs, in order; those of nested graph
    // modules would change the outputs their callers expect.
    SmallVector<Operation *> asserts;
    bool invalid = false;
    root->walk([&](CallFunctionOp op) {
      if (op.getTarget() != kAssertAsync)
        return;
      auto module = op->getParentOfType<GraphModuleOp>();
      if (module && module->getParentOfType<GraphModuleOp>()) {
        op.emitWarning() << "'" << kAssertAsync
                         << "' in a nested graph module is not functionalized";
        return;
      }
      if (op->getNumOperands() != 1 ||
          !isa<RankedTensorType>(op->getOperand(0).getType())) {
        op.emitError() << "cannot functionalize '" << kAssertAsync
                       << "': its operand must be one tensor of known type";
        invalid = true;
        return;
      }
      asserts.push_back(op);
    });
    if (invalid)
      return signalPassFailure();
    if (asserts.empty())
      return;

    DenseMap<Operation *, TokenState> tokens;
    RewritePatternSet patterns(context);
    patterns.add<FunctionalizeAssertAsync>(context, tokens);
    FrozenRewritePatternSet frozen(std::move(patterns));

    // One scope for the pass; the driver runs once per assert so that the
    // token chain follows graph order, and reports each assert as the root
    // its new nodes inherit from.
    NodeMetadataOptions options;
    options.policy = InheritancePolicy::ReplacedOp;
    NodeMetadataScope scope(root, options);
    GreedyRewriteConfig config;
    config.setListener(scope.getListener());
    config.setStrictness(GreedyRewriteStrictness::ExistingOps);
    for (Operation *op : asserts)
      (void)applyOpPatternsGreedily({op}, frozen, config);
    if (failed(scope.finalize()))
      return signalPassFailure();

    // In graph order, not the map's pointer order, so that the diagnostics
    // come out in the same order on every run.
    IRRewriter rewriter(context);
    bool untyped = false;
    root->walk([&](GraphOp graph) {
      auto state = tokens.find(graph);
      if (state == tokens.end())
        return;
      appendOutput(rewriter, graph, state->second.token);
      graph->walk([&](CallFunctionOp op) {
        if (llvm::any_of(op->getResultTypes(), isOrContainsUnknown) &&
            (op.getTarget() == kMakeDepToken ||
             op.getTarget() == kFunctionalAssertAsync)) {
          op.emitError() << "could not infer the type of the created '"
                         << op.getTarget() << "' node";
          untyped = true;
        }
      });
    });
    if (untyped)
      signalPassFailure();
  }
};

} // namespace
