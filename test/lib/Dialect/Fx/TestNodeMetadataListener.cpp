//===- TestNodeMetadataListener.cpp - Drive the listener from lit ---------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// `-test-fx-listener` rewrites test nodes with one MLIR driver while a
// NodeMetadataScope is installed, so lit tests can check what the listener
// gives every created op under every driver:
//
//   aten.sub.Tensor(a, b)      -> aten.add.Tensor(a, aten.neg.default(b))
//   test.sym_float(x)          -> x.__sym_float__()  (call_method)
//   test.round(x, n)           -> x.__round__(n)     (call_method)
//   test.call_module(x)        -> call_module "sub" "Sub"(x)
//   test.assert(x)             -> aten._assert_scalar.default(x, "check")
//   test.scalar()              -> aten.scalar_tensor.default(1.5)
//   test.clone(x)              -> a clone of x's defining node (rewriter only)
//   test.move(x)               -> x's defining node moved here (rewriter only)
//   with lower-to-arith: aten.add.Tensor -> arith.addf, aten.relu.default ->
//   arith.maximumf(x, arith.constant 0.0)
//
// Created call_function nodes get `!fx.unknown` results, as FX creates nodes
// before their values; the listener must fill them in.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

/// A call_function node of `target` with an unknown result, as FX creates it.
Value createUnknownCall(RewriterBase &rewriter, Location loc, StringRef target,
                        ArrayRef<Attribute> args, ValueRange operands) {
  MLIRContext *context = rewriter.getContext();
  return CallFunctionOp::create(
             rewriter, loc, TypeRange{UnknownType::get(context)},
             getNodeNameForTarget(target),
             rewriter.getStringAttr(target), rewriter.getArrayAttr(args),
             DictAttr::get(context), operands)
      .getResult(0);
}

/// Rewrites one test node; `operands` are its (possibly converted) operands.
LogicalResult rewriteTestNode(RewriterBase &rewriter, CallFunctionOp op,
                              ValueRange operands, bool structuralOnly) {
  MLIRContext *context = rewriter.getContext();
  Location loc = op.getLoc();
  Attribute node = NodeAttr::get(context);
  StringRef target = op.getTarget();

  if (target == "aten.sub.Tensor" && operands.size() == 2) {
    Value neg = createUnknownCall(rewriter, loc, "aten.neg.default", {node},
                                  operands[1]);
    Value add = createUnknownCall(rewriter, loc, "aten.add.Tensor",
                                  {node, node}, {operands[0], neg});
    rewriter.replaceOp(op, add);
    return success();
  }
  if ((target == "test.sym_float" || target == "test.round") &&
      operands.size() == 1) {
    bool isRound = target == "test.round";
    // round's ndigits comes after self, as the test node has it.
    SmallVector<Attribute> args{node};
    if (isRound)
      llvm::append_range(args, op.getArgs().getValue().drop_front());
    auto method = CallMethodOp::create(
        rewriter, loc, TypeRange{UnknownType::get(context)},
        rewriter.getStringAttr(isRound ? "round" : "sym_float"),
        rewriter.getStringAttr(isRound ? "__round__" : "__sym_float__"),
        rewriter.getArrayAttr(args), DictAttr::get(context), operands);
    rewriter.replaceOp(op, method->getResults());
    return success();
  }
  if (target == "test.call_module" && operands.size() == 1) {
    auto module = CallModuleOp::create(
        rewriter, loc, TypeRange{UnknownType::get(context)},
        rewriter.getStringAttr("sub"), rewriter.getStringAttr("sub"),
        rewriter.getStringAttr("Sub"), rewriter.getArrayAttr({node}),
        DictAttr::get(context), operands);
    rewriter.replaceOp(op, module->getResults());
    return success();
  }
  if (target == "test.assert" && operands.size() == 1) {
    // Created with a result, as a pass that does not know the schema would;
    // the listener types it `none`.
    createUnknownCall(rewriter, loc, "aten._assert_scalar.default",
                      {node, rewriter.getStringAttr("check")}, operands);
    rewriter.eraseOp(op);
    return success();
  }
  if (target == "test.nonzero" && operands.size() == 1) {
    Value nonzero = createUnknownCall(rewriter, loc, "aten.nonzero.default",
                                      {node}, operands);
    rewriter.replaceOp(op, nonzero);
    return success();
  }
  if (target == "test.scalar" && operands.empty()) {
    Value scalar = createUnknownCall(rewriter, loc,
                                     "aten.scalar_tensor.default",
                                     {rewriter.getF64FloatAttr(1.5)}, {});
    rewriter.replaceOp(op, scalar);
    return success();
  }
  if (structuralOnly || operands.size() != 1)
    return failure();
  Operation *def = operands[0].getDefiningOp();
  if (!def)
    return failure();
  if (target == "test.clone") {
    rewriter.setInsertionPoint(op);
    Operation *clone = rewriter.clone(*def);
    rewriter.replaceOp(op, clone->getResults());
    return success();
  }
  if (target == "test.move") {
    rewriter.moveOpBefore(def, op);
    rewriter.replaceOp(op, def->getResults());
    return success();
  }
  return failure();
}

struct TestNodePattern : OpRewritePattern<CallFunctionOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(CallFunctionOp op,
                                PatternRewriter &rewriter) const override {
    return rewriteTestNode(rewriter, op, op.getOperands(),
                           /*structuralOnly=*/true);
  }
};

struct TestNodeConversion : OpConversionPattern<CallFunctionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CallFunctionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    return rewriteTestNode(rewriter, op, adaptor.getOperands(),
                           /*structuralOnly=*/true);
  }
};

/// Lowers aten.add.Tensor and aten.relu.default on same-typed tensors to
/// arith, to show metadata travelling to ops of other dialects.
struct LowerToArith : OpConversionPattern<CallFunctionOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CallFunctionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    if (op->getNumResults() != 1)
      return failure();
    auto type = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!type || !isa<FloatType>(type.getElementType()) ||
        llvm::any_of(operands, [&](Value v) { return v.getType() != type; }))
      return failure();
    Location loc = op.getLoc();
    if (op.getTarget() == "aten.add.Tensor" && operands.size() == 2 &&
        op.getArgs().size() == 2) {
      rewriter.replaceOpWithNewOp<arith::AddFOp>(op, operands[0], operands[1]);
      return success();
    }
    if (op.getTarget() == "aten.relu.default" && operands.size() == 1) {
      Value zero = arith::ConstantOp::create(
          rewriter, loc, type,
          DenseElementsAttr::get(type, rewriter.getFloatAttr(
                                           type.getElementType(), 0.0)));
      rewriter.replaceOpWithNewOp<arith::MaximumFOp>(op, operands[0], zero);
      return success();
    }
    return failure();
  }
};

bool isTestTarget(CallFunctionOp op) {
  return llvm::is_contained({"aten.sub.Tensor", "test.sym_float", "test.round",
                             "test.call_module", "test.assert", "test.scalar",
                             "test.nonzero",
                             "test.clone", "test.move"},
                            op.getTarget());
}

struct TestNodeMetadataListenerPass
    : PassWrapper<TestNodeMetadataListenerPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestNodeMetadataListenerPass)

  TestNodeMetadataListenerPass() = default;
  TestNodeMetadataListenerPass(const TestNodeMetadataListenerPass &other)
      : PassWrapper(other) {}

  StringRef getArgument() const final { return "test-fx-listener"; }
  StringRef getDescription() const final {
    return "Rewrite test nodes under a NodeMetadataScope with one driver";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<FxDialect, arith::ArithDialect>();
  }

  Option<std::string> driver{
      *this, "driver",
      llvm::cl::desc("greedy, op-greedy, walk, conversion, "
                     "conversion-no-rollback or rewriter"),
      llvm::cl::init("greedy")};
  Option<std::string> policy{*this, "policy",
                             llvm::cl::desc("first-argument or replaced-op"),
                             llvm::cl::init("first-argument")};
  Option<std::string> explicitMetadata{
      *this, "explicit",
      llvm::cl::desc("A dictionary of fx.* metadata to write on created ops")};
  Option<std::string> explicitStackTrace{
      *this, "explicit-stack-trace",
      llvm::cl::desc("An FX stack_trace text for created ops, with '\\n' for "
                     "newlines; the option parser trims the first line's "
                     "indentation, which is put back")};
  Option<bool> inferTypes{*this, "infer-types", llvm::cl::init(true),
                          llvm::cl::desc("Infer created ops' types")};
  Option<bool> provenance{*this, "provenance", llvm::cl::init(false),
                          llvm::cl::desc("Record fx.from_node, naming this "
                                         "pass")};
  Option<bool> lowerToArith{*this, "lower-to-arith", llvm::cl::init(false),
                            llvm::cl::desc("Also lower add/relu to arith "
                                           "(conversion drivers)")};

  FailureOr<NodeMetadataOptions> getOptions() {
    MLIRContext *context = &getContext();
    NodeMetadataOptions options;
    options.inferTypes = inferTypes;
    options.recordProvenance = provenance;
    options.passName = getArgument();
    if (policy == "replaced-op")
      options.policy = InheritancePolicy::ReplacedOp;
    else if (policy != "first-argument")
      return emitError(UnknownLoc::get(context), "unknown policy ") << policy;
    if (!explicitStackTrace.empty()) {
      std::string text;
      StringRef rest = explicitStackTrace;
      if (rest.starts_with("File "))
        text = "  ";
      while (!rest.empty()) {
        auto [line, tail] = rest.split("\\n");
        text += line.str();
        if (rest.contains("\\n"))
          text += '\n';
        rest = tail;
      }
      options.explicitMetadata.stackTrace = getStackTraceLoc(context, text);
    }
    if (!explicitMetadata.empty()) {
      // The option parser strips the dictionary's braces.
      std::string text = explicitMetadata;
      if (!StringRef(text).starts_with("{"))
        text = "{" + text + "}";
      auto dict =
          dyn_cast_or_null<DictionaryAttr>(parseAttribute(text, context));
      if (!dict)
        return emitError(UnknownLoc::get(context),
                         "'explicit' must be a dictionary attribute");
      options.explicitMetadata.nnModuleStack =
          dict.getAs<NNModuleStackAttr>("fx.nn_module_stack");
      options.explicitMetadata.torchFn = dict.getAs<TorchFnAttr>("fx.torch_fn");
      options.explicitMetadata.custom = dict.getAs<DictAttr>("fx.custom");
      options.explicitMetadata.meta = dict.getAs<DictAttr>("fx.meta");
    }
    return options;
  }

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    Operation *root = getOperation();
    FailureOr<NodeMetadataOptions> options = getOptions();
    if (failed(options))
      return signalPassFailure();

    LogicalResult result = success();
    if (driver == "rewriter") {
      IRRewriter rewriter(context);
      NodeMetadataScope scope(rewriter, root, *options);
      SmallVector<CallFunctionOp> ops;
      root->walk([&](CallFunctionOp op) {
        if (isTestTarget(op))
          ops.push_back(op);
      });
      for (CallFunctionOp op : ops) {
        rewriter.setInsertionPoint(op);
        (void)rewriteTestNode(rewriter, op, op.getOperands(),
                              /*structuralOnly=*/false);
      }
      result = scope.finalize();
    } else if (driver == "greedy" || driver == "op-greedy" ||
               driver == "walk") {
      RewritePatternSet patterns(context);
      patterns.add<TestNodePattern>(context);
      FrozenRewritePatternSet frozen(std::move(patterns));
      NodeMetadataScope scope(root, *options);
      if (driver == "walk") {
        walkAndApplyPatterns(root, frozen, scope.getListener());
      } else {
        GreedyRewriteConfig config;
        config.setListener(scope.getListener());
        if (driver == "greedy") {
          result = applyPatternsGreedily(root, frozen, config);
        } else {
          SmallVector<Operation *> ops;
          root->walk([&](Operation *op) {
            auto call = dyn_cast<CallFunctionOp>(op);
            if ((call && isTestTarget(call)) || isa<arith::AddIOp>(op))
              ops.push_back(op);
          });
          config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
          result = applyOpPatternsGreedily(ops, frozen, config);
        }
      }
      if (failed(scope.finalize()))
        result = failure();
    } else if (driver == "conversion" || driver == "conversion-no-rollback") {
      RewritePatternSet patterns(context);
      patterns.add<TestNodeConversion>(context);
      if (lowerToArith)
        patterns.add<LowerToArith>(context);
      ConversionTarget target(*context);
      target.addLegalDialect<arith::ArithDialect>();
      target.addDynamicallyLegalOp<CallFunctionOp>([&](CallFunctionOp op) {
        if (isTestTarget(op))
          return false;
        return !lowerToArith || !llvm::is_contained(
                                    {"aten.add.Tensor", "aten.relu.default"},
                                    op.getTarget());
      });
      target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
      NodeMetadataScope scope(root, *options);
      ConversionConfig config;
      config.listener = scope.getListener();
      config.allowPatternRollback = driver == "conversion";
      result = applyPartialConversion(root, target, std::move(patterns), config);
      if (failed(scope.finalize()))
        result = failure();
    } else {
      root->emitError() << "unknown driver '" << driver << "'";
      return signalPassFailure();
    }
    if (failed(result))
      signalPassFailure();
  }
};

} // namespace

namespace mlir::fx::test {
void registerTestNodeMetadataListenerPass() {
  PassRegistration<TestNodeMetadataListenerPass>();
}
} // namespace mlir::fx::test
