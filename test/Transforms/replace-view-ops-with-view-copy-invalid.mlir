// RUN: fx-opt %s -verify-diagnostics -fx-replace-view-ops-with-view-copy

// A view whose input type is unknown: the copy's type cannot be inferred.
fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.unknown
    // expected-error@+1 {{could not infer the type of 'aten.view_copy.default' node 'view_copy'}}
    %view = fx.call_function aten.view.default(%x, [-1]) : (!fx.unknown) -> !fx.unknown
    fx.output(%view) : !fx.unknown
  }
}
