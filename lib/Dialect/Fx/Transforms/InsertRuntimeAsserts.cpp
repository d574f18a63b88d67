//===- InsertRuntimeAsserts.cpp - The fx-insert-runtime-asserts pass ------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// PyTorch's insert_deferred_runtime_asserts (torch/fx/passes/runtime_assert.py)
// for the value ranges of a graph's size symbols: each constrained symbol is
// bound to a node (a SymInt placeholder, `aten.sym_size.int` of the first
// placeholder dim of that size, or a node whose value is the symbol), and
// each finite bound becomes `operator.ge`/`operator.le` +
// `aten._assert_scalar.default` with PyTorch's message.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXINSERTRUNTIMEASSERTS
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

/// A constrained symbol and the node that holds its value.
struct BoundSymbol {
  AffineExpr symbol;
  int64_t lower, upper;
  Value value;
};

/// Whether any result of `op` is or contains `!fx.unknown`.
bool hasUnknownResult(Operation *op) {
  bool found = false;
  for (Type type : op->getResultTypes())
    type.walk([&](UnknownType) { found = true; });
  return found;
}

/// The value of `symbol` that `value` (a placeholder or node) holds
/// directly, as a SymInt.
bool holdsSymbol(Value value, AffineExpr symbol) {
  auto symInt = dyn_cast<SymIntType>(value.getType());
  return symInt && symInt.getValue() == symbol;
}

/// Creates `target(args)` at the rewriter's insertion point and checks that
/// the listener typed it.
FailureOr<CallFunctionOp> createNode(RewriterBase &rewriter, Location loc,
                                     StringRef target,
                                     ArrayRef<Attribute> args,
                                     ValueRange operands) {
  CallFunctionOp op =
      createCallFunction(rewriter, loc, target, args, operands);
  if (hasUnknownResult(op))
    return op.emitError() << "could not infer the type of the created '"
                          << target << "' node";
  return op;
}

/// The text of `symbol` as sympy prints it.
std::string printSymbol(AffineExpr symbol) {
  std::string text;
  llvm::raw_string_ostream os(text);
  printSizeExpr(symbol, os);
  return text;
}

/// Inserts the asserts for one bound: `value op bound`.
LogicalResult insertBoundAssert(RewriterBase &rewriter, Location loc,
                                const BoundSymbol &bound, bool isLower) {
  MLIRContext *context = rewriter.getContext();
  int64_t limit = isLower ? bound.lower : bound.upper;
  FailureOr<CallFunctionOp> compare = createNode(
      rewriter, loc, isLower ? "operator.ge" : "operator.le",
      {NodeAttr::get(context), rewriter.getI64IntegerAttr(limit)},
      bound.value);
  if (failed(compare))
    return failure();
  // PyTorch's message names the comparison node by its (unique) name.
  std::string message = "Runtime assertion failed for expression " +
                        printSymbol(bound.symbol) +
                        (isLower ? " >= " : " <= ") + std::to_string(limit) +
                        " on node '" + compare->getName().str() + "'";
  FailureOr<CallFunctionOp> check = createNode(
      rewriter, loc, "aten._assert_scalar.default",
      {NodeAttr::get(context), rewriter.getStringAttr(message)},
      compare->getResult(0));
  return failure(failed(check));
}

/// Inserts the runtime asserts of `graph`'s range constraints.
LogicalResult insertRuntimeAsserts(RewriterBase &rewriter, GraphOp graph,
                                   RangeConstraintsAttr constraints) {
  MLIRContext *context = rewriter.getContext();
  Block &body = graph.getBody().front();
  // The first node after the placeholders: where size nodes and asserts go.
  Operation *firstNonPlaceholder = nullptr;
  SmallVector<PlaceholderOp> placeholders;
  for (Operation &op : body) {
    if (auto placeholder = dyn_cast<PlaceholderOp>(op)) {
      placeholders.push_back(placeholder);
      continue;
    }
    firstNonPlaceholder = &op;
    break;
  }
  if (!firstNonPlaceholder)
    return graph.emitError("graph has no output node");

  // Bind each symbol, in placeholder order, as PyTorch's match_symbol does.
  SmallVector<BoundSymbol> bound;
  SmallVector<BoundSymbol> boundByNodes;
  for (auto [symbol, lower, upper] :
       llvm::zip_equal(constraints.getSymbols(), constraints.getLower(),
                       constraints.getUpper())) {
    BoundSymbol entry{symbol, lower, upper, Value()};
    for (PlaceholderOp placeholder : placeholders) {
      if (holdsSymbol(placeholder, symbol)) {
        entry.value = placeholder;
        break;
      }
      auto tensor = dyn_cast<RankedTensorType>(placeholder.getType());
      if (!tensor)
        continue;
      SmallVector<AffineExpr> sizes = getDimSizes(tensor);
      auto *dim = llvm::find(sizes, symbol);
      if (dim == sizes.end())
        continue;
      rewriter.setInsertionPoint(firstNonPlaceholder);
      FailureOr<CallFunctionOp> size = createNode(
          rewriter, placeholder.getLoc(), "aten.sym_size.int",
          {NodeAttr::get(context),
           rewriter.getI64IntegerAttr(dim - sizes.begin())},
          placeholder.getResult());
      if (failed(size))
        return failure();
      entry.value = size->getResult(0);
      break;
    }
    if (entry.value) {
      bound.push_back(entry);
      continue;
    }
    // An unbacked symbol: the first node whose value it is.
    for (Operation &op : body)
      if (op.getNumResults() == 1 && holdsSymbol(op.getResult(0), symbol)) {
        entry.value = op.getResult(0);
        break;
      }
    if (!entry.value)
      return graph.emitError()
             << "range constraint on " << printSymbol(symbol)
             << ", which no placeholder size or SymInt node holds";
    boundByNodes.push_back(entry);
  }

  Location loc = graph.getLoc();
  auto insertBounds = [&](const BoundSymbol &entry) -> LogicalResult {
    if (entry.lower != RangeConstraintsAttr::kNegInf &&
        failed(insertBoundAssert(rewriter, loc, entry, /*isLower=*/true)))
      return failure();
    if (entry.upper != RangeConstraintsAttr::kPosInf &&
        failed(insertBoundAssert(rewriter, loc, entry, /*isLower=*/false)))
      return failure();
    return success();
  };
  rewriter.setInsertionPoint(firstNonPlaceholder);
  for (const BoundSymbol &entry : bound)
    if (failed(insertBounds(entry)))
      return failure();
  for (const BoundSymbol &entry : boundByNodes) {
    rewriter.setInsertionPointAfterValue(entry.value);
    if (failed(insertBounds(entry)))
      return failure();
  }
  return success();
}

struct InsertRuntimeAssertsPass
    : fx::impl::FxInsertRuntimeAssertsBase<InsertRuntimeAssertsPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    Operation *root = getOperation();
    StringAttr name = context->getOrLoadDialect<FxDialect>()
                          ->getRangeConstraintsAttrHelper()
                          .getName();
    SmallVector<std::pair<GraphOp, RangeConstraintsAttr>> graphs;
    root->walk([&](GraphOp graph) {
      if (auto constraints = graph->getAttrOfType<RangeConstraintsAttr>(name))
        graphs.emplace_back(graph, constraints);
    });

    // FX's text: `\n` escapes are newlines, frame lines are indented (the
    // option parser trims that) and the text ends with a newline.
    std::string text;
    StringRef rest = stackTrace;
    if (rest.starts_with("File "))
      text = "  ";
    while (!rest.empty()) {
      auto [line, tail] = rest.split("\\n");
      text += line.str();
      text += '\n';
      rest = tail;
    }
    if (!StringRef(stackTrace).starts_with("File "))
      text = stackTrace;
    NodeMetadataOptions options;
    options.explicitMetadata.stackTrace = getStackTraceLoc(context, text);
    IRRewriter rewriter(context);
    options.recordProvenance = provenance;
    options.passName = getArgument();
    NodeMetadataScope scope(rewriter, root, options);
    bool failedAny = false;
    for (auto [graph, constraints] : graphs)
      failedAny |= failed(insertRuntimeAsserts(rewriter, graph, constraints));
    if (failed(scope.finalize()) || failedAny)
      signalPassFailure();
  }
};

} // namespace
