//===- FxInterfaces.td - fx node interfaces ----------------*- tablegen -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_IR_FXINTERFACES_TD
#define FX_MLIR_DIALECT_FX_IR_FXINTERFACES_TD

include "mlir/IR/OpBase.td"

def Fx_NodeOpInterface : OpInterface<"NodeOpInterface"> {
  let cppNamespace = "::mlir::fx";
  let description = [{
    An FX node: it has a name, unique in its graph, and (except for
    placeholder and get_attr) FX args and kwargs whose node references are the
    op's operands in depth-first order.
  }];
  let methods = [
    InterfaceMethod<"The FX node name.", "::llvm::StringRef", "getName">,
    InterfaceMethod<"Renames the node.", "void", "setName",
                    (ins "::llvm::StringRef":$name)>,
    InterfaceMethod<"The node's from_node (provenance), if it has one.",
                    "std::optional<::mlir::fx::FromNode>", "getFromNode">,
    InterfaceMethod<"Sets or removes the node's from_node.", "void",
                    "setFromNode",
                    (ins "std::optional<::mlir::fx::FromNode>":$fromNode)>,
    InterfaceMethod<"FX args, or null for nodes without args.",
                    "::mlir::ArrayAttr", "getNodeArgs", (ins), [{}], [{
      return $_op->template getAttrOfType<::mlir::ArrayAttr>("args");
    }]>,
    InterfaceMethod<"FX kwargs, or null for nodes without kwargs.",
                    "::mlir::fx::DictAttr", "getNodeKwargs", (ins), [{}], [{
      return $_op->template getAttrOfType<::mlir::fx::DictAttr>("kwargs");
    }]>,
  ];
}

#endif // FX_MLIR_DIALECT_FX_IR_FXINTERFACES_TD
