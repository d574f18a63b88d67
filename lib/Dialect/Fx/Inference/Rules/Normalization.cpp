//===- Normalization.cpp - Normalization op inference rules ---------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Batch, group and layer norm with their (output, mean, rstd) triples and
// backward ops, and native_dropout. Statistics use the op-math dtype:
// float32 for half and bfloat16 inputs.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// Checks that an optional per-channel tensor has `channels` elements.
static LogicalResult checkPerChannel(const BoundCall &call, unsigned param,
                                     AffineExpr channels) {
  FailureOr<RankedTensorType> tensor = call.getOptionalTensor(param);
  if (failed(tensor))
    return failure();
  if (!*tensor)
    return success();
  SmallVector<AffineExpr> sizes = getDimSizes(*tensor);
  if (sizes.size() != 1 || !sizesMayMatch(sizes[0], channels))
    return call.emitParamError(param) << "must be a 1-D tensor with one "
                                         "element per channel, got "
                                      << *tensor;
  return success();
}

/// The results of a normalization: the output, typed like `input`, then its
/// two statistics (mean and inverse std, or saved mean and variance) of
/// `statSizes` in the input's dtype, as the CPU kernels (and so fake CPU
/// tensors, what export records) give them; meta tensors give float32 ones
/// for half and bfloat16 inputs, as CUDA does.
static LogicalResult pushNormResults(const BoundCall &call,
                                     ArrayRef<AffineExpr> statSizes,
                                     RankedTensorType input,
                                     SmallVectorImpl<Type> &results) {
  FailureOr<ScalarType> dtype = getDTypeOrError(call, input);
  if (failed(dtype))
    return failure();
  FailureOr<Type> stats =
      makeTensorType(call, statSizes, *dtype);
  if (failed(stats))
    return failure();
  results.append({input, *stats, *stats});
  return success();
}

LogicalResult rules::inferBatchNorm(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  if (failed(input))
    return failure();
  unsigned trainingParam = call.getRuleParam();
  bool training = false;
  if (trainingParam != kNoTrainingParam) {
    FailureOr<bool> value = call.getBool(trainingParam);
    if (failed(value))
      return failure();
    training = *value;
  }
  if (input->getRank() < 2)
    return call.emitParamError(0)
           << "must have at least 2 dims, got " << *input;
  std::optional<ScalarType> dtype = getScalarType(input->getElementType());
  if (!dtype || getCategory(*dtype) != DTypeCategory::Floating)
    return call.emitParamError(0)
           << "must be a floating point tensor, got " << *input;
  // Evaluation mode needs running statistics (checked first, as PyTorch
  // does): native_batch_norm's optional ones given, and the no_stats
  // overload (training at param 3) has none.
  if (!training && trainingParam == 3)
    return call.emitParamError(3)
           << "must be True: the no_stats overload has no running statistics";
  if (!training && trainingParam != kNoTrainingParam &&
      call.getSchema().name == "native_batch_norm")
    for (unsigned stat : {3u, 4u})
      if (call.isNone(stat))
        return call.emitParamError(stat)
               << "must be given in evaluation mode (training=False)";
  AffineExpr channels = getDimSizes(*input)[1];
  // The per-channel params: weight, bias and, with stats, running_mean/var.
  unsigned numPerChannel =
      trainingParam == kNoTrainingParam ? 5 : std::min(trainingParam, 5u);
  for (unsigned i = 1; i < numPerChannel; ++i)
    if (failed(checkPerChannel(call, i, channels)))
      return failure();
  // CPU batch norm takes float32 parameters beside a half or bfloat16 input
  // only when all of them are float32 ("mixed type"); otherwise they must
  // share the input's dtype.
  Type paramType;
  for (unsigned i = 1; i < numPerChannel; ++i) {
    FailureOr<RankedTensorType> param = call.getOptionalTensor(i);
    if (failed(param) || !*param)
      continue;
    if (!paramType)
      paramType = param->getElementType();
    else if (param->getElementType() != paramType)
      return call.emitParamError(i)
             << "must have the dtype of the other per-channel tensors ("
             << paramType << "), got " << *param;
  }
  // In evaluation mode the CPU kernels (and so fake CPU tensors) save no
  // statistics: empty ones.
  AffineExpr statSize =
      training ? channels : getAffineConstantExpr(0, call.getContext());
  return pushNormResults(call, {statSize}, *input, results);
}

LogicalResult rules::inferGroupNorm(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<AffineExpr> n = call.getSymInt(3);
  FailureOr<AffineExpr> c = call.getSymInt(4);
  FailureOr<AffineExpr> hxw = call.getSymInt(5);
  FailureOr<int64_t> group = call.getInt(6);
  if (failed(input) || failed(n) || failed(c) || failed(hxw) || failed(group))
    return failure();
  if (*group <= 0)
    return call.emitParamError(6) << "must be positive";
  if (std::optional<int64_t> channels = getConstantSize(*c);
      channels && *channels % *group != 0)
    return call.emitParamError(6)
           << "must divide the number of channels " << *channels;
  AffineExpr numel = getProduct(call.getContext(), getDimSizes(*input));
  AffineExpr expected = canonicalizeSize(*n * *c * *hxw);
  if (!sizesMayMatch(canonicalizeSize(numel), expected))
    return call.emitParamError(0)
           << "of type " << *input << " must have N * C * HxW elements";
  if (failed(checkPerChannel(call, 1, *c)) ||
      failed(checkPerChannel(call, 2, *c)))
    return failure();
  AffineExpr groups = getAffineConstantExpr(*group, call.getContext());
  return pushNormResults(call, {*n, groups}, *input, results);
}

LogicalResult rules::inferGroupNormBackward(const BoundCall &call,
                                            SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> grad = call.getTensor(0);
  FailureOr<RankedTensorType> input = call.getTensor(1);
  FailureOr<RankedTensorType> mean = call.getTensor(2);
  FailureOr<RankedTensorType> rstd = call.getTensor(3);
  FailureOr<RankedTensorType> weight = call.getOptionalTensor(4);
  FailureOr<AffineExpr> c = call.getSymInt(6);
  bool mask[3];
  if (failed(grad) || failed(input) || failed(mean) || failed(rstd) ||
      failed(weight) || failed(c) || failed(getOutputMask(call, 9, mask)))
    return failure();
  Type none = NoneType::get(call.getContext());
  results.push_back(mask[0] ? Type(*input) : none);
  Type perChannel = makeTensorType({*c}, *input);
  results.push_back(mask[1] ? perChannel : none);
  results.push_back(mask[2] ? perChannel : none);
  return success();
}

LogicalResult rules::inferLayerNorm(const BoundCall &call,
                                    SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  SmallVector<AffineExpr, 4> normalized;
  if (failed(input) || failed(call.getSymIntList(1, normalized)))
    return failure();
  SmallVector<AffineExpr> sizes = getDimSizes(*input);
  if (normalized.empty())
    return call.emitParamError(1) << "must have at least one element";
  if (normalized.size() > sizes.size())
    return call.emitParamError(1)
           << "has more dims than input " << *input;
  size_t axis = sizes.size() - normalized.size();
  for (size_t i = 0; i < normalized.size(); ++i)
    if (!sizesMayMatch(sizes[axis + i], normalized[i]))
      return call.emitParamError(1)
             << "must be the last sizes of input " << *input;
  for (unsigned param : {2u, 3u}) {
    FailureOr<RankedTensorType> tensor = call.getOptionalTensor(param);
    if (failed(tensor))
      return failure();
    if (!*tensor)
      continue;
    SmallVector<AffineExpr> other = getDimSizes(*tensor);
    if (other.size() != normalized.size() ||
        !llvm::all_of(llvm::zip_equal(other, normalized), [](auto pair) {
          return sizesMayMatch(std::get<0>(pair), std::get<1>(pair));
        }))
      return call.emitParamError(param)
             << "must have the same shape as normalized_shape, got " << *tensor;
  }
  SmallVector<AffineExpr> statSizes(sizes.begin(), sizes.begin() + axis);
  statSizes.append(normalized.size(),
                   getAffineConstantExpr(1, call.getContext()));
  return pushNormResults(call, statSizes, *input, results);
}

LogicalResult rules::inferLayerNormBackward(const BoundCall &call,
                                            SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> grad = call.getTensor(0);
  FailureOr<RankedTensorType> input = call.getTensor(1);
  FailureOr<RankedTensorType> weight = call.getOptionalTensor(5);
  FailureOr<RankedTensorType> bias = call.getOptionalTensor(6);
  SmallVector<AffineExpr, 4> normalized;
  bool mask[3];
  if (failed(grad) || failed(input) || failed(weight) || failed(bias) ||
      failed(call.getSymIntList(2, normalized)) ||
      failed(getOutputMask(call, 7, mask)))
    return failure();
  Type none = NoneType::get(call.getContext());
  Type normalizedType = makeTensorType(normalized, *input);
  results.push_back(mask[0] ? Type(*input) : none);
  results.push_back(mask[1] ? (*weight ? Type(*weight) : normalizedType)
                            : none);
  results.push_back(mask[2] ? (*bias ? Type(*bias) : normalizedType) : none);
  return success();
}

LogicalResult rules::inferNativeDropout(const BoundCall &call,
                                        SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<double> p = call.getFloat(1);
  if (failed(input) || failed(p))
    return failure();
  if (*p < 0 || *p > 1)
    return call.emitParamError(1) << "dropout probability has to be between "
                                     "0 and 1, but got "
                                  << *p;
  // Training (train=True or None) scales by a float: an integer or bool
  // input cannot hold the result.
  FailureOr<std::optional<bool>> train = call.getOptionalBool(2);
  if (failed(train))
    return failure();
  std::optional<ScalarType> dtype = getScalarType(input->getElementType());
  if (train->value_or(true) &&
      (!dtype || isIntegral(*dtype, /*includeBool=*/true)))
    return call.emitParamError(0) << "must be a floating point tensor when "
                                     "training, got "
                                  << *input;
  FailureOr<Type> mask =
      makeTensorType(call, getDimSizes(*input), ScalarType::Bool);
  if (failed(mask))
    return failure();
  results.push_back(*input);
  results.push_back(*mask);
  return success();
}
