// RUN: fx-opt --mlir-print-local-scope %s -fx-replace-view-ops-with-view-copy | FileCheck %s
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// A view's copy keeps the view's original_aten, as PyTorch 2.13's
// ReplaceViewOpsWithViewCopyOpsPass does: it re-emits the node through
// ExportPass with the view's metadata and no make_fx dispatch, so the copy
// records what the view recorded (here aten.sin.default, set beforehand on
// every node of a decomposed program; PyTorch's view_copy then carries
// aten.sin.default), not its own op. A node without one gets none.

// CHECK-LABEL: fx.graph_module @view
// CHECK:      %view_copy = fx.call_function aten.view_copy.default(%x, [-1])
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.sin.default">
// CHECK:      %permute_copy = fx.call_function aten.permute_copy.default(%view_copy, [0])
// CHECK-NOT:  fx.original_aten
// CHECK:      fx.output
fx.graph_module @view {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %view = fx.call_function aten.view.default(%x, [-1]) {fx.original_aten = #fx.operator<"aten.sin.default">} : (tensor<2x3xf32>) -> tensor<6xf32>
    %permute = fx.call_function aten.permute.default(%view, [0]) : (tensor<6xf32>) -> tensor<6xf32>
    fx.output(%permute) : tensor<6xf32>
  }
}
