//===- NodeMetadata.h - Types and metadata for created nodes ----*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The MLIR analog of PyTorch's `_node_metadata_hook` installed with
// `_set_node_metadata_hook(gm, hook)`: a rewriter listener that gives every op
// a rewrite creates its result types and the FX metadata it inherits, and an
// RAII scope that installs it.
//
// Contract, per created op (rules of docs/Listener.md, after PyTorch's hook):
//  * fx.call_function: result types that are `!fx.unknown` are inferred from
//    the registry when the op is inserted; a placeholder result of an op whose
//    schema returns nothing becomes `none` (FX's `val = None`). Then explicit
//    metadata, then inheritance by the scope's policy, key by key: a key the
//    op was created with is kept, else it comes from the source, else from
//    the hook's default. The first-argument policy inherits nn_module_stack
//    and custom (torch_fn comes from the op's own target); the replaced-op
//    policy copies the keys of PyTorch's `_COPY_META_FIELDS`
//    (getReplacedOpMetadataKeys), and records the op make_fx would be
//    dispatching as `original_aten` when the pass names it (DispatchedOp).
//    stack_trace (the location) is never inherited under the first-argument
//    policy. Then provenance: the op's from_node property records the pass and
//    the node it was made from.
//  * fx.call_method of a sym dunder (`__sym_int__`, `__sym_float__`,
//    `__ceil__`, `__floor__`, `__trunc__`, `__round__`): types and explicit
//    metadata only.
//  * other fx nodes (placeholder, get_attr, call_module, output): left alone,
//    except that every fx node's name is made unique in its graph.
//  * ops of other dialects: the configured keys are inherited (generic
//    propagation), nothing else.
//  * an op that arrives with metadata of its own (a clone, or a node its
//    pattern annotated on purpose) keeps those keys and its location; the
//    keys it lacks are inherited as for any created op. Moved ops are left
//    alone entirely.
//
// When types are available: at insertion. Drivers that delay notifications
// (dialect conversion with rollback) insert ops with unknown types and report
// them when the conversion commits, so types are complete when the driver
// returns, in creation order; a pattern that needs types at once builds its
// ops with `createCallFunction` (TypeInference.h), which infers them.
//
// Under the replaced-op policy, an op takes the metadata of the op its pattern
// rewrites: the pattern's root when the driver reports pattern begins
// (greedy, dialect conversion) or a RewriteGuard names it (a walk with an
// IRRewriter), otherwise the op whose replacement it feeds
// (walkAndApplyPatterns, folding); ops attributed to neither get the
// first-argument rule when the scope closes.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_TRANSFORMS_NODEMETADATA_H
#define FX_MLIR_DIALECT_FX_TRANSFORMS_NODEMETADATA_H

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "mlir/IR/PatternMatch.h"
#include <memory>

namespace mlir::fx {

/// Where a created op's inherited metadata comes from.
enum class InheritancePolicy {
  /// `_node_metadata_hook`: the first node in the depth-first flatten of the
  /// op's args then kwargs (its first operand).
  FirstArgument,
  /// `run_decompositions`: the op being rewritten, for every op its rewrite
  /// creates (including all ops of a 1-to-N replacement).
  ReplacedOp,
};

/// Metadata the scope writes onto every created call op before inheritance,
/// like the hook's `metadata` dict, which may hold any key. Unset fields
/// write nothing.
struct ExplicitMetadata {
  /// A stack trace location (see StackTrace.h).
  std::optional<Location> stackTrace;
  NNModuleStackAttr nnModuleStack;
  TorchFnAttr torchFn;
  DictAttr custom;
  /// Any other FX meta key (`source_fn_stack`, `seq_nr`, `partitioner_tag`,
  /// ...) in the form of `fx.meta`, which it is merged into: the .pt2 text
  /// of the value.
  DictAttr meta;
};

struct NodeMetadataOptions {
  InheritancePolicy policy = InheritancePolicy::FirstArgument;
  ExplicitMetadata explicitMetadata;
  /// Infer result types of created call ops (disable to measure metadata
  /// alone).
  bool inferTypes = true;
  /// The discardable attributes that ops of other dialects inherit; empty
  /// means fx.nn_module_stack, fx.torch_fn and fx.custom.
  SmallVector<StringAttr> genericKeys;
  /// Record where each created node comes from in its from_node property, as
  /// PyTorch's from_node: the node it was made from and the pass.
  bool recordProvenance = false;
  /// The pass named by recorded provenance (its `pass_name`): by convention
  /// the creating pass's argument, `fx-decompose`.
  std::string passName;
};

/// PyTorch 2.13's `_COPY_META_FIELDS` (torch/fx/proxy.py): the node metadata
/// that run_decompositions' retrace copies from the node being decomposed
/// onto every node made of it, and so what the replaced-op policy copies.
/// Keys with a typed attribute live in `fx.<key>`, the others in `fx.meta`.
ArrayRef<StringLiteral> getReplacedOpMetadataKeys();

/// The op make_fx is dispatching while a rewrite creates ops. PyTorch's
/// retrace (`run_decompositions`) records it on every node it makes then as
/// `original_aten`, over the value copied from the replaced node
/// (`set_original_aten_op` in torch/fx/experimental/proxy_tensor.py); the
/// replaced-op policy does the same when the pass names it.
class DispatchedOp {
public:
  /// None named: `original_aten` is copied from the replaced op, like every
  /// key of `_COPY_META_FIELDS` (as for nodes make_fx makes outside any
  /// dispatch).
  DispatchedOp() = default;
  /// The ops are made inside make_fx's dispatch of `op` (a decomposition of
  /// its table runs there, the ops it calls included): each call records
  /// `op`.
  static DispatchedOp inside(OperatorAttr op) {
    return DispatchedOp(Kind::Inside, op);
  }
  /// The rewrite runs above make_fx's dispatch, as a CompositeImplicitAutograd
  /// kernel does: each op overload it creates is dispatched on its own and
  /// records its own target, an `operator.getitem` what its tuple's node
  /// records; other calls (symbolic size arithmetic, made outside any
  /// dispatch) copy the replaced op's value.
  static DispatchedOp eachCreatedOp() {
    return DispatchedOp(Kind::EachCreatedOp, {});
  }

  bool isNamed() const { return kind != Kind::None; }
  bool isEachCreatedOp() const { return kind == Kind::EachCreatedOp; }
  /// The op of `inside`, else null.
  OperatorAttr getOp() const { return op; }

private:
  enum class Kind { None, Inside, EachCreatedOp };
  DispatchedOp(Kind kind, OperatorAttr op) : kind(kind), op(op) {}
  Kind kind = Kind::None;
  OperatorAttr op;
};

/// The listener. Chains to `next` for every notification.
class NodeMetadataListener : public RewriterBase::ForwardingListener {
public:
  /// Acts on ops inserted anywhere inside `root` (nested and new graphs
  /// included).
  NodeMetadataListener(Operation *root, NodeMetadataOptions options,
                       OpBuilder::Listener *next = nullptr);
  ~NodeMetadataListener() override;

  /// Applies the first-argument rule to ops still waiting for a replaced op
  /// (replaced-op policy), and reports whether any op failed type inference.
  LogicalResult finalize();

  /// Whether the listener holds work or errors that only `finalize` hands
  /// over: ops waiting for a replaced op, or a failed type inference not yet
  /// reported by `finalize`.
  bool hasUnfinalizedWork() const;

  /// Replaced-op policy: ops created until the matching `endRewrite` inherit
  /// from `op`, as when a driver reports a pattern beginning at `op`.
  /// Rewrites nest. NodeMetadataScope::RewriteGuard pairs the calls.
  void beginRewrite(Operation *op);
  void endRewrite();

  /// Replaced-op policy: the op make_fx would be dispatching while the
  /// current rewrite creates its next ops (none named when it begins). Ends
  /// with the rewrite; ignored outside one and by the first-argument policy.
  void setDispatchedOp(DispatchedOp op);
  DispatchedOp getDispatchedOp() const;

  /// Replaced-op policy: `call`, a node the pass keeps, records the
  /// original_aten that run_decompositions' retrace gives every node it
  /// remakes unchanged: what `DispatchedOp::eachCreatedOp()` gives a created
  /// node (its own op overload, a getitem its tuple's value, else the value
  /// it has). Ignored by the first-argument policy.
  void recordKeptNode(CallFunctionOp call);

  OpBuilder::Listener *getNext() const;

  void notifyOperationInserted(Operation *op,
                               OpBuilder::InsertPoint previous) override;
  void notifyOperationReplaced(Operation *op, Operation *replacement) override;
  void notifyOperationReplaced(Operation *op, ValueRange replacement) override;
  void notifyOperationErased(Operation *op) override;
  void notifyPatternBegin(const Pattern &pattern, Operation *op) override;
  void notifyPatternEnd(const Pattern &pattern, LogicalResult status) override;

private:
  /// The listener's state (caches, name index, pending ops), private to
  /// NodeMetadata.cpp.
  class Impl;
  std::unique_ptr<Impl> impl;
};

/// RAII: installs a NodeMetadataListener on `rewriter` for `root` and, on
/// destruction, restores the listener the rewriter had. An enclosing scope's
/// metadata listener is replaced (the innermost scope decides) while other
/// listeners of the chain keep receiving every notification.
///
///   NodeMetadataScope scope(rewriter, graphModule, options);
///   ... rewrite with `rewriter`, or pass scope.getListener() to a driver:
///   GreedyRewriteConfig().setListener(scope.getListener()) ...
///   if (failed(scope.finalize())) signalPassFailure();
///
/// A scope destroyed while its listener has unfinalized work (`finalize`
/// forgotten, or skipped on an early return) does that work, reports it as
/// an error at `root`, and asserts in builds with assertions, like upstream's
/// ErrorCheckingTrackingListener: a dropped type-inference failure or ops
/// left without metadata can never pass silently.
class NodeMetadataScope {
public:
  NodeMetadataScope(RewriterBase &rewriter, Operation *root,
                    NodeMetadataOptions options = {});
  /// A scope for drivers that take a listener in their config and build
  /// their own rewriter; chains to `next`.
  NodeMetadataScope(Operation *root, NodeMetadataOptions options = {},
                    OpBuilder::Listener *next = nullptr);
  ~NodeMetadataScope();
  NodeMetadataScope(const NodeMetadataScope &) = delete;
  NodeMetadataScope &operator=(const NodeMetadataScope &) = delete;

  NodeMetadataListener *getListener() { return listener.get(); }
  LogicalResult finalize() { return listener->finalize(); }

  /// RAII for ordered rewrites driven without a pattern driver (a walk with
  /// an IRRewriter): while alive, the ops created are the rewrite of `op`
  /// and inherit from it under the replaced-op policy, recording
  /// `dispatched` as their original_aten when it is named.
  ///
  ///   for (Operation *op : ops) {
  ///     auto guard = scope.rewriting(op);
  ///     ... create the replacement with `rewriter`, replace `op` ...
  ///   }
  class [[nodiscard]] RewriteGuard {
  public:
    RewriteGuard(NodeMetadataListener &listener, Operation *op,
                 DispatchedOp dispatched = {})
        : listener(listener) {
      listener.beginRewrite(op);
      listener.setDispatchedOp(dispatched);
    }
    ~RewriteGuard() { listener.endRewrite(); }
    RewriteGuard(const RewriteGuard &) = delete;
    RewriteGuard &operator=(const RewriteGuard &) = delete;

  private:
    NodeMetadataListener &listener;
  };
  RewriteGuard rewriting(Operation *op, DispatchedOp dispatched = {}) {
    return {*listener, op, dispatched};
  }

private:
  RewriterBase *rewriter = nullptr;
  OpBuilder::Listener *previous = nullptr;
  NodeMetadataScope *enclosing = nullptr;
  Operation *root;
  std::unique_ptr<NodeMetadataListener> listener;
};

/// The torch_fn PyTorch's hook derives from a target (rule 7):
/// `("add.Tensor_0", "OpOverload.add.Tensor")` for `aten.add.Tensor`.
TorchFnAttr getTorchFnForTarget(MLIRContext *context, StringRef target);

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_TRANSFORMS_NODEMETADATA_H
