//===- TypeInference.h - Fake-tensor type inference -------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The native analog of running an op's meta kernel on fake tensors: from a
// call_function's target, constant args and operand types, compute the types
// of its result (shapes, dtypes, symbolic sizes). Rules are looked up by op
// overload name in one registry; each entry pairs the op's schema with a rule.
//
// Cost: a lookup (one string hash), a bind of args against the parsed schema
// (no allocation) and the rule itself; nothing is allocated beyond the uniqued
// result types.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_INFERENCE_TYPEINFERENCE_H
#define FX_MLIR_DIALECT_FX_INFERENCE_TYPEINFERENCE_H

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Threading.h"
#include <atomic>

namespace mlir::fx {

/// Hands out PyTorch's unbacked size symbols (u0, u1, ...) for data-dependent
/// sizes such as nonzero's. Safe to share between threads.
class ShapeEnv {
public:
  explicit ShapeEnv(unsigned firstFreeUnbackedSymbol = 0)
      : nextUnbackedSymbol(firstFreeUnbackedSymbol) {}
  /// A ShapeEnv whose new symbols differ from every unbacked symbol in the
  /// result types found in `root`. Without `includeCallResults`, the results
  /// of call_function nodes do not count: re-inferring a traced graph in
  /// order then hands out the same symbols that PyTorch's tracing did.
  /// `root` is read when the first symbol is created (most graphs never
  /// need one), so it must outlive the ShapeEnv.
  static std::unique_ptr<ShapeEnv> forOp(Operation *root,
                                         bool includeCallResults = true);

  /// A new unbacked symbol `uN`, with N at least `atLeast` (for symbols
  /// taken outside the ShapeEnv's root, such as a subgraph's).
  AffineExpr createUnbackedSymbol(MLIRContext *context, unsigned atLeast = 0);
  /// How many symbols this ShapeEnv created; an inference that leaves it
  /// unchanged created none.
  unsigned getNumCreatedSymbols() const { return numCreated; }

private:
  /// The first symbol after every unbacked symbol in `root`'s types.
  static unsigned getFirstFreeSymbol(Operation *root, bool includeCallResults);

  Operation *root = nullptr;
  bool includeCallResults = true;
  llvm::once_flag rootScanned;
  std::atomic<unsigned> nextUnbackedSymbol;
  std::atomic<unsigned> numCreated = 0;
};

/// Whether the registry has a rule for `target`. Higher-order operators
/// (`torch.ops.higher_order.cond`, ...) have rules that need the call op
/// (their subgraphs): only the CallFunctionOp overload below infers them.
bool hasInferenceRule(StringRef target);

/// Every target the registry covers, in registry order.
SmallVector<StringRef> getInferenceTargets();

/// The number of results (0 or 1) a call to `target` has: 0 when its schema
/// returns nothing. Nothing when the registry does not know `target`.
std::optional<unsigned> getNumResults(StringRef target);

/// Infers the result types of a call_function node of `target` with the
/// given args, kwargs and operand types (the types of the node references,
/// in depth-first order). On failure, reports why through `emitError` and
/// returns failure; `results` is then unspecified.
LogicalResult
inferCallFunctionTypes(MLIRContext *context, StringRef target, ArrayAttr args,
                       DictAttr kwargs, TypeRange operandTypes,
                       ShapeEnv *shapeEnv,
                       function_ref<InFlightDiagnostic()> emitError,
                       SmallVectorImpl<Type> &results);

/// A registry entry, for callers on a hot path that look a target up once
/// and infer many calls of it.
struct InferenceRuleHandle;

/// The registry entry of `target`, or null.
const InferenceRuleHandle *lookupInferenceRule(StringRef target);

struct OpSchema;
/// PyTorch's schema of `target` as the registry knows it, or null.
const OpSchema *lookupOpSchema(StringRef target);

/// inferCallFunctionTypes with the entry already looked up.
LogicalResult inferCallFunctionTypes(
    const InferenceRuleHandle *rule, MLIRContext *context, StringRef target,
    ArrayAttr args, DictAttr kwargs, TypeRange operandTypes, ShapeEnv *shapeEnv,
    function_ref<InFlightDiagnostic()> emitError,
    SmallVectorImpl<Type> &results);

/// inferCallFunctionTypes remembered per call signature (target, args, kwargs,
/// operand types), for a pass that infers many calls: real graphs repeat the
/// same calls (every block of a model), and a rule's result is a function of
/// the signature unless the rule creates unbacked symbols. Such results are
/// not remembered, nor are failures (each failing call reports at its own
/// node). One per pass run: not safe to share between threads.
class InferenceMemo {
public:
  explicit InferenceMemo(ShapeEnv *shapeEnv = nullptr) : shapeEnv(shapeEnv) {}

  /// The registry entry of `target` (see lookupInferenceRule), looked up once
  /// per target.
  const InferenceRuleHandle *lookupRule(StringAttr target);

  /// inferCallFunctionTypes for a call of `rule`'s target.
  LogicalResult infer(const InferenceRuleHandle *rule, StringAttr target,
                      ArrayAttr args, DictAttr kwargs, TypeRange operandTypes,
                      function_ref<InFlightDiagnostic()> emitError,
                      SmallVectorImpl<Type> &results);

private:
  /// A call signature: its target, args, kwargs and operand types as opaque
  /// pointers (all uniqued).
  using Signature = ArrayRef<const void *>;

  ShapeEnv *shapeEnv;
  llvm::DenseMap<StringAttr, const InferenceRuleHandle *> rules;
  llvm::DenseMap<Signature, SmallVector<Type, 1>> results;
  /// The arrays of the remembered signatures.
  llvm::BumpPtrAllocator signatureStorage;
};

/// The same for an existing op, reporting errors at its location.
LogicalResult inferCallFunctionTypes(CallFunctionOp op, ShapeEnv *shapeEnv,
                                     SmallVectorImpl<Type> &results);

/// Whether `method` is one of the six sym dunders FX records as call_method
/// nodes on Sym* values: `__sym_float__`, `__sym_int__`, `__ceil__`,
/// `__floor__`, `__trunc__`, `__round__`.
bool isSymDunderMethod(StringRef method);

/// Infers the result type of a sym dunder call_method node as Python and
/// torch.Sym* give it: `__sym_float__` a SymFloat; on a SymInt the others are
/// the identity (SymInt.__round__ returns self even with ndigits); on a
/// SymFloat they give a SymInt, but `__round__` with ndigits a SymFloat. Reports bad input at the op.
LogicalResult inferSymDunderTypes(CallMethodOp op,
                                  SmallVectorImpl<Type> &results);

/// Creates a call_function node whose result types come from the registry,
/// as InferTypeOpInterface builders do: no result for ops whose schema
/// returns nothing; a `!fx.unknown` result, with a warning at `loc`, when
/// inference fails. `args` holds `#fx.node` where `operands` go, depth
/// first. The node is named after its target (`add` for `aten.add.Tensor`);
/// a listener scope makes names unique in their graph.
CallFunctionOp createCallFunction(OpBuilder &builder, Location loc,
                                  StringRef target, ArrayRef<Attribute> args,
                                  ValueRange operands, DictAttr kwargs = {},
                                  ShapeEnv *shapeEnv = nullptr);

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_INFERENCE_TYPEINFERENCE_H
