//===- NestingDepth.h - Bound the bracket nesting of MLIR text --*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// MLIR's parser is recursive descent: every bracket it opens is a few hundred
// bytes to a few kilobytes of stack, so deeply nested text overflows the stack
// (a SIGSEGV) long before any syntax error. fx-mlir cannot bound recursion
// inside upstream's parser, so its entry points (fx-opt, the C API's
// fxMlirModuleCreateParse*) scan the text first and refuse it with a located
// error when it nests too deeply.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_SUPPORT_NESTINGDEPTH_H
#define FX_MLIR_SUPPORT_NESTINGDEPTH_H

#include "mlir/Support/LLVM.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <optional>

namespace mlir {
class MLIRContext;

namespace fx {

/// The deepest bracket nesting fx-mlir reads. A real FX graph nests a few
/// dozen levels (graph modules, call arguments, metadata, types, stack-trace
/// locations of one call site per Python frame); the limit leaves room for
/// 1000-frame stack traces. At the limit, the deepest-recursing shape (nested
/// graph modules, printed generically, through the export pipeline) needs
/// under 3 MB of stack, in the Release and the ASan build alike: the default
/// 8 MB main-thread stack is ample.
inline constexpr unsigned kMaxNestingDepth = 1024;

/// The offset in `text` of the first opening bracket (`(`, `[`, `{`, `<`)
/// that nests deeper than `maxDepth`, or std::nullopt. Brackets inside string
/// literals and `//` comments do not count, nor the `>` of `->` and `>=`.
/// One linear pass; closing brackets pair with any opening one, which only
/// matters for text the parser rejects anyway.
std::optional<size_t>
findExcessiveNesting(StringRef text, unsigned maxDepth = kMaxNestingDepth);

/// Emits a located "nested too deeply" error on `context` (file:line:col in
/// `buffer`) and fails when `buffer` nests deeper than `maxDepth`. MLIR
/// bytecode is not text and always passes.
LogicalResult checkNestingDepth(llvm::MemoryBufferRef buffer,
                                MLIRContext *context,
                                unsigned maxDepth = kMaxNestingDepth);

} // namespace fx
} // namespace mlir

#endif // FX_MLIR_SUPPORT_NESTINGDEPTH_H
