// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// RUN: fx-translate --import-pt2 %S/Inputs/data_dependent.pt2 --mlir-print-local-scope | FileCheck %s
// RUN: fx-translate --import-pt2 %S/Inputs/data_dependent.pt2 | fx-translate --export-pt2-json | FileCheck %s --check-prefix=JSON

// indices = x.nonzero(); return indices.sum(), indices.shape[0] * 2 on a
// 3-element x. PyTorch: nonzero: i64[u0, 1]; sym_size_int_1: Sym(u0);
// ge: Sym(u0 >= 0) and le: Sym(u0 <= 3) feed _assert_scalar, which returns
// nothing; mul: Sym(2*u0) is an output; range constraints {u0: VR[0, 3]}.

// CHECK: fx.graph @forward attributes {fx.range_constraints = #fx.range_constraints<{u0 = [0, 3]}>}
// CHECK: %nonzero = fx.call_function aten.nonzero.default(%x) {{.*}} : (tensor<3xf32>) -> tensor<?x1xsi64, #fx.dims<[u0]>>
// CHECK: %sym_size_int_1 = fx.call_function aten.sym_size.int(%nonzero, 0) {{.*}} -> !fx.sym_int<u0>
// CHECK: %ge = fx.call_function operator.ge(%sym_size_int_1, 0) {{.*}} : (!fx.sym_int<u0>) -> !fx.sym_bool
// CHECK: fx.call_function aten._assert_scalar.default(%ge, "Runtime assertion failed for expression u0 >= 0 on node 'ge'") {fx.arg_names = ["self", "assert_msg"], {{.*}}name = "_assert_scalar_default"{{.*}}} : (!fx.sym_bool) -> (){{$}}
// CHECK: %mul = fx.call_function operator.mul(%sym_size_int_1, 2) {{.*}} -> !fx.sym_int<u0 * 2>
// CHECK: fx.output((%sum_1, %mul)) {{.*}} : tensor<si64>, !fx.sym_int<u0 * 2>

// The SymBools' expressions come back from the comparisons that compute them,
// in torch.export's sympy form.
// JSON: "sym_bool_values":{"ge":{"as_expr":{"expr_str":"GreaterThan(Symbol('u0', integer=True), Integer(0))","hint":null}},"le":{"as_expr":{"expr_str":"LessThan(Symbol('u0', integer=True), Integer(3))","hint":null}}}
