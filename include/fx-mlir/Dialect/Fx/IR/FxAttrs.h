//===- FxAttrs.h - fx dialect attributes ------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#ifndef FX_MLIR_DIALECT_FX_IR_FXATTRS_H
#define FX_MLIR_DIALECT_FX_IR_FXATTRS_H

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/TensorEncoding.h"

#include "fx-mlir/Dialect/Fx/IR/FxEnums.h.inc"

namespace mlir {
class AsmParser;
class AsmPrinter;
} // namespace mlir

namespace mlir::fx {

/// One frame of an nn_module_stack: PyTorch's key, the qualified module path
/// and the module's type name.
struct NNModuleStackEntry {
  StringAttr key;
  StringAttr path;
  StringAttr type;

  bool operator==(const NNModuleStackEntry &other) const {
    return key == other.key && path == other.path && type == other.type;
  }
};

inline llvm::hash_code hash_value(const NNModuleStackEntry &entry) {
  return llvm::hash_combine(entry.key, entry.path, entry.type);
}

/// One frame of a source_fn_stack: the FX node name of the call PyTorch
/// traced and its target as torch.export's serializer names it (a module
/// class `torch.nn.modules.linear.Linear`, a function `torch.relu`,
/// `_operator.add`).
struct SourceFnStackEntry {
  StringAttr name;
  StringAttr target;

  bool operator==(const SourceFnStackEntry &other) const {
    return name == other.name && target == other.target;
  }
};

inline llvm::hash_code hash_value(const SourceFnStackEntry &entry) {
  return llvm::hash_combine(entry.name, entry.target);
}

/// Whether `action` is an action string of PyTorch's NodeSource: "create",
/// "replace", both joined by '+', or "".
bool isNodeSourceAction(llvm::StringRef action);

/// Python's repr of a float (`1.0`, `-0.0`, `1e-05`, `1.5e+16`, `inf`,
/// `nan`), which is also how Python's `json.dumps` writes a finite one.
std::string formatPythonRepr(double value);

/// Python's repr of a float, made an MLIR float literal (`1.0`, `-0.0`,
/// `1.0e-05`, `inf`, `nan`): how fx args and `#fx.complex` print a double.
std::string formatPythonFloat(double value);
inline std::string formatPythonFloat(const llvm::APFloat &value) {
  return formatPythonFloat(value.convertToDouble());
}

/// Appends `str` to `text` as a string literal, escaped as
/// AsmPrinter::printString escapes it. MLIR prints a dialect attribute into
/// an unbuffered string stream, where each write is a call and printString
/// writes a character at a time: the fx attribute printers collect their
/// strings with this and write the text at once.
void appendQuotedString(llvm::SmallVectorImpl<char> &text,
                        llvm::StringRef str);

/// Prints `str` as AsmPrinter::printString does, in one write.
void printQuotedString(AsmPrinter &printer, llvm::StringRef str);

/// Parses what formatPythonFloat prints (a float literal, `inf`, `-inf`,
/// `nan`) as a double.
FailureOr<llvm::APFloat> parsePythonFloat(AsmParser &parser);

} // namespace mlir::fx

#define GET_ATTRDEF_CLASSES
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h.inc"

#endif // FX_MLIR_DIALECT_FX_IR_FXATTRS_H
