//===- ModuleClusters.cpp - FX nodes grouped by module --------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Target/GraphView/ModuleClusters.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::fx;

ModuleCluster mlir::fx::clusterNodesByModule(GraphOp graph) {
  MLIRContext *context = graph->getContext();
  StringAttr stackName = context->getLoadedDialect<FxDialect>()
                             ->getNnModuleStackAttrHelper()
                             .getName();
  NNModuleStackAttr emptyStack = NNModuleStackAttr::getEmptySentinel(context);
  ModuleCluster top;
  for (Operation &node : graph.getBody().front()) {
    ModuleCluster *cluster = &top;
    auto stack = node.getAttrOfType<NNModuleStackAttr>(stackName);
    if (stack && stack != emptyStack) {
      for (const NNModuleStackEntry &frame : stack.getEntries()) {
        std::unique_ptr<ModuleCluster> &child =
            cluster->children[{frame.path, frame.type}];
        if (!child) {
          child = std::make_unique<ModuleCluster>();
          child->frame = frame;
        }
        cluster = child.get();
      }
    }
    cluster->nodes.push_back(&node);
  }
  return top;
}

std::string mlir::fx::getNodeTargetText(Operation *node) {
  Attribute target = node->getAttr("target");
  if (auto text = dyn_cast_or_null<StringAttr>(target))
    return text.str();
  if (auto symbol = dyn_cast_or_null<FlatSymbolRefAttr>(target))
    return "@" + symbol.getValue().str();
  return node->getName().stripDialect().str();
}

std::string mlir::fx::getResultTypesText(Operation *node) {
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(node->getResultTypes(), os);
  return text;
}

LogicalResult mlir::fx::checkHasGraph(Operation *root) {
  bool hasGraph = false;
  root->walk([&](GraphOp) {
    hasGraph = true;
    return WalkResult::interrupt();
  });
  if (!hasGraph)
    return root->emitError("no fx.graph to draw");
  return success();
}

void mlir::fx::forEachTopLevelGraphModule(
    Operation *root, function_ref<void(GraphModuleOp)> fn) {
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    auto graphModule = dyn_cast<GraphModuleOp>(op);
    if (!graphModule)
      return WalkResult::advance();
    fn(graphModule);
    return WalkResult::skip();
  });
}
