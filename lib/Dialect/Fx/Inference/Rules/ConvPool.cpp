//===- ConvPool.cpp - Convolution and pooling inference rules -------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Output sizes of convolutions (plain and transposed, grouped), pools (avg,
// max with indices, adaptive), col2im, grid sampling and upsampling, with
// symbolic spatial sizes (`(s0 - 1) floordiv 2 + 1`).
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// Reads an `int[N]` window parameter: one value per spatial dim (a single
/// value applies to all). `dflt` fills an empty list when given.
static LogicalResult getWindowParam(const BoundCall &call, unsigned param,
                                    unsigned dims,
                                    SmallVectorImpl<int64_t> &values,
                                    ArrayRef<int64_t> dflt = {}) {
  values.clear();
  if (failed(call.getIntList(param, values)))
    return failure();
  if (values.empty() && !dflt.empty())
    values.assign(dflt.begin(), dflt.end());
  if (values.size() == 1 && dims > 1)
    values.assign(dims, values.front());
  if (values.size() != dims)
    return call.emitParamError(param)
           << "must have " << dims << " elements, got " << values.size();
  return success();
}

/// Reports an output size below 1, naming the window (param `window`: the
/// kernel size or the weight) as too large for the input.
static LogicalResult checkOutputSizes(const BoundCall &call, unsigned window,
                                      ArrayRef<AffineExpr> input,
                                      ArrayRef<AffineExpr> output) {
  for (AffineExpr size : output)
    if (std::optional<int64_t> c = getConstantSize(size); c && *c < 1) {
      InFlightDiagnostic diag =
          call.emitParamError(window) << "is too large for the input size ";
      printSizes(diag, input);
      diag << ": the output size would be ";
      printSizes(diag, output);
      return diag;
    }
  return success();
}

/// Checks that `self` has `dims + 1` or `dims + 2` dims.
static LogicalResult checkPoolRank(const BoundCall &call, RankedTensorType self,
                                   unsigned dims) {
  int64_t rank = self.getRank();
  if (rank != dims + 1 && rank != dims + 2)
    return call.emitParamError(0) << "expected a " << dims + 1 << "D or "
                                  << dims + 2 << "D tensor, got " << self;
  return success();
}

//===----------------------------------------------------------------------===//
// Convolution
//===----------------------------------------------------------------------===//

/// The result sizes of a convolution, checking channels; the `*Param`s are
/// the schema positions of the arguments, for diagnostics.
static FailureOr<SmallVector<AffineExpr>> getConvolutionSizes(
    const BoundCall &call, unsigned inputParam, RankedTensorType input,
    unsigned weightParam, RankedTensorType weight, unsigned strideParam,
    unsigned paddingParam, unsigned dilationParam, bool transposed,
    unsigned outputPaddingParam, unsigned groupsParam, int64_t groups) {
  int64_t weightRank = weight.getRank();
  if (weightRank < 3)
    return call.emitParamError(weightParam)
           << "must have at least 3 dims, got " << weight;
  unsigned dims = weightRank - 2;
  bool batched = input.getRank() == weightRank;
  if (!batched && input.getRank() != weightRank - 1)
    return call.emitParamError(inputParam)
           << "of type " << input << " does not match the rank of weight "
           << weight;
  if (groups <= 0)
    return call.emitParamError(groupsParam) << "must be positive";
  SmallVector<int64_t, 3> stride, padding, dilation, outputPadding;
  if (failed(getWindowParam(call, strideParam, dims, stride)) ||
      failed(getWindowParam(call, paddingParam, dims, padding)) ||
      failed(getWindowParam(call, dilationParam, dims, dilation)))
    return failure();
  if (transposed &&
      failed(getWindowParam(call, outputPaddingParam, dims, outputPadding)))
    return failure();
  for (int64_t s : stride)
    if (s <= 0)
      return call.emitParamError(strideParam) << "must be positive";
  for (int64_t p : padding)
    if (p < 0)
      return call.emitParamError(paddingParam) << "must not be negative";
  for (int64_t d : dilation)
    if (d <= 0)
      return call.emitParamError(dilationParam) << "must be positive";

  SmallVector<AffineExpr> in = getDimSizes(input), w = getDimSizes(weight);
  if (!batched)
    in.insert(in.begin(), getAffineConstantExpr(1, call.getContext()));
  AffineExpr channels = in[1];
  AffineExpr expected = transposed ? w[0] : (w[1] ? w[1] * groups : w[1]);
  if (!sizesMayMatch(channels, canonicalizeSize(expected)))
    return call.emitParamError(inputParam)
           << "of type " << input << " must have "
           << (transposed ? "weight.size(0)" : "weight.size(1) * groups")
           << " channels (weight " << weight << ", groups " << groups << ")";
  if (!transposed)
    if (std::optional<int64_t> outChannels = getConstantSize(w[0]);
        outChannels && *outChannels % groups != 0)
      return call.emitParamError(weightParam)
             << "of type " << weight
             << " must have out channels divisible by groups " << groups;
  SmallVector<AffineExpr> result;
  if (batched)
    result.push_back(in[0]);
  result.push_back(transposed ? (w[1] ? w[1] * groups : w[1]) : w[0]);
  for (unsigned i = 0; i < dims; ++i) {
    AffineExpr size = in[i + 2], kernel = w[i + 2];
    if (!size || !kernel) {
      result.push_back({});
      continue;
    }
    if (transposed)
      result.push_back((size - 1) * stride[i] - 2 * padding[i] +
                       dilation[i] * (kernel - 1) + outputPadding[i] + 1);
    else
      result.push_back(getPoolOutputSize(size, kernel, stride[i], padding[i],
                                         dilation[i], /*ceilMode=*/false));
  }
  SmallVector<AffineExpr> spatial(result.end() - dims, result.end());
  for (AffineExpr &size : spatial)
    size = canonicalizeSize(size);
  if (failed(checkOutputSizes(call, weightParam, in, spatial)))
    return failure();
  return result;
}

LogicalResult rules::inferConvolution(const BoundCall &call,
                                      SmallVectorImpl<Type> &results) {
  // convolution, convNd and conv_transposeNd order their parameters
  // differently: find them by name.
  const OpSchema &schema = call.getSchema();
  std::optional<unsigned> stride = schema.lookupParam("stride"),
                          padding = schema.lookupParam("padding"),
                          dilation = schema.lookupParam("dilation"),
                          groupsParam = schema.lookupParam("groups"),
                          transposedParam = schema.lookupParam("transposed"),
                          outputPadding = schema.lookupParam("output_padding");
  if (!stride || !padding || !dilation || !groupsParam)
    return call.emitError() << "has no convolution window arguments";
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<RankedTensorType> weight = call.getTensor(1);
  FailureOr<RankedTensorType> bias = call.getOptionalTensor(2);
  FailureOr<bool> transposed =
      transposedParam ? call.getBool(*transposedParam)
                      : FailureOr<bool>(call.getRuleParam() == kConvTransposed);
  FailureOr<int64_t> groups = call.getInt(*groupsParam);
  if (failed(input) || failed(weight) || failed(bias) || failed(transposed) ||
      failed(groups))
    return failure();
  if (*transposed && !outputPadding)
    return call.emitError() << "has no output_padding argument";
  FailureOr<SmallVector<AffineExpr>> sizes = getConvolutionSizes(
      call, 0, *input, 1, *weight, *stride, *padding, *dilation, *transposed,
      outputPadding.value_or(0), *groupsParam, *groups);
  if (failed(sizes))
    return failure();
  if (*bias) {
    SmallVector<AffineExpr> biasSizes = getDimSizes(*bias);
    AffineExpr channels = (*sizes)[input->getRank() == weight->getRank()];
    if (biasSizes.size() != 1 ||
        !sizesMayMatch(biasSizes[0], canonicalizeSize(channels)))
      return call.emitParamError(2) << "must be 1-D with one element per "
                                       "output channel, got "
                                    << *bias;
  }
  results.push_back(makeTensorType(*sizes, *input));
  return success();
}

LogicalResult rules::inferConvolutionBackward(const BoundCall &call,
                                              SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> gradOutput = call.getTensor(0);
  FailureOr<RankedTensorType> input = call.getTensor(1);
  FailureOr<RankedTensorType> weight = call.getTensor(2);
  FailureOr<bool> transposed = call.getBool(7);
  FailureOr<int64_t> groups = call.getInt(9);
  if (failed(gradOutput) || failed(input) || failed(weight) ||
      failed(transposed) || failed(groups))
    return failure();
  FailureOr<SmallVector<AffineExpr>> sizes = getConvolutionSizes(
      call, 1, *input, 2, *weight, 4, 5, 6, *transposed, 8, 9, *groups);
  if (failed(sizes))
    return failure();
  SmallVector<AffineExpr> gradSizes = getDimSizes(*gradOutput);
  if (gradSizes.size() != sizes->size() ||
      !llvm::all_of(llvm::zip_equal(gradSizes, *sizes), [](auto pair) {
        return sizesMayMatch(std::get<0>(pair),
                             canonicalizeSize(std::get<1>(pair)));
      }))
    return call.emitParamError(0)
           << "has type " << *gradOutput << " but the convolution output is "
           << makeTensorType(*sizes, *input);
  SmallVector<AffineExpr, 6> biasSizes;
  FailureOr<bool> hasBiasSizes = call.getOptionalSymIntList(3, biasSizes);
  if (failed(hasBiasSizes))
    return failure();
  if (!*hasBiasSizes)
    biasSizes.assign(1, (*sizes)[input->getRank() == weight->getRank()]);
  // bool[3] output_mask: the outputs not asked for are None.
  bool mask[3];
  if (failed(getOutputMask(call, 10, mask)))
    return failure();
  Type none = NoneType::get(call.getContext());
  results.push_back(mask[0] ? Type(*input) : none);
  results.push_back(mask[1] ? Type(*weight) : none);
  results.push_back(mask[2] ? makeTensorType(biasSizes, *gradOutput) : none);
  return success();
}

//===----------------------------------------------------------------------===//
// Pools
//===----------------------------------------------------------------------===//

/// The result sizes of a pool over the last `dims` dims of `self`.
static FailureOr<SmallVector<AffineExpr>>
getPoolSizes(const BoundCall &call, RankedTensorType self, unsigned dims,
             unsigned kernelParam, unsigned strideParam, unsigned paddingParam,
             std::optional<unsigned> dilationParam, bool ceilMode) {
  if (failed(checkPoolRank(call, self, dims)))
    return failure();
  SmallVector<int64_t, 3> kernel, stride, padding, dilation;
  if (failed(getWindowParam(call, kernelParam, dims, kernel)) ||
      failed(getWindowParam(call, strideParam, dims, stride, kernel)) ||
      failed(getWindowParam(call, paddingParam, dims, padding)))
    return failure();
  if (dilationParam) {
    if (failed(getWindowParam(call, *dilationParam, dims, dilation)))
      return failure();
  } else {
    dilation.assign(dims, 1);
  }
  // PyTorch's order: pooling_output_shape checks the stride against zero
  // and the padding against the effective kernel first, then
  // pool2d_shape_check the signs of kernel, stride and dilation.
  // An empty stride list takes the kernel size: its zero is the kernel's.
  SmallVector<int64_t, 3> givenStride;
  if (failed(call.getIntList(strideParam, givenStride)))
    return failure();
  for (unsigned i = 0; i < dims; ++i) {
    if (stride[i] == 0)
      return call.emitParamError(givenStride.empty() ? kernelParam
                                                     : strideParam)
             << "gives a zero stride";
    int64_t effectiveKernel = (kernel[i] - 1) * dilation[i] + 1;
    if (padding[i] < 0 || padding[i] > effectiveKernel / 2)
      return call.emitParamError(paddingParam)
             << "must be non-negative and at most half of the effective "
                "kernel size, got pad="
             << padding[i] << " and kernel_size=" << effectiveKernel;
  }
  for (unsigned i = 0; i < dims; ++i) {
    if (kernel[i] <= 0)
      return call.emitParamError(kernelParam)
             << "kernel size should be greater than zero";
    if (stride[i] <= 0)
      return call.emitParamError(strideParam)
             << "stride should be greater than zero";
    if (dilation[i] <= 0)
      return call.emitParamError(*dilationParam)
             << "dilation should be greater than zero";
  }
  SmallVector<AffineExpr> sizes = getDimSizes(self);
  SmallVector<AffineExpr> input = sizes;
  MLIRContext *context = call.getContext();
  // 3-D pools also require every input extent to cover the kernel.
  if (dims == 3)
    for (unsigned i = 0; i < dims; ++i)
      if (std::optional<int64_t> c =
              getConstantSize(sizes[sizes.size() - 3 + i]);
          c && *c < kernel[i])
        return call.emitParamError(kernelParam)
               << "is larger than the input in dim " << sizes.size() - 3 + i;
  for (unsigned i = 0; i < dims; ++i) {
    AffineExpr &size = sizes[sizes.size() - dims + i];
    size = canonicalizeSize(
        getPoolOutputSize(size, getAffineConstantExpr(kernel[i], context),
                          stride[i], padding[i], dilation[i], ceilMode));
  }
  if (failed(checkOutputSizes(call, kernelParam, input,
                              ArrayRef(sizes).take_back(dims))))
    return failure();
  return sizes;
}

LogicalResult rules::inferAvgPool(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  unsigned dims = call.getRuleParam();
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<bool> ceilMode = call.getBool(4);
  if (failed(self) || failed(ceilMode))
    return failure();
  // PyTorch 2.13's avg_pool1d/2d kernels have no uint8 instance.
  if (dims < 3 && getScalarType(self->getElementType()) == ScalarType::uint8)
    return call.emitParamError(0) << "must not be a uint8 tensor";
  if (std::optional<unsigned> divisor =
          call.getSchema().lookupParam("divisor_override")) {
    FailureOr<std::optional<int64_t>> value = call.getOptionalInt(*divisor);
    if (failed(value))
      return failure();
    if (*value && **value == 0)
      return call.emitParamError(*divisor) << "divisor must be not zero";
  }
  FailureOr<SmallVector<AffineExpr>> sizes =
      getPoolSizes(call, *self, dims, 1, 2, 3, std::nullopt, *ceilMode);
  if (failed(sizes))
    return failure();
  results.push_back(makeTensorType(*sizes, *self));
  return success();
}

LogicalResult rules::inferMaxPoolWithIndices(const BoundCall &call,
                                             SmallVectorImpl<Type> &results) {
  unsigned dims = call.getRuleParam();
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<bool> ceilMode = call.getBool(5);
  if (failed(self) || failed(ceilMode))
    return failure();
  // The window is checked before the dtype, as PyTorch's kernels do.
  FailureOr<SmallVector<AffineExpr>> sizes =
      getPoolSizes(call, *self, dims, 1, 2, 3, 4u, *ceilMode);
  if (failed(sizes))
    return failure();
  if (getScalarType(self->getElementType()) == ScalarType::Bool)
    return call.emitParamError(0) << "must not be a bool tensor";
  results.push_back(makeTensorType(*sizes, *self));
  FailureOr<Type> indices = makeTensorType(call, *sizes, ScalarType::int64);
  if (failed(indices))
    return failure();
  results.push_back(*indices);
  return success();
}

LogicalResult rules::inferMaxPool(const BoundCall &call,
                                  SmallVectorImpl<Type> &results) {
  unsigned dims = call.getRuleParam();
  FailureOr<RankedTensorType> self = call.getTensor(0);
  FailureOr<bool> ceilMode = call.getBool(5);
  if (failed(self) || failed(ceilMode))
    return failure();
  FailureOr<SmallVector<AffineExpr>> sizes =
      getPoolSizes(call, *self, dims, 1, 2, 3, 4u, *ceilMode);
  if (failed(sizes))
    return failure();
  results.push_back(makeTensorType(*sizes, *self));
  return success();
}

LogicalResult rules::inferPoolBackward(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  // (grad_output, self, kernel_size, stride, padding, [dilation,] ceil_mode).
  bool max = call.getRuleParam() == 1;
  FailureOr<RankedTensorType> grad = call.getTensor(0);
  FailureOr<RankedTensorType> self = call.getTensor(1);
  FailureOr<bool> ceilMode = call.getBool(max ? 6 : 5);
  if (failed(grad) || failed(self) || failed(ceilMode))
    return failure();
  FailureOr<SmallVector<AffineExpr>> sizes = getPoolSizes(
      call, *self, 2, 2, 3, 4, max ? std::optional<unsigned>(5) : std::nullopt,
      *ceilMode);
  if (failed(sizes))
    return failure();
  if (!max) {
    FailureOr<std::optional<int64_t>> divisor = call.getOptionalInt(7);
    if (failed(divisor))
      return failure();
    if (*divisor && **divisor == 0)
      return call.emitParamError(7) << "must not be zero";
  }
  SmallVector<AffineExpr> gradSizes = getDimSizes(*grad);
  if (gradSizes.size() != sizes->size() ||
      !llvm::all_of(llvm::zip_equal(gradSizes, *sizes), [](auto pair) {
        return sizesMayMatch(std::get<0>(pair), std::get<1>(pair));
      }))
    return call.emitParamError(0)
           << "has type " << *grad << " but the pooling output is "
           << makeTensorType(*sizes, *self);
  results.push_back(*self);
  return success();
}

LogicalResult rules::inferAdaptivePool(const BoundCall &call,
                                       SmallVectorImpl<Type> &results) {
  unsigned dims = call.getRuleParam();
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 3> outputSize;
  if (failed(self) || failed(call.getSymIntList(1, outputSize)) ||
      failed(checkPoolRank(call, *self, dims)))
    return failure();
  if (outputSize.size() != dims)
    return call.emitParamError(1)
           << "should contain " << dims << " ints, got " << outputSize.size();
  std::optional<ScalarType> dtype = getScalarType(self->getElementType());
  if (!dtype || !isFloatingOrComplex(*dtype))
    return call.emitParamError(0)
           << "must be a floating point tensor, got " << *self;
  for (AffineExpr size : outputSize)
    if (std::optional<int64_t> c = getConstantSize(size); c && *c < 0)
      return call.emitParamError(1) << "elements must be non-negative";
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  // Every non-batch dim must be non-empty.
  for (size_t i = sizes.size() == dims + 2 ? 1 : 0; i < sizes.size(); ++i)
    if (isConstantSize(sizes[i], 0))
      return call.emitParamError(0) << "expected non-empty dims other than "
                                       "the batch dim, got "
                                    << *self;
  std::copy(outputSize.begin(), outputSize.end(), sizes.end() - dims);
  results.push_back(makeTensorType(sizes, *self));
  return success();
}

LogicalResult rules::inferSecondOperand(const BoundCall &call,
                                        SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> grad = call.getTensor(0);
  FailureOr<RankedTensorType> self = call.getTensor(1);
  if (failed(grad) || failed(self))
    return failure();
  results.push_back(*self);
  return success();
}

//===----------------------------------------------------------------------===//
// col2im / grid_sampler / upsample
//===----------------------------------------------------------------------===//

LogicalResult rules::inferCol2Im(const BoundCall &call,
                                 SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  SmallVector<AffineExpr, 2> outputSize;
  SmallVector<int64_t, 2> kernel, dilation, padding, stride;
  if (failed(self) || failed(call.getSymIntList(1, outputSize)) ||
      failed(getWindowParam(call, 2, 2, kernel)) ||
      failed(getWindowParam(call, 3, 2, dilation)) ||
      failed(getWindowParam(call, 4, 2, padding)) ||
      failed(getWindowParam(call, 5, 2, stride)))
    return failure();
  if (outputSize.size() == 1)
    outputSize.push_back(outputSize.front());
  if (outputSize.size() != 2)
    return call.emitParamError(1) << "must have 2 elements";
  for (AffineExpr size : outputSize)
    if (std::optional<int64_t> c = getConstantSize(size); c && *c <= 0)
      return call.emitParamError(1) << "must be positive, got " << *c;
  int64_t rank = self->getRank();
  if (rank != 2 && rank != 3)
    return call.emitParamError(0)
           << "expected a 2D or 3D tensor, got " << *self;
  // kernel_size, dilation, padding, stride: params 2 to 5.
  for (auto [param, values, minimum] :
       {std::tuple(2u, &kernel, 1), std::tuple(3u, &dilation, 1),
        std::tuple(4u, &padding, 0), std::tuple(5u, &stride, 1)})
    if (llvm::any_of(*values, [min = minimum](int64_t v) { return v < min; }))
      return call.emitParamError(param)
             << (minimum ? "must be positive" : "must not be negative");
  SmallVector<AffineExpr> sizes = getDimSizes(*self);
  AffineExpr channels = sizes[rank - 2], length = sizes[rank - 1];
  int64_t kernelProduct = kernel[0] * kernel[1];
  std::optional<int64_t> c = getConstantSize(channels);
  if (c && *c % kernelProduct != 0)
    return call.emitParamError(0)
           << "must have a first non-batch dim divisible by the product of "
              "kernel_size, got "
           << *c;
  MLIRContext *context = call.getContext();
  AffineExpr blocks = getAffineConstantExpr(1, context);
  for (int i = 0; i < 2; ++i)
    blocks =
        blocks * getPoolOutputSize(outputSize[i],
                                   getAffineConstantExpr(kernel[i], context),
                                   stride[i], padding[i], dilation[i], false);
  blocks = canonicalizeSize(blocks);
  if (std::optional<int64_t> b = getConstantSize(blocks); b && *b < 1)
    return call.emitParamError(1) << "does not fit a single block";
  if (!sizesMayMatch(length, blocks))
    return call.emitParamError(0)
           << "must have as many columns (last dim) as there are blocks";
  SmallVector<AffineExpr> result;
  if (rank == 3)
    result.push_back(sizes[0]);
  result.push_back(
      divideExactly(channels, getAffineConstantExpr(kernelProduct, context)));
  result.append(outputSize.begin(), outputSize.end());
  results.push_back(makeTensorType(result, *self));
  return success();
}

LogicalResult rules::inferGridSampler2d(const BoundCall &call,
                                        SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<RankedTensorType> grid = call.getTensor(1);
  if (failed(input) || failed(grid))
    return failure();
  // interpolation_mode: bilinear, nearest, bicubic; padding_mode: zeros,
  // border, reflection.
  for (unsigned mode : {2u, 3u}) {
    FailureOr<int64_t> value = call.getInt(mode);
    if (failed(value))
      return failure();
    if (*value < 0 || *value > 2)
      return call.emitParamError(mode) << "must be 0, 1 or 2, got " << *value;
  }
  for (auto [i, type] : llvm::enumerate(std::array{*input, *grid}))
    if (type.getRank() != 4)
      return call.emitParamError(i) << "must be a 4D tensor, got " << type;
  SmallVector<AffineExpr> in = getDimSizes(*input), g = getDimSizes(*grid);
  if (!sizesMayMatch(in[0], g[0]) ||
      !sizesMayMatch(g[3], getAffineConstantExpr(2, call.getContext())))
    return call.emitParamError(1)
           << "of type " << *grid << " does not match input " << *input;
  if (input->getElementType() != grid->getElementType())
    return call.emitParamError(1)
           << "must have the dtype of input, " << input->getElementType();
  results.push_back(makeTensorType({in[0], in[1], g[1], g[2]}, *input));
  return success();
}

LogicalResult rules::inferUpsample(const BoundCall &call,
                                   SmallVectorImpl<Type> &results) {
  bool alignCorners = call.getRuleParam() == 1;
  unsigned scalesParam = alignCorners ? 3 : 2;
  FailureOr<RankedTensorType> input = call.getTensor(0);
  if (failed(input))
    return failure();
  SmallVector<AffineExpr, 2> outputSize;
  SmallVector<double, 2> scales;
  FailureOr<bool> hasOutputSize = call.getOptionalSymIntList(1, outputSize);
  FailureOr<bool> hasScales = call.getOptionalFloatList(scalesParam, scales);
  if (failed(hasOutputSize) || failed(hasScales))
    return failure();
  if (*hasOutputSize == *hasScales)
    return call.emitParamError(1)
           << (*hasOutputSize ? "must be None when 'scale_factors' is given"
                              : "must be given when 'scale_factors' is None");
  if (input->getRank() != 4)
    return call.emitParamError(0) << "expected a 4D tensor, got " << *input;
  SmallVector<AffineExpr> sizes = getDimSizes(*input);
  if (*hasOutputSize) {
    if (outputSize.size() != 2)
      return call.emitParamError(1) << "must have 2 elements";
    sizes[2] = outputSize[0];
    sizes[3] = outputSize[1];
  } else {
    if (scales.size() != 2)
      return call.emitParamError(scalesParam) << "must have 2 elements";
    for (int i = 0; i < 2; ++i) {
      AffineExpr &size = sizes[2 + i];
      if (std::optional<int64_t> c = getConstantSize(size))
        size = getAffineConstantExpr(
            static_cast<int64_t>(std::floor(*c * scales[i])),
            call.getContext());
      else if (size && scales[i] == std::floor(scales[i]))
        size = size * static_cast<int64_t>(scales[i]);
      else
        size = AffineExpr();
    }
  }
  for (int i = 2; i < 4; ++i)
    if (std::optional<int64_t> c = getConstantSize(sizes[i]); c && *c <= 0)
      return call.emitParamError(*hasOutputSize ? 1 : scalesParam)
             << "gives an output size that is not positive";
  results.push_back(makeTensorType(sizes, *input));
  return success();
}
