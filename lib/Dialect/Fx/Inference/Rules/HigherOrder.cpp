//===- HigherOrder.cpp - Rules for higher-order operators -----------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// cond, map_impl, while_loop, scan, wrap_with_set_grad_enabled,
// wrap_with_autocast and invoke_subgraph: the value of a call is computed
// from the nested graph modules it calls (HigherOrderOps.h, shared with the
// verifier), with new unbacked sizes from the graph's ShapeEnv.
// auto_functionalized_v2: its operator's returns, then its mutated bases.
//
//===----------------------------------------------------------------------===//

#include "Rules.h"
#include "fx-mlir/Dialect/Fx/IR/HigherOrderOps.h"

using namespace mlir;
using namespace mlir::fx;

bool mlir::fx::rules::isTypedHigherOrderTarget(StringRef target) {
  std::optional<StringRef> name = getHigherOrderOpName(target);
  return name && hasHigherOrderTypeRule(*name);
}

LogicalResult
mlir::fx::rules::inferHigherOrder(CallFunctionOp call, ShapeEnv *shapeEnv,
                                  SmallVectorImpl<Type> &results) {
  MLIRContext *context = call.getContext();
  // Without a ShapeEnv, symbols are only unique within the call.
  unsigned numCreated = 0;
  auto createUnbackedSymbol = [&](unsigned firstFree) {
    if (shapeEnv)
      return shapeEnv->createUnbackedSymbol(context, firstFree);
    return getUnbackedSymbol(context, firstFree + numCreated++);
  };
  FailureOr<Type> type = inferHigherOrderCallType(call, createUnbackedSymbol);
  if (failed(type))
    return failure();
  results.assign(1, *type);
  return success();
}
