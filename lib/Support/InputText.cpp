//===- InputText.cpp - MLIR text refused before parsing ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Support/InputText.h"
#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"

using namespace mlir;

std::optional<fx::UnreadableText> fx::findUnreadableText(StringRef text,
                                                         unsigned maxDepth) {
  using Kind = UnreadableText::Kind;
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
        return UnreadableText{Kind::NestedTooDeeply, i};
      break;
    case '@':
      if (text.substr(i + 1).starts_with("\"\""))
        return UnreadableText{Kind::EmptySymbolName, i};
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

LogicalResult fx::checkInputText(llvm::MemoryBufferRef buffer,
                                 MLIRContext *context, unsigned maxDepth) {
  if (isBytecode(buffer))
    return success();
  StringRef text = buffer.getBuffer();
  std::optional<UnreadableText> found = findUnreadableText(text, maxDepth);
  if (!found)
    return success();
  StringRef before = text.take_front(found->offset);
  // On the first line, rfind gives npos and npos + 1 wraps to 0.
  size_t lineStart = before.rfind('\n') + 1;
  unsigned line = 1 + before.count('\n');
  unsigned column = 1 + found->offset - lineStart;
  InFlightDiagnostic error = emitError(
      FileLineColLoc::get(context, buffer.getBufferIdentifier(), line, column));
  switch (found->kind) {
  case UnreadableText::Kind::NestedTooDeeply:
    return error << "input nested too deeply: more than " << maxDepth
                 << " levels of brackets";
  case UnreadableText::Kind::EmptySymbolName:
    return error << "empty symbol name";
  }
  llvm_unreachable("unknown kind of unreadable text");
}
