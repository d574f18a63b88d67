//===- Passes.td - The example's pass ----------------------*- tablegen -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef RELUTOCLAMP_PASSES_TD
#define RELUTOCLAMP_PASSES_TD

include "mlir/Pass/PassBase.td"

def ReluToClampMin : Pass<"relu-to-clamp-min"> {
  let summary = "Rewrite aten.relu.default to aten.clamp_min.default(x, 0.0)";
  let description = [{
    Creates each clamp_min node as FX creates a node, untyped and without
    metadata, under fx-mlir's node-metadata listener (PyTorch's
    `_node_metadata_hook`), which gives it its result type, the
    nn_module_stack and custom of its first node argument, the torch_fn of
    its target and a name free in its graph.

    ```mlir
    %relu = fx.call_function aten.relu.default(%lin) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    // becomes
    %clamp_min = fx.call_function aten.clamp_min.default(%lin, 0.0) {fx.custom = #fx.dict<{}>, fx.nn_module_stack = <lin's>, fx.torch_fn = #fx.torch_fn<"clamp_min.default_0", "OpOverload.clamp_min.default">} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let dependentDialects = ["::mlir::fx::FxDialect"];
}

#endif // RELUTOCLAMP_PASSES_TD
