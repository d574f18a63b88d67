//===- ReplaceQuantizedOps.cpp - The fx-replace-quantized-ops pass --------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// PyTorch's replace_quantized_ops_with_standard_ops
// (torch/_export/passes/replace_quantized_ops_with_standard_ops_pass.py):
// legacy quantized ops become dequantize + float op + quantize with the
// `quantized_decomposed` ops, in graph order, the quantized dtype coming
// from the last `aten.quantize_per_tensor`. An ordered rewrite: a walk with
// an IRRewriter, each op's new nodes attributed to it by a RewriteGuard.
//
// Differences from PyTorch, which unpacks packed-param ScriptObjects and
// dequantizes weights eagerly: packed params must come from a prepack node,
// whose weight is dequantized in the graph (`aten.dequantize.self`) when it
// is quantized; quant_min/quant_max are constants of the dtype rather than a
// `calculate_qmin_qmax` node; conv2d becomes `aten.convolution.default`, the
// core ATen op that `aten.conv2d` decomposes to.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXREPLACEQUANTIZEDOPS
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

namespace {

/// One top-level argument of a node: a constant, or a node (`value`).
struct Arg {
  Attribute attr;
  Value value;
};

/// The top-level args of `op`, or failure when a node hides in a nested
/// list or tuple.
FailureOr<SmallVector<Arg>> getArgs(CallFunctionOp op) {
  SmallVector<Arg> args;
  unsigned next = 0;
  for (Attribute attr : op.getArgs()) {
    if (isa<NodeAttr>(attr)) {
      args.push_back({attr, op->getOperand(next++)});
      continue;
    }
    if (countNodeRefs(attr) != 0)
      return failure();
    args.push_back({attr, Value()});
  }
  return args;
}

/// How each quantized op maps to standard ops.
enum class QuantizedKind { Linear, Conv2d, Binary, Unary };

struct QuantizedOpInfo {
  StringLiteral target;
  QuantizedKind kind;
  StringLiteral standardTarget;
  bool relu;
};

constexpr QuantizedOpInfo kQuantizedOps[] = {
    {"quantized.linear.default", QuantizedKind::Linear, "aten.linear.default",
     false},
    {"quantized.linear_relu.default", QuantizedKind::Linear,
     "aten.linear.default", true},
    {"quantized.conv2d.new", QuantizedKind::Conv2d, "aten.convolution.default",
     false},
    {"quantized.conv2d_relu.new", QuantizedKind::Conv2d,
     "aten.convolution.default", true},
    {"quantized.conv2d.default", QuantizedKind::Conv2d,
     "aten.convolution.default", false},
    {"quantized.conv2d_relu.default", QuantizedKind::Conv2d,
     "aten.convolution.default", true},
    {"quantized.add.default", QuantizedKind::Binary, "aten.add.Tensor", false},
    {"quantized.add_relu.default", QuantizedKind::Binary, "aten.add.Tensor",
     true},
    {"quantized.mul.default", QuantizedKind::Binary, "aten.mul.Tensor", false},
    {"quantized.mul_relu.default", QuantizedKind::Binary, "aten.mul.Tensor",
     true},
    {"quantized.hardswish.default", QuantizedKind::Unary,
     "aten.hardswish.default", false},
};

const QuantizedOpInfo *lookupQuantizedOp(StringRef target) {
  for (const QuantizedOpInfo &info : kQuantizedOps)
    if (info.target == target)
      return &info;
  return nullptr;
}

constexpr StringLiteral kQuantizePerTensor = "aten.quantize_per_tensor.default";
constexpr StringLiteral kDequantize = "aten.dequantize.self";
constexpr StringLiteral kLinearPrepack = "quantized.linear_prepack.default";
constexpr StringLiteral kConv2dPrepack = "quantized.conv2d_prepack.default";

/// The storage dtype of a quantized dtype (a dtype attr or its enum code),
/// and its quant_min/quant_max.
struct QuantDType {
  ScalarType storage;
  int64_t qmin, qmax;
};

std::optional<QuantDType> getQuantDType(Attribute attr) {
  std::optional<ScalarType> dtype;
  if (auto dtypeAttr = dyn_cast<ScalarTypeAttr>(attr))
    dtype = dtypeAttr.getValue();
  else if (auto code = dyn_cast<IntegerAttr>(attr))
    dtype = symbolizeScalarType(code.getInt());
  if (!dtype)
    return std::nullopt;
  switch (*dtype) {
  case ScalarType::quint8:
  case ScalarType::uint8:
    return QuantDType{ScalarType::uint8, 0, 255};
  case ScalarType::qint8:
  case ScalarType::int8:
    return QuantDType{ScalarType::int8, -128, 127};
  case ScalarType::qint32:
  case ScalarType::int32:
    return QuantDType{ScalarType::int32, INT32_MIN, INT32_MAX};
  default:
    return std::nullopt;
  }
}

bool isFloatTensor(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && isa<FloatType>(type.getElementType());
}

/// Creates `target(args)` with an unknown result for the listener to type.
Value createNode(RewriterBase &rewriter, SmallVectorImpl<Operation *> &created,
                 Location loc, StringRef target, ArrayRef<Arg> args) {
  MLIRContext *context = rewriter.getContext();
  SmallVector<Attribute> attrs;
  SmallVector<Value> operands;
  for (const Arg &arg : args) {
    attrs.push_back(arg.value ? NodeAttr::get(context) : arg.attr);
    if (arg.value)
      operands.push_back(arg.value);
  }
  auto op = CallFunctionOp::create(
      rewriter, loc, TypeRange{UnknownType::get(context)},
      getNodeNameForTarget(target), rewriter.getStringAttr(target),
      rewriter.getArrayAttr(attrs), DictAttr::get(context), operands);
  created.push_back(op);
  return op.getResult(0);
}

Arg node(Value value) { return {NodeAttr::get(value.getContext()), value}; }

/// quantize + dequantize of `value` with `scale`/`zeroPoint`.
Value createQuantDequant(RewriterBase &rewriter,
                         SmallVectorImpl<Operation *> &created, Location loc,
                         Value value, Arg scale, Arg zeroPoint,
                         const QuantDType &dtype) {
  MLIRContext *context = rewriter.getContext();
  bool tensorParams = scale.value || zeroPoint.value;
  StringRef overload = tensorParams ? "tensor" : "default";
  Arg qmin{rewriter.getI64IntegerAttr(dtype.qmin), Value()};
  Arg qmax{rewriter.getI64IntegerAttr(dtype.qmax), Value()};
  Arg storage{ScalarTypeAttr::get(context, dtype.storage), Value()};
  Value quantized =
      createNode(rewriter, created, loc,
                 ("quantized_decomposed.quantize_per_tensor." + overload).str(),
                 {node(value), scale, zeroPoint, qmin, qmax, storage});
  return createNode(
      rewriter, created, loc,
      ("quantized_decomposed.dequantize_per_tensor." + overload).str(),
      {node(quantized), scale, zeroPoint, qmin, qmax, storage});
}

/// aten.quantize_per_tensor(x, scale, zp, dtype) -> qd.quantize +
/// qd.dequantize; returns the dtype later quantized ops use, or nothing when
/// the node is not of that form (it is left alone).
std::optional<QuantDType>
replaceQuantizePerTensor(RewriterBase &rewriter, CallFunctionOp op,
                         SmallVectorImpl<Operation *> &created) {
  FailureOr<SmallVector<Arg>> args = getArgs(op);
  if (failed(args) || args->size() != 4 || !(*args)[0].value ||
      (*args)[3].value || !op.getKwargs().empty())
    return std::nullopt;
  std::optional<QuantDType> dtype = getQuantDType((*args)[3].attr);
  if (!dtype)
    return std::nullopt;
  rewriter.replaceOp(op, createQuantDequant(rewriter, created, op.getLoc(),
                                            (*args)[0].value, (*args)[1],
                                            (*args)[2], *dtype));
  return dtype;
}

/// A quantized op (checked by checkQuantizedOp) -> the standard op on
/// dequantized values [+ relu] + quantize + dequantize with the op's output
/// scale and zero point.
void replaceQuantizedOp(RewriterBase &rewriter, CallFunctionOp op,
                        const QuantizedOpInfo &info, const QuantDType &dtype,
                        SmallVectorImpl<Operation *> &created) {
  SmallVector<Arg> args = *getArgs(op);
  Location loc = op.getLoc();
  MLIRContext *context = rewriter.getContext();
  Arg scale = args[args.size() - 2];
  Arg zeroPoint = args[args.size() - 1];
  Arg none{NoneAttr::get(context), Value()};
  Value result;
  switch (info.kind) {
  case QuantizedKind::Linear:
  case QuantizedKind::Conv2d: {
    auto prepack = args[1].value.getDefiningOp<CallFunctionOp>();
    SmallVector<Arg> packed = *getArgs(prepack);
    Value weight = packed[0].value;
    if (!isFloatTensor(weight))
      weight = createNode(rewriter, created, loc, kDequantize, {node(weight)});
    Arg bias = packed.size() > 1 ? packed[1] : none;
    SmallVector<Arg> standardArgs = {args[0], node(weight), bias};
    if (info.kind == QuantizedKind::Conv2d) {
      auto param = [&](unsigned i, Attribute fallback) -> Arg {
        return i < packed.size() ? packed[i] : Arg{fallback, Value()};
      };
      Attribute ones = rewriter.getI64ArrayAttr({1, 1});
      Attribute zeros = rewriter.getI64ArrayAttr({0, 0});
      standardArgs.append({param(2, ones), param(3, zeros), param(4, ones),
                           Arg{rewriter.getBoolAttr(false), Value()},
                           Arg{zeros, Value()},
                           param(5, rewriter.getI64IntegerAttr(1))});
    }
    result =
        createNode(rewriter, created, loc, info.standardTarget, standardArgs);
    break;
  }
  case QuantizedKind::Binary:
    result = createNode(rewriter, created, loc, info.standardTarget,
                        {args[0], args[1]});
    break;
  case QuantizedKind::Unary:
    result = createNode(rewriter, created, loc, info.standardTarget, {args[0]});
    break;
  }
  if (info.relu)
    result =
        createNode(rewriter, created, loc, "aten.relu.default", {node(result)});
  rewriter.replaceOp(op, createQuantDequant(rewriter, created, loc, result,
                                            scale, zeroPoint, dtype));
}

/// Why `op`, a quantized op, cannot be replaced, or success.
LogicalResult checkQuantizedOp(CallFunctionOp op, const QuantizedOpInfo *info,
                               const std::optional<QuantDType> &dtype) {
  FailureOr<SmallVector<Arg>> args = getArgs(op);
  unsigned numArgs = info->kind == QuantizedKind::Unary ? 3 : 4;
  if (failed(args) || args->size() < numArgs || !(*args)[0].value)
    return op.emitError() << "'" << op.getTarget()
                          << "' must have (input, ..., scale, zero_point) "
                             "arguments";
  if (!dtype)
    return op.emitError() << "'" << op.getTarget() << "' has no '"
                          << kQuantizePerTensor
                          << "' before it to give its quantized dtype";
  if (!isFloatTensor((*args)[0].value) ||
      (info->kind == QuantizedKind::Binary &&
       (!(*args)[1].value || !isFloatTensor((*args)[1].value))))
    return op.emitError() << "the input of '" << op.getTarget()
                          << "' is not a dequantized float tensor";
  if (info->kind != QuantizedKind::Linear &&
      info->kind != QuantizedKind::Conv2d)
    return success();
  StringRef prepackTarget =
      info->kind == QuantizedKind::Linear ? kLinearPrepack : kConv2dPrepack;
  auto prepack = (*args)[1].value
                     ? (*args)[1].value.getDefiningOp<CallFunctionOp>()
                     : CallFunctionOp();
  if (!prepack || prepack.getTarget() != prepackTarget ||
      failed(getArgs(prepack)) || prepack.getArgs().empty() ||
      !isa<NodeAttr>(prepack.getArgs()[0]))
    return op.emitError() << "the packed params of '" << op.getTarget()
                          << "' must come from a '" << prepackTarget
                          << "' node";
  return success();
}

struct ReplaceQuantizedOpsPass
    : fx::impl::FxReplaceQuantizedOpsBase<ReplaceQuantizedOpsPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    Operation *root = getOperation();
    SmallVector<CallFunctionOp> ops;
    root->walk([&](CallFunctionOp op) {
      StringRef target = op.getTarget();
      if (target == kQuantizePerTensor || target == kDequantize ||
          lookupQuantizedOp(target))
        ops.push_back(op);
    });
    if (ops.empty())
      return;

    // In graph order: each op's rewrite uses the dtype of the last
    // quantize_per_tensor before it in its graph (the ops of one graph are
    // contiguous in walk order), and is attributed to the op it replaces.
    IRRewriter rewriter(context);
    NodeMetadataOptions options;
    options.policy = policy;
    options.recordProvenance = provenance;
    options.passName = getArgument();
    NodeMetadataScope scope(rewriter, root, options);
    SmallVector<Operation *> created;
    llvm::SetVector<Operation *> prepacks;
    Operation *graph = nullptr;
    std::optional<QuantDType> dtype;
    bool failedAny = false;
    for (CallFunctionOp op : ops) {
      if (op->getParentOp() != graph) {
        graph = op->getParentOp();
        dtype.reset();
      }
      NodeMetadataScope::RewriteGuard guard = scope.rewriting(op);
      rewriter.setInsertionPoint(op);
      StringRef target = op.getTarget();
      if (target == kQuantizePerTensor) {
        if (std::optional<QuantDType> set =
                replaceQuantizePerTensor(rewriter, op, created))
          dtype = set;
        continue;
      }
      if (target == kDequantize) {
        // Of a value that is float now: the value itself.
        if (op->getNumOperands() == 1 && isFloatTensor(op->getOperand(0)))
          rewriter.replaceOp(op, op->getOperand(0));
        continue;
      }
      const QuantizedOpInfo *info = lookupQuantizedOp(target);
      if (failed(checkQuantizedOp(op, info, dtype))) {
        failedAny = true;
        continue;
      }
      if (Operation *params = op->getOperand(1).getDefiningOp())
        prepacks.insert(params);
      replaceQuantizedOp(rewriter, op, *info, *dtype, created);
    }
    if (failed(scope.finalize()) || failedAny)
      return signalPassFailure();

    // Prepack nodes left without users go, as PyTorch's dead code
    // elimination removes them.
    for (Operation *prepack : prepacks) {
      if (!prepack->use_empty())
        continue;
      SmallVector<Value> operands(prepack->getOperands());
      rewriter.eraseOp(prepack);
      for (Value operand : operands)
        if (auto getAttr = operand.getDefiningOp<GetAttrOp>();
            getAttr && getAttr->use_empty())
          rewriter.eraseOp(getAttr);
    }

    bool untyped = false;
    for (Operation *op : created) {
      bool unknown = false;
      for (Type type : op->getResultTypes())
        type.walk([&](UnknownType) { unknown = true; });
      if (!unknown)
        continue;
      auto call = cast<CallFunctionOp>(op);
      call.emitError() << "could not infer the type of the created '"
                       << call.getTarget() << "' node";
      untyped = true;
    }
    if (untyped)
      signalPassFailure();
  }
};

} // namespace
