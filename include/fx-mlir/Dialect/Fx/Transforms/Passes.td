//===- Passes.td - fx dialect passes -----------------------*- tablegen -*-===//

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
    result to check.
  }];
  let options = [
    ListOption<"keys", "keys", "std::string",
               "Required metadata attributes (default: fx.nn_module_stack)">,
    Option<"summary", "summary", "bool", /*default=*/"false",
           "Report one line of counts instead of one error per node">
  ];
}

#endif // FX_MLIR_DIALECT_FX_TRANSFORMS_PASSES_TD
