//===- Passes.td - fx dialect passes -----------------------*- tablegen -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_TD
#define FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def FxInferTypes : Pass<"fx-infer-types"> {
  let summary = "Infer node result types, like FX's ShapeProp on fake tensors";
  let description = [{
    Runs the type-inference registry over every call_function node of every
    graph, in order. Modes:
    - `fill`: set result types that are `!fx.unknown`; a node whose target has
      no rule gets a warning and keeps its types, nodes depending on unknown
      values are left alone.
    - `overwrite`: replace every call_function's result types.
    - `check`: change nothing; report each node whose result types differ from
      the inferred ones (expected and found) as an error.
  }];
  let options = [
    Option<"mode", "mode", "::mlir::fx::InferTypesMode",
           /*default=*/"::mlir::fx::InferTypesMode::Fill",
           "What to do with the inferred types",
           [{::llvm::cl::values(
             clEnumValN(::mlir::fx::InferTypesMode::Fill, "fill",
                        "set unknown result types"),
             clEnumValN(::mlir::fx::InferTypesMode::Overwrite, "overwrite",
                        "replace all result types"),
             clEnumValN(::mlir::fx::InferTypesMode::Check, "check",
                        "report mismatches with the existing types"))}]>
  ];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxVerifyMetadata : Pass<"fx-verify-metadata"> {
  let summary = "Check that every call node has result types and metadata";
  let description = [{
    Reports each call_function, call_method and call_module node whose result
    types are unknown (`!fx.unknown`, also inside tuples) or that lacks one of
    the required metadata keys, as a located error; with `summary`, as one
    line of counts at the root op instead (an error when anything is missing,
    a remark otherwise). Nodes of ops whose schema returns nothing have no
    result to check. Nodes of nested graph modules (higher-order ops'
    subgraphs) need result types only: torch.export records no metadata for
    them.
  }];
  let options = [
    ListOption<"keys", "keys", "std::string",
               "Required metadata attributes (default: fx.nn_module_stack)">,
    Option<"summary", "summary", "bool", /*default=*/"false",
           "Report one line of counts instead of one error per node">
  ];
}

// Every pass that runs a node-metadata listener records provenance unless
// told not to.
def Fx_ProvenanceOption : Option<"provenance", "provenance", "bool",
    /*default=*/"true",
    "Record in each created node's from_node which pass made it from which "
    "node (PyTorch's from_node); false turns it off">;

def FxDecompose : Pass<"fx-decompose"> {
  let summary = "Decompose aten ops into simpler aten ops, like run_decompositions";
  let description = [{
    Rewrites call_function nodes of the ops in the decomposition table
    (lib/Dialect/Fx/Transforms/DecompositionTable.cpp) into simpler aten ops
    with PyTorch's targets, as `ExportedProgram.run_decompositions(table)`
    does: linear, addmm, t, silu, gelu, hardswish, hardsigmoid, softplus, elu,
    layer_norm, inference-mode batch norm, _softmax, _log_softmax, var, std,
    flatten and expand_as. By default the rows of Core ATen ops (addmm, gelu,
    elu, _softmax, _log_softmax, var, _native_batch_norm_legit_no_training)
    are not selected: run_decompositions() keeps those ops; `ops=` names
    them, `ops=all` selects every row. Ops that a decomposition creates are decomposed in turn when they
    are selected too. For example, `ops=aten.linear.default`:

    ```mlir
    %linear = fx.call_function aten.linear.default(%x, %w, %b) : (tensor<?x4xf32, #fx.dims<[s0]>>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<?x10xf32, #fx.dims<[s0]>>
    // becomes
    %t = fx.call_function aten.t.default(%w) {fx.custom = ..., fx.nn_module_stack = ..., fx.torch_fn = ...} : (tensor<10x4xf32>) -> tensor<4x10xf32>
    %addmm = fx.call_function aten.addmm.default(%b, %x, %t) {...} : (tensor<10xf32>, tensor<?x4xf32, #fx.dims<[s0]>>, tensor<4x10xf32>) -> tensor<?x10xf32, #fx.dims<[s0]>>
    ```

    A walk with an IRRewriter visits the selected nodes in graph order, and
    the nodes each decomposition creates right after it; one node-metadata
    listener covers the whole input, each decomposition attributed to its
    node: created nodes get their types from the inference registry and
    their metadata by `policy`: `replaced-op` (PyTorch's run_decompositions:
    nn_module_stack, torch_fn, custom and the stack trace of the decomposed
    node) or `first-argument` (the node-metadata hook: inherited from the
    first node argument, torch_fn from the node's own target, no stack
    trace). A node whose operand types are unknown or inconsistent is
    reported as an error at its location; a node a decomposition does not
    apply to (e.g. batch norm in training mode) is left alone.
  }];
  let options = [
    ListOption<"ops", "ops", "std::string",
               "Targets to decompose (default: every op in the table outside "
               "Core ATen, as run_decompositions() with its default table; "
               "`all`: every op in the table)">,
    Option<"policy", "policy", "std::string", /*default=*/"\"replaced-op\"",
           "Metadata inheritance: replaced-op (run_decompositions) or "
           "first-argument (the node-metadata hook)">,
    Fx_ProvenanceOption
  ];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

//===----------------------------------------------------------------------===//
// Export passes (torch/_export/passes): each runs inside a NodeMetadataScope,
// so every node it creates gets its types and metadata.
//===----------------------------------------------------------------------===//

class Fx_PolicyOption<string default> : Option<"policy", "policy",
    "::mlir::fx::InheritancePolicy", default,
    "Where created nodes inherit nn_module_stack, torch_fn and custom from",
    [{::llvm::cl::values(
      clEnumValN(::mlir::fx::InheritancePolicy::ReplacedOp, "replaced-op",
                 "the node being replaced (run_decompositions)"),
      clEnumValN(::mlir::fx::InheritancePolicy::FirstArgument,
                 "first-argument",
                 "the first node argument (the node-metadata hook)"))}]>;

def FxInsertRuntimeAsserts : Pass<"fx-insert-runtime-asserts"> {
  let summary = "Check range constraints of size symbols at runtime";
  let description = [{
    PyTorch's `insert_deferred_runtime_asserts` for the ranges of a graph's
    `fx.range_constraints`: each constrained symbol is bound to a node (the
    first placeholder dim of that size, through `aten.sym_size.int`, or a
    SymInt placeholder or node of that value), then each finite bound is
    checked with `operator.ge` / `operator.le` and
    `aten._assert_scalar.default`, right after the placeholders (after the
    binding node for a symbol a node binds):

    ```mlir
    fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{s0 = [2, 1024]}>} {
      %x = fx.placeholder "x" : tensor<?x4xf32, #fx.dims<[s0]>>
      %sym_size_int = fx.call_function aten.sym_size.int(%x, 0) : (...) -> !fx.sym_int<s0>
      %ge = fx.call_function operator.ge(%sym_size_int, 2) : (!fx.sym_int<s0>) -> !fx.sym_bool
      fx.call_function aten._assert_scalar.default(%ge, "Runtime assertion failed for expression s0 >= 2 on node 'ge'") {name = "_assert_scalar"} : (!fx.sym_bool) -> ()
      ...
    ```

    Created nodes inherit metadata from their first argument (the hook's
    rule) and get `stack-trace` as their location. A constrained symbol that
    nothing binds is an error at the graph.
  }];
  let options = [
    Option<"stackTrace", "stack-trace", "std::string",
           /*default=*/"\"fx-insert-runtime-asserts\"",
           "The stack_trace of the created nodes (FX's text; a line in "
           "`File \"x.py\", line N, in f` form becomes a file location)">,
    Fx_ProvenanceOption
  ];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxFunctionalizeSideEffects : Pass<"fx-functionalize-side-effects"> {
  let summary = "Thread a dependency token through side-effecting asserts";
  let description = [{
    PyTorch's `_FunctionalizeSideEffectfulOpsPass`: in each top-level graph,
    `aten._assert_async.msg(x, msg)` becomes
    `aten._functional_assert_async.msg(x, msg, dep_token = %tok)`, the token
    chain starting at an `aten._make_dep_token.default()` node (`dep_token0`)
    created before the first assert; the last token (`dep_tokenN`) is
    appended to the graph's outputs. Created nodes inherit the metadata and
    stack trace of the assert they replace (the token source: of the first
    assert). Asserts in nested graph modules, whose outputs their callers
    fix, are left alone with a warning. An assert whose operand type is
    unknown is an error.
  }];
  let options = [Fx_ProvenanceOption];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxFunctionalizeInPlaceOps : Pass<"fx-functionalize-in-place-ops"> {
  let summary = "Replace in-place ops with their out-of-place forms, like "
                "run_decompositions' functionalization";
  let description = [{
    The functionalization `ExportedProgram.run_decompositions()` performs:
    each in-place op `op_(self, ...)` (its schema writes `Tensor(a!) self`
    and returns it) becomes its out-of-place form `op(self, ...)`, the op of
    the schema table with the same parameters, and every later use of the
    mutated tensor (`self`, the in-place node, earlier in-place nodes on the
    same tensor) reads the new value. Where the out-of-place result has
    another dtype than `self` (`int.mul_(float)`), a `_to_copy` to `self`'s
    dtype follows, as in PyTorch. A mutated graph input is written back: in
    an exported program (an output with `fx.output_specs`) as a mutation
    output placed before the user outputs, in input order:

    ```mlir
    %add_ = fx.call_function aten.add_.Tensor(%b_count, 1) : (tensor<si64>) -> tensor<si64>
    fx.output((%x,)) {fx.output_specs = [#fx.output_spec<user_output>]} : tensor<4xf32>
    // becomes
    %add = fx.call_function aten.add.Tensor(%b_count, 1) : (tensor<si64>) -> tensor<si64>
    fx.output((%add, %x)) {fx.output_specs = [#fx.output_spec<buffer_mutation, "count">, #fx.output_spec<user_output>]} : tensor<si64>, tensor<4xf32>
    ```

    (`parameter_mutation`, `user_input_mutation` likewise); in a graph
    without a signature as `aten.copy_.default(input, value)` before the
    output, as `torch.func.functionalize` does. An out-of-place node whose
    value nothing reads (a mutation of a dead intermediate) is erased.
    Created nodes get the metadata and stack trace of the in-place node
    (PyTorch's replaced-op rule) and their types from the registry.

    Errors, at the node: an in-place op on a view (or on a value a node of
    unknown aliasing returned), a mutation of a tensor whose view is read
    after it, an in-place op with no out-of-place form in the schema table,
    an op that mutates other arguments than `self` (`out=`, batch norm's
    running statistics), a mutated input of a nested graph module or a
    tensor constant.
  }];
  let options = [Fx_ProvenanceOption];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxReplaceQuantizedOps : Pass<"fx-replace-quantized-ops"> {
  let summary = "Replace legacy quantized ops with dequantize + float op + "
                "quantize";
  let description = [{
    PyTorch's `replace_quantized_ops_with_standard_ops`, in graph order:
    - `aten.quantize_per_tensor.default(x, scale, zp, dtype)` becomes
      `quantized_decomposed.quantize_per_tensor.default` followed by
      `quantized_decomposed.dequantize_per_tensor.default` (quant_min/max of
      the storage dtype); later quantized ops use that dtype;
    - `quantized.linear[_relu].default(x, packed, scale, zp)` with `packed`
      from `quantized.linear_prepack.default(w, b)` becomes
      `aten.linear.default(x, w, b)` (`aten.dequantize.self(w)` first when
      `w` is quantized) [+ `aten.relu.default`] + quantize + dequantize;
    - `quantized.conv2d[_relu].{new,default}` with `quantized.conv2d_prepack`
      params becomes `aten.convolution.default` the same way;
    - `quantized.{add,mul}[_relu].default(a, b, scale, zp)` and
      `quantized.hardswish.default(x, scale, zp)` become the aten op the same
      way;
    - `aten.dequantize.self` of a value that is float now is dropped.
    Prepack nodes left without users are erased. Created nodes get their
    metadata by `policy`. A quantized op whose packed params do not come from
    a prepack node, or that no quantize_per_tensor precedes, is an error.
  }];
  let options = [Fx_PolicyOption<"::mlir::fx::InheritancePolicy::ReplacedOp">,
                 Fx_ProvenanceOption];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxReplaceViewOpsWithViewCopy : Pass<"fx-replace-view-ops-with-view-copy"> {
  let summary = "Replace aten view ops with their _copy variants";
  let description = [{
    PyTorch's `ReplaceViewOpsWithViewCopyOpsPass`: every aten op whose first
    argument is a non-writing alias (`Tensor(a) self`) becomes the op of the
    same overload with `_copy` appended (`aten.view.default` ->
    `aten.view_copy.default`, `aten.select.int` -> `aten.select_copy.int`),
    and `aten._unsafe_view.default` becomes `aten.view_copy.default`;
    sym_size/sym_stride/sym_numel stay. The copy has the view's result types
    (inferred by the registry when it has a rule for the copy) and gets its
    metadata by `policy`.
  }];
  let options = [Fx_PolicyOption<"::mlir::fx::InheritancePolicy::ReplacedOp">,
                 Fx_ProvenanceOption];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxReplaceSetGradWithSubgraph : Pass<"fx-replace-set-grad-with-subgraph"> {
  let summary = "Outline no-grad regions into wrap_with_set_grad_enabled "
                "subgraphs";
  let description = [{
    PyTorch's `replace_set_grad_with_hop_pass`: the nodes between
    `torch._C._set_grad_enabled(False)` and `torch._C._set_grad_enabled(True)`
    move into a new nested graph module (`@submod_N`, N counting the
    set_grad nodes as `sequential_split` does) whose placeholders are the
    values they use from outside and whose output is the tuple of the values
    used after them. The region becomes

    ```mlir
    %submod_1 = fx.get_attr @submod_1 : !fx.graph_module
    %wrap_with_set_grad_enabled = fx.call_function higher_order.wrap_with_set_grad_enabled(False, %submod_1, %x) : (!fx.graph_module, tensor<2xf32>) -> tuple<tensor<2xf32>>
    %add = fx.call_function operator.getitem(%wrap_with_set_grad_enabled, 0) : (tuple<tensor<2xf32>>) -> tensor<2xf32>
    ```

    and both set_grad nodes are erased. Moved nodes keep their metadata; the
    get_attr node takes the `_set_grad_enabled(False)` node's
    nn_module_stack, and the call node inherits from it by the listener;
    each getitem node takes the name and metadata of the value it stands
    for. Every graph is processed, nested ones included. A
    `_set_grad_enabled(False)` without a later `(True)` in its graph (or a
    `(True)` without a `(False)`) is an error.
  }];
  let options = [Fx_ProvenanceOption];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxEncodeModuleLocations : Pass<"fx-encode-module-locations"> {
  let summary = "Encode each op's nn_module_stack in its location";
  let description = [{
    Lowering compilers keep locations, not fx attributes. This pass wraps the
    location of every op (of any dialect) carrying `fx.nn_module_stack` in
    one `NameLoc` per module, named by its qualified path, outermost first,
    as JAX's name stacks do, so that a dialect that keeps only locations
    still knows which module an op came from:

    ```mlir
    %conv = fx.call_function aten.convolution.default(...)
        {fx.nn_module_stack = #fx.nn_module_stack<[
           ["L__self___layer1", "layer1", "torch.nn.modules.container.Sequential"],
           ["L__self___layer1_0_conv1", "layer1.0.conv1", "torch.nn.modules.conv.Conv2d"]]>}
        ... loc("forward"("model.py":12:0))
    ```

    becomes located at

    ```mlir
    loc("layer1"("layer1.0.conv1"("forward"("model.py":12:0))))
    ```

    The root module (an empty path) and PyTorch's empty-stack sentinel add
    nothing; the attribute stays. A location that already starts with the
    op's module names is left alone, so running the pass twice is running it
    once.
  }];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

def FxPrintProvenance : Pass<"fx-print-provenance"> {
  let summary = "Print each node's history across the passes that made it";
  let description = [{
    Prints the from_node of the named nodes (every node that has one,
    by default) as PyTorch's `NodeSource.print_readable` does: one line per
    source, the node it was made from, the pass, the action and the graph,
    each source's own history indented below it. Run it at the end of a
    pipeline whose passes record provenance:

    ```
    fx-opt model.mlir --fx-export-pipeline --fx-print-provenance=nodes=addmm -o /dev/null
    ```

    prints

    ```
    @model::@forward %addmm = aten.addmm.default
    (name=linear, pass_name=fx-decompose, action=create, graph_id=0)
        (name=linear, pass_name=Interpreter_PropagateUnbackedSymInts, action=create, graph_id=1)
    ```

    A node name that no graph has is an error. The IR is left unchanged.
  }];
  let options = [
    ListOption<"nodes", "nodes", "std::string",
               "The nodes to print, by name (default: every node with a "
               "from_node)">
  ];
}

def FxVerifyCoreAten : Pass<"fx-verify-core-aten"> {
  let summary = "Report call nodes whose targets are not Core ATen ops";
  let description = [{
    Reports each call_function node whose target is not in the Core ATen
    opset (the ops tagged `torch.Tag.core`; CoreAtenOps.inc), and each
    call_method and call_module node, at the node's location, so that a user
    sees what a decomposition pipeline left behind. Accepted besides Core
    ATen: the `_copy` variants of its view ops (what
    fx-replace-view-ops-with-view-copy produces, as EXIR's edge dialect
    accepts them), Python operators on sizes (`operator.*`), higher-order ops
    (`torch.ops.higher_order.*`) and the assertion and token ops PyTorch's
    export passes insert. With `severity=warning` the nodes are reported as
    warnings and the pass succeeds; with `error` (the default) it fails.

    ```mlir
    %t = fx.call_function aten.transpose.int(%x, 0, 1) : (tensor<2x3xf32>) -> tensor<3x2xf32>
    // error: 'aten.transpose.int' is not a Core ATen op
    ```
  }];
  let options = [
    Option<"severity", "severity", "std::string", /*default=*/"\"error\"",
           "How to report a non-Core-ATen node: error or warning">
  ];
}

#endif // FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_TD
