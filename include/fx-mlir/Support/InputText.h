//===- InputText.h - MLIR text refused before parsing -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Two kinds of MLIR text upstream's parser takes badly, which fx-mlir's entry
// points (fx-opt, fx-translate, the C API's fxMlirModuleCreateParse*) scan for
// and refuse with a located error before parsing:
//  - deep nesting: the parser is recursive descent, every bracket it opens is
//    a few hundred bytes to a few kilobytes of stack, so deeply nested text
//    overflows the stack (a SIGSEGV) long before any syntax error;
//  - an empty symbol name, `@""`: MLIR 22 parses it and prints it back as
//    `@<<INVALID EMPTY SYMBOL>>`, which no parser reads (found by fuzzing).
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_SUPPORT_INPUTTEXT_H
#define FX_MLIR_SUPPORT_INPUTTEXT_H

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

/// What makes text unreadable, and where.
struct UnreadableText {
  enum class Kind { NestedTooDeeply, EmptySymbolName };
  Kind kind;
  /// The offset of the bracket that nests too deeply, or of the `@`.
  size_t offset;
};

/// The first opening bracket (`(`, `[`, `{`, `<`) in `text` that nests deeper
/// than `maxDepth`, or the first `@""`, whichever comes first; std::nullopt
/// when there is neither. Brackets and `@` inside string literals and `//`
/// comments do not count, nor the `>` of `->` and `>=`. One linear pass;
/// closing brackets pair with any opening one, which only matters for text
/// the parser rejects anyway.
std::optional<UnreadableText>
findUnreadableText(StringRef text, unsigned maxDepth = kMaxNestingDepth);

/// Emits a located error on `context` (file:line:col in `buffer`) and fails
/// when findUnreadableText finds something in `buffer`. MLIR bytecode is not
/// text and always passes.
LogicalResult checkInputText(llvm::MemoryBufferRef buffer, MLIRContext *context,
                             unsigned maxDepth = kMaxNestingDepth);

} // namespace fx
} // namespace mlir

#endif // FX_MLIR_SUPPORT_INPUTTEXT_H
