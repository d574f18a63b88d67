//===- InferenceRule.h - Writing type-inference rules -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// What a rule sees: the node's args and kwargs bound to the parameters of the
// op's schema, with typed accessors that report bad input as located errors.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_INFERENCE_INFERENCERULE_H
#define FX_MLIR_DIALECT_FX_INFERENCE_INFERENCERULE_H

#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir::fx {

/// One parameter of a PyTorch function schema, e.g. `int[1] dim=[]`.
struct SchemaParam {
  StringRef type;         // "Tensor", "int[1]", "Scalar?", "Tensor(a!)" ...
  StringRef name;         // "dim"
  StringRef defaultValue; // "[]"; empty when required
  bool hasDefault = false;
  bool keywordOnly = false;
};

/// A parsed PyTorch function schema: `add.Tensor(Tensor self, Tensor other,
/// *, Scalar alpha=1) -> Tensor`.
struct OpSchema {
  StringRef name;
  SmallVector<SchemaParam, 8> params;
  SmallVector<StringRef, 4> returns; // return types; empty for `-> ()`
  /// Whether the op returns a tuple (`-> (Tensor, Tensor)`) rather than one
  /// value; a list return (`-> Tensor[]`) is one value.
  bool returnsTuple = false;

  /// Parses `text`; reports malformed schemas through `error` and fails.
  static FailureOr<OpSchema> parse(StringRef text, std::string &error);
  /// The index of the parameter called `name`, or nothing.
  std::optional<unsigned> lookupParam(StringRef name) const;
};

/// The args and kwargs of one call, bound to the parameters of its schema.
class BoundCall {
public:
  /// Binds args and kwargs; reports wrong arity, unknown or repeated keyword
  /// args and missing required args.
  static FailureOr<BoundCall> bind(MLIRContext *context, StringRef target,
                                   const OpSchema &schema, ArrayAttr args,
                                   DictAttr kwargs, TypeRange operandTypes,
                                   ShapeEnv *shapeEnv,
                                   function_ref<InFlightDiagnostic()> emitError,
                                   unsigned ruleParam = 0);

  MLIRContext *getContext() const { return context; }
  StringRef getTarget() const { return target; }
  const OpSchema &getSchema() const { return *schema; }
  ShapeEnv *getShapeEnv() const { return shapeEnv; }
  unsigned getNumParams() const { return schema->params.size(); }
  /// The family parameter of the op's table entry (InferenceEntry::param).
  unsigned getRuleParam() const { return ruleParam; }

  /// The value given for parameter `i` (`#fx.node` for a node), or null when
  /// the call leaves it to its default.
  Attribute getValue(unsigned i) const { return values[i]; }
  /// The types of the nodes referenced inside parameter `i`, depth first.
  TypeRange getNodeTypes(unsigned i) const;
  /// Whether parameter `i` is None, given or by default.
  bool isNone(unsigned i) const;

  /// Reports an error about parameter `i` ("aten.add.Tensor: 'other' ...").
  InFlightDiagnostic emitParamError(unsigned i) const;
  /// Reports an error about the call.
  InFlightDiagnostic emitError() const;

  // Typed accessors. Each reports a located error and fails when the value
  // is not of the kind asked for; defaults from the schema apply.

  /// A tensor operand.
  FailureOr<RankedTensorType> getTensor(unsigned i) const;
  /// A tensor operand or None (null type).
  FailureOr<RankedTensorType> getOptionalTensor(unsigned i) const;
  /// A list of tensor operands; None elements (`Tensor?[]`) become null.
  LogicalResult getTensorList(unsigned i,
                              SmallVectorImpl<RankedTensorType> &tensors) const;
  /// An int, or a SymInt node with a known value: its size expression.
  FailureOr<AffineExpr> getSymInt(unsigned i) const;
  /// A constant int.
  FailureOr<int64_t> getInt(unsigned i) const;
  /// An int or None (nothing).
  FailureOr<std::optional<int64_t>> getOptionalInt(unsigned i) const;
  /// A list of ints/SymInts as size expressions. A single int stands for
  /// `N` copies where the schema type is `int[N]`.
  LogicalResult getSymIntList(unsigned i,
                              SmallVectorImpl<AffineExpr> &sizes) const;
  /// A list of constant ints, with the same single-int rule.
  LogicalResult getIntList(unsigned i, SmallVectorImpl<int64_t> &ints) const;
  /// A `SymInt[]?`/`int[]?` list, or nothing for None.
  FailureOr<bool>
  getOptionalSymIntList(unsigned i, SmallVectorImpl<AffineExpr> &sizes) const;
  FailureOr<double> getFloat(unsigned i) const;
  /// A `float[]?` list; returns false for None.
  FailureOr<bool> getOptionalFloatList(unsigned i,
                                       SmallVectorImpl<double> &values) const;
  FailureOr<bool> getBool(unsigned i) const;
  /// A `bool?`: nothing for None.
  FailureOr<std::optional<bool>> getOptionalBool(unsigned i) const;
  /// A `str` or `str?` (empty for None).
  FailureOr<StringRef> getString(unsigned i) const;
  /// A `ScalarType?` param: the dtype, or nothing for None.
  FailureOr<std::optional<ScalarType>> getOptionalDType(unsigned i) const;

private:
  BoundCall() = default;
  /// The schema default of parameter `i`, when the call leaves it out.
  std::optional<StringRef> getDefault(unsigned i) const;

  MLIRContext *context = nullptr;
  StringRef target;
  const OpSchema *schema = nullptr;
  ShapeEnv *shapeEnv = nullptr;
  function_ref<InFlightDiagnostic()> emitErrorFn;
  unsigned ruleParam = 0;
  TypeRange operandTypes;
  SmallVector<Attribute, 8> values;
  // Per parameter, the first operand index of its node references and their
  // count.
  SmallVector<std::pair<unsigned, unsigned>, 8> operandSpans;
};

/// A rule computes the types that the op's schema returns, one per return
/// (the registry wraps several into a tuple).
using InferenceRuleFn = LogicalResult (*)(const BoundCall &call,
                                          SmallVectorImpl<Type> &results);

/// One registry entry: the target, its schema, its rule and the rule's
/// family parameter (e.g. which dtype behaviour an elementwise rule has;
/// see Rules/Rules.h), which the rule reads with BoundCall::getRuleParam().
struct InferenceEntry {
  const char *target;
  const char *schema;
  InferenceRuleFn rule;
  unsigned param = 0;
};

/// The registry table (InferenceTable.cpp).
ArrayRef<InferenceEntry> getInferenceTable();

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_INFERENCE_INFERENCERULE_H
