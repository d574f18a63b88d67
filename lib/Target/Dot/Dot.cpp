//===- Dot.cpp - FX graphs as Graphviz DOT --------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Target/Dot/Dot.h"
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

/// A DOT string literal: quotes and backslashes escaped, line breaks as
/// DOT's centered `\n`.
std::string quoted(StringRef text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string typeText(Operation *node) {
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(node->getResultTypes(), os);
  return text;
}

std::string targetText(Operation *node) {
  Attribute target = node->getAttr("target");
  if (auto text = dyn_cast_or_null<StringAttr>(target))
    return text.str();
  if (auto symbol = dyn_cast_or_null<FlatSymbolRefAttr>(target))
    return "@" + symbol.getValue().str();
  return node->getName().stripDialect().str();
}

/// The clusters of one graph: a tree of nn_module_stack frames, in the order
/// the nodes first enter them, each holding the nodes whose stack ends there.
struct ModuleCluster {
  NNModuleStackEntry frame;
  SmallVector<Operation *> nodes;
  llvm::MapVector<std::pair<StringAttr, StringAttr>,
                  std::unique_ptr<ModuleCluster>>
      children;
};

class DotWriter {
public:
  DotWriter(raw_ostream &os) : os(os) {}

  void writeRoot(Operation *root) {
    os << "digraph fx {\n  compound=true;\n  rankdir=TB;\n"
       << "  node [shape=box, style=\"rounded,filled\", fillcolor=white, "
          "fontname=\"monospace\", fontsize=10];\n";
    root->walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (auto graphModule = dyn_cast<GraphModuleOp>(op)) {
        if (!graphModule->getParentOfType<GraphModuleOp>())
          writeGraphModule(graphModule, 1);
        return WalkResult::skip();
      }
      return WalkResult::advance();
    });
    for (const std::string &edge : edges)
      os << "  " << edge << ";\n";
    os << "}\n";
  }

private:
  void indent(unsigned depth) { os.indent(2 * depth); }

  void writeGraphModule(GraphModuleOp graphModule, unsigned depth) {
    indent(depth);
    os << "subgraph cluster_" << clusterCount++ << " {\n";
    indent(depth + 1);
    os << "label=" << quoted("@" + graphModule.getSymName().str())
       << "; style=bold;\n";
    for (Operation &op : graphModule.getBody().front()) {
      if (auto graph = dyn_cast<GraphOp>(op))
        writeGraph(graph, depth + 1);
      else if (auto nested = dyn_cast<GraphModuleOp>(op))
        writeGraphModule(nested, depth + 1);
    }
    indent(depth);
    os << "}\n";
  }

  void writeGraph(GraphOp graph, unsigned depth) {
    ModuleCluster top;
    for (Operation &node : graph.getBody().front()) {
      // Ids and edges in graph order: the clusters write nodes out of it.
      unsigned id = nodeIds.try_emplace(&node, nodeIds.size()).first->second;
      for (Value operand : node.getOperands())
        if (auto producer = nodeIds.find(operand.getDefiningOp());
            producer != nodeIds.end())
          edges.push_back("n" + std::to_string(producer->second) + " -> n" +
                          std::to_string(id));
      ModuleCluster *cluster = &top;
      auto stack = node.getAttrOfType<NNModuleStackAttr>(
          graph->getContext()
              ->getLoadedDialect<FxDialect>()
              ->getNnModuleStackAttrHelper()
              .getName());
      if (stack && stack != NNModuleStackAttr::getEmptySentinel(
                                graph->getContext())) {
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
    indent(depth);
    os << "subgraph cluster_" << clusterCount++ << " {\n";
    indent(depth + 1);
    os << "label=" << quoted("@" + graph.getSymName().str())
       << "; style=dashed;\n";
    writeCluster(top, depth + 1);
    indent(depth);
    os << "}\n";
  }

  void writeCluster(const ModuleCluster &cluster, unsigned depth) {
    for (Operation *node : cluster.nodes)
      writeNode(node, depth);
    for (auto &entry : cluster.children) {
      const ModuleCluster &child = *entry.second;
      indent(depth);
      os << "subgraph cluster_" << clusterCount++ << " {\n";
      indent(depth + 1);
      StringRef path = child.frame.path.getValue();
      os << "label="
         << quoted((path.empty() ? "(root)" : path).str() + "\n" +
                   child.frame.type.str())
         << "; style=\"rounded,filled\"; fillcolor=\"#f2f2f2\";\n";
      writeCluster(child, depth + 1);
      indent(depth);
      os << "}\n";
    }
  }

  void writeNode(Operation *node, unsigned depth) {
    unsigned id = nodeIds.lookup(node);
    std::string label = cast<NodeOpInterface>(node).getName().str() + "\n" +
                        targetText(node);
    std::string types = typeText(node);
    if (!types.empty())
      label += "\n" + types;
    indent(depth);
    os << "n" << id << " [label=" << quoted(label);
    if (isa<PlaceholderOp, OutputOp>(node))
      os << ", shape=ellipse";
    else if (isa<GetAttrOp>(node))
      os << ", shape=note";
    os << "];\n";
  }

  raw_ostream &os;
  unsigned clusterCount = 0;
  llvm::DenseMap<Operation *, unsigned> nodeIds;
  std::vector<std::string> edges;
};

} // namespace

LogicalResult mlir::fx::exportFxToDot(Operation *root, raw_ostream &os) {
  bool hasGraph = false;
  root->walk([&](GraphOp) { hasGraph = true; });
  if (!hasGraph)
    return root->emitError("no fx.graph to draw");
  DotWriter(os).writeRoot(root);
  return success();
}

void mlir::fx::registerFxToDotTranslation() {
  TranslateFromMLIRRegistration registration(
      "fx-to-dot",
      "Draw FX graphs as Graphviz DOT, clustered by nn_module_stack",
      [](Operation *op, raw_ostream &os) { return exportFxToDot(op, os); },
      [](DialectRegistry &registry) { registry.insert<FxDialect>(); });
}
