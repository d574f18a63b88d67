//===- Rules.h - Inference rule families ------------------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The rule functions that InferenceTable.cpp maps op overloads to, grouped by
// family; each family lives in its own file in this directory. A family rule
// reads its variant from the table entry's `param` (the flag enums below).
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_LIB_DIALECT_FX_INFERENCE_RULES_RULES_H
#define FX_MLIR_LIB_DIALECT_FX_INFERENCE_RULES_RULES_H

#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"

namespace mlir::fx::rules {

/// The signature every rule has.
#define FX_RULE(name)                                                          \
  LogicalResult name(const BoundCall &call, SmallVectorImpl<Type> &results)

//===----------------------------------------------------------------------===//
// Elementwise.cpp
//===----------------------------------------------------------------------===//

/// Dtype behaviour of elementwise ops (InferenceEntry::param bits).
enum ElementwiseFlags : unsigned {
  /// Integer and bool inputs give the default float dtype (sin, true div).
  kIntToFloat = 1u << 0,
  /// The result is bool (comparisons, isnan, logical ops).
  kResultBool = 1u << 1,
  /// Bool inputs are rejected (neg, sub).
  kNoBool = 1u << 2,
  /// Complex inputs are rejected (floor, maximum, clamp).
  kNoComplex = 1u << 3,
  /// Only bool and integer inputs (bitwise ops).
  kIntegralOnly = 1u << 4,
  /// Complex inputs give their real dtype (abs).
  kComplexToReal = 1u << 5,
  /// In place: the result is `self`, which must hold the broadcast shape and
  /// the promoted dtype.
  kInPlace = 1u << 6,
  /// `alpha` must not be a float for integral inputs (add, sub).
  kCheckAlpha = 1u << 7,
  /// `rounding_mode`: None divides truly (kIntToFloat), else promotes.
  kRoundingMode = 1u << 8,
  /// The result keeps self's dtype (copy, masked_scatter, hardtanh).
  kKeepSelfDType = 1u << 9,
  /// Bool inputs are rejected by hardtanh-like limits ops.
  kCheckLimits = 1u << 10,
  /// An `out=` variant: the result is `out` resized to the broadcast shape;
  /// it must hold the result dtype.
  kOut = 1u << 11,
  /// Floor division (floor_divide): bool and complex promoted dtypes are
  /// rejected; `rounding_mode='floor'` implies it.
  kFloorDivide = 1u << 12,
  /// The op's Scalar params must be safely castable to self's dtype (a float
  /// slope or scale needs a floating self: elu, leaky_relu).
  kScalarParamsFitSelf = 1u << 13,
};

/// A unary elementwise op on param 0 (sin, relu, isnan...).
FX_RULE(inferUnary);
/// A broadcasting binary op on params 0 and 1, each a tensor or a scalar
/// (add, mul, eq, pow, bitwise_and...).
FX_RULE(inferBinary);
/// Param 0's type unchanged (clone, alias, detach, dropout...).
FX_RULE(inferSameAsSelf);
/// where.self: bool condition, promoted self/other, broadcast of all three.
FX_RULE(inferWhere);
/// clamp / clamp.Tensor: promotion of self with min and max.
FX_RULE(inferClamp);
/// copy: self's type; src must broadcast to it.
FX_RULE(inferCopy);
/// _to_copy / to: self's sizes with the dtype kwarg.
FX_RULE(inferToCopy);
/// fill.Scalar, masked_scatter...: self's type, the other tensors broadcast.
FX_RULE(inferSelfBroadcasting);
/// masked_fill.Scalar/.Tensor: self's dtype, broadcast with a bool mask; the
/// value is a number or a 0-dim tensor, a complex one needs a complex self.
FX_RULE(inferMaskedFill);

//===----------------------------------------------------------------------===//
// Reduction.cpp
//===----------------------------------------------------------------------===//

/// Which reduction (InferenceEntry::param).
enum ReductionKind : unsigned {
  kReduceSum,  // int/bool -> int64 unless dtype
  kReduceMean, // floating/complex only
  kReduceSame, // amax/amin: self's dtype
  kReduceAny,  // bool (uint8 stays uint8)
  kReduceArg,  // argmax/argmin: int64
  kReduceVar,  // floating/complex, complex -> real
};
/// Or-ed into the kind: an empty dim list reduces no dim (the `.dims`
/// overloads, `any.dims`), where the older `dim_IntList`/`int[1]` ones
/// reduce every dim.
constexpr unsigned kReduceEmptyDimsNone = 1u << 8;

/// A reduction over a dim list (`int[1]? dim`, `int[1] dim=[]`) or a single
/// `int dim`/`int? dim`, or all dims when the schema has no dim.
FX_RULE(inferReduction);
/// max.dim / min.dim / sort / topk: (values, int64 indices).
FX_RULE(inferValuesIndices);
/// cumsum: self's shape, int -> int64 unless dtype.
FX_RULE(inferCumsum);
/// inferCumsum's param for log_softmax.int: a bool self without dtype is
/// rejected (PyTorch's decomposition subtracts bool tensors).
constexpr unsigned kCumsumLogSoftmax = 1;
/// _softmax / _log_softmax: self's shape, half_to_float.
FX_RULE(inferSoftmax);

//===----------------------------------------------------------------------===//
// Shape.cpp
//===----------------------------------------------------------------------===//

FX_RULE(inferView);
FX_RULE(inferExpand);
/// self broadcast to other's sizes.
FX_RULE(inferExpandAs);
FX_RULE(inferPermute);
FX_RULE(inferTranspose);
FX_RULE(inferT);
FX_RULE(inferUnsqueeze);
FX_RULE(inferSqueeze);
FX_RULE(inferSelect);
FX_RULE(inferSlice);
FX_RULE(inferDiagonal);
FX_RULE(inferFlip);
FX_RULE(inferRepeat);
FX_RULE(inferCat);
FX_RULE(inferStack);
FX_RULE(inferSplitWithSizes);
FX_RULE(inferSplit);
FX_RULE(inferUnbind);
FX_RULE(inferConstantPadNd);
/// reflection/replication pads; param = number of padded dims, plus
/// kPadReflect for reflection.
FX_RULE(inferPad);
constexpr unsigned kPadReflect = 0x100;
FX_RULE(inferAsStrided);
FX_RULE(inferFlatten);
/// resize_, empty-like resizes: self's dtype, the given sizes.
FX_RULE(inferResize);

//===----------------------------------------------------------------------===//
// ConvPool.cpp
//===----------------------------------------------------------------------===//

/// convolution, convNd and conv_transposeNd (rule param kConvTransposed:
/// transposed without a `transposed` argument).
enum ConvolutionFlags : unsigned { kConvTransposed = 1 };
FX_RULE(inferConvolution);
FX_RULE(inferConvolutionBackward);
/// avg_pool{1,2,3}d; param = spatial dims.
FX_RULE(inferAvgPool);
/// max_pool{2,3}d_with_indices; param = spatial dims.
FX_RULE(inferMaxPoolWithIndices);
/// max_pool{1,2,3}d without indices; param = spatial dims.
FX_RULE(inferMaxPool);
/// adaptive pools; param = spatial dims.
FX_RULE(inferAdaptivePool);
/// Backward ops whose grad_input has the type of param 1 (`self`).
FX_RULE(inferSecondOperand);
/// avg_pool2d_backward (param 0) / max_pool2d_with_indices_backward (param
/// 1): the forward's window checks on self, and grad_output of its result's
/// sizes.
FX_RULE(inferPoolBackward);
FX_RULE(inferCol2Im);
FX_RULE(inferGridSampler2d);
/// upsample_*2d.vec; param = 1 when the schema has align_corners.
FX_RULE(inferUpsample);

//===----------------------------------------------------------------------===//
// Linalg.cpp
//===----------------------------------------------------------------------===//

FX_RULE(inferMm);
FX_RULE(inferBmm);
FX_RULE(inferAddmm);
FX_RULE(inferMatmul);
FX_RULE(inferLinear);
FX_RULE(inferCdist);
FX_RULE(inferPdist);
FX_RULE(inferFftR2C);
FX_RULE(inferFftC2R);
FX_RULE(inferBaddbmm);

//===----------------------------------------------------------------------===//
// Indexing.cpp
//===----------------------------------------------------------------------===//

FX_RULE(inferIndex);
FX_RULE(inferIndexPut);
FX_RULE(inferIndexSelect);
FX_RULE(inferGather);
/// scatter.src, scatter_add, scatter_reduce.two (src is param 3).
FX_RULE(inferScatter);
FX_RULE(inferScatterValue);
FX_RULE(inferSelectScatter);
FX_RULE(inferSliceScatter);
FX_RULE(inferMaskedScatter);
FX_RULE(inferEmbedding);
FX_RULE(inferEmbeddingDenseBackward);
FX_RULE(inferEmbeddingBag);
FX_RULE(inferNonzero);

//===----------------------------------------------------------------------===//
// Normalization.cpp
//===----------------------------------------------------------------------===//

/// native_batch_norm and _native_batch_norm_legit*; param = index of the
/// `training` param, or kNoTrainingParam (legit_no_training).
FX_RULE(inferBatchNorm);
constexpr unsigned kNoTrainingParam = 99;
FX_RULE(inferGroupNorm);
FX_RULE(inferGroupNormBackward);
FX_RULE(inferLayerNorm);
FX_RULE(inferLayerNormBackward);
FX_RULE(inferNativeDropout);

//===----------------------------------------------------------------------===//
// Factory.cpp
//===----------------------------------------------------------------------===//

/// Factories from a size list (empty, full, rand, zeros...); param bits say
/// how the default dtype comes about.
FX_RULE(inferFactory);
enum FactoryFlags : unsigned {
  /// The dtype defaults to that of the fill value (full).
  kFactoryFillValue = 1u << 0,
  /// Floating dtypes only (rand, randn).
  kFactoryFloatOnly = 1u << 1,
};
/// *_like factories: self's sizes, dtype kwarg or self's dtype.
FX_RULE(inferFactoryLike);
/// new_* factories: size list, dtype kwarg or self's dtype.
FX_RULE(inferNewFactory);
FX_RULE(inferArange);
FX_RULE(inferRandperm);
FX_RULE(inferScalarTensor);
FX_RULE(inferMakeDepToken);

//===----------------------------------------------------------------------===//
// Builtins.cpp
//===----------------------------------------------------------------------===//

/// operator.getitem on a tuple value.
FX_RULE(inferGetItem);
/// Which Python operator on SymInts (InferenceEntry::param).
enum SymOperator : unsigned {
  kSymAdd,
  kSymSub,
  kSymMul,
  kSymFloorDiv,
  kSymMod,
  kSymTrueDiv,
  kSymPow,
  kSymEq,
  kSymNe,
  kSymLt,
  kSymLe,
  kSymGt,
  kSymGe,
  kSymNeg,
};
/// operator.add/sub/... on ints, floats and Sym* values.
FX_RULE(inferSymOperator);
FX_RULE(inferSymSize);
FX_RULE(inferSymStride);
FX_RULE(inferSymNumel);
/// sym_storage_offset: 0 for every tensor fx can spell.
FX_RULE(inferSymZero);
FX_RULE(inferSymBool);
FX_RULE(inferLocalScalarDense);
/// Ops returning nothing (asserts); checks param 0 is present.
FX_RULE(inferNothing);
FX_RULE(inferFunctionalAssert);

//===----------------------------------------------------------------------===//
// Quantized.cpp
//===----------------------------------------------------------------------===//

FX_RULE(inferQuantizePerTensor);
FX_RULE(inferDequantize);
/// quantized_decomposed.quantize_per_tensor(.tensor): the given int dtype.
FX_RULE(inferDecomposedQuantize);
/// quantized_decomposed.dequantize_per_tensor(.tensor): out_dtype or float32.
FX_RULE(inferDecomposedDequantize);

//===----------------------------------------------------------------------===//
// HigherOrder.cpp
//===----------------------------------------------------------------------===//

/// Whether `target` is a higher-order operator whose value comes from its
/// subgraphs. Such calls are typed from the call op, which leads to the
/// subgraphs, rather than from a BoundCall.
bool isTypedHigherOrderTarget(StringRef target);
/// The result type of a call of such a target.
LogicalResult inferHigherOrder(CallFunctionOp call, ShapeEnv *shapeEnv,
                               SmallVectorImpl<Type> &results);

//===----------------------------------------------------------------------===//
// ExportOps.cpp
//===----------------------------------------------------------------------===//

/// chunk: split into ceil(size / chunks)-sized pieces.
FX_RULE(inferChunk);
/// pad.default: constant (as constant_pad_nd), reflect, replicate, circular.
FX_RULE(inferPadMode);
/// group_norm (the composite): input's type.
FX_RULE(inferGroupNormComposite);
/// instance_norm: input's type.
FX_RULE(inferInstanceNorm);
/// scaled_dot_product_attention: (..., L, Ev) in query's dtype.
FX_RULE(inferScaledDotProductAttention);

#undef FX_RULE

} // namespace mlir::fx::rules

#endif // FX_MLIR_LIB_DIALECT_FX_INFERENCE_RULES_RULES_H
