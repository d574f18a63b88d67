// RUN: fx-opt %s -split-input-file -verify-diagnostics -fx-functionalize-side-effects

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.unknown
    // expected-error@+1 {{cannot functionalize 'aten._assert_async.msg': its operand must be one tensor of known type}}
    fx.call_function aten._assert_async.msg(%x, "msg") {name = "_assert_async"} : (!fx.unknown) -> ()
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<i1>
    fx.output(None)
  }
  fx.graph_module @sub {
    fx.graph @forward {
      %z = fx.placeholder "z" : tensor<i1>
      // expected-warning@+1 {{'aten._assert_async.msg' in a nested graph module is not functionalized}}
      fx.call_function aten._assert_async.msg(%z, "nested") {name = "_assert_async"} : (tensor<i1>) -> ()
      fx.output(%z) : tensor<i1>
    }
  }
}
