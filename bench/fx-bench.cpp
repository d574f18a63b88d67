//===- fx-bench.cpp - What the node-metadata listener costs ---------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Builds synthetic fx graphs of N call ops and times a decomposition over them
// in three configurations, each in a fresh MLIRContext:
//
//   a  no listener;
//   b  NodeMetadataScope with inferTypes = false (metadata inheritance only);
//   c  NodeMetadataScope with inferTypes = true (metadata + type inference);
//   i  (extra) no listener, the patterns infer their ops' types themselves
//      with inferCallFunctionTypes: what a pass without the listener pays to
//      produce typed IR.
//
// Fairness: a, b and c run the same patterns, which create every op the same
// way, as FX does (`!fx.unknown` results, unique node names `t_17`, ...), so
// a's output is c's output without the inherited metadata and the inferred
// types; `--smoke` checks exactly that. b - a and c - a are the listener's
// whole cost: scope set-up (its ShapeEnv walk), per-op work, finalize.
//
// Graphs (weights tensor<64x64xf32>, activations tensor<8x64xf32>):
//   chain  N/4 blocks  h = linear(x, w, b); r = relu(h); s = add(r, x);
//          x = mul(s, r)
//   tree   N/3 leaves  r_j = relu(linear(x, w_j, b_j)), reduced pairwise by
//          add (even levels) and mul (odd levels)
// Every input op has nn_module_stack (depth 3 to 6), torch_fn and a
// stack-trace location; 64 layers give 256 distinct stacks shared by all ops.
// The decomposition: linear -> t + addmm (2 created ops), relu -> clamp_min
// (1 created op); add and mul are visited but do not match.
//
// Modes:
//   fx-bench [--shape=chain,tree] [--n=1000,10000] [--configs=a,b,c,i]
//            [--rounds=5] [--driver=walk|greedy] [--no-threading]
//            [--provenance]
//       times every (shape, N) with the configs interleaved in rounds and
//       prints one RESULT line of JSON per (shape, N, config): min and median
//       ns per created op over the rounds.
//   fx-bench --rss --shape=chain --n=1000000 --configs=c
//       one config in this (fresh) process: peak RSS (VmHWM) after building
//       the graph and after the rewrite, and the RSS the output retains
//       (VmRSS after the scope is gone and malloc_trim).
//   fx-bench --smoke
//       N = 1k, both shapes, every config: the output verifies, (c) leaves
//       every call typed with complete metadata, and a/b/c differ only in
//       metadata and types.
//   --provenance has b and c record fx.from_node too (what provenance costs).
//   --dump prints every output to stderr (use with small N).
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxDialect.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/Dialect/Fx/Inference/TypeInference.h"
#include "fx-mlir/Dialect/Fx/Transforms/NodeMetadata.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <malloc.h>
#include <time.h>
#include <string>

using namespace mlir;
using namespace mlir::fx;

namespace {

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

enum class Config { None, Metadata, MetadataTypes, PatternInfers };

StringRef getConfigName(Config config) {
  switch (config) {
  case Config::None:
    return "a";
  case Config::Metadata:
    return "b";
  case Config::MetadataTypes:
    return "c";
  case Config::PatternInfers:
    return "i";
  }
  return "?";
}

struct BenchOptions {
  SmallVector<std::string> shapes = {"chain", "tree"};
  SmallVector<int64_t> sizes = {1000, 10000, 100000, 1000000};
  SmallVector<Config> configs = {Config::None, Config::Metadata,
                                 Config::MetadataTypes};
  unsigned rounds = 5;
  bool greedy = false;
  bool threading = true;
  bool rss = false;
  bool smoke = false;
  bool dump = false;
  bool provenance = false;
};

//===----------------------------------------------------------------------===//
// Peak RSS
//===----------------------------------------------------------------------===//

/// A field of /proc/self/status in KiB (VmHWM, VmRSS), or -1.
int64_t readStatusKiB(const char *field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  size_t length = std::strlen(field);
  while (std::getline(status, line))
    if (line.compare(0, length, field) == 0 && line[length] == ':')
      return std::stoll(line.substr(length + 1));
  return -1;
}

//===----------------------------------------------------------------------===//
// Graph generator
//===----------------------------------------------------------------------===//

constexpr unsigned kLayers = 64;
constexpr unsigned kBatch = 8;
constexpr unsigned kFeatures = 64;

/// Builds the synthetic graph module: the header (weights, placeholder,
/// output) is parsed, the N call ops are built with the op builders.
class GraphBuilder {
public:
  explicit GraphBuilder(MLIRContext *context)
      : context(context), builder(context) {
    node = NodeAttr::get(context);
    emptyKwargs = DictAttr::get(context);
    args2 = builder.getArrayAttr({node, node});
    args3 = builder.getArrayAttr({node, node, node});
    args1 = builder.getArrayAttr({node});
    nnModuleStackName = builder.getStringAttr("fx.nn_module_stack");
    torchFnName = builder.getStringAttr("fx.torch_fn");
    activation = RankedTensorType::get({kBatch, kFeatures},
                                       Float32Type::get(context));
    for (StringRef target : {"aten.linear.default", "aten.relu.default",
                             "aten.add.Tensor", "aten.mul.Tensor"})
      targets.push_back(builder.getStringAttr(target));
    for (unsigned layer = 0; layer < kLayers; ++layer)
      buildLayerMetadata(layer);
  }

  OwningOpRef<ModuleOp> build(StringRef shape, int64_t numOps) {
    OwningOpRef<ModuleOp> module = parseHeader();
    if (!module)
      return {};
    GraphOp graph = (*module->getOps<GraphModuleOp>().begin()).getGraph();
    Block &body = graph.getBody().front();
    SmallVector<Value> weights, biases;
    Value input;
    for (Operation &op : body) {
      if (auto placeholder = dyn_cast<PlaceholderOp>(op))
        input = placeholder.getResult();
      if (auto getAttr = dyn_cast<GetAttrOp>(op))
        (getAttr.getTarget().ends_with("weight") ? weights : biases)
            .push_back(getAttr.getResult());
    }
    auto output = cast<OutputOp>(body.back());
    builder.setInsertionPoint(output);
    nameCounters.assign(targets.size(), 0);
    Value result = shape == "tree"
                       ? buildTree(input, weights, biases, numOps)
                       : buildChain(input, weights, biases, numOps);
    output->setOperand(0, result);
    return module;
  }

private:
  enum Kind { Linear, Relu, Add, Mul };

  OwningOpRef<ModuleOp> parseHeader() {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "fx.graph_module @Bench {\n";
    for (unsigned layer = 0; layer < kLayers; ++layer)
      os << "  fx.module_attr parameter @layers." << layer
         << ".mlp.fc.weight : tensor<" << kFeatures << "x" << kFeatures
         << "xf32>\n  fx.module_attr parameter @layers." << layer
         << ".mlp.fc.bias : tensor<" << kFeatures << "xf32>\n";
    os << "  fx.graph @forward {\n    %x = fx.placeholder \"x\" : tensor<"
       << kBatch << "x" << kFeatures << "xf32>\n";
    for (unsigned layer = 0; layer < kLayers; ++layer)
      os << "    %layers_" << layer << "_mlp_fc_weight = fx.get_attr @layers."
         << layer << ".mlp.fc.weight : tensor<" << kFeatures << "x"
         << kFeatures << "xf32>\n    %layers_" << layer
         << "_mlp_fc_bias = fx.get_attr @layers." << layer
         << ".mlp.fc.bias : tensor<" << kFeatures << "xf32>\n";
    os << "    fx.output(%x) : tensor<" << kBatch << "x" << kFeatures
       << "xf32>\n  }\n}\n";
    return parseSourceString<ModuleOp>(text, context);
  }

  /// nn_module_stack, torch_fn and location of each kind of op in `layer`.
  void buildLayerMetadata(unsigned layer) {
    std::string index = std::to_string(layer);
    auto entry = [&](StringRef path, StringRef type) {
      std::string key = "L__self___" + path.str();
      std::replace(key.begin(), key.end(), '.', '_');
      return NNModuleStackEntry{builder.getStringAttr(key),
                                builder.getStringAttr(path),
                                builder.getStringAttr(type)};
    };
    SmallVector<NNModuleStackEntry, 6> block = {
        entry("model", "bench.Model"),
        entry("model.layers", "torch.nn.modules.container.Sequential"),
        entry("model.layers." + index, "bench.Block")};
    // add: the block (depth 3); mul: its scale (4); linear: mlp.fc (5);
    // relu: mlp.act.inner (6).
    SmallVector<NNModuleStackEntry, 6> mul = block;
    mul.push_back(entry("model.layers." + index + ".scale", "bench.Scale"));
    SmallVector<NNModuleStackEntry, 6> linear = block;
    linear.push_back(entry("model.layers." + index + ".mlp", "bench.MLP"));
    SmallVector<NNModuleStackEntry, 6> relu = linear;
    linear.push_back(entry("model.layers." + index + ".mlp.fc",
                           "torch.nn.modules.linear.Linear"));
    relu.push_back(entry("model.layers." + index + ".mlp.act",
                         "torch.nn.modules.container.Sequential"));
    relu.push_back(entry("model.layers." + index + ".mlp.act.inner",
                         "torch.nn.modules.activation.ReLU"));
    const char *lines[] = {"x = self.fc(x)", "x = self.act(x)",
                           "s = x + residual", "x = s * self.scale(x)"};
    ArrayRef<NNModuleStackEntry> stacks[] = {linear, relu, block, mul};
    for (unsigned kind = 0; kind < 4; ++kind) {
      NamedAttrList attrs;
      attrs.set(nnModuleStackName, NNModuleStackAttr::get(context, stacks[kind]));
      attrs.set(torchFnName,
                getTorchFnForTarget(context, targets[kind].getValue()));
      metadata.push_back(attrs.getDictionary(context));
      // Two frames, as Python's traceback.format_list prints them.
      std::string trace = "  File \"bench/model.py\", line 40, in forward\n"
                          "    x = layer(x)\n"
                          "  File \"bench/model.py\", line " +
                          std::to_string(100 + 10 * layer + kind) +
                          ", in forward\n    " + lines[kind] + "\n";
      locations.push_back(getStackTraceLoc(context, trace));
    }
  }

  Value create(Kind kind, unsigned layer, ArrayAttr args, ValueRange operands,
               Type type) {
    StringAttr target = targets[kind];
    unsigned count = nameCounters[kind]++;
    SmallString<32> name(getNodeNameForTarget(target.getValue()));
    if (count) {
      name += '_';
      name += llvm::utostr(count);
    }
    auto op = CallFunctionOp::create(
        builder, locations[layer * 4 + kind], TypeRange{type}, name, target,
        args, emptyKwargs, operands);
    op->setDiscardableAttrs(metadata[layer * 4 + kind]);
    return op.getResult(0);
  }

  Value linearRelu(Value x, ArrayRef<Value> weights, ArrayRef<Value> biases,
                   unsigned layer) {
    Value h = create(Linear, layer, args3,
                     {x, weights[layer % weights.size()],
                      biases[layer % biases.size()]},
                     activation);
    return create(Relu, layer, args1, h, activation);
  }

  Value buildChain(Value x, ArrayRef<Value> weights, ArrayRef<Value> biases,
                   int64_t numOps) {
    for (int64_t block = 0; block < numOps / 4; ++block) {
      unsigned layer = block % kLayers;
      Value r = linearRelu(x, weights, biases, layer);
      Value s = create(Add, layer, args2, {r, x}, activation);
      x = create(Mul, layer, args2, {s, r}, activation);
    }
    return x;
  }

  Value buildTree(Value x, ArrayRef<Value> weights, ArrayRef<Value> biases,
                  int64_t numOps) {
    int64_t numLeaves = std::max<int64_t>(1, (numOps + 1) / 3);
    SmallVector<Value> level;
    level.reserve(numLeaves);
    for (int64_t leaf = 0; leaf < numLeaves; ++leaf)
      level.push_back(linearRelu(x, weights, biases, leaf % kLayers));
    for (unsigned depth = 0; level.size() > 1; ++depth) {
      SmallVector<Value> next;
      next.reserve(level.size() / 2 + 1);
      for (size_t i = 0; i + 1 < level.size(); i += 2)
        next.push_back(create(depth % 2 ? Mul : Add, (i / 2) % kLayers, args2,
                              {level[i], level[i + 1]}, activation));
      if (level.size() % 2)
        next.push_back(level.back());
      level = std::move(next);
    }
    return level.front();
  }

  MLIRContext *context;
  OpBuilder builder;
  Attribute node;
  DictAttr emptyKwargs;
  ArrayAttr args1, args2, args3;
  StringAttr nnModuleStackName, torchFnName;
  RankedTensorType activation;
  SmallVector<StringAttr> targets;
  /// Per layer and kind: the op's discardable attributes and location.
  SmallVector<DictionaryAttr> metadata;
  SmallVector<Location> locations;
  SmallVector<unsigned> nameCounters;
};

//===----------------------------------------------------------------------===//
// The decomposition
//===----------------------------------------------------------------------===//

/// linear(x, w, b) -> addmm(b, x, t(w)); relu(x) -> clamp_min(x, 0). Created
/// ops get `!fx.unknown` results (as FX creates nodes before their values)
/// and names made unique here, so the output verifies without a listener;
/// with `inferTypes` the pattern computes the types itself instead.
struct Decompose : OpRewritePattern<CallFunctionOp> {
  Decompose(MLIRContext *context, bool inferTypes)
      : OpRewritePattern(context), inferTypes(inferTypes) {
    Builder b(context);
    linear = b.getStringAttr("aten.linear.default");
    relu = b.getStringAttr("aten.relu.default");
    transpose = b.getStringAttr("aten.t.default");
    addmm = b.getStringAttr("aten.addmm.default");
    clampMin = b.getStringAttr("aten.clamp_min.default");
    Attribute node = NodeAttr::get(context);
    args1 = b.getArrayAttr({node});
    args3 = b.getArrayAttr({node, node, node});
    argsClamp = b.getArrayAttr({node, b.getI64IntegerAttr(0)});
    emptyKwargs = DictAttr::get(context);
    unknown = UnknownType::get(context);
  }

  LogicalResult matchAndRewrite(CallFunctionOp op,
                                PatternRewriter &rewriter) const override {
    StringAttr target = op.getTargetAttr();
    if (target == linear && op->getNumOperands() == 3) {
      Value t = create(rewriter, op.getLoc(), transpose, "t_", args1,
                       op->getOperand(1));
      Value mm = create(rewriter, op.getLoc(), addmm, "addmm_", args3,
                        {op->getOperand(2), op->getOperand(0), t});
      rewriter.replaceOp(op, mm);
      return success();
    }
    if (target == relu && op->getNumOperands() == 1) {
      Value clamped = create(rewriter, op.getLoc(), clampMin, "clamp_min_",
                             argsClamp, op->getOperand(0));
      rewriter.replaceOp(op, clamped);
      return success();
    }
    return rewriter.notifyMatchFailure(op, "not linear or relu");
  }

  Value create(PatternRewriter &rewriter, Location loc, StringAttr target,
               StringRef prefix, ArrayAttr args, ValueRange operands) const {
    SmallString<32> name(prefix);
    name += llvm::utostr(numCreated++);
    Type type = unknown;
    if (inferTypes) {
      SmallVector<Type, 1> inferred;
      if (succeeded(inferCallFunctionTypes(
              getContext(), target.getValue(), args, emptyKwargs,
              operands.getTypes(), /*shapeEnv=*/nullptr,
              [&] { return emitError(loc); }, inferred)) &&
          inferred.size() == 1)
        type = inferred.front();
    }
    return CallFunctionOp::create(rewriter, loc, TypeRange{type},
                                  name, target, args,
                                  emptyKwargs, operands)
        .getResult(0);
  }

  bool inferTypes;
  StringAttr linear, relu, transpose, addmm, clampMin;
  ArrayAttr args1, args3, argsClamp;
  DictAttr emptyKwargs;
  Type unknown;
  /// Created ops, also the suffix that keeps their names unique.
  mutable uint64_t numCreated = 0;
};

//===----------------------------------------------------------------------===//
// One measurement
//===----------------------------------------------------------------------===//

struct Measurement {
  double seconds = 0;
  /// CPU time of this thread over the same interval: on a shared machine it
  /// leaves out the time the process waited for a core.
  double cpuSeconds = 0;
  uint64_t created = 0;
  int64_t hwmAfterBuildKiB = -1;
  int64_t hwmAfterRewriteKiB = -1;
  /// VmRSS after the rewrite (the scope and its bookkeeping gone) and
  /// malloc_trim: what the output keeps.
  int64_t rssRetainedKiB = -1;
  /// Distinct discardable-attribute dictionaries on call ops after the
  /// rewrite, and distinct metadata values in them: what the metadata of all
  /// ops costs, since each op only points at its (uniqued) dictionary.
  uint64_t distinctDicts = 0, distinctValues = 0;
  bool ok = true;
  std::string error;
  /// --smoke: the output with metadata and inferred types stripped from the
  /// created ops.
  std::string normalized;
};

double threadCpuSeconds() {
  timespec time;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
  return time.tv_sec + time.tv_nsec * 1e-9;
}

std::unique_ptr<MLIRContext> makeContext(const BenchOptions &options) {
  DialectRegistry registry;
  registry.insert<FxDialect>();
  auto context = std::make_unique<MLIRContext>(
      registry, options.threading ? MLIRContext::Threading::ENABLED
                                  : MLIRContext::Threading::DISABLED);
  context->loadDialect<FxDialect>();
  return context;
}

bool isCreatedTarget(StringRef target) {
  return target == "aten.t.default" || target == "aten.addmm.default" ||
         target == "aten.clamp_min.default";
}

/// --smoke checks of one configuration's output.
void checkOutput(ModuleOp module, Config config, bool provenance,
                 Measurement &m) {
  if (failed(verify(module))) {
    m.ok = false;
    m.error = "the output does not verify";
    return;
  }
  MLIRContext *context = module.getContext();
  SmallVector<StringAttr, 4> keys = {
      StringAttr::get(context, "fx.nn_module_stack"),
      StringAttr::get(context, "fx.torch_fn"),
      StringAttr::get(context, "fx.custom")};
  bool wantTypes = config == Config::MetadataTypes ||
                   config == Config::PatternInfers;
  bool wantMetadata =
      config == Config::Metadata || config == Config::MetadataTypes;
  uint64_t created = 0;
  module.walk([&](CallFunctionOp op) {
    if (!isCreatedTarget(op.getTarget()))
      return;
    ++created;
    bool typed = !isa<UnknownType>(op->getResult(0).getType());
    if (typed != wantTypes && m.ok) {
      m.ok = false;
      m.error = (op.getName() + " has unexpected result type").str();
    }
    for (StringAttr key : keys)
      if (op->hasAttr(key) != wantMetadata && m.ok) {
        m.ok = false;
        m.error = (op.getName() + " has unexpected " + key.getValue()).str();
      }
    if (provenance && op.getFromNode().has_value() != wantMetadata && m.ok) {
      m.ok = false;
      m.error = (op.getName() + " has unexpected from_node").str();
    }
    // Normalize to what (a) produces.
    for (StringAttr key : keys)
      op->removeAttr(key);
    op.setFromNode(std::nullopt);
    op->getResult(0).setType(UnknownType::get(context));
  });
  if (created != m.created && m.ok) {
    m.ok = false;
    m.error = "created-op count mismatch";
  }
  llvm::raw_string_ostream os(m.normalized);
  module.print(os, OpPrintingFlags().enableDebugInfo());
}

/// The timed part: the listener scope (b, c) and the driver. Not inlined, so
/// that `valgrind --tool=callgrind --toggle-collect='*runRewrite*'` profiles
/// exactly what is timed.
LLVM_ATTRIBUTE_NOINLINE LogicalResult
runRewrite(Operation *root, const FrozenRewritePatternSet &patterns,
           Config config, bool greedy, bool provenance) {
  GreedyRewriteConfig greedyConfig;
  greedyConfig.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
  if (config == Config::Metadata || config == Config::MetadataTypes) {
    NodeMetadataOptions metadataOptions;
    metadataOptions.inferTypes = config == Config::MetadataTypes;
    metadataOptions.recordProvenance = provenance;
    metadataOptions.passName = "fx-bench";
    NodeMetadataScope scope(root, std::move(metadataOptions));
    LogicalResult result = success();
    if (greedy) {
      greedyConfig.setListener(scope.getListener());
      result = applyPatternsGreedily(root, patterns, greedyConfig);
    } else {
      walkAndApplyPatterns(root, patterns, scope.getListener());
    }
    if (failed(scope.finalize()))
      return failure();
    return result;
  }
  if (greedy)
    return applyPatternsGreedily(root, patterns, greedyConfig);
  walkAndApplyPatterns(root, patterns);
  return success();
}

Measurement measure(const BenchOptions &options, StringRef shape,
                    int64_t numOps, Config config, bool check) {
  Measurement m;
  std::unique_ptr<MLIRContext> context = makeContext(options);
  OwningOpRef<ModuleOp> module;
  {
    GraphBuilder graphBuilder(context.get());
    module = graphBuilder.build(shape, numOps);
  }
  if (!module) {
    m.ok = false;
    m.error = "could not build the graph";
    return m;
  }
  Operation *root = &*module->getBody()->begin();
  RewritePatternSet patterns(context.get());
  auto decompose = std::make_unique<Decompose>(
      context.get(), config == Config::PatternInfers);
  Decompose *pattern = decompose.get();
  patterns.add(std::move(decompose));
  FrozenRewritePatternSet frozen(std::move(patterns));
  m.hwmAfterBuildKiB = readStatusKiB("VmHWM");

  double cpuStart = threadCpuSeconds();
  auto start = std::chrono::steady_clock::now();
  LogicalResult result = runRewrite(root, frozen, config, options.greedy, options.provenance);
  auto end = std::chrono::steady_clock::now();
  m.cpuSeconds = threadCpuSeconds() - cpuStart;

  m.seconds = std::chrono::duration<double>(end - start).count();
  m.hwmAfterRewriteKiB = readStatusKiB("VmHWM");
  malloc_trim(0);
  m.rssRetainedKiB = readStatusKiB("VmRSS");
  llvm::DenseSet<Attribute> dicts, values;
  module->walk([&](CallFunctionOp op) {
    DictionaryAttr dict = op->getDiscardableAttrDictionary();
    if (!dict.empty() && dicts.insert(dict).second)
      for (NamedAttribute attr : dict)
        values.insert(attr.getValue());
  });
  m.distinctDicts = dicts.size();
  m.distinctValues = values.size();
  m.created = pattern->numCreated;
  if (failed(result)) {
    m.ok = false;
    m.error = "the driver failed";
  }
  if (options.dump)
    module->print(llvm::errs(), OpPrintingFlags().enableDebugInfo());
  if (check && m.ok)
    checkOutput(*module, config, options.provenance, m);
  return m;
}

//===----------------------------------------------------------------------===//
// Modes
//===----------------------------------------------------------------------===//

int runTiming(const BenchOptions &options) {
  StringRef driver = options.greedy ? "greedy" : "walk";
  for (const std::string &shape : options.shapes) {
    for (int64_t numOps : options.sizes) {
      SmallVector<SmallVector<double>> times(options.configs.size());
      SmallVector<SmallVector<double>> cpuTimes(options.configs.size());
      SmallVector<uint64_t> created(options.configs.size());
      for (unsigned round = 0; round < options.rounds; ++round) {
        for (auto [index, config] : llvm::enumerate(options.configs)) {
          Measurement m = measure(options, shape, numOps, config, false);
          if (!m.ok) {
            llvm::errs() << "error: " << shape << " N=" << numOps << " config "
                         << getConfigName(config) << ": " << m.error << "\n";
            return 1;
          }
          times[index].push_back(m.seconds);
          cpuTimes[index].push_back(m.cpuSeconds);
          created[index] = m.created;
        }
      }
      for (auto [index, config] : llvm::enumerate(options.configs)) {
        SmallVector<double> &t = times[index];
        llvm::sort(t);
        double cpuMin = *llvm::min_element(cpuTimes[index]);
        double perOp = 1e9 / static_cast<double>(created[index]);
        llvm::outs() << llvm::format(
            "RESULT {\"side\": \"mlir\", \"mode\": \"time\", \"driver\": "
            "\"%s\", \"shape\": \"%s\", \"n\": %lld, \"config\": \"%s\", "
            "\"created\": %llu, \"rounds\": %u, \"min_s\": %.6f, "
            "\"median_s\": %.6f, \"ns_per_op_min\": %.1f, "
            "\"ns_per_op_median\": %.1f, \"cpu_ns_per_op_min\": %.1f}\n",
            driver.data(), shape.c_str(), static_cast<long long>(numOps),
            getConfigName(config).data(),
            static_cast<unsigned long long>(created[index]), options.rounds,
            t.front(), t[t.size() / 2], t.front() * perOp,
            t[t.size() / 2] * perOp, cpuMin * perOp);
      }
      llvm::outs().flush();
    }
  }
  return 0;
}

int runRss(const BenchOptions &options) {
  if (options.shapes.size() != 1 || options.sizes.size() != 1 ||
      options.configs.size() != 1) {
    llvm::errs() << "error: --rss measures one shape, one N and one config "
                    "per process\n";
    return 1;
  }
  Measurement m = measure(options, options.shapes.front(),
                          options.sizes.front(), options.configs.front(),
                          false);
  if (!m.ok) {
    llvm::errs() << "error: " << m.error << "\n";
    return 1;
  }
  llvm::outs() << llvm::format(
      "RESULT {\"side\": \"mlir\", \"mode\": \"rss\", \"driver\": \"%s\", "
      "\"shape\": \"%s\", \"n\": %lld, \"config\": \"%s\", \"created\": "
      "%llu, \"seconds\": %.6f, \"hwm_build_kib\": %lld, "
      "\"hwm_peak_kib\": %lld, \"rss_retained_kib\": %lld, "
      "\"distinct_dicts\": %llu, \"distinct_values\": %llu}\n",
      options.greedy ? "greedy" : "walk", options.shapes.front().c_str(),
      static_cast<long long>(options.sizes.front()),
      getConfigName(options.configs.front()).data(),
      static_cast<unsigned long long>(m.created), m.seconds,
      static_cast<long long>(m.hwmAfterBuildKiB),
      static_cast<long long>(m.hwmAfterRewriteKiB),
      static_cast<long long>(m.rssRetainedKiB),
      static_cast<unsigned long long>(m.distinctDicts),
      static_cast<unsigned long long>(m.distinctValues));
  return 0;
}

int runSmoke(BenchOptions options) {
  options.sizes = {1000};
  bool ok = true;
  for (const std::string &shape : options.shapes) {
    std::string reference;
    for (Config config : {Config::None, Config::Metadata,
                          Config::MetadataTypes, Config::PatternInfers}) {
      Measurement m = measure(options, shape, 1000, config, true);
      if (m.ok && config == Config::None)
        reference = m.normalized;
      else if (m.ok && m.normalized != reference) {
        m.ok = false;
        m.error = "the output differs from (a) beyond metadata and types";
      }
      llvm::outs() << "smoke " << shape << " config " << getConfigName(config)
                   << ": created " << m.created << ", "
                   << (m.ok ? "ok" : "FAILED: " + m.error) << "\n";
      ok &= m.ok;
    }
  }
  return ok ? 0 : 1;
}

bool parseOptions(int argc, char **argv, BenchOptions &options) {
  for (int i = 1; i < argc; ++i) {
    StringRef arg = argv[i];
    auto [flag, value] = arg.split('=');
    SmallVector<StringRef> values;
    value.split(values, ',', -1, false);
    if (flag == "--shape") {
      options.shapes.clear();
      for (StringRef shape : values) {
        if (shape != "chain" && shape != "tree")
          return false;
        options.shapes.push_back(shape.str());
      }
    } else if (flag == "--n") {
      options.sizes.clear();
      for (StringRef size : values) {
        int64_t n;
        if (size.getAsInteger(10, n) || n < 4)
          return false;
        options.sizes.push_back(n);
      }
    } else if (flag == "--configs") {
      options.configs.clear();
      for (StringRef name : values) {
        if (name == "a")
          options.configs.push_back(Config::None);
        else if (name == "b")
          options.configs.push_back(Config::Metadata);
        else if (name == "c")
          options.configs.push_back(Config::MetadataTypes);
        else if (name == "i")
          options.configs.push_back(Config::PatternInfers);
        else
          return false;
      }
    } else if (flag == "--rounds") {
      if (value.getAsInteger(10, options.rounds) || options.rounds == 0)
        return false;
    } else if (flag == "--driver") {
      if (value != "walk" && value != "greedy")
        return false;
      options.greedy = value == "greedy";
    } else if (arg == "--no-threading") {
      options.threading = false;
    } else if (arg == "--rss") {
      options.rss = true;
    } else if (arg == "--smoke") {
      options.smoke = true;
    } else if (arg == "--dump") {
      options.dump = true;
    } else if (arg == "--provenance") {
      options.provenance = true;
    } else {
      return false;
    }
  }
  return !options.shapes.empty() && !options.sizes.empty() &&
         !options.configs.empty();
}

} // namespace

int main(int argc, char **argv) {
  BenchOptions options;
  if (!parseOptions(argc, argv, options)) {
    llvm::errs()
        << "usage: fx-bench [--shape=chain,tree] [--n=1000,...] "
           "[--configs=a,b,c,i] [--rounds=R] [--driver=walk|greedy] "
           "[--no-threading] [--provenance] [--rss | --smoke] [--dump]\n";
    return 2;
  }
  if (options.smoke)
    return runSmoke(options);
  if (options.rss)
    return runRss(options);
  return runTiming(options);
}
