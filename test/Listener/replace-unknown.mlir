// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Replacing a node whose value is `!fx.unknown` by nodes the listener types:
// the users get the typed value under every driver. Under dialect conversion
// the driver casts the replacement back to `!fx.unknown` for the replaced
// node's users; the listener makes that cast an identity the driver folds.
// RUN: fx-opt %s -test-fx-listener=driver=greedy | FileCheck %s
// RUN: fx-opt %s -test-fx-listener=driver=op-greedy | FileCheck %s
// RUN: fx-opt %s -test-fx-listener=driver=walk | FileCheck %s
// RUN: fx-opt %s -test-fx-listener=driver=conversion | FileCheck %s
// RUN: fx-opt %s -test-fx-listener=driver=conversion-no-rollback | FileCheck %s
// RUN: fx-opt %s -test-fx-listener=driver=rewriter | FileCheck %s
// Without inference the replacement stays unknown and nothing is cast.
// RUN: fx-opt %s "-test-fx-listener=driver=conversion infer-types=false" | FileCheck %s --check-prefix=NOINFER

// CHECK-LABEL: fx.graph_module @M
// CHECK:      %add = fx.call_function aten.add.Tensor(%a, %neg)
// CHECK-SAME:   : (tensor<2x3xf32>, tensor<3xf16>) -> tensor<2x3xf32>
// CHECK-NEXT: %relu = fx.call_function aten.relu.default(%add) : (tensor<2x3xf32>) -> !fx.unknown
// CHECK-NEXT: fx.output((%relu, %add)) : !fx.unknown, tensor<2x3xf32>
// CHECK-NOT:  unrealized_conversion_cast
// NOINFER:      %relu = fx.call_function aten.relu.default(%add) : (!fx.unknown) -> !fx.unknown
// NOINFER-NEXT: fx.output((%relu, %add)) : !fx.unknown, !fx.unknown
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2x3xf32>
    %b = fx.placeholder "b" : tensor<3xf16>
    %sub = fx.call_function aten.sub.Tensor(%a, %b) : (tensor<2x3xf32>, tensor<3xf16>) -> !fx.unknown
    %relu = fx.call_function aten.relu.default(%sub) : (!fx.unknown) -> !fx.unknown
    fx.output((%relu, %sub)) : !fx.unknown, !fx.unknown
  }
}
