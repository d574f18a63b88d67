// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// A node's custom metadata is the text json.dumps writes, which
// torch.export.load reads with json.loads: JSON, and the bare NaN, Infinity,
// -Infinity and integers of any size. fx-translate reads that text as
// json.loads does (non-finite f64s, integers as wide as they need), fx-opt
// keeps the values through text and bytecode, and the writer writes them back
// as json.dumps writes them. The expected values are Python's
// (custom-python-json-torch.py makes the trip through PyTorch).

// RUN: rm -rf %t && mkdir %t

// json.dumps' tokens among JSON's: a repeated key (the last wins), the tokens'
// names in strings (strings), an integer in uint64's range (18446744073709551615).
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '{"lo": -Infinity, "hi": Infinity, "nan": NaN, "big": 1180591620717411303424, "neg": -1208925819614629174706176, "u64": 18446744073709551615, "s": "Infinity", "q": "a\" NaN", "NaN": [NaN, {"k": -18446744073709551616}], "f": 1.0, "r": 1, "r": -Infinity}' > %t/custom.json
// RUN: %python %S/Inputs/python_json.py %t/custom.json | FileCheck %s --check-prefix=PYTHON
// PYTHON: {'lo': -inf, 'hi': inf, 'nan': nan, 'big': 1180591620717411303424, 'neg': -1208925819614629174706176, 'u64': 18446744073709551615, 's': 'Infinity', 'q': 'a" NaN', 'NaN': [nan, {'k': -18446744073709551616}], 'f': 1.0, 'r': -inf}
// PYTHON-NEXT: "{\"NaN\":[NaN,{\"k\":-18446744073709551616}],\"big\":1180591620717411303424,\"f\":1.0,\"hi\":Infinity,\"lo\":-Infinity,\"nan\":NaN,\"neg\":-1208925819614629174706176,\"q\":\"a\\\" NaN\",\"r\":-Infinity,\"s\":\"Infinity\",\"u64\":18446744073709551615}"
// RUN: fx-translate --import-pt2-json %t/custom.json --mlir-print-local-scope | FileCheck %s --check-prefix=IR
// RUN: fx-translate --import-pt2-json %t/custom.json | fx-opt --mlir-print-local-scope | FileCheck %s --check-prefix=IR
// RUN: fx-translate --import-pt2-json %t/custom.json | fx-opt --emit-bytecode | fx-opt --mlir-print-local-scope | FileCheck %s --check-prefix=IR
// IR: fx.custom = #fx.dict<{"NaN" = [0x7FF8000000000000 : f64, #fx.dict<{"k" = -18446744073709551616 : i128}>], "big" = 1180591620717411303424 : i128, "f" = 1.000000e+00 : f64, "hi" = 0x7FF0000000000000 : f64, "lo" = 0xFFF0000000000000 : f64, "nan" = 0x7FF8000000000000 : f64, "neg" = -1208925819614629174706176 : i128, "q" = "a\22 NaN", "r" = 0xFFF0000000000000 : f64, "s" = "Infinity", "u64" = 18446744073709551615 : i128}>
// RUN: fx-translate --import-pt2-json %t/custom.json | fx-opt --fx-export-pipeline | fx-translate --export-pt2-json | FileCheck %s --check-prefix=WRITTEN
// WRITTEN: "custom":"{\"NaN\":[NaN,{\"k\":-18446744073709551616}],\"big\":1180591620717411303424,\"f\":1.0,\"hi\":Infinity,\"lo\":-Infinity,\"nan\":NaN,\"neg\":-1208925819614629174706176,\"q\":\"a\\\" NaN\",\"r\":-Infinity,\"s\":\"Infinity\",\"u64\":18446744073709551615}"

// JSON alone, which simdjson reads whole: an integer beyond int64 is a wide
// integer there too.
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '{"u": 9223372036854775808, "i": -9223372036854775808}' > %t/uint64.json
// RUN: %python %S/Inputs/python_json.py %t/uint64.json | FileCheck %s --check-prefix=UINT64-PYTHON
// RUN: fx-translate --import-pt2-json %t/uint64.json --mlir-print-local-scope | FileCheck %s --check-prefix=UINT64
// RUN: fx-translate --import-pt2-json %t/uint64.json | fx-translate --export-pt2-json | FileCheck %s --check-prefix=UINT64-WRITTEN
// UINT64-PYTHON: {'u': 9223372036854775808, 'i': -9223372036854775808}
// UINT64-PYTHON-NEXT: "{\"i\":-9223372036854775808,\"u\":9223372036854775808}"
// UINT64: fx.custom = #fx.dict<{"i" = -9223372036854775808 : i64, "u" = 9223372036854775808 : i128}>
// UINT64-WRITTEN: "custom":"{\"i\":-9223372036854775808,\"u\":9223372036854775808}"

// Custom metadata that is not an object (json.dumps of a list) stays text,
// written back as read.
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '[NaN, 1e2]' > %t/list.json
// RUN: fx-translate --import-pt2-json %t/list.json --mlir-print-local-scope | FileCheck %s --check-prefix=LIST
// RUN: fx-translate --import-pt2-json %t/list.json | fx-translate --export-pt2-json | FileCheck %s --check-prefix=LIST-WRITTEN
// LIST: fx.meta = #fx.dict<{"custom" = "[NaN, 1e2]"}>
// LIST-WRITTEN: "custom":"[NaN, 1e2]"

// Python reads integers of up to 4300 digits (int_max_str_digits): the
// widest here takes 14336 bits.
// RUN: %python -c "print('{\"d\": -' + '9' * 4300 + '}')" | %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json - > %t/digits.json
// RUN: fx-translate --import-pt2-json %t/digits.json --mlir-print-local-scope | FileCheck %s --check-prefix=DIGITS
// RUN: fx-translate --import-pt2-json %t/digits.json | fx-translate --export-pt2-json -o %t/digits-written.json
// RUN: FileCheck %s --check-prefix=DIGITS-WRITTEN < %t/digits-written.json
// RUN: %python %S/Inputs/python_json.py %t/digits.json > %t/digits-python.txt
// RUN: %python %S/Inputs/python_json.py %t/digits-written.json | diff %t/digits-python.txt -
// DIGITS: fx.custom = #fx.dict<{"d" = -{{9+}} : i14336}>
// DIGITS-WRITTEN: "custom":"{\"d\":-{{9+}}}"

// Custom text that json.loads refuses too is refused where JSON and Python
// both refuse it: lowercase nan, -NaN, +Infinity, a token that starts as one,
// a leading zero next to a NaN, an integer of 4301 digits.
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '{"a": nan}' > %t/lowercase.json
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '{"a": -NaN}' > %t/negative-nan.json
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '{"a": +Infinity}' > %t/plus.json
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '{"a": [Infinity1]}' > %t/suffix.json
// RUN: %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json '{"a": NaN, "b": 01}' > %t/leading-zero.json
// RUN: %python -c "print('{\"a\": NaN, \"d\": ' + '9' * 4301 + '}')" | %python %S/Inputs/with_custom.py %S/Inputs/linear_relu.json - > %t/overlong.json
// RUN: not fx-translate --import-pt2-json %t/lowercase.json 2>&1 | FileCheck %s --check-prefix=LOWERCASE
// RUN: not fx-translate --import-pt2-json %t/negative-nan.json 2>&1 | FileCheck %s --check-prefix=NEGATIVE-NAN
// RUN: not fx-translate --import-pt2-json %t/plus.json 2>&1 | FileCheck %s --check-prefix=PLUS
// RUN: not fx-translate --import-pt2-json %t/suffix.json 2>&1 | FileCheck %s --check-prefix=SUFFIX
// RUN: not fx-translate --import-pt2-json %t/leading-zero.json 2>&1 | FileCheck %s --check-prefix=LEADING-ZERO
// RUN: not fx-translate --import-pt2-json %t/overlong.json 2>&1 | FileCheck %s --check-prefix=OVERLONG
// LOWERCASE: lowercase.json:0:0: error: invalid JSON: [1:8, byte=8]: Invalid JSON value (null?) (at $.graph_module.graph.nodes[1].metadata.custom)
// NEGATIVE-NAN: negative-nan.json:0:0: error: invalid JSON: [1:7, byte=7]: Invalid JSON value (number?) (at $.graph_module.graph.nodes[1].metadata.custom)
// PLUS: plus.json:0:0: error: invalid JSON: [1:7, byte=7]: Invalid JSON value (number?) (at $.graph_module.graph.nodes[1].metadata.custom)
// SUFFIX: suffix.json:0:0: error: invalid JSON: [1:8, byte=8]: Invalid JSON value (at $.graph_module.graph.nodes[1].metadata.custom)
// LEADING-ZERO: leading-zero.json:0:0: error: invalid JSON: [1:17, byte=16]: '01' is not a JSON number (at $.graph_module.graph.nodes[1].metadata.custom.b)
// OVERLONG: overlong.json:0:0: error: invalid JSON: [1:17, byte=16]: an integer of more than 4300 digits, which Python does not read (at $.graph_module.graph.nodes[1].metadata.custom)
// RUN: %python %S/Inputs/python_json.py %t/lowercase.json %t/negative-nan.json %t/plus.json %t/suffix.json %t/leading-zero.json %t/overlong.json | FileCheck %s --check-prefix=REFUSED-PYTHON
// REFUSED-PYTHON: refused: JSONDecodeError
// REFUSED-PYTHON-NEXT: refused: JSONDecodeError
// REFUSED-PYTHON-NEXT: refused: JSONDecodeError
// REFUSED-PYTHON-NEXT: refused: JSONDecodeError
// REFUSED-PYTHON-NEXT: refused: JSONDecodeError
// REFUSED-PYTHON-NEXT: refused: ValueError

// Only custom metadata is json.dumps' text with bare tokens: torch.export.save
// writes the program JSON with allow_nan=False (non-finite float arguments as
// the strings "Infinity", "-Infinity", "NaN"), and from_node's text holds no
// floats. Bare tokens there are refused, as JSON.
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": NaN/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=PROGRAM
// RUN: sed 's/"inputs": \[{"name": "self", "arg": {"as_tensor": {"name": "linear"}}, "kind": 1}\]/"inputs": [{"name": "self", "arg": {"as_tensor": {"name": "linear"}}, "kind": 1}, {"name": "alpha", "arg": {"as_float": -Infinity}, "kind": 2}]/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=ARGUMENT
// RUN: sed 's/"torch_fn": "relu_1;builtin_function_or_method.relu"/&, "from_node": "[{\\"name\\": \\"x\\", \\"target\\": \\"x\\", \\"graph_id\\": NaN, \\"pass_name\\": \\"\\", \\"action\\": \\"create\\", \\"from_node\\": []}]"/' %S/Inputs/linear_relu.json | not fx-translate --import-pt2-json 2>&1 | FileCheck %s --check-prefix=FROM-NODE
// PROGRAM: error: invalid JSON: [1:3758, byte=3758]: Invalid JSON value (at $)
// ARGUMENT: error: invalid JSON: [1:1192, byte=1192]: Invalid JSON value (number?) (at $)
// FROM-NODE: error: from_node is not JSON: [1:43, byte=43]: Invalid JSON value (at $.graph_module.graph.nodes[1].metadata.from_node)

// The program keys kept verbatim keep an integer beyond int64 exactly too, as
// far as simdjson reads integers (2^64 - 1; wider ones are refused,
// json-reader.mlir).
// RUN: sed 's/"torch_version": "2.13.0+cpu"/"torch_version": [9223372036854775808, 18446744073709551615, -9223372036854775808]/' %S/Inputs/linear_relu.json > %t/program-integers.json
// RUN: fx-translate --import-pt2-json %t/program-integers.json --mlir-print-local-scope | FileCheck %s --check-prefix=PROGRAM-INTEGERS
// RUN: fx-translate --import-pt2-json %t/program-integers.json | fx-opt --emit-bytecode | fx-opt | fx-translate --export-pt2-json | FileCheck %s --check-prefix=PROGRAM-INTEGERS-WRITTEN
// PROGRAM-INTEGERS: "torch_version" = [9223372036854775808 : i128, 18446744073709551615 : i128, -9223372036854775808]
// PROGRAM-INTEGERS-WRITTEN: "torch_version":[9223372036854775808,18446744073709551615,-9223372036854775808]
