//===- Builtins.cpp - Python builtin and SymInt inference rules -----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// operator.getitem on tuples, Python operators on SymInts (results carry the
// simplified size expression), aten.sym_* queries, _local_scalar_dense and
// the assert ops that return nothing.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

LogicalResult rules::inferGetItem(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  TypeRange types = call.getNodeTypes(0);
  auto tuple =
      types.size() == 1 ? dyn_cast<TupleType>(types.front()) : TupleType();
  if (!tuple)
    return call.emitParamError(0) << "must be a tuple node";
  FailureOr<int64_t> index = call.getInt(1);
  if (failed(index))
    return failure();
  int64_t size = tuple.size();
  if (*index < -size || *index >= size)
    return call.emitParamError(1)
           << "index " << *index << " is out of range for " << tuple;
  results.push_back(tuple.getType(*index < 0 ? *index + size : *index));
  return success();
}

namespace {
/// A Python number or Sym* operand of an operator.
struct SymOperand {
  DTypeCategory category = DTypeCategory::Integer;
  AffineExpr value; // known int value (bools count as 0/1); null if unknown
};
} // namespace

static FailureOr<SymOperand> getSymOperand(const BoundCall &call, unsigned i) {
  Attribute value = call.getValue(i);
  TypeRange types = call.getNodeTypes(i);
  std::optional<DTypeCategory> category = getScalarCategory(value, types);
  if (!category || *category == DTypeCategory::Complex)
    return call.emitParamError(i) << "must be an int, float, bool or Sym* "
                                     "value";
  SymOperand operand;
  operand.category = *category;
  MLIRContext *context = call.getContext();
  if (auto boolean = dyn_cast<BoolAttr>(value))
    operand.value = getAffineConstantExpr(boolean.getValue(), context);
  else if (auto integer = dyn_cast<IntegerAttr>(value))
    operand.value = getAffineConstantExpr(integer.getInt(), context);
  else if (isa<NodeAttr>(value))
    if (auto symInt = dyn_cast<SymIntType>(types.front()))
      operand.value = symInt.getValue();
  return operand;
}

/// Python's floor division and modulo of constants.
static int64_t floorDivide(int64_t a, int64_t b) {
  if (b == -1)
    return a == INT64_MIN ? a : -a;
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

/// `a op b` on int values; null when it cannot be expressed.
static AffineExpr applySymOperator(SymOperator op, AffineExpr a, AffineExpr b) {
  if (!a || !b)
    return {};
  std::optional<int64_t> ca = getConstantSize(a), cb = getConstantSize(b);
  MLIRContext *context = a.getContext();
  switch (op) {
  case kSymAdd:
    return canonicalizeSize(a + b);
  case kSymSub:
    return canonicalizeSize(a - b);
  case kSymMul:
    return canonicalizeSize(a * b);
  case kSymFloorDiv:
    if (!cb || *cb == 0)
      return {};
    if (ca)
      return getAffineConstantExpr(floorDivide(*ca, *cb), context);
    return canonicalizeSize(*cb > 0 ? a.floorDiv(*cb) : (-a).floorDiv(-*cb));
  case kSymMod:
    if (!cb || *cb == 0)
      return {};
    if (ca)
      return getAffineConstantExpr(*ca - floorDivide(*ca, *cb) * *cb, context);
    return canonicalizeSize(*cb > 0 ? a % *cb : -((-a) % -*cb));
  case kSymPow: {
    if (!cb || *cb < 0 || *cb > 64)
      return {};
    AffineExpr result = getAffineConstantExpr(1, context);
    for (int64_t i = 0; i < *cb; ++i)
      result = result * a;
    return canonicalizeSize(result);
  }
  default:
    return {};
  }
}

LogicalResult rules::inferSymOperator(const BoundCall &call,
                                      SmallVectorImpl<Type> &results) {
  auto op = static_cast<SymOperator>(call.getRuleParam());
  MLIRContext *context = call.getContext();
  FailureOr<SymOperand> a = getSymOperand(call, 0);
  if (failed(a))
    return failure();
  if (op == kSymNeg) {
    if (a->category == DTypeCategory::Floating) {
      results.push_back(SymFloatType::get(context));
      return success();
    }
    results.push_back(SymIntType::get(
        context, a->value ? canonicalizeSize(-a->value) : AffineExpr()));
    return success();
  }
  FailureOr<SymOperand> b = getSymOperand(call, 1);
  if (failed(b))
    return failure();
  if (op >= kSymEq) {
    results.push_back(SymBoolType::get(context));
    return success();
  }
  if ((op == kSymFloorDiv || op == kSymMod) && isConstantSize(b->value, 0))
    return call.emitError() << "integer division or modulo by zero";
  bool isFloat = a->category == DTypeCategory::Floating ||
                 b->category == DTypeCategory::Floating || op == kSymTrueDiv;
  if (isFloat) {
    results.push_back(SymFloatType::get(context));
    return success();
  }
  if (op == kSymPow && b->value && getConstantSize(b->value) &&
      *getConstantSize(b->value) < 0) {
    // int ** negative int is a float in Python.
    results.push_back(SymFloatType::get(context));
    return success();
  }
  results.push_back(
      SymIntType::get(context, applySymOperator(op, a->value, b->value)));
  return success();
}

/// The tensor and the normalized `dim` of `sym_size.int(self, dim)` and
/// `sym_stride.int(self, dim)`.
static FailureOr<std::pair<RankedTensorType, int64_t>>
getTensorAndDim(const BoundCall &call) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> dim = call.getInt(1);
  if (failed(self) || failed(dim))
    return failure();
  if (self->getRank() == 0)
    return call.emitError() << "dimension specified as " << *dim
                            << " but tensor has no dimensions";
  FailureOr<int64_t> d = normalizeDim(call, 1, *dim, self->getRank());
  if (failed(d))
    return failure();
  return std::make_pair(*self, *d);
}

LogicalResult rules::inferSymSize(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<std::pair<RankedTensorType, int64_t>> selfAndDim =
      getTensorAndDim(call);
  if (failed(selfAndDim))
    return failure();
  auto [self, d] = *selfAndDim;
  results.push_back(SymIntType::get(call.getContext(), getDimSizes(self)[d]));
  return success();
}

LogicalResult rules::inferSymStride(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<std::pair<RankedTensorType, int64_t>> selfAndDim =
      getTensorAndDim(call);
  if (failed(selfAndDim))
    return failure();
  auto [self, d] = *selfAndDim;
  // fx types carry no strides: assume a contiguous tensor, whose stride is
  // the product of the later sizes (size-0 and size-1 dims count as 1, as
  // PyTorch's contiguous strides do).
  SmallVector<AffineExpr> sizes = getDimSizes(self);
  MLIRContext *context = call.getContext();
  AffineExpr stride = getAffineConstantExpr(1, context);
  for (size_t i = d + 1; i < sizes.size(); ++i) {
    AffineExpr size = sizes[i];
    if (!size) {
      stride = {};
      break;
    }
    std::optional<int64_t> c = getConstantSize(size);
    stride = stride * (c && *c == 0 ? getAffineConstantExpr(1, context) : size);
  }
  results.push_back(SymIntType::get(context, canonicalizeSize(stride)));
  return success();
}

LogicalResult rules::inferSymNumel(const BoundCall &call,
                                   SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  AffineExpr numel = getProduct(call.getContext(), getDimSizes(*self));
  results.push_back(
      SymIntType::get(call.getContext(), canonicalizeSize(numel)));
  return success();
}

LogicalResult rules::inferSymZero(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  if (failed(call.getTensor(0)))
    return failure();
  results.push_back(SymIntType::get(
      call.getContext(), getAffineConstantExpr(0, call.getContext())));
  return success();
}

LogicalResult rules::inferSymBool(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  if (failed(call.getTensor(0)))
    return failure();
  results.push_back(SymBoolType::get(call.getContext()));
  return success();
}

LogicalResult rules::inferLocalScalarDense(const BoundCall &call,
                                           SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  FailureOr<ScalarType> dtype = getDTypeOrError(call, *self);
  if (failed(dtype))
    return failure();
  // Like the CPU kernel, the first element is read whatever the numel.
  if (hasZeroSize(*self))
    return call.emitError() << "cannot read a scalar from an empty tensor";
  MLIRContext *context = call.getContext();
  switch (getCategory(*dtype)) {
  case DTypeCategory::Bool:
    results.push_back(SymBoolType::get(context));
    return success();
  case DTypeCategory::Integer: {
    // A data-dependent value: a fresh unbacked symbol, as PyTorch's fake
    // tensors give.
    ShapeEnv *env = call.getShapeEnv();
    results.push_back(SymIntType::get(
        context, env ? env->createUnbackedSymbol(context) : AffineExpr()));
    return success();
  }
  case DTypeCategory::Floating:
    results.push_back(SymFloatType::get(context));
    return success();
  case DTypeCategory::Complex:
    return call.emitError() << "complex scalars have no Sym* type";
  }
  return failure();
}

LogicalResult rules::inferNothing(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  // Check the first argument is of the kind the schema names.
  StringRef type = call.getSchema().params.empty()
                       ? StringRef()
                       : call.getSchema().params[0].type;
  if (type.starts_with("Tensor"))
    return failure(failed(call.getTensor(0)));
  if (type.starts_with("Scalar") &&
      !getScalarCategory(call.getValue(0), call.getNodeTypes(0)))
    return call.emitParamError(0) << "must be a number or Sym* value";
  return success();
}

LogicalResult rules::inferFunctionalAssert(const BoundCall &call,
                                           SmallVectorImpl<Type> &results) {
  // The functional forms of side effects return their dependency token.
  std::optional<unsigned> tokenParam =
      call.getSchema().lookupParam("dep_token");
  if (!tokenParam)
    return call.emitError() << "has no dep_token argument";
  FailureOr<RankedTensorType> token = call.getTensor(*tokenParam);
  if (failed(token))
    return failure();
  if (call.getSchema().params.front().type == "Tensor" &&
      failed(call.getTensor(0)))
    return failure();
  results.push_back(*token);
  return success();
}

//===----------------------------------------------------------------------===//
// Sym dunder methods
//===----------------------------------------------------------------------===//

bool mlir::fx::isSymDunderMethod(StringRef method) {
  return llvm::is_contained({"__sym_float__", "__sym_int__", "__ceil__",
                             "__floor__", "__trunc__", "__round__"},
                            method);
}

LogicalResult mlir::fx::inferSymDunderTypes(CallMethodOp op,
                                            SmallVectorImpl<Type> &results) {
  StringRef method = op.getTarget();
  ArrayAttr args = op.getArgs();
  bool isRound = method == "__round__";
  size_t maxArgs = isRound ? 2 : 1;
  if (args.empty() || args.size() > maxArgs || !isa<NodeAttr>(args[0]) ||
      op->getNumOperands() == 0 || !op.getKwargs().empty())
    return op.emitOpError() << method << " takes self"
                            << (isRound ? " and an optional ndigits" : "")
                            << " as args";
  Type self = op->getOperand(0).getType();
  MLIRContext *context = op.getContext();
  if (method == "__sym_float__") {
    if (!isa<SymIntType, SymFloatType, SymBoolType>(self))
      return op.emitOpError()
             << method << " expects self to be a SymInt, SymFloat or SymBool, "
             << "got " << self;
    results.push_back(SymFloatType::get(context));
    return success();
  }
  if (!isa<SymIntType, SymFloatType>(self))
    return op.emitOpError() << method
                            << " expects self to be a SymInt or SymFloat, got "
                            << self;
  // On an int each is the identity: PyTorch's SymInt.__round__ returns self
  // whatever ndigits is.
  if (isa<SymIntType>(self)) {
    results.push_back(self);
    return success();
  }
  // On a float they give an int, but for `round(x, ndigits)`, a float.
  bool hasNDigits = args.size() == 2 && !isa<NoneAttr>(args[1]);
  if (hasNDigits)
    results.push_back(SymFloatType::get(context));
  else
    results.push_back(SymIntType::get(context));
  return success();
}
