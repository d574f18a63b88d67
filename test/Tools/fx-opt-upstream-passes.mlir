// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-opt as an mlir-opt: fx passes compose with upstream ones in one
// pipeline, over fx graphs next to func, arith, tensor, linalg and tosa IR.
// RUN: fx-opt %s -split-input-file --mlir-print-local-scope \
// RUN:   --pass-pipeline='builtin.module(inline,canonicalize,cse,symbol-dce,fx-decompose{ops=aten.linear.default},fx-verify-metadata)' \
// RUN:   | FileCheck %s
// RUN: fx-opt %s -split-input-file --pass-pipeline='builtin.module(print-op-stats)' -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STATS
// RUN: fx-opt %s -split-input-file --pass-pipeline='builtin.module(view-op-graph)' -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=GRAPH
// RUN: fx-opt %s -split-input-file -strip-debuginfo -mlir-print-debuginfo --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefix=STRIP

// inline and symbol-dce act on the funcs, canonicalize folds the arith ops,
// fx-decompose rewrites the linear node, fx-verify-metadata accepts the
// result; the graph module, a public symbol, stays.
// CHECK-LABEL: fx.graph_module @M
// CHECK-NOT:   fx.call_function aten.linear
// CHECK:       fx.call_function aten.t.default
// CHECK:       fx.call_function aten.addmm.default
// CHECK-NOT:   fx.call_function aten.linear
// CHECK-NOT:   func.func private
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %[[ABS:.+]] = tosa.abs %arg0
// CHECK-NEXT:    return %[[ABS]]
// STATS-LABEL: Operations encountered:
// STATS:       func.func{{ +}}, 3
// STATS:       fx.call_function{{ +}}, 1
// STATS:       tosa.abs{{ +}}, 1
// GRAPH:       digraph G
// STRIP-LABEL: fx.graph_module @M
// STRIP:         fx.call_function aten.linear.default{{.*}} loc(unknown)
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %w = fx.placeholder "w" : tensor<10x4xf32>
    %b = fx.placeholder "b" : tensor<10xf32>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>, fx.torch_fn = #fx.torch_fn<"linear_0", "function.linear">, fx.custom = #fx.dict<{}>} : (tensor<2x4xf32>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<2x10xf32> loc(fused<"return self.fc(x)">["forward"("model.py":7:0)])
    fx.output(%linear) : tensor<2x10xf32>
  }
}
func.func private @unused() {
  return
}
func.func private @callee(%t: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %unused = arith.addi %c0, %c1 : index
  %r = tosa.abs %t : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %r : tensor<2x10xf32>
}
func.func @main(%t: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %r = func.call @callee(%t) : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %r : tensor<2x10xf32>
}

// -----

// The linalg dialect is registered, and cse merges the duplicate fill.
// CHECK-LABEL: func.func @linalg
// CHECK:         %[[FILL:.+]] = linalg.fill
// CHECK-NOT:     linalg.fill
// CHECK:         return %[[FILL]], %[[FILL]]
// STATS-LABEL: Operations encountered:
// STATS:       linalg.fill{{ +}}, 2
// GRAPH:       digraph G
// STRIP-LABEL: func.func @linalg
func.func @linalg(%init: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %zero = arith.constant 0.0 : f32
  %a = linalg.fill ins(%zero : f32) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  %b = linalg.fill ins(%zero : f32) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %a, %b : tensor<4xf32>, tensor<4xf32>
}
