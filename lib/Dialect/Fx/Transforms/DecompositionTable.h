//===- DecompositionTable.h - aten decompositions for fx-decompose -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The table of fx-decompose: one row per aten op overload, pairing the op's
// PyTorch schema with a function that rewrites a node of it into simpler aten
// ops, as PyTorch's decomposition table does for `run_decompositions`. Each
// function reads the node's args through the schema (BoundCall) and builds
// the replacement with a DecompositionBuilder, which creates call_function
// nodes with PyTorch's exact targets and `!fx.unknown` results: the node
// metadata listener installed by the pass gives them their types and
// metadata.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONTABLE_H
#define FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONTABLE_H

#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "llvm/ADT/StringMap.h"
#include <vector>

namespace mlir::fx {

/// One argument of a node a decomposition creates: a constant (an args
/// attribute such as `1 : i64` or `#fx.none`), a node value, a list of
/// arguments, or an argument of the decomposed node forwarded verbatim (its
/// attribute with the node values it references).
class NodeArg {
public:
  NodeArg(Attribute attr) : attr(attr) {}
  NodeArg(Value value) : value(value) {}
  NodeArg(std::initializer_list<NodeArg> elements)
      : elements(elements), isList(true) {}
  static NodeArg list(ArrayRef<NodeArg> elements) {
    NodeArg arg{};
    arg.elements.assign(elements.begin(), elements.end());
    return arg;
  }
  static NodeArg forward(Attribute attr, ValueRange values) {
    NodeArg arg(attr);
    arg.forwarded = values;
    return arg;
  }

  /// Appends the args attribute to `attrs` and the operands it references to
  /// `operands`; fails on a null attribute or value (a failed step before).
  LogicalResult flatten(MLIRContext *context, SmallVectorImpl<Attribute> &attrs,
                        SmallVectorImpl<Value> &operands) const;

private:
  Attribute attr;
  Value value;
  std::vector<NodeArg> elements;
  ValueRange forwarded;
  bool isList = false;
};

/// What the decompositions of one pass run share, computed once rather than
/// for each node: every block of a model decomposes into the same targets
/// with the same constants, and uniquing a string or number attribute (a
/// hash and a lock) or naming a target costs more than a map lookup. Also
/// the results of the decomposed nodes' own inference rules (InferenceMemo).
class DecompositionCache {
public:
  explicit DecompositionCache(MLIRContext *context);

  /// A target that decompositions create: its attribute and the name FX
  /// gives its nodes.
  struct Target {
    StringAttr attr;
    std::string name;
  };
  const Target &getTarget(StringRef target);
  /// A kwarg name.
  StringAttr getKeyword(StringRef keyword);
  Attribute getInt(int64_t value);
  Attribute getFloat(double value);
  /// The `#fx.operator` of an op overload.
  OperatorAttr getOperator(StringRef target);
  DictAttr getEmptyKwargs() const { return emptyKwargs; }
  InferenceMemo &getInferenceMemo() { return inferenceMemo; }

private:
  /// The uniqued attribute of a number of type `type` with bits `bits`.
  Attribute getNumber(Type type, uint64_t bits,
                      function_ref<Attribute()> build);

  MLIRContext *context;
  IntegerType i64;
  FloatType f64;
  DictAttr emptyKwargs;
  llvm::StringMap<Target> targets;
  llvm::StringMap<StringAttr> keywords;
  llvm::StringMap<OperatorAttr> operators;
  llvm::DenseMap<std::pair<Type, uint64_t>, Attribute> numbers;
  InferenceMemo inferenceMemo;
};

/// Builds the nodes that replace one decomposed node. Every created node is
/// a call_function of PyTorch's exact target with `!fx.unknown` results, at
/// the decomposed node's location; the listener infers its types on
/// insertion. Failures are sticky: after a reported error, further calls
/// create nothing and return null, so a decomposition checks once at the end.
class DecompositionBuilder {
public:
  /// `listener` is the pass's metadata listener, which the rewriter
  /// notifies.
  DecompositionBuilder(RewriterBase &rewriter, CallFunctionOp op,
                       const BoundCall &call, DecompositionCache &cache,
                       NodeMetadataListener &listener);

  RewriterBase &getRewriter() { return rewriter; }
  MLIRContext *getContext() { return op.getContext(); }
  CallFunctionOp getOp() { return op; }
  const BoundCall &getCall() { return call; }

  //===--- The decomposed node's arguments (by schema parameter) ---===//

  /// The node value of tensor parameter `i`, or null when it is None.
  Value getValue(unsigned i);
  /// The tensor type of parameter `i` (the pattern checked it is known).
  RankedTensorType getTensorType(unsigned i);
  /// Parameter `i` as given (default: `defaultValue`), for forwarding.
  NodeArg forward(unsigned i, Attribute defaultValue = {});
  /// A constant Scalar parameter (int or float attribute); the default when
  /// the node leaves it out. Fails (not applicable) for a symbolic scalar.
  FailureOr<Attribute> getScalar(unsigned i, Attribute defaultValue);

  //===--- Constants ---===//

  Attribute getInt(int64_t value);
  Attribute getFloat(double value);
  Attribute getBool(bool value);
  Attribute getNone();
  Attribute getIntList(ArrayRef<int64_t> values);

  //===--- Creating nodes ---===//

  /// Creates `target(args, **kwargs)`; null after an earlier failure, or
  /// when the node's type cannot be inferred (reported).
  Value create(StringRef target, ArrayRef<NodeArg> args,
               ArrayRef<std::pair<StringRef, NodeArg>> kwargs = {});
  /// The size of dim `dim` of `tensor`: an int, or for a symbolic size the
  /// graph's value of it (see getSymbolicValue), else a new
  /// `aten.sym_size.int` node.
  NodeArg getSize(Value tensor, int64_t dim);
  /// The product of the sizes of `dims` of `tensor` (all dims when empty):
  /// an int, or `operator.mul` nodes over the symbolic sizes (each product
  /// the graph's value of it when it has one).
  NodeArg getNumel(Value tensor, ArrayRef<int64_t> dims);

  //===--- Outcome ---===//

  /// Reports that the node cannot be decomposed (an error at its location).
  InFlightDiagnostic emitError();
  /// Fails after an error reported elsewhere (by a BoundCall accessor).
  FailureOr<Value> fail();
  /// Records why the decomposition does not apply to this node (not an
  /// error: the node is left alone).
  FailureOr<Value> notApplicable(const Twine &reason);

  bool hasFailed() const { return failed; }
  bool isNotApplicable() const { return !notApplicableReason.empty(); }
  StringRef getNotApplicableReason() const { return notApplicableReason; }
  ArrayRef<Operation *> getCreatedOps() const { return created; }

  /// RAII: the nodes created while alive are made by a step that PyTorch's
  /// decomposition of the op takes through an op of make_fx's table which
  /// this row does in place (reshape's copy is `_unsafe_view`, sdpa's CPU
  /// flash kernel): inside make_fx's dispatch of `target`, so that they
  /// record it as their original_aten, unless they are inside a dispatch
  /// already.
  class [[nodiscard]] DispatchStep {
  public:
    DispatchStep(DecompositionBuilder &b, StringRef target);
    ~DispatchStep();
    DispatchStep(const DispatchStep &) = delete;
    DispatchStep &operator=(const DispatchStep &) = delete;

  private:
    NodeMetadataListener &listener;
    DispatchedOp enclosing;
  };
  DispatchStep dispatching(StringRef target) { return {*this, target}; }

private:
  /// The value of symbolic size `expr`: one the builder made before, else
  /// the first node before the decomposed one whose value is `expr` (as
  /// run_decompositions reuses the graph's symbolic sizes), else `build()`.
  Value getSymbolicValue(AffineExpr expr, function_ref<Value()> build);

  RewriterBase &rewriter;
  CallFunctionOp op;
  const BoundCall &call;
  DecompositionCache &cache;
  NodeMetadataListener &listener;
  /// Per schema parameter, its first operand and the number of operands.
  SmallVector<std::pair<unsigned, unsigned>, 8> spans;
  SmallVector<Operation *, 8> created;
  llvm::DenseMap<AffineExpr, Value> symbolicValues;
  std::string notApplicableReason;
  bool failed = false;
};

/// `dim` wrapped into [0, rank) (a 0-d tensor takes dims -1 and 0), or an
/// error.
FailureOr<int64_t> canonicalizeDim(DecompositionBuilder &b, int64_t dim,
                                   int64_t rank);
/// The result value, or failure when a step failed.
FailureOr<Value> result(DecompositionBuilder &b, Value value);

/// `_to_copy(value, dtype=dtype)`, PyTorch's `value.to(dtype)`.
Value createToCopy(DecompositionBuilder &b, Value value, ScalarType dtype);
/// The dtype PyTorch computes elementwise ops of `elementType` in (its
/// "opmath" type): float32 for float16 and bfloat16, the dtype itself
/// otherwise; nothing for a type without a dtype.
std::optional<ScalarType> getOpmathDType(Type elementType);
/// `body(x)` computed in x's opmath dtype, as torch._decomp's
/// pw_cast_for_opmath and the refs' elementwise type promotion compute it: a
/// float16 or bfloat16 `x` is copied to float32 first and the result copied
/// back; `body(x)` itself for other dtypes.
FailureOr<Value> computeInOpmath(DecompositionBuilder &b, Value x,
                                 function_ref<Value(Value)> body);

/// A decomposition: the value that replaces the node (its only result, or
/// result 0 of a tuple-returning node), or failure (reported as an error, or
/// not applicable; see DecompositionBuilder).
using DecompositionFn = FailureOr<Value> (*)(DecompositionBuilder &b);

/// One row of the table.
struct DecompositionEntry {
  /// The op overload, e.g. "aten.linear.default".
  const char *target;
  /// Its PyTorch schema, verbatim.
  const char *schema;
  DecompositionFn decompose;
  /// PyTorch 2.13 decomposes the op by its CompositeImplicitAutograd kernel,
  /// which runs above make_fx's dispatch: each op the decomposition calls is
  /// dispatched on its own (the node's own `original_aten`). Otherwise
  /// make_fx's decomposition table runs it inside the op's dispatch, so that
  /// every node made of it records the op.
  bool compositeImplicit = false;
  /// The node returns a tuple whose element 0 is replaced; the node must be
  /// used only by `operator.getitem` nodes, those of other elements unused.
  bool tupleResult = false;
};

/// The table, in a fixed order.
ArrayRef<DecompositionEntry> getDecompositionTable();
/// The row for `target`, or null.
const DecompositionEntry *lookupDecomposition(StringRef target);

/// Whether `target` is in the Core ATen opset (CoreAtenOps.inc): the ops
/// `run_decompositions()` keeps, so fx-decompose's default selection does.
bool isCoreAtenOp(StringRef target);

} // namespace mlir::fx

#endif // FX_MLIR_LIB_DIALECT_FX_TRANSFORMS_DECOMPOSITIONTABLE_H
