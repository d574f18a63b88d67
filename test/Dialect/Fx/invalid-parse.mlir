// Every parse error of the fx syntax is a located diagnostic.
// RUN: fx-opt %s -split-input-file -verify-diagnostics

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a size symbol like 's0' or 'u0', got 'x0'}}
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[x0]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a size symbol like 's0' or 'u0', got 's'}}
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a size symbol like 's0' or 'u0', got 's1048576'}}
    %x = fx.placeholder "x" : !fx.sym_int<s1048576>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a size symbol like 's0' or 'u0', got 'u0x'}}
    %x = fx.placeholder "x" : !fx.sym_int<u0x>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{divisor must be an integer}}
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0 floordiv s1]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{divisor must be positive}}
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0 mod 0]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{divisor must be positive}}
    %x = fx.placeholder "x" : !fx.sym_int<s0 ceildiv -2>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{unbalanced '(' character in pretty dialect name}}
    %x = fx.placeholder "x" : !fx.sym_int<(s0 + 1>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{positional argument follows keyword argument}}
    %y = fx.call_function f(a = 1, 2) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{positional argument follows keyword argument}}
    %y = fx.call_function f("a" = 1, "b") : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{unknown torch constant 'torch.float99'}}
    %y = fx.call_function f(torch.float99) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{unknown torch constant 'torch.'}}
    %y = fx.call_function f([torch.]) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

// An operator needs a namespace, a name and an overload.
fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{operator name must be 'namespace.op.overload' or 'higher_order.name', got 'mylib.scale_'}}
    %y = fx.call_function f(torch.ops.mylib.scale_) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{operator name must be 'namespace.op.overload' or 'higher_order.name', got 'mylib.1op.default'}}
    %y = fx.call_function f(torch.ops.mylib.1op.default) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{operator name must be 'namespace.op.overload' or 'higher_order.name', got 'a.b.c.d'}}
    %y = "fx.call_function"() <{args = [#fx.operator<"a.b.c.d">], kwargs = #fx.dict<{}>, name = "y", target = "f"}> : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{unexpected 'true' in node arguments}}
    %y = fx.call_function f(true) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a number after '-', got 'True'}}
    %y = fx.call_function f(-True) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a number after '-'}}
    %y = fx.call_function f(--1) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{integer argument does not fit in 64 bits}}
    %y = fx.call_function f(9223372036854775808) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{integer argument does not fit in 64 bits}}
    %y = fx.call_function f(k = -9223372036854775809) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected floating point literal}}
    %y = fx.call_function f(:) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected string}}
    %y = fx.call_function f({k: 1}) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected string}}
    %y = fx.call_function f(torch.device(cpu)) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.unknown
    // expected-error @+1 {{a default value cannot reference a node}}
    %y = fx.placeholder "y" = [%x] : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{a node without a result needs a 'name' attribute}}
    fx.call_function aten._assert_scalar.default(True, "msg") : () -> ()
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : !fx.unknown
    // expected-error @+1 {{number of operands and types do not match: got 2 operands and 1 types}}
    %y = fx.call_function f(%x, %x) : (!fx.unknown) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-note @+1 {{prior use here}}
    %x = fx.placeholder "x" : !fx.unknown
    // expected-error @+1 {{use of value '%x' expects different type than prior uses: 'tensor<f32>' vs '!fx.unknown'}}
    %y = fx.call_function f(%x) : (tensor<f32>) -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected string}}
    %x = fx.placeholder x : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected '->' in function type}}
    %y = fx.call_function f() : () !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // A Python float needs a '.' before its exponent.
    // expected-error @+1 {{expected ')'}}
    %y = fx.call_function f(1e5) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected ','}}
    %y = fx.call_function f(slice(1, 2)) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a size expression}}
    %x = fx.placeholder "x" : tensor<?xf32, #fx.dims<[s0 + *]>>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a size symbol like 's0' or 'u0', got 'true'}}
    %x = fx.placeholder "x" : !fx.sym_int<-true>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{integer value too large}}
    %x = fx.placeholder "x" : !fx.sym_int<-9223372036854775809>
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{node 'name' must be a string, not 3 : i64}}
    %x = fx.placeholder "x" {name = 3} : !fx.unknown
    fx.output(None)
  }
}


// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected ','}}
    %y = fx.call_function f(complex(1.0)) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected floating point literal}}
    %y = fx.call_function f(complex(1.0, True)) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected a number after '-'}}
    %y = fx.call_function f(complex(--1.0, 0.0)) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected '('}}
    %y = fx.call_function f(complex) : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{expected ','}}
    %y = "fx.call_function"() <{args = [#fx.complex<1.0>], kwargs = #fx.dict<{}>, target = "f"}> : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

// A node's syntax places its target, args and kwargs (its properties): the
// attribute dictionary cannot give them a second time.
fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{custom op 'fx.call_function' attribute 'target' occurs more than once in the attribute list}}
    %y = fx.call_function f() {target = "g"} : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{custom op 'fx.call_method' attribute 'args' occurs more than once in the attribute list}}
    %y = fx.call_method size(None) {args = [], target = "g"} : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{custom op 'fx.call_module' attribute 'module_type' occurs more than once in the attribute list}}
    %y = fx.call_module sub "torch.nn.Linear"() {module_type = "torch.nn.ReLU"} : () -> !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{custom op 'fx.output' attribute 'kwargs' occurs more than once in the attribute list}}
    fx.output(None) {kwargs = #fx.dict<{}>}
  }
}

// -----

fx.graph_module @M {
  fx.graph @forward {
    // expected-error @+1 {{custom op 'fx.placeholder' attribute 'default_value' occurs more than once in the attribute list}}
    %x = fx.placeholder "x" = 1 {default_value = 2} : !fx.unknown
    fx.output(None)
  }
}

// -----

fx.graph_module @M {
  fx.module_attr parameter @w : tensor<2xf32>
  fx.graph @forward {
    // expected-error @+1 {{custom op 'fx.get_attr' attribute 'target' occurs more than once in the attribute list}}
    %w = fx.get_attr @w {target = @w} : tensor<2xf32>
    fx.output(None)
  }
}
