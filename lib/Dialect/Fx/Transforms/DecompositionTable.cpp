//===- DecompositionTable.cpp - aten decompositions for fx-decompose ------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Each decomposition follows PyTorch's (torch/_decomp/decompositions.py,
// torch/_refs, and ATen's CompositeImplicitAutograd kernels for linear,
// layer_norm, flatten and expand_as): the same ops, in the same order, with
// the same constants, so that the created nodes are the ones
// `run_decompositions` would trace. Where this file departs from PyTorch it
// says so.
//
//===----------------------------------------------------------------------===//

#include "DecompositionTable.h"
#include "Decompositions/Decompositions.h"
#include "Decompositions/Strides.h"
#include "../Inference/InferenceHelpers.h"
#include "fx-mlir/Dialect/Fx/Inference/OpSchemas.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::fx;

//===----------------------------------------------------------------------===//
// NodeArg
//===----------------------------------------------------------------------===//

LogicalResult NodeArg::flatten(MLIRContext *context,
                               SmallVectorImpl<Attribute> &attrs,
                               SmallVectorImpl<Value> &operands) const {
  if (isList) {
    SmallVector<Attribute, 4> elementAttrs;
    for (const NodeArg &element : elements)
      if (failed(element.flatten(context, elementAttrs, operands)))
        return failure();
    attrs.push_back(ArrayAttr::get(context, elementAttrs));
    return success();
  }
  if (value) {
    attrs.push_back(NodeAttr::get(context));
    operands.push_back(value);
    return success();
  }
  if (!attr || llvm::is_contained(forwarded, Value()))
    return failure();
  attrs.push_back(attr);
  llvm::append_range(operands, forwarded);
  return success();
}

//===----------------------------------------------------------------------===//
// DecompositionCache
//===----------------------------------------------------------------------===//

DecompositionCache::DecompositionCache(MLIRContext *context)
    : context(context), i64(IntegerType::get(context, 64)),
      f64(Float64Type::get(context)), emptyKwargs(DictAttr::get(context)) {}

const DecompositionCache::Target &
DecompositionCache::getTarget(StringRef target) {
  auto [entry, inserted] = targets.try_emplace(target);
  if (inserted)
    entry->second = {StringAttr::get(context, target),
                     getNodeNameForTarget(target)};
  return entry->second;
}

StringAttr DecompositionCache::getKeyword(StringRef keyword) {
  StringAttr &attr = keywords[keyword];
  if (!attr)
    attr = StringAttr::get(context, keyword);
  return attr;
}

OperatorAttr DecompositionCache::getOperator(StringRef target) {
  OperatorAttr &attr = operators[target];
  if (!attr)
    attr = OperatorAttr::get(context, target);
  return attr;
}

Attribute DecompositionCache::getNumber(Type type, uint64_t bits,
                                        function_ref<Attribute()> build) {
  Attribute &attr = numbers[{type, bits}];
  if (!attr)
    attr = build();
  return attr;
}

Attribute DecompositionCache::getInt(int64_t value) {
  return getNumber(i64, value, [&] { return IntegerAttr::get(i64, value); });
}

Attribute DecompositionCache::getFloat(double value) {
  return getNumber(f64, llvm::bit_cast<uint64_t>(value),
                   [&] { return FloatAttr::get(f64, value); });
}

//===----------------------------------------------------------------------===//
// DecompositionBuilder
//===----------------------------------------------------------------------===//

DecompositionBuilder::DecompositionBuilder(RewriterBase &rewriter,
                                           CallFunctionOp op,
                                           const BoundCall &call,
                                           DecompositionCache &cache,
                                           NodeMetadataListener &listener)
    : rewriter(rewriter), op(op), call(call), cache(cache), listener(listener) {
  // The operands of each parameter, bound as BoundCall binds them: args in
  // order, then kwargs in insertion order.
  const OpSchema &schema = call.getSchema();
  spans.assign(schema.params.size(), {0, 0});
  unsigned operand = 0;
  auto assign = [&](unsigned index, Attribute value) {
    unsigned count = countNodeRefs(value);
    spans[index] = {operand, count};
    operand += count;
  };
  for (auto [index, value] : llvm::enumerate(op.getArgs()))
    assign(index, value);
  DictAttr kwargs = op.getKwargs();
  for (auto [key, value] : llvm::zip_equal(kwargs.getKeys(), kwargs.getValues()))
    if (std::optional<unsigned> index =
            schema.lookupParam(cast<StringAttr>(key).getValue()))
      assign(*index, value);
}

DecompositionBuilder::DispatchStep::DispatchStep(DecompositionBuilder &b,
                                                 StringRef target)
    : listener(b.listener), enclosing(b.listener.getDispatchedOp()) {
  // Inside another op's dispatch, make_fx records that op for every node.
  if (enclosing.isEachCreatedOp())
    listener.setDispatchedOp(DispatchedOp::inside(b.cache.getOperator(target)));
}

DecompositionBuilder::DispatchStep::~DispatchStep() {
  listener.setDispatchedOp(enclosing);
}

Value DecompositionBuilder::getValue(unsigned i) {
  if (!isa_and_nonnull<NodeAttr>(call.getValue(i)))
    return {};
  return op->getOperand(spans[i].first);
}

RankedTensorType DecompositionBuilder::getTensorType(unsigned i) {
  Value value = getValue(i);
  return value ? dyn_cast<RankedTensorType>(value.getType())
               : RankedTensorType();
}

NodeArg DecompositionBuilder::forward(unsigned i, Attribute defaultValue) {
  Attribute value = call.getValue(i);
  if (!value)
    return defaultValue ? NodeArg(defaultValue) : NodeArg(getNone());
  auto [first, count] = spans[i];
  return NodeArg::forward(value, op->getOperands().slice(first, count));
}

FailureOr<Attribute> DecompositionBuilder::getScalar(unsigned i,
                                                     Attribute defaultValue) {
  Attribute value = call.getValue(i);
  if (!value)
    return defaultValue;
  if (isa<FloatAttr>(value) ||
      (isa<IntegerAttr>(value) && !isa<BoolAttr>(value)))
    return value;
  if (auto boolean = dyn_cast<BoolAttr>(value))
    return getInt(boolean.getValue());
  (void)notApplicable(Twine("argument '") + call.getSchema().params[i].name +
                       "' is not a constant number");
  return failure();
}

Attribute DecompositionBuilder::getInt(int64_t value) {
  return cache.getInt(value);
}

Attribute DecompositionBuilder::getFloat(double value) {
  return cache.getFloat(value);
}

Attribute DecompositionBuilder::getBool(bool value) {
  return BoolAttr::get(getContext(), value);
}

Attribute DecompositionBuilder::getNone() { return NoneAttr::get(getContext()); }

Attribute DecompositionBuilder::getIntList(ArrayRef<int64_t> values) {
  SmallVector<Attribute, 4> attrs;
  for (int64_t value : values)
    attrs.push_back(getInt(value));
  return ArrayAttr::get(getContext(), attrs);
}

Value DecompositionBuilder::create(
    StringRef target, ArrayRef<NodeArg> args,
    ArrayRef<std::pair<StringRef, NodeArg>> kwargs) {
  if (failed)
    return {};
  MLIRContext *context = getContext();
  SmallVector<Attribute, 8> argAttrs;
  SmallVector<Value, 4> operands;
  for (const NodeArg &arg : args)
    if (::mlir::failed(arg.flatten(context, argAttrs, operands))) {
      failed = true;
      return {};
    }
  SmallVector<Attribute, 2> keys, values;
  for (const auto &[key, arg] : kwargs) {
    keys.push_back(cache.getKeyword(key));
    if (::mlir::failed(arg.flatten(context, values, operands))) {
      failed = true;
      return {};
    }
  }
  DictAttr kwargsAttr =
      kwargs.empty() ? cache.getEmptyKwargs()
                     : DictAttr::get(context, ArrayAttr::get(context, keys),
                                     ArrayAttr::get(context, values));
  const DecompositionCache::Target &callee = cache.getTarget(target);
  // Created as FX creates a node, before its value: the listener infers the
  // type when the node is inserted. Every target created here returns one
  // value.
  auto node = CallFunctionOp::create(
      rewriter, op.getLoc(), TypeRange{UnknownType::get(context)}, callee.name,
      callee.attr, ArrayAttr::get(context, argAttrs), kwargsAttr, operands);
  created.push_back(node);
  Value result = node->getResult(0);
  if (!isOrContainsUnknown(result.getType()))
    return result;
  // The listener reported a failing rule at the node (at this op's
  // location); a target without a rule is ours to report.
  failed = true;
  if (!hasInferenceRule(target))
    emitError() << "no type inference rule for '" << target
                << "', which its decomposition creates";
  return {};
}

Value DecompositionBuilder::getSymbolicValue(AffineExpr expr,
                                             function_ref<Value()> build) {
  expr = canonicalizeSize(expr);
  Value &value = symbolicValues[expr];
  if (value)
    return value;
  // The first value of the graph that holds this size (a sym_size node, a
  // SymInt input, a product an earlier decomposition made), as
  // run_decompositions' retrace reads every size of a symbol from one node.
  for (Operation &node : *op->getBlock()) {
    if (&node == op.getOperation())
      break;
    for (Value result : node.getResults()) {
      auto type = dyn_cast<SymIntType>(result.getType());
      if (type && type.getValue() &&
          canonicalizeSize(type.getValue()) == expr)
        return value = result;
    }
  }
  return value = build();
}

NodeArg DecompositionBuilder::getSize(Value tensor, int64_t dim) {
  auto type = tensor ? dyn_cast<RankedTensorType>(tensor.getType())
                     : RankedTensorType();
  if (!type) {
    failed = true;
    return NodeArg(Value());
  }
  AffineExpr size = getDimSizes(type)[dim];
  if (auto constant = dyn_cast_or_null<AffineConstantExpr>(size))
    return NodeArg(getInt(constant.getValue()));
  if (!size) {
    emitError() << "the size of dim " << dim << " of " << type
                << " is unknown";
    return NodeArg(Value());
  }
  return NodeArg(getSymbolicValue(size, [&] {
    return create("aten.sym_size.int", {tensor, getInt(dim)});
  }));
}

NodeArg DecompositionBuilder::getNumel(Value tensor, ArrayRef<int64_t> dims) {
  auto type = cast<RankedTensorType>(tensor.getType());
  SmallVector<int64_t, 4> allDims;
  if (type.getRank() == 0)
    dims = {};
  if (dims.empty()) {
    for (int64_t dim = 0; dim < type.getRank(); ++dim)
      allDims.push_back(dim);
    dims = allDims;
  }
  // Constant sizes multiply into one int; symbolic ones become operator.mul
  // nodes over their sym_size nodes, the constant last, each product a
  // value of the graph already when it has one.
  SmallVector<AffineExpr> sizes = getDimSizes(type);
  int64_t constant = 1;
  Value product;
  AffineExpr productExpr;
  for (int64_t dim : dims) {
    if (!type.isDynamicDim(dim)) {
      constant *= type.getDimSize(dim);
      continue;
    }
    NodeArg size = getSize(tensor, dim);
    SmallVector<Attribute, 1> attrs;
    SmallVector<Value, 1> values;
    if (::mlir::failed(size.flatten(getContext(), attrs, values)) ||
        values.empty()) {
      failed = true;
      return NodeArg(Value());
    }
    if (!product) {
      product = values.front();
      productExpr = sizes[dim];
      continue;
    }
    productExpr = productExpr * sizes[dim];
    product = getSymbolicValue(productExpr, [&] {
      return create("operator.mul", {product, values.front()});
    });
  }
  if (!product)
    return NodeArg(getInt(constant));
  if (constant != 1)
    product = getSymbolicValue(productExpr * constant, [&] {
      return create("operator.mul", {product, getInt(constant)});
    });
  return NodeArg(product);
}

InFlightDiagnostic DecompositionBuilder::emitError() {
  failed = true;
  return op.emitError() << "cannot decompose: " << op.getTarget() << ": ";
}

FailureOr<Value> DecompositionBuilder::fail() {
  failed = true;
  return failure();
}

FailureOr<Value> DecompositionBuilder::notApplicable(const Twine &reason) {
  failed = true;
  notApplicableReason = reason.str();
  return failure();
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

namespace {

/// A constant number argument.
struct Number {
  double value;
  bool isInt;
};

} // namespace

static Number getNumber(Attribute attr) {
  if (auto integer = dyn_cast<IntegerAttr>(attr))
    return {static_cast<double>(integer.getInt()), true};
  return {cast<FloatAttr>(attr).getValueAsDouble(), false};
}

static bool isNumber(Attribute attr, double value) {
  return getNumber(attr).value == value;
}

/// `a * b` with Python's int/float rules.
static Attribute multiply(DecompositionBuilder &b, Attribute lhs,
                          Attribute rhs) {
  Number x = getNumber(lhs), y = getNumber(rhs);
  if (x.isInt && y.isInt)
    return b.getInt(static_cast<int64_t>(x.value) *
                    static_cast<int64_t>(y.value));
  return b.getFloat(x.value * y.value);
}

/// `dim` wrapped into [0, rank) (a 0-d tensor takes dims -1 and 0), or an
/// error.
FailureOr<int64_t> mlir::fx::canonicalizeDim(DecompositionBuilder &b,
                                            int64_t dim, int64_t rank) {
  int64_t bound = std::max<int64_t>(rank, 1);
  if (dim < -bound || dim >= bound) {
    b.emitError() << "dim " << dim << " is out of range for a tensor of rank "
                  << rank;
    return failure();
  }
  return dim < 0 ? dim + bound : dim;
}

/// The result value, or failure when a step failed.
FailureOr<Value> mlir::fx::result(DecompositionBuilder &b, Value value) {
  if (b.hasFailed() || !value)
    return failure();
  return value;
}

Value mlir::fx::createToCopy(DecompositionBuilder &b, Value value,
                             ScalarType dtype) {
  return b.create("aten._to_copy.default", {value},
                  {{"dtype", ScalarTypeAttr::get(b.getContext(), dtype)}});
}

std::optional<ScalarType> mlir::fx::getOpmathDType(Type elementType) {
  if (elementType.isF16() || elementType.isBF16())
    return ScalarType::float32;
  return getScalarType(elementType);
}

FailureOr<Value> mlir::fx::computeInOpmath(DecompositionBuilder &b, Value x,
                                           function_ref<Value(Value)> body) {
  Type elementType = cast<RankedTensorType>(x.getType()).getElementType();
  std::optional<ScalarType> dtype = getScalarType(elementType);
  std::optional<ScalarType> opmath = getOpmathDType(elementType);
  if (dtype == opmath)
    return result(b, body(x));
  Value out = body(createToCopy(b, x, *opmath));
  return result(b, createToCopy(b, out, *dtype));
}

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

/// ATen's linear: `addmm(bias, input, weight.t())` for a 2-d input with a
/// bias; for a contiguous input of 3 or more dims with a 1-d bias,
/// _flatten_nd_linear: the input viewed as [prod(sizes[:-1]), in features],
/// addmm, and the result viewed back; otherwise `input @ weight.t()`
/// (+ bias).
static FailureOr<Value> decomposeLinear(DecompositionBuilder &b) {
  Value input = b.getValue(0), weight = b.getValue(1), bias = b.getValue(2);
  int64_t rank = b.getTensorType(0).getRank();
  if (rank == 2 && bias) {
    Value t = b.create("aten.t.default", {weight});
    return result(b, b.create("aten.addmm.default", {bias, input, t}));
  }
  if (rank >= 3 && bias && b.getTensorType(2).getRank() == 1) {
    std::optional<bool> contiguous = isContiguous(input);
    if (!contiguous) {
      b.emitError() << "cannot decide whether linear's input "
                    << b.getTensorType(0) << " is contiguous";
      return failure();
    }
    if (*contiguous) {
      SmallVector<int64_t, 4> leading =
          llvm::to_vector(llvm::seq<int64_t>(0, rank - 1));
      NodeArg flat = NodeArg::list(
          {b.getNumel(input, leading), b.getSize(input, rank - 1)});
      Value view = b.create("aten.view.default", {input, flat});
      Value t = b.create("aten.t.default", {weight});
      Value addmm = b.create("aten.addmm.default", {bias, view, t});
      SmallVector<NodeArg, 4> sizes;
      for (int64_t dim : leading)
        sizes.push_back(b.getSize(input, dim));
      sizes.push_back(b.getSize(weight, 0));
      return result(b, b.create("aten.view.default",
                                {addmm, NodeArg::list(sizes)}));
    }
  }
  Value t = b.create("aten.t.default", {weight});
  Value matmul = b.create("aten.matmul.default", {input, t});
  if (!bias)
    return result(b, matmul);
  return result(b, b.create("aten.add.Tensor", {matmul, bias}));
}

/// `out = alpha * (mat1 @ mat2); out + beta * self`, without the
/// multiplication by an alpha or beta of 1 (PyTorch multiplies by alpha
/// always) and without self for beta = 0.
static FailureOr<Value> decomposeAddmm(DecompositionBuilder &b) {
  Value self = b.getValue(0), mat1 = b.getValue(1), mat2 = b.getValue(2);
  FailureOr<Attribute> beta = b.getScalar(3, b.getInt(1));
  FailureOr<Attribute> alpha = b.getScalar(4, b.getInt(1));
  if (failed(beta) || failed(alpha))
    return failure();
  // Integer tensors take the scalars as ints.
  if (!isa<FloatType, ComplexType>(b.getTensorType(0).getElementType())) {
    beta = b.getInt(static_cast<int64_t>(getNumber(*beta).value));
    alpha = b.getInt(static_cast<int64_t>(getNumber(*alpha).value));
  }
  Value out = b.create("aten.mm.default", {mat1, mat2});
  if (!isNumber(*alpha, 1))
    out = b.create("aten.mul.Tensor", {out, *alpha});
  if (isNumber(*beta, 0))
    return result(b, out);
  if (isNumber(*beta, 1))
    return result(b, b.create("aten.add.Tensor", {out, self}));
  Value scaled = b.create("aten.mul.Tensor", {self, *beta});
  return result(b, b.create("aten.add.Tensor", {out, scaled}));
}

/// `t` is a transpose of the (at most two) dims: `permute(x, [1, 0])`, the
/// identity permutation below 2 dims.
static FailureOr<Value> decomposeT(DecompositionBuilder &b) {
  int64_t rank = b.getTensorType(0).getRank();
  if (rank > 2) {
    b.emitError() << "t() expects a tensor with <= 2 dimensions, but self is "
                  << rank << "D";
    return failure();
  }
  SmallVector<int64_t, 2> dims = rank == 2 ? SmallVector<int64_t, 2>{1, 0}
                                           : SmallVector<int64_t, 2>(rank, 0);
  return result(b, b.create("aten.permute.default",
                            {b.getValue(0), b.getIntList(dims)}));
}

//===----------------------------------------------------------------------===//
// Activations
//===----------------------------------------------------------------------===//

/// `self * sigmoid(self)`, in the opmath dtype.
static FailureOr<Value> decomposeSilu(DecompositionBuilder &b) {
  return computeInOpmath(b, b.getValue(0), [&](Value x) {
    Value sigmoid = b.create("aten.sigmoid.default", {x});
    return b.create("aten.mul.Tensor", {x, sigmoid});
  });
}

/// torch._refs.nn.functional.gelu: `a * 0.5 * (1 + erf(a * M_SQRT1_2))`, or
/// `0.5 * a * (1 + tanh(kBeta * (a + kKappa * a * a * a)))`.
static FailureOr<Value> decomposeGelu(DecompositionBuilder &b) {
  FailureOr<StringRef> approximate = b.getCall().getString(1);
  if (failed(approximate))
    return b.fail();
  Value a = b.getValue(0);
  constexpr double kSqrt2 = 1.41421356237309504880;
  constexpr double kSqrt1_2 = 0.70710678118654752440;
  constexpr double k2SqrtPi = 1.12837916709551257390;
  if (*approximate == "tanh") {
    double kBeta = kSqrt2 * k2SqrtPi * 0.5;
    double kKappa = 0.044715;
    Value square = b.create("aten.mul.Tensor", {a, a});
    Value cube = b.create("aten.mul.Tensor", {square, a});
    Value scaledCube = b.create("aten.mul.Tensor", {cube, b.getFloat(kKappa)});
    Value sum = b.create("aten.add.Tensor", {a, scaledCube});
    Value inner = b.create("aten.mul.Tensor", {sum, b.getFloat(kBeta)});
    Value half = b.create("aten.mul.Tensor", {a, b.getFloat(0.5)});
    Value tanh = b.create("aten.tanh.default", {inner});
    Value onePlus = b.create("aten.add.Tensor", {tanh, b.getInt(1)});
    return result(b, b.create("aten.mul.Tensor", {half, onePlus}));
  }
  if (*approximate == "none") {
    Value half = b.create("aten.mul.Tensor", {a, b.getFloat(0.5)});
    Value scaled = b.create("aten.mul.Tensor", {a, b.getFloat(kSqrt1_2)});
    Value erf = b.create("aten.erf.default", {scaled});
    Value onePlus = b.create("aten.add.Tensor", {erf, b.getInt(1)});
    return result(b, b.create("aten.mul.Tensor", {half, onePlus}));
  }
  b.emitError() << "approximate argument must be either none or tanh, got '"
                << *approximate << "'";
  return failure();
}

/// `clamp(clamp(self + 3, min=0), max=6)`.
static Value createRelu6OfXPlus3(DecompositionBuilder &b, Value x) {
  Value add = b.create("aten.add.Tensor", {x, b.getInt(3)});
  Value clampMin = b.create("aten.clamp.default", {add, b.getInt(0)});
  return b.create("aten.clamp.default", {clampMin, b.getNone(), b.getInt(6)});
}

/// `self * clamp(clamp(self + 3, min=0), max=6) / 6`, in the opmath dtype.
static FailureOr<Value> decomposeHardswish(DecompositionBuilder &b) {
  return computeInOpmath(b, b.getValue(0), [&](Value x) {
    Value mul = b.create("aten.mul.Tensor", {x, createRelu6OfXPlus3(b, x)});
    return b.create("aten.div.Tensor", {mul, b.getInt(6)});
  });
}

/// `clamp(clamp(self + 3, min=0), max=6) / 6`, in the opmath dtype.
static FailureOr<Value> decomposeHardsigmoid(DecompositionBuilder &b) {
  return computeInOpmath(b, b.getValue(0), [&](Value x) {
    return b.create("aten.div.Tensor", {createRelu6OfXPlus3(b, x), b.getInt(6)});
  });
}

/// torch._refs.nn.functional.softplus, in the opmath dtype: `where(a * beta
/// > threshold, a, log1p(exp(a * beta)) / beta)`, without the scaling when
/// the node leaves beta out (the ref's `beta=None`).
static FailureOr<Value> decomposeSoftplus(DecompositionBuilder &b) {
  FailureOr<Attribute> threshold = b.getScalar(2, b.getInt(20));
  if (failed(threshold))
    return failure();
  Attribute beta;
  if (b.getCall().getValue(1)) {
    FailureOr<Attribute> value = b.getScalar(1, Attribute());
    if (failed(value))
      return failure();
    beta = *value;
  }
  return computeInOpmath(b, b.getValue(0), [&](Value a) {
    Value scaled = beta ? b.create("aten.mul.Tensor", {a, beta}) : a;
    Value exp = b.create("aten.exp.default", {scaled});
    Value rhs = b.create("aten.log1p.default", {exp});
    if (beta)
      rhs = b.create("aten.div.Tensor", {rhs, beta});
    Value above = b.create("aten.gt.Scalar", {scaled, *threshold});
    return b.create("aten.where.self", {above, a, rhs});
  });
}

/// `where(self > 0, self * scale, expm1(self * input_scale) * (alpha *
/// scale))`.
static FailureOr<Value> decomposeElu(DecompositionBuilder &b) {
  FailureOr<Attribute> alpha = b.getScalar(1, b.getInt(1));
  FailureOr<Attribute> scale = b.getScalar(2, b.getInt(1));
  FailureOr<Attribute> inputScale = b.getScalar(3, b.getInt(1));
  if (failed(alpha) || failed(scale) || failed(inputScale))
    return failure();
  Value x = b.getValue(0);
  Attribute negcoef = multiply(b, *alpha, *scale);
  Value positive = b.create("aten.gt.Scalar", {x, b.getInt(0)});
  Value posScaled = b.create("aten.mul.Tensor", {x, *scale});
  Value negInput = b.create("aten.mul.Tensor", {x, *inputScale});
  Value expm1 = b.create("aten.expm1.default", {negInput});
  Value negScaled = b.create("aten.mul.Tensor", {expm1, negcoef});
  return result(b,
                b.create("aten.where.self", {positive, posScaled, negScaled}));
}

//===----------------------------------------------------------------------===//
// Normalization
//===----------------------------------------------------------------------===//

/// ATen's layer_norm: `native_layer_norm(...)[0]`.
static FailureOr<Value> decomposeLayerNorm(DecompositionBuilder &b) {
  Value norm = b.create("aten.native_layer_norm.default",
                        {b.getValue(0), b.forward(1), b.forward(2),
                         b.forward(3), b.forward(4, b.getFloat(1e-5))});
  return result(b, b.create("operator.getitem", {norm, b.getInt(0)}));
}

/// `batch_norm` / `native_batch_norm` with training=False, as
/// run_decompositions() lowers them: `_native_batch_norm_legit_no_training`
/// (Core ATen) and its output, element 0.
static FailureOr<Value> decomposeBatchNorm(DecompositionBuilder &b) {
  FailureOr<bool> training = b.getCall().getBool(5);
  if (failed(training))
    return b.fail();
  if (*training)
    return b.notApplicable("training mode");
  if (!b.getValue(3) || !b.getValue(4))
    return b.notApplicable("no running statistics");
  Value norm = b.create("aten._native_batch_norm_legit_no_training.default",
                        {b.getValue(0), b.forward(1), b.forward(2),
                         b.getValue(3), b.getValue(4), b.forward(6),
                         b.forward(7)});
  return result(b, b.create("operator.getitem", {norm, b.getInt(0)}));
}

/// torch._decomp's native_batch_norm_helper in inference mode: the running
/// statistics copied to the computation dtype, `(input - mean) * (1 /
/// sqrt(var + eps)) * weight + bias` with the per-channel tensors unsqueezed
/// to [C, 1, ...], the output cast back to the input's dtype.
static FailureOr<Value> decomposeBatchNormNoTraining(DecompositionBuilder &b) {
  FailureOr<double> eps = b.getCall().getFloat(6);
  if (failed(eps))
    return b.fail();
  RankedTensorType inputType = b.getTensorType(0);
  int64_t rank = inputType.getRank();
  if (rank < 2) {
    b.emitError() << "batch norm expects an input of at least 2 dims, got "
                  << rank;
    return failure();
  }
  Type elementType = inputType.getElementType();
  std::optional<ScalarType> inputDType = getScalarType(elementType);
  if (!inputDType) {
    b.emitError() << "batch norm expects a tensor of a PyTorch dtype, got "
                  << inputType;
    return failure();
  }
  ScalarType computeDType = *getOpmathDType(elementType);
  // _unsqueeze_to_dim(x, rank - 1): a [C] tensor gets rank - 2 trailing dims.
  auto unsqueezeToInput = [&](Value perChannel) {
    for (int64_t i = 2; i < rank; ++i)
      perChannel =
          b.create("aten.unsqueeze.default", {perChannel, b.getInt(-1)});
    return perChannel;
  };
  Value mean = createToCopy(b, b.getValue(3), computeDType);
  Value var = createToCopy(b, b.getValue(4), computeDType);
  Value varEps = b.create("aten.add.Tensor", {var, b.getFloat(*eps)});
  Value sqrt = b.create("aten.sqrt.default", {varEps});
  Value reciprocal = b.create("aten.reciprocal.default", {sqrt});
  Value invstd = b.create("aten.mul.Tensor", {reciprocal, b.getInt(1)});
  Value meanView = unsqueezeToInput(mean);
  Value invstdView = unsqueezeToInput(invstd);
  Value centered = b.create("aten.sub.Tensor", {b.getValue(0), meanView});
  Value output = b.create("aten.mul.Tensor", {centered, invstdView});
  if (Value weight = b.getValue(1))
    output = b.create("aten.mul.Tensor", {output, unsqueezeToInput(weight)});
  if (Value bias = b.getValue(2))
    output = b.create("aten.add.Tensor", {output, unsqueezeToInput(bias)});
  auto outputType = dyn_cast_or_null<RankedTensorType>(
      output ? output.getType() : Type());
  if (outputType && outputType.getElementType() != elementType)
    output = createToCopy(b, output, *inputDType);
  return result(b, output);
}

//===----------------------------------------------------------------------===//
// Softmax
//===----------------------------------------------------------------------===//

/// `_softmax` / `_log_softmax`: computed in float32 for 16-bit floats (the
/// result cast back unless half_to_float), shifted by the max along `dim`.
static FailureOr<Value> decomposeSoftmaxImpl(DecompositionBuilder &b,
                                             bool log) {
  FailureOr<int64_t> dim = b.getCall().getInt(1);
  FailureOr<bool> halfToFloat = b.getCall().getBool(2);
  if (failed(dim) || failed(halfToFloat))
    return b.fail();
  RankedTensorType type = b.getTensorType(0);
  if (failed(canonicalizeDim(b, *dim, type.getRank())))
    return failure();
  Value x = b.getValue(0);
  Type elementType = type.getElementType();
  bool upcast = elementType.isF16() || elementType.isBF16();
  if (*halfToFloat && !elementType.isF16()) {
    b.emitError() << "half_to_float requires a float16 input, got "
                  << elementType;
    return failure();
  }
  if (upcast)
    x = createToCopy(b, x, ScalarType::float32);
  Attribute dims = b.getIntList({*dim});
  Value max = b.create("aten.amax.default", {x, dims, b.getBool(true)});
  Value shifted = b.create("aten.sub.Tensor", {x, max});
  Value out;
  if (log) {
    Value exp = b.create("aten.exp.default", {shifted});
    Value sum = b.create("aten.sum.dim_IntList", {exp, dims, b.getBool(true)});
    Value logSum = b.create("aten.log.default", {sum});
    out = b.create("aten.sub.Tensor", {shifted, logSum});
  } else {
    Value exp = b.create("aten.exp.default", {shifted});
    Value sum = b.create("aten.sum.dim_IntList", {exp, dims, b.getBool(true)});
    out = b.create("aten.div.Tensor", {exp, sum});
  }
  if (upcast && !*halfToFloat)
    out = createToCopy(b, out, *getScalarType(elementType));
  return result(b, out);
}

static FailureOr<Value> decomposeSoftmax(DecompositionBuilder &b) {
  return decomposeSoftmaxImpl(b, /*log=*/false);
}

static FailureOr<Value> decomposeLogSoftmax(DecompositionBuilder &b) {
  return decomposeSoftmaxImpl(b, /*log=*/true);
}

//===----------------------------------------------------------------------===//
// Variance
//===----------------------------------------------------------------------===//

namespace {
/// How a var/std overload spells its arguments.
enum class VarOverload { Correction, Dim, Default };
} // namespace

/// torch._decomp's var_correction: `sum((x - mean(x, dims, True))^2, dims,
/// keepdim) / (n - correction)`, n the number of reduced elements (a SymInt
/// expression for symbolic sizes); std is its sqrt.
static FailureOr<Value> decomposeVarStd(DecompositionBuilder &b,
                                        VarOverload overload, bool isStd) {
  const BoundCall &call = b.getCall();
  RankedTensorType type = b.getTensorType(0);
  SmallVector<int64_t, 4> dims;
  bool keepdim = false;
  Attribute correction = b.getInt(1);
  if (overload != VarOverload::Default && !call.isNone(1) &&
      failed(call.getIntList(1, dims)))
    return b.fail();
  if (overload == VarOverload::Correction) {
    if (!call.isNone(2)) {
      FailureOr<Attribute> value = b.getScalar(2, correction);
      if (failed(value))
        return failure();
      correction = *value;
    }
    FailureOr<bool> value = call.getBool(3);
    if (failed(value))
      return b.fail();
    keepdim = *value;
  } else {
    unsigned unbiasedParam = overload == VarOverload::Dim ? 2 : 1;
    FailureOr<bool> unbiased = call.getBool(unbiasedParam);
    if (failed(unbiased))
      return b.fail();
    correction = b.getInt(*unbiased ? 1 : 0);
    if (overload == VarOverload::Dim) {
      FailureOr<bool> value = call.getBool(3);
      if (failed(value))
        return b.fail();
      keepdim = *value;
    }
  }
  SmallVector<int64_t, 4> canonicalDims;
  for (int64_t dim : dims) {
    FailureOr<int64_t> canonical = canonicalizeDim(b, dim, type.getRank());
    if (failed(canonical))
      return failure();
    canonicalDims.push_back(*canonical);
  }

  // The Dim and Default overloads are CompositeImplicitAutograd kernels that
  // call the Correction one, which make_fx's table decomposes.
  auto step =
      b.dispatching(isStd ? "aten.std.correction" : "aten.var.correction");
  Value x = b.getValue(0);
  Attribute dimList = b.getIntList(dims);
  Value mean = b.create("aten.mean.dim", {x, dimList, b.getBool(true)});
  Value sub = b.create("aten.sub.Tensor", {x, mean});
  Value square = b.create("aten.mul.Tensor", {sub, sub});
  Value sum =
      b.create("aten.sum.dim_IntList", {square, dimList, b.getBool(keepdim)});
  NodeArg numel = b.getNumel(x, canonicalDims);
  // n - correction, folded when n is a constant.
  NodeArg divisor = numel;
  if (!isNumber(correction, 0)) {
    SmallVector<Attribute, 1> attrs;
    SmallVector<Value, 1> values;
    if (failed(numel.flatten(b.getContext(), attrs, values)))
      return failure();
    if (values.empty()) {
      Number n = getNumber(attrs.front()), c = getNumber(correction);
      divisor = c.isInt ? b.getInt(static_cast<int64_t>(n.value - c.value))
                        : b.getFloat(n.value - c.value);
    } else {
      divisor = b.create("operator.sub", {values.front(), correction});
    }
  }
  Value var = b.create("aten.div.Tensor", {sum, divisor});
  if (!isStd)
    return result(b, var);
  return result(b, b.create("aten.sqrt.default", {var}));
}

static FailureOr<Value> decomposeVarCorrection(DecompositionBuilder &b) {
  return decomposeVarStd(b, VarOverload::Correction, /*isStd=*/false);
}
static FailureOr<Value> decomposeVarDim(DecompositionBuilder &b) {
  return decomposeVarStd(b, VarOverload::Dim, /*isStd=*/false);
}
static FailureOr<Value> decomposeVarDefault(DecompositionBuilder &b) {
  return decomposeVarStd(b, VarOverload::Default, /*isStd=*/false);
}
static FailureOr<Value> decomposeStdCorrection(DecompositionBuilder &b) {
  return decomposeVarStd(b, VarOverload::Correction, /*isStd=*/true);
}
static FailureOr<Value> decomposeStdDim(DecompositionBuilder &b) {
  return decomposeVarStd(b, VarOverload::Dim, /*isStd=*/true);
}
static FailureOr<Value> decomposeStdDefault(DecompositionBuilder &b) {
  return decomposeVarStd(b, VarOverload::Default, /*isStd=*/true);
}

//===----------------------------------------------------------------------===//
// Shapes
//===----------------------------------------------------------------------===//

/// `view(self, sizes[:start] + [prod(sizes[start:end+1])] + sizes[end+1:])`;
/// self itself when start == end (a 0-d tensor becomes [1]).
static FailureOr<Value> decomposeFlatten(DecompositionBuilder &b) {
  FailureOr<int64_t> start = b.getCall().getInt(1);
  FailureOr<int64_t> end = b.getCall().getInt(2);
  if (failed(start) || failed(end))
    return b.fail();
  Value x = b.getValue(0);
  int64_t rank = b.getTensorType(0).getRank();
  FailureOr<int64_t> first = canonicalizeDim(b, *start, rank);
  FailureOr<int64_t> last = canonicalizeDim(b, *end, rank);
  if (failed(first) || failed(last))
    return failure();
  if (*first > *last) {
    b.emitError() << "flatten() has invalid args: start_dim cannot come "
                     "after end_dim";
    return failure();
  }
  if (rank == 0)
    return result(b, b.create("aten.view.default", {x, b.getIntList({1})}));
  if (*first == *last)
    return x;
  SmallVector<NodeArg, 4> sizes;
  for (int64_t dim = 0; dim < *first; ++dim)
    sizes.push_back(b.getSize(x, dim));
  SmallVector<int64_t, 4> flattened;
  for (int64_t dim = *first; dim <= *last; ++dim)
    flattened.push_back(dim);
  sizes.push_back(b.getNumel(x, flattened));
  for (int64_t dim = *last + 1; dim < rank; ++dim)
    sizes.push_back(b.getSize(x, dim));
  return result(b,
                b.create("aten.view.default", {x, NodeArg::list(sizes)}));
}

/// `self.expand(other.sym_size())`.
static FailureOr<Value> decomposeExpandAs(DecompositionBuilder &b) {
  Value other = b.getValue(1);
  SmallVector<NodeArg, 4> sizes;
  for (int64_t dim = 0, rank = b.getTensorType(1).getRank(); dim < rank; ++dim)
    sizes.push_back(b.getSize(other, dim));
  return result(b, b.create("aten.expand.default",
                            {b.getValue(0), NodeArg::list(sizes)}));
}

//===----------------------------------------------------------------------===//
// The table
//===----------------------------------------------------------------------===//

static const DecompositionEntry kDecompositionTable[] = {
    {"aten.linear.default",
     schema::aten_linear_default,
     decomposeLinear,
     /*compositeImplicit=*/true},
    {"aten.addmm.default",
     schema::aten_addmm_default,
     decomposeAddmm},
    {"aten.t.default",
     schema::aten_t_default,
     decomposeT},
    {"aten.silu.default",
     schema::aten_silu_default,
     decomposeSilu},
    {"aten.gelu.default",
     schema::aten_gelu_default,
     decomposeGelu},
    {"aten.hardswish.default",
     schema::aten_hardswish_default,
     decomposeHardswish},
    {"aten.hardsigmoid.default",
     schema::aten_hardsigmoid_default,
     decomposeHardsigmoid},
    {"aten.softplus.default",
     schema::aten_softplus_default,
     decomposeSoftplus},
    {"aten.elu.default",
     schema::aten_elu_default,
     decomposeElu},
    {"aten.layer_norm.default",
     schema::aten_layer_norm_default,
     decomposeLayerNorm,
     /*compositeImplicit=*/true},
    {"aten.batch_norm.default",
     schema::aten_batch_norm_default,
     decomposeBatchNorm,
     /*compositeImplicit=*/true},
    {"aten._native_batch_norm_legit_no_training.default",
     schema::aten__native_batch_norm_legit_no_training_default,
     decomposeBatchNormNoTraining, /*compositeImplicit=*/false,
     /*tupleResult=*/true},
    {"aten.native_batch_norm.default",
     schema::aten_native_batch_norm_default,
     decomposeBatchNorm, /*compositeImplicit=*/false,
     /*tupleResult=*/true},
    {"aten._softmax.default",
     schema::aten__softmax_default,
     decomposeSoftmax},
    {"aten._log_softmax.default",
     schema::aten__log_softmax_default,
     decomposeLogSoftmax},
    {"aten.var.correction",
     schema::aten_var_correction,
     decomposeVarCorrection},
    {"aten.var.dim",
     schema::aten_var_dim,
     decomposeVarDim,
     /*compositeImplicit=*/true},
    {"aten.var.default",
     schema::aten_var_default,
     decomposeVarDefault,
     /*compositeImplicit=*/true},
    {"aten.std.correction",
     schema::aten_std_correction,
     decomposeStdCorrection},
    {"aten.std.dim",
     schema::aten_std_dim,
     decomposeStdDim,
     /*compositeImplicit=*/true},
    {"aten.std.default",
     schema::aten_std_default,
     decomposeStdDefault,
     /*compositeImplicit=*/true},
    {"aten.flatten.using_ints",
     schema::aten_flatten_using_ints,
     decomposeFlatten,
     /*compositeImplicit=*/true},
    {"aten.expand_as.default",
     schema::aten_expand_as_default,
     decomposeExpandAs,
     /*compositeImplicit=*/true},
};

ArrayRef<DecompositionEntry> mlir::fx::getDecompositionTable() {
  // The hand-written rows, then those of Decompositions/.
  static const std::vector<DecompositionEntry> table = [] {
    std::vector<DecompositionEntry> rows(std::begin(kDecompositionTable),
                                         std::end(kDecompositionTable));
    llvm::append_range(rows, getTemplateDecompositions());
    llvm::append_range(rows, getExportOpDecompositions());
    return rows;
  }();
  return table;
}

const DecompositionEntry *mlir::fx::lookupDecomposition(StringRef target) {
  static const llvm::StringMap<const DecompositionEntry *> byTarget = [] {
    llvm::StringMap<const DecompositionEntry *> map;
    for (const DecompositionEntry &entry : getDecompositionTable())
      map.try_emplace(entry.target, &entry);
    return map;
  }();
  return byTarget.lookup(target);
}
