//===- JsonWriter.h - The JSON the .pt2 writer writes -----------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A streaming writer of compact JSON with llvm::json::OStream's interface and
// output, byte for byte (LLVM's string escapes; invalid UTF-8 replaced as
// llvm::json::fixUTF8 replaces it), that the exporter writes programs of
// hundreds of thousands of nodes with. LLVM's writer keeps a stack of states,
// checks every key for UTF-8 and writes strings a character per call; this one
// keeps one flag, and writes each run of characters that need no escape at once.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_TARGET_PT2_JSONWRITER_H
#define FX_MLIR_LIB_TARGET_PT2_JSONWRITER_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace mlir::fx::pt2 {

/// Writes one JSON value to a stream as the calls describe it. The caller
/// nests them as in llvm::json::OStream: every attribute and array element
/// gets exactly one value.
class JsonWriter {
public:
  explicit JsonWriter(raw_ostream &os) : os(os) {}

  void value(std::nullptr_t) { writeRaw("null"); }
  /// Booleans and integers by their own templates, so that a string literal
  /// cannot convert to bool.
  template <typename T>
  std::enable_if_t<std::is_same_v<T, bool>> value(T b) {
    writeRaw(b ? "true" : "false");
  }
  template <typename T>
  std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>
  value(T i) {
    separate();
    if constexpr (std::is_signed_v<T>)
      os << int64_t(i);
    else
      os << uint64_t(i);
  }
  void value(StringRef text) {
    separate();
    quote(os, text);
  }
  void value(const char *text) { value(StringRef(text)); }
  /// A floating-point value has no one spelling: the caller writes it raw.
  void value(double) = delete;

  /// Writes `text`, a JSON value already, as it is.
  void rawValue(StringRef text) { writeRaw(text); }
  void rawValue(function_ref<void(raw_ostream &)> write) {
    separate();
    write(os);
  }

  void object(function_ref<void()> body) { nest('{', body, '}'); }
  void array(function_ref<void()> body) { nest('[', body, ']'); }

  /// Starts an object's member: its value comes next.
  void attributeBegin(StringRef key) {
    separate();
    quote(os, key);
    os << ':';
    needsComma = false;
  }
  /// A key spelled in the source, one of the schema's field names, is
  /// written as it is: it needs no escape, and a program has millions.
  template <size_t N>
  void attributeBegin(const char (&key)[N]) {
    separate();
    os << '"' << StringRef(key) << "\":";
    needsComma = false;
  }
  void attributeEnd() {}
  template <typename Key, typename T>
  void attribute(Key &&key, T &&v) {
    attributeBegin(std::forward<Key>(key));
    value(std::forward<T>(v));
  }
  template <typename Key>
  void attributeObject(Key &&key, function_ref<void()> body) {
    attributeBegin(std::forward<Key>(key));
    object(body);
  }
  template <typename Key>
  void attributeArray(Key &&key, function_ref<void()> body) {
    attributeBegin(std::forward<Key>(key));
    array(body);
  }

private:
  /// Writes `text` to `os` as a JSON string, quoted and escaped as LLVM's
  /// writer does.
  static void quote(raw_ostream &os, StringRef text);

  /// Writes the comma that separates a value or member from the one before.
  void separate() {
    if (needsComma)
      os << ',';
    needsComma = true;
  }
  void writeRaw(StringRef text) {
    separate();
    os << text;
  }
  void nest(char open, function_ref<void()> body, char close) {
    separate();
    os << open;
    needsComma = false;
    body();
    os << close;
    needsComma = true;
  }

  raw_ostream &os;
  /// Whether a value was written in the innermost object or array.
  bool needsComma = false;
};

} // namespace mlir::fx::pt2

#endif // FX_MLIR_LIB_TARGET_PT2_JSONWRITER_H
