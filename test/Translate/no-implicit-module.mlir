// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// fx-translate's translations from fx IR honour mlir-translate's
// --no-implicit-module: the top-level graph module is then the root, and a
// translation of modules names both ops in a located error.

// RUN: fx-translate --export-pt2 %s -o %t.pt2
// RUN: not fx-translate --no-implicit-module --export-pt2 %s -o %t.no-module.pt2 2>&1 | FileCheck %s

// CHECK: no-implicit-module.mlir:[[@LINE+1]]:1: error: expected a 'builtin.module' op, got 'fx.graph_module'
fx.graph_module @M {
  fx.graph @forward {
    fx.output(None)
  }
}
