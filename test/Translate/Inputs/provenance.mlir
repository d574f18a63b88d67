// A graph for the viewers' provenance tests, to run through
// --fx-export-pipeline: fx-decompose makes addmm and permute
// of linear, fx-replace-view-ops-with-view-copy makes permute_copy of that
// permute and view_copy of view, fx-functionalize-in-place-ops makes relu of
// relu_. The neg's from_node is what PyTorch's GraphTransformObserver leaves
// on a node one pass created and a later one used to replace sub: two
// entries, the newest last.
#fc = #fx.nn_module_stack<[["L__self__", "", "Net"], ["L__self___fc", "fc", "torch.nn.modules.linear.Linear"]]>
#net = #fx.nn_module_stack<[["L__self__", "", "Net"]]>
fx.graph_module @Net {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x3xf32>
    %w = fx.placeholder "w" : tensor<4x3xf32>
    %b = fx.placeholder "b" : tensor<4xf32>
    %linear = fx.call_function aten.linear.default(%x, %w, %b) {fx.nn_module_stack = #fc} : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
    %relu_ = fx.call_function aten.relu_.default(%linear) {fx.nn_module_stack = #net} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %view = fx.call_function aten.view.default(%relu_, [-1]) {fx.nn_module_stack = #net} : (tensor<2x4xf32>) -> tensor<8xf32>
    %neg = fx.call_function aten.neg.default(%view) {fx.nn_module_stack = #net, fx.from_node = [#fx.node_source<name = "", target = "", graph_id = -1, pass_name = "trace_pass", action = "create", from_node = []>, #fx.node_source<name = "sub", target = "aten.sub.Tensor", graph_id = 3, pass_name = "replace_sub<\"&\">", action = "replace", from_node = []>]} : (tensor<8xf32>) -> tensor<8xf32>
    %abs = fx.call_function aten.abs.default(%neg) {fx.nn_module_stack = #net} : (tensor<8xf32>) -> tensor<8xf32>
    fx.output((%abs,)) : tensor<8xf32>
  }
}
