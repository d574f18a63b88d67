//===- Builtins.cpp - Python builtin inference rules ----------------------===//

#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;

LogicalResult rules::inferGetItem(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  TypeRange types = call.getNodeTypes(0);
  auto tuple = types.size() == 1 ? dyn_cast<TupleType>(types.front())
                                 : TupleType();
  if (!tuple)
    return call.emitParamError(0) << "must be a tuple node";
  FailureOr<int64_t> index = call.getInt(1);
  if (failed(index))
    return failure();
  int64_t size = tuple.size();
  if (*index < -size || *index >= size)
    return call.emitParamError(1) << "index " << *index
                                  << " is out of range for " << tuple;
  results.push_back(tuple.getType(*index < 0 ? *index + size : *index));
  return success();
}
