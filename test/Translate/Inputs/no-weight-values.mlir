// A lifted parameter with no value: its program JSON can be written, its
// archive cannot.
fx.graph_module @model {
  fx.module_attr parameter @w : tensor<2xf32>
  fx.graph @forward {
    %p_w = fx.placeholder "p_w" {fx.input_spec = #fx.input_spec<parameter, "w">} : tensor<2xf32>
    fx.output((%p_w,)) : tensor<2xf32>
  }
}
