//===- Schema.h - What the .pt2 reader and writer share ---------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The parts of torch.export's serialization format (torch/_export/serde/
// schema.py, torch/export/pt2_archive/constants.py) that the reader and the
// writer both need: the archive's layout, the enum codes, and the text form of
// symbolic sizes.
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_TARGET_PT2_SCHEMA_H
#define FX_MLIR_LIB_TARGET_PT2_SCHEMA_H

#include "fx-mlir/Dialect/Fx/IR/FromNode.h"
#include "fx-mlir/Dialect/Fx/IR/FxAttrs.h"
#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Sequence.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace mlir::fx::pt2 {

class JsonValue;
class JsonWriter;

// Archive layout, relative to the archive's root folder.
constexpr StringLiteral kArchiveFormatPath = "archive_format";
constexpr StringLiteral kArchiveFormat = "pt2";
constexpr StringLiteral kArchiveVersionPath = "archive_version";
constexpr StringLiteral kArchiveVersion = "0";
constexpr StringLiteral kModelsDir = "models/";
constexpr StringLiteral kWeightsDir = "data/weights/";
constexpr StringLiteral kConstantsDir = "data/constants/";
constexpr StringLiteral kWeightPrefix = "weight_";
constexpr StringLiteral kTensorConstantPrefix = "tensor_";
std::string getWeightsConfigPath(StringRef model);
std::string getConstantsConfigPath(StringRef model);
std::string getSampleInputsPath(StringRef model);

/// The target prefix of operator overloads in the program JSON
/// (`torch.ops.aten.add.Tensor` is fx's `aten.add.Tensor`).
constexpr StringLiteral kOpsPrefix = "torch.ops.";
/// Higher-order operators (`torch.ops.higher_order.cond`).
constexpr StringLiteral kHigherOrderPrefix = "torch.ops.higher_order.";
/// The module the program JSON names Python's operator module by.
constexpr StringLiteral kOperatorModule = "_operator.";

/// ArgumentKind of a node input.
enum class ArgumentKind : int64_t { Positional = 1, Keyword = 2 };

/// fx's dtype for a schema ScalarType code, and back.
std::optional<ScalarType> getScalarType(int64_t code);

/// The bits one element of `type` takes in a payload (bools a byte, complex
/// numbers two of their parts), or nothing for an element type without a
/// storage size.
std::optional<int64_t> getStorageBits(Type type);
int64_t getScalarTypeCode(ScalarType type);
/// fx's layout for a schema Layout code, and back.
std::optional<Layout> getLayout(int64_t code);
int64_t getLayoutCode(Layout layout);
/// fx's memory format for a schema MemoryFormat code, and back.
std::optional<MemoryFormat> getMemoryFormat(int64_t code);
int64_t getMemoryFormatCode(MemoryFormat format);

/// The size symbol PyTorch calls `name` (`s3`, `u0`), or null.
AffineExpr getSymbol(MLIRContext *context, StringRef name);
/// PyTorch's name of a size symbol.
std::string getSymbolName(AffineExpr symbol);

/// Parses a SymExpr's `expr_str`: sympy's srepr form, as torch.export writes
/// it (`Add(Mul(Integer(2), Symbol('s0', positive=True, integer=True)),
/// Integer(1))`), or a bare symbol name. Reports what it cannot read through
/// `error` and returns null.
AffineExpr parseSymExpr(MLIRContext *context, StringRef text,
                        std::string &error);
/// The srepr form of a size expression.
std::string printSymExpr(AffineExpr expr);

/// Whether writeAttrJson can write `attr`: whether jsonToAttr gives it.
bool isJsonAttr(Attribute attr);
/// Writes an attribute that jsonToAttr gives as Python's `json.dumps` writes
/// the value: objects with sorted keys (as LLVM's JSON writer sorts them),
/// integers of any width in full, floats as Python's repr, non-finite ones as
/// `Infinity`, `-Infinity`, `NaN`.
void writeAttrJson(JsonWriter &json, Attribute attr);

/// A from_node metadata value (the JSON list torch.export's serializer writes
/// for a node's NodeSource list), read as PyTorch's `NodeSource._from_dict`
/// reads it: an entry without name, target or graph_id has none of them
/// ("", "", -1). Reports what it cannot read through `error` and returns
/// nothing.
std::optional<FromNode> nodeSourcesFromJson(MLIRContext *context,
                                            const JsonValue &value,
                                            std::string &error);
/// Writes the JSON list `NodeSource.to_dict` gives for a from_node.
void writeNodeSourcesJson(JsonWriter &json, const FromNode &sources);

/// Which of `size` object entries to write, in which order, for the object a
/// llvm::json::Object of them would print: sorted by key (`getKey(i)`), and of
/// equal keys the last, as assigning an entry replaces it. The writers stream
/// their objects and keep the key order of LLVM's JSON writer. A template,
/// so that the sort's comparisons inline `getKey`: the importer orders every
/// object it reads.
template <typename GetKey>
SmallVector<unsigned> getJsonKeyOrder(unsigned size, GetKey getKey) {
  auto order = llvm::to_vector(llvm::seq(0u, size));
  llvm::sort(order, [&](unsigned a, unsigned b) {
    int comparison = getKey(a).compare(getKey(b));
    return comparison < 0 || (comparison == 0 && a < b);
  });
  SmallVector<unsigned> last;
  last.reserve(size);
  for (auto [i, index] : llvm::enumerate(order))
    if (i + 1 == order.size() || getKey(order[i + 1]) != getKey(index))
      last.push_back(index);
  return last;
}

/// The compact JSON text `write` writes.
std::string printJson(llvm::function_ref<void(JsonWriter &)> write);

} // namespace mlir::fx::pt2

#endif // FX_MLIR_LIB_TARGET_PT2_SCHEMA_H
