//===- FunctionalizeSideEffects.cpp - fx-functionalize-side-effects -------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// PyTorch's _FunctionalizeSideEffectfulOpsPass
// (torch/_export/passes/functionalize_side_effectful_ops_pass.py):
// `aten._assert_async.msg` becomes `aten._functional_assert_async.msg`
// threading a dependency token that starts at `aten._make_dep_token.default`
// and ends as an extra graph output. An ordered rewrite (the chain follows
// graph order): a walk with an IRRewriter, each created node attributed to
// its assert by a RewriteGuard.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"

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

/// A call node of `target` with an unknown result named `name`: the listener
/// types it and makes the name unique.
CallFunctionOp createNode(RewriterBase &rewriter, Location loc, StringRef name,
                          StringRef target, ArrayRef<Attribute> args,
                          DictAttr kwargs, ValueRange operands) {
  MLIRContext *context = rewriter.getContext();
  return CallFunctionOp::create(rewriter, loc,
                                TypeRange{UnknownType::get(context)}, name,
                                rewriter.getStringAttr(target),
                                rewriter.getArrayAttr(args), kwargs, operands);
}

/// `_assert_async.msg(x, msg)` -> `_functional_assert_async.msg(x, msg,
/// dep_token = token)`, named `dep_token<index>`; returns the new token.
Value functionalizeAssert(RewriterBase &rewriter, CallFunctionOp op,
                          Value token, unsigned index) {
  MLIRContext *context = rewriter.getContext();
  rewriter.setInsertionPoint(op);
  auto kwargs = DictAttr::get(
      context, rewriter.getArrayAttr(rewriter.getStringAttr("dep_token")),
      rewriter.getArrayAttr(NodeAttr::get(context)));
  CallFunctionOp functional =
      createNode(rewriter, op.getLoc(), "dep_token" + std::to_string(index),
                 kFunctionalAssertAsync, llvm::to_vector(op.getArgs()), kwargs,
                 {op->getOperand(0), token});
  rewriter.eraseOp(op);
  return functional.getResult(0);
}

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

    // In graph order, one token chain per graph, each created node the
    // rewrite of its assert (the token source: of the first assert).
    IRRewriter rewriter(context);
    NodeMetadataOptions options;
    options.policy = InheritancePolicy::ReplacedOp;
    options.recordProvenance = provenance;
    options.passName = getArgument();
    NodeMetadataScope scope(rewriter, root, options);
    // Asserts of one graph are contiguous in walk order.
    struct TokenChain {
      GraphOp graph;
      Value token;
      unsigned length;
    };
    SmallVector<TokenChain> chains;
    for (Operation *op : asserts) {
      auto graph = cast<GraphOp>(op->getParentOp());
      NodeMetadataScope::RewriteGuard guard = scope.rewriting(op);
      if (chains.empty() || chains.back().graph != graph) {
        rewriter.setInsertionPoint(op);
        Value first = createNode(rewriter, op->getLoc(), "dep_token0",
                                 kMakeDepToken, {}, DictAttr::get(context), {})
                          .getResult(0);
        chains.push_back({graph, first, 0});
      }
      TokenChain &chain = chains.back();
      chain.token = functionalizeAssert(rewriter, cast<CallFunctionOp>(op),
                                        chain.token, ++chain.length);
    }
    bool typesComplete = succeeded(scope.finalize());

    bool untyped = false;
    for (const TokenChain &chain : chains) {
      appendOutput(rewriter, chain.graph, chain.token);
      chain.graph->walk([&](CallFunctionOp op) {
        if (llvm::any_of(op->getResultTypes(), isOrContainsUnknown) &&
            (op.getTarget() == kMakeDepToken ||
             op.getTarget() == kFunctionalAssertAsync)) {
          op.emitError() << "could not infer the type of the created '"
                         << op.getTarget() << "' node";
          untyped = true;
        }
      });
    }
    if (untyped || !typesComplete)
      signalPassFailure();
  }
};

} // namespace
