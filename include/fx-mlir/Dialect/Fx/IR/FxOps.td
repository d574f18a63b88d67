//===- FxOps.td - fx dialect ops ---------------------------*- tablegen -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_IR_FXOPS_TD
#define FX_MLIR_DIALECT_FX_IR_FXOPS_TD

include "fx-mlir/Dialect/Fx/IR/FxDialect.td"
include "fx-mlir/Dialect/Fx/IR/FxAttrs.td"
include "fx-mlir/Dialect/Fx/IR/FxInterfaces.td"
include "fx-mlir/Dialect/Fx/IR/FxTypes.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/IR/SymbolInterfaces.td"

class Fx_Op<string mnemonic, list<Trait> traits = []>
    : Op<Fx_Dialect, mnemonic, traits>;

// MLIR reads `@""` but prints an empty symbol name as
// `@<<INVALID EMPTY SYMBOL>>`, which no parser reads back; FX names are never
// empty, so fx symbols and references to them are not either.
def Fx_SymbolNameAttr : ConfinedAttr<SymbolNameAttr, [AttrConstraint<
    CPred<"!::llvm::cast<::mlir::StringAttr>($_self).empty()">,
    "whose value is not empty">]>;
def Fx_FlatSymbolRefAttr : ConfinedAttr<FlatSymbolRefAttr, [AttrConstraint<
    CPred<"!::llvm::cast<::mlir::FlatSymbolRefAttr>($_self).getValue().empty()">,
    "whose value is not empty">]>;

//===----------------------------------------------------------------------===//
// Structure
//===----------------------------------------------------------------------===//

def Fx_GraphModuleOp : Fx_Op<"graph_module", [
    IsolatedFromAbove, NoTerminator, SingleBlock, Symbol, SymbolTable,
    DeclareOpInterfaceMethods<RegionKindInterface>]> {
  let summary = "a torch.fx.GraphModule";
  let description = [{
    Holds the module's graph (one `fx.graph`), its parameters, buffers and
    tensor constants (`fx.module_attr`) and the nested graph modules that
    higher-order operators reach through `get_attr`.
  }];
  let arguments = (ins Fx_SymbolNameAttr:$sym_name);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [OpBuilder<(ins "::llvm::StringRef":$name)>];
  let extraClassDeclaration = [{
    /// The module's graph, or null while it is being built.
    GraphOp getGraph();
  }];
}

def Fx_ModuleAttrOp : Fx_Op<"module_attr", [
    Symbol, HasParent<"GraphModuleOp">]> {
  let summary = "a parameter, buffer or tensor constant of a graph module";
  let arguments = (ins Fx_ModuleAttrKind:$kind, Fx_SymbolNameAttr:$sym_name,
                       TypeAttr:$type, OptionalAttr<ElementsAttr>:$value);
  let assemblyFormat = [{
    $kind $sym_name attr-dict `:` $type (`=` $value^)?
  }];
}

def Fx_GraphOp : Fx_Op<"graph", [
    IsolatedFromAbove, NoTerminator, SingleBlock, Symbol,
    HasParent<"GraphModuleOp">]> {
  let summary = "a torch.fx.Graph";
  let description = [{
    The nodes of one FX graph, in order, ending with `fx.output`.
  }];
  let arguments = (ins Fx_SymbolNameAttr:$sym_name);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [OpBuilder<(ins "::llvm::StringRef":$name)>];
  let extraClassDeclaration = [{
    /// The graph's output node, or null while it is being built.
    OutputOp getOutput();
  }];
}

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

// A node's from_node (FromNode.h): a shared native value, so that recording
// provenance for a created node uniques nothing. Absent when the node has
// none; its generic form is that of MLIR's optional properties, [] or
// [[#fx.node_source<...>, ...]], and the custom syntax prints it among the
// node's attributes as `fx.from_node`.
def Fx_FromNodeProp : Property<"std::optional<::mlir::fx::FromNode>",
                               "a node's provenance (PyTorch's from_node)"> {
  let defaultValue = "std::nullopt";
}

class Fx_NodeOp<string mnemonic, list<Trait> traits = []>
    : Fx_Op<mnemonic, !listconcat(traits, [
        Fx_NodeOpInterface,
        DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>])> {
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def Fx_PlaceholderOp : Fx_NodeOp<"placeholder"> {
  let summary = "an FX placeholder node: a graph input";
  let arguments = (ins StringProp:$name, StrAttr:$target,
                       OptionalAttr<AnyAttr>:$default_value,
                       Fx_FromNodeProp:$from_node);
  let results = (outs AnyType:$result);
}

def Fx_GetAttrOp : Fx_NodeOp<"get_attr", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "an FX get_attr node: a module attribute or nested module";
  let arguments = (ins StringProp:$name, Fx_FlatSymbolRefAttr:$target,
                       Fx_FromNodeProp:$from_node);
  let results = (outs AnyType:$result);
}

class Fx_CallNodeOp<string mnemonic, dag extraArgs, list<Trait> traits = []>
    : Fx_NodeOp<mnemonic, traits> {
  let arguments = !con((ins StringProp:$name), extraArgs,
                       (ins ArrayAttr:$args, Fx_DictAttr:$kwargs,
                            Variadic<AnyType>:$operands,
                            Fx_FromNodeProp:$from_node));
  let results = (outs Variadic<AnyType>:$results);
}

def Fx_CallFunctionOp : Fx_CallNodeOp<"call_function",
    (ins StrAttr:$target), [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "an FX call_function node";
  let description = [{
    Calls the function named by `target`: an op overload such as
    `aten.add.Tensor`, a Python builtin such as `operator.getitem`, or a torch
    function such as `torch.relu`. It has one result, the node's value, or
    none when the op's schema returns nothing. A call of a higher-order
    operator (`torch.ops.higher_order.cond`, ...) is verified against the
    nested graph modules it calls.
  }];
}

def Fx_CallMethodOp : Fx_CallNodeOp<"call_method", (ins StrAttr:$target)> {
  let summary = "an FX call_method node; args[0] is self";
}

def Fx_CallModuleOp : Fx_CallNodeOp<"call_module",
    (ins StrAttr:$target, StrAttr:$module_type)> {
  let summary = "an FX call_module node";
  let description = [{
    Calls the submodule at the qualified path `target`, whose class is
    `module_type`.
  }];
}

def Fx_OutputOp : Fx_NodeOp<"output", [HasParent<"GraphOp">]> {
  let summary = "an FX output node: the graph's result structure";
  let arguments = (ins StringProp:$name, ArrayAttr:$args, Fx_DictAttr:$kwargs,
                       Variadic<AnyType>:$operands,
                       Fx_FromNodeProp:$from_node);
}

#endif // FX_MLIR_DIALECT_FX_IR_FXOPS_TD
