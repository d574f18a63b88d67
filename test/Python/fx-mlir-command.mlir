// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The `fx-mlir` command (python -m fx_mlir), on commands that need no torch.
// The C++ tools are the ones under test: lit's PATH comes before the source
// tree's build/bin.
//
// RUN: %python -m fx_mlir --help | FileCheck %s --check-prefix=HELP
// HELP: usage: fx-mlir [-h] [--debug] [--quiet] COMMAND ...
// HELP: commands:
// HELP-NEXT: COMMAND
// HELP-NEXT: import {{.*}}.pt2 archive -> fx dialect text
// HELP-NEXT: opt {{.*}}fx-opt
// HELP-NEXT: export {{.*}}.pt2 archive or program JSON
// HELP-NEXT: view {{.*}}HTML viewer, SVG or DOT
// HELP-NEXT: roundtrip
//
// Every trace mode is explained.
// RUN: %python -m fx_mlir import --help | FileCheck %s --check-prefix=TRACE
// TRACE: --trace {export,symbolic_trace,real,fake,symbolic}
// TRACE: trace modes (how a model becomes a graph):
// TRACE-NEXT: export {{.*}}torch.export.export
// TRACE: symbolic_trace {{.*}}torch.fx.symbolic_trace
// TRACE: real {{.*}}make_fx with real tensors
// TRACE: fake {{.*}}make_fx with fake tensors
// TRACE: symbolic {{.*}}symbolic sizes
//
// `opt` passes every argument to fx-opt, --help included; its diagnostics and
// exit status are fx-opt's.
// RUN: %python -m fx_mlir opt %s --fx-infer-types=mode=check --mlir-print-local-scope | FileCheck %s --check-prefix=OPT
// OPT: fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<{{.*}}"block.act"
// RUN: %python -m fx_mlir opt --help | FileCheck %s --check-prefix=OPT-HELP
// OPT-HELP: --fx-export-pipeline
// RUN: not %python -m fx_mlir opt %s --no-such-flag 2>&1 | FileCheck %s --check-prefix=OPT-ERR
// OPT-ERR: Unknown command line argument '--no-such-flag'
//
// `export` writes an archive that `import` reads back (both fx-translate in
// C++): the same nodes, in the same order.
// RUN: %python -m fx_mlir export %S/../Translate/Inputs/handwritten.mlir -o %t.pt2
// RUN: %python -m fx_mlir import %t.pt2 -o %t.mlir
// RUN: FileCheck %s --check-prefix=IMPORTED < %t.mlir
// IMPORTED: %p_w = fx.placeholder "p_w"
// IMPORTED-NEXT: %x = fx.placeholder "x"
// IMPORTED-NEXT: %add = fx.call_function aten.add.Tensor(%x, %p_w)
// IMPORTED-NEXT: %mul = fx.call_function aten.mul.Tensor(%add, 3)
// IMPORTED-NEXT: fx.output((%mul,))
//
// `view`: the format from the output's extension or --format; clusters for
// the module path and type of each nn_module_stack frame.
// RUN: %python -m fx_mlir view %s --format dot | FileCheck %s --check-prefix=DOT
// DOT: label="block\nBlock"
// DOT: label="block.act\nGELU"
// RUN: %python -m fx_mlir view %s -o %t.svg
// RUN: FileCheck %s --check-prefix=SVG < %t.svg
// SVG: <svg
// SVG: block.act
// RUN: %python -m fx_mlir view %t.pt2 -o %t.html
// RUN: FileCheck %s --check-prefix=HTML < %t.html
// HTML: <script id="fx-graph" type="application/json">{"title":"@model",
// HTML: {"name":"add","kind":"call_function","target":"aten.add.Tensor"
//
// Errors: one line, exit status 1, no traceback.
// RUN: not %python -m fx_mlir view %t.missing.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE --implicit-check-not=Traceback
// NOFILE: fx-mlir: error: no file `{{.*}}missing.mlir`
// RUN: not %python -m fx_mlir export %S/../Translate/Inputs/no-graph.mlir -o %t.none.pt2 2>&1 | FileCheck %s --check-prefix=TOOL --implicit-check-not=Traceback
// TOOL: fx-mlir: error: fx-translate failed (exit status 1): {{.*}}no-graph.mlir{{.*}}error:
// RUN: env FX_TRANSLATE=%t.no-such-tool not %python -m fx_mlir view %s 2>&1 | FileCheck %s --check-prefix=NOTOOL --implicit-check-not=Traceback
// NOTOOL: fx-mlir: error: FX_TRANSLATE={{.*}}no-such-tool is not an executable
// RUN: not %python -m fx_mlir import %t.pt2 --trace fake 2>&1 | FileCheck %s --check-prefix=TRACE-ARCHIVE --implicit-check-not=Traceback
// TRACE-ARCHIVE: fx-mlir: error: a .pt2 archive is already exported; --trace fake applies to models
//
// `import fx_mlir` loads no torch (the names load their modules when used).
// RUN: %python -c "import sys, fx_mlir, fx_mlir.main; print('torch' in sys.modules, callable(fx_mlir.main.main))" | FileCheck %s --check-prefix=LAZY
// LAZY: False True

fx.graph_module @M {
  fx.graph @forward {
    %x = fx.placeholder "x" : tensor<2x4xf32>
    %relu = fx.call_function aten.relu.default(%x) {fx.nn_module_stack = #fx.nn_module_stack<[["L__self__", "", "M"], ["L__self___block", "block", "Block"], ["L__self___block_act", "block.act", "GELU"]]>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
    fx.output(%relu) : tensor<2x4xf32>
  }
}
