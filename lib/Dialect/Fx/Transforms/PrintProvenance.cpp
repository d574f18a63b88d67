//===- PrintProvenance.cpp - The fx-print-provenance pass -----------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXPRINTPROVENANCE
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

/// PyTorch's NodeSource.print_readable: a line per source, its own sources
/// four spaces further in.
static void printSources(raw_ostream &os, const FromNode &sources) {
  walkNodeSources(sources, [&](const NodeSource &source, unsigned depth) {
    os.indent(depth * 4) << "(name=" << source.getName()
                         << ", pass_name=" << source.getPassName().getValue()
                         << ", action=" << source.getAction().getValue()
                         << ", graph_id=" << source.getGraphId() << ")\n";
  });
}

namespace {

struct FxPrintProvenance
    : fx::impl::FxPrintProvenanceBase<FxPrintProvenance> {
  using Base::Base;

  void runOnOperation() override {
    llvm::StringSet<> wanted(llvm::from_range, nodes);
    llvm::StringSet<> found;
    raw_ostream &os = llvm::outs();
    getOperation()->walk([&](NodeOpInterface node) {
      if (!wanted.empty() && !wanted.contains(node.getName()))
        return;
      const FromNode *sources = getFromNode(node);
      if (wanted.empty() && !sources)
        return;
      found.insert(node.getName());
      auto graph = node->getParentOfType<GraphOp>();
      auto module = node->getParentOfType<GraphModuleOp>();
      if (module)
        os << "@" << module.getSymName() << "::";
      if (graph)
        os << "@" << graph.getSymName() << " ";
      os << "%" << node.getName();
      if (auto target = node->getAttrOfType<StringAttr>("target"))
        os << " = " << target.getValue();
      os << "\n";
      if (!sources || sources->empty())
        os << "(no provenance)\n";
      else
        printSources(os, *sources);
    });
    for (const std::string &name : nodes)
      if (!found.contains(name)) {
        getOperation()->emitError()
            << "fx-print-provenance: no node named '" << name << "'";
        return signalPassFailure();
      }
    markAllAnalysesPreserved();
  }
};

} // namespace
