//===- FxAttrs.cpp - fx dialect attributes --------------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include <array>
#include <cmath>

using namespace mlir;
using namespace mlir::fx;

#include "fx-mlir/Dialect/Fx/IR/FxEnums.cpp.inc"
#define GET_ATTRDEF_CLASSES
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.cpp.inc"

void FxDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// String literals
//===----------------------------------------------------------------------===//

void mlir::fx::appendQuotedString(SmallVectorImpl<char> &text,
                                  StringRef str) {
  // printEscapedString writes printable ASCII other than '"' and '\' as it
  // is, so such a string is its own escaped text. The loop has no early exit,
  // so that it vectorizes; a string to escape goes through
  // printEscapedString, a character at a time.
  bool plain = true;
  for (char c : str)
    plain &= llvm::isPrint(c) & (c != '"') & (c != '\\');
  text.push_back('"');
  if (plain) {
    llvm::append_range(text, str);
  } else {
    llvm::raw_svector_ostream os(text);
    llvm::printEscapedString(str, os);
  }
  text.push_back('"');
}

void mlir::fx::printQuotedString(AsmPrinter &printer, StringRef str) {
  SmallString<64> text;
  appendQuotedString(text, str);
  printer << text;
}

//===----------------------------------------------------------------------===//
// ComplexAttr
//===----------------------------------------------------------------------===//

FailureOr<APFloat> mlir::fx::parsePythonFloat(AsmParser &parser) {
  bool negative = succeeded(parser.parseOptionalMinus());
  double value;
  if (succeeded(parser.parseOptionalKeyword("inf"))) {
    value = INFINITY;
  } else if (!negative && succeeded(parser.parseOptionalKeyword("nan"))) {
    value = NAN;
  } else {
    // parseFloat takes a sign of its own: allow only one.
    SMLoc loc = parser.getCurrentLocation();
    if (negative && succeeded(parser.parseOptionalMinus()))
      return parser.emitError(loc, "expected a number after '-'");
    if (parser.parseFloat(value))
      return failure();
  }
  return APFloat(negative ? -value : value);
}

LogicalResult ComplexAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  APFloat real, APFloat imag) {
  // A Python complex is two doubles.
  if (&real.getSemantics() != &APFloat::IEEEdouble() ||
      &imag.getSemantics() != &APFloat::IEEEdouble())
    return emitError() << "complex parts must be doubles";
  return success();
}

//===----------------------------------------------------------------------===//
// DictAttr
//===----------------------------------------------------------------------===//

LogicalResult DictAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               ArrayAttr keys, ArrayAttr values) {
  if (keys.size() != values.size())
    return emitError() << "dict has " << keys.size() << " keys but "
                       << values.size() << " values";
  for (Attribute key : keys)
    if (!isa<StringAttr>(key))
      return emitError() << "dict key must be a string, got " << key;
  return success();
}

Attribute DictAttr::lookup(StringRef key) const {
  for (auto [k, v] : llvm::zip_equal(getKeys(), getValues()))
    if (cast<StringAttr>(k).getValue() == key)
      return v;
  return {};
}

// #fx.dict<{"k" = v, ...}>
Attribute DictAttr::parse(AsmParser &parser, Type) {
  SmallVector<Attribute> keys, values;
  auto parseEntry = [&]() -> ParseResult {
    std::string key;
    Attribute value;
    if (parser.parseString(&key) || parser.parseEqual() ||
        parser.parseAttribute(value))
      return failure();
    keys.push_back(StringAttr::get(parser.getContext(), key));
    values.push_back(value);
    return success();
  };
  if (parser.parseLess() ||
      parser.parseCommaSeparatedList(AsmParser::Delimiter::Braces,
                                     parseEntry) ||
      parser.parseGreater())
    return {};
  return parser.getChecked<DictAttr>(parser.getContext(),
                                     ArrayAttr::get(parser.getContext(), keys),
                                     ArrayAttr::get(parser.getContext(), values));
}

void DictAttr::print(AsmPrinter &printer) const {
  printer << "<{";
  llvm::interleaveComma(llvm::zip_equal(getKeys(), getValues()), printer,
                        [&](auto entry) {
                          auto [key, value] = entry;
                          SmallString<64> text;
                          appendQuotedString(text,
                                             cast<StringAttr>(key).getValue());
                          text += " = ";
                          printer << text;
                          printer.printAttribute(value);
                        });
  printer << "}>";
}

//===----------------------------------------------------------------------===//
// DimsAttr
//===----------------------------------------------------------------------===//

// #fx.dims<[s0, s0 * 2]>
Attribute DimsAttr::parse(AsmParser &parser, Type) {
  SmallVector<AffineExpr> exprs;
  if (parser.parseLess() ||
      parser.parseCommaSeparatedList(AsmParser::Delimiter::Square,
                                     [&]() -> ParseResult {
                                       AffineExpr expr;
                                       if (parseSizeExpr(parser, expr))
                                         return failure();
                                       exprs.push_back(expr);
                                       return success();
                                     }) ||
      parser.parseGreater())
    return {};
  return DimsAttr::get(parser.getContext(), exprs);
}

void DimsAttr::print(AsmPrinter &printer) const {
  printer << "<[";
  llvm::interleaveComma(getExprs(), printer, [&](AffineExpr expr) {
    printSizeExpr(expr, printer.getStream());
  });
  printer << "]>";
}

LogicalResult
DimsAttr::verifyEncoding(ArrayRef<int64_t> shape, Type,
                         function_ref<InFlightDiagnostic()> emitError) const {
  size_t numDynamic = llvm::count_if(shape, ShapedType::isDynamic);
  if (getExprs().size() != numDynamic)
    return emitError() << "#fx.dims has " << getExprs().size()
                       << " sizes but the tensor has " << numDynamic
                       << " dynamic dims";
  for (AffineExpr expr : getExprs()) {
    if (auto constant = dyn_cast<AffineConstantExpr>(expr))
      return emitError() << "#fx.dims size " << constant.getValue()
                         << " is a constant; write it in the shape";
    if (!expr.isSymbolicOrConstant())
      return emitError() << "#fx.dims size may only use symbols";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// TorchFnAttr
//===----------------------------------------------------------------------===//

// #fx.torch_fn<"name", "qualified name">
Attribute TorchFnAttr::parse(AsmParser &parser, Type) {
  std::string name, qualifiedName;
  if (parser.parseLess() || parser.parseString(&name) || parser.parseComma() ||
      parser.parseString(&qualifiedName) || parser.parseGreater())
    return {};
  return TorchFnAttr::get(parser.getContext(), name, qualifiedName);
}

void TorchFnAttr::print(AsmPrinter &printer) const {
  SmallString<128> text("<");
  appendQuotedString(text, getName());
  text += ", ";
  appendQuotedString(text, getQualifiedName());
  text += '>';
  printer << text;
}

//===----------------------------------------------------------------------===//
// NNModuleStackAttr
//===----------------------------------------------------------------------===//

static constexpr StringLiteral kEmptyNNModuleStackKey =
    "_empty_nn_module_stack_from_metadata_hook";

NNModuleStackAttr NNModuleStackAttr::getEmptySentinel(MLIRContext *context) {
  auto marker = StringAttr::get(context, kEmptyNNModuleStackKey);
  NNModuleStackEntry entry{marker, marker, marker};
  return NNModuleStackAttr::get(context, entry);
}

/// Parses `<[["a", "b", ...], ...]>`, a list of entries of `arity` strings
/// each, calling `addEntry` with the fields of each; `what` names an entry's
/// fields for the diagnostic (`nn_module_stack entry must be [key, path,
/// type]`).
static ParseResult
parseStringTuples(AsmParser &parser, unsigned arity, StringRef what,
                  function_ref<void(ArrayRef<StringAttr>)> addEntry) {
  MLIRContext *context = parser.getContext();
  auto parseEntry = [&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    SmallVector<StringAttr, 3> fields;
    if (parser.parseCommaSeparatedList(
            AsmParser::Delimiter::Square, [&]() -> ParseResult {
              std::string field;
              if (parser.parseString(&field))
                return failure();
              fields.push_back(StringAttr::get(context, field));
              return success();
            }))
      return failure();
    if (fields.size() != arity)
      return parser.emitError(loc)
             << what << ", got " << fields.size() << " fields";
    addEntry(fields);
    return success();
  };
  return failure(parser.parseLess() ||
                 parser.parseCommaSeparatedList(AsmParser::Delimiter::Square,
                                                parseEntry) ||
                 parser.parseGreater());
}

/// Prints `<[["a", "b", ...], ...]>`, the fields of each entry as
/// `getFields` gives them, in one write.
template <typename Entry, typename GetFields>
static void printStringTuples(AsmPrinter &printer, ArrayRef<Entry> entries,
                              GetFields getFields) {
  SmallString<256> text("<[");
  llvm::interleave(
      entries,
      [&](const Entry &entry) {
        text += '[';
        llvm::interleave(
            getFields(entry),
            [&](StringAttr field) { appendQuotedString(text, field.getValue()); },
            [&] { text += ", "; });
        text += ']';
      },
      [&] { text += ", "; });
  text += "]>";
  printer << text;
}

// #fx.nn_module_stack<[["key", "path", "type"], ...]>
Attribute NNModuleStackAttr::parse(AsmParser &parser, Type) {
  SmallVector<NNModuleStackEntry> entries;
  if (parseStringTuples(parser, 3,
                        "nn_module_stack entry must be [key, path, type]",
                        [&](ArrayRef<StringAttr> fields) {
                          entries.push_back({fields[0], fields[1], fields[2]});
                        }))
    return {};
  return NNModuleStackAttr::get(parser.getContext(), entries);
}

void NNModuleStackAttr::print(AsmPrinter &printer) const {
  printStringTuples(printer, getEntries(), [](const NNModuleStackEntry &e) {
    return std::array<StringAttr, 3>{e.key, e.path, e.type};
  });
}

//===----------------------------------------------------------------------===//
// SourceFnStackAttr
//===----------------------------------------------------------------------===//

// #fx.source_fn_stack<[["name", "target"], ...]>
Attribute SourceFnStackAttr::parse(AsmParser &parser, Type) {
  SmallVector<SourceFnStackEntry> entries;
  if (parseStringTuples(parser, 2,
                        "source_fn_stack entry must be [name, target]",
                        [&](ArrayRef<StringAttr> fields) {
                          entries.push_back({fields[0], fields[1]});
                        }))
    return {};
  return parser.getChecked<SourceFnStackAttr>(parser.getContext(),
                                              ArrayRef(entries));
}

void SourceFnStackAttr::print(AsmPrinter &printer) const {
  printStringTuples(printer, getEntries(), [](const SourceFnStackEntry &e) {
    return std::array<StringAttr, 2>{e.name, e.target};
  });
}

bool SourceFnStackAttr::isValidField(StringRef field) {
  // torch.export writes the stack as `name,target;...` and splits it back
  // at every ',' and ';': a field holding one could not be read back.
  return field.find_first_of(",;") == StringRef::npos;
}

LogicalResult
SourceFnStackAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                          ArrayRef<SourceFnStackEntry> entries) {
  for (const SourceFnStackEntry &entry : entries)
    for (StringAttr field : {entry.name, entry.target})
      if (!isValidField(field.getValue()))
        return emitError() << "source_fn_stack field " << field
                           << " holds ',' or ';', the .pt2 separators";
  return success();
}

//===----------------------------------------------------------------------===//
// OperatorAttr
//===----------------------------------------------------------------------===//

/// Whether `part` is an ASCII Python identifier, as operator namespaces,
/// names and overloads are.
static bool isIdentifierPart(StringRef part) {
  return !part.empty() && (llvm::isAlpha(part.front()) || part.front() == '_') &&
         llvm::all_of(part, [](char c) { return llvm::isAlnum(c) || c == '_'; });
}

bool OperatorAttr::isValidName(StringRef name) {
  SmallVector<StringRef, 3> parts;
  name.split(parts, '.');
  bool isHigherOrder = parts.size() == 2 && parts.front() == "higher_order";
  return (parts.size() == 3 || isHigherOrder) &&
         llvm::all_of(parts, isIdentifierPart);
}

LogicalResult
OperatorAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                     StringRef name) {
  if (!isValidName(name))
    return emitError() << "operator name must be 'namespace.op.overload' or "
                          "'higher_order.name', got '"
                       << name << "'";
  return success();
}

//===----------------------------------------------------------------------===//
// NodeSourceAttr
//===----------------------------------------------------------------------===//

bool mlir::fx::isNodeSourceAction(StringRef action) {
  // PyTorch joins the lower-case names of NodeSourceAction members with '+';
  // a source without an action (a hand-built NodeSource) has "".
  if (action.empty())
    return true;
  SmallVector<StringRef, 2> parts;
  action.split(parts, '+');
  return llvm::all_of(parts, [](StringRef part) {
    return part == "create" || part == "replace";
  });
}

LogicalResult
NodeSourceAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                       StringRef, StringAttr, int64_t, StringAttr,
                       StringAttr action, ArrayAttr fromNode) {
  if (!isNodeSourceAction(action.getValue()))
    return emitError() << "node_source action must be create, replace or "
                          "both joined by '+', got "
                       << action;
  if (!llvm::all_of(fromNode, llvm::IsaPred<NodeSourceAttr>))
    return emitError() << "node_source from_node must be an array of "
                          "#fx.node_source, got "
                       << fromNode;
  return success();
}
