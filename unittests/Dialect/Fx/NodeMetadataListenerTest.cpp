//===- NodeMetadataListenerTest.cpp - Listener cases lit cannot reach -----===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Rewrites that no test pass performs, done with a plain IRRewriter under a
// NodeMetadataScope: an op the replaced-op policy can attribute to no
// replaced op, a node moved from one graph into another, and the sharing of
// inherited metadata between sources that differ in other keys.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "fx-mlir/InitAll.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Parser/Parser.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

class NodeMetadataListenerTest : public ::testing::Test {
protected:
  NodeMetadataListenerTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  OwningOpRef<ModuleOp> parse(StringRef source) {
    OwningOpRef<ModuleOp> module =
        parseSourceString<ModuleOp>(source, &context);
    EXPECT_TRUE(module);
    return module;
  }

  /// The node named `name` inside `graphModule` (a symbol of `module`).
  static Operation *findNode(ModuleOp module, StringRef graphModule,
                             StringRef name) {
    Operation *found = nullptr;
    module->walk([&](NodeOpInterface node) {
      auto parent = node->getParentOfType<GraphModuleOp>();
      if (parent && parent.getSymName() == graphModule &&
          node.getName() == name)
        found = node;
    });
    return found;
  }

  /// A call_function node of `target` asking for the name `name`, with an
  /// unknown result, as FX creates nodes.
  CallFunctionOp createCall(RewriterBase &rewriter, StringRef name,
                            StringRef target, ArrayRef<Attribute> args,
                            ValueRange operands) {
    return CallFunctionOp::create(rewriter, rewriter.getUnknownLoc(),
                                  TypeRange{UnknownType::get(&context)}, name,
                                  rewriter.getStringAttr(target),
                                  rewriter.getArrayAttr(args),
                                  DictAttr::get(&context), operands);
  }

  Attribute getAttr(Operation *op, StringRef name) {
    return op->getDiscardableAttr(name);
  }

  TorchFnAttr getTorchFn(StringRef name, StringRef kind) {
    return TorchFnAttr::get(&context, name, kind);
  }

  MLIRContext context;
};

// %x and %r carry the same metadata dictionary, so the replaced-op policy's
// lookups of (metadata, target) from the replaced node and from a first
// argument share their source and target: only `fromRoot` tells them apart.
constexpr StringLiteral kSharedMetadata = R"mlir(
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.custom = #fx.dict<{"k" = 1}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">} : (tensor<2xf32>) -> tensor<2xf32>
    %r = fx.call_function aten.relu.default(%x) {fx.custom = #fx.dict<{"k" = 1}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%r) : tensor<2xf32>
  }
}
)mlir";

// Under the replaced-op policy an op that replaces nothing, created by a
// rewriter that reports no pattern roots, waits for a replaced op; the scope
// gives it the first-argument rule when it closes (NodeMetadata.h): types
// at once, nn_module_stack and custom from its first argument, torch_fn from
// its own target. The op that replaces %r takes %r's metadata, torch_fn too,
// and its location.
TEST_F(NodeMetadataListenerTest, ReplacedOpPolicyFallsBackToFirstArgument) {
  OwningOpRef<ModuleOp> module = parse(kSharedMetadata);
  ASSERT_TRUE(module);
  Operation *x = findNode(*module, "M", "x");
  Operation *r = findNode(*module, "M", "r");
  ASSERT_TRUE(x && r);
  Attribute node = NodeAttr::get(&context);
  DictionaryAttr shared = x->getDiscardableAttrDictionary();
  Location rootLoc = r->getLoc();

  IRRewriter rewriter(&context);
  NodeMetadataOptions options;
  options.policy = InheritancePolicy::ReplacedOp;
  NodeMetadataScope scope(rewriter, *module, options);
  rewriter.setInsertionPoint(r);
  CallFunctionOp unclaimed =
      createCall(rewriter, "neg", "aten.neg.default", {node}, x->getResult(0));
  CallFunctionOp replacing =
      createCall(rewriter, "neg", "aten.neg.default", {node}, x->getResult(0));
  rewriter.replaceOp(r, replacing->getResults());
  // Typed when inserted; metadata only once attributed.
  EXPECT_EQ(unclaimed->getResult(0).getType(), x->getResult(0).getType());
  EXPECT_TRUE(unclaimed->getDiscardableAttrDictionary().empty());
  EXPECT_EQ(replacing->getDiscardableAttrDictionary(), shared);
  ASSERT_TRUE(succeeded(scope.finalize()));

  EXPECT_EQ(getAttr(unclaimed, "fx.nn_module_stack"),
            shared.get("fx.nn_module_stack"));
  EXPECT_EQ(getAttr(unclaimed, "fx.custom"), shared.get("fx.custom"));
  EXPECT_EQ(getAttr(unclaimed, "fx.torch_fn"),
            getTorchFn("neg.default_0", "OpOverload.neg.default"));
  // The hook's rule keeps the node's own location; run_decompositions gives
  // the replaced node's stack trace (both ops were created without one).
  EXPECT_EQ(unclaimed->getLoc(), rewriter.getUnknownLoc());
  EXPECT_EQ(replacing->getDiscardableAttrDictionary(), shared);
  EXPECT_EQ(replacing->getLoc(), rootLoc);
  EXPECT_NE(rootLoc, rewriter.getUnknownLoc());
}

// The listener caches the metadata it derives, per rule, by source metadata
// and target. Sources carrying a key besides the inherited ones
// (`fx.arg_names` here) are not handed out as they are, so both lookups of
// one (metadata, target) are derived and cached: the replaced-op rule's takes
// torch_fn from the replaced node, the first-argument rule's from the
// created node's own target.
TEST_F(NodeMetadataListenerTest, RootAndFirstArgumentLookupsStayApart) {
  OwningOpRef<ModuleOp> module = parse(R"mlir(
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.arg_names = ["self"], fx.custom = #fx.dict<{"k" = 1}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">} : (tensor<2xf32>) -> tensor<2xf32>
    %r = fx.call_function aten.relu.default(%x) {fx.arg_names = ["self"], fx.custom = #fx.dict<{"k" = 1}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.torch_fn = #fx.torch_fn<"relu_0", "builtin_function_or_method.relu">} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%r) : tensor<2xf32>
  }
}
)mlir");
  ASSERT_TRUE(module);
  Operation *x = findNode(*module, "M", "x");
  Operation *r = findNode(*module, "M", "r");
  ASSERT_TRUE(x && r);
  ASSERT_EQ(x->getDiscardableAttrDictionary(),
            r->getDiscardableAttrDictionary());
  Attribute node = NodeAttr::get(&context);
  Attribute rootTorchFn = getAttr(r, "fx.torch_fn");

  IRRewriter rewriter(&context);
  NodeMetadataOptions options;
  options.policy = InheritancePolicy::ReplacedOp;
  NodeMetadataScope scope(rewriter, *module, options);
  rewriter.setInsertionPoint(r);
  CallFunctionOp unclaimed =
      createCall(rewriter, "neg", "aten.neg.default", {node}, x->getResult(0));
  CallFunctionOp replacing =
      createCall(rewriter, "neg", "aten.neg.default", {node}, x->getResult(0));
  // The root lookup first, the first-argument one when the scope closes.
  rewriter.replaceOp(r, replacing->getResults());
  ASSERT_TRUE(succeeded(scope.finalize()));

  EXPECT_EQ(getAttr(replacing, "fx.torch_fn"), rootTorchFn);
  EXPECT_EQ(getAttr(unclaimed, "fx.torch_fn"),
            getTorchFn("neg.default_0", "OpOverload.neg.default"));
  for (Operation *op : {unclaimed.getOperation(), replacing.getOperation()}) {
    EXPECT_EQ(getAttr(op, "fx.custom"), getAttr(x, "fx.custom"));
    EXPECT_FALSE(getAttr(op, "fx.arg_names"));
  }
}

// What a created op inherits depends on its target and its source's values
// of the inherited keys, not on the source's other metadata, which is often
// the node's own (its seq_nr here): ops made of %x and %y share one
// dictionary, uniqued once, while %z's other custom gives its op another.
TEST_F(NodeMetadataListenerTest, SourcesSharingInheritedValuesShareTheResult) {
  OwningOpRef<ModuleOp> module = parse(R"mlir(
fx.graph_module @M {
  fx.graph @forward {
    %a = fx.placeholder "a" : tensor<2xf32>
    %x = fx.call_function aten.relu.default(%a) {fx.custom = #fx.dict<{"k" = 1}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.seq_nr = 1 : i64} : (tensor<2xf32>) -> tensor<2xf32>
    %y = fx.call_function aten.relu.default(%a) {fx.custom = #fx.dict<{"k" = 1}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.seq_nr = 2 : i64} : (tensor<2xf32>) -> tensor<2xf32>
    %z = fx.call_function aten.relu.default(%a) {fx.custom = #fx.dict<{"k" = 2}>, fx.nn_module_stack = #fx.nn_module_stack<[["L__self___m", "m", "mod.M"]]>, fx.seq_nr = 3 : i64} : (tensor<2xf32>) -> tensor<2xf32>
    fx.output(%x) : tensor<2xf32>
  }
}
)mlir");
  ASSERT_TRUE(module);
  Operation *x = findNode(*module, "M", "x");
  Operation *y = findNode(*module, "M", "y");
  Operation *z = findNode(*module, "M", "z");
  ASSERT_TRUE(x && y && z);
  ASSERT_NE(x->getDiscardableAttrDictionary(),
            y->getDiscardableAttrDictionary());
  Attribute node = NodeAttr::get(&context);

  IRRewriter rewriter(&context);
  NodeMetadataScope scope(rewriter, *module);
  rewriter.setInsertionPointAfter(z);
  Operation *sources[] = {x, y, z};
  SmallVector<CallFunctionOp> negs;
  for (Operation *source : sources)
    negs.push_back(createCall(rewriter, "neg", "aten.neg.default", {node},
                              source->getResult(0)));
  ASSERT_TRUE(succeeded(scope.finalize()));

  EXPECT_EQ(negs[0]->getDiscardableAttrDictionary(),
            negs[1]->getDiscardableAttrDictionary());
  for (auto [neg, source] : llvm::zip_equal(negs, sources)) {
    EXPECT_EQ(getAttr(neg, "fx.custom"), getAttr(source, "fx.custom"));
    EXPECT_EQ(getAttr(neg, "fx.nn_module_stack"),
              getAttr(source, "fx.nn_module_stack"));
    EXPECT_EQ(getAttr(neg, "fx.torch_fn"),
              getTorchFn("neg.default_0", "OpOverload.neg.default"));
    // seq_nr is no inherited key.
    EXPECT_FALSE(getAttr(neg, "fx.seq_nr"));
  }
  EXPECT_NE(getAttr(negs[2], "fx.custom"), getAttr(negs[0], "fx.custom"));
}

// Under FX a node never changes graphs; in MLIR a rewrite may move one. A
// node moved into another graph takes its name there (a later node asking
// for it gets a fresh one) and gives it up in the graph it left.
TEST_F(NodeMetadataListenerTest, MovedNodeTakesItsNameAlong) {
  OwningOpRef<ModuleOp> module = parse(R"mlir(
fx.graph_module @M {
  fx.graph @forward {
    %s = fx.call_function aten.scalar_tensor.default(1.5) : () -> tensor<f32>
    %t = fx.call_function aten.scalar_tensor.default(2.5) : () -> tensor<f32>
    fx.output(%s) : tensor<f32>
  }
  fx.graph_module @sub {
    fx.graph @forward {
      %y = fx.placeholder "y" : tensor<f32>
      fx.output(%y) : tensor<f32>
    }
  }
}
)mlir");
  ASSERT_TRUE(module);
  Operation *t = findNode(*module, "M", "t");
  Operation *y = findNode(*module, "sub", "y");
  Operation *s = findNode(*module, "M", "s");
  ASSERT_TRUE(t && y && s);

  IRRewriter rewriter(&context);
  NodeMetadataScope scope(rewriter, *module);
  rewriter.moveOpAfter(t, y);
  ASSERT_EQ(t->getParentOfType<GraphModuleOp>().getSymName(), "sub");

  rewriter.setInsertionPointAfter(t);
  CallFunctionOp inSub = createCall(rewriter, "t", "aten.scalar_tensor.default",
                                    {rewriter.getF64FloatAttr(3.5)}, {});
  rewriter.setInsertionPointAfter(s);
  CallFunctionOp inMain =
      createCall(rewriter, "t", "aten.scalar_tensor.default",
                 {rewriter.getF64FloatAttr(4.5)}, {});
  ASSERT_TRUE(succeeded(scope.finalize()));

  EXPECT_EQ(cast<NodeOpInterface>(t).getName(), "t");
  EXPECT_EQ(cast<NodeOpInterface>(inSub.getOperation()).getName(), "t_1");
  EXPECT_EQ(cast<NodeOpInterface>(inMain.getOperation()).getName(), "t");
}

} // namespace
