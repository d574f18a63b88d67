//===- ReplaceSetGradWithSubgraph.cpp - fx-replace-set-grad-with-subgraph -===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// PyTorch's replace_set_grad_with_hop_pass
// (torch/_export/passes/replace_set_grad_with_hop_pass.py): the nodes between
// `torch._C._set_grad_enabled(False)` and `(True)` move into a new nested
// graph module called through `higher_order.wrap_with_set_grad_enabled`.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXREPLACESETGRADWITHSUBGRAPH
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

constexpr StringLiteral kSetGradEnabled = "torch._C._set_grad_enabled";
constexpr StringLiteral kWrapWithSetGradEnabled =
    "higher_order.wrap_with_set_grad_enabled";

/// A `_set_grad_enabled(mode)` node and its 1-based index among the graph's
/// set_grad nodes (sequential_split's partition number).
struct SetGradNode {
  CallFunctionOp op;
  bool mode;
  unsigned index;
};

/// The FX name of the node defining `value`.
StringRef getNodeName(Value value) {
  if (auto node = value.getDefiningOp<NodeOpInterface>())
    return node.getName();
  return "arg";
}

/// A name for a new graph module in `parent`: `base`, or `base_N` if taken.
std::string getUniqueModuleName(GraphModuleOp parent, StringRef base) {
  std::string name = base.str();
  for (unsigned i = 1; SymbolTable::lookupSymbolIn(parent, name); ++i)
    name = (base + "_" + Twine(i)).str();
  return name;
}

/// Outlines the nodes strictly between `enter` (False) and `exit` (True).
void outlineRegion(RewriterBase &rewriter, const SetGradNode &enter,
                   CallFunctionOp exit) {
  MLIRContext *context = rewriter.getContext();
  Location unknown = rewriter.getUnknownLoc();
  SmallVector<Operation *> region;
  llvm::SmallPtrSet<Operation *, 16> inRegion;
  for (Operation *op = enter.op->getNextNode(); op != exit;
       op = op->getNextNode()) {
    region.push_back(op);
    inRegion.insert(op);
  }
  // Inputs in order of first use; outputs in order of first use after.
  llvm::SetVector<Value> inputs, outputs;
  for (Operation *op : region)
    for (Value operand : op->getOperands())
      if (!inRegion.contains(operand.getDefiningOp()))
        inputs.insert(operand);
  for (Operation *op = exit->getNextNode(); op; op = op->getNextNode())
    for (Value operand : op->getOperands())
      if (inRegion.contains(operand.getDefiningOp()))
        outputs.insert(operand);

  // The new graph module, after the graph of its parent.
  auto parent = enter.op->getParentOfType<GraphModuleOp>();
  std::string name = getUniqueModuleName(
      parent, ("submod_" + Twine(enter.index)).str());
  rewriter.setInsertionPointToEnd(&parent.getBody().front());
  auto module = GraphModuleOp::create(rewriter, unknown, name);
  rewriter.setInsertionPointToStart(&module.getBody().front());
  auto graph = GraphOp::create(rewriter, unknown, "forward");
  Block *body = &graph.getBody().front();
  rewriter.setInsertionPointToStart(body);
  SmallVector<Value> placeholders;
  for (Value input : inputs) {
    StringRef inputName = getNodeName(input);
    placeholders.push_back(PlaceholderOp::create(rewriter, unknown,
                                                 input.getType(), inputName,
                                                 inputName, Attribute()));
  }
  for (Operation *op : region)
    rewriter.moveOpBefore(op, body, body->end());
  for (auto [input, placeholder] : llvm::zip_equal(inputs, placeholders))
    rewriter.replaceUsesWithIf(input, placeholder, [&](OpOperand &use) {
      return use.getOwner()->getParentOp() == graph;
    });
  rewriter.setInsertionPointToEnd(body);
  SmallVector<Attribute> outputRefs(outputs.size(), NodeAttr::get(context));
  SmallVector<Type> outputTypes;
  for (Value output : outputs)
    outputTypes.push_back(output.getType());
  OutputOp::create(
      rewriter, unknown, rewriter.getStringAttr("output"),
      rewriter.getArrayAttr(
          {TupleAttr::get(context, rewriter.getArrayAttr(outputRefs))}),
      DictAttr::get(context), outputs.getArrayRef());

  // get_attr + the higher-order call + one getitem per output.
  rewriter.setInsertionPoint(exit);
  auto getAttr = GetAttrOp::create(
      rewriter, unknown, GraphModuleType::get(context),
      name, FlatSymbolRefAttr::get(context, name));
  // As PyTorch, the get_attr node takes the enter node's nn_module_stack;
  // the call node inherits it from its first node argument.
  auto *dialect = context->getOrLoadDialect<FxDialect>();
  StringAttr stackName = dialect->getNnModuleStackAttrHelper().getName();
  if (Attribute stack = enter.op->getAttr(stackName))
    getAttr->setAttr(stackName, stack);
  SmallVector<Attribute> args = {rewriter.getBoolAttr(false),
                                 NodeAttr::get(context)};
  args.append(inputs.size(), NodeAttr::get(context));
  SmallVector<Value> operands = {getAttr};
  llvm::append_range(operands, inputs);
  auto call = CallFunctionOp::create(
      rewriter, unknown, TypeRange{TupleType::get(context, outputTypes)},
      rewriter.getStringAttr("wrap_with_set_grad_enabled"),
      rewriter.getStringAttr(kWrapWithSetGradEnabled),
      rewriter.getArrayAttr(args), DictAttr::get(context), operands);
  OpBuilder detached(context);
  for (auto [index, output] : llvm::enumerate(outputs)) {
    Operation *def = output.getDefiningOp();
    // PyTorch gives each getitem the name and metadata (`meta`) of the value
    // it stands for; the listener keeps them, as for any node that arrives
    // annotated.
    auto getItem = CallFunctionOp::create(
        detached, def->getLoc(), TypeRange{output.getType()},
        getNodeName(output), rewriter.getStringAttr("operator.getitem"),
        rewriter.getArrayAttr(
            {NodeAttr::get(context), rewriter.getI64IntegerAttr(index)}),
        DictAttr::get(context), ValueRange{call.getResult(0)});
    for (NamedAttribute attr : def->getDiscardableAttrs())
      getItem->setAttr(attr.getName(), attr.getValue());
    rewriter.insert(getItem);
    rewriter.replaceUsesWithIf(output, getItem.getResult(0),
                               [&](OpOperand &use) {
                                 return use.getOwner()->getParentOp() != graph;
                               });
  }
}

/// Replaces the set_grad regions of `graph`.
LogicalResult replaceSetGrad(RewriterBase &rewriter, GraphOp graph) {
  SmallVector<SetGradNode> nodes;
  unsigned index = 0;
  for (Operation &op : graph.getBody().front()) {
    auto call = dyn_cast<CallFunctionOp>(op);
    if (!call || call.getTarget() != kSetGradEnabled)
      continue;
    ++index;
    auto mode = call.getArgs().size() == 1
                    ? dyn_cast<BoolAttr>(call.getArgs()[0])
                    : BoolAttr();
    if (!mode || !call.getKwargs().empty())
      return call.emitError() << "'" << kSetGradEnabled
                              << "' must have one constant bool argument";
    if (llvm::any_of(call->getResults(),
                     [](Value result) { return !result.use_empty(); }))
      return call.emitError() << "the result of '" << kSetGradEnabled
                              << "' is used";
    nodes.push_back({call, mode.getValue(), index});
  }
  // Pair each (False) with the next (True); a (True) outside a pair sets
  // the ambient mode and is dropped, as PyTorch inlines its partition.
  SmallVector<std::pair<SetGradNode, CallFunctionOp>> regions;
  SmallVector<CallFunctionOp> dropped;
  std::optional<SetGradNode> open;
  for (SetGradNode &node : nodes) {
    if (!node.mode) {
      if (open)
        return node.op.emitError()
               << "'" << kSetGradEnabled
               << "(False)' inside a region that an earlier (False) opened";
      open = node;
      continue;
    }
    if (open)
      regions.emplace_back(*open, node.op);
    else
      dropped.push_back(node.op);
    open.reset();
  }
  if (open)
    return open->op.emitError() << "'" << kSetGradEnabled
                                << "(False)' has no matching (True) in its "
                                   "graph";

  for (auto &[enter, exit] : regions) {
    outlineRegion(rewriter, enter, exit);
    rewriter.eraseOp(exit);
    rewriter.eraseOp(enter.op);
  }
  for (CallFunctionOp op : dropped)
    rewriter.eraseOp(op);
  return success();
}

struct ReplaceSetGradWithSubgraphPass
    : fx::impl::FxReplaceSetGradWithSubgraphBase<
          ReplaceSetGradWithSubgraphPass> {
  using Base::Base;

  void runOnOperation() override {
    Operation *root = getOperation();
    SmallVector<GraphOp> graphs;
    root->walk([&](GraphOp graph) { graphs.push_back(graph); });
    IRRewriter rewriter(&getContext());
    NodeMetadataOptions options;
    options.recordProvenance = provenance;
    options.passName = getArgument();
    NodeMetadataScope scope(rewriter, root, options);
    bool failedAny = false;
    for (GraphOp graph : graphs)
      failedAny |= failed(replaceSetGrad(rewriter, graph));
    if (failed(scope.finalize()) || failedAny)
      signalPassFailure();
  }
};

} // namespace
