/*===- NodeMetadata.h - C API of the node-metadata listener -------*- C -*-===*\
|*                                                                            *|
|* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception                    *|
|*                                                                            *|
|* PyTorch's node-metadata hook for rewrites driven from C: a scope installs  *|
|* a NodeMetadataListener (fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h) on a *|
|* rewriter or a greedy driver config of mlir-c/Rewrite.h, so every op the    *|
|* rewrite creates gets its result types, inherited metadata and a unique     *|
|* name; destroying the scope removes it. See docs/Listener.md for the rules. *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef FX_MLIR_C_NODEMETADATA_H
#define FX_MLIR_C_NODEMETADATA_H

#include "mlir-c/IR.h"
#include "mlir-c/Rewrite.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Where a created op's inherited metadata comes from.
typedef enum {
  /// `_node_metadata_hook`: the op's first node argument.
  FxMlirInheritanceFirstArgument,
  /// `run_decompositions`: the op being rewritten.
  FxMlirInheritanceReplacedOp,
} FxMlirInheritancePolicy;

/// Metadata written onto every created call op before inheritance, like the
/// hook's `metadata` dict. Null fields write nothing.
typedef struct {
  /// A stack-trace location (fxMlirLocationFromStackTrace).
  MlirLocation stackTrace;
  /// An `#fx.nn_module_stack`.
  MlirAttribute nnModuleStack;
  /// An `#fx.torch_fn`.
  MlirAttribute torchFn;
  /// An `#fx.dict`, the `custom` metadata.
  MlirAttribute custom;
} FxMlirExplicitMetadata;

typedef struct {
  FxMlirInheritancePolicy policy;
  FxMlirExplicitMetadata explicitMetadata;
  /// Infer the result types of created call ops.
  bool inferTypes;
} FxMlirNodeMetadataOptions;

/// The first-argument policy, no explicit metadata, types inferred.
MLIR_CAPI_EXPORTED FxMlirNodeMetadataOptions
fxMlirNodeMetadataOptionsGetDefault(void);

/// An installed listener; owned by the caller.
typedef struct {
  void *ptr;
} FxMlirNodeMetadataScope;

/// Installs a listener for ops created inside `root` on `rewriter` (an
/// IRRewriter of mlirIRRewriterCreate, or a pattern's rewriter).
MLIR_CAPI_EXPORTED FxMlirNodeMetadataScope
fxMlirNodeMetadataScopeCreateOnRewriter(MlirRewriterBase rewriter,
                                        MlirOperation root,
                                        FxMlirNodeMetadataOptions options);

/// Installs a listener for ops created inside `root` on a greedy driver
/// configuration, chained to the listener `config` had: pass `config` to
/// mlirApplyPatternsAndFoldGreedily(WithOp) while the scope lives.
MLIR_CAPI_EXPORTED FxMlirNodeMetadataScope
fxMlirNodeMetadataScopeCreateOnGreedyConfig(
    MlirGreedyRewriteDriverConfig config, MlirOperation root,
    FxMlirNodeMetadataOptions options);

/// Gives ops still waiting for a replaced op (replaced-op policy) the
/// first-argument rule; fails if any created op failed type inference (the
/// error was emitted at its location).
MLIR_CAPI_EXPORTED MlirLogicalResult
fxMlirNodeMetadataScopeFinalize(FxMlirNodeMetadataScope scope);

/// Removes the listener, restoring the one the rewriter or config had, and
/// frees the scope.
MLIR_CAPI_EXPORTED void
fxMlirNodeMetadataScopeDestroy(FxMlirNodeMetadataScope scope);

#ifdef __cplusplus
}
#endif

#endif // FX_MLIR_C_NODEMETADATA_H
