//===- Passes.cpp - C API of the fx-mlir passes ---------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir-c/Passes.h"
#include "fx-mlir/InitAll.h"
#include "mlir/CAPI/Pass.h"

using namespace mlir;
using namespace mlir::fx;

#include "fx-mlir/Dialect/Fx/Transforms/Passes.capi.cpp.inc"

void fxMlirRegisterPasses(void) { fx::registerAllPasses(); }
