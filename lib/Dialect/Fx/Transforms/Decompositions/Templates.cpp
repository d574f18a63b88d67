//===- Templates.cpp - Decompositions written as data ---------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Most CompositeImplicitAutograd ops in exported graphs decompose into one
// call of another op with their args rearranged and a few constants added
// (conv2d -> convolution, max_pool2d -> max_pool2d_with_indices[0],
// __and__ -> bitwise_and, zeros -> full). Such a decomposition is one row
// here: the op, its schema, and a template of the call PyTorch 2.13 makes:
//
//   template := call ('[' int ']')?        `[i]`: element i of the result
//   call     := target '(' (arg (',' arg)*)? ')'
//   arg      := (name '=')? value           `name=`: a keyword argument
//   value    := param ('?' | '|' literal)? | literal
//   literal  := int | float | True | False | None | '[' int, ... ']'
//             | strided | contiguous_format | preserve_format | float32 | cpu
//
// A `param` (a parameter name of the decomposed op) forwards the node's
// value, or the schema default when the node leaves it out; a single int for
// an `int[N]` parameter becomes N copies, as ATen expands it. `param?` is
// left out when the node leaves it out or passes None (PyTorch's traced call
// leaves out trailing args at their defaults); `param|literal` takes the
// literal then. Templates are parsed once; a malformed one is a bug of this
// table that the per-entry tests catch.
//
//===----------------------------------------------------------------------===//

#include "Decompositions.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

/// One row: the op, its PyTorch schema, the call it decomposes into, and
/// whether PyTorch decomposes it by a CompositeImplicitAutograd kernel
/// (DecompositionEntry::compositeImplicit).
struct TemplateRow {
  const char *target;
  const char *schema;
  const char *pattern;
  bool compositeImplicit = false;
};

} // namespace

// One line per field keeps each schema and template greppable.
// clang-format off
static const TemplateRow kTemplateRows[] = {
    {"aten._reshape_alias.default",
     "_reshape_alias(Tensor(a) self, SymInt[] size, SymInt[] stride) -> Tensor(a)",
     "aten.view.default(self, size)"},
    {"aten.__and__.Tensor",
     "__and__.Tensor(Tensor self, Tensor other) -> Tensor",
     "aten.bitwise_and.Tensor(self, other)",
     /*compositeImplicit=*/true},
    {"aten.__or__.Tensor",
     "__or__.Tensor(Tensor self, Tensor other) -> Tensor",
     "aten.bitwise_or.Tensor(self, other)",
     /*compositeImplicit=*/true},
    {"aten.__xor__.Tensor",
     "__xor__.Tensor(Tensor self, Tensor other) -> Tensor",
     "aten.bitwise_xor.Tensor(self, other)",
     /*compositeImplicit=*/true},
    {"aten.arange.default",
     "arange(Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor",
     "aten.arange.start_step(0, end, dtype=dtype?, layout=layout|strided, device=device?, pin_memory=pin_memory|False)"},
    {"aten.arange.start",
     "arange.start(Scalar start, Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor",
     "aten.arange.start_step(start, end, dtype=dtype?, layout=layout|strided, device=device?, pin_memory=pin_memory|False)"},
    {"aten.conv1d.default",
     "conv1d(Tensor input, Tensor weight, Tensor? bias=None, SymInt[1] stride=[1], SymInt[1] padding=[0], SymInt[1] dilation=[1], SymInt groups=1) -> Tensor",
     "aten.convolution.default(input, weight, bias, stride, padding, dilation, False, [0], groups)",
     /*compositeImplicit=*/true},
    {"aten.conv2d.default",
     "conv2d(Tensor input, Tensor weight, Tensor? bias=None, SymInt[2] stride=[1, 1], SymInt[2] padding=[0, 0], SymInt[2] dilation=[1, 1], SymInt groups=1) -> Tensor",
     "aten.convolution.default(input, weight, bias, stride, padding, dilation, False, [0, 0], groups)",
     /*compositeImplicit=*/true},
    {"aten.conv3d.default",
     "conv3d(Tensor input, Tensor weight, Tensor? bias=None, SymInt[3] stride=[1, 1, 1], SymInt[3] padding=[0, 0, 0], SymInt[3] dilation=[1, 1, 1], SymInt groups=1) -> Tensor",
     "aten.convolution.default(input, weight, bias, stride, padding, dilation, False, [0, 0, 0], groups)",
     /*compositeImplicit=*/true},
    {"aten.conv_transpose1d.default",
     "conv_transpose1d(Tensor input, Tensor weight, Tensor? bias=None, SymInt[1] stride=[1], SymInt[1] padding=[0], SymInt[1] output_padding=[0], SymInt groups=1, SymInt[1] dilation=[1]) -> Tensor",
     "aten.convolution.default(input, weight, bias, stride, padding, dilation, True, output_padding, groups)",
     /*compositeImplicit=*/true},
    {"aten.conv_transpose2d.input",
     "conv_transpose2d.input(Tensor input, Tensor weight, Tensor? bias=None, SymInt[2] stride=[1, 1], SymInt[2] padding=[0, 0], SymInt[2] output_padding=[0, 0], SymInt groups=1, SymInt[2] dilation=[1, 1]) -> Tensor",
     "aten.convolution.default(input, weight, bias, stride, padding, dilation, True, output_padding, groups)",
     /*compositeImplicit=*/true},
    {"aten.conv_transpose3d.input",
     "conv_transpose3d.input(Tensor input, Tensor weight, Tensor? bias=None, SymInt[3] stride=[1, 1, 1], SymInt[3] padding=[0, 0, 0], SymInt[3] output_padding=[0, 0, 0], SymInt groups=1, SymInt[3] dilation=[1, 1, 1]) -> Tensor",
     "aten.convolution.default(input, weight, bias, stride, padding, dilation, True, output_padding, groups)",
     /*compositeImplicit=*/true},
    {"aten.detach.default",
     "detach(Tensor(a) self) -> Tensor(a)",
     "aten.alias.default(self)"},
    {"aten.max_pool2d.default",
     "max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor",
     "aten.max_pool2d_with_indices.default(self, kernel_size, stride?, padding?, dilation?, ceil_mode?)[0]",
     /*compositeImplicit=*/true},
    {"aten.max_pool3d.default",
     "max_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> Tensor",
     "aten.max_pool3d_with_indices.default(self, kernel_size, stride?, padding?, dilation?, ceil_mode?)[0]",
     /*compositeImplicit=*/true},
    {"aten.ones.default",
     "ones(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor",
     "aten.full.default(size, 1, dtype=dtype|float32, layout=layout|strided, device=device|cpu, pin_memory=pin_memory|False)"},
    {"aten.sum.default",
     "sum(Tensor self, *, ScalarType? dtype=None) -> Tensor",
     "aten.sum.dim_IntList(self, [], dtype=dtype?)"},
    {"aten.zeros.default",
     "zeros(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor",
     "aten.full.default(size, 0, dtype=dtype|float32, layout=layout|strided, device=device|cpu, pin_memory=pin_memory|False)"},
};
// clang-format on

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

namespace {

/// One argument of a template call.
struct TemplateArg {
  enum class Mode { Plain, Optional, Fallback };
  /// The keyword, for a keyword argument.
  StringRef keyword;
  /// The decomposed op's parameter it forwards, or nothing for a literal.
  std::optional<unsigned> param;
  Mode mode = Mode::Plain;
  /// The literal (for Mode::Fallback, the fallback).
  StringRef literal;
};

/// A parsed template.
struct Template {
  StringRef target;
  SmallVector<TemplateArg, 8> args;
  std::optional<int64_t> element;
};

/// A cursor over template text.
class Lexer {
public:
  explicit Lexer(StringRef text) : text(text) {}
  void skipSpace() { text = text.ltrim(); }
  bool consume(StringRef token) {
    skipSpace();
    return text.consume_front(token);
  }
  /// A run of characters up to one of `stops` (outside brackets).
  StringRef take(StringRef stops) {
    skipSpace();
    size_t depth = 0, i = 0;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c == '[')
        ++depth;
      else if (c == ']' && depth > 0)
        --depth;
      else if (depth == 0 && stops.contains(c))
        break;
    }
    StringRef token = text.take_front(i).rtrim();
    text = text.drop_front(i);
    return token;
  }
  bool atEnd() {
    skipSpace();
    return text.empty();
  }

private:
  StringRef text;
};

} // namespace

/// Parses `row`'s template against `schema`; a malformed template is a bug
/// of the table.
static Template parseTemplate(const TemplateRow &row, const OpSchema &schema) {
  auto fail = [&](const Twine &message) {
    llvm::report_fatal_error(Twine(row.target) + ": bad template: " + message);
  };
  Template result;
  Lexer lexer(row.pattern);
  result.target = lexer.take("(");
  if (!lexer.consume("("))
    fail("expected '('");
  while (!lexer.consume(")")) {
    if (!result.args.empty() && !lexer.consume(","))
      fail("expected ','");
    StringRef text = lexer.take(",)");
    TemplateArg arg;
    auto [keyword, value] = text.split('=');
    if (!value.empty()) {
      arg.keyword = keyword.trim();
      text = value.trim();
    }
    auto [name, fallback] = text.split('|');
    if (name.consume_back("?"))
      arg.mode = TemplateArg::Mode::Optional;
    if (!fallback.empty()) {
      arg.mode = TemplateArg::Mode::Fallback;
      arg.literal = fallback.trim();
    }
    arg.param = schema.lookupParam(name.trim());
    if (!arg.param) {
      if (arg.mode != TemplateArg::Mode::Plain)
        fail("'" + name + "' is not a parameter");
      arg.literal = text;
    }
    result.args.push_back(arg);
  }
  if (lexer.consume("[")) {
    int64_t element;
    if (lexer.take("]").getAsInteger(10, element) || !lexer.consume("]"))
      fail("expected an element index");
    result.element = element;
  }
  if (!lexer.atEnd())
    fail("trailing text");
  return result;
}

/// The parsed template of each row, by target.
static const llvm::StringMap<Template> &getTemplates() {
  static const llvm::StringMap<Template> templates = [] {
    llvm::StringMap<Template> map;
    for (const TemplateRow &row : kTemplateRows) {
      std::string error;
      FailureOr<OpSchema> schema = OpSchema::parse(row.schema, error);
      if (failed(schema))
        llvm::report_fatal_error(Twine(row.target) + ": " + error);
      // The template refers to the schema by parameter index only.
      map.try_emplace(row.target, parseTemplate(row, *schema));
    }
    return map;
  }();
  return templates;
}

//===----------------------------------------------------------------------===//
// Instantiation
//===----------------------------------------------------------------------===//

/// The `N` of a schema type `int[N]`/`SymInt[N]`, or nothing.
static std::optional<int64_t> getFixedListSize(StringRef type) {
  size_t open = type.find('[');
  int64_t size;
  if (open == StringRef::npos ||
      type.slice(open + 1, type.find(']')).getAsInteger(10, size))
    return std::nullopt;
  return size;
}

/// The attribute a template literal (or a schema default) stands for.
static FailureOr<Attribute> parseLiteral(DecompositionBuilder &b,
                                         StringRef text) {
  MLIRContext *context = b.getContext();
  text = text.trim();
  if (text == "True" || text == "False")
    return b.getBool(text == "True");
  if (text == "None")
    return b.getNone();
  if (text == "strided")
    return Attribute(LayoutAttr::get(context, Layout::strided));
  if (text == "contiguous_format" || text == "preserve_format")
    return Attribute(MemoryFormatAttr::get(
        context, text == "contiguous_format" ? MemoryFormat::contiguous_format
                                             : MemoryFormat::preserve_format));
  // fx types carry no device: factories get the device export traces on.
  if (text == "cpu")
    return Attribute(DeviceAttr::get(context, "cpu"));
  if (text == "float32")
    return Attribute(ScalarTypeAttr::get(context, ScalarType::float32));
  if (text.consume_front("[")) {
    if (!text.consume_back("]"))
      return failure();
    SmallVector<int64_t, 4> values;
    for (StringRef element : llvm::split(text, ',')) {
      if (element.trim().empty())
        continue;
      int64_t value;
      if (element.trim().getAsInteger(10, value))
        return failure();
      values.push_back(value);
    }
    return b.getIntList(values);
  }
  int64_t integer;
  if (!text.getAsInteger(10, integer))
    return b.getInt(integer);
  double real;
  if (!text.getAsDouble(real))
    return b.getFloat(real);
  return failure();
}

/// The node's value of parameter `param` for a created node, expanding a
/// single int of an `int[N]` parameter; nothing when it is left out or None
/// and `skipNone`.
static FailureOr<std::optional<NodeArg>> getParamArg(DecompositionBuilder &b,
                                                     unsigned param,
                                                     bool skipNone) {
  const BoundCall &call = b.getCall();
  const SchemaParam &schemaParam = call.getSchema().params[param];
  Attribute value = call.getValue(param);
  if (skipNone && (!value || isa<NoneAttr>(value)))
    return std::optional<NodeArg>();
  std::optional<int64_t> listSize = getFixedListSize(schemaParam.type);
  if (!value) {
    FailureOr<Attribute> defaultValue =
        parseLiteral(b, schemaParam.defaultValue);
    if (failed(defaultValue)) {
      b.emitError() << "cannot spell the default '"
                    << schemaParam.defaultValue << "' of '" << schemaParam.name
                    << "'";
      return failure();
    }
    value = *defaultValue;
    if (listSize && isa<IntegerAttr>(value) && !isa<BoolAttr>(value))
      return std::optional<NodeArg>(
          NodeArg::list(SmallVector<NodeArg>(*listSize, NodeArg(value))));
    return std::optional<NodeArg>(NodeArg(value));
  }
  if (listSize && !isa<ArrayAttr>(value)) {
    NodeArg element = b.forward(param);
    return std::optional<NodeArg>(
        NodeArg::list(SmallVector<NodeArg>(*listSize, element)));
  }
  return std::optional<NodeArg>(b.forward(param));
}

/// Instantiates the template of the node's target.
static FailureOr<Value> decomposeByTemplate(DecompositionBuilder &b) {
  const Template &pattern =
      getTemplates().find(b.getOp().getTarget())->second;
  // Positional args left out by `param?` stay out only at the end: before
  // a given arg they take their default.
  SmallVector<std::optional<NodeArg>, 8> positional;
  SmallVector<std::pair<StringRef, NodeArg>, 4> kwargs;
  for (const TemplateArg &arg : pattern.args) {
    std::optional<NodeArg> value;
    if (arg.param) {
      FailureOr<std::optional<NodeArg>> forwarded = getParamArg(
          b, *arg.param, arg.mode != TemplateArg::Mode::Plain);
      if (failed(forwarded))
        return failure();
      value = *forwarded;
    }
    if (!value && (!arg.param || arg.mode == TemplateArg::Mode::Fallback)) {
      FailureOr<Attribute> literal = parseLiteral(b, arg.literal);
      if (failed(literal)) {
        b.emitError() << "bad template literal '" << arg.literal << "'";
        return failure();
      }
      value = NodeArg(*literal);
    }
    if (arg.keyword.empty())
      positional.push_back(value);
    else if (value)
      kwargs.emplace_back(arg.keyword, *value);
  }
  while (!positional.empty() && !positional.back())
    positional.pop_back();
  SmallVector<NodeArg, 8> args;
  for (auto [value, arg] : llvm::zip(positional, pattern.args)) {
    if (value) {
      args.push_back(*value);
      continue;
    }
    FailureOr<std::optional<NodeArg>> defaultValue =
        getParamArg(b, *arg.param, /*skipNone=*/false);
    if (failed(defaultValue))
      return failure();
    args.push_back(**defaultValue);
  }
  Value result = b.create(pattern.target, args, kwargs);
  if (pattern.element)
    result = b.create("operator.getitem", {result, b.getInt(*pattern.element)});
  if (b.hasFailed() || !result)
    return failure();
  return result;
}

ArrayRef<DecompositionEntry> mlir::fx::getTemplateDecompositions() {
  static const std::vector<DecompositionEntry> entries = [] {
    std::vector<DecompositionEntry> rows;
    for (const TemplateRow &row : kTemplateRows)
      rows.push_back({row.target, row.schema, decomposeByTemplate,
                      row.compositeImplicit});
    return rows;
  }();
  return entries;
}
