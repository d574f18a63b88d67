// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// XFAIL: *
// Known bug: a graph whose output is a list keeps a list with the token
// appended, `[%neg, %y, %dep_token1]`. PyTorch's
// _FunctionalizeSideEffectfulOpsPass.output returns `(*results, dep_token)`,
// a tuple whatever results was: on make_fx's graph of `return [neg(y), y]`,
// torch 2.13 gives `return (neg, y_1, dep_token1)`.
// RUN: fx-opt %s -fx-functionalize-side-effects | FileCheck %s

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2xi1>
    %y = fx.placeholder "y" : tensor<2xf32>
    fx.call_function aten._assert_async.msg(%x, "first") {name = "_assert_async"} : (tensor<2xi1>) -> ()
    %neg = fx.call_function aten.neg.default(%y) : (tensor<2xf32>) -> tensor<2xf32>
    fx.output([%neg, %y]) : tensor<2xf32>, tensor<2xf32>
  }
}

// CHECK: fx.output((%neg, %y, %dep_token1)) : tensor<2xf32>, tensor<2xf32>, tensor<f32>
