//===- Dot.cpp - FX graphs as Graphviz DOT --------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Target/Dot/Dot.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Support/ToolInput.h"
#include "fx-mlir/Target/GraphView/ModuleClusters.h"
#include "fx-mlir/Target/GraphView/Provenance.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
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

class DotWriter {
public:
  DotWriter(Operation *root, raw_ostream &os)
      : root(root), os(os), passColors(root) {}

  void writeRoot() {
    os << "digraph fx {\n  compound=true;\n  rankdir=TB;\n"
       << "  node [shape=box, style=\"rounded,filled\", fillcolor=white, "
          "fontname=\"monospace\", fontsize=10];\n";
    forEachTopLevelGraphModule(root, [&](GraphModuleOp graphModule) {
      writeGraphModule(graphModule, 1);
    });
    writeLegend();
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
    // Ids and edges in graph order: the clusters write nodes out of it.
    for (Operation &node : graph.getBody().front()) {
      unsigned id = nodeIds.try_emplace(&node, nodeIds.size()).first->second;
      for (Value operand : node.getOperands())
        if (auto producer = nodeIds.find(operand.getDefiningOp());
            producer != nodeIds.end())
          edges.push_back("n" + std::to_string(producer->second) + " -> n" +
                          std::to_string(id));
    }
    ModuleCluster top = clusterNodesByModule(graph);
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
                        getNodeTargetText(node);
    std::string types = getResultTypesText(node);
    if (!types.empty())
      label += "\n" + types;
    indent(depth);
    os << "n" << id << " [label=" << quoted(label);
    if (isa<PlaceholderOp, OutputOp>(node))
      os << ", shape=ellipse";
    else if (isa<GetAttrOp>(node))
      os << ", shape=note";
    // The newest from_node entry: the pass that made the node last.
    if (const NodeSource *source = getNewestNodeSource(node)) {
      os << ", fillcolor=\""
         << passColors.getPasses()[passColors.getPassIndex(*source)].color
         << "\"";
      if (isReplacement(*source))
        os << ", style=\"rounded,filled,bold\"";
      std::string tooltip = source->getPassName().str() + " (" +
                            source->getAction().str() + ")";
      if (!source->getName().empty())
        tooltip += " from " + source->getName().str();
      os << ", tooltip=" << quoted(tooltip);
    }
    os << "];\n";
  }

  /// A table mapping each pass's colour to its name, when some node has
  /// provenance; and what a bold border means, when some node has one.
  void writeLegend() {
    ArrayRef<PassColors::Pass> passes = passColors.getPasses();
    if (passes.empty())
      return;
    os << "  legend [shape=plaintext, label=<<table border=\"0\" "
          "cellborder=\"1\" cellspacing=\"2\" cellpadding=\"4\">"
          "<tr><td border=\"0\">made by pass</td></tr>";
    for (const PassColors::Pass &pass : passes) {
      os << "<tr><td bgcolor=\"" << pass.color << "\">";
      llvm::printHTMLEscaped(pass.name.getValue(), os);
      os << "</td></tr>";
    }
    if (passColors.hasReplacement())
      os << "<tr><td border=\"3\">bold: replaced a node</td></tr>";
    os << "</table>>];\n";
  }

  Operation *root;
  raw_ostream &os;
  PassColors passColors;
  unsigned clusterCount = 0;
  llvm::DenseMap<Operation *, unsigned> nodeIds;
  std::vector<std::string> edges;
};

} // namespace

LogicalResult mlir::fx::exportFxToDot(Operation *root, raw_ostream &os) {
  if (failed(checkHasGraph(root)))
    return failure();
  DotWriter(root, os).writeRoot();
  return success();
}

void mlir::fx::registerFxToDotTranslation() {
  TranslateFromFxRegistration registration(
      "fx-to-dot",
      "Draw FX graphs as Graphviz DOT, clustered by nn_module_stack",
      [](Operation *op, raw_ostream &os) { return exportFxToDot(op, os); },
      [](DialectRegistry &registry) { registry.insert<FxDialect>(); });
}
