//===- FxTypes.td - fx dialect types -----------------------*- tablegen -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Types of FX values that are not tensors. Tensors are builtin ranked tensors,
// with a `#fx.dims` encoding when some dims are symbolic.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_IR_FXTYPES_TD
#define FX_MLIR_DIALECT_FX_IR_FXTYPES_TD

include "fx-mlir/Dialect/Fx/IR/FxDialect.td"
include "mlir/IR/AttrTypeBase.td"

class Fx_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<Fx_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def Fx_SymIntType : Fx_Type<"SymInt", "sym_int"> {
  let summary = "a SymInt, with its size expression when known";
  let parameters = (ins OptionalParameter<"::mlir::AffineExpr">:$value);
  let hasCustomAssemblyFormat = 1;
  let builders = [
    TypeBuilder<(ins), [{ return $_get($_ctxt, ::mlir::AffineExpr()); }]>
  ];
}

def Fx_SymFloatType : Fx_Type<"SymFloat", "sym_float"> {
  let summary = "a SymFloat";
}

def Fx_SymBoolType : Fx_Type<"SymBool", "sym_bool"> {
  let summary = "a SymBool";
}

def Fx_UnknownType : Fx_Type<"Unknown", "unknown"> {
  let summary = "a node value that is not known yet";
  let description = [{
    The type of a node with no recorded `val`: FX creates a node before its
    value is computed, and imported graphs may lack values.
  }];
}

def Fx_GraphModuleType : Fx_Type<"GraphModule", "graph_module"> {
  let summary = "a nested graph module, as named by get_attr";
}

#endif // FX_MLIR_DIALECT_FX_IR_FXTYPES_TD
