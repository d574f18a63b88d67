//===- OpSchemas.h - PyTorch's schemas of the ops fx-mlir knows -*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// `schema::aten_add_Tensor` is PyTorch's schema of `aten.add.Tensor`,
// `"add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor"`, as
// utils/gen_schemas.py read it from the registered op into OpSchemas.def. The
// op tables name schemas this way, so none is typed by hand.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_INFERENCE_OPSCHEMAS_H
#define FX_MLIR_DIALECT_FX_INFERENCE_OPSCHEMAS_H

namespace mlir::fx::schema {

#define FX_OP_SCHEMA(ID, TARGET, SCHEMA) inline constexpr char ID[] = SCHEMA;
#include "fx-mlir/Dialect/Fx/Inference/OpSchemas.def"

} // namespace mlir::fx::schema

#endif // FX_MLIR_DIALECT_FX_INFERENCE_OPSCHEMAS_H
