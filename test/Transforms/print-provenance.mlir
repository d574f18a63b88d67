// fx-print-provenance prints a node's history across a pipeline, in the
// layout of PyTorch's NodeSource.print_readable: fx-decompose (recording
// provenance, its default) decomposes linear into t + addmm, then t into permute; the
// permute comes from linear (the t in between is one rewrite's step, as
// run_decompositions never makes it), whose own from_node (recorded by
// torch.export) is nested below.
// RUN: fx-opt %s --fx-decompose --fx-print-provenance=nodes=permute,addmm -o /dev/null | FileCheck %s
// RUN: fx-opt %s --fx-decompose --fx-print-provenance -o /dev/null | FileCheck %s --check-prefix=ALL
// RUN: fx-opt %s --fx-decompose=provenance=false --fx-print-provenance=nodes=addmm -o /dev/null | FileCheck %s --check-prefix=OFF
// RUN: fx-opt %s --fx-print-provenance=nodes=x -o /dev/null | FileCheck %s --check-prefix=NONE
// RUN: not fx-opt %s --fx-print-provenance=nodes=nothing -o /dev/null 2>&1 | FileCheck %s --check-prefix=MISSING

fx.graph_module @model {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %w = fx.placeholder "w" : tensor<4x3xf32>
    %b = fx.placeholder "b" : tensor<4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) {fx.from_node = [#fx.node_source<name = "linear", target = "aten.linear.default", graph_id = 140000, pass_name = "ExportedProgram.module()", action = "create", from_node = []>]} : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
    fx.output(%linear) : tensor<2x4xf32>
  }
}

// CHECK:      @model::@forward %permute = aten.permute.default
// CHECK-NEXT: (name=linear, pass_name=fx-decompose, action=create, graph_id=0)
// CHECK-NEXT:     (name=linear, pass_name=ExportedProgram.module(), action=create, graph_id=140000)
// CHECK-NEXT: @model::@forward %addmm = aten.addmm.default
// CHECK-NEXT: (name=linear, pass_name=fx-decompose, action=create, graph_id=0)
// CHECK-NEXT:     (name=linear, pass_name=ExportedProgram.module(), action=create, graph_id=140000)
// CHECK-NOT: @model

// ALL-COUNT-2: (name=linear, pass_name=fx-decompose
// ALL-NOT: pass_name=fx-decompose

// With provenance=false, the replaced-op policy copies the root's from_node like
// every key of _COPY_META_FIELDS: no fx-decompose entry.
// OFF:      %addmm = aten.addmm.default
// OFF-NEXT: (name=linear, pass_name=ExportedProgram.module(), action=create, graph_id=140000)
// OFF-NOT:  fx-decompose

// NONE:      @model::@forward %x
// NONE-NEXT: (no provenance)

// MISSING: error: fx-print-provenance: no node named 'nothing'
