//===- NodeMetadata.cpp - C API of the node-metadata listener -------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir-c/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Rewrite.h"
#include "mlir/CAPI/Support.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;
using namespace mlir::fx;

namespace {
/// What an FxMlirNodeMetadataScope points to: a NodeMetadataScope, and for a
/// greedy driver config, the listener to restore in it.
struct CNodeMetadataScope {
  CNodeMetadataScope(RewriterBase &rewriter, Operation *root,
                     NodeMetadataOptions options)
      : scope(rewriter, root, std::move(options)) {}
  CNodeMetadataScope(GreedyRewriteConfig &config, Operation *root,
                     NodeMetadataOptions options)
      : config(&config), previous(config.getListener()),
        scope(root, std::move(options), previous) {
    config.setListener(scope.getListener());
  }
  ~CNodeMetadataScope() {
    if (config)
      config->setListener(previous);
  }

  GreedyRewriteConfig *config = nullptr;
  RewriterBase::Listener *previous = nullptr;
  NodeMetadataScope scope;
};
} // namespace

static NodeMetadataOptions unwrap(const FxMlirNodeMetadataOptions &options) {
  NodeMetadataOptions result;
  result.policy = options.policy == FxMlirInheritanceReplacedOp
                      ? InheritancePolicy::ReplacedOp
                      : InheritancePolicy::FirstArgument;
  const FxMlirExplicitMetadata &given = options.explicitMetadata;
  ExplicitMetadata &explicitMetadata = result.explicitMetadata;
  if (!mlirLocationIsNull(given.stackTrace))
    explicitMetadata.stackTrace = unwrap(given.stackTrace);
  if (!mlirAttributeIsNull(given.nnModuleStack))
    explicitMetadata.nnModuleStack =
        cast<NNModuleStackAttr>(unwrap(given.nnModuleStack));
  if (!mlirAttributeIsNull(given.torchFn))
    explicitMetadata.torchFn = cast<TorchFnAttr>(unwrap(given.torchFn));
  if (!mlirAttributeIsNull(given.custom))
    explicitMetadata.custom = cast<DictAttr>(unwrap(given.custom));
  result.inferTypes = options.inferTypes;
  return result;
}

static CNodeMetadataScope *unwrap(FxMlirNodeMetadataScope scope) {
  return static_cast<CNodeMetadataScope *>(scope.ptr);
}

FxMlirNodeMetadataOptions fxMlirNodeMetadataOptionsGetDefault(void) {
  FxMlirNodeMetadataOptions options = {};
  options.policy = FxMlirInheritanceFirstArgument;
  options.inferTypes = true;
  return options;
}

FxMlirNodeMetadataScope
fxMlirNodeMetadataScopeCreateOnRewriter(MlirRewriterBase rewriter,
                                        MlirOperation root,
                                        FxMlirNodeMetadataOptions options) {
  return {
      new CNodeMetadataScope(*unwrap(rewriter), unwrap(root), unwrap(options))};
}

FxMlirNodeMetadataScope fxMlirNodeMetadataScopeCreateOnGreedyConfig(
    MlirGreedyRewriteDriverConfig config, MlirOperation root,
    FxMlirNodeMetadataOptions options) {
  // mlir-c/Rewrite.h's config handle holds a GreedyRewriteConfig (upstream's
  // lib/CAPI/Transforms/Rewrite.cpp), which no CAPI header unwraps.
  auto *greedyConfig = static_cast<GreedyRewriteConfig *>(config.ptr);
  return {new CNodeMetadataScope(*greedyConfig, unwrap(root), unwrap(options))};
}

MlirLogicalResult
fxMlirNodeMetadataScopeFinalize(FxMlirNodeMetadataScope scope) {
  return wrap(unwrap(scope)->scope.finalize());
}

void fxMlirNodeMetadataScopeDestroy(FxMlirNodeMetadataScope scope) {
  delete unwrap(scope);
}
