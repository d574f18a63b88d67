//===- NestingDepth.cpp - Bound the bracket nesting of MLIR text ----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Support/NestingDepth.h"
#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"

using namespace mlir;

std::optional<size_t> fx::findExcessiveNesting(StringRef text,
                                               unsigned maxDepth) {
  unsigned depth = 0;
  for (size_t i = 0, e = text.size(); i < e; ++i) {
    switch (text[i]) {
    case '"':
      // A string literal ends at its closing quote or, as MLIR's lexer
      // rejects it there, at the end of the line.
      for (++i; i < e && text[i] != '"' && text[i] != '\n'; ++i)
        if (text[i] == '\\')
          ++i;
      break;
    case '/':
      if (i + 1 < e && text[i + 1] == '/')
        while (i < e && text[i] != '\n')
          ++i;
      break;
    case '(':
    case '[':
    case '{':
    case '<':
      if (++depth > maxDepth)
        return i;
      break;
    case '-':
      // `->` closes nothing.
      if (i + 1 < e && text[i + 1] == '>')
        ++i;
      break;
    case '>':
      // Nor does the `>=` of an integer set.
      if (i + 1 < e && text[i + 1] == '=')
        break;
      [[fallthrough]];
    case ')':
    case ']':
    case '}':
      if (depth > 0)
        --depth;
      break;
    default:
      break;
    }
  }
  return std::nullopt;
}

LogicalResult fx::checkNestingDepth(llvm::MemoryBufferRef buffer,
                                    MLIRContext *context, unsigned maxDepth) {
  if (isBytecode(buffer))
    return success();
  StringRef text = buffer.getBuffer();
  std::optional<size_t> offset = findExcessiveNesting(text, maxDepth);
  if (!offset)
    return success();
  StringRef before = text.take_front(*offset);
  // On the first line, rfind gives npos and npos + 1 wraps to 0.
  size_t lineStart = before.rfind('\n') + 1;
  unsigned line = 1 + before.count('\n');
  unsigned column = 1 + *offset - lineStart;
  return emitError(FileLineColLoc::get(context, buffer.getBufferIdentifier(),
                                       line, column))
         << "input nested too deeply: more than " << maxDepth
         << " levels of brackets";
}
