// Size expressions in any spelling parse to one canonical form, which prints
// back the same way.
// RUN: fx-opt %s | FileCheck %s
// RUN: fx-opt %s > %t.1 && fx-opt %t.1 > %t.2 && diff -u %t.1 %t.2

fx.graph_module @M {
  fx.graph @forward {
    // CHECK: tensor<?xf32, #fx.dims<[s0 * -3 + 4]>>
    %a = fx.placeholder "a" : tensor<?xf32, #fx.dims<[4 - s0 * 3]>>
    // CHECK: tensor<?xf32, #fx.dims<[s0 ceildiv 2 * 3]>>
    %b = fx.placeholder "b" : tensor<?xf32, #fx.dims<[(s0 ceildiv 2) * 3]>>
    // CHECK: tensor<?xf32, #fx.dims<[s0 - s1 mod 4]>>
    %c = fx.placeholder "c" : tensor<?xf32, #fx.dims<[s0 - (s1 mod 4)]>>
    // CHECK: tensor<?xf32, #fx.dims<[s0 * 2]>>
    %d = fx.placeholder "d" : tensor<?xf32, #fx.dims<[s0 + s0]>>
    // CHECK: tensor<?xf32, #fx.dims<[s0 * 6]>>
    %e = fx.placeholder "e" : tensor<?xf32, #fx.dims<[((s0 * 2)) * (3)]>>
    // CHECK: tensor<?xf32, #fx.dims<[-s0]>>
    %f = fx.placeholder "f" : tensor<?xf32, #fx.dims<[0 - s0]>>
    // CHECK: tensor<?xf32, #fx.dims<[s0]>>
    %g = fx.placeholder "g" : tensor<?xf32, #fx.dims<[--s0]>>
    // CHECK: tensor<?xf32, #fx.dims<[s0 - (s1 * 2 + 1)]>>
    %h = fx.placeholder "h" : tensor<?xf32, #fx.dims<[s0 - (s1 * 2 + 1)]>>
    // CHECK: !fx.sym_int<5>
    %i = fx.placeholder "i" : !fx.sym_int<2 + 3>
    // CHECK: !fx.sym_int<-(s0 * s1)>
    %j = fx.placeholder "j" : !fx.sym_int<-(s0 * s1)>
    fx.output(None)
  }
}
