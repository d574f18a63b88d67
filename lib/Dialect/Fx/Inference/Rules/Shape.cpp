//===- Shape.cpp - View and shape op inference rules ----------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// view/reshape with -1, expand, permute, squeeze/unsqueeze, select/slice,
// cat/stack/split, pads, repeat: the ops that only move sizes around.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// The most results a split or unbind may have: beyond it the graph cannot
/// be sensible, and a typo must not allocate without bound.
constexpr int64_t kMaxListResults = 1 << 16;

static AffineExpr getConstant(const BoundCall &call, int64_t value) {
  return getAffineConstantExpr(value, call.getContext());
}

/// Pushes a tensor type of `sizes` like `like` into `results`.
static LogicalResult pushLike(SmallVectorImpl<Type> &results,
                              ArrayRef<AffineExpr> sizes,
                              RankedTensorType like) {
  results.push_back(makeTensorType(sizes, like));
  return success();
}

/// The smaller of two sizes. PyTorch decides `min` on symbolic sizes with
/// a guard on the traced values, which types do not record: when the
/// difference is not constant, a constant of at most 2 wins against a
/// symbol (PyTorch specializes sizes 0 and 1, so symbols are at least 2) and
/// otherwise `preferred` is taken.
static AffineExpr getMinSize(AffineExpr a, AffineExpr b, AffineExpr preferred) {
  if (!a || !b)
    return {};
  if (a == b)
    return a;
  if (std::optional<int64_t> diff = getConstantSize(canonicalizeSize(a - b)))
    return *diff <= 0 ? a : b;
  std::optional<int64_t> ca = getConstantSize(a), cb = getConstantSize(b);
  if (ca && *ca <= 2 && isa<AffineSymbolExpr>(b))
    return a;
  if (cb && *cb <= 2 && isa<AffineSymbolExpr>(a))
    return b;
  return preferred;
}

//===----------------------------------------------------------------------===//
// view / reshape
//===----------------------------------------------------------------------===//

LogicalResult rules::inferView(const BoundCall &call,
                               SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  SmallVector<AffineExpr, 6> sizes;
  if (failed(call.getSymIntList(1, sizes)))
    return failure();
  SmallVector<AffineExpr> selfSizes = getDimSizes(*self);
  AffineExpr numel = getProduct(call.getContext(), selfSizes);
  std::optional<unsigned> inferred;
  AffineExpr known = getConstant(call, 1);
  for (auto [i, size] : llvm::enumerate(sizes)) {
    std::optional<int64_t> value = getConstantSize(size);
    if (value && *value == -1) {
      if (inferred)
        return call.emitParamError(1) << "only one dimension can be inferred";
      inferred = i;
      continue;
    }
    if (value && *value < 0)
      return call.emitParamError(1) << "invalid shape dimension " << *value;
    known = known * size;
  }
  auto reportInvalid = [&] {
    InFlightDiagnostic diag = call.emitParamError(1) << "of ";
    printSizes(diag, sizes);
    diag << " is invalid for input of size ";
    printSizes(diag, {numel});
    return diag;
  };
  std::optional<int64_t> numelValue = getConstantSize(numel);
  std::optional<int64_t> knownValue = getConstantSize(known);
  if (inferred) {
    if (knownValue && *knownValue == 0)
      return call.emitParamError(1)
             << "cannot reshape a tensor of 0 elements into "
                "a shape with an inferred (-1) dim and a 0 dim";
    if (numelValue && knownValue && *numelValue % *knownValue != 0)
      return reportInvalid();
    sizes[*inferred] = divideExactly(numel, known);
  } else if (numelValue && knownValue && *numelValue != *knownValue) {
    return reportInvalid();
  }
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferFlatten(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  int64_t rank = self->getRank();
  FailureOr<int64_t> s = getDimParam(call, 1, rank);
  FailureOr<int64_t> e = getDimParam(call, 2, rank);
  if (failed(s) || failed(e))
    return failure();
  if (*s > *e)
    return call.emitParamError(2) << "must not come before start_dim";
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  if (rank == 0)
    return pushLike(results, {getConstant(call, 1)}, *self);
  SmallVector<AffineExpr, 6> result(sizes.begin(), sizes.begin() + *s);
  result.push_back(
      getProduct(call.getContext(), ArrayRef(sizes).slice(*s, *e - *s + 1)));
  result.append(sizes.begin() + *e + 1, sizes.end());
  return pushLike(results, result, *self);
}

LogicalResult rules::inferAsStrided(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 6> sizes, strides;
  if (failed(self) || failed(call.getSymIntList(1, sizes)) ||
      failed(call.getSymIntList(2, strides)))
    return failure();
  if (sizes.size() != strides.size())
    return call.emitParamError(2) << "must have one stride per size";
  for (AffineExpr size : sizes)
    if (std::optional<int64_t> value = getConstantSize(size);
        value && *value < 0)
      return call.emitParamError(1) << "has a negative size " << *value;
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferResize(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 6> sizes;
  if (failed(self) || failed(call.getSymIntList(1, sizes)) ||
      failed(checkMemoryFormat(call, sizes.size(), /*allowPreserve=*/true)))
    return failure();
  for (AffineExpr size : sizes)
    if (std::optional<int64_t> value = getConstantSize(size);
        value && *value < 0)
      return call.emitParamError(1) << "has a negative size " << *value;
  return pushLike(results, sizes, *self);
}

//===----------------------------------------------------------------------===//
// expand / permute / transpose
//===----------------------------------------------------------------------===//

LogicalResult rules::inferExpandAs(const BoundCall &call,
                                   SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<RankedTensorType> other = call.getTensor(1);
  if (failed(self) || failed(other))
    return failure();
  SmallVector<AffineExpr> selfSizes = getDimSizes(*self);
  SmallVector<AffineExpr> sizes = getDimSizes(*other);
  if (sizes.size() < selfSizes.size())
    return call.emitParamError(1) << "of type " << *other
                                  << " has fewer dims than " << *self;
  size_t offset = sizes.size() - selfSizes.size();
  for (auto [i, size] : llvm::enumerate(selfSizes)) {
    std::optional<int64_t> constant = getConstantSize(size);
    if ((!constant || *constant != 1) && !sizesMayMatch(size, sizes[offset + i]))
      return call.emitParamError(1)
             << "of type " << *other << " is not an expansion of " << *self;
  }
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferExpand(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 6> sizes;
  if (failed(self) || failed(call.getSymIntList(1, sizes)))
    return failure();
  SmallVector<AffineExpr> selfSizes = getDimSizes(*self);
  if (sizes.size() < selfSizes.size())
    return call.emitParamError(1)
           << "has " << sizes.size()
           << " sizes, fewer than the number of dims in the tensor ("
           << selfSizes.size() << ")";
  size_t offset = sizes.size() - selfSizes.size();
  for (size_t i = 0; i < sizes.size(); ++i) {
    std::optional<int64_t> target = getConstantSize(sizes[i]);
    if (i < offset) {
      if (target && *target < 0)
        return call.emitParamError(1)
               << "has the size " << *target
               << ", which isn't allowed in a leading, non-existing dim " << i;
      continue;
    }
    AffineExpr existing = selfSizes[i - offset];
    if (target && *target == -1) {
      sizes[i] = existing;
      continue;
    }
    if (target && *target < -1)
      return call.emitParamError(1) << "has a negative size " << *target;
    if (existing == sizes[i] || isConstantSize(existing, 1))
      continue;
    if (!sizesMayMatch(existing, sizes[i])) {
      InFlightDiagnostic diag = call.emitParamError(1)
                                << "has the expanded size ";
      printSizes(diag, {sizes[i]});
      diag << " must match the existing size ";
      printSizes(diag, {existing});
      diag << " at non-singleton dimension " << i;
      return diag;
    }
    // A symbolic existing size against a constant target: the target.
    if (!target)
      sizes[i] = existing;
  }
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferPermute(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<int64_t, 6> dims;
  if (failed(self) || failed(call.getIntList(1, dims)))
    return failure();
  int64_t rank = self->getRank();
  if (static_cast<int64_t>(dims.size()) != rank)
    return call.emitParamError(1)
           << "has " << dims.size() << " dims for a tensor of rank " << rank;
  SmallVector<bool, 6> seen;
  if (failed(normalizeDimList(call, 1, dims, rank, seen)))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  SmallVector<AffineExpr, 6> result;
  for (int64_t dim : dims)
    result.push_back(sizes[dim < 0 ? dim + rank : dim]);
  return pushLike(results, result, *self);
}

LogicalResult rules::inferTranspose(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  int64_t rank = self->getRank();
  FailureOr<int64_t> d0 = getDimParam(call, 1, rank);
  FailureOr<int64_t> d1 = getDimParam(call, 2, rank);
  if (failed(d0) || failed(d1))
    return failure();
  if (rank == 0)
    return pushLike(results, {}, *self);
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  std::swap(sizes[*d0], sizes[*d1]);
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferT(const BoundCall &call,
                            SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  if (self->getRank() > 2)
    return call.emitParamError(0)
           << "must have at most 2 dims, got " << self->getRank();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  std::reverse(sizes.begin(), sizes.end());
  return pushLike(results, sizes, *self);
}

//===----------------------------------------------------------------------===//
// squeeze / unsqueeze / select / slice / diagonal / flip / repeat
//===----------------------------------------------------------------------===//

LogicalResult rules::inferUnsqueeze(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> dim = call.getInt(1);
  if (failed(self) || failed(dim))
    return failure();
  int64_t rank = self->getRank();
  int64_t extent = rank + 1;
  if (*dim < -extent || *dim >= extent)
    return call.emitParamError(1) << "dim " << *dim
                                  << " is out of range for unsqueezing a "
                                     "tensor of rank "
                                  << rank;
  int64_t d = *dim < 0 ? *dim + extent : *dim;
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  sizes.insert(sizes.begin() + d, getConstant(call, 1));
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferSqueeze(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  int64_t rank = self->getRank();
  SmallVector<bool, 6> mask;
  std::optional<unsigned> dimParam = call.getSchema().lookupParam("dim");
  if (!dimParam) {
    mask.assign(std::max<int64_t>(rank, 1), true);
  } else if (call.getSchema().params[*dimParam].type.contains('[')) {
    SmallVector<int64_t, 4> dims;
    if (failed(call.getIntList(*dimParam, dims)) ||
        failed(normalizeDimList(call, *dimParam, dims, rank, mask)))
      return failure();
  } else {
    FailureOr<int64_t> dim = call.getInt(*dimParam);
    if (failed(dim) ||
        failed(normalizeDimList(call, *dimParam, {*dim}, rank, mask)))
      return failure();
  }
  SmallVector<AffineExpr> sizes = getDimSizes(*self), result;
  for (auto [i, size] : llvm::enumerate(sizes))
    if (!mask[i] || !isConstantSize(size, 1))
      result.push_back(size);
  return pushLike(results, result, *self);
}

LogicalResult rules::inferSelect(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> dim = call.getInt(1);
  FailureOr<AffineExpr> index = call.getSymInt(2);
  if (failed(self) || failed(dim) || failed(index))
    return failure();
  int64_t rank = self->getRank();
  if (rank == 0)
    return call.emitParamError(0) << "must not be a 0-dim tensor";
  FailureOr<int64_t> d = normalizeDim(call, 1, *dim, rank);
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  std::optional<int64_t> size = getConstantSize(sizes[*d]);
  std::optional<int64_t> i = getConstantSize(*index);
  if (size && i && (*i < -*size || *i >= *size))
    return call.emitParamError(2)
           << "index " << *i << " out of range for a dim of size " << *size;
  sizes.erase(sizes.begin() + *d);
  return pushLike(results, sizes, *self);
}

/// The size of `self[start:end:step]` along a dim of `size`; null when it
/// cannot be decided. Reports a non-positive step.
static FailureOr<AffineExpr> getSliceSize(const BoundCall &call,
                                          AffineExpr size, unsigned startParam,
                                          unsigned endParam,
                                          unsigned stepParam) {
  FailureOr<int64_t> step = call.getInt(stepParam);
  if (failed(step))
    return failure();
  if (*step <= 0)
    return call.emitParamError(stepParam) << "slice step must be positive";
  MLIRContext *context = call.getContext();
  // A bound: None gives `dflt`; negative ones count from the end; both are
  // clamped to [0, size] when that can be decided.
  auto getBound = [&](unsigned param,
                      AffineExpr dflt) -> FailureOr<AffineExpr> {
    if (call.isNone(param))
      return dflt;
    FailureOr<AffineExpr> value = call.getSymInt(param);
    if (failed(value))
      return failure();
    std::optional<int64_t> c = getConstantSize(*value);
    if (!c)
      return *value;
    if (!size)
      return AffineExpr();
    std::optional<int64_t> n = getConstantSize(size);
    int64_t v = *c;
    if (n) {
      if (v < 0)
        v += *n;
      return getAffineConstantExpr(std::clamp<int64_t>(v, 0, *n), context);
    }
    // Symbolic size: huge bounds mean "to the end"; negative ones count
    // from it; other constants are taken to lie within the dim.
    if (v >= (int64_t(1) << 62))
      return size;
    if (v < 0)
      return size + v;
    return getAffineConstantExpr(v, context);
  };
  FailureOr<AffineExpr> start =
      getBound(startParam, getAffineConstantExpr(0, context));
  FailureOr<AffineExpr> end = getBound(endParam, size);
  if (failed(start) || failed(end))
    return failure();
  if (!*start || !*end)
    return AffineExpr();
  AffineExpr length = canonicalizeSize(*end - *start);
  if (std::optional<int64_t> c = getConstantSize(length); c && *c <= 0)
    return getAffineConstantExpr(0, context);
  return (length + (*step - 1)).floorDiv(*step);
}

LogicalResult rules::inferSlice(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> dim = call.getInt(1);
  if (failed(self) || failed(dim))
    return failure();
  int64_t rank = self->getRank();
  if (rank == 0)
    return call.emitParamError(0) << "must not be a 0-dim tensor";
  FailureOr<int64_t> d = normalizeDim(call, 1, *dim, rank);
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  FailureOr<AffineExpr> size = getSliceSize(call, sizes[*d], 2, 3, 4);
  if (failed(size))
    return failure();
  sizes[*d] = *size;
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferDiagonal(const BoundCall &call,
                                   SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> offset = call.getInt(1);
  FailureOr<int64_t> dim1 = call.getInt(2);
  FailureOr<int64_t> dim2 = call.getInt(3);
  if (failed(self) || failed(offset) || failed(dim1) || failed(dim2))
    return failure();
  int64_t rank = self->getRank();
  if (rank < 2)
    return call.emitParamError(0) << "must have at least 2 dims";
  FailureOr<int64_t> d1 = normalizeDim(call, 2, *dim1, rank);
  FailureOr<int64_t> d2 = normalizeDim(call, 3, *dim2, rank);
  if (failed(d1) || failed(d2))
    return failure();
  if (*d1 == *d2)
    return call.emitParamError(3)
           << "must not be the same dim as dim1, got " << *dim1 << ", "
           << *dim2;
  SmallVector<AffineExpr> sizes = getDimSizes(*self), result;
  AffineExpr a = sizes[*d1], b = sizes[*d2];
  // The side the offset shortens is taken as the smaller one when that
  // cannot be decided.
  AffineExpr diag;
  if (*offset >= 0) {
    AffineExpr shortened = b ? canonicalizeSize(b - *offset) : b;
    diag = getMinSize(a, shortened, *offset > 0 ? shortened : a);
  } else {
    AffineExpr shortened = a ? canonicalizeSize(a + *offset) : a;
    diag = getMinSize(shortened, b, shortened);
  }
  if (std::optional<int64_t> c = getConstantSize(diag); c && *c < 0)
    diag = getConstant(call, 0);
  for (auto [i, size] : llvm::enumerate(sizes))
    if (static_cast<int64_t>(i) != *d1 && static_cast<int64_t>(i) != *d2)
      result.push_back(size);
  result.push_back(diag);
  return pushLike(results, result, *self);
}

LogicalResult rules::inferFlip(const BoundCall &call,
                               SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<int64_t, 6> dims;
  SmallVector<bool, 6> mask;
  if (failed(self) || failed(call.getIntList(1, dims)) ||
      failed(normalizeDimList(call, 1, dims, self->getRank(), mask)))
    return failure();
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferRepeat(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 6> repeats;
  if (failed(self) || failed(call.getSymIntList(1, repeats)))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  if (repeats.size() < sizes.size())
    return call.emitParamError(1)
           << "must have at least as many elements as the tensor has dims";
  size_t offset = repeats.size() - sizes.size();
  for (size_t i = 0; i < repeats.size(); ++i) {
    if (std::optional<int64_t> r = getConstantSize(repeats[i]); r && *r < 0)
      return call.emitParamError(1) << "has a negative repeat " << *r;
    if (i >= offset)
      repeats[i] =
          sizes[i - offset] ? sizes[i - offset] * repeats[i] : AffineExpr();
  }
  return pushLike(results, repeats, *self);
}

//===----------------------------------------------------------------------===//
// cat / stack / split / unbind
//===----------------------------------------------------------------------===//

/// The promoted dtype of a tensor list (cat/stack use plain promotion).
static FailureOr<ScalarType> promoteList(const BoundCall &call, unsigned param,
                                         ArrayRef<RankedTensorType> tensors) {
  std::optional<ScalarType> dtype;
  for (RankedTensorType tensor : tensors) {
    std::optional<ScalarType> d = getScalarType(tensor.getElementType());
    if (!d)
      return call.emitParamError(param)
             << "has an element type with no torch dtype: " << tensor;
    dtype = dtype ? promoteTypes(*dtype, *d) : d;
    if (!dtype)
      return call.emitParamError(param) << "has dtypes that do not promote";
  }
  if (!dtype)
    return call.emitParamError(param) << "must be a non-empty list of tensors";
  return *dtype;
}

LogicalResult rules::inferCat(const BoundCall &call,
                              SmallVectorImpl<Type> &results) {
  SmallVector<RankedTensorType, 4> tensors;
  FailureOr<int64_t> dim = call.getInt(1);
  if (failed(call.getTensorList(0, tensors)) || failed(dim))
    return failure();
  if (llvm::any_of(tensors, [](RankedTensorType t) { return !t; }))
    return call.emitParamError(0) << "must not contain None";
  FailureOr<ScalarType> dtype = promoteList(call, 0, tensors);
  if (failed(dtype))
    return failure();
  // Legacy behaviour: 1-D tensors of size 0 are skipped.
  SmallVector<AffineExpr> result;
  std::optional<int64_t> d;
  for (auto [index, tensor] : llvm::enumerate(tensors)) {
    if (tensor.getRank() == 0)
      return call.emitParamError(0) << "has a zero-dimensional tensor (at "
                                       "position "
                                    << index << "), which cannot be "
                                                "concatenated";
    SmallVector<AffineExpr> sizes = getDimSizes(tensor);
    if (sizes.size() == 1 && isConstantSize(sizes[0], 0))
      continue;
    if (!d) {
      FailureOr<int64_t> normalized =
          normalizeDim(call, 1, *dim, tensor.getRank());
      if (failed(normalized))
        return failure();
      d = *normalized;
      result = sizes;
      continue;
    }
    if (sizes.size() != result.size())
      return call.emitParamError(0) << "must have tensors of the same rank: got "
                                    << result.size() << " and " << sizes.size();
    for (size_t i = 0; i < sizes.size(); ++i) {
      if (static_cast<int64_t>(i) == *d) {
        result[i] = result[i] && sizes[i] ? result[i] + sizes[i] : AffineExpr();
        continue;
      }
      if (!sizesMayMatch(result[i], sizes[i]))
        return call.emitParamError(0)
               << "must have tensors of the same sizes except in "
                  "dimension "
               << *d << ": got " << tensors.front() << " and " << tensor
               << " for tensor number " << index << " in the list";
      if (!isa_and_nonnull<AffineConstantExpr>(result[i]) &&
          isa_and_nonnull<AffineConstantExpr>(sizes[i]))
        result[i] = sizes[i];
    }
  }
  if (!d) {
    // Every tensor was an empty 1-D one.
    if (failed(normalizeDim(call, 1, *dim, 1)))
      return failure();
    result.assign(1, getConstant(call, 0));
  }
  FailureOr<Type> type = makeTensorType(call, result, *dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferStack(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  SmallVector<RankedTensorType, 4> tensors;
  FailureOr<int64_t> dim = call.getInt(1);
  if (failed(call.getTensorList(0, tensors)) || failed(dim))
    return failure();
  if (llvm::any_of(tensors, [](RankedTensorType t) { return !t; }))
    return call.emitParamError(0) << "must not contain None";
  FailureOr<ScalarType> dtype = promoteList(call, 0, tensors);
  if (failed(dtype))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(tensors.front());
  for (RankedTensorType tensor : tensors) {
    SmallVector<AffineExpr> other = getDimSizes(tensor);
    if (other.size() != sizes.size() ||
        !llvm::all_of(llvm::zip_equal(other, sizes), [](auto pair) {
          return sizesMayMatch(std::get<0>(pair), std::get<1>(pair));
        }))
      return call.emitParamError(0) << "must have tensors of equal sizes";
  }
  int64_t rank = sizes.size() + 1;
  if (*dim < -rank || *dim >= rank)
    return call.emitParamError(1) << "dim " << *dim << " is out of range";
  int64_t d = *dim < 0 ? *dim + rank : *dim;
  sizes.insert(sizes.begin() + d,
               getConstant(call, static_cast<int64_t>(tensors.size())));
  FailureOr<Type> type = makeTensorType(call, sizes, *dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferSplitWithSizes(const BoundCall &call,
                                         SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 6> splits;
  FailureOr<int64_t> dim = call.getInt(2);
  if (failed(self) || failed(call.getSymIntList(1, splits)) || failed(dim))
    return failure();
  int64_t rank = self->getRank();
  if (rank == 0)
    return call.emitParamError(0) << "must have at least one dim";
  FailureOr<int64_t> d = normalizeDim(call, 2, *dim, rank);
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  AffineExpr total = getConstant(call, 0);
  for (AffineExpr split : splits) {
    if (std::optional<int64_t> c = getConstantSize(split); c && *c < 0)
      return call.emitParamError(1) << "has a negative size " << *c;
    total = total + split;
  }
  if (!sizesMayMatch(canonicalizeSize(total), sizes[*d]))
    return call.emitParamError(1)
           << "must sum exactly to the size of dim " << *d;
  for (AffineExpr split : splits) {
    sizes[*d] = split;
    results.push_back(makeTensorType(sizes, *self));
  }
  return success();
}

LogicalResult rules::inferSplit(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> splitSize = call.getInt(1);
  FailureOr<int64_t> dim = call.getInt(2);
  if (failed(self) || failed(splitSize) || failed(dim))
    return failure();
  int64_t rank = self->getRank();
  if (rank == 0)
    return call.emitParamError(0) << "must have at least one dim";
  FailureOr<int64_t> d = normalizeDim(call, 2, *dim, rank);
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  std::optional<int64_t> size = getConstantSize(sizes[*d]);
  if (!size)
    return call.emitError() << "cannot split a dim of symbolic size: the "
                               "number of results is unknown";
  if (*splitSize < 0 || (*splitSize == 0 && *size != 0))
    return call.emitParamError(1) << "split_size must be positive";
  int64_t chunks =
      *splitSize == 0
          ? 1
          : std::max<int64_t>((*size + *splitSize - 1) / *splitSize, 1);
  if (chunks > kMaxListResults)
    return call.emitError()
           << "split into " << chunks << " tensors exceeds the supported "
           << kMaxListResults;
  for (int64_t i = 0; i < chunks; ++i) {
    int64_t length = std::min(*splitSize, *size - i * *splitSize);
    sizes[*d] = getConstant(call, std::max<int64_t>(length, 0));
    results.push_back(makeTensorType(sizes, *self));
  }
  return success();
}

LogicalResult rules::inferUnbind(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> dim = call.getInt(1);
  if (failed(self) || failed(dim))
    return failure();
  int64_t rank = self->getRank();
  if (rank == 0)
    return call.emitParamError(0) << "must not be a 0-dim tensor";
  FailureOr<int64_t> d = normalizeDim(call, 1, *dim, rank);
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  std::optional<int64_t> count = getConstantSize(sizes[*d]);
  if (!count)
    return call.emitError() << "cannot unbind a dim of symbolic size";
  if (*count > kMaxListResults)
    return call.emitError()
           << "unbind into " << *count << " tensors exceeds the supported "
           << kMaxListResults;
  sizes.erase(sizes.begin() + *d);
  for (int64_t i = 0; i < *count; ++i)
    results.push_back(makeTensorType(sizes, *self));
  return success();
}

//===----------------------------------------------------------------------===//
// Pads
//===----------------------------------------------------------------------===//

LogicalResult rules::inferConstantPadNd(const BoundCall &call,
                                        SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 8> pad;
  if (failed(self) || failed(call.getSymIntList(1, pad)))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  if (pad.size() % 2 != 0)
    return call.emitParamError(1)
           << "must have an even length, got " << pad.size();
  if (pad.size() / 2 > sizes.size())
    return call.emitParamError(1) << "must have at most twice as many "
                                     "elements as the input has dims";
  for (size_t i = 0; i < pad.size() / 2; ++i) {
    AffineExpr &size = sizes[sizes.size() - 1 - i];
    if (!size)
      continue;
    size = canonicalizeSize(size + pad[2 * i] + pad[2 * i + 1]);
    if (std::optional<int64_t> c = getConstantSize(size); c && *c < 0)
      return call.emitParamError(1) << "makes the output size negative at "
                                       "dimension "
                                    << sizes.size() - 1 - i;
  }
  return pushLike(results, sizes, *self);
}

LogicalResult rules::inferPad(const BoundCall &call,
                              SmallVectorImpl<Type> &results) {
  unsigned dims = call.getRuleParam() & 0xff;
  bool reflect = call.getRuleParam() & kPadReflect;
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 6> pad;
  if (failed(self) || failed(call.getSymIntList(1, pad)))
    return failure();
  if (pad.size() != 2 * dims)
    return call.emitParamError(1)
           << "must have " << 2 * dims << " elements, got " << pad.size();
  int64_t rank = self->getRank();
  if (rank != dims + 1 && rank != dims + 2)
    return call.emitParamError(0)
           << "expected a " << dims + 1 << "D or " << dims + 2 << "D tensor";
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  for (unsigned i = 0; i < dims; ++i) {
    AffineExpr &size = sizes[rank - 1 - i];
    AffineExpr left = pad[2 * i], right = pad[2 * i + 1];
    std::optional<int64_t> n = getConstantSize(size);
    std::optional<int64_t> l = getConstantSize(left),
                           r = getConstantSize(right);
    if (reflect && n && l && r && (*l >= *n || *r >= *n))
      return call.emitParamError(1)
             << "must be less than the corresponding input dimension, got "
                "padding ("
             << *l << ", " << *r << ") at dimension " << rank - 1 - i;
    if (size)
      size = canonicalizeSize(size + left + right);
    if (std::optional<int64_t> c = getConstantSize(size); c && *c < 1)
      return call.emitParamError(1)
             << "gives the output size " << *c << " at dimension "
             << rank - 1 - i;
  }
  return pushLike(results, sizes, *self);
}
