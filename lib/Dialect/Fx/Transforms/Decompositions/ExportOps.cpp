//===- ExportOps.cpp - Decompositions with computed args ------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The decompositions of ops torch.export leaves in graphs whose created args
// are computed from the node's shapes, dtypes or strides, so that a template
// row (Templates.cpp) cannot spell them: permutations, split sizes, view
// shapes, the stride-dependent branches of reshape and matmul, dtype casts.
// Each follows PyTorch 2.13 (ATen's CompositeImplicitAutograd kernels and
// torch/_decomp), creating the same nodes in the same order; where the
// decision depends on something fx types do not record, the node is left
// alone with a reason (not applicable) or, where PyTorch would decide on a
// runtime value, an error says so.
//
//===----------------------------------------------------------------------===//

#include "Decompositions.h"
#include "Strides.h"
#include "../../Inference/InferenceHelpers.h"
#include <cmath>

using namespace mlir;
using namespace mlir::fx;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

namespace {

/// A size as a created node's arg and as an expression.
struct Size {
  NodeArg arg;
  AffineExpr expr;
};

} // namespace

static Size getSize(DecompositionBuilder &b, Value tensor, int64_t dim) {
  auto type = cast<RankedTensorType>(tensor.getType());
  return {b.getSize(tensor, dim), getDimSizes(type)[dim]};
}

static NodeArg toList(ArrayRef<Size> sizes) {
  SmallVector<NodeArg, 4> args;
  for (const Size &size : sizes)
    args.push_back(size.arg);
  return NodeArg::list(args);
}

static SmallVector<AffineExpr> toExprs(ArrayRef<Size> sizes) {
  SmallVector<AffineExpr> exprs;
  for (const Size &size : sizes)
    exprs.push_back(size.expr);
  return exprs;
}

static Attribute getDevice(DecompositionBuilder &b) {
  // fx types carry no device; export on CPU records this one.
  return DeviceAttr::get(b.getContext(), "cpu");
}

static Attribute getStrided(DecompositionBuilder &b) {
  return LayoutAttr::get(b.getContext(), Layout::strided);
}

static Attribute getMemoryFormat(DecompositionBuilder &b,
                                 MemoryFormat format) {
  return MemoryFormatAttr::get(b.getContext(), format);
}

/// ATen's reshape: a view when the strides allow it, else a contiguous clone
/// viewed. Symbolic sizes that leave the choice open are an error: PyTorch
/// decides it on the traced sizes, which types do not record.
static Value createReshape(DecompositionBuilder &b, Value tensor,
                           ArrayRef<Size> sizes) {
  if (!tensor)
    return {};
  auto type = cast<RankedTensorType>(tensor.getType());
  std::optional<SmallVector<AffineExpr>> strides = getStrides(tensor);
  ViewKind kind = strides ? classifyView(getDimSizes(type), *strides,
                                         toExprs(sizes))
                          : ViewKind::Unknown;
  if (kind == ViewKind::Unknown) {
    b.emitError() << "cannot decide whether reshaping " << type
                  << " copies: its strides depend on symbolic sizes";
    return {};
  }
  if (kind != ViewKind::Copy)
    return b.create("aten.view.default", {tensor, toList(sizes)});
  tensor = b.create(
      "aten.clone.default", {tensor},
      {{"memory_format", getMemoryFormat(b, MemoryFormat::contiguous_format)}});
  auto step = b.dispatching("aten._unsafe_view.default");
  return b.create("aten.view.default", {tensor, toList(sizes)});
}

/// The sizes of `tensor` as created-node args.
static SmallVector<Size> getSizes(DecompositionBuilder &b, Value tensor) {
  SmallVector<Size> sizes;
  int64_t rank = cast<RankedTensorType>(tensor.getType()).getRank();
  for (int64_t dim = 0; dim < rank; ++dim)
    sizes.push_back(getSize(b, tensor, dim));
  return sizes;
}

//===----------------------------------------------------------------------===//
// Shapes: transpose, chunk, split, reshape, contiguous
//===----------------------------------------------------------------------===//

/// `permute(self, [0, .., dim1, .., dim0, ..])`.
static FailureOr<Value> decomposeTranspose(DecompositionBuilder &b) {
  FailureOr<int64_t> dim0 = b.getCall().getInt(1);
  FailureOr<int64_t> dim1 = b.getCall().getInt(2);
  if (failed(dim0) || failed(dim1))
    return b.fail();
  int64_t rank = b.getTensorType(0).getRank();
  FailureOr<int64_t> d0 = canonicalizeDim(b, *dim0, rank), d1 = canonicalizeDim(b, *dim1, rank);
  if (failed(d0) || failed(d1))
    return failure();
  if (rank == 0)
    return b.getValue(0);
  SmallVector<int64_t, 4> dims = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  std::swap(dims[*d0], dims[*d1]);
  return result(b, b.create("aten.permute.default",
                            {b.getValue(0), b.getIntList(dims)}));
}

/// The constant size of the dim that int param `dimParam` names; not
/// applicable for a symbolic size (the number of pieces would be unknown).
static FailureOr<int64_t> getSplitDimSize(DecompositionBuilder &b,
                                          unsigned dimParam) {
  FailureOr<int64_t> dim = b.getCall().getInt(dimParam);
  if (failed(dim)) {
    (void)b.fail();
    return failure();
  }
  RankedTensorType type = b.getTensorType(0);
  FailureOr<int64_t> d = canonicalizeDim(b, *dim, type.getRank());
  if (failed(d))
    return failure();
  std::optional<int64_t> size = getConstantSize(getDimSizes(type)[*d]);
  if (!size) {
    (void)b.notApplicable("the split dim has a symbolic size");
    return failure();
  }
  return *size;
}

/// `split_with_sizes(self, sizes, dim)` with the sizes of `split_size`
/// pieces (the last one smaller).
static FailureOr<Value> decomposeSplit(DecompositionBuilder &b) {
  FailureOr<int64_t> splitSize = b.getCall().getInt(1);
  if (failed(splitSize))
    return b.fail();
  FailureOr<int64_t> size = getSplitDimSize(b, 2);
  if (failed(size))
    return failure();
  if (*splitSize < 0 || (*splitSize == 0 && *size != 0)) {
    b.emitError() << "split_size must be positive, got " << *splitSize;
    return failure();
  }
  SmallVector<int64_t, 8> sizes;
  for (int64_t start = 0; *splitSize > 0 && start < *size; start += *splitSize)
    sizes.push_back(std::min(*splitSize, *size - start));
  if (sizes.empty())
    sizes.push_back(0);
  return result(b, b.create("aten.split_with_sizes.default",
                            {b.getValue(0), b.getIntList(sizes), b.forward(2)}));
}

/// ATen's chunk: `split(self, ceil(size / chunks), dim)`; an empty dim gives
/// `chunks` empty pieces (split_with_sizes).
static FailureOr<Value> decomposeChunk(DecompositionBuilder &b) {
  FailureOr<int64_t> chunks = b.getCall().getInt(1);
  if (failed(chunks))
    return b.fail();
  if (*chunks <= 0) {
    b.emitError() << "chunk expects `chunks` to be greater than 0, got: "
                  << *chunks;
    return failure();
  }
  FailureOr<int64_t> size = getSplitDimSize(b, 2);
  if (failed(size))
    return failure();
  int64_t splitSize = (*size + *chunks - 1) / *chunks;
  if (splitSize == 0)
    return result(b, b.create("aten.split_with_sizes.default",
                              {b.getValue(0),
                               b.getIntList(SmallVector<int64_t>(*chunks, 0)),
                               b.forward(2)}));
  return result(b, b.create("aten.split.Tensor", {b.getValue(0),
                                                  b.getInt(splitSize),
                                                  b.forward(2)}));
}

/// ATen's reshape: `view(self, shape)` when the strides allow it, else
/// `view(clone(self, contiguous_format), shape)` (ATen's `_unsafe_view`,
/// which PyTorch's table makes a view), the shape as given.
static FailureOr<Value> decomposeReshape(DecompositionBuilder &b) {
  auto resultType =
      dyn_cast<RankedTensorType>(b.getOp()->getResult(0).getType());
  if (!resultType)
    return b.notApplicable("the result type is unknown");
  Value self = b.getValue(0);
  std::optional<SmallVector<AffineExpr>> strides = getStrides(self);
  ViewKind kind = strides ? classifyView(getDimSizes(b.getTensorType(0)),
                                         *strides, getDimSizes(resultType))
                          : ViewKind::Unknown;
  if (kind == ViewKind::Unknown) {
    b.emitError() << "cannot decide whether reshaping " << b.getTensorType(0)
                  << " copies: its strides depend on symbolic sizes";
    return failure();
  }
  if (kind != ViewKind::Copy)
    return result(b, b.create("aten.view.default", {self, b.forward(1)}));
  self = b.create(
      "aten.clone.default", {self},
      {{"memory_format", getMemoryFormat(b, MemoryFormat::contiguous_format)}});
  auto step = b.dispatching("aten._unsafe_view.default");
  return result(b, b.create("aten.view.default", {self, b.forward(1)}));
}

/// `clone(self, memory_format=contiguous_format)`, or self when it is
/// contiguous already (ATen's is_contiguous: an empty tensor is, and size-1
/// dims do not count).
static FailureOr<Value> decomposeContiguous(DecompositionBuilder &b) {
  Attribute format = b.getCall().getValue(1);
  if (format && format != getMemoryFormat(b, MemoryFormat::contiguous_format))
    return b.notApplicable("a memory format other than contiguous_format");
  Value self = b.getValue(0);
  std::optional<bool> contiguous = isContiguous(self);
  if (!contiguous)
    return b.notApplicable("the strides are unknown");
  if (*contiguous)
    return self;
  return result(b, b.create("aten.clone.default", {self},
                            {{"memory_format",
                              getMemoryFormat(
                                  b, MemoryFormat::contiguous_format)}}));
}

/// `squeeze.dims(self, [dim])`.
static FailureOr<Value> decomposeSqueezeDim(DecompositionBuilder &b) {
  return result(b, b.create("aten.squeeze.dims",
                            {b.getValue(0), NodeArg({b.forward(1)})}));
}

/// `view(self, sizes[:dim] + unflattened + sizes[dim+1:])`, a -1 among the
/// unflattened sizes resolved.
static FailureOr<Value> decomposeUnflatten(DecompositionBuilder &b) {
  FailureOr<int64_t> dim = b.getCall().getInt(1);
  SmallVector<int64_t, 4> unflattened;
  if (failed(dim))
    return b.fail();
  if (failed(b.getCall().getIntList(2, unflattened)))
    return b.notApplicable("the unflattened sizes are symbolic");
  Value self = b.getValue(0);
  RankedTensorType type = b.getTensorType(0);
  FailureOr<int64_t> d = canonicalizeDim(b, *dim, type.getRank());
  if (failed(d))
    return failure();
  if (llvm::is_contained(unflattened, -1)) {
    std::optional<int64_t> size = getConstantSize(getDimSizes(type)[*d]);
    int64_t known = 1;
    for (int64_t value : unflattened)
      known *= value == -1 ? 1 : value;
    if (!size || known == 0)
      return b.notApplicable("-1 stands for a symbolic size");
    for (int64_t &value : unflattened)
      if (value == -1)
        value = *size / known;
  }
  SmallVector<NodeArg, 6> sizes;
  for (int64_t i = 0; i < *d; ++i)
    sizes.push_back(b.getSize(self, i));
  for (int64_t value : unflattened)
    sizes.push_back(b.getInt(value));
  for (int64_t i = *d + 1; i < type.getRank(); ++i)
    sizes.push_back(b.getSize(self, i));
  return result(b, b.create("aten.view.default", {self, NodeArg::list(sizes)}));
}

/// torch._refs' pixel_shuffle: `view(self, [*batch, C / r^2, r, r, H, W])`,
/// permuted to `[*batch, C / r^2, H, r, W, r]`, reshaped to
/// `[*batch, C / r^2, H * r, W * r]` and cloned contiguous.
static FailureOr<Value> decomposePixelShuffle(DecompositionBuilder &b) {
  FailureOr<int64_t> factor = b.getCall().getInt(1);
  if (failed(factor))
    return b.fail();
  Value self = b.getValue(0);
  RankedTensorType type = b.getTensorType(0);
  int64_t rank = type.getRank();
  if (rank < 3) {
    b.emitError() << "pixel_shuffle expects input to have at least 3 "
                     "dimensions, but got input with "
                  << rank << " dimension(s)";
    return failure();
  }
  SmallVector<AffineExpr> dims = getDimSizes(type);
  std::optional<int64_t> channels = getConstantSize(dims[rank - 3]);
  std::optional<int64_t> height = getConstantSize(dims[rank - 2]);
  std::optional<int64_t> width = getConstantSize(dims[rank - 1]);
  if (!channels || !height || !width)
    return b.notApplicable("the channel or spatial sizes are symbolic");
  int64_t r = *factor;
  if (r <= 0 || *channels % (r * r) != 0) {
    b.emitError() << "pixel_shuffle expects its input's 'C' dimension ("
                  << *channels << ") to be divisible by the square of "
                  << "upscale_factor (" << r << ")";
    return failure();
  }
  int64_t batchRank = rank - 3;
  SmallVector<Size> viewShape, outputShape;
  SmallVector<int64_t> permutation;
  for (int64_t dim = 0; dim < batchRank; ++dim) {
    viewShape.push_back(getSize(b, self, dim));
    permutation.push_back(dim);
  }
  outputShape = viewShape;
  MLIRContext *context = b.getContext();
  auto constant = [&](int64_t value) -> Size {
    return {b.getInt(value), getAffineConstantExpr(value, context)};
  };
  int64_t outChannels = *channels / (r * r);
  for (int64_t size : {outChannels, r, r, *height, *width})
    viewShape.push_back(constant(size));
  for (int64_t offset : {0, 3, 1, 4, 2})
    permutation.push_back(batchRank + offset);
  for (int64_t size : {outChannels, *height * r, *width * r})
    outputShape.push_back(constant(size));
  Value view = b.create("aten.view.default", {self, toList(viewShape)});
  Value permuted =
      b.create("aten.permute.default", {view, b.getIntList(permutation)});
  Value reshaped = createReshape(b, permuted, outputShape);
  if (!reshaped)
    return failure();
  return result(
      b, b.create("aten.clone.default", {reshaped},
                  {{"memory_format",
                    getMemoryFormat(b, MemoryFormat::contiguous_format)}}));
}

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

/// ATen's should_fold for a larger first operand: a batch of matrices folds
/// into one matrix when its leading dims are contiguous among themselves.
static std::optional<bool> shouldFold(Value t1, int64_t rank2) {
  auto type = cast<RankedTensorType>(t1.getType());
  int64_t rank1 = type.getRank();
  if (!(rank1 >= 3 && rank2 <= 2))
    return false;
  SmallVector<AffineExpr> sizes = getDimSizes(type);
  if (hasZeroSize(type))
    return true;
  std::optional<SmallVector<AffineExpr>> strides = getStrides(t1);
  if (!strides)
    return std::nullopt;
  for (int64_t i = 0; i < rank1 - 2; ++i)
    if (canonicalizeSize((*strides)[i]) !=
        canonicalizeSize((*strides)[i + 1] * sizes[i + 1]))
      return false;
  return true;
}

/// ATen's matmul (_matmul_impl), for the cases Core ATen spells with mm and
/// bmm: 1-d x 2-d, 2-d x 2-d, folded batch x matrix, and broadcast batches.
static Value createMatmul(DecompositionBuilder &b, Value t1, Value t2) {
  if (!t1 || !t2)
    return {};
  auto type1 = cast<RankedTensorType>(t1.getType());
  auto type2 = cast<RankedTensorType>(t2.getType());
  int64_t rank1 = type1.getRank(), rank2 = type2.getRank();
  if (rank1 == 0 || rank2 == 0) {
    b.emitError() << "both arguments to matmul need to be at least 1D";
    return {};
  }
  if (rank2 == 1 && rank1 <= 2) {
    (void)b.notApplicable("a matrix-vector or dot product (mv, dot are not "
                          "Core ATen and have no decomposition here)");
    return {};
  }
  if (rank1 == 1 && rank2 == 2) {
    Value row = b.create("aten.unsqueeze.default", {t1, b.getInt(0)});
    Value mm = b.create("aten.mm.default", {row, t2});
    return b.create("aten.squeeze.dim", {mm, b.getInt(0)});
  }
  if (rank1 == 2 && rank2 == 2)
    return b.create("aten.mm.default", {t1, t2});
  std::optional<bool> fold = shouldFold(t1, rank2);
  if (!fold) {
    b.emitError() << "cannot decide whether matmul folds " << type1
                  << ": its strides are unknown";
    return {};
  }
  if (*fold) {
    if (rank2 == 1) {
      (void)b.notApplicable("a batch-matrix x vector product folds into mv, "
                            "which is not Core ATen");
      return {};
    }
    // [.., n, m] x [m, p]: view as [prod(..) * n, m], mm, view back.
    SmallVector<int64_t, 4> leading =
        llvm::to_vector(llvm::seq<int64_t>(0, rank1 - 1));
    SmallVector<AffineExpr> sizes1 = getDimSizes(type1);
    Size folded = {b.getNumel(t1, leading),
                   getProduct(b.getContext(),
                              ArrayRef(sizes1).drop_back())};
    Value flat =
        createReshape(b, t1, {folded, getSize(b, t1, rank1 - 1)});
    Value mm = b.create("aten.mm.default", {flat, t2});
    SmallVector<Size> outputShape = getSizes(b, t1);
    outputShape.back() = getSize(b, t2, 1);
    auto step = b.dispatching("aten._unsafe_view.default");
    return b.create("aten.view.default", {mm, toList(outputShape)});
  }
  if (rank2 >= 3 && rank1 <= 2) {
    (void)b.notApplicable("a matrix x batch product folds transposed");
    return {};
  }
  // Broadcast batches: expand both to [batch.., n, m1] and [batch.., m2, p],
  // reshape to 3-d, bmm, view to [batch.., n, p].
  Size one = {NodeArg(b.getInt(1)), getAffineConstantExpr(1, b.getContext())};
  Size n = rank1 > 1 ? getSize(b, t1, rank1 - 2) : one;
  Size m1 = getSize(b, t1, rank1 - 1);
  Size m2 = rank2 > 1 ? getSize(b, t2, rank2 - 2) : getSize(b, t2, 0);
  Size p = rank2 > 1 ? getSize(b, t2, rank2 - 1) : one;
  int64_t batch1 = std::max<int64_t>(rank1 - 2, 0),
          batch2 = std::max<int64_t>(rank2 - 2, 0);
  int64_t batchRank = std::max(batch1, batch2);
  SmallVector<Size> batch;
  SmallVector<int64_t, 4> batchDims1, batchDims2;
  bool batchOf1 = true, batchOf2 = true;
  for (int64_t i = 0; i < batchRank; ++i) {
    int64_t j1 = i - (batchRank - batch1), j2 = i - (batchRank - batch2);
    std::optional<Size> size1, size2;
    if (j1 >= 0)
      size1 = getSize(b, t1, j1), batchDims1.push_back(j1);
    if (j2 >= 0)
      size2 = getSize(b, t2, j2), batchDims2.push_back(j2);
    // infer_size: a size of 1 gives way to the other.
    bool take1 = size1 && (!size2 || !isConstantSize(size1->expr, 1));
    batch.push_back(take1 ? *size1 : *size2);
    batchOf1 &= take1 || (size2 && size1 && size1->expr == size2->expr);
    batchOf2 &= !take1 || (size2 && size1->expr == size2->expr);
  }
  SmallVector<AffineExpr> batchExprs = toExprs(batch);
  AffineExpr productExpr = getProduct(b.getContext(), batchExprs);
  std::optional<int64_t> constant =
      getConstantSize(canonicalizeSize(productExpr));
  if (!constant && !batchOf1 && !batchOf2) {
    (void)b.notApplicable("the broadcast batch size mixes symbolic sizes of "
                          "both operands");
    return {};
  }
  Size product = {constant   ? NodeArg(b.getInt(*constant))
                  : batchOf1 ? b.getNumel(t1, batchDims1)
                             : b.getNumel(t2, batchDims2),
                  productExpr};
  auto expandTo = [&](Value tensor, Size rows, Size cols) {
    SmallVector<Size> shape(batch);
    shape.append({rows, cols});
    Value expanded =
        b.create("aten.expand.default", {tensor, toList(shape)});
    return createReshape(b, expanded, {product, rows, cols});
  };
  Value lhs = expandTo(t1, n, m1);
  Value rhs = expandTo(t2, m2, p);
  Value bmm = b.create("aten.bmm.default", {lhs, rhs});
  SmallVector<Size> outputShape(batch);
  if (rank1 > 1)
    outputShape.push_back(n);
  if (rank2 > 1)
    outputShape.push_back(p);
  return b.create("aten.view.default", {bmm, toList(outputShape)});
}

static FailureOr<Value> decomposeMatmul(DecompositionBuilder &b) {
  return result(b, createMatmul(b, b.getValue(0), b.getValue(1)));
}

//===----------------------------------------------------------------------===//
// Softmax, masked_fill, dropout
//===----------------------------------------------------------------------===//

/// `_softmax(self, dim, False)`, after `_to_copy(self, dtype)` when a dtype
/// is given.
static FailureOr<Value> createSoftmax(DecompositionBuilder &b,
                                      StringRef target) {
  FailureOr<std::optional<ScalarType>> dtype = b.getCall().getOptionalDType(2);
  if (failed(dtype))
    return b.fail();
  Value self = b.getValue(0);
  if (*dtype)
    self = b.create("aten._to_copy.default", {self},
                    {{"dtype", ScalarTypeAttr::get(b.getContext(), **dtype)},
                     {"layout", getStrided(b)},
                     {"device", getDevice(b)}});
  return result(b, b.create(target, {self, b.forward(1), b.getBool(false)}));
}

static FailureOr<Value> decomposeSoftmaxInt(DecompositionBuilder &b) {
  return createSoftmax(b, "aten._softmax.default");
}

static FailureOr<Value> decomposeLogSoftmaxInt(DecompositionBuilder &b) {
  return createSoftmax(b, "aten._log_softmax.default");
}

/// `where(mask, scalar_tensor(value, dtype=self.dtype), self)`, the value
/// converted to self's dtype as a Python number.
static FailureOr<Value> decomposeMaskedFillScalar(DecompositionBuilder &b) {
  RankedTensorType type = b.getTensorType(0);
  std::optional<ScalarType> dtype = getScalarType(type.getElementType());
  FailureOr<Attribute> value = b.getScalar(2, Attribute());
  if (!dtype)
    return b.notApplicable("self has no torch dtype");
  if (failed(value))
    return failure();
  double number = isa<FloatAttr>(*value)
                      ? cast<FloatAttr>(*value).getValueAsDouble()
                      : static_cast<double>(cast<IntegerAttr>(*value).getInt());
  Attribute converted;
  switch (getCategory(*dtype)) {
  case DTypeCategory::Bool:
    converted = b.getBool(number != 0);
    break;
  case DTypeCategory::Integer:
    if (isa<FloatAttr>(*value)) {
      b.emitError() << "cannot fill an integer tensor with a float";
      return failure();
    }
    converted = b.getInt(static_cast<int64_t>(number));
    break;
  case DTypeCategory::Floating:
    converted = b.getFloat(number);
    break;
  case DTypeCategory::Complex:
    return b.notApplicable("complex fill values");
  }
  Value fill = b.create("aten.scalar_tensor.default", {converted},
                        {{"dtype", ScalarTypeAttr::get(b.getContext(), *dtype)},
                         {"layout", getStrided(b)},
                         {"device", getDevice(b)}});
  return result(b, b.create("aten.where.self",
                            {b.getValue(1), fill, b.getValue(0)}));
}

/// torch._refs.nn.functional.mish: `self * tanh(softplus(self))` (softplus
/// has its own entry).
static FailureOr<Value> decomposeMish(DecompositionBuilder &b) {
  Value x = b.getValue(0);
  Value softplus = b.create("aten.softplus.default", {x});
  Value tanh = b.create("aten.tanh.default", {softplus});
  return result(b, b.create("aten.mul.Tensor", {x, tanh}));
}

/// In evaluation (train=False) dropout is `clone(input)`.
static FailureOr<Value> decomposeDropout(DecompositionBuilder &b) {
  FailureOr<bool> train = b.getCall().getBool(2);
  if (failed(train))
    return b.fail();
  if (*train)
    return b.notApplicable("training-mode dropout is random (native_dropout)");
  return result(b, b.create("aten.clone.default", {b.getValue(0)}));
}

//===----------------------------------------------------------------------===//
// Normalization and pooling
//===----------------------------------------------------------------------===//

/// `native_group_norm(input, weight, bias, N, C, HxW, group, eps)[0]`.
static FailureOr<Value> decomposeGroupNorm(DecompositionBuilder &b) {
  Value input = b.getValue(0);
  RankedTensorType type = b.getTensorType(0);
  if (type.getRank() < 2) {
    b.emitError() << "group_norm expects an input of at least 2 dims";
    return failure();
  }
  SmallVector<int64_t, 4> spatial =
      llvm::to_vector(llvm::seq<int64_t>(2, type.getRank()));
  NodeArg hxw = spatial.empty() ? NodeArg(b.getInt(1))
                                : b.getNumel(input, spatial);
  Value norm = b.create(
      "aten.native_group_norm.default",
      {input, b.forward(2), b.forward(3), b.getSize(input, 0),
       b.getSize(input, 1), hxw, b.forward(1), b.forward(4, b.getFloat(1e-5))});
  return result(b, b.create("operator.getitem", {norm, b.getInt(0)}));
}

/// ATen's instance_norm with batch statistics: batch norm of the input
/// viewed as one batch of N * C channels, weight and bias repeated N times.
static FailureOr<Value> decomposeInstanceNorm(DecompositionBuilder &b) {
  FailureOr<bool> useInputStats = b.getCall().getBool(5);
  if (failed(useInputStats))
    return b.fail();
  if (!*useInputStats || b.getValue(3) || b.getValue(4))
    return b.notApplicable("running statistics (updated in place by "
                           "PyTorch's decomposition)");
  Value input = b.getValue(0);
  RankedTensorType type = b.getTensorType(0);
  if (type.getRank() < 2) {
    b.emitError() << "instance_norm expects an input of at least 2 dims";
    return failure();
  }
  NodeArg batch = b.getSize(input, 0);
  auto repeat = [&](Value perChannel) -> NodeArg {
    if (!perChannel)
      return NodeArg(b.getNone());
    return NodeArg(b.create("aten.repeat.default",
                            {perChannel, NodeArg::list({batch})}));
  };
  NodeArg weight = repeat(b.getValue(1));
  NodeArg bias = repeat(b.getValue(2));
  SmallVector<NodeArg, 4> shape = {b.getInt(1), b.getNumel(input, {0, 1})};
  for (int64_t dim = 2; dim < type.getRank(); ++dim)
    shape.push_back(b.getSize(input, dim));
  Value view =
      b.create("aten.view.default", {input, NodeArg::list(shape)});
  Value norm = b.create("aten._native_batch_norm_legit.no_stats",
                        {view, weight, bias, b.getBool(true), b.forward(6),
                         b.forward(7)});
  Value output = b.create("operator.getitem", {norm, b.getInt(0)});
  SmallVector<NodeArg, 4> sizes;
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    sizes.push_back(b.getSize(input, dim));
  return result(b, b.create("aten.view.default",
                            {output, NodeArg::list(sizes)}));
}

/// `mean(self, [-1, -2], keepdim=True)` for a 1x1 output, else
/// `_adaptive_avg_pool2d(self, output_size)`.
static FailureOr<Value> decomposeAdaptiveAvgPool2d(DecompositionBuilder &b) {
  SmallVector<int64_t, 2> outputSize;
  if (failed(b.getCall().getIntList(1, outputSize)))
    return b.notApplicable("the output size is symbolic");
  if (outputSize == SmallVector<int64_t, 2>{1, 1})
    return result(b, b.create("aten.mean.dim", {b.getValue(0),
                                                b.getIntList({-1, -2}),
                                                b.getBool(true)}));
  return result(b, b.create("aten._adaptive_avg_pool2d.default",
                            {b.getValue(0), b.forward(1)}));
}

static FailureOr<Value> decomposeReplicationPad(DecompositionBuilder &b);

/// ATen's pad: constant_pad_nd, or the reflection/replication pad of the
/// padded rank. replication_pad1d, which is not Core ATen and has no type
/// inference rule, is decomposed in place (pad's self and pad are the pad
/// op's args).
static FailureOr<Value> decomposePad(DecompositionBuilder &b) {
  FailureOr<StringRef> mode = b.getCall().getString(2);
  if (failed(mode))
    return b.fail();
  Value self = b.getValue(0);
  if (*mode == "constant") {
    FailureOr<std::optional<double>> value =
        b.getCall().isNone(3) ? FailureOr<std::optional<double>>(std::nullopt)
                              : FailureOr<std::optional<double>>(
                                    b.getCall().getFloat(3));
    if (failed(value))
      return b.fail();
    return result(b, b.create("aten.constant_pad_nd.default",
                              {self, b.forward(1),
                               b.getFloat(value->value_or(0.0))}));
  }
  auto pad = dyn_cast<ArrayAttr>(b.getCall().getValue(1));
  if (!pad)
    return b.notApplicable("the padding is not a list");
  int64_t dims = pad.size() / 2;
  if (*mode == "circular")
    return b.notApplicable("circular padding (_pad_circular is not Core ATen)");
  if ((*mode != "reflect" && *mode != "replicate") || dims < 1 || dims > 3) {
    b.emitError() << "unsupported padding mode '" << *mode << "' for "
                  << pad.size() << " pads";
    return failure();
  }
  if (*mode == "replicate" && dims == 1) {
    auto step = b.dispatching("aten.replication_pad1d.default");
    return decomposeReplicationPad(b);
  }
  std::string target = (Twine("aten.") +
                        (*mode == "reflect" ? "reflection" : "replication") +
                        "_pad" + Twine(dims) + "d.default")
                           .str();
  return result(b, b.create(target, {self, b.forward(1)}));
}

/// torch._decomp's _reflection_pad / _replication_pad, in the opmath dtype:
/// each padded dim, innermost last, gathered with `index.Tensor` (the
/// table's `_unsafe_index`) by an index tensor over
/// `arange(-left, size + right)`: reflected as `size - 1 - |size - 1 -
/// |i||`, or clamped to [0, size - 1]. PyTorch then makes the result follow
/// the input's memory format, which a contiguous input's result does already.
static FailureOr<Value> decomposeReflectionOrReplicationPad(
    DecompositionBuilder &b, bool reflect) {
  SmallVector<int64_t, 6> padding;
  if (failed(b.getCall().getIntList(1, padding)))
    return b.fail();
  Value self = b.getValue(0);
  RankedTensorType type = b.getTensorType(0);
  int64_t dims = padding.size() / 2, rank = type.getRank();
  if (padding.size() % 2 || (rank != dims + 1 && rank != dims + 2)) {
    b.emitError() << "expected a " << dims + 1 << "-d or " << dims + 2
                  << "-d input for " << padding.size() << " pads, got "
                  << type;
    return failure();
  }
  std::optional<bool> contiguous = isContiguous(self);
  if (!contiguous || !*contiguous)
    return b.notApplicable(
        "the input is not contiguous (the result follows its memory format)");
  int64_t firstPadded = rank - dims;
  SmallVector<int64_t, 3> sizes;
  for (int64_t dim = firstPadded; dim < rank; ++dim) {
    if (type.isDynamicDim(dim))
      return b.notApplicable("a padded dim has a symbolic size");
    sizes.push_back(type.getDimSize(dim));
  }
  return computeInOpmath(b, self, [&](Value x) {
    for (int64_t i = 0; i < dims; ++i) {
      int64_t left = padding[2 * (dims - 1 - i)];
      int64_t right = padding[2 * (dims - 1 - i) + 1];
      int64_t last = sizes[i] - 1;
      Value index = b.create("aten.arange.start_step",
                             {b.getInt(-left), b.getInt(sizes[i] + right)},
                             {{"layout", getStrided(b)},
                              {"device", getDevice(b)},
                              {"pin_memory", b.getBool(false)}});
      if (reflect) {
        Value abs = b.create("aten.abs.default", {index});
        Value inner = b.create("aten.sub.Tensor", {b.getInt(last), abs});
        Value innerAbs = b.create("aten.abs.default", {inner});
        index = b.create("aten.sub.Tensor", {b.getInt(last), innerAbs});
      } else {
        index = b.create("aten.clamp.default",
                         {index, b.getInt(0), b.getInt(last)});
      }
      SmallVector<NodeArg, 5> indices(rank, NodeArg(b.getNone()));
      indices[firstPadded + i] = NodeArg(index);
      x = b.create("aten.index.Tensor", {x, NodeArg::list(indices)});
    }
    return x;
  });
}

static FailureOr<Value> decomposeReflectionPad(DecompositionBuilder &b) {
  return decomposeReflectionOrReplicationPad(b, /*reflect=*/true);
}

static FailureOr<Value> decomposeReplicationPad(DecompositionBuilder &b) {
  return decomposeReflectionOrReplicationPad(b, /*reflect=*/false);
}

//===----------------------------------------------------------------------===//
// scaled_dot_product_attention
//===----------------------------------------------------------------------===//

/// ATen's _scaled_dot_product_attention_math, as the CPU flash decomposition
/// calls it for 4-d inputs of one head size (and restores the flash kernel's
/// output layout with two permutes around a contiguous clone). Query and
/// key are each scaled by sqrt(scale); a causal or boolean mask becomes an
/// additive float mask; the softmax is _safe_softmax (rows masked entirely
/// give zeros).
static FailureOr<Value> decomposeScaledDotProductAttention(
    DecompositionBuilder &b) {
  const BoundCall &call = b.getCall();
  Value query = b.getValue(0), key = b.getValue(1), value = b.getValue(2);
  Value mask = b.getValue(3);
  FailureOr<double> dropout = call.getFloat(4);
  FailureOr<bool> isCausal = call.getBool(5);
  FailureOr<bool> enableGqa = call.getBool(7);
  if (failed(dropout) || failed(isCausal) || failed(enableGqa))
    return b.fail();
  std::optional<double> scale;
  if (!call.isNone(6)) {
    FailureOr<double> given = call.getFloat(6);
    if (failed(given))
      return b.fail();
    scale = *given;
  }
  RankedTensorType queryType = b.getTensorType(0);
  RankedTensorType keyType = b.getTensorType(1);
  RankedTensorType valueType = b.getTensorType(2);
  std::optional<ScalarType> dtype = getScalarType(queryType.getElementType());
  if (!dtype || (*dtype != ScalarType::float32 && *dtype != ScalarType::float64))
    return b.notApplicable("the math kernel computes 16-bit inputs in float32 "
                           "(not decomposed here)");
  if (*dropout != 0.0)
    return b.notApplicable("dropout is random");
  int64_t rank = queryType.getRank();
  if (keyType.getRank() != rank || valueType.getRank() != rank)
    return b.notApplicable("query, key and value of different ranks");
  SmallVector<AffineExpr> q = getDimSizes(queryType),
                          k = getDimSizes(keyType), v = getDimSizes(valueType);
  if (*enableGqa || (rank >= 3 && q[rank - 3] != k[rank - 3]))
    return b.notApplicable("grouped-query attention (repeat_interleave)");
  std::optional<int64_t> headSize = getConstantSize(q.back());
  if (!headSize)
    return b.notApplicable("the head size is symbolic");
  bool flash = rank == 4 && q.back() == v.back() && k.back() == v.back();

  // Scale query and key by sqrt(scale) each.
  double scaling = std::sqrt(scale.value_or(1.0 / std::sqrt(double(*headSize))));
  if (scale && *scale < 0)
    return b.notApplicable("a negative scale");
  MLIRContext *context = b.getContext();
  Attribute dtypeAttr = ScalarTypeAttr::get(context, *dtype);
  auto toAdditiveMask = [&](Value boolMask) {
    Value minusInf = b.create(
        "aten.scalar_tensor.default", {b.getFloat(-INFINITY)},
        {{"dtype", dtypeAttr}, {"device", getDevice(b)}});
    Value zero = b.create("aten.scalar_tensor.default", {b.getFloat(0.0)},
                          {{"dtype", dtypeAttr},
                           {"layout", getStrided(b)},
                           {"device", getDevice(b)}});
    return b.create("aten.where.self", {boolMask, zero, minusInf});
  };
  // sdpa turns a boolean mask into an additive one before it calls the
  // kernel; the kernel scales the query first, then builds a causal mask.
  bool boolMask =
      mask &&
      cast<RankedTensorType>(mask.getType()).getElementType().isInteger(1);
  if (boolMask)
    mask = toAdditiveMask(mask);
  // The CPU flash kernel, a decomposition of make_fx's table, makes the rest
  // inside its dispatch; the math kernel calls ops of the table in turn.
  std::optional<DecompositionBuilder::DispatchStep> kernel;
  if (flash)
    kernel.emplace(b,
                   "aten._scaled_dot_product_flash_attention_for_cpu.default");
  Value scaledQuery =
      b.create("aten.mul.Scalar", {query, b.getFloat(scaling)});
  if (*isCausal) {
    if (mask) {
      b.emitError() << "explicit attn_mask should not be set when "
                       "is_causal=True";
      return failure();
    }
    // ones([L, S], bool).tril(), ones and tril as PyTorch decomposes them.
    NodeArg rows = b.getSize(query, rank - 2), cols = b.getSize(key, rank - 2);
    Attribute boolType = ScalarTypeAttr::get(context, ScalarType::Bool);
    Value ones, tril;
    {
      auto step = b.dispatching("aten.ones.default");
      ones = b.create("aten.full.default",
                      {NodeArg({rows, cols}), b.getBool(true)},
                      {{"dtype", boolType},
                       {"layout", getStrided(b)},
                       {"device", getDevice(b)},
                       {"pin_memory", b.getBool(false)}});
    }
    {
      auto step = b.dispatching("aten.tril.default");
      auto range = [&](NodeArg end, int64_t dim) {
        Value arange = b.create("aten.arange.start_step", {b.getInt(0), end},
                                {{"layout", getStrided(b)},
                                 {"device", getDevice(b)},
                                 {"pin_memory", b.getBool(false)}});
        return b.create("aten.unsqueeze.default", {arange, b.getInt(dim)});
      };
      Value colIndex = range(cols, -2);
      Value rowIndex = range(rows, -1);
      Value offset = b.create("aten.sub.Tensor", {colIndex, rowIndex});
      Value lower = b.create("aten.le.Scalar", {offset, b.getInt(0)});
      tril = b.create("aten.logical_and.default", {lower, ones});
    }
    mask = toAdditiveMask(tril);
  }
  SmallVector<int64_t, 4> transposed =
      llvm::to_vector(llvm::seq<int64_t>(0, rank));
  std::swap(transposed[rank - 1], transposed[rank - 2]);
  Value keyT;
  {
    auto step = b.dispatching("aten.transpose.int");
    keyT = b.create("aten.permute.default", {key, b.getIntList(transposed)});
  }
  Value scaledKeyT = b.create("aten.mul.Scalar", {keyT, b.getFloat(scaling)});
  Value attn = createMatmul(b, scaledQuery, scaledKeyT);
  if (mask)
    attn = b.create("aten.add.Tensor", {attn, mask});
  // _safe_softmax(attn, -1).
  Value weights;
  {
    auto step = b.dispatching("aten._safe_softmax.default");
    Value softmax = b.create("aten._softmax.default",
                             {attn, b.getInt(-1), b.getBool(false)});
    Value isMinusInf =
        b.create("aten.eq.Scalar", {attn, b.getFloat(-INFINITY)});
    Value notMasked = b.create("aten.logical_not.default", {isMinusInf});
    Value anyKept =
        b.create("aten.any.dim", {notMasked, b.getInt(-1), b.getBool(true)});
    Value allMasked = b.create("aten.logical_not.default", {anyKept});
    Value zeros = b.create(
        "aten.full_like.default", {softmax, b.getInt(0)},
        {{"pin_memory", b.getBool(false)},
         {"memory_format", getMemoryFormat(b, MemoryFormat::preserve_format)}});
    weights = b.create("aten.where.self", {allMasked, zeros, softmax});
  }
  Value output = createMatmul(b, weights, value);
  if (!flash)
    return result(b, output);
  Value permuted = b.create("aten.permute.default",
                            {output, b.getIntList({2, 0, 1, 3})});
  Value contiguous = b.create(
      "aten.clone.default", {permuted},
      {{"memory_format", getMemoryFormat(b, MemoryFormat::contiguous_format)}});
  return result(b, b.create("aten.permute.default",
                            {contiguous, b.getIntList({1, 2, 0, 3})}));
}

//===----------------------------------------------------------------------===//
// The rows
//===----------------------------------------------------------------------===//

// clang-format off
static const DecompositionEntry kExportOpDecompositions[] = {
    {"aten.adaptive_avg_pool2d.default",
     "adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor",
     decomposeAdaptiveAvgPool2d,
     /*compositeImplicit=*/true},
    {"aten.chunk.default",
     "chunk(Tensor(a -> *) self, int chunks, int dim=0) -> Tensor(a)[]",
     decomposeChunk,
     /*compositeImplicit=*/true},
    {"aten.contiguous.default",
     "contiguous(Tensor(a) self, *, MemoryFormat memory_format=contiguous_format) -> Tensor(a)",
     decomposeContiguous,
     /*compositeImplicit=*/true},
    {"aten.dropout.default",
     "dropout(Tensor input, float p, bool train) -> Tensor",
     decomposeDropout,
     /*compositeImplicit=*/true},
    {"aten.group_norm.default",
     "group_norm(Tensor input, int num_groups, Tensor? weight=None, Tensor? bias=None, float eps=1e-05, bool cudnn_enabled=True) -> Tensor",
     decomposeGroupNorm,
     /*compositeImplicit=*/true},
    {"aten.instance_norm.default",
     "instance_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool use_input_stats, float momentum, float eps, bool cudnn_enabled) -> Tensor",
     decomposeInstanceNorm,
     /*compositeImplicit=*/true},
    {"aten.log_softmax.int",
     "log_softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor",
     decomposeLogSoftmaxInt,
     /*compositeImplicit=*/true},
    {"aten.masked_fill.Scalar",
     "masked_fill.Scalar(Tensor self, Tensor mask, Scalar value) -> Tensor",
     decomposeMaskedFillScalar},
    {"aten.matmul.default",
     "matmul(Tensor self, Tensor other) -> Tensor",
     decomposeMatmul,
     /*compositeImplicit=*/true},
    {"aten.mish.default",
     "mish(Tensor self) -> Tensor",
     decomposeMish},
    {"aten.pad.default",
     "pad(Tensor self, SymInt[] pad, str mode=\"constant\", float? value=None) -> Tensor",
     decomposePad,
     /*compositeImplicit=*/true},
    {"aten.pixel_shuffle.default",
     "pixel_shuffle(Tensor self, int upscale_factor) -> Tensor",
     decomposePixelShuffle},
    {"aten.reflection_pad1d.default",
     "reflection_pad1d(Tensor self, SymInt[2] padding) -> Tensor",
     decomposeReflectionPad},
    {"aten.reflection_pad2d.default",
     "reflection_pad2d(Tensor self, SymInt[4] padding) -> Tensor",
     decomposeReflectionPad},
    {"aten.reflection_pad3d.default",
     "reflection_pad3d(Tensor self, SymInt[6] padding) -> Tensor",
     decomposeReflectionPad},
    {"aten.replication_pad1d.default",
     "replication_pad1d(Tensor self, SymInt[2] padding) -> Tensor",
     decomposeReplicationPad},
    {"aten.replication_pad2d.default",
     "replication_pad2d(Tensor self, SymInt[4] padding) -> Tensor",
     decomposeReplicationPad},
    {"aten.replication_pad3d.default",
     "replication_pad3d(Tensor self, SymInt[6] padding) -> Tensor",
     decomposeReplicationPad},
    {"aten.reshape.default",
     "reshape(Tensor(a) self, SymInt[] shape) -> Tensor(a)",
     decomposeReshape,
     /*compositeImplicit=*/true},
    {"aten.scaled_dot_product_attention.default",
     "scaled_dot_product_attention(Tensor query, Tensor key, Tensor value, Tensor? attn_mask=None, float dropout_p=0.0, bool is_causal=False, *, float? scale=None, bool enable_gqa=False) -> Tensor",
     decomposeScaledDotProductAttention,
     /*compositeImplicit=*/true},
    {"aten.softmax.int",
     "softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor",
     decomposeSoftmaxInt,
     /*compositeImplicit=*/true},
    {"aten.split.Tensor",
     "split.Tensor(Tensor(a -> *) self, SymInt split_size, int dim=0) -> Tensor(a)[]",
     decomposeSplit},
    {"aten.squeeze.dim",
     "squeeze.dim(Tensor(a) self, int dim) -> Tensor(a)",
     decomposeSqueezeDim},
    {"aten.transpose.int",
     "transpose.int(Tensor(a) self, int dim0, int dim1) -> Tensor(a)",
     decomposeTranspose},
    {"aten.unflatten.int",
     "unflatten.int(Tensor(a) self, int dim, SymInt[] sizes) -> Tensor(a)",
     decomposeUnflatten,
     /*compositeImplicit=*/true},
};
// clang-format on

ArrayRef<DecompositionEntry> mlir::fx::getExportOpDecompositions() {
  return kExportOpDecompositions;
}
