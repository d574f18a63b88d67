//===- Passes.h - The example's pass ----------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef RELUTOCLAMP_PASSES_H
#define RELUTOCLAMP_PASSES_H

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "mlir/Pass/Pass.h"

namespace relu_to_clamp {

#define GEN_PASS_DECL
#include "ReluToClamp/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "ReluToClamp/Passes.h.inc"

/// Adds the relu -> clamp_min pattern to `patterns`.
void populateReluToClampMinPatterns(mlir::RewritePatternSet &patterns);

} // namespace relu_to_clamp

#endif // RELUTOCLAMP_PASSES_H
