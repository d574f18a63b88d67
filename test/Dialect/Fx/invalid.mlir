// Every verifier diagnostic of the fx dialect.
// RUN: fx-opt %s -split-input-file -verify-diagnostics

fx.graph_module @M {
  fx.graph @forward {
    // expected-note @+1 {{first used here}}
    %x = fx.placeholder "x" : !fx.unknown
    // expected-error @+1 {{'fx.placeholder' op duplicate node name 'x'}}
    %y = fx.placeholder "y" {name = "x"} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-note @+1 {{first used here}}
    fx.call_function f() {name = "n"} : () -> ()
    // expected-error @+1 {{'fx.call_function' op duplicate node name 'n'}}
    fx.call_function g() {name = "n"} : () -> ()
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-note @+1 {{first used here}}
    %output = fx.placeholder "x" : !fx.unknown
    // expected-error @+1 {{'fx.output' op duplicate node name 'output'}}
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.placeholder' op node name must not be empty}}
    %x = fx.placeholder "x" {name = ""} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_function' op node name must not be empty}}
    fx.call_function f() {name = ""} : () -> ()
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.output' op node name must not be empty}}
    fx.output(None) {name = ""}
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.placeholder' op target must not be empty}}
    %x = fx.placeholder "" : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_function' op target must not be empty}}
    %x = fx.call_function ""() : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.unknown
    // expected-error @+1 {{'fx.call_method' op target must not be empty}}
    %y = fx.call_method ""(%x) : (!fx.unknown) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_module' op target must not be empty}}
    %y = fx.call_module "" "torch.nn.Linear"() : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_module' op module type must not be empty}}
    %y = fx.call_module fc ""() : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_method' op call_method needs self as its first argument}}
    %y = fx.call_method view() : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.unknown
    // Keyword arguments do not provide self.
    // expected-error @+1 {{'fx.call_method' op call_method needs self as its first argument}}
    %y = fx.call_method view(self = %x) : (!fx.unknown) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_function' op has 2 results; a node has at most one (multiple outputs are a tuple)}}
    %y:2 = fx.call_function f() {name = "y"} : () -> (!fx.unknown, !fx.unknown)
    fx.output(None)
  }
}

// -----

// Metadata.

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.torch_fn' must be an #fx.torch_fn, got "add"}}
    %x = fx.placeholder "x" {fx.torch_fn = "add"} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.nn_module_stack' must be an #fx.nn_module_stack, got [["k", "p", "t"]]}}
    %x = fx.placeholder "x" {fx.nn_module_stack = [["k", "p", "t"]]} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.custom' must be an #fx.dict, got {a = 1 : i64}}}
    %x = fx.placeholder "x" {fx.custom = {a = 1}} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.source_fn_stack' must be an #fx.source_fn_stack, got "relu,torch.relu"}}
    %x = fx.placeholder "x" {fx.source_fn_stack = "relu,torch.relu"} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.seq_nr' must be an i64 integer, got 3 : i32}}
    %x = fx.placeholder "x" {fx.seq_nr = 3 : i32} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.original_aten' must be an #fx.operator, got "aten.t.default"}}
    %x = fx.placeholder "x" {fx.original_aten = "aten.t.default"} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{source_fn_stack entry must be [name, target], got 3 fields}}
    %x = fx.placeholder "x" {fx.source_fn_stack = #fx.source_fn_stack<[["relu", "torch.relu", "x"]]>} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{source_fn_stack field "a,b" holds ',' or ';', the .pt2 separators}}
    %x = fx.placeholder "x" {fx.source_fn_stack = #fx.source_fn_stack<[["a,b", "torch.relu"]]>} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{source_fn_stack field "torch.relu;x" holds ',' or ';', the .pt2 separators}}
    %x = fx.placeholder "x" {fx.source_fn_stack = #fx.source_fn_stack<[["relu", "torch.relu;x"]]>} : !fx.unknown
    fx.output(None)
  }
}

// -----

// expected-error @+1 {{unknown fx metadata 'fx.stack_trace'}}
func.func @f() attributes {fx.stack_trace = "  File \"x.py\", line 1, in f\n"} {
  return
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{nn_module_stack entry must be [key, path, type], got 2 fields}}
    %x = fx.placeholder "x" {fx.nn_module_stack = #fx.nn_module_stack<[["k", "p"]]>} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{nn_module_stack entry must be [key, path, type], got 4 fields}}
    %x = fx.placeholder "x" {fx.nn_module_stack = #fx.nn_module_stack<[["a", "b", "c"], ["k", "p", "t", "u"]]>} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected string}}
    %x = fx.placeholder "x" {fx.nn_module_stack = #fx.nn_module_stack<[["k", "p", 1]]>} : !fx.unknown
    fx.output(None)
  }
}

// -----

// Graph structure.

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.output' op must be the last node of its graph}}
    fx.output(None)
    %x = fx.placeholder "x" : !fx.unknown
    fx.output(None) {name = "output_1"}
  }
}

// -----

fx.graph_module @M {
  // expected-error @+1 {{'fx.graph' op graph 'forward' must end with an 'fx.output' node}}
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.unknown
  }
}

// -----

fx.graph_module @M {
  // expected-error @+1 {{'fx.graph' op graph 'forward' must end with an 'fx.output' node}}
  fx.graph @forward {
  }
}

// -----

fx.graph_module @M {
  // expected-error @+1 {{'fx.graph' op graph 'forward' cannot have block arguments; its inputs are 'fx.placeholder' nodes}}
  fx.graph @forward {
  ^bb0(%a: i32):
    fx.output(%a) : i32
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_function' op uses node 'b', which is defined after it (in node 'a')}}
    %a = fx.call_function f(%b) : (!fx.unknown) -> !fx.unknown
    // expected-note @+1 {{defined here}}
    %b = fx.placeholder "b" : !fx.unknown
    fx.output(%a) : !fx.unknown
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+2 {{'fx.call_function' op uses node 'a', which is defined after it (in node 'a')}}
    // expected-note @+1 {{defined here}}
    %a = fx.call_function f(%a) : (!fx.unknown) -> !fx.unknown
    fx.output(%a) : !fx.unknown
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.call_function' op uses a value, which is defined after it (in node 'a')}}
    %a = fx.call_function f(%c) : (index) -> !fx.unknown
    // expected-note @+1 {{defined here}}
    %c = arith.constant 0 : index
    fx.output(%a) : !fx.unknown
  }
}

// -----

// expected-error @+1 {{'fx.graph_module' op graph module 'M' has no 'fx.graph'}}
fx.graph_module @M {
  fx.module_attr parameter @w : tensor<f32>
}

// -----

// expected-error @+1 {{'fx.graph_module' op graph module 'M' has no 'fx.graph'}}
fx.graph_module @M {
}

// -----

fx.graph_module @M {
  // expected-note @+1 {{first graph here}}
  fx.graph @forward {
    fx.output(None)
  }
  // expected-error @+1 {{'fx.graph' op is a second graph in graph module 'M'}}
  fx.graph @backward {
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    fx.output(None)
  }
  // expected-error @+1 {{'func.func' op cannot be in an 'fx.graph_module'; expected fx.graph, fx.graph_module or fx.module_attr}}
  func.func @f() {
    return
  }
}

// -----

fx.graph_module @M {
  // expected-note @+1 {{see existing symbol definition here}}
  fx.graph @forward {
    fx.output(None)
  }
  // expected-error @+1 {{redefinition of symbol named 'forward'}}
  fx.graph_module @forward {
    fx.graph @forward {
      fx.output(None)
    }
  }
}

// -----

// expected-error @+1 {{'fx.graph' op expects parent op 'fx.graph_module'}}
fx.graph @forward {
  fx.output(None)
}

// -----

func.func @f() {
  // expected-error @+1 {{'fx.output' op expects parent op 'fx.graph'}}
  fx.output(None)
  return
}

// -----

// get_attr

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.get_attr' op 'w' names nothing in graph module 'M'}}
    %w = fx.get_attr @w : tensor<f32>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.get_attr' op 'forward' is a graph, not a module attribute or module}}
    %w = fx.get_attr @forward : !fx.graph_module
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.module_attr buffer @b : tensor<2xf32>
  fx.graph @forward {
    // expected-error @+1 {{'fx.get_attr' op type 'tensor<3xf32>' differs from buffer 'b' of type 'tensor<2xf32>'}}
    %b = fx.get_attr @b : tensor<3xf32>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{'fx.get_attr' op names the graph module 'sub', so its type must be !fx.graph_module}}
    %sub = fx.get_attr @sub : !fx.unknown
    fx.output(None)
  }
  fx.graph_module @sub {
    fx.graph @forward {
      fx.output(None)
    }
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // A nested module's attributes are not the module's own.
    // expected-error @+1 {{'fx.get_attr' op 'w' names nothing in graph module 'M'}}
    %w = fx.get_attr @w : tensor<f32>
    fx.output(None)
  }
  fx.graph_module @sub {
    fx.module_attr parameter @w : tensor<f32>
    fx.graph @forward {
      fx.output(None)
    }
  }
}

// -----

func.func @f() {
  // expected-error @+1 {{'fx.get_attr' op must be inside an 'fx.graph_module'}}
  %w = fx.get_attr @w : tensor<f32>
  return
}

// -----

// Types.

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{#fx.dims has 1 sizes but the tensor has 2 dynamic dims}}
    %x = fx.placeholder "x" : tensor<?x?xf32, #fx.dims<[s0]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{#fx.dims has 1 sizes but the tensor has 0 dynamic dims}}
    %x = fx.placeholder "x" : tensor<2xf32, #fx.dims<[s0]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{#fx.dims size 3 is a constant; write it in the shape}}
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[3]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // Folds to a constant.
    // expected-error @+1 {{#fx.dims size 2 is a constant; write it in the shape}}
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0 - s0 + 2]>>
    fx.output(None)
  }
}

// -----

// Args and kwargs, in the generic form.

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    %x = "fx.placeholder"() <{name = "x", target = "x"}> : () -> !fx.unknown
    // expected-error @+1 {{'fx.call_function' op args and kwargs reference 1 nodes but the op has 2 operands}}
    %y = "fx.call_function"(%x, %x) <{args = [#fx.node], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : (!fx.unknown, !fx.unknown) -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    %x = "fx.placeholder"() <{name = "x", target = "x"}> : () -> !fx.unknown
    // expected-error @+1 {{'fx.call_function' op args and kwargs reference 2 nodes but the op has 1 operands}}
    %y = "fx.call_function"(%x) <{args = [#fx.node], kwargs = #fx.dict<{"k" = [#fx.node]}>, name = "y", target = "f"}> : (!fx.unknown) -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    %x = "fx.placeholder"() <{name = "x", target = "x"}> : () -> !fx.unknown
    // expected-error @+1 {{'fx.output' op args and kwargs reference 3 nodes but the op has 1 operands}}
    "fx.output"(%x) <{args = [#fx.slice<#fx.node, #fx.node, #fx.node>], kwargs = #fx.dict<{}>, name = "output"}> : (!fx.unknown) -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op integer argument must be i64, got 1 : i32}}
    %y = "fx.call_function"() <{args = [1 : i32], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op integer argument must be i64, got 1 : index}}
    %y = "fx.call_function"() <{args = [[1 : index]], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op float argument must be f64, got 1.500000e+00 : f32}}
    %y = "fx.call_function"() <{args = [], kwargs = #fx.dict<{"k" = 1.5 : f32}>, name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op unsupported argument value unit}}
    %y = "fx.call_function"() <{args = [#fx.tuple<[unit]>], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op unsupported argument value dense<1> : tensor<2xi64>}}
    %y = "fx.call_function"() <{args = [#fx.slice<#fx.none, dense<1> : tensor<2xi64>, #fx.none>], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op unsupported argument value {a = 1 : i64}}}
    %y = "fx.call_function"() <{args = [#fx.dict<{"d" = {a = 1}}>], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op unsupported argument value #fx.dims<[s0]>}}
    %y = "fx.call_function"() <{args = [#fx.dims<[s0]>], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.placeholder' op default value cannot reference a node}}
    %x = "fx.placeholder"() <{default_value = [#fx.node], name = "x", target = "x"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.placeholder' op unsupported argument value @sym}}
    %x = "fx.placeholder"() <{default_value = @sym, name = "x", target = "x"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.call_function' op requires attribute 'kwargs'}}
    %y = "fx.call_function"() <{args = [], name = "y", target = "f"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{expected string}}
func.func @f() attributes {x = #fx.dict<{1 = 2}>} {
  return
}

// -----

"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.placeholder' op has a discardable attribute 'name'; the node name is a property}}
    %x = "fx.placeholder"() <{name = "x", target = "x"}> {name = "y"} : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

// The node name is a property: the generic form gives it in `<{...}>`, and
// without it the node has an empty name.
"fx.graph_module"() <{sym_name = "M"}> ({
  "fx.graph"() <{sym_name = "forward"}> ({
    // expected-error @+1 {{'fx.placeholder' op node name must not be empty}}
    %x = "fx.placeholder"() <{target = "x"}> : () -> !fx.unknown
    "fx.output"() <{args = [#fx.none], kwargs = #fx.dict<{}>, name = "output"}> : () -> ()
  }) : () -> ()
}) : () -> ()
