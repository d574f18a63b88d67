// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Malformed archives and program JSON (Inputs/malformed, written by
// utils/gen_pt2_fixtures.py from linear_relu) fail with an error naming the
// file and the JSON path, never a crash.

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/unknown-major-version.json 2>&1 | FileCheck %s --check-prefix=VERSION
// VERSION: unknown-major-version.json:0:0: error: unsupported schema version 99.20; fx-translate reads major version 8 (at $.schema_version.major)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/target-not-a-string.json 2>&1 | FileCheck %s --check-prefix=TYPE
// TYPE: target-not-a-string.json:0:0: error: expected a string (at $.graph_module.graph.nodes[0].target)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/dangling-name.json 2>&1 | FileCheck %s --check-prefix=DANGLING
// DANGLING: error: 'nowhere' names no node of the graph (at $.graph_module.graph.nodes[1].inputs[0].arg.as_tensor.name)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/cycle.json 2>&1 | FileCheck %s --check-prefix=CYCLE
// CYCLE: error: 'relu' is used before the node that defines it (the nodes are out of order or form a cycle) (at $.graph_module.graph.nodes[0].inputs[0].arg.as_tensor.name)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/kind-mismatch.json 2>&1 | FileCheck %s --check-prefix=KIND
// KIND: error: as_sym_int names 'linear', whose value is tensor<2x3xf32> (at $.graph_module.graph.nodes[1].inputs[0].arg.as_sym_int.as_name)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/missing-tensor-values.json 2>&1 | FileCheck %s --check-prefix=META
// META: error: no tensor_values entry for 'relu' (at $.graph_module.graph.nodes[1].outputs[0].as_tensor)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/bad-size-expr.json 2>&1 | FileCheck %s --check-prefix=EXPR
// EXPR: error: cannot read size expression 'Pow(Symbol('s0'), Integer(2))': unsupported size function 'Pow' (at $.graph_module.graph.tensor_values.x.sizes[0].as_expr.expr_str)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/size-expr-nested-deeply.json 2>&1 | FileCheck %s --check-prefix=EXPR-DEEP
// EXPR-DEEP: error: cannot read size expression '{{(Mul\(Integer\(2\), )+}}Mul(Inte...': expression nested too deeply (at $.graph_module.graph.tensor_values.x.sizes[0].as_expr.expr_str)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/unknown-dtype.json 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: error: unknown or unsupported dtype code 99 (at $.graph_module.graph.tensor_values.x.dtype)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/union-two-fields.json 2>&1 | FileCheck %s --check-prefix=UNION
// UNION: error: expected a union (an object with one field), got 2 fields (at $.graph_module.graph.outputs[0])

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/tensors-not-a-list.json 2>&1 | FileCheck %s --check-prefix=TENSORS
// TENSORS: tensors-not-a-list.json:0:0: error: expected an array (at $.graph_module.graph.nodes[0].outputs[0].as_tensors)

// JSON held in a string (custom metadata) is bounded like the document: it
// overflowed the stack when 300000 deep.
// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/custom-nested-deeply.json 2>&1 | FileCheck %s --check-prefix=CUSTOM
// CUSTOM: custom-nested-deeply.json:0:0: error: JSON nested deeper than 256 (at $.graph_module.graph.nodes[0].metadata.custom)

// 1e309 parses as infinity, which no JSON writer can write back.
// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/number-out-of-range.json 2>&1 | FileCheck %s --check-prefix=RANGE
// RANGE: number-out-of-range.json:0:0: error: number out of the range of a double (at $.schema_version.minor)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/signature-mismatch.json 2>&1 | FileCheck %s --check-prefix=SIGNATURE
// SIGNATURE: error: the signature has 2 input specs for 3 graph inputs (at $.graph_module.signature.input_specs)

// 100000 nested lists: rejected before any recursive parse.
// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/deeply-nested.json 2>&1 | FileCheck %s --check-prefix=DEEP
// DEEP: deeply-nested.json:0:0: error: JSON nested deeper than 256 (at $)

// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/not-json.json 2>&1 | FileCheck %s --check-prefix=SYNTAX
// SYNTAX: not-json.json:0:0: error: invalid JSON: [1:31, byte=31]: Expected object key (at $)

// RUN: not fx-translate --import-pt2 %S/Inputs/malformed/truncated.pt2 2>&1 | FileCheck %s --check-prefix=TRUNCATED
// TRUNCATED: truncated.pt2:0:0: error: not a readable zip archive: Not a zip archive

// RUN: not fx-translate --import-pt2 %S/Inputs/malformed/not-a-zip.pt2 2>&1 | FileCheck %s --check-prefix=NOTZIP
// NOTZIP: not-a-zip.pt2:0:0: error: not a readable zip archive

// A weight record shorter than its tensor: the error names the record and
// the weights config entry.
// RUN: not fx-translate --import-pt2 %S/Inputs/malformed/short-weight.pt2 2>&1 | FileCheck %s --check-prefix=WEIGHT
// WEIGHT: short-weight.pt2:linear_relu/data/weights/model_weights_config.json:0:0: error: data/weights/weight_1 holds 8 bytes, fc.bias needs 12 (at $.config.fc.bias.path_name)

// An archive is not program JSON, and the other way round.
// RUN: not fx-translate --import-pt2-json %S/Inputs/linear_relu.pt2 2>&1 | FileCheck %s --check-prefix=MIXED1
// MIXED1: error: invalid JSON
// RUN: not fx-translate --import-pt2 %S/Inputs/linear_relu.json 2>&1 | FileCheck %s --check-prefix=MIXED2
// MIXED2: error: not a readable zip archive

// An operator argument torch.export would not write (Inputs/malformed, from
// auto_functionalized): a name without `torch.ops.`; a second positional arg.
// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/unknown-operator.json 2>&1 | FileCheck %s --check-prefix=OPERATOR
// OPERATOR: unknown-operator.json:0:0: error: unsupported operator 'fx_mlir_test.scale_.default': expected torch.ops.namespace.op.overload (at $.graph_module.graph.nodes[1].inputs[0].arg.as_operator)
// RUN: not fx-translate --import-pt2-json %S/Inputs/malformed/operator-arity.json 2>&1 | FileCheck %s --check-prefix=ARITY
// ARITY: error: 'fx.call_function' op expects one positional arg, the operator it calls, got 2

// A negative size would print as `tensor<-3x4xf32>`, which MLIR cannot parse
// (found by CI's fx-fuzz-pt2); a size expression that is a negative constant
// likewise.
// RUN: sed 's/"x": {"dtype": 7, "sizes": \[{"as_int": 2}/"x": {"dtype": 7, "sizes": [{"as_int": -3}/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=NEGATIVE
// NEGATIVE: error: a tensor size cannot be negative, got -3 (at $.graph_module.graph.tensor_values.x.sizes[0])
// RUN: sed 's/"x": {"dtype": 7, "sizes": \[{"as_int": 2}/"x": {"dtype": 7, "sizes": [{"as_expr": {"expr_str": "Add(Integer(1), Integer(-3))", "hint": null}}/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=NEGATIVE-EXPR
// NEGATIVE-EXPR: error: a tensor size cannot be negative, got -2 (at $.graph_module.graph.tensor_values.x.sizes[0])
