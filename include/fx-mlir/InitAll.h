//===- InitAll.h - Register everything fx-mlir provides ---------*- C++ -*-===//
//
// One place that fx-opt, the C API and tests use to register the dialects and
// passes fx-mlir provides.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_INITALL_H
#define FX_MLIR_INITALL_H

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"

namespace mlir::fx {

/// The fx dialect and the upstream dialects fx-mlir works with.
inline void registerAllDialects(DialectRegistry &registry) {
  registry.insert<FxDialect, arith::ArithDialect, func::FuncDialect,
                  tensor::TensorDialect>();
}

/// Every fx-mlir pass and pipeline.
inline void registerAllPasses() {
  registerFxTransformsPasses();
  registerFxPipelines();
}

} // namespace mlir::fx

#endif // FX_MLIR_INITALL_H
