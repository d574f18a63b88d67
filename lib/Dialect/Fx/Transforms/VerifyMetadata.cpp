//===- VerifyMetadata.cpp - The fx-verify-metadata pass -------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXVERIFYMETADATA
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

struct VerifyMetadataPass : fx::impl::FxVerifyMetadataBase<VerifyMetadataPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    SmallVector<StringAttr> requiredKeys;
    for (const std::string &key : keys)
      requiredKeys.push_back(StringAttr::get(context, key));
    if (requiredKeys.empty())
      requiredKeys.push_back(context->getOrLoadDialect<FxDialect>()
                                 ->getNnModuleStackAttrHelper()
                                 .getName());

    unsigned numNodes = 0, numUntyped = 0;
    SmallVector<unsigned> numMissing(requiredKeys.size(), 0);
    getOperation()->walk([&](Operation *op) {
      if (!isa<CallFunctionOp, CallMethodOp, CallModuleOp>(op))
        return;
      ++numNodes;
      StringRef name = cast<NodeOpInterface>(op).getName();
      if (llvm::any_of(op->getResultTypes(), isOrContainsUnknown)) {
        ++numUntyped;
        if (!summary)
          op->emitError() << "node '" << name << "' has no result types";
      }
      // A higher-order op's subgraph (a graph module inside another) is
      // traced without module context: PyTorch records no metadata there.
      auto graphModule = op->getParentOfType<GraphModuleOp>();
      if (graphModule && graphModule->getParentOfType<GraphModuleOp>())
        return;
      for (auto [index, key] : llvm::enumerate(requiredKeys)) {
        if (op->hasAttr(key))
          continue;
        ++numMissing[index];
        if (!summary)
          op->emitError() << "node '" << name << "' has no '" << key.getValue()
                          << "'";
      }
    });

    bool clean = numUntyped == 0 &&
                 llvm::all_of(numMissing, [](unsigned n) { return n == 0; });
    if (summary) {
      InFlightDiagnostic diag =
          clean ? getOperation()->emitRemark() : getOperation()->emitError();
      diag << "fx-verify-metadata: " << numNodes << " call nodes, "
           << numUntyped << " without result types";
      for (auto [key, missing] : llvm::zip_equal(requiredKeys, numMissing))
        diag << ", " << missing << " without '" << key.getValue() << "'";
    }
    if (!clean)
      signalPassFailure();
  }
};

} // namespace
