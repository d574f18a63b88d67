//===- JsonWriter.cpp - The JSON the .pt2 writer writes -------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "JsonWriter.h"
#include "llvm/ADT/bit.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/JSON.h"
#include <string>

using namespace mlir;
using namespace mlir::fx::pt2;

/// Eight times `byte` in a word.
static constexpr uint64_t bytes(uint8_t byte) {
  return 0x0101010101010101ull * byte;
}

/// The high bit of each byte of `word` (eight bytes of text, the first in
/// the low byte) that JSON escapes: below 0x20, a quote, a backslash. The
/// borrow tricks are the "bit twiddling hacks" (haszero, hasless): a byte
/// right after a flagged one may be flagged too, the lowest flag never
/// wrongly.
static uint64_t getEscapeMask(uint64_t word) {
  auto zeroBytes = [](uint64_t w) {
    return (w - bytes(1)) & ~w & bytes(0x80);
  };
  return ((word - bytes(0x20)) & ~word & bytes(0x80)) |
         zeroBytes(word ^ bytes('"')) | zeroBytes(word ^ bytes('\\'));
}

/// Whether `text` is ASCII, without an early exit so that the loop
/// vectorizes.
static bool isAscii(StringRef text) {
  uint8_t all = 0;
  for (char c : text)
    all |= static_cast<uint8_t>(c);
  return all < 0x80;
}

/// Writes `text`, valid UTF-8, quoted: each run of characters that need no
/// escape at once, found eight bytes at a time.
static void writeValid(raw_ostream &os, StringRef text) {
  os << '"';
  const char *data = text.data();
  size_t size = text.size(), start = 0, i = 0;
  while (i < size) {
    if (i + 8 <= size) {
      uint64_t mask = getEscapeMask(llvm::support::endian::read64le(data + i));
      if (!mask) {
        i += 8;
        continue;
      }
      // To the first byte to escape.
      i += llvm::countr_zero(mask) / 8;
    }
    unsigned char c = data[i++];
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    os << StringRef(data + start, i - 1 - start);
    start = i;
    os << '\\';
    switch (c) {
    case '\t':
      os << 't';
      break;
    case '\n':
      os << 'n';
      break;
    case '\r':
      os << 'r';
      break;
    case '"':
    case '\\':
      os << c;
      break;
    default:
      os << 'u';
      llvm::write_hex(os, c, llvm::HexPrintStyle::Lower, 4);
      break;
    }
  }
  os << StringRef(data + start, size - start);
  os << '"';
}

void JsonWriter::quote(raw_ostream &os, StringRef text) {
  if (isAscii(text) || llvm::json::isUTF8(text))
    return writeValid(os, text);
  writeValid(os, llvm::json::fixUTF8(text));
}
