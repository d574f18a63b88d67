// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Metadata strings are written with JSON's escapes, eight bytes at a time
// where there is nothing to escape: Python's json.loads (PyTorch's reader)
// reads back every byte (quotes, backslashes, tab, newline, carriage return,
// other control characters, UTF-8), and invalid UTF-8 as U+FFFD, as
// json.loads reads the bytes b"\xef\xbf\xbd"; the escapes are spelled as
// json.dumps spells them (\" \\ \t \n \r \u0001).
// RUN: fx-translate --export-pt2-json %s -o %t.json
// RUN: %python -c "import json, sys; meta = json.load(open(sys.argv[1]))['graph_module']['graph']['nodes'][0]['metadata']; \
// RUN:   expected = {'short': 'a\"b', 'clean': 'a plain run of more than eight bytes, then a \"quote\"', \
// RUN:     'escapes': 'tab\there\nnew line\rreturn\\\\back\x01\x1f end', 'utf8': 'caf\u00e9 \u65e5\u672c', 'invalid': 'bad \ufffd byte', \
// RUN:     'stack_trace': '  File \"m.py\", line 3, in forward\n    return x + 1\n'}; \
// RUN:   [print(k, 'ok' if meta[k] == v else 'DIFFERENT: %%r' %% meta[k]) for k, v in sorted(expected.items())]; \
// RUN:   text = open(sys.argv[1], encoding='utf-8').read(); \
// RUN:   [print(k, 'as json.dumps' if json.dumps(v, ensure_ascii=False) in text else 'SPELLED OTHERWISE') for k, v in sorted(expected.items())]" %t.json | FileCheck %s
// CHECK: clean ok
// CHECK: escapes ok
// CHECK: invalid ok
// CHECK: short ok
// CHECK: stack_trace ok
// CHECK: utf8 ok
// CHECK: clean as json.dumps
// CHECK: escapes as json.dumps
// CHECK: invalid as json.dumps
// CHECK: short as json.dumps
// CHECK: stack_trace as json.dumps
// CHECK: utf8 as json.dumps

fx.graph_module @model {
  fx.graph @forward {
    %x = fx.placeholder "x" {fx.input_spec = #fx.input_spec<user_input>} : tensor<2xf32>
    %add = fx.call_function aten.add.Tensor(%x, %x) {fx.meta = #fx.dict<{"short" = "a\22b", "clean" = "a plain run of more than eight bytes, then a \22quote\22", "escapes" = "tab\09here\0Anew line\0Dreturn\5Cback\01\1F end", "utf8" = "caf\C3\A9 \E6\97\A5\E6\9C\AC", "invalid" = "bad \FF byte"}>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc(fused<"return x + 1">["forward"("m.py":3:0)])
    fx.output((%add,)) : tensor<2xf32>
  }
}
