//===- InitAll.h - Register everything fx-mlir provides ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One place that fx-opt, the C API and tests use to register the dialects and
// passes fx-mlir provides, and the upstream ones fx-opt offers beside them.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_INITALL_H
#define FX_MLIR_INITALL_H

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Func/Extensions/InlinerExtension.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Passes.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::fx {

/// The fx dialect and the upstream dialects fx-mlir's passes create.
inline void registerAllDialects(DialectRegistry &registry) {
  registry.insert<FxDialect, arith::ArithDialect, func::FuncDialect,
                  tensor::TensorDialect>();
}

/// Every fx-mlir pass and pipeline.
inline void registerAllPasses() {
  registerFxTransformsPasses();
  registerFxPipelines();
}

/// The upstream dialects a pipeline mixes with fx graphs or lowers them to
/// (func, arith, tensor, linalg, tosa), and func's inliner interface so that
/// `inline` inlines `func.call`. Not all of upstream: a compiler that needs
/// more builds its own tool (examples/fx-relu-to-clamp).
inline void registerUpstreamDialects(DialectRegistry &registry) {
  registry.insert<arith::ArithDialect, func::FuncDialect, linalg::LinalgDialect,
                  tensor::TensorDialect, tosa::TosaDialect>();
  func::registerInlinerExtension(registry);
}

/// The dialect-independent upstream passes (canonicalize, cse, inline,
/// symbol-dce, sccp, view-op-graph, print-op-stats, strip-debuginfo, ...) and
/// the passes of the dialects registerUpstreamDialects adds, so fx passes
/// compose with them in --pass-pipeline as in mlir-opt. Not every upstream
/// pass: with MLIR's component libraries that would link all of MLIR (GPU,
/// LLVM targets) into fx-opt.
inline void registerUpstreamPasses() {
  registerTransformsPasses();
  arith::registerArithPasses();
  func::registerFuncPasses();
  registerLinalgPasses();
  tensor::registerTensorPasses();
  tosa::registerTosaPasses();
}

} // namespace mlir::fx

#endif // FX_MLIR_INITALL_H
