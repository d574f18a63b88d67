//===- FxDialect.td - The fx dialect -----------------------*- tablegen -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A lossless MLIR form of PyTorch FX graph modules.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_IR_FXDIALECT_TD
#define FX_MLIR_DIALECT_FX_IR_FXDIALECT_TD

include "mlir/IR/DialectBase.td"

def Fx_Dialect : Dialect {
  let name = "fx";
  let cppNamespace = "::mlir::fx";
  let summary = "PyTorch FX graph modules with their node metadata";
  let description = [{
    One op per FX node kind (placeholder, get_attr, call_function, call_method,
    call_module, output) inside `fx.graph`, itself inside `fx.graph_module`.
    Node args and kwargs keep their exact Python structure as attributes whose
    node references are the op's operands, in depth-first order. FX metadata
    travels as discardable attributes that any op of any dialect may carry;
    `stack_trace` is the op's location.
  }];
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let discardableAttrs = (ins
    "::mlir::fx::NNModuleStackAttr":$nn_module_stack,
    "::mlir::fx::TorchFnAttr":$torch_fn,
    "::mlir::fx::DictAttr":$custom,
    "::mlir::fx::SourceFnStackAttr":$source_fn_stack,
    // The autograd sequence number PyTorch gives a traced op (an i64).
    "::mlir::IntegerAttr":$seq_nr,
    // The ATen op whose dispatch made the node (PyTorch's original_aten).
    "::mlir::fx::OperatorAttr":$original_aten,
    "::mlir::fx::RangeConstraintsAttr":$range_constraints,
    // An exported program's graph signature, on placeholders and the output.
    "::mlir::fx::InputSpecAttr":$input_spec,
    "::mlir::ArrayAttr":$output_specs,
    // The schema names of a call's positional args: the .pt2 format names
    // every arg, FX keeps only the positions.
    "::mlir::ArrayAttr":$arg_names,
    // Node metadata with no typed attribute, as the .pt2 strings.
    "::mlir::fx::DictAttr":$meta,
    // The fields of a .pt2 program that have no IR form, verbatim.
    "::mlir::fx::DictAttr":$program
  );
  let extraClassDeclaration = [{
    void registerAttributes();
    void registerTypes();
  }];
}

#endif // FX_MLIR_DIALECT_FX_IR_FXDIALECT_TD
