//===- Quantized.cpp - Quantization op inference rules --------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// aten.quantize_per_tensor / dequantize and the quantized_decomposed ops of
// the PT2E flow. fx element types cannot spell torch's quantized dtypes, so a
// quantized tensor is typed by its storage integer type (quint8 -> ui8,
// qint8 -> si8, qint32 -> si32); dequantize maps them back to float32.
//
//===----------------------------------------------------------------------===//

#include "../InferenceHelpers.h"
#include "Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

/// The storage dtype of a quantized dtype, or nothing.
static std::optional<ScalarType> getStorageDType(ScalarType dtype) {
  switch (dtype) {
  case ScalarType::quint8:
    return ScalarType::uint8;
  case ScalarType::qint8:
    return ScalarType::int8;
  case ScalarType::qint32:
    return ScalarType::int32;
  default:
    return std::nullopt;
  }
}

/// The input tensor of a quantize op: floating point.
static FailureOr<RankedTensorType> getFloatInput(const BoundCall &call) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  if (failed(input))
    return failure();
  std::optional<ScalarType> dtype = getScalarType(input->getElementType());
  if (!dtype || getCategory(*dtype) != DTypeCategory::Floating)
    return call.emitParamError(0)
           << "must be a floating point tensor, got " << *input;
  return input;
}

/// The `ScalarType dtype` param `i` (required).
static FailureOr<ScalarType> getRequiredDType(const BoundCall &call,
                                              unsigned i) {
  FailureOr<std::optional<ScalarType>> dtype = call.getOptionalDType(i);
  if (failed(dtype))
    return failure();
  if (!*dtype)
    return call.emitParamError(i) << "must be a dtype";
  return **dtype;
}

LogicalResult rules::inferQuantizePerTensor(const BoundCall &call,
                                            SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = getFloatInput(call);
  FailureOr<ScalarType> dtype = getRequiredDType(call, 3);
  if (failed(input) || failed(dtype))
    return failure();
  std::optional<ScalarType> storage = getStorageDType(*dtype);
  if (!storage)
    return call.emitParamError(3) << "must be torch.quint8, torch.qint8 or "
                                     "torch.qint32, got torch."
                                  << stringifyScalarType(*dtype);
  FailureOr<Type> type = makeTensorType(call, getDimSizes(*input), *storage);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferDequantize(const BoundCall &call,
                                     SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> self = call.getTensor(0);
  if (failed(self))
    return failure();
  std::optional<ScalarType> dtype = getScalarType(self->getElementType());
  if (!dtype || !isIntegral(*dtype, /*includeBool=*/false))
    return call.emitParamError(0) << "must be a quantized tensor (typed by "
                                     "its integer storage), got "
                                  << *self;
  FailureOr<Type> type =
      makeTensorType(call, getDimSizes(*self), ScalarType::float32);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

/// Checks the quant_min/quant_max params (3, 4) against `dtype`.
static LogicalResult checkQuantRange(const BoundCall &call, ScalarType dtype) {
  FailureOr<int64_t> qmin = call.getInt(3);
  FailureOr<int64_t> qmax = call.getInt(4);
  if (failed(qmin) || failed(qmax))
    return failure();
  if (!isIntegral(dtype, /*includeBool=*/false))
    return call.emitParamError(5) << "must be an integer dtype, got torch."
                                  << stringifyScalarType(dtype);
  if (*qmin > *qmax)
    return call.emitError()
           << "quant_min " << *qmin << " is greater than quant_max " << *qmax;
  return success();
}

LogicalResult rules::inferDecomposedQuantize(const BoundCall &call,
                                             SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = getFloatInput(call);
  FailureOr<ScalarType> dtype = getRequiredDType(call, 5);
  if (failed(input) || failed(dtype) || failed(checkQuantRange(call, *dtype)))
    return failure();
  FailureOr<Type> type = makeTensorType(call, getDimSizes(*input), *dtype);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

LogicalResult rules::inferDecomposedDequantize(const BoundCall &call,
                                               SmallVectorImpl<Type> &results) {
  FailureOr<RankedTensorType> input = call.getTensor(0);
  FailureOr<ScalarType> dtype = getRequiredDType(call, 5);
  if (failed(input) || failed(dtype) || failed(checkQuantRange(call, *dtype)))
    return failure();
  if (input->getElementType() != getElementType(call.getContext(), *dtype))
    return call.emitParamError(0)
           << "must have the element type of dtype "
              "torch."
           << stringifyScalarType(*dtype) << ", got " << *input;
  ScalarType outDType = ScalarType::float32;
  if (std::optional<unsigned> out = call.getSchema().lookupParam("out_dtype")) {
    FailureOr<std::optional<ScalarType>> given = call.getOptionalDType(*out);
    if (failed(given))
      return failure();
    outDType = given->value_or(ScalarType::float32);
  }
  FailureOr<Type> type = makeTensorType(call, getDimSizes(*input), outDType);
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}
