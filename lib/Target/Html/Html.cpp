//===- Html.cpp - FX graphs as a self-contained HTML viewer ---------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The page is Viewer.html with the graph as JSON in its
// `<script type="application/json">` element:
//
//   {"title": "@M",
//    "clusters": [{"kind": "graph_module" | "graph" | "module",
//                  "label": "@M" | "@forward" | module path,
//                  "type": module type, "parent": cluster or -1}, ...],
//    "passes": [{"name": pass, "color": "#rrggbb"}, ...],
//    "nodes": [{"name", "kind", "target", "type", "cluster",
//               "inputs": [node, ...], "graph_module": cluster (a get_attr
//               of a nested graph module), "stack": [[key, path, type], ...],
//               "pass": the index of the pass that made it, "replaced": true
//               when it replaced a node, "from_node": its history, each
//               entry before its own ([{"depth", "name", "target",
//               "graph_id", "pass_name", "action"}, ...]),
//               "attrs": {name: text}, "trace": FX stack_trace text,
//               "loc": other locations, "mlir": the node as fx text}, ...]}
//
// Clusters come before their children and nodes in graph order, so the page
// builds the tree in one pass; users are the inverse of inputs.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Target/Html/Html.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Support/ToolInput.h"
#include "fx-mlir/Target/GraphView/ModuleClusters.h"
#include "fx-mlir/Target/GraphView/Provenance.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::fx;

namespace json = llvm::json;

/// The viewer page; the graph's JSON replaces the marker.
static constexpr llvm::StringLiteral viewerPage =
#include "Viewer.html.inc"
    ;
static constexpr llvm::StringLiteral graphMarker = "@FX_GRAPH_JSON@";

namespace {

/// A JSON string of `text`, which need not be UTF-8 (stack traces are
/// whatever bytes the Python source had).
std::string jsonText(StringRef text) {
  return json::isUTF8(text) ? text.str() : json::fixUTF8(text);
}

/// The text MLIR prints for an attribute or a location.
template <typename T> std::string printed(T printable) {
  std::string text;
  llvm::raw_string_ostream os(text);
  printable.print(os);
  return text;
}

/// Lays out the graphs under a root as clusters and nodes, then writes them
/// as the page's JSON.
class HtmlWriter {
public:
  HtmlWriter(Operation *root)
      : root(root), asmState(root, OpPrintingFlags().useLocalScope()),
        passColors(root) {
    auto *dialect = root->getContext()->getLoadedDialect<FxDialect>();
    stackName = dialect->getNnModuleStackAttrHelper().getName();
  }

  /// Lays out the clusters and nodes, then writes the JSON.
  void writeJson(raw_ostream &os) {
    forEachTopLevelGraphModule(root, [&](GraphModuleOp graphModule) {
      addGraphModule(graphModule, -1);
    });
    // One cluster or node per line: the page stays small and the JSON
    // greppable.
    os << "{\"title\":" << json::Value(jsonText("@" + title))
       << ",\n\"clusters\":[";
    for (const Cluster &cluster : clusters) {
      os << (&cluster == &clusters.front() ? "\n" : ",\n");
      json::OStream j(os);
      j.object([&] {
        j.attribute("kind", cluster.kind);
        j.attribute("label", jsonText(cluster.label));
        if (!cluster.type.empty())
          j.attribute("type", jsonText(cluster.type));
        j.attribute("parent", cluster.parent);
      });
    }
    os << "],\n\"passes\":[";
    for (const PassColors::Pass &pass : passColors.getPasses()) {
      os << (&pass == &passColors.getPasses().front() ? "\n" : ",\n");
      json::OStream j(os);
      j.object([&] {
        j.attribute("name", jsonText(pass.name.getValue()));
        j.attribute("color", pass.color);
      });
    }
    os << "],\n\"nodes\":[";
    for (const auto &[node, cluster] : nodes) {
      os << (node == nodes.front().first ? "\n" : ",\n");
      json::OStream j(os);
      writeNode(j, node, cluster);
    }
    os << "]}";
  }

private:
  struct Cluster {
    StringRef kind;
    std::string label;
    std::string type;
    int64_t parent;
  };

  int64_t addCluster(StringRef kind, std::string label, std::string type,
                     int64_t parent) {
    clusters.push_back({kind, std::move(label), std::move(type), parent});
    return clusters.size() - 1;
  }

  void addGraphModule(GraphModuleOp graphModule, int64_t parent) {
    if (title.empty())
      title = graphModule.getSymName().str();
    int64_t id = addCluster("graph_module",
                            "@" + graphModule.getSymName().str(), "", parent);
    graphModuleClusters[graphModule] = id;
    for (Operation &op : graphModule.getBody().front()) {
      if (auto graph = dyn_cast<GraphOp>(op))
        addGraph(graph, id);
      else if (auto nested = dyn_cast<GraphModuleOp>(op))
        addGraphModule(nested, id);
    }
  }

  void addGraph(GraphOp graph, int64_t parent) {
    // Nodes in graph order; their clusters are known once all are grouped.
    for (Operation &node : graph.getBody().front()) {
      nodeIds[&node] = nodes.size();
      nodes.push_back({&node, -1});
    }
    addModuleCluster(
        clusterNodesByModule(graph),
        addCluster("graph", "@" + graph.getSymName().str(), "", parent));
  }

  /// Places the nodes of `cluster`, whose index is `id`, and its children.
  void addModuleCluster(const ModuleCluster &cluster, int64_t id) {
    for (Operation *node : cluster.nodes)
      nodes[nodeIds.lookup(node)].second = id;
    for (auto &entry : cluster.children) {
      const ModuleCluster &child = *entry.second;
      addModuleCluster(child, addCluster("module", child.frame.path.str(),
                                         child.frame.type.str(), id));
    }
  }

  /// One node's object; its inputs and nested graph module are known since
  /// every node and cluster is laid out first.
  void writeNode(json::OStream &j, Operation *node, int64_t cluster) {
    j.object([&] {
      j.attribute("name", jsonText(cast<NodeOpInterface>(node).getName()));
      j.attribute("kind", node->getName().stripDialect());
      j.attribute("target", jsonText(getNodeTargetText(node)));
      j.attribute("type", jsonText(getResultTypesText(node)));
      j.attribute("cluster", cluster);
      j.attributeArray("inputs", [&] {
        // One entry per use, in operand order, as the graph's edges.
        for (Value operand : node->getOperands())
          if (auto producer = nodeIds.find(operand.getDefiningOp());
              producer != nodeIds.end())
            j.value(producer->second);
      });
      if (auto getAttr = dyn_cast<GetAttrOp>(node))
        if (auto nested = dyn_cast_or_null<GraphModuleOp>(
                SymbolTable::lookupNearestSymbolFrom(getAttr,
                                                     getAttr.getTargetAttr())))
          j.attribute("graph_module", graphModuleClusters.lookup(nested));
      auto stack = node->getAttrOfType<NNModuleStackAttr>(stackName);
      if (stack)
        j.attributeArray("stack", [&] {
          for (const NNModuleStackEntry &frame : stack.getEntries())
            j.array([&] {
              j.value(jsonText(frame.key));
              j.value(jsonText(frame.path));
              j.value(jsonText(frame.type));
            });
        });
      if (const NodeSource *newest = getNewestNodeSource(node)) {
        j.attribute("pass", passColors.getPassIndex(*newest));
        if (isReplacement(*newest))
          j.attribute("replaced", true);
        j.attributeArray("from_node", [&] {
          walkNodeSources(
              *getFromNode(node),
              [&](const NodeSource &source, unsigned depth) {
                j.object([&] {
                  j.attribute("depth", depth);
                  j.attribute("name", jsonText(source.getName()));
                  j.attribute("target", jsonText(source.getTarget()));
                  j.attribute("graph_id", source.getGraphId());
                  j.attribute("pass_name", jsonText(source.getPassName()));
                  j.attribute("action", source.getAction().getValue());
                });
              });
        });
      }
      j.attributeObject("attrs", [&] {
        for (NamedAttribute attr : node->getDiscardableAttrs())
          if (attr.getName() != stackName)
            j.attribute(attr.getName(), jsonText(printed(attr.getValue())));
      });
      Location loc = node->getLoc();
      if (std::optional<std::string> trace = getStackTrace(loc))
        j.attribute("trace", jsonText(*trace));
      else if (!isa<UnknownLoc>(loc))
        j.attribute("loc", jsonText(printed(loc)));
      std::string text;
      llvm::raw_string_ostream os(text);
      node->print(os, asmState);
      j.attribute("mlir", jsonText(text));
    });
  }

  Operation *root;
  AsmState asmState;
  PassColors passColors;
  StringAttr stackName;
  std::string title;
  std::vector<Cluster> clusters;
  std::vector<std::pair<Operation *, int64_t>> nodes;
  llvm::DenseMap<Operation *, int64_t> nodeIds;
  llvm::DenseMap<Operation *, int64_t> graphModuleClusters;
};

/// Writes `json` so that it cannot end the script element holding it nor open
/// a comment there: `<` of `</` and `<!` (only ever inside JSON strings)
/// becomes `\u003c`.
void writeScriptData(StringRef json, raw_ostream &os) {
  size_t start = 0;
  for (size_t i = 0; i + 1 < json.size(); ++i) {
    if (json[i] != '<' || (json[i + 1] != '/' && json[i + 1] != '!'))
      continue;
    os << json.slice(start, i) << "\\u003c";
    start = i + 1;
  }
  os << json.drop_front(start);
}

} // namespace

LogicalResult mlir::fx::exportFxToHtml(Operation *root, raw_ostream &os) {
  if (failed(checkHasGraph(root)))
    return failure();
  std::string json;
  llvm::raw_string_ostream jsonStream(json);
  HtmlWriter(root).writeJson(jsonStream);
  auto [head, tail] = viewerPage.split(graphMarker);
  os << head;
  writeScriptData(json, os);
  os << tail;
  return success();
}

void mlir::fx::registerFxToHtmlTranslation() {
  TranslateFromFxRegistration registration(
      "fx-to-html",
      "Show FX graphs as one self-contained HTML page, clustered by "
      "nn_module_stack",
      [](Operation *op, raw_ostream &os) { return exportFxToHtml(op, os); },
      [](DialectRegistry &registry) { registry.insert<FxDialect>(); });
}
