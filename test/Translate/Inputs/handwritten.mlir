// An fx graph module written by hand, not imported: no fx.program, weights
// as dense elements, custom metadata and a stack trace location; a buffer
// the graph does not use (no placeholder lifts it) is saved all the same.
fx.graph_module @model {
  fx.module_attr parameter @w : tensor<2xf32> = dense<[1.0, 2.0]> : tensor<2xf32>
  fx.module_attr buffer @count : tensor<2xsi64> = dense<[7, 9]> : tensor<2xsi64>
  fx.graph @forward {
    %p_w = fx.placeholder "p_w" {fx.input_spec = #fx.input_spec<parameter, "w">} : tensor<2xf32>
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %p_w) {fx.arg_names = ["self", "other"], fx.custom = #fx.dict<{"stage" = "head", "n" = 1 : i64}>, fx.torch_fn = #fx.torch_fn<"add_1", "method_descriptor.add">} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc(fused<"return x + self.w">["forward"("model.py":3:0)])
    %mul = fx.call_function aten.mul.Tensor(%add, 3) {fx.arg_names = ["self", "other"]} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output((%mul,)) : tensor<2xf32>
  }
}
