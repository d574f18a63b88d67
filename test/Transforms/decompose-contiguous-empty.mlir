// RUN: fx-opt %s --fx-decompose="ops=aten.contiguous.default" | FileCheck %s
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// contiguous() of a tensor without elements is the tensor itself: PyTorch's
// is_contiguous holds for any tensor of fewer than 2 elements, and
// run_decompositions({aten.contiguous.default: ...}) of this graph leaves the
// transpose alone, without a clone. fx-decompose decides from the strides:
// ATen's contiguous strides of (1, 0) are (1, 1), as a size-0 dim counts as
// size 1, so the transposed strides are contiguous too.

// CHECK-LABEL: fx.graph_module @contiguous_empty
// CHECK: %transpose = fx.call_function aten.transpose.int(%args_0, 0, 1)
// CHECK-NOT: aten.clone
// CHECK: fx.output((%transpose,))
fx.graph_module @contiguous_empty {
  fx.graph @forward {
    %args_0 = fx.placeholder "args_0" : tensor<1x0xf32>
    %transpose = fx.call_function aten.transpose.int(%args_0, 0, 1) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "__main__._Call"]]>, fx.torch_fn = #fx.torch_fn<"transpose.int_1", "OpOverload.transpose.int">} : (tensor<1x0xf32>) -> tensor<0x1xf32>
    %contiguous = fx.call_function aten.contiguous.default(%transpose) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "__main__._Call"]]>, fx.torch_fn = #fx.torch_fn<"contiguous.default_1", "OpOverload.contiguous.default">} : (tensor<0x1xf32>) -> tensor<0x1xf32>
    fx.output((%contiguous,)) : tensor<0x1xf32>
  }
}
