//===- TypeInference.cpp - The inference registry -------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "Rules/Rules.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/ErrorHandling.h"

using namespace mlir;
using namespace mlir::fx;

/// A registry entry: the parsed schema and the rule.
struct mlir::fx::InferenceRuleHandle {
  OpSchema schema;
  InferenceRuleFn rule;
  unsigned param;
};

namespace {
using RegisteredOp = InferenceRuleHandle;
/// The table's entries with their parsed schemas, built once on first use and
/// read-only afterwards (so lookups need no lock).
class Registry {
public:
  static const Registry &get() {
    static const Registry registry;
    return registry;
  }
  const RegisteredOp *lookup(StringRef target) const {
    auto it = ops.find(target);
    return it == ops.end() ? nullptr : &it->second;
  }

private:
  Registry() {
    for (const InferenceEntry &entry : getInferenceTable()) {
      std::string error;
      FailureOr<OpSchema> schema = OpSchema::parse(entry.schema, error);
      // The table is ours: a bad schema is a bug caught by any test run.
      if (failed(schema))
        llvm::report_fatal_error(llvm::Twine(entry.target) + ": " + error);
      RegisteredOp op{std::move(*schema), entry.rule, entry.param};
      if (std::optional<std::string> copy = getViewCopyTarget(entry.target, op))
        ops.try_emplace(*copy, op);
      ops.try_emplace(entry.target, std::move(op));
    }
  }

  /// PyTorch generates a `_copy` variant of every view op (one whose
  /// `Tensor(a) self` or `Tensor(a -> *) self` comes back as `Tensor(a)` or
  /// `Tensor(a)[]`): the same call without the aliasing, so the same result
  /// types.
  /// `aten.t.default` -> `aten.t_copy.default`.
  static std::optional<std::string> getViewCopyTarget(StringRef target,
                                                      const RegisteredOp &op) {
    const OpSchema &schema = op.schema;
    if (schema.params.empty() ||
        !llvm::is_contained({"Tensor(a)", "Tensor(a -> *)"},
                            schema.params.front().type) ||
        schema.returns.size() != 1 ||
        !schema.returns.front().starts_with("Tensor(a)"))
      return std::nullopt;
    SmallVector<StringRef, 3> parts;
    target.split(parts, '.');
    if (parts.size() != 3)
      return std::nullopt;
    return (parts[0] + "." + parts[1] + "_copy." + parts[2]).str();
  }
  llvm::StringMap<RegisteredOp> ops;
};
} // namespace

std::unique_ptr<ShapeEnv> ShapeEnv::forOp(Operation *root,
                                          bool includeCallResults) {
  auto env = std::make_unique<ShapeEnv>();
  env->root = root;
  env->includeCallResults = includeCallResults;
  return env;
}

unsigned ShapeEnv::getFirstFreeSymbol(Operation *root,
                                      bool includeCallResults) {
  unsigned next = 0;
  auto visitType = [&](Type type) {
    auto noteExpr = [&](AffineExpr expr) {
      expr.walk([&](AffineExpr sub) {
        if (auto symbol = dyn_cast<AffineSymbolExpr>(sub);
            symbol && symbol.getPosition() >= kUnbackedSymbolBase)
          next = std::max(next, symbol.getPosition() - kUnbackedSymbolBase + 1);
      });
    };
    type.walk([&](Type sub) {
      if (auto tensor = dyn_cast<RankedTensorType>(sub)) {
        if (auto dims = dyn_cast_or_null<DimsAttr>(tensor.getEncoding()))
          llvm::for_each(dims.getExprs(), noteExpr);
      } else if (auto symInt = dyn_cast<SymIntType>(sub)) {
        if (symInt.getValue())
          noteExpr(symInt.getValue());
      }
    });
  };
  root->walk([&](Operation *op) {
    if (!includeCallResults && isa<CallFunctionOp>(op))
      return;
    for (Type type : op->getResultTypes()) {
      // Static tensors and unknown values hold no symbols.
      if (auto tensor = dyn_cast<RankedTensorType>(type);
          (tensor && !tensor.getEncoding()) || isa<UnknownType>(type))
        continue;
      visitType(type);
    }
  });
  return next;
}

AffineExpr ShapeEnv::createUnbackedSymbol(MLIRContext *context,
                                          unsigned atLeast) {
  if (root)
    llvm::call_once(rootScanned, [&] {
      nextUnbackedSymbol = getFirstFreeSymbol(root, includeCallResults);
    });
  unsigned next = nextUnbackedSymbol.load();
  while (next < atLeast &&
         !nextUnbackedSymbol.compare_exchange_weak(next, atLeast)) {
  }
  ++numCreated;
  return getUnbackedSymbol(context, nextUnbackedSymbol++);
}

bool mlir::fx::hasInferenceRule(StringRef target) {
  return Registry::get().lookup(target) != nullptr ||
         rules::isTypedHigherOrderTarget(target);
}

SmallVector<StringRef> mlir::fx::getInferenceTargets() {
  SmallVector<StringRef> targets;
  for (const InferenceEntry &entry : getInferenceTable())
    targets.push_back(entry.target);
  return targets;
}

std::optional<unsigned> mlir::fx::getNumResults(StringRef target) {
  const RegisteredOp *op = Registry::get().lookup(target);
  if (!op)
    return std::nullopt;
  return op->schema.returns.empty() ? 0 : 1;
}

const InferenceRuleHandle *mlir::fx::lookupInferenceRule(StringRef target) {
  return Registry::get().lookup(target);
}

LogicalResult
mlir::fx::inferCallFunctionTypes(MLIRContext *context, StringRef target,
                                 ArrayAttr args, DictAttr kwargs,
                                 TypeRange operandTypes, ShapeEnv *shapeEnv,
                                 function_ref<InFlightDiagnostic()> emitError,
                                 SmallVectorImpl<Type> &results) {
  const RegisteredOp *op = Registry::get().lookup(target);
  if (!op)
    return emitError() << "no type inference rule for '" << target << "'";
  return inferCallFunctionTypes(op, context, target, args, kwargs,
                                operandTypes, shapeEnv, emitError, results);
}

const OpSchema *mlir::fx::lookupOpSchema(StringRef target) {
  const RegisteredOp *op = Registry::get().lookup(target);
  return op ? &op->schema : nullptr;
}

LogicalResult mlir::fx::inferCallFunctionTypes(
    const InferenceRuleHandle *op, MLIRContext *context, StringRef target,
    ArrayAttr args, DictAttr kwargs, TypeRange operandTypes, ShapeEnv *shapeEnv,
    function_ref<InFlightDiagnostic()> emitError,
    SmallVectorImpl<Type> &results) {
  FailureOr<BoundCall> call =
      BoundCall::bind(context, target, op->schema, args, kwargs, operandTypes,
                      shapeEnv, emitError, op->param);
  if (failed(call))
    return failure();
  SmallVector<Type, 4> returned;
  if (failed(op->rule(*call, returned)))
    return failure();
  const OpSchema &schema = op->schema;
  if (schema.returns.empty()) {
    results.clear();
    return success();
  }
  // A list return (`Tensor[]`) is one tuple value of any length.
  bool returnsList =
      schema.returns.size() == 1 && schema.returns.front().ends_with("[]");
  if (!returnsList && returned.size() != schema.returns.size())
    return emitError() << "inference rule for '" << target << "' computed "
                       << returned.size() << " results for a schema with "
                       << schema.returns.size();
  results.assign(1, schema.returnsTuple || returnsList
                        ? TupleType::get(context, returned)
                        : returned.front());
  return success();
}

const InferenceRuleHandle *InferenceMemo::lookupRule(StringAttr target) {
  auto [rule, inserted] = rules.try_emplace(target, nullptr);
  if (inserted)
    rule->second = lookupInferenceRule(target.getValue());
  return rule->second;
}

LogicalResult InferenceMemo::infer(const InferenceRuleHandle *rule,
                                   StringAttr target, ArrayAttr args,
                                   DictAttr kwargs, TypeRange operandTypes,
                                   function_ref<InFlightDiagnostic()> emitError,
                                   SmallVectorImpl<Type> &inferred) {
  SmallVector<const void *, 8> signature = {target.getAsOpaquePointer(),
                                            args.getAsOpaquePointer(),
                                            kwargs.getAsOpaquePointer()};
  for (Type type : operandTypes)
    signature.push_back(type.getAsOpaquePointer());
  if (auto known = results.find(signature); known != results.end()) {
    inferred.assign(known->second.begin(), known->second.end());
    return success();
  }
  unsigned symbolsBefore = shapeEnv ? shapeEnv->getNumCreatedSymbols() : 0;
  if (failed(inferCallFunctionTypes(
          rule, target.getContext(), target.getValue(), args, kwargs,
          operandTypes, shapeEnv, emitError, inferred)))
    return failure();
  if (shapeEnv && shapeEnv->getNumCreatedSymbols() != symbolsBefore)
    return success();
  auto *stored = signatureStorage.Allocate<const void *>(signature.size());
  llvm::copy(signature, stored);
  results.try_emplace(Signature(stored, signature.size()), inferred.begin(),
                      inferred.end());
  return success();
}

LogicalResult mlir::fx::inferCallFunctionTypes(CallFunctionOp op,
                                               ShapeEnv *shapeEnv,
                                               SmallVectorImpl<Type> &results) {
  if (rules::isTypedHigherOrderTarget(op.getTarget()))
    return rules::inferHigherOrder(op, shapeEnv, results);
  return inferCallFunctionTypes(
      op.getContext(), op.getTarget(), op.getArgs(), op.getKwargs(),
      op.getOperands().getTypes(), shapeEnv, [&] { return op.emitOpError(); },
      results);
}

CallFunctionOp
mlir::fx::createCallFunction(OpBuilder &builder, Location loc, StringRef target,
                             ArrayRef<Attribute> args, ValueRange operands,
                             DictAttr kwargs, ShapeEnv *shapeEnv) {
  MLIRContext *context = builder.getContext();
  if (!kwargs)
    kwargs = DictAttr::get(context);
  ArrayAttr argsAttr = builder.getArrayAttr(args);
  SmallVector<Type, 1> resultTypes;
  if (failed(inferCallFunctionTypes(
          context, target, argsAttr, kwargs, operands.getTypes(), shapeEnv,
          [&] { return mlir::emitWarning(loc); }, resultTypes)))
    resultTypes.assign(1, UnknownType::get(context));
  return CallFunctionOp::create(
      builder, loc, resultTypes,
      getNodeNameForTarget(target),
      builder.getStringAttr(target), argsAttr, kwargs, operands);
}
