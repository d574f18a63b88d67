// fx-decompose records `original_aten` as run_decompositions' retrace does:
// the op make_fx is dispatching when it makes a node, over the value copied
// from the replaced node. The expected values are PyTorch 2.13's, from
// `ExportedProgram.run_decompositions` on the same graphs with every node's
// original_aten set to aten.sin.default beforehand (see docs/Listener.md,
// "original_aten"): linear's permute records aten.t.default (linear is
// CompositeImplicitAutograd, t is decomposed by make_fx's table), std's
// nodes aten.std.correction (var.correction, decomposed in turn, stays
// inside std's dispatch), a getitem its tuple's op, and symbolic-size
// arithmetic, made outside any dispatch, the copied aten.sin.default;
// the retrace remakes the nodes it keeps too: an op overload records itself
// over any value it had, a getitem its tuple's op, size arithmetic keeps its
// value, and the size queries it re-derives have none;
// reshape's copy is a view made inside the dispatch of `_unsafe_view`, a
// step of PyTorch's chain that fx-decompose does in place.
// RUN: fx-opt %s --split-input-file --fx-decompose="ops=aten.linear.default,aten.t.default,aten.std.correction,aten.var.correction,aten.batch_norm.default,aten.reshape.default provenance=false" --mlir-print-local-scope \
// RUN:   | FileCheck %s
// The hook's first-argument policy records none (the hook copies no
// original_aten), and leaves kept nodes as they are.
// RUN: fx-opt %s --split-input-file --fx-decompose="ops=aten.linear.default,aten.t.default,aten.std.correction,aten.var.correction,aten.batch_norm.default,aten.reshape.default policy=first-argument" --mlir-print-local-scope \
// RUN:   | FileCheck %s --check-prefix=FA
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

// FA-NOT: fx.original_aten

// CHECK-LABEL: fx.graph_module @linear
// CHECK:      %permute = fx.call_function aten.permute.default(%w, [1, 0])
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.t.default">
// CHECK:      %addmm = fx.call_function aten.addmm.default(%b, %x, %permute)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.addmm.default">
// CHECK-NOT:  fx.call_function
fx.graph_module @linear {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) {fx.original_aten = #fx.operator<"aten.sin.default">} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    fx.output(%linear) : tensor<2x3xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph_module @std
// CHECK-COUNT-6: fx.original_aten = #fx.operator<"aten.std.correction">
// CHECK-NOT:  fx.call_function
fx.graph_module @std {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %std = fx.call_function aten.std.correction(%x, [1], correction = 1) {fx.original_aten = #fx.operator<"aten.sin.default">} : (tensor<2x4xf32>) -> tensor<2xf32>
    fx.output(%std) : tensor<2xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph_module @batch_norm
// CHECK:      %_native_batch_norm_legit_no_training = fx.call_function
// CHECK-SAME: fx.original_aten = #fx.operator<"aten._native_batch_norm_legit_no_training.default">
// CHECK:      %getitem = fx.call_function operator.getitem(%_native_batch_norm_legit_no_training, 0)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten._native_batch_norm_legit_no_training.default">
fx.graph_module @batch_norm {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3x4x4xf32>
    %w = fx.placeholder "w" : tensor<3xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %m = fx.placeholder "m" : tensor<3xf32>
    %v = fx.placeholder "v" : tensor<3xf32>
    %bn = fx.call_function aten.batch_norm.default(%x, %w, %b, %m, %v, False, 0.1, 1.0e-05, True) {fx.original_aten = #fx.operator<"aten.sin.default">} : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x4xf32>
    fx.output(%bn) : tensor<2x3x4x4xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph_module @linear_dynamic
// CHECK:      %s0 = fx.call_function aten.sym_size.int(%x, 0) :
// CHECK:      %s1 = fx.call_function aten.sym_size.int(%x, 1) :
// CHECK:      %mul = fx.call_function operator.mul(%s0, %s1)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.sin.default">
// CHECK:      %view = fx.call_function aten.view.default(%x, [%mul, 4])
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.view.default">
// CHECK:      %permute = fx.call_function aten.permute.default(%w, [1, 0])
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.t.default">
// CHECK:      %addmm = fx.call_function aten.addmm.default(%b, %view, %permute)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.addmm.default">
// CHECK:      %view_1 = fx.call_function aten.view.default(%addmm, [%s0, %s1, 3])
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.view.default">
fx.graph_module @linear_dynamic {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x?x4xf32, #fx.dims<[s0, s1]>>
    %w = fx.placeholder "w" : tensor<3x4xf32>
    %b = fx.placeholder "b" : tensor<3xf32>
    %s0 = fx.call_function aten.sym_size.int(%x, 0) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.sym_int<s0>
    %s1 = fx.call_function aten.sym_size.int(%x, 1) : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>) -> !fx.sym_int<s1>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) {fx.original_aten = #fx.operator<"aten.sin.default">} : (tensor<?x?x4xf32, #fx.dims<[s0, s1]>>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<?x?x3xf32, #fx.dims<[s0, s1]>>
    fx.output(%linear) : tensor<?x?x3xf32, #fx.dims<[s0, s1]>>
  }
}

// -----

// CHECK-LABEL: fx.graph_module @reshape_copy
// CHECK:      %clone = fx.call_function aten.clone.default(%permute, memory_format = torch.contiguous_format)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.clone.default">
// CHECK:      %view = fx.call_function aten.view.default(%clone, [2, 12])
// CHECK-SAME: fx.original_aten = #fx.operator<"aten._unsafe_view.default">
fx.graph_module @reshape_copy {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3x4xf32>
    %permute = fx.call_function aten.permute.default(%x, [0, 2, 1]) : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
    %reshape = fx.call_function aten.reshape.default(%permute, [2, 12]) {fx.original_aten = #fx.operator<"aten.sin.default">} : (tensor<2x4x3xf32>) -> tensor<2x12xf32>
    fx.output(%reshape) : tensor<2x12xf32>
  }
}

// -----

// CHECK-LABEL: fx.graph_module @kept
// FA-LABEL:   fx.graph_module @kept
// FA:         %relu = fx.call_function aten.relu.default(%x) {fx.original_aten = #fx.operator<"aten.sin.default">}
// FA:         %max = fx.call_function aten.max.dim(%relu, 1) : (
// CHECK:      %s0 = fx.call_function aten.sym_size.int(%x, 0) : (
// CHECK:      %mul = fx.call_function operator.mul(%s0, 2)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.sin.default">
// CHECK:      %relu = fx.call_function aten.relu.default(%x)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.relu.default">
// CHECK:      %max = fx.call_function aten.max.dim(%relu, 1)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.max.dim">
// CHECK:      %getitem = fx.call_function operator.getitem(%max, 0)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.max.dim">
// CHECK:      %getitem_1 = fx.call_function operator.getitem(%max, 1)
// CHECK-SAME: fx.original_aten = #fx.operator<"aten.max.dim">
fx.graph_module @kept {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<?x4xf32, #fx.dims<[s0]>>
    %s0 = fx.call_function aten.sym_size.int(%x, 0) : (tensor<?x4xf32, #fx.dims<[s0]>>) -> !fx.sym_int<s0>
    %mul = fx.call_function operator.mul(%s0, 2) {fx.original_aten = #fx.operator<"aten.sin.default">} : (!fx.sym_int<s0>) -> !fx.sym_int<s0 * 2>
    %relu = fx.call_function aten.relu.default(%x) {fx.original_aten = #fx.operator<"aten.sin.default">} : (tensor<?x4xf32, #fx.dims<[s0]>>) -> tensor<?x4xf32, #fx.dims<[s0]>>
    %max = fx.call_function aten.max.dim(%relu, 1) : (tensor<?x4xf32, #fx.dims<[s0]>>) -> tuple<tensor<?xf32, #fx.dims<[s0]>>, tensor<?xi64, #fx.dims<[s0]>>>
    %getitem = fx.call_function operator.getitem(%max, 0) : (tuple<tensor<?xf32, #fx.dims<[s0]>>, tensor<?xi64, #fx.dims<[s0]>>>) -> tensor<?xf32, #fx.dims<[s0]>>
    %getitem_1 = fx.call_function operator.getitem(%max, 1) : (tuple<tensor<?xf32, #fx.dims<[s0]>>, tensor<?xi64, #fx.dims<[s0]>>>) -> tensor<?xi64, #fx.dims<[s0]>>
    fx.output((%getitem, %getitem_1, %mul)) : tensor<?xf32, #fx.dims<[s0]>>, tensor<?xi64, #fx.dims<[s0]>>, !fx.sym_int<s0 * 2>
  }
}
