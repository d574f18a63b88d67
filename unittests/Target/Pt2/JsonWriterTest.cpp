//===- JsonWriterTest.cpp - The .pt2 JSON writer against LLVM's -----------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// JsonWriter promises llvm::json::OStream's bytes: each case makes the same
// calls on both writers and compares the text.

#include "JsonWriter.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

#include <cstdint>
#include <limits>
#include <random>
#include <string>

using namespace mlir;
using namespace mlir::fx::pt2;

namespace {

/// The text `write` makes each writer write: LLVM's first, then ours.
template <typename Write>
std::pair<std::string, std::string> writeBoth(Write write) {
  std::string expected, actual;
  {
    llvm::raw_string_ostream os(expected);
    llvm::json::OStream json(os);
    write(json);
  }
  {
    llvm::raw_string_ostream os(actual);
    JsonWriter json(os);
    write(json);
  }
  return {expected, actual};
}

#define EXPECT_SAME_JSON(write)                                                \
  do {                                                                         \
    auto [expected, actual] = writeBoth(write);                                \
    EXPECT_EQ(actual, expected);                                               \
  } while (false)

TEST(JsonWriterTest, Scalars) {
  EXPECT_SAME_JSON([](auto &json) { json.value(nullptr); });
  EXPECT_SAME_JSON([](auto &json) { json.value(true); });
  EXPECT_SAME_JSON([](auto &json) { json.value(false); });
  // A string literal is a string, not a bool.
  EXPECT_SAME_JSON([](auto &json) { json.value("cpu"); });
  EXPECT_SAME_JSON([](auto &json) { json.value(std::string("two words")); });
  EXPECT_SAME_JSON([](auto &json) { json.rawValue("1e-05"); });
  EXPECT_SAME_JSON([](auto &json) {
    json.rawValue([](llvm::raw_ostream &os) { os << "-Infinity"; });
  });
}

TEST(JsonWriterTest, Integers) {
  EXPECT_SAME_JSON([](auto &json) {
    json.array([&] {
      json.value(0);
      json.value(-1);
      json.value(int64_t(std::numeric_limits<int64_t>::min()));
      json.value(int64_t(std::numeric_limits<int64_t>::max()));
      json.value(uint64_t(std::numeric_limits<uint64_t>::max()));
      json.value(int32_t(std::numeric_limits<int32_t>::min()));
      json.value(unsigned(7));
    });
  });
}

TEST(JsonWriterTest, Nesting) {
  EXPECT_SAME_JSON([](auto &json) { json.object([] {}); });
  EXPECT_SAME_JSON([](auto &json) { json.array([] {}); });
  EXPECT_SAME_JSON([](auto &json) {
    json.array([&] {
      json.array([] {});
      json.object([] {});
      json.value(1);
      json.array([&] { json.array([&] { json.value(nullptr); }); });
      json.value("x");
    });
  });
  EXPECT_SAME_JSON([](auto &json) {
    json.object([&] {
      json.attribute("index", nullptr);
      json.attribute("type", "cpu");
      json.attributeArray("empty", [] {});
      json.attributeObject("none", [] {});
      json.attributeArray("sizes", [&] {
        json.object([&] { json.attribute("as_int", 3); });
        json.object([&] { json.attribute("as_int", 4); });
      });
      json.attributeBegin("hint");
      json.object([&] {
        json.attributeBegin("deeper");
        json.array([&] { json.value(false); });
        json.attributeEnd();
      });
      json.attributeEnd();
      json.attribute("requires_grad", false);
    });
  });
}

/// Texts that exercise the escaper: each character class at each offset of
/// the eight-byte scan, and invalid UTF-8 that LLVM replaces.
std::vector<std::string> getTrickyTexts() {
  std::vector<std::string> texts = {
      "", "\"", "\\", "\n\t\r", std::string("\0", 1), "\x1f", "\x7f",
      "caf\xc3\xa9", "\xf0\x9f\x98\x80 smile", "\xff", "ab\xc3", "\xc0\xaf",
      "\xed\xa0\x80", "File \"model.py\", line 12, in forward\n    x = y\n"};
  for (char special : {'"', '\\', '\n', '\x01', '\x1f', '\x20', '\xff'})
    for (size_t offset = 0; offset < 17; ++offset) {
      std::string text(20, 'a');
      text[offset] = special;
      texts.push_back(text);
    }
  std::mt19937 random(14);
  const char alphabet[] = {'a', 'Z', ' ', '"', '\\', '\n', '\t', '\r', '\b',
                           '\0', '\x1f', '\x7f', '\x80', '\xc3', '\xa9',
                           '\xe2', '\x82', '\xac', '\xff'};
  for (int i = 0; i < 2000; ++i) {
    std::string text(random() % 40, ' ');
    for (char &c : text)
      c = alphabet[random() % sizeof(alphabet)];
    texts.push_back(text);
  }
  return texts;
}

TEST(JsonWriterTest, Strings) {
  for (const std::string &text : getTrickyTexts()) {
    auto [expected, actual] =
        writeBoth([&](auto &json) { json.value(llvm::StringRef(text)); });
    EXPECT_EQ(actual, expected) << "for the string '" << text << "'";
  }
}

TEST(JsonWriterTest, Keys) {
  for (const std::string &text : getTrickyTexts()) {
    auto [expected, actual] = writeBoth([&](auto &json) {
      json.object([&] {
        json.attribute(text, 1);
        json.attributeObject(text + "!", [] {});
      });
    });
    EXPECT_EQ(actual, expected) << "for the key '" << text << "'";
  }
}

} // namespace
