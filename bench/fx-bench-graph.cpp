//===- fx-bench-graph.cpp - Generated graphs for the pipeline benchmark ---===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Writes the typed fx graphs that bench/pipeline.py runs fx-export-pipeline
// on (issue 14), as MLIR text or bytecode:
//
//   fx-bench-graph --shape=chain|tree|transformer --n=N [--modules=M]
//                  [--symbolic] [--emit-bytecode] -o FILE
//
// and prints the number of call_function nodes it wrote.
//
// N is the number of call_function nodes (the "input nodes" the per-node
// figures divide by). Every node has an nn_module_stack (depth 3 to 6, one of
// 256 shared stacks), its own torch_fn, an empty custom dict and a two-frame
// stack-trace location, as a torch.export graph has. Activations are
// tensor<8x64xf32>; weights are get_attr nodes of 64 layers, reused
// cyclically, each read where first used.
//
//   chain        N/4 blocks  h = linear(x, w, b); r = relu(h); s = add(r, x);
//                x = mul(s, 0.5)
//   tree         N/3 leaves relu(linear(x, w, b)), reduced pairwise by
//                add/mul
//   transformer  N/22 pre-norm blocks: layer_norm, qkv linear, view,
//                permute, select x3, transpose, bmm, mul, _softmax, bmm,
//                transpose, clone, _unsafe_view, out linear, in-place add_,
//                layer_norm, linear, gelu, linear, add
//
// With --modules=M the file holds M graph modules of N/M nodes each (the
// parallel-across-graphs measurement). With --symbolic (chain and tree) the
// batch dim is the size symbol s0, so that every activation's type carries a
// `#fx.dims` size expression. Nodes are built with `!fx.unknown`
// results, as FX creates them, and typed by fx-infer-types before writing.
// The generator is C++ because 1M-node inputs are beyond what a script can
// hand to the JSON importer (256 MiB), and the dialect's formats have one
// writer, MLIR's.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"
#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

using namespace mlir;
using namespace mlir::fx;

namespace {

constexpr unsigned kLayers = 64;
constexpr unsigned kHidden = 64;
constexpr unsigned kSeq = 8;
constexpr unsigned kHeads = 4;
constexpr unsigned kHeadDim = kHidden / kHeads;
constexpr unsigned kFfn = 4 * kHidden;
constexpr int64_t kTransformerNodesPerBlock = 22;

/// A parameter of every layer: its name (`ln1_w`) and its shape.
struct Parameter {
  const char *name;
  SmallVector<int64_t, 2> shape;
};

/// Builds one graph module of a given shape: parameters, one placeholder,
/// the call nodes, the output.
class GraphWriter {
public:
  GraphWriter(MLIRContext *context, StringRef shape, bool symbolic)
      : context(context), builder(context), shape(shape) {
    emptyKwargs = DictAttr::get(context);
    activation =
        symbolic ? RankedTensorType::get(
                       {ShapedType::kDynamic, kHidden}, builder.getF32Type(),
                       DimsAttr::get(context, getBackedSymbol(context, 0)))
                 : RankedTensorType::get({kSeq, kHidden}, builder.getF32Type());
    if (shape == "transformer")
      parameters = {{"ln1_w", {kHidden}},          {"ln1_b", {kHidden}},
                    {"qkv_w", {3 * kHidden, kHidden}}, {"qkv_b", {3 * kHidden}},
                    {"out_w", {kHidden, kHidden}}, {"out_b", {kHidden}},
                    {"ln2_w", {kHidden}},          {"ln2_b", {kHidden}},
                    {"fc1_w", {kFfn, kHidden}},    {"fc1_b", {kFfn}},
                    {"fc2_w", {kHidden, kFfn}},    {"fc2_b", {kHidden}}};
    else
      parameters = {{"weight", {kHidden, kHidden}}, {"bias", {kHidden}}};
  }

  /// Appends graph module `name` with `numNodes` call nodes to `module`.
  LogicalResult write(ModuleOp module, StringRef name, int64_t numNodes) {
    if (failed(writeHeader(module, name)))
      return failure();
    nameCounts.clear();
    params.clear();
    Value result;
    if (shape == "chain")
      result = writeChain(numNodes);
    else if (shape == "tree")
      result = writeTree(numNodes);
    else
      result = writeTransformer(numNodes);
    output->setOperand(0, result);
    return success();
  }

private:
  /// The graph module with its parameters, the placeholder `x` and the
  /// output, parsed; the nodes go before the output.
  LogicalResult writeHeader(ModuleOp module, StringRef name) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "fx.graph_module @" << name << " {\n";
    for (unsigned layer = 0; layer < kLayers; ++layer)
      for (const Parameter &parameter : parameters)
        os << "  fx.module_attr parameter @l" << layer << '.'
           << parameter.name << " : " << getParameterType(parameter) << "\n";
    os << "  fx.graph @forward {\n    %x = fx.placeholder \"x\" : "
       << activation << "\n    fx.output((%x,)) : " << activation
       << "\n  }\n}\n";
    Block block;
    if (failed(parseSourceString(text, &block, ParserConfig(context))))
      return failure();
    auto graphModule = cast<GraphModuleOp>(block.front());
    graphModule->moveBefore(module.getBody(), module.getBody()->end());
    Block &body = graphModule.getGraph().getBody().front();
    input = cast<PlaceholderOp>(body.front()).getResult();
    output = cast<OutputOp>(body.back());
    builder.setInsertionPoint(output);
    return success();
  }

  RankedTensorType getParameterType(const Parameter &parameter) {
    return RankedTensorType::get(parameter.shape, builder.getF32Type());
  }

  /// FX's node naming: `base`, `base_1`, `base_2`, ...
  std::string getFreshName(StringRef base) {
    unsigned count = nameCounts[base]++;
    return count ? (base + "_" + Twine(count)).str() : base.str();
  }

  /// The get_attr node of a layer's parameter, created where first used.
  Value getParam(int64_t block, unsigned index) {
    unsigned layer = block % kLayers;
    Value &value = params[{layer, index}];
    if (!value) {
      std::string target =
          ("l" + Twine(layer) + "." + parameters[index].name).str();
      std::string name = target;
      std::replace(name.begin(), name.end(), '.', '_');
      value = GetAttrOp::create(builder, builder.getUnknownLoc(),
                                getParameterType(parameters[index]),
                                getFreshName(name),
                                FlatSymbolRefAttr::get(context, target));
    }
    return value;
  }

  /// One of 256 shared nn_module_stacks: 64 layers x 4 sub-modules, depth
  /// 3 to 6.
  Attribute getStack(int64_t block, unsigned kind) {
    unsigned layer = block % kLayers, sub = kind % 4;
    Attribute &stack = stacks[{layer, sub}];
    if (stack)
      return stack;
    auto entry = [&](const Twine &path, const Twine &type) {
      std::string key = ("L__self__" + Twine(path.isTriviallyEmpty() ? "" : "_") +
                         path)
                            .str();
      std::replace(key.begin(), key.end(), '.', '_');
      return NNModuleStackEntry{builder.getStringAttr(key),
                                builder.getStringAttr(path),
                                builder.getStringAttr(type)};
    };
    std::string layerPath = ("layers." + Twine(layer)).str();
    SmallVector<NNModuleStackEntry, 6> entries = {
        entry("", "bench.Model"), entry(layerPath, "bench.Block")};
    for (unsigned depth = 2; depth < 3 + sub; ++depth)
      entries.push_back(entry(layerPath + ".sub" + Twine(depth) + "_" +
                                  Twine(sub),
                              "bench.Sub" + Twine(depth)));
    stack = NNModuleStackAttr::get(context, entries);
    return stack;
  }

  /// A two-frame stack trace, as Python's traceback.format_list prints it.
  Location getLoc(StringRef base, int64_t block, unsigned kind) {
    std::string trace =
        ("  File \"bench/model.py\", line " + Twine(block % kLayers + 10) +
         ", in forward\n    y = self." + base + "(x)\n" +
         "  File \"bench/run.py\", line " + Twine(kind % 4 + 3) +
         ", in run\n    model(x)\n")
            .str();
    return getStackTraceLoc(context, trace);
  }

  /// A call_function node of `target`: `args` spells its arguments with
  /// `#fx.node` for each operand, in order.
  Value call(StringRef target, StringRef args, ValueRange operands,
             int64_t block, unsigned kind) {
    auto [ns, rest] = target.split('.');
    StringRef base = rest.split('.').first;
    std::string name = getFreshName(base);
    ArrayAttr &argsAttr = parsedArgs[args];
    if (!argsAttr)
      argsAttr = cast<ArrayAttr>(parseAttribute(args, context));
    NamedAttrList metadata;
    metadata.append("fx.nn_module_stack", getStack(block, kind));
    // Each node its own torch_fn, as the exporter numbers them.
    metadata.append("fx.torch_fn",
                    TorchFnAttr::get(context,
                                     (rest + "_" + Twine(nameCounts[base])).str(),
                                     ("OpOverload." + rest).str()));
    metadata.append("fx.custom", emptyKwargs);
    auto op = CallFunctionOp::create(
        builder, getLoc(base, block, kind), TypeRange{UnknownType::get(context)},
        name, builder.getStringAttr(target), argsAttr, emptyKwargs, operands);
    op->setDiscardableAttrs(metadata.getDictionary(context));
    return op.getResult(0);
  }

  Value linear(Value x, int64_t block, unsigned kind, unsigned weight = 0) {
    return call("aten.linear.default", "[#fx.node, #fx.node, #fx.node]",
                {x, getParam(block, weight), getParam(block, weight + 1)},
                block, kind);
  }

  Value writeChain(int64_t numNodes) {
    Value x = input;
    for (int64_t block = 0; block < numNodes / 4; ++block) {
      Value h = linear(x, block, 0);
      Value r = call("aten.relu.default", "[#fx.node]", h, block, 1);
      Value s = call("aten.add.Tensor", "[#fx.node, #fx.node]", {r, x}, block,
                     2);
      x = call("aten.mul.Tensor", "[#fx.node, 0.5]", s, block, 3);
    }
    return x;
  }

  Value writeTree(int64_t numNodes) {
    SmallVector<Value> level;
    for (int64_t leaf = 0; leaf < numNodes / 3; ++leaf)
      level.push_back(call("aten.relu.default", "[#fx.node]",
                           linear(input, leaf, 0), leaf, 1));
    for (unsigned depth = 0; level.size() > 1; ++depth) {
      SmallVector<Value> next;
      for (size_t i = 0; i + 1 < level.size(); i += 2)
        next.push_back(call(depth % 2 ? "aten.mul.Tensor" : "aten.add.Tensor",
                            "[#fx.node, #fx.node]", {level[i], level[i + 1]},
                            i / 2, 2 + depth % 2));
      if (level.size() % 2)
        next.push_back(level.back());
      level = std::move(next);
    }
    return level.empty() ? input : level.front();
  }

  Value writeTransformer(int64_t numNodes) {
    std::string view = ("[#fx.node, [" + Twine(kSeq) + ", 3, " +
                        Twine(kHeads) + ", " + Twine(kHeadDim) + "]]")
                           .str();
    std::string unsafeView =
        ("[#fx.node, [" + Twine(kSeq) + ", " + Twine(kHidden) + "]]").str();
    std::string layerNorm =
        ("[#fx.node, [" + Twine(kHidden) + "], #fx.node, #fx.node]").str();
    Value x = input;
    for (int64_t i = 0; i < numNodes / kTransformerNodesPerBlock; ++i) {
      Value ln1 = call("aten.layer_norm.default", layerNorm,
                       {x, getParam(i, 0), getParam(i, 1)}, i, 0);
      Value qkv = linear(ln1, i, 1, 2);
      Value v1 = call("aten.view.default", view, qkv, i, 1);
      Value p = call("aten.permute.default", "[#fx.node, [1, 2, 0, 3]]", v1,
                     i, 1);
      Value q = call("aten.select.int", "[#fx.node, 0, 0]", p, i, 1);
      Value k = call("aten.select.int", "[#fx.node, 0, 1]", p, i, 1);
      Value v = call("aten.select.int", "[#fx.node, 0, 2]", p, i, 1);
      Value kt = call("aten.transpose.int", "[#fx.node, 1, 2]", k, i, 1);
      Value s = call("aten.bmm.default", "[#fx.node, #fx.node]", {q, kt}, i, 1);
      Value s2 = call("aten.mul.Tensor", "[#fx.node, 0.25]", s, i, 1);
      Value a = call("aten._softmax.default", "[#fx.node, -1, false]", s2, i,
                     1);
      Value o = call("aten.bmm.default", "[#fx.node, #fx.node]", {a, v}, i, 1);
      Value ot = call("aten.transpose.int", "[#fx.node, 0, 1]", o, i, 1);
      Value oc = call("aten.clone.default", "[#fx.node]", ot, i, 1);
      Value r = call("aten._unsafe_view.default", unsafeView, oc, i, 1);
      Value proj = linear(r, i, 1, 4);
      Value x1 = call("aten.add_.Tensor", "[#fx.node, #fx.node]", {proj, x}, i,
                      1);
      Value ln2 = call("aten.layer_norm.default", layerNorm,
                       {x1, getParam(i, 6), getParam(i, 7)}, i, 2);
      Value h = linear(ln2, i, 3, 8);
      Value g = call("aten.gelu.default", "[#fx.node]", h, i, 3);
      Value h2 = linear(g, i, 3, 10);
      x = call("aten.add.Tensor", "[#fx.node, #fx.node]", {h2, x1}, i, 2);
    }
    return x;
  }

  MLIRContext *context;
  OpBuilder builder;
  StringRef shape;
  SmallVector<Parameter> parameters;
  DictAttr emptyKwargs;
  RankedTensorType activation;
  Value input;
  OutputOp output;
  llvm::StringMap<unsigned> nameCounts;
  llvm::StringMap<ArrayAttr> parsedArgs;
  DenseMap<std::pair<unsigned, unsigned>, Value> params;
  DenseMap<std::pair<unsigned, unsigned>, Attribute> stacks;
};

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  // libLLVM registers hundreds of backend options; --help shows ours only.
  llvm::cl::OptionCategory category("fx-bench-graph options");
  llvm::cl::opt<std::string> shape("shape",
                                   llvm::cl::desc("chain, tree or transformer"),
                                   llvm::cl::Required, llvm::cl::cat(category));
  llvm::cl::opt<int64_t> numNodes("n",
                                  llvm::cl::desc("call_function nodes in all"),
                                  llvm::cl::Required, llvm::cl::cat(category));
  llvm::cl::opt<unsigned> numModules(
      "modules", llvm::cl::desc("graph modules sharing the nodes"),
      llvm::cl::init(1), llvm::cl::cat(category));
  llvm::cl::opt<bool> symbolic(
      "symbolic", llvm::cl::desc("a symbolic batch dim (chain, tree)"),
      llvm::cl::cat(category));
  llvm::cl::opt<bool> emitBytecode("emit-bytecode",
                                   llvm::cl::desc("write MLIR bytecode"),
                                   llvm::cl::cat(category));
  llvm::cl::opt<std::string> outputFilename("o", llvm::cl::desc("output file"),
                                            llvm::cl::Required,
                                            llvm::cl::cat(category));
  llvm::cl::HideUnrelatedOptions(category);
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "generated graphs for bench/pipeline.py\n");
  if (shape != "chain" && shape != "tree" && shape != "transformer") {
    llvm::errs() << "error: unknown --shape '" << shape << "'\n";
    return 2;
  }
  if (symbolic && shape == "transformer") {
    llvm::errs() << "error: --symbolic takes chain or tree (the transformer's "
                    "views have static sizes)\n";
    return 2;
  }
  if (numNodes < 0 || numModules == 0) {
    llvm::errs() << "error: --n must be >= 0 and --modules >= 1\n";
    return 2;
  }

  DialectRegistry registry;
  registry.insert<FxDialect>();
  MLIRContext context(registry);
  context.loadDialect<FxDialect>();
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(&context));
  GraphWriter writer(&context, shape, symbolic);
  for (unsigned m = 0; m < numModules; ++m) {
    std::string name = numModules == 1 ? "M" : ("M" + Twine(m)).str();
    if (failed(writer.write(*module, name, numNodes / numModules)))
      return 1;
  }

  PassManager pm(&context);
  pm.addPass(createFxInferTypes());
  if (failed(pm.run(*module)))
    return 1;

  std::string error;
  std::unique_ptr<llvm::ToolOutputFile> output =
      openOutputFile(outputFilename, &error);
  if (!output) {
    llvm::errs() << "error: " << error << "\n";
    return 1;
  }
  if (emitBytecode) {
    if (failed(writeBytecodeToFile(*module, output->os())))
      return 1;
  } else {
    // As fx-opt prints it, so that the two compare byte for byte.
    module->print(output->os(), OpPrintingFlags().enableDebugInfo());
    output->os() << '\n';
  }
  output->keep();
  uint64_t numCalls = 0;
  module->walk([&](CallFunctionOp) { ++numCalls; });
  llvm::outs() << "call_function nodes: " << numCalls << "\n";
  return 0;
}
