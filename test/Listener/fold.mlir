// The greedy driver reports folds and the constants it materializes: under
// the replaced-op policy the constant takes the metadata of the op it
// replaces (generic propagation, as for any op of another dialect).
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=greedy policy=replaced-op" | FileCheck %s
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=op-greedy policy=replaced-op" | FileCheck %s
// Under the first-argument policy a constant has no argument to inherit from.
// RUN: fx-opt --mlir-print-local-scope %s -test-fx-listener="driver=greedy" | FileCheck %s --check-prefix=FIRST

fx.graph_module @M {
  fx.graph @forward {
    %c2 = arith.constant 2 : i64
    %c3 = arith.constant 3 : i64
    %sum = arith.addi %c2, %c3 {fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.custom = #fx.dict<{"k" = "v"}>} : i64
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    fx.output((%n, %sum)) : !fx.sym_int<s0>, i64
  }
}

// CHECK: arith.constant {fx.custom = #fx.dict<{"k" = "v"}>, fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___m", "m", "mod.M"]]>} 5 : i64
// CHECK-NOT: arith.addi
// FIRST: %{{.*}} = arith.constant 5 : i64
// FIRST-NOT: arith.addi
