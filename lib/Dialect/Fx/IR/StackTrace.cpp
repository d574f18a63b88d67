//===- StackTrace.cpp - FX stack_trace <-> MLIR locations -----------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::fx;

namespace {
struct Frame {
  StringRef file;
  unsigned line;
  StringRef function;
  StringRef source; // empty when the trace has no source line
};
} // namespace

/// Parses `  File "x.py", line 12, in f`.
static bool parseFrameHeader(StringRef text, Frame &frame) {
  StringRef rest = text;
  if (!rest.consume_front("  File \""))
    return false;
  size_t quote = rest.find("\", line ");
  if (quote == StringRef::npos)
    return false;
  frame.file = rest.take_front(quote);
  rest = rest.drop_front(quote + strlen("\", line "));
  size_t comma = rest.find(", in ");
  if (comma == StringRef::npos)
    return false;
  // Only the digits Python prints (no sign, no leading zero), so that the
  // line number prints back as the same text.
  StringRef digits = rest.take_front(comma);
  if (digits.empty() || !llvm::all_of(digits, llvm::isDigit) ||
      (digits.size() > 1 && digits.front() == '0') ||
      digits.getAsInteger(10, frame.line))
    return false;
  frame.function = rest.drop_front(comma + strlen(", in "));
  return !frame.function.empty();
}

/// Splits FX's trace text (Python's traceback.format_list output) into frames;
/// fails unless the text is exactly what formatting the frames gives back.
static bool parseFrames(StringRef text, SmallVectorImpl<Frame> &frames) {
  if (!text.ends_with("\n"))
    return false;
  SmallVector<StringRef> lines;
  text.drop_back().split(lines, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    Frame frame;
    if (!parseFrameHeader(lines[i], frame))
      return false;
    if (i + 1 < lines.size() && lines[i + 1].starts_with("    ")) {
      frame.source = lines[++i].drop_front(4);
      if (frame.source.empty())
        return false;
    }
    frames.push_back(frame);
  }
  return !frames.empty();
}

/// The name of the location that wraps the frames of a trace in PyTorch 2's
/// layout: `"".join(StackSummary.format()).strip()`, the frames formatted as
/// traceback.format_list does with the first frame's indent and the last
/// line's newline stripped.
static constexpr StringLiteral kStrippedTraceName = "strip";
static constexpr StringLiteral kFrameIndent = "  ";

static Location getFramesLoc(MLIRContext *context, ArrayRef<Frame> frames) {
  std::optional<Location> trace;
  for (const Frame &frame : frames) {
    Location loc = NameLoc::get(
        StringAttr::get(context, frame.function),
        FileLineColLoc::get(context, frame.file, frame.line, 0));
    if (!frame.source.empty())
      loc = FusedLoc::get(context, {loc},
                          StringAttr::get(context, frame.source));
    trace = trace ? CallSiteLoc::get(loc, *trace) : loc;
  }
  return *trace;
}

Location mlir::fx::getStackTraceLoc(MLIRContext *context,
                                    StringRef stackTrace) {
  SmallVector<Frame, 8> frames;
  if (parseFrames(stackTrace, frames))
    return getFramesLoc(context, frames);
  // PyTorch 2's layout: the same frames once the stripped indent and newline
  // are put back. (A format_list trace ends with a newline, so it never
  // parses this way: the two layouts stay apart.)
  frames.clear();
  std::string formatted = (kFrameIndent + stackTrace + "\n").str();
  if (parseFrames(formatted, frames))
    return NameLoc::get(StringAttr::get(context, kStrippedTraceName),
                        getFramesLoc(context, frames));
  return NameLoc::get(StringAttr::get(context, stackTrace));
}

/// Appends the frame `loc` to `text`; false if `loc` is no frame.
static bool appendFrame(Location loc, std::string &text) {
  StringAttr source;
  if (auto fused = dyn_cast<FusedLoc>(loc)) {
    source = dyn_cast_or_null<StringAttr>(fused.getMetadata());
    if (!source || fused.getLocations().size() != 1)
      return false;
    loc = fused.getLocations().front();
  }
  auto named = dyn_cast<NameLoc>(loc);
  if (!named)
    return false;
  auto file = dyn_cast<FileLineColLoc>(named.getChildLoc());
  if (!file)
    return false;
  text += "  File \"";
  text += file.getFilename().getValue();
  text += "\", line ";
  text += llvm::utostr(file.getLine());
  text += ", in ";
  text += named.getName().getValue();
  text += "\n";
  if (source) {
    text += "    ";
    text += source.getValue();
    text += "\n";
  }
  return true;
}

/// The text of a chain of frames in traceback.format_list's layout.
static std::optional<std::string> formatFrames(Location loc) {
  // Frames, innermost first as the call sites nest.
  SmallVector<Location, 8> frames;
  while (auto callSite = dyn_cast<CallSiteLoc>(loc)) {
    frames.push_back(callSite.getCallee());
    loc = callSite.getCaller();
  }
  frames.push_back(loc);
  std::string text;
  for (Location frame : llvm::reverse(frames))
    if (!appendFrame(frame, text))
      return std::nullopt;
  return text;
}

std::optional<std::string> mlir::fx::getStackTrace(Location loc) {
  auto named = dyn_cast<NameLoc>(loc);
  // A verbatim trace.
  if (named && isa<UnknownLoc>(named.getChildLoc()))
    return named.getName().str();
  // A trace in PyTorch 2's layout; a frame's own name wraps a file position.
  if (named && named.getName() == kStrippedTraceName &&
      !isa<FileLineColLoc>(named.getChildLoc())) {
    std::optional<std::string> text = formatFrames(named.getChildLoc());
    if (!text)
      return std::nullopt;
    return text->substr(kFrameIndent.size(),
                        text->size() - kFrameIndent.size() - 1);
  }
  return formatFrames(loc);
}
