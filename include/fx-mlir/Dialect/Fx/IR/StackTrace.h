//===- StackTrace.h - FX stack_trace <-> MLIR locations ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// FX records a node's Python stack as text. fx keeps it as the op's location:
// each frame `File "x.py", line 12, in f` (plus its source line) becomes
// `loc(fused<"source">["f"("x.py":12:0)])`, frames chain outermost-last as
// `callsite(inner at outer)`, and text in no such format is kept verbatim as
// `loc("text")`. That is the layout of traceback.format_list (torch 1.x);
// PyTorch 2 records `"".join(StackSummary.format()).strip()`, the same text
// without the first frame's two-space indent and the final newline: its
// frames are wrapped as `loc("strip"(frames))`. Either way, printing the
// location back gives the original text byte for byte.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_DIALECT_FX_IR_STACKTRACE_H
#define FX_MLIR_DIALECT_FX_IR_STACKTRACE_H

#include "mlir/IR/Location.h"
#include <optional>
#include <string>

namespace mlir::fx {

/// The location that stands for an FX stack_trace text.
Location getStackTraceLoc(MLIRContext *context, llvm::StringRef stackTrace);

/// The FX stack_trace text of `loc`, or nothing when `loc` is not a stack
/// trace location (e.g. an unknown location or the .mlir file position that
/// the parser gives ops without `loc(...)`).
std::optional<std::string> getStackTrace(Location loc);

} // namespace mlir::fx

#endif // FX_MLIR_DIALECT_FX_IR_STACKTRACE_H
