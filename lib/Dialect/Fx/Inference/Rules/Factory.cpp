//===- Factory.cpp - Tensor factory inference rules -----------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// empty/full/rand/zeros from size lists, *_like and new_* factories, arange
// and randperm sizes from scalar args, scalar_tensor.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"
#include <cmath>

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// The `dtype` kwarg, or nothing.
static FailureOr<std::optional<ScalarType>>
getDTypeKwarg(const BoundCall &call) {
  std::optional<unsigned> param = call.getSchema().lookupParam("dtype");
  if (!param)
    return std::optional<ScalarType>();
  return call.getOptionalDType(*param);
}

/// Reports negative sizes.
static LogicalResult checkSizes(const BoundCall &call, unsigned param,
                                ArrayRef<AffineExpr> sizes) {
  for (AffineExpr size : sizes)
    if (std::optional<int64_t> c = getConstantSize(size); c && *c < 0)
      return call.emitParamError(param)
             << "trying to create tensor with negative dimension " << *c;
  return success();
}

static LogicalResult pushTensor(const BoundCall &call,
                                SmallVectorImpl<Type> &results,
                                ArrayRef<AffineExpr> sizes, ScalarType dtype) {
  FailureOr<Type> type = makeTensorType(call, sizes, dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferFactory(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  unsigned flags = call.getRuleParam();
  SmallVector<AffineExpr, 6> sizes;
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeKwarg(call);
  if (failed(call.getSymIntList(0, sizes)) || failed(dtypeArg) ||
      failed(checkSizes(call, 0, sizes)) ||
      failed(checkMemoryFormat(call, sizes.size(), /*allowPreserve=*/false)))
    return failure();
  if (std::optional<unsigned> stride = call.getSchema().lookupParam("stride")) {
    SmallVector<AffineExpr, 6> strides;
    if (failed(call.getSymIntList(*stride, strides)))
      return failure();
    if (strides.size() != sizes.size())
      return call.emitParamError(*stride) << "must have one stride per size";
  }
  ScalarType dtype = ScalarType::float32;
  if (*dtypeArg) {
    dtype = **dtypeArg;
  } else if (flags & kFactoryFillValue) {
    std::optional<DTypeCategory> category =
        getScalarCategory(call.getValue(1), call.getNodeTypes(1));
    if (!category)
      return call.emitParamError(1) << "must be a number";
    dtype = getDefaultDType(*category);
  }
  if ((flags & kFactoryFloatOnly) && !isFloatingOrComplex(dtype))
    return call.emitParamError(*call.getSchema().lookupParam("dtype"))
           << "must be a floating point dtype for random floats, got "
           << getDTypeName(dtype);
  return pushTensor(call, results, sizes, dtype);
}

LogicalResult rules::inferFactoryLike(const BoundCall &call,
                                      SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeKwarg(call);
  if (failed(self) || failed(dtypeArg) ||
      failed(checkMemoryFormat(call, self->getRank(), /*allowPreserve=*/true)))
    return failure();
  if (!*dtypeArg) {
    results.push_back(*self);
    return success();
  }
  return pushTensor(call, results, getDimSizes(*self), **dtypeArg);
}

LogicalResult rules::inferNewFactory(const BoundCall &call,
                                     SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 6> sizes;
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeKwarg(call);
  if (failed(self) || failed(dtypeArg) ||
      failed(call.getSymIntList(1, sizes)) ||
      failed(checkSizes(call, 1, sizes)))
    return failure();
  if (!*dtypeArg) {
    results.push_back(makeTensorType(sizes, *self));
    return success();
  }
  return pushTensor(call, results, sizes, **dtypeArg);
}

namespace {
/// A Scalar arg of arange: a number, or a SymInt of known value.
struct RangeBound {
  double value = 0;
  AffineExpr expr; // set for ints and SymInts
  bool isFloat = false;
};
} // namespace

static FailureOr<RangeBound> getRangeBound(const BoundCall &call, unsigned i,
                                           double dflt) {
  RangeBound bound;
  Attribute value = call.getValue(i);
  if (!value) {
    bound.value = dflt;
    bound.expr =
        getAffineConstantExpr(static_cast<int64_t>(dflt), call.getContext());
    return bound;
  }
  if (isa<FloatAttr>(value)) {
    FailureOr<double> real = call.getFloat(i);
    if (failed(real))
      return failure();
    bound.value = *real;
    bound.isFloat = true;
    return bound;
  }
  TypeRange types = call.getNodeTypes(i);
  if (isa<NodeAttr>(value) && types.size() == 1 && isa<SymFloatType>(types[0]))
    return call.emitParamError(i) << "must be a number of known value";
  FailureOr<AffineExpr> expr = call.getSymInt(i);
  if (failed(expr))
    return failure();
  bound.expr = *expr;
  if (std::optional<int64_t> c = getConstantSize(*expr))
    bound.value = static_cast<double>(*c);
  return bound;
}

LogicalResult rules::inferArange(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  const OpSchema &schema = call.getSchema();
  std::optional<unsigned> startParam = schema.lookupParam("start");
  std::optional<unsigned> endParam = schema.lookupParam("end");
  std::optional<unsigned> stepParam = schema.lookupParam("step");
  if (!endParam)
    return call.emitError() << "arange schema has no 'end'";
  RangeBound start, step;
  start.expr = getAffineConstantExpr(0, call.getContext());
  step.value = 1;
  step.expr = getAffineConstantExpr(1, call.getContext());
  if (startParam) {
    FailureOr<RangeBound> b = getRangeBound(call, *startParam, 0);
    if (failed(b))
      return failure();
    start = *b;
  }
  FailureOr<RangeBound> end = getRangeBound(call, *endParam, 0);
  if (failed(end))
    return failure();
  if (stepParam) {
    FailureOr<RangeBound> b = getRangeBound(call, *stepParam, 1);
    if (failed(b))
      return failure();
    step = *b;
  }
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeKwarg(call);
  if (failed(dtypeArg))
    return failure();
  bool anyFloat = start.isFloat || end->isFloat || step.isFloat;
  ScalarType dtype = *dtypeArg
                         ? **dtypeArg
                         : (anyFloat ? ScalarType::float32 : ScalarType::int64);
  bool integral = isIntegral(dtype, /*includeBool=*/true);
  bool symbolic = (!start.isFloat && !getConstantSize(start.expr)) ||
                  (!end->isFloat && !getConstantSize(end->expr)) ||
                  (!step.isFloat && !getConstantSize(step.expr));
  AffineExpr size;
  if (symbolic) {
    std::optional<int64_t> s =
        step.isFloat ? std::nullopt : getConstantSize(step.expr);
    if (start.isFloat || end->isFloat || !s || *s <= 0)
      return call.emitError() << "arange with symbolic bounds needs int "
                                 "bounds and a positive constant step";
    size = (end->expr - start.expr + (*s - 1)).floorDiv(*s);
  } else {
    double a = start.value, b = end->value, s = step.value;
    if (integral) {
      a = std::trunc(a);
      b = std::trunc(b);
      s = std::trunc(s);
    }
    if (s == 0)
      return call.emitParamError(stepParam.value_or(*endParam))
             << "must be nonzero";
    if ((s > 0 && b < a) || (s < 0 && b > a))
      return call.emitParamError(*endParam)
             << "is on the wrong side of start for the step's sign";
    double count = std::ceil((b - a) / s);
    if (!(count < 9.0e18))
      return call.emitParamError(*endParam) << "gives too many elements";
    size =
        getAffineConstantExpr(static_cast<int64_t>(count), call.getContext());
  }
  return pushTensor(call, results, {size}, dtype);
}

LogicalResult rules::inferRandperm(const BoundCall &call,
                                   SmallVectorImpl<Type> &results) {
  FailureOr<AffineExpr> n = call.getSymInt(0);
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeKwarg(call);
  if (failed(n) || failed(dtypeArg))
    return failure();
  if (std::optional<int64_t> c = getConstantSize(*n); c && *c < 0)
    return call.emitParamError(0) << "n must be non-negative, got " << *c;
  ScalarType dtype = dtypeArg->value_or(ScalarType::int64);
  if (dtype == ScalarType::Bool)
    return call.emitParamError(*call.getSchema().lookupParam("dtype"))
           << "must not be bool";
  return pushTensor(call, results, {*n}, dtype);
}

LogicalResult rules::inferScalarTensor(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeKwarg(call);
  if (failed(dtypeArg))
    return failure();
  if (!getScalarCategory(call.getValue(0), call.getNodeTypes(0)))
    return call.emitParamError(0) << "must be a number";
  return pushTensor(call, results, {}, dtypeArg->value_or(ScalarType::float32));
}

LogicalResult rules::inferMakeDepToken(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  FailureOr<std::optional<ScalarType>> dtypeArg = getDTypeKwarg(call);
  if (failed(dtypeArg))
    return failure();
  return pushTensor(call, results, {}, dtypeArg->value_or(ScalarType::float32));
}
