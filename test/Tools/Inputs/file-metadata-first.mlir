{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F00000040"
    }
  }
#-}
fx.graph_module @model {
  fx.module_attr parameter @w : tensor<2xf32> = dense_resource<w> : tensor<2xf32>
  fx.graph @forward {
    %p_w = fx.placeholder "p_w" {fx.input_spec = #fx.input_spec<parameter, "w">} : tensor<2xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %p_w) {fx.arg_names = ["self", "other"]} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    fx.output((%add,)) : tensor<2xf32>
  }
}
