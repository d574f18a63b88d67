//===- ExportOps.cpp - Rules for ops torch.export leaves in graphs --------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The CompositeImplicitAutograd ops that torch.export (2.x) keeps in its
// graphs before run_decompositions: chunk, pad, group_norm, instance_norm and
// scaled_dot_product_attention. Each rule gives the type PyTorch 2.13's fake
// tensors give and rejects what its meta kernels (or the composite's own
// checks) reject.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// The most results a chunk may have (as split's rule limits split).
constexpr int64_t kMaxChunks = 1 << 16;

static AffineExpr getConstant(const BoundCall &call, int64_t value) {
  return getAffineConstantExpr(value, call.getContext());
}

//===----------------------------------------------------------------------===//
// chunk
//===----------------------------------------------------------------------===//

LogicalResult rules::inferChunk(const BoundCall &call,
                                SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<int64_t> chunks = call.getInt(1);
  FailureOr<int64_t> dim = call.getInt(2);
  if (failed(self) || failed(chunks) || failed(dim))
    return failure();
  if (self->getRank() == 0)
    return call.emitError() << "chunk expects at least a 1-dimensional tensor";
  if (*chunks <= 0)
    return call.emitParamError(1)
           << "chunk expects `chunks` to be greater than 0, got: " << *chunks;
  if (*chunks > kMaxChunks)
    return call.emitParamError(1) << "chunk into " << *chunks
                                  << " tensors exceeds the supported "
                                  << kMaxChunks;
  FailureOr<int64_t> d = normalizeDim(call, 2, *dim, self->getRank());
  if (failed(d))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  std::optional<int64_t> size = getConstantSize(sizes[*d]);
  if (!size)
    return call.emitError() << "cannot chunk a dim of symbolic size: the "
                               "number of results is unknown";
  // ATen's chunk: split(ceil(size / chunks)), except that an empty dim gives
  // `chunks` empty tensors.
  int64_t splitSize = (*size + *chunks - 1) / *chunks;
  int64_t count = splitSize == 0 ? *chunks : (*size + splitSize - 1) / splitSize;
  for (int64_t i = 0; i < count; ++i) {
    int64_t length = splitSize == 0 ? 0
                                    : std::min(splitSize, *size - i * splitSize);
    sizes[*d] = getConstant(call, length);
    results.push_back(makeTensorType(sizes, *self));
  }
  return success();
}

//===----------------------------------------------------------------------===//
// pad
//===----------------------------------------------------------------------===//

LogicalResult rules::inferPadMode(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 8> pad;
  FailureOr<StringRef> mode = call.getString(2);
  if (failed(self) || failed(call.getSymIntList(1, pad)) || failed(mode))
    return failure();
  if (pad.size() % 2 != 0)
    return call.emitParamError(1) << "Padding length must be divisible by 2";
  bool reflect = *mode == "reflect", circular = *mode == "circular";
  if (*mode == "constant")
    return inferConstantPadNd(call, results);
  if (!reflect && !circular && *mode != "replicate")
    return call.emitParamError(2) << "unrecognised padding mode '" << *mode
                                  << "'";
  if (!call.isNone(3))
    return call.emitParamError(3)
           << "padding mode \"" << *mode << "\" doesn't take in value argument";
  // Non-constant modes pad the last 1, 2 or 3 dims of a batched or unbatched
  // input.
  int64_t dims = pad.size() / 2, rank = self->getRank();
  if (dims < 1 || dims > 3 || (rank != dims + 1 && rank != dims + 2))
    return call.emitParamError(1)
           << "padding size " << pad.size() << " is not supported for " << rank
           << "D input tensor";
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  for (int64_t i = 0; i < dims; ++i) {
    int64_t d = rank - 1 - i;
    AffineExpr &size = sizes[d];
    std::optional<int64_t> n = getConstantSize(size);
    std::optional<int64_t> l = getConstantSize(pad[2 * i]),
                           r = getConstantSize(pad[2 * i + 1]);
    if (reflect && n && l && r && (*l >= *n || *r >= *n))
      return call.emitError()
             << "padding size should be less than the corresponding input "
                "dimension, but got padding ("
             << *l << ", " << *r << ") at dimension " << d;
    if (circular && n && l && r && (*l > *n || *r > *n))
      return call.emitError()
             << "padding value causes wrapping around more than once";
    if (size)
      size = canonicalizeSize(size + pad[2 * i] + pad[2 * i + 1]);
    if (std::optional<int64_t> c = getConstantSize(size); c && *c < 1)
      return call.emitError() << "input is too small for the padding: output "
                                 "size "
                              << *c << " at dimension " << d;
  }
  results.push_back(makeTensorType(sizes, *self));
  return success();
}

//===----------------------------------------------------------------------===//
// group_norm, instance_norm
//===----------------------------------------------------------------------===//

/// Checks that a normalization input is a floating tensor with a channel dim
/// (dim 1).
static LogicalResult checkNormInput(const BoundCall &call,
                                    RankedTensorType input) {
  if (input.getRank() < 2)
    return call.emitParamError(0)
           << "must have at least 2 dims (N, C, ...), got " << input;
  std::optional<ScalarType> dtype = getScalarType(input.getElementType());
  if (!dtype || !isFloatingOrComplex(*dtype))
    return call.emitParamError(0)
           << "must be a floating point tensor, got " << input;
  return success();
}

/// Checks that optional tensor param `i` is 1-D with `size` elements.
static LogicalResult checkVector(const BoundCall &call, unsigned i,
                                 AffineExpr size) {
  FailureOr<RankedTensorType> tensor = call.getOptionalTensor(i);
  if (failed(tensor))
    return failure();
  if (!*tensor)
    return success();
  SmallVector<AffineExpr> sizes = getDimSizes(*tensor);
  if (sizes.size() == 1 && sizesMayMatch(sizes[0], size))
    return success();
  InFlightDiagnostic diag = call.emitParamError(i)
                            << "must be a vector of size ";
  printSizes(diag, {size});
  return diag << ", got " << *tensor;
}

LogicalResult rules::inferGroupNormComposite(const BoundCall &call,
                                             SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<int64_t> groups = call.getInt(1);
  if (failed(input) || failed(groups) || failed(checkNormInput(call, *input)))
    return failure();
  if (*groups <= 0)
    return call.emitParamError(1) << "must be positive, got " << *groups;
  AffineExpr channels = getDimSizes(*input)[1];
  if (std::optional<int64_t> c = getConstantSize(channels); c && *c % *groups)
    return call.emitError() << "expected number of channels in input to be "
                               "divisible by num_groups, but got input "
                            << *input << " and num_groups=" << *groups;
  if (failed(checkVector(call, 2, channels)) ||
      failed(checkVector(call, 3, channels)))
    return failure();
  results.push_back(*input);
  return success();
}

LogicalResult rules::inferInstanceNorm(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<bool> useInputStats = call.getBool(5);
  if (failed(input) || failed(useInputStats) ||
      failed(checkNormInput(call, *input)))
    return failure();
  if (!*useInputStats && (call.isNone(3) || call.isNone(4)))
    return call.emitError() << "expected running_mean and running_var to be "
                               "defined when use_input_stats is false";
  // Weight, bias and running stats hold one value per channel.
  AffineExpr channels = getDimSizes(*input)[1];
  for (unsigned i = 1; i <= 4; ++i)
    if (failed(checkVector(call, i, channels)))
      return failure();
  results.push_back(*input);
  return success();
}

//===----------------------------------------------------------------------===//
// scaled_dot_product_attention
//===----------------------------------------------------------------------===//

/// `(..., L, E) x (..., S, E) x (..., S, Ev) -> (..., L, Ev)`, the batch dims
/// broadcast, in query's dtype (the math kernel's matmuls decide it).
LogicalResult
rules::inferScaledDotProductAttention(const BoundCall &call,
                                      SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> query = call.getTensor(0);
  FailureOr<RankedTensorType> key = call.getTensor(1);
  FailureOr<RankedTensorType> value = call.getTensor(2);
  FailureOr<RankedTensorType> mask = call.getOptionalTensor(3);
  FailureOr<bool> enableGqa = call.getBool(7);
  if (failed(query) || failed(key) || failed(value) || failed(mask) ||
      failed(enableGqa))
    return failure();
  if (query->getRank() < 2 || key->getRank() < 2 || value->getRank() < 2)
    return call.emitError() << "expected query, key, and value to all be at "
                               "least 2 dimensional, but got "
                            << *query << ", " << *key << " and " << *value;
  if (query->getElementType() != key->getElementType() ||
      query->getElementType() != value->getElementType())
    return call.emitError() << "expected query, key, and value to have the "
                               "same dtype, but got "
                            << *query << ", " << *key << " and " << *value;
  std::optional<ScalarType> dtype = getScalarType(query->getElementType());
  if (!dtype || !isFloatingOrComplex(*dtype))
    return call.emitParamError(0)
           << "must be a floating point tensor, got " << *query;
  if (*mask && (*mask).getElementType() != query->getElementType() &&
      !(*mask).getElementType().isInteger(1))
    return call.emitParamError(3) << "dtype must be bool or match query's "
                                     "dtype, got "
                                  << *mask;
  SmallVector<AffineExpr> q = getDimSizes(*query), k = getDimSizes(*key),
                          v = getDimSizes(*value);
  if (!sizesMayMatch(q.back(), k.back()))
    return call.emitError() << "expected query and key to have the same "
                               "embedding size, got "
                            << *query << " and " << *key;
  if (!sizesMayMatch(k[k.size() - 2], v[v.size() - 2]))
    return call.emitError() << "expected key and value to have the same "
                               "sequence length, got "
                            << *key << " and " << *value;
  // With enable_gqa, key and value may have fewer heads (dim -3) than query;
  // they are repeated to query's, so the batch dims broadcast as query's.
  ArrayRef<AffineExpr> qBatch = ArrayRef(q).drop_back(2),
                       kBatch = ArrayRef(k).drop_back(2),
                       vBatch = ArrayRef(v).drop_back(2);
  SmallVector<AffineExpr> batch(qBatch);
  if (!*enableGqa) {
    SmallVector<AffineExpr> kv;
    if (failed(broadcastSizes(kBatch, vBatch, kv)) ||
        failed(broadcastSizes(qBatch, kv, batch)))
      return call.emitError() << "the batch dims of query, key and value do "
                                 "not broadcast: "
                              << *query << ", " << *key << " and " << *value;
  }
  batch.append({q[q.size() - 2], v.back()});
  results.push_back(makeTensorType(batch, *query));
  return success();
}
