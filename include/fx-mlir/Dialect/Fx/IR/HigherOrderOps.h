//===- HigherOrderOps.h - PyTorch higher-order operators --------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// PyTorch's higher-order operators (`torch.ops.higher_order.cond`, `map_impl`,
// `while_loop`, `scan`, `wrap_with_set_grad_enabled`, `wrap_with_autocast`,
// `invoke_subgraph`) as fx call_function nodes whose subgraphs are nested
// graph modules named by `get_attr`: what each subgraph receives, and the
// node's value computed from the subgraphs as PyTorch 2.13's fake-tensor
// kernels compute it; and `auto_functionalized_v2`, whose value is the
// operator it calls' returns followed by the tensors that operator mutates.
// The verifier and type inference share it.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_IR_HIGHERORDEROPS_H
#define FX_MLIR_DIALECT_FX_IR_HIGHERORDEROPS_H

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"

namespace mlir::fx {

/// The operator name of a higher-order operator target: `cond` for
/// `torch.ops.higher_order.cond` (the torch.export spelling) and for
/// `higher_order.cond` (the short form fx-translate imports, as `aten.add.Tensor` is short for
/// `torch.ops.aten.add.Tensor`); nothing for other targets.
std::optional<StringRef> getHigherOrderOpName(StringRef target);

/// `type(op).__name__` of PyTorch 2.13's higher-order operator `name`
/// (`CondOp` for `cond`), or `HigherOrderOperator`, their base class, for a
/// name PyTorch does not define.
StringRef getHigherOrderOpClassName(StringRef name);

/// Whether calls of the higher-order operator `name` have a value computed
/// from their subgraphs.
bool hasHigherOrderTypeRule(StringRef name);

/// Hands out a new unbacked size symbol `uN` with N at least `firstFree`, the
/// first unbacked symbol that none of the call's subgraphs uses.
using UnbackedSymbolFn = function_ref<AffineExpr(unsigned firstFree)>;

/// The value type of `call`, a call of a higher-order operator with a type
/// rule, computed from its subgraphs' placeholders and outputs. Checks that
/// the call passes each subgraph as many values as it has placeholders, of
/// matching types, and that the subgraphs' outputs agree (cond's branches,
/// while_loop's body with its carried values); reports a mismatch at the
/// call, with a note at the subgraph.
FailureOr<Type> inferHigherOrderCallType(CallFunctionOp call,
                                         UnbackedSymbolFn createUnbackedSymbol);

/// Verifies a call of a higher-order operator against its subgraphs as
/// inferHigherOrderCallType does, and its declared result type against the
/// computed one (equal element types, ranks, static sizes and structure;
/// symbolic sizes may be named differently). Calls whose subgraphs are not
/// `get_attr` nodes of nested graph modules are not checked. Symbol lookups
/// go through `symbolTables`.
LogicalResult verifyHigherOrderCall(CallFunctionOp call,
                                    SymbolTableCollection &symbolTables);

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_IR_HIGHERORDEROPS_H
