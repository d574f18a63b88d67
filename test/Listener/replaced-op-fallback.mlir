// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The replaced-op policy's fallback (NodeMetadata.h): an op that replaces
// nothing (test.assert is erased, its _assert_scalar feeds no replacement)
// under a driver that reports no pattern roots (walk, plain rewriter) gets
// the first-argument rule when the scope closes: nn_module_stack and custom
// from its first argument %c, torch_fn from its own target.
// RUN: fx-opt %s -test-fx-listener="driver=rewriter policy=replaced-op" --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=FALLBACK
// RUN: fx-opt %s -test-fx-listener="driver=walk policy=replaced-op" --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=FALLBACK
// Drivers that report the pattern's root give it the root's metadata and
// stack trace, as run_decompositions does.
// RUN: fx-opt %s -test-fx-listener="driver=greedy policy=replaced-op" --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=ROOT
// RUN: fx-opt %s -test-fx-listener="driver=op-greedy policy=replaced-op" --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=ROOT
// RUN: fx-opt %s -test-fx-listener="driver=conversion-no-rollback policy=replaced-op" --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=ROOT
// (Dialect conversion with rollback does not: replaced-op-erased-root.mlir.)

fx.graph_module @M {
  fx.graph @forward {
    %n = fx.placeholder "n" : !fx.sym_int<s0>
    %c = fx.call_function operator.ge(%n, 2) {fx.custom = #fx.dict<{"from" = "ge"}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___c", "c", "mod.C"]]>, fx.torch_fn = #fx.torch_fn<"ge_0", "builtin_function_or_method.ge">} : (!fx.sym_int<s0>) -> !fx.sym_bool loc("forward"("model.py":2:0))
    fx.call_function test.assert(%c) {name = "check", fx.custom = #fx.dict<{"from" = "assert"}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___a", "a", "mod.A"]]>, fx.torch_fn = #fx.torch_fn<"check_0", "builtin_function_or_method.check">} : (!fx.sym_bool) -> () loc("forward"("model.py":3:0))
    fx.output(%n) : !fx.sym_int<s0>
  }
}

// FALLBACK:      %_assert_scalar = fx.call_function aten._assert_scalar.default(%c, "check")
// FALLBACK-SAME:   {fx.custom = #fx.dict<{"from" = "ge"}>, fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___c", "c", "mod.C"]]>, fx.torch_fn = #fx.torch_fn<"_assert_scalar.default_0", "OpOverload._assert_scalar.default">}
// FALLBACK-SAME:   : (!fx.sym_bool) -> none

// ROOT:      %_assert_scalar = fx.call_function aten._assert_scalar.default(%c, "check")
// ROOT-SAME:   {fx.custom = #fx.dict<{"from" = "assert"}>, fx.nn_module_stack = #fx.nn_module_stack<{{\[}}["L__self___a", "a", "mod.A"]]>, fx.torch_fn = #fx.torch_fn<"check_0", "builtin_function_or_method.check">}
// ROOT-SAME:   : (!fx.sym_bool) -> none loc("forward"("model.py":3:0))
