//===- FxAttrs.td - fx dialect attributes ------------------*- tablegen -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Attributes for FX node arguments (the Python values FX allows in args and
// kwargs), tensor shape encodings and node metadata.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_IR_FXATTRS_TD
#define FX_MLIR_DIALECT_FX_IR_FXATTRS_TD

include "fx-mlir/Dialect/Fx/IR/FxDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/TensorEncoding.td"

//===----------------------------------------------------------------------===//
// Enums: torch.dtype, torch.layout, torch.memory_format, module attr kinds.
//===----------------------------------------------------------------------===//

// Values follow c10::ScalarType so that numeric dtype codes mean the same.
def Fx_ScalarType : I32EnumAttr<"ScalarType", "a torch.dtype", [
    I32EnumAttrCase<"uint8", 0>,
    I32EnumAttrCase<"int8", 1>,
    I32EnumAttrCase<"int16", 2>,
    I32EnumAttrCase<"int32", 3>,
    I32EnumAttrCase<"int64", 4>,
    I32EnumAttrCase<"float16", 5>,
    I32EnumAttrCase<"float32", 6>,
    I32EnumAttrCase<"float64", 7>,
    I32EnumAttrCase<"complex32", 8>,
    I32EnumAttrCase<"complex64", 9>,
    I32EnumAttrCase<"complex128", 10>,
    I32EnumAttrCase<"Bool", 11, "bool">,
    I32EnumAttrCase<"qint8", 12>,
    I32EnumAttrCase<"quint8", 13>,
    I32EnumAttrCase<"qint32", 14>,
    I32EnumAttrCase<"bfloat16", 15>,
    I32EnumAttrCase<"quint4x2", 16>,
    I32EnumAttrCase<"quint2x4", 17>,
    I32EnumAttrCase<"float8_e5m2", 23>,
    I32EnumAttrCase<"float8_e4m3fn", 24>,
    I32EnumAttrCase<"float8_e5m2fnuz", 25>,
    I32EnumAttrCase<"float8_e4m3fnuz", 26>,
    I32EnumAttrCase<"uint16", 27>,
    I32EnumAttrCase<"uint32", 28>,
    I32EnumAttrCase<"uint64", 29>,
    I32EnumAttrCase<"float8_e8m0fnu", 44>
  ]> {
  let cppNamespace = "::mlir::fx";
  let genSpecializedAttr = 0;
}

def Fx_Layout : I32EnumAttr<"Layout", "a torch.layout", [
    I32EnumAttrCase<"strided", 0>,
    I32EnumAttrCase<"sparse_coo", 1>,
    I32EnumAttrCase<"sparse_csr", 2>,
    I32EnumAttrCase<"sparse_csc", 3>,
    I32EnumAttrCase<"sparse_bsr", 4>,
    I32EnumAttrCase<"sparse_bsc", 5>,
    I32EnumAttrCase<"mkldnn", 6, "_mkldnn">,
    I32EnumAttrCase<"jagged", 7>
  ]> {
  let cppNamespace = "::mlir::fx";
  let genSpecializedAttr = 0;
}

def Fx_MemoryFormat : I32EnumAttr<"MemoryFormat", "a torch.memory_format", [
    I32EnumAttrCase<"contiguous_format", 0>,
    I32EnumAttrCase<"channels_last", 1>,
    I32EnumAttrCase<"channels_last_3d", 2>,
    I32EnumAttrCase<"preserve_format", 3>
  ]> {
  let cppNamespace = "::mlir::fx";
  let genSpecializedAttr = 0;
}

def Fx_ModuleAttrKind : I32EnumAttr<"ModuleAttrKind",
    "what a graph module attribute is", [
    I32EnumAttrCase<"parameter", 0>,
    I32EnumAttrCase<"buffer", 1>,
    I32EnumAttrCase<"constant", 2>
  ]> {
  let cppNamespace = "::mlir::fx";
}


// torch.export's graph signature (torch/_export/serde/schema.py InputSpec and
// OutputSpec): what each graph input and output of an exported program is.
def Fx_InputKind : I32EnumAttr<"InputKind",
    "what a graph input of an exported program is", [
    I32EnumAttrCase<"user_input", 0>,
    I32EnumAttrCase<"parameter", 1>,
    I32EnumAttrCase<"buffer", 2>,
    I32EnumAttrCase<"non_persistent_buffer", 3>,
    I32EnumAttrCase<"tensor_constant", 4>
  ]> {
  let cppNamespace = "::mlir::fx";
  let genSpecializedAttr = 0;
}

def Fx_OutputKind : I32EnumAttr<"OutputKind",
    "what a graph output of an exported program is", [
    I32EnumAttrCase<"user_output", 0>,
    I32EnumAttrCase<"loss_output", 1>,
    I32EnumAttrCase<"buffer_mutation", 2>,
    I32EnumAttrCase<"parameter_mutation", 3>,
    I32EnumAttrCase<"gradient_to_parameter", 4>,
    I32EnumAttrCase<"gradient_to_user_input", 5>,
    I32EnumAttrCase<"user_input_mutation", 6>
  ]> {
  let cppNamespace = "::mlir::fx";
  let genSpecializedAttr = 0;
}

//===----------------------------------------------------------------------===//
// Attribute definitions.
//===----------------------------------------------------------------------===//

class Fx_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Fx_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def Fx_DTypeAttr : EnumAttr<Fx_Dialect, Fx_ScalarType, "dtype"> {
  let summary = "a torch.dtype argument";
}
def Fx_LayoutAttr : EnumAttr<Fx_Dialect, Fx_Layout, "layout"> {
  let summary = "a torch.layout argument";
}
def Fx_MemoryFormatAttr : EnumAttr<Fx_Dialect, Fx_MemoryFormat,
                                   "memory_format"> {
  let summary = "a torch.memory_format argument";
}

def Fx_NodeAttr : Fx_Attr<"Node", "node"> {
  let summary = "the position of a node reference in args or kwargs";
  let description = [{
    Stands for the next operand of the op, in depth-first order of args then
    kwargs.
  }];
}

def Fx_NoneAttr : Fx_Attr<"None", "none"> {
  let summary = "Python's None";
}

def Fx_EllipsisAttr : Fx_Attr<"Ellipsis", "ellipsis"> {
  let summary = "Python's Ellipsis (`...`)";
}

// A string, printed by fx::printQuotedString: in one write rather than a
// call per character of printString.
class Fx_StringParameter<string desc> : StringRefParameter<desc> {
  let printer = "::mlir::fx::printQuotedString($_printer, $_self)";
}

// A double, printed as Python's repr prints a float (`1.0`, `-0.0`, `inf`,
// `nan`, `1.0e-05`); NaNs compare by their bits so that attributes unique.
def Fx_PythonFloatParameter : APFloatParameter<"a Python float (a double)"> {
  let parser = "::mlir::fx::parsePythonFloat($_parser)";
  let printer = "$_printer << ::mlir::fx::formatPythonFloat($_self)";
}

def Fx_ComplexAttr : Fx_Attr<"Complex", "complex"> {
  let summary = "a Python complex number";
  let description = [{
    A Python `complex` argument: two doubles, the real and the imaginary
    part. `torch.export` writes it as `as_complex`; in a node's arguments it
    prints as the Python call that makes it. Like a Python float it takes part
    in type promotion as a scalar of its category: with an integer or bool
    tensor it gives the default complex dtype (complex64), with a float tensor
    the complex dtype of that width.

    ```mlir
    // torch.mul(x, 1+2j); the generic form of the argument is
    // #fx.complex<1.0, 2.0>.
    %mul = fx.call_function aten.mul.Tensor(%x, complex(1.0, 2.0)) : (tensor<2xf32>) -> tensor<2xcomplex<f32>>
    ```
  }];
  let parameters = (ins Fx_PythonFloatParameter:$real,
                        Fx_PythonFloatParameter:$imag);
  let assemblyFormat = "`<` $real `,` $imag `>`";
  let genVerifyDecl = 1;
  let builders = [
    AttrBuilder<(ins "double":$real, "double":$imag), [{
      return $_get($_ctxt, ::llvm::APFloat(real), ::llvm::APFloat(imag));
    }]>
  ];
}

def Fx_TupleAttr : Fx_Attr<"Tuple", "tuple"> {
  let summary = "a Python tuple (a list is a builtin array attribute)";
  let parameters = (ins "::mlir::ArrayAttr":$elements);
  let assemblyFormat = "`<` $elements `>`";
}

def Fx_DictAttr : Fx_Attr<"Dict", "dict"> {
  let summary = "a Python dict with string keys, in insertion order";
  let parameters = (ins "::mlir::ArrayAttr":$keys, "::mlir::ArrayAttr":$values);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    AttrBuilder<(ins), [{
      return $_get($_ctxt, ::mlir::ArrayAttr::get($_ctxt, {}),
                   ::mlir::ArrayAttr::get($_ctxt, {}));
    }]>
  ];
  let extraClassDeclaration = [{
    size_t size() const { return getKeys().size(); }
    bool empty() const { return getKeys().empty(); }
    /// The value for `key`, or null.
    ::mlir::Attribute lookup(::llvm::StringRef key) const;
  }];
}

def Fx_SliceAttr : Fx_Attr<"Slice", "slice"> {
  let summary = "a Python slice(start, stop, step)";
  let parameters = (ins "::mlir::Attribute":$start, "::mlir::Attribute":$stop,
                        "::mlir::Attribute":$step);
  let assemblyFormat = "`<` $start `,` $stop `,` $step `>`";
}

def Fx_DeviceAttr : Fx_Attr<"Device", "device"> {
  let summary = "a torch.device argument";
  let parameters = (ins Fx_StringParameter<"the device string">:$device);
  let assemblyFormat = "`<` $device `>`";
}

def Fx_OperatorAttr : Fx_Attr<"Operator", "operator"> {
  let summary = "a torch operator argument (an OpOverload or a higher-order operator)";
  let description = [{
    An operator passed as a value, as `torch.export`'s `as_operator` holds
    it: the op that `auto_functionalized` and `auto_functionalized_v2` call.
    The name is the operator's qualified name without `torch.ops.`:
    `namespace.op.overload` for an OpOverload, `higher_order.name` for a
    higher-order operator. In node args it prints as Python spells it.

    ```mlir
    %af = fx.call_function torch.ops.higher_order.auto_functionalized_v2(torch.ops.mylib.scale_.default, s = 2.0, _x_base_index = 0, _all_bases = [%add]) : (tensor<3xf32>) -> tuple<none, tensor<3xf32>>
    ```
    The generic form is `#fx.operator<"mylib.scale_.default">`.
  }];
  let parameters = (ins Fx_StringParameter<"the qualified name">:$name);
  let assemblyFormat = "`<` $name `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Whether `name` is `namespace.op.overload` or `higher_order.name`, each
    /// part a Python identifier.
    static bool isValidName(::llvm::StringRef name);
  }];
}

def Fx_DimsAttr : Fx_Attr<"Dims", "dims",
    [DeclareAttrInterfaceMethods<VerifiableTensorEncoding>]> {
  let summary = "the symbolic sizes of a tensor's dynamic dims";
  let description = [{
    A tensor encoding with one size expression per `?` dim of the tensor, in
    order. Expressions are affine expressions over symbols: `sN` is PyTorch's
    backed symbol sN, `uN` its unbacked symbol uN (`getUnbackedSymbol`).
  }];
  let parameters = (ins ArrayRefParameter<"::mlir::AffineExpr">:$exprs);
  let hasCustomAssemblyFormat = 1;
}

def Fx_TorchFnAttr : Fx_Attr<"TorchFn", "torch_fn"> {
  let summary = "node metadata torch_fn: (name, qualified name)";
  let description = [{
    The function a node was traced from: its name, numbered per node as the
    exporter numbers them (`linear_1`), and its qualified name
    (`function.linear`). The attribute holds both texts itself rather than as
    `StringAttr`s: each node's name is its own, and uniquing it as a string
    attribute as well made reading a graph from bytecode a quarter slower.
  }];
  let parameters = (ins StringRefParameter<"">:$name,
                        StringRefParameter<"">:$qualified_name);
  // Printed by hand, in one write: every node has one.
  let hasCustomAssemblyFormat = 1;
}

def Fx_NNModuleStackAttr : Fx_Attr<"NNModuleStack", "nn_module_stack"> {
  let summary = "node metadata nn_module_stack";
  let description = [{
    The modules a node was traced in, outermost first, each as
    `[key, qualified module path, module type]`.
  }];
  let parameters = (ins
    ArrayRefParameter<"::mlir::fx::NNModuleStackEntry", "">:$entries);
  let hasCustomAssemblyFormat = 1;
  let extraClassDeclaration = [{
    /// PyTorch's marker for "no stack": a single entry whose three fields are
    /// all `_empty_nn_module_stack_from_metadata_hook`.
    static NNModuleStackAttr getEmptySentinel(::mlir::MLIRContext *context);
  }];
}

def Fx_SourceFnStackAttr : Fx_Attr<"SourceFnStack", "source_fn_stack"> {
  let summary = "node metadata source_fn_stack";
  let description = [{
    The calls a node was traced from, outermost first, each as
    `[name, target]`: the FX node name of the call (`linear`, `relu`) and
    what it called, named as torch.export's serializer names it
    (`serialize_operator`): a module class by its module and name
    (`torch.nn.modules.linear.Linear`), a function by its `__module__` and
    `__name__` (`torch.relu`, `torch._C._nn.gelu`, `_operator.add`).
    The .pt2 text joins the entries as `name,target;...`, so neither field
    may hold `,` or `;`.

    ```mlir
    %relu = fx.call_function aten.relu.default(%x) {fx.source_fn_stack = #fx.source_fn_stack<[["relu", "torch.relu"]]>} : (tensor<2xf32>) -> tensor<2xf32>
    ```
  }];
  let parameters = (ins
    ArrayRefParameter<"::mlir::fx::SourceFnStackEntry", "">:$entries);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Whether `field` can be a name or target: it holds no `,` or `;`.
    static bool isValidField(::llvm::StringRef field);
  }];
}

def Fx_RangeConstraintsAttr : Fx_Attr<"RangeConstraints",
                                      "range_constraints"> {
  let summary = "the value ranges of a graph's size symbols";
  let description = [{
    `torch.export`'s `range_constraints`: for each size symbol, its inclusive
    range, `inf` standing for PyTorch's `int_oo`. Valid as the
    `fx.range_constraints` attribute of an `fx.graph`;
    `fx-insert-runtime-asserts` turns it into runtime checks.

    ```mlir
    fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 = [2, 1024], u0 = [0, inf]}>} { ... }
    ```
  }];
  let parameters = (ins ArrayRefParameter<"::mlir::AffineExpr">:$symbols,
                        ArrayRefParameter<"int64_t">:$lower,
                        ArrayRefParameter<"int64_t">:$upper);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The bound that stands for `-int_oo` / `int_oo`.
    static constexpr int64_t kNegInf = INT64_MIN;
    static constexpr int64_t kPosInf = INT64_MAX;
  }];
}


def Fx_InputSpecAttr : Fx_Attr<"InputSpec", "input_spec"> {
  let summary = "what a placeholder of an exported program stands for";
  let description = [{
    The `fx.input_spec` of a placeholder: a user input, or a lifted
    parameter, buffer or tensor constant named by its qualified path (the
    `fx.module_attr` holding its value).

    ```mlir
    %p_fc_weight = fx.placeholder "p_fc_weight" {fx.input_spec = #fx.input_spec<parameter, "fc.weight">} : tensor<3x4xf32>
    ```
  }];
  let parameters = (ins EnumParameter<Fx_InputKind>:$kind,
                        OptionalParameter<"::mlir::StringAttr">:$target);
  let assemblyFormat = "`<` $kind (`,` $target^)? `>`";
}

def Fx_OutputSpecAttr : Fx_Attr<"OutputSpec", "output_spec"> {
  let summary = "what one output of an exported program is";
  let description = [{
    An element of the `fx.output_specs` array of an `fx.output`, one per
    graph output: a user output, or a mutation of the buffer, parameter or
    user input named by `target`.

    ```mlir
    fx.output((%add_, %mul)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "count">, #fx.output_spec<user_output>]} : ...
    ```
  }];
  let parameters = (ins EnumParameter<Fx_OutputKind>:$kind,
                        OptionalParameter<"::mlir::StringAttr">:$target);
  let assemblyFormat = "`<` $kind (`,` $target^)? `>`";
}

def Fx_NodeSourceAttr : Fx_Attr<"NodeSource", "node_source"> {
  let summary = "one entry of node metadata from_node (PyTorch's NodeSource)";
  let description = [{
    Where a node came from, as `torch.fx.traceback.NodeSource` records it:
    the source node's `name`, `target` and `graph_id`, the pass that made
    the node (`pass_name`), what the pass did (`action`: PyTorch's action
    string, `create`, `replace` or both joined by `+` in the order PyTorch
    lists them) and the source node's own `from_node`, so that the entries
    nest into the node's history across passes. A source without a node (a
    node a pass created from nothing) has the name "", the target "" and the
    graph id -1. It is the text and generic form of an entry of a node's
    `from_node` property (FromNode.h), which holds its entries natively and
    prints them among the node's attributes as `fx.from_node`, an array of
    `#fx.node_source`.

    ```mlir
    %t = fx.call_function aten.t.default(%w) {fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 0, pass_name = "fx-decompose", action = "create", from_node = []>]} : ...
    ```
  }];
  let parameters = (ins Fx_StringParameter<"the source node's name">:$name,
                        "::mlir::StringAttr":$target,
                        "int64_t":$graph_id, "::mlir::StringAttr":$pass_name,
                        "::mlir::StringAttr":$action,
                        "::mlir::ArrayAttr":$from_node);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

#endif // FX_MLIR_DIALECT_FX_IR_FXATTRS_TD
