// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// REQUIRES: torch
// fx-translate reads program JSON with simdjson. Where JSON leaves a reading
// open, it reads as torch.export.load does (Inputs/torch_read_program.py runs
// PyTorch's own reader); what LLVM's parser read and JSON does not is refused
// with its position and JSON path.

// RUN: rm -rf %t && mkdir %t

// A repeated key: the last one wins, as in Python's json.loads: of a field,
// in a union, in a table of values, in JSON kept verbatim.
// RUN: sed -e 's/"torch_version": "2.13.0+cpu"/"torch_version": "first", "torch_version": "last"/' \
// RUN:     -e 's/"target": "torch.ops.aten.linear.default"/"target": "torch.ops.aten.mm.default", &/' \
// RUN:     -e 's/"outputs": \[{"as_tensor": {"name": "relu"}}\], "nodes"/"outputs": [{"as_tensor": {"name": "linear"}, "as_tensor": {"name": "relu"}}], "nodes"/' \
// RUN:     -e 's/}}, "sym_int_values"/}, "x": {"dtype": 7, "sizes": [{"as_int": 5}, {"as_int": 4}], "requires_grad": false, "device": {"type": "cpu"}, "strides": [{"as_int": 4}, {"as_int": 1}], "storage_offset": {"as_int": 0}, "layout": 7}}, "sym_int_values"/' \
// RUN:     %S/Inputs/linear_relu.json > %t/repeated.json
// RUN: fx-translate --import-pt2-json %t/repeated.json | FileCheck %s --check-prefix=REPEATED
// RUN: %python %S/Inputs/torch_read_program.py %t/repeated.json -- torch_version graph_module.graph.nodes.0.target graph_module.graph.outputs.0 graph_module.graph.tensor_values.x.sizes | FileCheck %s --check-prefix=REPEATED-TORCH
// REPEATED: "torch_version" = "last"
// REPEATED: %x = fx.placeholder "x" {{.*}} : tensor<5x4xf32>
// REPEATED: fx.call_function aten.linear.default(
// REPEATED: fx.output((%relu,))
// REPEATED-TORCH: 'last'
// REPEATED-TORCH-NEXT: 'torch.ops.aten.linear.default'
// REPEATED-TORCH-NEXT: Argument(as_tensor=TensorArgument(name='relu'))
// REPEATED-TORCH-NEXT: [SymInt(as_int=5), SymInt(as_int=4)]

// Numbers. A float argument reads as PyTorch reads it (-0 is 0.0, -0.0 keeps
// its sign). JSON kept verbatim reads as json.loads reads it: a number written
// as an integer is i64, any other f64 (-0.0, 1e3 and 1e-400 stay floats;
// json.loads gives [0, -0.0, 1000.0, 2.5, 9223372036854775808,
// 9.223372036854776e+18, 0.0, 'a\x00b']); an integer beyond int64, a Python
// int, is as wide as it needs (i128).
// RUN: sed 's/"inputs": \[{"name": "self", "arg": {"as_tensor": {"name": "linear"}}, "kind": 1}\]/"inputs": [{"name": "self", "arg": {"as_tensor": {"name": "linear"}}, "kind": 1}, {"name": "alpha", "arg": {"as_float": -0.0}, "kind": 2}, {"name": "beta", "arg": {"as_float": -0}, "kind": 2}]/' \
// RUN:     %S/Inputs/linear_relu.json > %t/float-args.json
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": [-0, -0.0, 1e3, 2.5, 9223372036854775808, 9.223372036854775808e18, 1e-400, "a\\u0000b"]/' \
// RUN:     %t/float-args.json | fx-translate --import-pt2-json | FileCheck %s --check-prefix=NUMBERS
// RUN: %python %S/Inputs/torch_read_program.py %t/float-args.json -- graph_module.graph.nodes.1.inputs.1.arg graph_module.graph.nodes.1.inputs.2.arg | FileCheck %s --check-prefix=NUMBERS-TORCH
// NUMBERS: "torch_version" = [0, -0.000000e+00, 1.000000e+03, 2.500000e+00, 9223372036854775808 : i128, 9.2233720368547758E+18, 0.000000e+00, "a\00b"]
// NUMBERS: aten.relu.default(%linear, alpha = -0.0, beta = 0.0)
// NUMBERS-TORCH: Argument(as_float=-0.0)
// NUMBERS-TORCH-NEXT: Argument(as_float=0.0)

// A schema integer written as a double with an integral value reads as that
// integer (LLVM's JSON DOM read `2.0` and `4e0` as sizes too); 2^63 written as
// a double is beyond int64 and refused at its path.
// RUN: sed 's/"sizes": \[{"as_int": 2}, {"as_int": 4}\]/"sizes": [{"as_int": 2.0}, {"as_int": 4e0}]/' \
// RUN:     %S/Inputs/linear_relu.json | fx-translate --import-pt2-json | FileCheck %s --check-prefix=INTEGRAL
// RUN: sed 's/"sizes": \[{"as_int": 2}, {"as_int": 4}\]/"sizes": [{"as_int": 9.223372036854775808e18}, {"as_int": 4}]/' \
// RUN:     %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=TWO-TO-63
// INTEGRAL: %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2x4xf32>
// TWO-TO-63: error: expected a 64-bit integer (at $.graph_module.graph.tensor_values.x.sizes[0].as_int)

// Text LLVM's parser read and JSON does not, at its line and column: a
// number with a leading zero, a plus sign or no digit before the point (which
// PyTorch refuses too), an integer beyond 64 bits and an unpaired UTF-16
// surrogate (which PyTorch reads as a Python int and a str, and LLVM read as a
// double and U+FFFD).
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": 01/' %S/Inputs/linear_relu.json > %t/leading-zero.json
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": [true, +1]/' %S/Inputs/linear_relu.json > %t/plus.json
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": {"a": .5}/' %S/Inputs/linear_relu.json > %t/point.json
// RUN: not fx-translate --import-pt2-json %t/plus.json 2>&1 | FileCheck %s --check-prefix=PLUS
// RUN: not fx-translate --import-pt2-json %t/point.json 2>&1 | FileCheck %s --check-prefix=POINT
// PLUS: error: invalid JSON: [1:3765, byte=3764]: '+1' is not a JSON number (at $.torch_version[1])
// POINT: error: invalid JSON: [1:3764, byte=3763]: '.5' is not a JSON number (at $.torch_version.a)
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": 18446744073709551616/' %S/Inputs/linear_relu.json > %t/big-integer.json
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": "\\ud800"/' %S/Inputs/linear_relu.json > %t/surrogate.json
// RUN: not fx-translate --import-pt2-json %t/leading-zero.json 2>&1 | FileCheck %s --check-prefix=LEADING-ZERO
// RUN: not fx-translate --import-pt2-json %t/big-integer.json 2>&1 | FileCheck %s --check-prefix=BIG-INTEGER
// RUN: not fx-translate --import-pt2-json %t/surrogate.json 2>&1 | FileCheck %s --check-prefix=SURROGATE
// LEADING-ZERO: leading-zero.json:0:0: error: invalid JSON: [1:3758, byte=3757]: '01' is not a JSON number (at $.torch_version)
// BIG-INTEGER: big-integer.json:0:0: error: invalid JSON: [1:3758, byte=3757]: integer 18446744073709551616 is beyond the range of 64 bits (at $.torch_version)
// SURROGATE: surrogate.json:0:0: error: invalid JSON: [1:3758, byte=3757]: a string with an unpaired UTF-16 surrogate escape (at $.torch_version)

// Errors LLVM's parser locates keep its message: invalid UTF-8, a control
// character (a NUL) in a string, a NUL after the document, a byte order mark
// (which simdjson 3.6 and later skip). PyTorch refuses each of them.
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": "\xff"/' %S/Inputs/linear_relu.json > %t/utf8.json
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": "a\x00"/' %S/Inputs/linear_relu.json > %t/control.json
// RUN: printf '\0' | cat %S/Inputs/linear_relu.json - > %t/nul-after.json
// RUN: printf '\xef\xbb\xbf' | cat - %S/Inputs/linear_relu.json > %t/bom.json
// RUN: not fx-translate --import-pt2-json %t/utf8.json 2>&1 | FileCheck %s --check-prefix=UTF8
// RUN: not fx-translate --import-pt2-json %t/control.json 2>&1 | FileCheck %s --check-prefix=CONTROL
// RUN: not fx-translate --import-pt2-json %t/nul-after.json 2>&1 | FileCheck %s --check-prefix=NUL-AFTER
// RUN: not fx-translate --import-pt2-json %t/bom.json 2>&1 | FileCheck %s --check-prefix=BOM
// UTF8: utf8.json:0:0: error: invalid JSON: [1:3758, byte=3758]: Invalid UTF-8 sequence (at $)
// CONTROL: control.json:0:0: error: invalid JSON: [1:3760, byte=3760]: Control character in string (at $)
// NUL-AFTER: nul-after.json:0:0: error: invalid JSON: [1:3789, byte=3789]: Text after end of document (at $)
// BOM: bom.json:0:0: error: invalid JSON: [1:1, byte=1]: Invalid JSON value (at $)

// RUN: %python %S/Inputs/torch_read_program.py %t/leading-zero.json %t/plus.json %t/point.json %t/big-integer.json %t/surrogate.json %t/utf8.json %t/control.json %t/nul-after.json %t/bom.json -- torch_version | FileCheck %s --check-prefix=REFUSED-TORCH
// REFUSED-TORCH: refused: JSONDecodeError
// REFUSED-TORCH-NEXT: refused: JSONDecodeError
// REFUSED-TORCH-NEXT: refused: JSONDecodeError
// REFUSED-TORCH-NEXT: 18446744073709551616
// REFUSED-TORCH-NEXT: '\ud800'
// REFUSED-TORCH-NEXT: refused: UnicodeDecodeError
// REFUSED-TORCH-NEXT: refused: JSONDecodeError
// REFUSED-TORCH-NEXT: refused: JSONDecodeError
// REFUSED-TORCH-NEXT: refused: JSONDecodeError

// The position counts lines; a key is located at its object.
// RUN: printf '{"schema_version":\n  {"major": 8, "minor": 020}}' | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=POSITION
// RUN: printf '{"schema_version":\n  {"major": 8, "\\udc00": 0}}' | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=KEY
// POSITION: error: invalid JSON: [2:25, byte=43]: '020' is not a JSON number (at $.schema_version.minor)
// KEY: error: invalid JSON: [2:16, byte=34]: a string with an unpaired UTF-16 surrogate escape (at $.schema_version)

// In JSON held in a string (custom metadata), the path goes on inside it.
// RUN: sed 's/"torch_fn": "relu_1;builtin_function_or_method.relu"/&, "custom": "{\\"a\\": [0, 1e999]}"/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=CUSTOM
// CUSTOM: error: number out of the range of a double (at $.graph_module.graph.nodes[1].metadata.custom.a[1])

// from_node is bounded like any JSON: 100000 nested lists overflowed the
// stack of LLVM's parser. Its syntax errors say what it is.
// RUN: %python -c "import sys; sys.stdout.write(open(sys.argv[1]).read().replace('relu_1;builtin_function_or_method.relu' + chr(34), 'relu_1;builtin_function_or_method.relu' + chr(34) + ', ' + chr(34) + 'from_node' + chr(34) + ': ' + chr(34) + '[' * 100000 + ']' * 100000 + chr(34)))" %S/Inputs/linear_relu.json > %t/from-node-deep.json
// RUN: not fx-translate --import-pt2-json %t/from-node-deep.json 2>&1 | FileCheck %s --check-prefix=FROM-NODE-DEEP
// RUN: sed 's/"torch_fn": "relu_1;builtin_function_or_method.relu"/&, "from_node": "[{"/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=FROM-NODE-SYNTAX
// FROM-NODE-DEEP: from-node-deep.json:0:0: error: JSON nested deeper than 256 (at $.graph_module.graph.nodes[1].metadata.from_node)
// FROM-NODE-SYNTAX: error: from_node is not JSON: [1:2, byte=2]: Expected object key (at $.graph_module.graph.nodes[1].metadata.from_node)

// The depth bound is exact: a value inside 256 containers (a dict, then
// lists) is read, inside 257 refused, by simdjson and by the json.loads
// reader alike (NaN).
// RUN: for n in 256 257; do for v in 1 NaN; do %python -c "import sys, json; sys.stdout.write(open(sys.argv[1]).read().replace('relu_1;builtin_function_or_method.relu' + chr(34), 'relu_1;builtin_function_or_method.relu' + chr(34) + ', ' + chr(34) + 'custom' + chr(34) + ': ' + json.dumps('{\"a\": ' + '[' * ($n - 1) + '$v' + ']' * ($n - 1) + '}')))" %S/Inputs/linear_relu.json > %t/custom-$n-$v.json; done; done
// RUN: fx-translate --import-pt2-json %t/custom-256-1.json | FileCheck %s --check-prefix=DEPTH-256
// RUN: fx-translate --import-pt2-json %t/custom-256-NaN.json | FileCheck %s --check-prefix=DEPTH-256-NAN
// RUN: not fx-translate --import-pt2-json %t/custom-257-1.json 2>&1 | FileCheck %s --check-prefix=DEPTH-257
// RUN: not fx-translate --import-pt2-json %t/custom-257-NaN.json 2>&1 | FileCheck %s --check-prefix=DEPTH-257
// DEPTH-256: fx.custom = #fx.dict<{"a" = {{\[+}}1{{\]+}}}>
// DEPTH-256-NAN: fx.custom = #fx.dict<{"a" = {{\[+}}0x7FF8000000000000 : f64{{\]+}}}>
// DEPTH-257: error: JSON nested deeper than 256 (at $.graph_module.graph.nodes[1].metadata.custom)
// The same bound on the program itself, where no other reader steps in: a
// top-level key it keeps verbatim, its value in 255 lists, then 256.
// RUN: for n in 255 256; do %python -c "import sys; t = open(sys.argv[1]).read(); sys.stdout.write('{' + chr(34) + 'deep' + chr(34) + ': ' + '[' * $n + '1' + ']' * $n + ', ' + t[1:])" %S/Inputs/linear_relu.json > %t/deep-$n.json; done
// RUN: fx-translate --import-pt2-json %t/deep-255.json | FileCheck %s --check-prefix=DEEP-255
// RUN: not fx-translate --import-pt2-json %t/deep-256.json 2>&1 | FileCheck %s --check-prefix=DEEP-256
// DEEP-255: "deep" = {{\[+}}1{{\]+}}
// DEEP-256: deep-256.json:0:0: error: JSON nested deeper than 256 (at $)

// The depth bound skips strings, to the quote after an even run of
// backslashes: 300 brackets inside a string are no nesting, in text simdjson
// reads and in custom text only the json.loads reader reads (NaN).
// RUN: %python -c "import sys; sys.stdout.write(open(sys.argv[1]).read().replace(chr(34) + '2.13.0+cpu' + chr(34), chr(34) + chr(92) * 3 + chr(34) + '[' * 300 + chr(92) * 2 + chr(34)))" %S/Inputs/linear_relu.json | fx-translate --import-pt2-json --mlir-print-local-scope | FileCheck %s --check-prefix=BRACKETS
// RUN: %python -c "import sys, json; sys.stdout.write(open(sys.argv[1]).read().replace('relu_1;builtin_function_or_method.relu' + chr(34), 'relu_1;builtin_function_or_method.relu' + chr(34) + ', ' + chr(34) + 'custom' + chr(34) + ': ' + json.dumps(json.dumps({'a': chr(92) + chr(34) + '[' * 300 + chr(92), 'b': float('nan')}))))" %S/Inputs/linear_relu.json | fx-translate --import-pt2-json | FileCheck %s --check-prefix=BRACKETS-NAN
// BRACKETS: "torch_version" = "\\\22{{\[+}}\\"
// BRACKETS-NAN: fx.custom = #fx.dict<{"a" = "\\\22{{\[+}}\\", "b" = 0x7FF8000000000000 : f64}>

// simdjson counts the elements of an array up to 2^24 - 1 only.
// RUN: %python -c "import sys; t = open(sys.argv[1]).read(); i = t.index('input_specs') + 15; sys.stdout.write(t[:i] + '0,' * (2**24 + 2) + t[i:])" %S/Inputs/linear_relu.json > %t/many-specs.json
// RUN: not fx-translate --import-pt2-json %t/many-specs.json 2>&1 | FileCheck %s --check-prefix=MANY
// MANY: error: the signature has 16777221 input specs for 3 graph inputs (at $.graph_module.signature.input_specs)
