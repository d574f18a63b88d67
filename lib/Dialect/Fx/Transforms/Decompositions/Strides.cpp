//===- Strides.cpp - The strides fake tensors would have ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Strides.h"
#include "../../Inference/InferenceHelpers.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mlir::fx;

SmallVector<AffineExpr>
mlir::fx::getContiguousStrides(ArrayRef<AffineExpr> sizes) {
  SmallVector<AffineExpr> strides(sizes.size());
  if (sizes.empty())
    return strides;
  AffineExpr stride = getAffineConstantExpr(1, sizes.front().getContext());
  for (int64_t i = sizes.size() - 1; i >= 0; --i) {
    strides[i] = stride;
    // ATen's contiguous strides treat a size-0 dim like a size-1 dim.
    if (!isConstantSize(sizes[i], 0))
      stride = canonicalizeSize(stride * sizes[i]);
  }
  return strides;
}

bool mlir::fx::isContiguous(ArrayRef<AffineExpr> sizes,
                            ArrayRef<AffineExpr> strides) {
  if (llvm::any_of(sizes, [](AffineExpr size) { return isConstantSize(size, 0); }))
    return true;
  if (sizes.empty())
    return true;
  AffineExpr expected = getAffineConstantExpr(1, sizes.front().getContext());
  for (int64_t i = sizes.size() - 1; i >= 0; --i) {
    if (isConstantSize(sizes[i], 1))
      continue;
    if (canonicalizeSize(strides[i]) != canonicalizeSize(expected))
      return false;
    expected = canonicalizeSize(expected * sizes[i]);
  }
  return true;
}

namespace {

/// How a producer's result strides follow from its input's.
enum class StrideRule {
  /// A base: the result is contiguous.
  Contiguous,
  /// Same strides as the input (alias, detach, clone preserving the format,
  /// getitem of a split, layout-following elementwise ops).
  Same,
  View,
  Permute,
  Transpose,
  Expand,
  Unsqueeze,
  Squeeze,
  Slice,
  Select,
};

/// One step of a chain of view ops: the op and its rule.
struct Step {
  CallFunctionOp op;
  StrideRule rule;
};

} // namespace

static StrideRule getStrideRule(StringRef target) {
  return llvm::StringSwitch<StrideRule>(target)
      .Cases({"aten.view.default", "aten._unsafe_view.default",
              "aten.reshape.default"},
             StrideRule::View)
      .Case("aten.permute.default", StrideRule::Permute)
      .Cases({"aten.transpose.int", "aten.t.default"}, StrideRule::Transpose)
      .Case("aten.expand.default", StrideRule::Expand)
      .Case("aten.unsqueeze.default", StrideRule::Unsqueeze)
      .Cases({"aten.squeeze.dim", "aten.squeeze.dims", "aten.squeeze.default"},
             StrideRule::Squeeze)
      .Case("aten.slice.Tensor", StrideRule::Slice)
      .Case("aten.select.int", StrideRule::Select)
      // TensorIterator gives an elementwise result its input's layout.
      .Cases({"aten.alias.default", "aten.detach.default", "aten.clone.default",
              "aten.add.Tensor", "aten.sub.Tensor", "aten.mul.Tensor",
              "aten.div.Tensor", "aten.mul.Scalar", "aten.div.Scalar",
              "aten.add.Scalar", "aten.sub.Scalar", "aten.neg.default",
              "aten.relu.default", "aten.sigmoid.default", "aten.tanh.default",
              "aten.exp.default", "aten.gelu.default", "aten._to_copy.default"},
             StrideRule::Same)
      .Default(StrideRule::Contiguous);
}

/// An int arg of `op`, or nothing.
static std::optional<int64_t> getIntArg(CallFunctionOp op, unsigned i) {
  if (i >= op.getArgs().size())
    return std::nullopt;
  auto attr = dyn_cast<IntegerAttr>(op.getArgs()[i]);
  if (!attr || isa<BoolAttr>(attr))
    return std::nullopt;
  return attr.getInt();
}

/// The input whose strides `op`'s result follows; null when there is none.
static Value getStrideSource(CallFunctionOp op, StrideRule rule) {
  if (op->getNumOperands() == 0)
    return {};
  // getitem of a split: the split's input.
  if (op.getTarget() == "operator.getitem") {
    auto split = op->getOperand(0).getDefiningOp<CallFunctionOp>();
    if (!split || split->getNumOperands() == 0 ||
        !llvm::is_contained({StringRef("aten.split_with_sizes.default"),
                             StringRef("aten.split.Tensor"),
                             StringRef("aten.chunk.default")},
                            split.getTarget()))
      return {};
    return split->getOperand(0);
  }
  if (rule != StrideRule::Same)
    return op->getOperand(0);
  // clone to contiguous_format is a base.
  if (op.getTarget() == "aten.clone.default")
    if (Attribute format = op.getKwargs().lookup("memory_format"))
      if (auto memoryFormat = dyn_cast<MemoryFormatAttr>(format);
          !memoryFormat ||
          memoryFormat.getValue() != MemoryFormat::preserve_format)
        return {};
  // An elementwise op: its first operand of the result's sizes.
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!resultType)
    return {};
  for (Value operand : op->getOperands())
    if (operand.getType() == resultType)
      return operand;
  return {};
}

std::optional<SmallVector<AffineExpr>> mlir::fx::getStrides(Value value) {
  // Walk up the chain of view ops to a base, then apply it forward.
  SmallVector<Step, 8> chain;
  Value base = value;
  while (auto op = base.getDefiningOp<CallFunctionOp>()) {
    StrideRule rule = op.getTarget() == "operator.getitem"
                          ? StrideRule::Same
                          : getStrideRule(op.getTarget());
    if (rule == StrideRule::Contiguous)
      break;
    Value source = getStrideSource(op, rule);
    if (!source || !isa<RankedTensorType>(source.getType()))
      break;
    chain.push_back({op, rule});
    base = source;
  }
  auto baseType = dyn_cast<RankedTensorType>(base.getType());
  if (!baseType)
    return std::nullopt;
  SmallVector<AffineExpr> sizes = getDimSizes(baseType);
  if (llvm::is_contained(sizes, AffineExpr()))
    return std::nullopt;
  SmallVector<AffineExpr> strides = getContiguousStrides(sizes);
  for (Step &step : llvm::reverse(chain)) {
    auto type = cast<RankedTensorType>(step.op->getResult(0).getType());
    SmallVector<AffineExpr> newSizes = getDimSizes(type);
    if (llvm::is_contained(newSizes, AffineExpr()))
      return std::nullopt;
    int64_t rank = sizes.size(), newRank = newSizes.size();
    // Dim arg `i` of the step wrapped for a tensor of `dimRank` dims.
    auto dimArg = [&](unsigned i, int64_t dimRank) -> std::optional<int64_t> {
      std::optional<int64_t> dim = getIntArg(step.op, i);
      if (dim && *dim < 0)
        *dim += dimRank;
      return dim;
    };
    SmallVector<AffineExpr> newStrides;
    switch (step.rule) {
    case StrideRule::Contiguous:
      llvm_unreachable("bases end the chain");
    case StrideRule::Same:
      newStrides = strides;
      break;
    case StrideRule::View:
      if (classifyView(sizes, strides, newSizes, &newStrides) !=
          ViewKind::View)
        newStrides = getContiguousStrides(newSizes);
      break;
    case StrideRule::Permute: {
      auto dims = step.op.getArgs().size() > 1
                      ? dyn_cast<ArrayAttr>(step.op.getArgs()[1])
                      : ArrayAttr();
      if (!dims || static_cast<int64_t>(dims.size()) != rank)
        return std::nullopt;
      for (Attribute dim : dims) {
        auto index = dyn_cast<IntegerAttr>(dim);
        if (!index)
          return std::nullopt;
        int64_t d = index.getInt() < 0 ? index.getInt() + rank : index.getInt();
        if (d < 0 || d >= rank)
          return std::nullopt;
        newStrides.push_back(strides[d]);
      }
      break;
    }
    case StrideRule::Transpose: {
      newStrides = strides;
      if (rank < 2)
        break;
      // t() swaps dims 0 and 1; transpose.int its two dim args.
      std::optional<int64_t> d0 = 0, d1 = 1;
      if (step.op.getTarget() == "aten.transpose.int")
        d0 = dimArg(1, rank), d1 = dimArg(2, rank);
      if (!d0 || !d1 || *d0 < 0 || *d0 >= rank || *d1 < 0 || *d1 >= rank)
        return std::nullopt;
      std::swap(newStrides[*d0], newStrides[*d1]);
      break;
    }
    case StrideRule::Expand:
      for (int64_t i = 0; i < newRank; ++i) {
        int64_t j = i - (newRank - rank);
        bool broadcast =
            j < 0 || (isConstantSize(sizes[j], 1) && newSizes[i] != sizes[j]);
        newStrides.push_back(broadcast
                                 ? getAffineConstantExpr(0, type.getContext())
                                 : strides[j]);
      }
      break;
    case StrideRule::Unsqueeze: {
      std::optional<int64_t> d = dimArg(1, rank + 1);
      if (!d || *d < 0 || *d > rank)
        return std::nullopt;
      newStrides = strides;
      AffineExpr stride =
          *d < rank ? canonicalizeSize(sizes[*d] * strides[*d])
                    : getAffineConstantExpr(1, type.getContext());
      newStrides.insert(newStrides.begin() + *d, stride);
      break;
    }
    case StrideRule::Squeeze:
      // The result drops size-1 dims: keep the strides of the dims that
      // match the result's sizes in order.
      for (int64_t i = 0, j = 0; i < rank; ++i) {
        // A size-1 dim is dropped unless the result needs all remaining
        // dims (the strides of size-1 dims never matter to a view).
        if (j < newRank && sizes[i] == newSizes[j] &&
            (!isConstantSize(sizes[i], 1) || rank - i == newRank - j)) {
          newStrides.push_back(strides[i]);
          ++j;
        }
      }
      if (static_cast<int64_t>(newStrides.size()) != newRank)
        return std::nullopt;
      break;
    case StrideRule::Slice: {
      std::optional<int64_t> d = dimArg(1, rank);
      std::optional<int64_t> stepArg = getIntArg(step.op, 4);
      if (!d || *d < 0 || *d >= rank)
        return std::nullopt;
      newStrides = strides;
      newStrides[*d] = canonicalizeSize(strides[*d] * stepArg.value_or(1));
      break;
    }
    case StrideRule::Select: {
      std::optional<int64_t> d = dimArg(1, rank);
      if (!d || *d < 0 || *d >= rank)
        return std::nullopt;
      newStrides = strides;
      newStrides.erase(newStrides.begin() + *d);
      break;
    }
    }
    sizes = std::move(newSizes);
    strides = std::move(newStrides);
  }
  return strides;
}

/// `a < b` for sizes, where a symbol stands for a size of at least 2 (sizes
/// 0 and 1 are specialized by PyTorch): sizes of which one is a multiple of
/// the other compare; others are left open.
static std::optional<bool> isLess(AffineExpr a, AffineExpr b) {
  a = canonicalizeSize(a);
  b = canonicalizeSize(b);
  if (a == b)
    return false;
  std::optional<int64_t> x = getConstantSize(a), y = getConstantSize(b);
  if (x && y)
    return *x < *y;
  if (divideExactly(b, a))
    return true;
  if (divideExactly(a, b))
    return false;
  return std::nullopt;
}

static bool isEqual(AffineExpr a, AffineExpr b) {
  return canonicalizeSize(a) == canonicalizeSize(b);
}

ViewKind mlir::fx::classifyView(ArrayRef<AffineExpr> sizes,
                                ArrayRef<AffineExpr> strides,
                                ArrayRef<AffineExpr> newSizes,
                                SmallVectorImpl<AffineExpr> *newStrides) {
  SmallVector<AffineExpr> result(newSizes.size());
  if (sizes.empty()) {
    // A 0-d tensor views as anything of one element, contiguously.
    if (newStrides)
      *newStrides = getContiguousStrides(newSizes);
    return ViewKind::View;
  }
  MLIRContext *context = sizes.front().getContext();
  AffineExpr one = getAffineConstantExpr(1, context);
  AffineExpr numel = getProduct(context, sizes);
  if (isConstantSize(canonicalizeSize(numel), 0)) {
    if (newStrides)
      *newStrides = getContiguousStrides(newSizes);
    return ViewKind::View;
  }
  // ATen's computeStride: match chunks of contiguous old dims against runs
  // of new dims of the same element count.
  int64_t viewD = static_cast<int64_t>(newSizes.size()) - 1;
  AffineExpr chunkBaseStride = strides.back();
  AffineExpr tensorNumel = one, viewNumel = one;
  for (int64_t tensorD = sizes.size() - 1; tensorD >= 0; --tensorD) {
    tensorNumel = canonicalizeSize(tensorNumel * sizes[tensorD]);
    bool chunkEnds =
        tensorD == 0 ||
        (!isConstantSize(sizes[tensorD - 1], 1) &&
         !isEqual(strides[tensorD - 1], tensorNumel * chunkBaseStride));
    if (!chunkEnds)
      continue;
    while (viewD >= 0) {
      std::optional<bool> less = isLess(viewNumel, tensorNumel);
      if (!less)
        return ViewKind::Unknown;
      if (!*less && !isConstantSize(newSizes[viewD], 1))
        break;
      result[viewD] = canonicalizeSize(viewNumel * chunkBaseStride);
      viewNumel = canonicalizeSize(viewNumel * newSizes[viewD]);
      --viewD;
    }
    if (!isEqual(viewNumel, tensorNumel))
      return isLess(viewNumel, tensorNumel).has_value() ? ViewKind::Copy
                                            : ViewKind::Unknown;
    if (tensorD > 0) {
      chunkBaseStride = strides[tensorD - 1];
      tensorNumel = one;
      viewNumel = one;
    }
  }
  if (viewD != -1)
    return ViewKind::Copy;
  if (newStrides)
    *newStrides = std::move(result);
  return ViewKind::View;
}

std::optional<bool> mlir::fx::isContiguous(Value value) {
  std::optional<SmallVector<AffineExpr>> strides = getStrides(value);
  if (!strides)
    return std::nullopt;
  return isContiguous(getDimSizes(cast<RankedTensorType>(value.getType())),
                      *strides);
}
