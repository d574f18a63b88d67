//===- FxOps.h - fx dialect ops ---------------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_IR_FXOPS_H
#define FX_MLIR_DIALECT_FX_IR_FXOPS_H

#include "fx-mlir/Dialect/Fx/IR/FromNode.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxTypes.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/RegionKindInterface.h"
#include "mlir/IR/SymbolTable.h"

#include "fx-mlir/Dialect/Fx/IR/FxInterfaces.h.inc"

#define GET_OP_CLASSES
#include "fx-mlir/Dialect/Fx/IR/FxOps.h.inc"

namespace mlir::fx {

/// The number of node references (`#fx.node`) in an args/kwargs value, that
/// is, how many operands of its node it stands for.
unsigned countNodeRefs(Attribute value);

/// The name FX gives a call_function or call_method node calling `target`
/// before making it unique (torch.fx's _snake_case and create_name):
/// `add` for `aten.add.Tensor`, `getitem` for `operator.getitem` and
/// `__getitem__`, `batch_norm` for `BatchNorm`, `_unnamed` for "".
std::string getNodeNameForTarget(StringRef target);

/// The name of `op` if it is an FX node: what casting to NodeOpInterface and
/// asking gives, without the interface lookup, for code that visits every
/// node of a graph.
std::optional<StringRef> getNodeName(Operation *op);

/// The from_node of `op` if it is an FX node that has one, else null: the
/// value in its properties, without the interface lookup or a copy.
const FromNode *getFromNode(Operation *op);

/// `name` with each run of characters a Python identifier cannot have
/// replaced by one `_`, and a `_` before a leading digit (torch.fx's
/// create_name): `x y` -> `x_y`, `1x` -> `_1x`.
std::string toPythonIdentifier(StringRef name);

/// Whether FX forbids `name` as a node name: a Python keyword or builtin, or
/// one of torch.fx's globals (FX names such a node `sum_1`, not `sum`).
bool isReservedPythonName(StringRef name);

} // namespace mlir::fx
#endif // FX_MLIR_DIALECT_FX_IR_FXOPS_H
