//===- StackTraceTest.cpp - FX stack_trace <-> MLIR locations -------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

class StackTraceTest : public ::testing::Test {
protected:
  std::string print(Location loc) {
    std::string text;
    llvm::raw_string_ostream os(text);
    loc.print(os);
    return text;
  }

  /// Checks that `trace` becomes `expectedLoc` and reads back verbatim.
  void checkRoundTrip(StringRef trace, StringRef expectedLoc) {
    Location loc = getStackTraceLoc(&context, trace);
    EXPECT_EQ(print(loc), expectedLoc);
    std::optional<std::string> back = getStackTrace(loc);
    ASSERT_TRUE(back.has_value()) << print(loc);
    EXPECT_EQ(*back, trace);
  }

  MLIRContext context;
};

TEST_F(StackTraceTest, OneFrame) {
  checkRoundTrip("  File \"model.py\", line 12, in forward\n",
                 "loc(\"forward\"(\"model.py\":12:0))");
}

TEST_F(StackTraceTest, OneFrameWithSource) {
  checkRoundTrip(
      "  File \"model.py\", line 12, in forward\n    y = self.conv(x)\n",
      "loc(fused<\"y = self.conv(x)\">[\"forward\"(\"model.py\":12:0)])");
}

TEST_F(StackTraceTest, ManyFrames) {
  // Outermost first in the text; innermost is the callee of the outermost
  // call site in the location.
  checkRoundTrip("  File \"run.py\", line 3, in <module>\n"
                 "    out = m(x)\n"
                 "  File \"/a b/model.py\", line 12, in forward\n"
                 "  File \"/lib/resnet.py\", line 90, in forward\n"
                 "    return self.relu(x)\n",
                 "loc(callsite(fused<\"return self.relu(x)\">[\"forward\"(\"/lib/"
                 "resnet.py\":90:0)] at callsite(\"forward\"(\"/a b/model.py\":12:0) "
                 "at fused<\"out = m(x)\">[\"<module>\"(\"run.py\":3:0)])))");
}

TEST_F(StackTraceTest, FramesWithOddText) {
  // Quotes, commas and unicode in file and function names and source lines.
  checkRoundTrip("  File \"a\\\"b, line 1.py\", line 0, in <lambda>\n"
                 "    x = f(\"caf\xC3\xA9\", line)  # , in g\n"
                 "  File \"x.py\", line 4294967295, in f, in g\n",
                 "loc(callsite(\"f, in g\"(\"x.py\":4294967295:0) at "
                 "fused<\"x = f(\\22caf\\C3\\A9\\22, line)  # , in g\">[\"<lambda>\"("
                 "\"a\\\\\\22b, line 1.py\":0:0)]))");
}

TEST_F(StackTraceTest, TextNotInPythonFormatIsKeptVerbatim) {
  for (StringRef text : {
           "",
           "\n",
           "not a trace",
           // No trailing newline.
           "  File \"x.py\", line 1, in f",
           // A line number that is no number, or too big.
           "  File \"x.py\", line one, in f\n",
           "  File \"x.py\", line 4294967296, in f\n",
           "  File \"x.py\", line -1, in f\n",
           // Line numbers that would print back differently.
           "  File \"x.py\", line 01, in f\n",
           "  File \"x.py\", line +1, in f\n",
           "  File \"x.py\", line , in f\n",
           // An empty function name, a missing `, in`.
           "  File \"x.py\", line 1, in \n",
           "  File \"x.py\", line 1\n",
           // Wrong indentation.
           " File \"x.py\", line 1, in f\n",
           "  File \"x.py\", line 1, in f\n   three spaces\n",
           // An empty source line, a trailing blank line, CRLF.
           "  File \"x.py\", line 1, in f\n    \n",
           "  File \"x.py\", line 1, in f\n\n",
           "  File \"x.py\", line 1, in f\r\n",
           // A source line without a frame.
           "    x = 1\n",
           // Two source lines for one frame.
           "  File \"x.py\", line 1, in f\n    a\n    b\n",
       }) {
    SCOPED_TRACE(text.str());
    Location loc = getStackTraceLoc(&context, text);
    std::optional<std::string> back = getStackTrace(loc);
    ASSERT_TRUE(back.has_value()) << print(loc);
    EXPECT_EQ(*back, text);
  }
}

TEST_F(StackTraceTest, SourceLineStartingWithSpaces) {
  // A source line is whatever follows the four spaces, spaces included.
  checkRoundTrip("  File \"x.py\", line 1, in f\n      indented\n",
                 "loc(fused<\"  indented\">[\"f\"(\"x.py\":1:0)])");
}

TEST_F(StackTraceTest, LocationsThatAreNoTrace) {
  Location fileLoc = FileLineColLoc::get(&context, "x.mlir", 3, 4);
  EXPECT_FALSE(getStackTrace(fileLoc).has_value());
  EXPECT_FALSE(getStackTrace(UnknownLoc::get(&context)).has_value());
  Location frame = getStackTraceLoc(
      &context, "  File \"x.py\", line 1, in f\n");
  EXPECT_FALSE(getStackTrace(CallSiteLoc::get(frame, fileLoc)).has_value());
  EXPECT_FALSE(
      getStackTrace(FusedLoc::get(&context, {frame, frame},
                                  StringAttr::get(&context, "src")))
          .has_value());
  // A name location around anything but a frame or nothing.
  EXPECT_FALSE(getStackTrace(NameLoc::get(StringAttr::get(&context, "n"),
                                          CallSiteLoc::get(frame, frame)))
                   .has_value());
}

} // namespace
