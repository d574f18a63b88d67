//===- Elementwise.cpp - Elementwise op inference rules -------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;

/// The sizes of param `i`: a tensor's dims, or none for a scalar.
static LogicalResult getOperandSizes(const BoundCall &call, unsigned i,
                                     SmallVectorImpl<AffineExpr> &sizes) {
  TypeRange types = call.getNodeTypes(i);
  if (types.size() == 1)
    if (auto tensor = dyn_cast<RankedTensorType>(types.front()))
      sizes = getDimSizes(tensor);
  return success();
}

LogicalResult rules::inferBinaryArithmetic(const BoundCall &call,
                                           SmallVectorImpl<Type> &results) {
  ResultTypeState state;
  if (failed(state.addParam(call, 0)) || failed(state.addParam(call, 1)))
    return failure();
  std::optional<ScalarType> dtype = state.getResult();
  if (!dtype)
    return call.emitError() << "cannot promote the operand dtypes";
  SmallVector<AffineExpr, 6> lhs, rhs, sizes;
  if (failed(getOperandSizes(call, 0, lhs)) ||
      failed(getOperandSizes(call, 1, rhs)))
    return failure();
  if (failed(broadcastSizes(lhs, rhs, sizes)))
    return call.emitError() << "operand shapes "
                            << call.getNodeTypes(0).front() << " and "
                            << call.getNodeTypes(1).front()
                            << " do not broadcast";
  FailureOr<Type> elementType = getElementTypeOrError(call, *dtype);
  if (failed(elementType))
    return failure();
  results.push_back(getTensorType(sizes, *elementType));
  return success();
}

LogicalResult rules::inferSameAsSelf(const BoundCall &call,
                                     SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  results.push_back(*self);
  return success();
}
