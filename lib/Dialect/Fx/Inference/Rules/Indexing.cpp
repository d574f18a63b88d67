//===- Indexing.cpp - Indexing op inference rules -------------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Advanced indexing, index_select/gather/scatter, the *_scatter view inverses,
// embeddings and nonzero (a fresh unbacked size, as PyTorch's fake tensors).
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

static std::optional<ScalarType> getDType(RankedTensorType type) {
  return getScalarType(type.getElementType());
}

/// Whether `index` holds indices: an int64 or int32 tensor.
static bool isIndexTensor(RankedTensorType index) {
  std::optional<ScalarType> dtype = getDType(index);
  return dtype == ScalarType::int64 || dtype == ScalarType::int32;
}

/// Reports an index tensor that is not int64 or int32.
static LogicalResult checkIndexDType(const BoundCall &call, unsigned param,
                                     RankedTensorType index) {
  if (isIndexTensor(index))
    return success();
  return call.emitParamError(param)
         << "must be an int64 or int32 tensor, got " << index;
}

/// Reports an advanced index (`Tensor?[] indices`) that is neither an index
/// tensor nor a bool or byte mask.
static LogicalResult checkAdvancedIndex(const BoundCall &call,
                                        RankedTensorType index) {
  std::optional<ScalarType> dtype = getDType(index);
  if (dtype == ScalarType::Bool || dtype == ScalarType::uint8 ||
      isIndexTensor(index))
    return success();
  return call.emitParamError(1) << "tensors used as indices must be long, "
                                   "int, byte or bool tensors, got "
                                << index;
}

static bool sameSizes(ArrayRef<AffineExpr> a, ArrayRef<AffineExpr> b) {
  return a.size() == b.size() &&
         llvm::all_of(llvm::zip_equal(a, b), [](auto pair) {
           return sizesMayMatch(std::get<0>(pair), std::get<1>(pair));
         });
}

//===----------------------------------------------------------------------===//
// index / index_put
//===----------------------------------------------------------------------===//

/// The result sizes of `self[indices]` (PyTorch's advanced indexing).
static FailureOr<SmallVector<AffineExpr>>
getIndexSizes(const BoundCall &call, RankedTensorType self,
              ArrayRef<RankedTensorType> indices) {
  SmallVector<AffineExpr> selfSizes = getDimSizes(self);
  MLIRContext *context = call.getContext();
  // Each dim of self: consumed by an advanced index or kept.
  SmallVector<AffineExpr> broadcast;
  bool anyAdvanced = false, separated = false, seenAfterAdvanced = false;
  size_t firstAdvancedDim = 0, dim = 0;
  SmallVector<AffineExpr> kept;
  size_t keptBefore = 0;
  for (RankedTensorType index : indices) {
    if (!index) {
      if (dim >= selfSizes.size())
        return call.emitParamError(1)
               << "has too many indices for a tensor of rank "
               << selfSizes.size();
      kept.push_back(selfSizes[dim++]);
      if (anyAdvanced)
        seenAfterAdvanced = true;
      continue;
    }
    if (failed(checkAdvancedIndex(call, index)))
      return failure();
    std::optional<ScalarType> dtype = getDType(index);
    bool mask = dtype == ScalarType::Bool || dtype == ScalarType::uint8;
    if (anyAdvanced && seenAfterAdvanced)
      separated = true;
    if (!anyAdvanced) {
      firstAdvancedDim = dim;
      keptBefore = kept.size();
    }
    anyAdvanced = true;
    SmallVector<AffineExpr> indexSizes;
    if (mask) {
      // A k-dim mask consumes k dims and stands for k index tensors of the
      // data-dependent number of its true elements.
      int64_t k = index.getRank();
      if (dim + k > selfSizes.size())
        return call.emitParamError(1)
               << "has too many indices for a tensor of rank "
               << selfSizes.size();
      SmallVector<AffineExpr> maskSizes = getDimSizes(index);
      for (int64_t i = 0; i < k; ++i)
        if (!sizesMayMatch(maskSizes[i], selfSizes[dim + i]))
          return call.emitParamError(1)
                 << "has a mask " << index
                 << " that does not match the shape of the indexed tensor "
                 << self << " at index " << i;
      dim += k;
      ShapeEnv *env = call.getShapeEnv();
      indexSizes.push_back(env ? env->createUnbackedSymbol(context)
                               : AffineExpr());
    } else {
      if (dim >= selfSizes.size())
        return call.emitParamError(1)
               << "has too many indices for a tensor of rank "
               << selfSizes.size();
      ++dim;
      indexSizes = getDimSizes(index);
    }
    SmallVector<AffineExpr> merged;
    if (failed(broadcastSizes(broadcast, indexSizes, merged)))
      return call.emitParamError(1)
             << "has index tensors that do not broadcast together";
    broadcast = merged;
  }
  (void)firstAdvancedDim;
  for (; dim < selfSizes.size(); ++dim)
    kept.push_back(selfSizes[dim]);
  if (!anyAdvanced)
    return kept;
  SmallVector<AffineExpr> result;
  if (separated) {
    result = broadcast;
    result.append(kept.begin(), kept.end());
  } else {
    result.assign(kept.begin(), kept.begin() + keptBefore);
    result.append(broadcast.begin(), broadcast.end());
    result.append(kept.begin() + keptBefore, kept.end());
  }
  return result;
}

LogicalResult rules::inferIndex(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<RankedTensorType, 4> indices;
  if (failed(self) || failed(call.getTensorList(1, indices)))
    return failure();
  FailureOr<SmallVector<AffineExpr>> sizes =
      getIndexSizes(call, *self, indices);
  if (failed(sizes))
    return failure();
  results.push_back(makeTensorType(*sizes, *self));
  return success();
}

LogicalResult rules::inferIndexPut(const BoundCall &call,
                                   SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> values = call.getTensor(2);
  SmallVector<RankedTensorType, 4> indices;
  if (failed(self) || failed(values) || failed(call.getTensorList(1, indices)))
    return failure();
  if (indices.size() >
      static_cast<size_t>(std::max<int64_t>(self->getRank(), 1)))
    return call.emitParamError(1)
           << "has too many indices for a tensor of rank " << self->getRank();
  for (RankedTensorType index : indices) {
    if (!index)
      continue;
    if (failed(checkAdvancedIndex(call, index)))
      return failure();
  }
  if (self->getElementType() != values->getElementType())
    return call.emitParamError(2)
           << "must have the dtype of self, " << self->getElementType()
           << ", got " << values->getElementType();
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferIndexSelect(const BoundCall &call,
                                      SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> dim = call.getInt(1);
  FailureOr<RankedTensorType> index = call.getTensor(2);
  if (failed(self) || failed(dim) || failed(index) ||
      failed(checkIndexDType(call, 2, *index)))
    return failure();
  if (index->getRank() > 1)
    return call.emitParamError(2) << "must be a vector, got " << *index;
  FailureOr<int64_t> d = normalizeDim(call, 1, *dim, self->getRank());
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  if (!sizes.empty())
    sizes[*d] = index->getRank() == 0
                    ? getAffineConstantExpr(1, call.getContext())
                    : getDimSizes(*index)[0];
  results.push_back(makeTensorType(sizes, *self));
  return success();
}

LogicalResult rules::inferGather(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> dim = call.getInt(1);
  FailureOr<RankedTensorType> index = call.getTensor(2);
  if (failed(self) || failed(dim) || failed(index) ||
      failed(normalizeDim(call, 1, *dim, self->getRank())))
    return failure();
  // PyTorch checks the index dtype of non-empty indices only.
  if (!hasZeroSize(*index) &&
      failed(checkIndexDType(call, 2, *index)))
    return failure();
  int64_t rank = std::max<int64_t>(self->getRank(), 1);
  int64_t indexRank = std::max<int64_t>(index->getRank(), 1);
  if (!hasZeroSize(*index) && rank != indexRank)
    return call.emitParamError(2)
           << "must have as many dims as self, got " << *index;
  results.push_back(makeTensorType(getDimSizes(*index), *self));
  return success();
}

/// The checks shared by scatter ops: an int64 index of self's rank.
static LogicalResult checkScatter(const BoundCall &call, RankedTensorType self,
                                  unsigned dimParam, RankedTensorType index) {
  FailureOr<int64_t> dim = call.getInt(dimParam);
  if (failed(dim) || failed(normalizeDim(call, dimParam, *dim, self.getRank())))
    return failure();
  // PyTorch checks the index dtype of non-empty indices only.
  if (!hasZeroSize(index) &&
      failed(checkIndexDType(call, dimParam + 1, index)))
    return failure();
  if (!hasZeroSize(index) && std::max<int64_t>(index.getRank(), 1) !=
                                 std::max<int64_t>(self.getRank(), 1))
    return call.emitParamError(dimParam + 1)
           << "must have as many dims as self, got " << index;
  return success();
}

LogicalResult rules::inferScatter(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> index = call.getTensor(2);
  FailureOr<RankedTensorType> src = call.getTensor(3);
  if (failed(self) || failed(index) || failed(src) ||
      failed(checkScatter(call, *self, 1, *index)))
    return failure();
  if (self->getElementType() != src->getElementType())
    return call.emitParamError(3)
           << "must have the dtype of self, " << self->getElementType()
           << ", got " << src->getElementType();
  if (std::optional<unsigned> reduce = call.getSchema().lookupParam("reduce")) {
    FailureOr<StringRef> mode = call.getString(*reduce);
    if (failed(mode))
      return failure();
    if (!llvm::is_contained({"sum", "prod", "mean", "amax", "amin"}, *mode))
      return call.emitParamError(*reduce)
             << "must be one of sum, prod, mean, amax, amin, got '" << *mode
             << "'";
  }
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferScatterValue(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> index = call.getTensor(2);
  if (failed(self) || failed(index) ||
      failed(checkScatter(call, *self, 1, *index)))
    return failure();
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferSelectScatter(const BoundCall &call,
                                        SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> src = call.getTensor(1);
  FailureOr<int64_t> dim = call.getInt(2);
  FailureOr<AffineExpr> index = call.getSymInt(3);
  if (failed(self) || failed(src) || failed(dim) || failed(index))
    return failure();
  if (self->getRank() == 0)
    return call.emitParamError(0) << "must not be a 0-dim tensor";
  FailureOr<int64_t> d = normalizeDim(call, 2, *dim, self->getRank());
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  std::optional<int64_t> size = getConstantSize(sizes[*d]);
  std::optional<int64_t> i = getConstantSize(*index);
  if (size && i && (*i < -*size || *i >= *size))
    return call.emitParamError(3)
           << "index " << *i << " out of range for a dim of size " << *size;
  sizes.erase(sizes.begin() + *d);
  if (!sameSizes(sizes, getDimSizes(*src)))
    return call.emitParamError(1)
           << "must have the sizes of the slice of self";
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferSliceScatter(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> src = call.getTensor(1);
  if (failed(self) || failed(src))
    return failure();
  // The sizes of self[start:end:step] along dim, as slice.Tensor computes
  // them: reuse that rule on self with params shifted by one.
  SmallVector<Type, 1> sliced;
  FailureOr<int64_t> dim = call.getInt(2);
  if (failed(dim))
    return failure();
  if (self->getRank() == 0)
    return call.emitParamError(0) << "must not be a 0-dim tensor";
  FailureOr<int64_t> d = normalizeDim(call, 2, *dim, self->getRank());
  FailureOr<int64_t> step = call.getInt(5);
  if (failed(d) || failed(step))
    return failure();
  if (*step <= 0)
    return call.emitParamError(5) << "slice step must be positive";
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  SmallVector<AffineExpr> srcSizes = getDimSizes(*src);
  if (srcSizes.size() != sizes.size())
    return call.emitParamError(1) << "must have the rank of self";
  // Only the sliced dim may differ; its extent is checked when constant.
  for (size_t i = 0; i < sizes.size(); ++i)
    if (static_cast<int64_t>(i) != *d && !sizesMayMatch(sizes[i], srcSizes[i]))
      return call.emitParamError(1)
             << "must have the sizes of the slice of self";
  std::optional<int64_t> n = getConstantSize(sizes[*d]);
  if (n) {
    auto bound = [&](unsigned param, int64_t dflt) -> FailureOr<int64_t> {
      if (call.isNone(param))
        return dflt;
      FailureOr<int64_t> v = call.getInt(param);
      if (failed(v))
        return failure();
      int64_t value = *v < 0 ? *v + *n : *v;
      return std::clamp<int64_t>(value, 0, *n);
    };
    FailureOr<int64_t> start = bound(3, 0), end = bound(4, *n);
    if (failed(start) || failed(end))
      return failure();
    int64_t length = *end > *start ? (*end - *start + *step - 1) / *step : 0;
    if (!sizesMayMatch(srcSizes[*d],
                       getAffineConstantExpr(length, call.getContext())))
      return call.emitParamError(1)
             << "must have the sizes of the slice of self";
  }
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferMaskedScatter(const BoundCall &call,
                                        SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> mask = call.getTensor(1);
  FailureOr<RankedTensorType> source = call.getTensor(2);
  if (failed(self) || failed(mask) || failed(source))
    return failure();
  std::optional<ScalarType> maskDType = getDType(*mask);
  if (maskDType != ScalarType::Bool && maskDType != ScalarType::uint8)
    return call.emitParamError(1) << "must be a bool tensor, got " << *mask;
  if (self->getElementType() != source->getElementType())
    return call.emitParamError(2)
           << "must have the dtype of self, " << self->getElementType();
  SmallVector<AffineExpr> sizes;
  if (failed(broadcastSizes(getDimSizes(*self), getDimSizes(*mask), sizes)))
    return call.emitParamError(1)
           << "of type " << *mask << " does not broadcast with self " << *self;
  results.push_back(makeTensorType(sizes, *self));
  return success();
}

//===----------------------------------------------------------------------===//
// Embeddings
//===----------------------------------------------------------------------===//

LogicalResult rules::inferEmbedding(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> weight = call.getTensor(0);
  FailureOr<RankedTensorType> indices = call.getTensor(1);
  if (failed(weight) || failed(indices) ||
      failed(checkIndexDType(call, 1, *indices)))
    return failure();
  if (weight->getRank() != 2)
    return call.emitParamError(0) << "'weight' must be 2-D, got " << *weight;
  SmallVector<AffineExpr> sizes = getDimSizes(*indices);
  sizes.push_back(getDimSizes(*weight)[1]);
  results.push_back(makeTensorType(sizes, *weight));
  return success();
}

LogicalResult
rules::inferEmbeddingDenseBackward(const BoundCall &call,
                                   SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> grad = call.getTensor(0);
  FailureOr<RankedTensorType> indices = call.getTensor(1);
  FailureOr<AffineExpr> numWeights = call.getSymInt(2);
  if (failed(grad) || failed(indices) || failed(numWeights) ||
      failed(checkIndexDType(call, 1, *indices)))
    return failure();
  if (grad->getRank() == 0)
    return call.emitParamError(0) << "must have at least one dim";
  results.push_back(
      makeTensorType({*numWeights, getDimSizes(*grad).back()}, *grad));
  return success();
}

LogicalResult rules::inferEmbeddingBag(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> weight = call.getTensor(0);
  FailureOr<RankedTensorType> indices = call.getTensor(1);
  FailureOr<RankedTensorType> offsets = call.getTensor(2);
  FailureOr<int64_t> mode = call.getInt(4);
  FailureOr<RankedTensorType> perSampleWeights = call.getOptionalTensor(6);
  FailureOr<bool> includeLastOffset = call.getBool(7);
  if (failed(weight) || failed(indices) || failed(offsets) || failed(mode) ||
      failed(perSampleWeights) || failed(includeLastOffset) ||
      failed(checkIndexDType(call, 1, *indices)) ||
      failed(checkIndexDType(call, 2, *offsets)))
    return failure();
  if (weight->getRank() != 2)
    return call.emitParamError(0) << "must be 2-D, got " << *weight;
  if (*mode < 0 || *mode > 2)
    return call.emitParamError(4) << "must be 0 (sum), 1 (mean) or 2 (max)";
  if (indices->getRank() == 0 || offsets->getRank() != 1)
    return call.emitParamError(indices->getRank() == 0 ? 1 : 2)
           << "must be " << (indices->getRank() == 0 ? "non-scalar" : "1-D");
  MLIRContext *context = call.getContext();
  AffineExpr numOffsets = getDimSizes(*offsets)[0];
  AffineExpr numBags = numOffsets;
  if (*includeLastOffset && numBags)
    numBags = numBags - 1;
  if (std::optional<int64_t> c = getConstantSize(numBags); c && *c < 0)
    numBags = getAffineConstantExpr(0, context);
  AffineExpr dim = getDimSizes(*weight)[1];
  AffineExpr numIndices = getDimSizes(*indices)[0];
  results.push_back(makeTensorType({numBags, dim}, *weight));
  // As PyTorch 2.13's CPU (and so fake CPU) kernel: offset2bag is only
  // materialized off the fast sum path (float or half weights, no
  // padding_idx); bag_size has one entry per bag; max_indices is per bag and
  // feature in max mode, else per bag.
  FailureOr<int64_t> paddingIdx = call.getInt(8);
  if (failed(paddingIdx))
    return failure();
  std::optional<ScalarType> dtype = getDType(*weight);
  bool fastSum =
      *mode == 0 && *paddingIdx < 0 &&
      (dtype == ScalarType::float32 || dtype == ScalarType::float16);
  results.push_back(makeTensorType(
      {fastSum ? getAffineConstantExpr(0, context) : numIndices}, *offsets));
  results.push_back(makeTensorType({numBags}, *offsets));
  if (*mode == 2)
    results.push_back(makeTensorType({numBags, dim}, *offsets));
  else
    results.push_back(makeTensorType({numBags}, *offsets));
  return success();
}

//===----------------------------------------------------------------------===//
// nonzero
//===----------------------------------------------------------------------===//

LogicalResult rules::inferNonzero(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  MLIRContext *context = call.getContext();
  ShapeEnv *env = call.getShapeEnv();
  AffineExpr count = env ? env->createUnbackedSymbol(context) : AffineExpr();
  FailureOr<Type> type = makeTensorType(
      call, {count, getAffineConstantExpr(self->getRank(), context)},
      ScalarType::int64);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}
