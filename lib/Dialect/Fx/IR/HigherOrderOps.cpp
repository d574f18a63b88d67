//===- HigherOrderOps.cpp - PyTorch higher-order operators ----------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The calling conventions of PyTorch 2.13's higher-order operators as fx
// nodes, read from torch/_higher_order_ops (cond.py, map.py, while_loop.py,
// scan.py, wrap.py, invoke_subgraph.py) and checked on torch.export graphs
// (utils/export_hop_graphs.py):
//
//   cond(pred, true_fn, false_fn, operands)
//   map_impl(body_fn, xs, pos_args)
//   while_loop(cond_fn, body_fn, carried_inputs, additional_inputs)
//   scan(combine_fn, init, xs, additional_inputs)
//   wrap_with_set_grad_enabled(enabled, fn, *args)
//   wrap_with_autocast(device_type, dtype, enabled, cache_enabled, fn, *args)
//   invoke_subgraph(subgraph, identifier, *operands)
//   auto_functionalized_v2(op, **op_kwargs, _all_bases=[...])
//
// Each `*_fn` is a `get_attr` of a nested graph module; the list and tuple
// arguments are flattened into the subgraph's placeholders.
// auto_functionalized_v2 (auto_functionalize.py) calls an operator that
// mutates its args on clones of the mutated tensors' bases and returns the
// operator's returns (None when it returns nothing), then the clones.
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/HigherOrderOps.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::fx;

//===----------------------------------------------------------------------===//
// The operators
//===----------------------------------------------------------------------===//

namespace {
/// How a higher-order operator's value follows from its subgraphs.
enum class HopKind {
  /// Both branches' outputs, merged.
  Cond,
  /// The body's outputs, stacked along a new leading dim of xs' length.
  Map,
  /// The body's outputs, ints and SymInts replaced by new unbacked SymInts.
  WhileLoop,
  /// The combine function's carries, then its other outputs stacked.
  Scan,
  /// The subgraph's outputs, called with the args after it.
  Wrap,
  /// The wrapped operator's returns, then the mutated bases.
  AutoFunctionalized,
};

struct HopRule {
  StringLiteral name;
  HopKind kind;
  /// Wrap: the arg holding the subgraph and the first arg passed to it.
  unsigned subgraphArg = 0;
  unsigned firstInputArg = 0;
};
} // namespace

static constexpr HopRule kHopRules[] = {
    {"auto_functionalized_v2", HopKind::AutoFunctionalized},
    {"cond", HopKind::Cond},
    {"invoke_subgraph", HopKind::Wrap, 0, 2},
    {"map_impl", HopKind::Map},
    {"scan", HopKind::Scan},
    {"while_loop", HopKind::WhileLoop},
    {"wrap_with_autocast", HopKind::Wrap, 4, 5},
    {"wrap_with_set_grad_enabled", HopKind::Wrap, 1, 2},
};

/// `type(op).__name__` of every higher-order operator PyTorch 2.13 registers
/// (torch._ops._higher_order_ops), by name, as utils/hop_class_names.py
/// prints them.
static constexpr std::pair<StringLiteral, StringLiteral> kHopClassNames[] = {
    {"_export_tracepoint", "ExportTracepoint"},
    {"aoti_call_delegate", "AOTICallDelegate"},
    {"associative_scan", "AssociativeScanOp"},
    {"auto_functionalized", "AutoFunctionalized"},
    {"auto_functionalized_v2", "AutoFunctionalizedV2"},
    {"autograd_function_apply", "AutogradFunctionApply"},
    {"call_torchbind", "CallTorchBind"},
    {"cond", "CondOp"},
    {"custom_function_call", "CustomFunctionHigherOrderOperator"},
    {"dynamo_bypassing_wrapper", "DynamoBypassingWrapper"},
    {"executorch_call_delegate", "ExecutorchCallDelegate"},
    {"flat_apply", "FlatApply"},
    {"flex_attention", "FlexAttentionHOP"},
    {"flex_attention_backward", "FlexAttentionBackwardHOP"},
    {"foreach_map", "ForeachMap"},
    {"graphsafe_run_with_rng_state", "GraphSafeRunWithRngState"},
    {"hints_wrapper", "HintsWrapper"},
    {"inductor_compiled_code", "InductorCompiledCode"},
    {"inline_asm_elementwise", "InlineAsmElementwiseOp"},
    {"invoke_leaf_function", "InvokeLeafFunction"},
    {"invoke_quant", "InvokeQuantUnpacked"},
    {"invoke_quant_packed", "InvokeQuantTracer"},
    {"invoke_subgraph", "InvokeSubgraphHOP"},
    {"local_map_hop", "LocalMapHOP"},
    {"map_impl", "MapImpl"},
    {"out_dtype", "OutDtypeOperator"},
    {"print", "Print"},
    {"register_hook", "RegisterHookOp"},
    {"run_and_save_rng_state", "RunAndSaveRngState"},
    {"run_const_graph", "RunConstGraph"},
    {"run_dtensor_rng_op", "RunDTensorRngOp"},
    {"run_with_rng_state", "RunWithRngState"},
    {"scan", "ScanOp"},
    {"strict_mode", "StrictMode"},
    {"tag_activation_checkpoint", "TagActivationCheckpoint"},
    {"triton_kernel_wrapper_functional", "TritonKernelWrapperFunctional"},
    {"triton_kernel_wrapper_mutation", "TritonKernelWrapperMutation"},
    {"while_loop", "WhileLoopOp"},
    {"while_loop_stack_output", "WhileLoopStackOutputOp"},
    {"with_effects", "WithEffects"},
    {"wrap", "Wrap"},
    {"wrap_activation_checkpoint", "WrapActivationCheckpoint"},
    {"wrap_with_autocast", "WrapWithAutocast"},
    {"wrap_with_set_grad_enabled", "WrapWithSetGradEnabled"},
};

std::optional<StringRef> mlir::fx::getHigherOrderOpName(StringRef target) {
  target.consume_front("torch.ops.");
  if (!target.consume_front("higher_order.") || target.empty() ||
      target.contains('.'))
    return std::nullopt;
  return target;
}

StringRef mlir::fx::getHigherOrderOpClassName(StringRef name) {
  const auto *it = llvm::find_if(
      kHopClassNames, [&](const auto &entry) { return entry.first == name; });
  return it == std::end(kHopClassNames) ? StringRef("HigherOrderOperator")
                                        : StringRef(it->second);
}

static const HopRule *lookupHopRule(StringRef name) {
  const auto *it = llvm::find_if(
      kHopRules, [&](const HopRule &rule) { return rule.name == name; });
  return it == std::end(kHopRules) ? nullptr : it;
}

bool mlir::fx::hasHigherOrderTypeRule(StringRef name) {
  return lookupHopRule(name) != nullptr;
}

//===----------------------------------------------------------------------===//
// Types of values passed to and returned by subgraphs
//===----------------------------------------------------------------------===//

/// Whether two values may be the same FX value: unknown matches anything;
/// tensors need equal element types, ranks and static sizes (symbolic sizes
/// may be named differently, e.g. after a pass specializes the caller);
/// tuples match element by element; other values by kind.
static bool areCompatible(Type a, Type b) {
  if (isa<UnknownType>(a) || isa<UnknownType>(b))
    return true;
  auto tensorA = dyn_cast<RankedTensorType>(a);
  auto tensorB = dyn_cast<RankedTensorType>(b);
  if (tensorA && tensorB) {
    if (tensorA.getElementType() != tensorB.getElementType() ||
        tensorA.getRank() != tensorB.getRank())
      return false;
    return llvm::all_of_zip(
        tensorA.getShape(), tensorB.getShape(), [](int64_t x, int64_t y) {
          return ShapedType::isDynamic(x) || ShapedType::isDynamic(y) || x == y;
        });
  }
  auto tupleA = dyn_cast<TupleType>(a);
  auto tupleB = dyn_cast<TupleType>(b);
  if (tupleA && tupleB)
    return tupleA.size() == tupleB.size() &&
           llvm::all_of_zip(tupleA.getTypes(), tupleB.getTypes(),
                            areCompatible);
  return a.getTypeID() == b.getTypeID();
}

/// Whether `expr` mentions an unbacked symbol.
static bool hasUnbackedSymbol(AffineExpr expr) {
  bool found = false;
  expr.walk([&](AffineExpr sub) {
    if (auto symbol = dyn_cast<AffineSymbolExpr>(sub))
      found |= symbol.getPosition() >= kUnbackedSymbolBase;
  });
  return found;
}

/// Applies `fn` to every symbolic size (tensor dim or SymInt value) in `type`,
/// rebuilding the type from the sizes it returns.
static Type mapSizes(Type type, function_ref<AffineExpr(AffineExpr)> fn) {
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    SmallVector<AffineExpr> sizes = getDimSizes(tensor);
    for (AffineExpr &size : sizes)
      if (size)
        size = fn(size);
    return getTensorType(sizes, tensor.getElementType());
  }
  if (auto symInt = dyn_cast<SymIntType>(type))
    return symInt.getValue()
               ? SymIntType::get(type.getContext(), fn(symInt.getValue()))
               : type;
  if (auto tuple = dyn_cast<TupleType>(type))
    return TupleType::get(type.getContext(),
                          llvm::map_to_vector(tuple.getTypes(), [&](Type t) {
                            return mapSizes(t, fn);
                          }));
  return type;
}

namespace {
/// A subgraph: its graph and, for diagnostics, the graph module's name.
struct Subgraph {
  GraphOp graph;
  StringRef name;
  /// The placeholders, in order.
  SmallVector<PlaceholderOp> inputs;
  /// The value the graph returns: its output node's arg, as a type (lists
  /// and tuples become tuple types).
  Type output;
};

/// Reports errors at the call; checks the call against its subgraphs and
/// computes its value.
class HopCall {
public:
  HopCall(CallFunctionOp call, const HopRule &rule,
          UnbackedSymbolFn createUnbackedSymbol,
          SymbolTableCollection *symbolTables = nullptr)
      : call(call), rule(rule), createUnbackedSymbolFn(createUnbackedSymbol),
        symbolTables(symbolTables) {}

  /// Whether every subgraph arg names a nested graph module.
  bool resolveSubgraphs();
  FailureOr<Type> infer();

private:
  InFlightDiagnostic emitError() { return call.emitOpError(); }
  /// The value passed as args[i], flattened: one type per list or tuple
  /// element, constants typed as the SymInt, SymFloat or SymBool they become.
  LogicalResult getInputs(unsigned i, SmallVectorImpl<Type> &inputs);
  LogicalResult appendInputs(Attribute value, unsigned &operand,
                             SmallVectorImpl<Type> &inputs);
  /// The output of `subgraph` called with `inputs`: checks the inputs
  /// against its placeholders and renames the placeholders' size symbols to
  /// the inputs' sizes.
  FailureOr<Type> applySubgraph(Subgraph &subgraph, ArrayRef<Type> inputs);
  FailureOr<Subgraph> getSubgraph(unsigned i);
  FailureOr<Type> merge(Type a, Type b);
  FailureOr<Type> stack(Type type, AffineExpr size);
  /// One slice of each mapped or scanned input, without its leading dim.
  LogicalResult appendSlices(ArrayRef<Type> xs, SmallVectorImpl<Type> &inputs);
  AffineExpr createUnbackedSymbol();

  FailureOr<Type> inferCond();
  FailureOr<Type> inferMap();
  FailureOr<Type> inferWhileLoop();
  FailureOr<Type> inferScan();
  FailureOr<Type> inferWrap();
  FailureOr<Type> inferAutoFunctionalized();

  CallFunctionOp call;
  const HopRule &rule;
  UnbackedSymbolFn createUnbackedSymbolFn;
  SmallVector<Subgraph, 2> subgraphs;
  SymbolTableCollection *symbolTables;
  std::optional<unsigned> firstFreeSymbol;
};
} // namespace

/// The arg indices of a rule's subgraphs.
static SmallVector<unsigned, 2> getSubgraphArgs(const HopRule &rule) {
  switch (rule.kind) {
  case HopKind::Cond:
    return {1, 2};
  case HopKind::WhileLoop:
    return {0, 1};
  case HopKind::Map:
  case HopKind::Scan:
    return {0};
  case HopKind::Wrap:
    return {rule.subgraphArg};
  case HopKind::AutoFunctionalized:
    return {};
  }
  llvm_unreachable("unknown higher-order operator kind");
}

/// The graph module a node reference names through `get_attr`, or null.
/// `symbolTables` caches the lookup when given.
static GraphModuleOp lookupGraphModule(Value value,
                                       SymbolTableCollection *symbolTables) {
  auto getAttr = value.getDefiningOp<GetAttrOp>();
  if (!getAttr || !isa<GraphModuleType>(getAttr.getType()))
    return {};
  auto parent = getAttr->getParentOfType<GraphModuleOp>();
  if (!parent)
    return {};
  return dyn_cast_or_null<GraphModuleOp>(
      symbolTables
          ? symbolTables->lookupSymbolIn(parent, getAttr.getTargetAttr())
          : SymbolTable::lookupSymbolIn(parent, getAttr.getTargetAttr()));
}

/// The operand that args[i] is, when it is a single node reference.
static Value getNodeArg(CallFunctionOp call, unsigned i) {
  ArrayAttr args = call.getArgs();
  if (i >= args.size() || !isa<NodeAttr>(args[i]))
    return {};
  unsigned operand = 0;
  for (Attribute arg : args.getValue().take_front(i))
    operand += countNodeRefs(arg);
  return call->getOperand(operand);
}

bool HopCall::resolveSubgraphs() {
  return llvm::all_of(getSubgraphArgs(rule), [&](unsigned i) {
    Value arg = getNodeArg(call, i);
    if (!arg)
      return false;
    GraphModuleOp module = lookupGraphModule(arg, symbolTables);
    return module && module.getGraph() && module.getGraph().getOutput();
  });
}

FailureOr<Subgraph> HopCall::getSubgraph(unsigned i) {
  Value arg = getNodeArg(call, i);
  GraphModuleOp module =
      arg ? lookupGraphModule(arg, symbolTables) : GraphModuleOp();
  GraphOp graph = module ? module.getGraph() : GraphOp();
  if (!graph || !graph.getOutput())
    return emitError() << "arg " << i
                       << " must be a get_attr of a nested graph module";
  Subgraph subgraph{graph, module.getSymName(), {}, {}};
  for (Operation &op : graph.getBody().front())
    if (auto placeholder = dyn_cast<PlaceholderOp>(op))
      subgraph.inputs.push_back(placeholder);
  OutputOp output = graph.getOutput();
  if (output.getArgs().size() != 1 || !output.getKwargs().empty())
    return emitError() << "subgraph '" << subgraph.name
                       << "' must return one value";
  // Lists and tuples become tuple types, depth first, in operand order.
  unsigned operand = 0;
  auto toType = [&](auto &self, Attribute value) -> Type {
    if (isa<NodeAttr>(value))
      return output->getOperand(operand++).getType();
    if (isa<NoneAttr>(value))
      return NoneType::get(call.getContext());
    ArrayRef<Attribute> elements;
    if (auto list = dyn_cast<ArrayAttr>(value))
      elements = list.getValue();
    else if (auto tuple = dyn_cast<TupleAttr>(value))
      elements = tuple.getElements().getValue();
    else
      return {};
    SmallVector<Type> types;
    for (Attribute element : elements) {
      Type type = self(self, element);
      if (!type)
        return {};
      types.push_back(type);
    }
    return TupleType::get(call.getContext(), types);
  };
  subgraph.output = toType(toType, output.getArgs()[0]);
  if (!subgraph.output)
    return emitError() << "subgraph '" << subgraph.name
                       << "' returns a constant; its outputs must be nodes, "
                          "lists or tuples of nodes, or None";
  subgraphs.push_back(subgraph);
  return subgraph;
}

LogicalResult HopCall::appendInputs(Attribute value, unsigned &operand,
                                    SmallVectorImpl<Type> &inputs) {
  MLIRContext *context = call.getContext();
  if (isa<NodeAttr>(value)) {
    inputs.push_back(call->getOperand(operand++).getType());
    return success();
  }
  if (auto list = dyn_cast<ArrayAttr>(value)) {
    for (Attribute element : list)
      if (failed(appendInputs(element, operand, inputs)))
        return failure();
    return success();
  }
  if (auto tuple = dyn_cast<TupleAttr>(value))
    return appendInputs(tuple.getElements(), operand, inputs);
  if (isa<BoolAttr>(value))
    inputs.push_back(SymBoolType::get(context));
  else if (auto integer = dyn_cast<IntegerAttr>(value))
    inputs.push_back(SymIntType::get(
        context, getAffineConstantExpr(integer.getInt(), context)));
  else if (isa<FloatAttr>(value))
    inputs.push_back(SymFloatType::get(context));
  else if (isa<NoneAttr>(value))
    inputs.push_back(NoneType::get(context));
  else
    return emitError() << "cannot pass " << value << " to a subgraph";
  return success();
}

LogicalResult HopCall::getInputs(unsigned i, SmallVectorImpl<Type> &inputs) {
  ArrayAttr args = call.getArgs();
  if (i >= args.size())
    return emitError() << "expects at least " << i + 1 << " args, got "
                       << args.size();
  unsigned operand = 0;
  for (Attribute arg : args.getValue().take_front(i))
    operand += countNodeRefs(arg);
  return appendInputs(args[i], operand, inputs);
}

FailureOr<Type> HopCall::applySubgraph(Subgraph &subgraph,
                                       ArrayRef<Type> inputs) {
  if (subgraph.inputs.size() != inputs.size()) {
    InFlightDiagnostic diag =
        emitError() << "passes " << inputs.size() << " values to subgraph '"
                    << subgraph.name << "', which has "
                    << subgraph.inputs.size() << " placeholders";
    diag.attachNote(subgraph.graph.getLoc()) << "subgraph here";
    return diag;
  }
  // The placeholders' size symbols stand for the sizes the call passes.
  DenseMap<AffineExpr, AffineExpr> renaming;
  auto bind = [&](AffineExpr from, AffineExpr to) {
    if (from && to && isa<AffineSymbolExpr>(from))
      renaming.try_emplace(from, to);
  };
  for (auto [index, placeholder, input] :
       llvm::enumerate(subgraph.inputs, inputs)) {
    Type expected = placeholder.getType();
    if (!areCompatible(expected, input)) {
      InFlightDiagnostic diag =
          emitError() << "passes " << input << " to placeholder " << index
                      << " ('" << placeholder.getName() << "') of subgraph '"
                      << subgraph.name << "', of type " << expected;
      diag.attachNote(placeholder.getLoc()) << "placeholder here";
      return diag;
    }
    auto tensor = dyn_cast<RankedTensorType>(expected);
    auto inputTensor = dyn_cast<RankedTensorType>(input);
    if (tensor && inputTensor) {
      for (auto [from, to] :
           llvm::zip_equal(getDimSizes(tensor), getDimSizes(inputTensor)))
        bind(from, to);
    } else if (auto symInt = dyn_cast<SymIntType>(expected)) {
      if (auto inputSymInt = dyn_cast<SymIntType>(input))
        bind(symInt.getValue(), inputSymInt.getValue());
    }
  }
  if (renaming.empty())
    return subgraph.output;
  return mapSizes(subgraph.output,
                  [&](AffineExpr size) { return size.replace(renaming); });
}

AffineExpr HopCall::createUnbackedSymbol() {
  if (!firstFreeSymbol) {
    // PyTorch's unbacked symbols are global to the traced program: a new one
    // differs from those its subgraphs use.
    unsigned next = 0;
    auto note = [&](AffineExpr size) {
      size.walk([&](AffineExpr sub) {
        if (auto symbol = dyn_cast<AffineSymbolExpr>(sub);
            symbol && symbol.getPosition() >= kUnbackedSymbolBase)
          next = std::max(next, symbol.getPosition() - kUnbackedSymbolBase + 1);
      });
      return size;
    };
    for (Subgraph &subgraph : subgraphs)
      subgraph.graph.walk([&](Operation *op) {
        for (Type type : op->getResultTypes())
          mapSizes(type, note);
      });
    firstFreeSymbol = next;
  }
  return createUnbackedSymbolFn(*firstFreeSymbol);
}

/// cond's `_merge_output`: equal sizes without unbacked symbols stay, others
/// become new unbacked sizes; element types and ranks must agree.
FailureOr<Type> HopCall::merge(Type a, Type b) {
  if (isa<UnknownType>(a) || isa<UnknownType>(b))
    return UnknownType::get(call.getContext());
  auto mergeSize = [&](AffineExpr x, AffineExpr y) {
    if (x && x == y && !hasUnbackedSymbol(x))
      return x;
    return createUnbackedSymbol();
  };
  auto tensorA = dyn_cast<RankedTensorType>(a);
  auto tensorB = dyn_cast<RankedTensorType>(b);
  if (tensorA && tensorB &&
      tensorA.getElementType() == tensorB.getElementType() &&
      tensorA.getRank() == tensorB.getRank()) {
    SmallVector<AffineExpr> sizes;
    for (auto [x, y] :
         llvm::zip_equal(getDimSizes(tensorA), getDimSizes(tensorB)))
      sizes.push_back(mergeSize(x, y));
    return Type(getTensorType(sizes, tensorA.getElementType()));
  }
  auto symA = dyn_cast<SymIntType>(a);
  auto symB = dyn_cast<SymIntType>(b);
  if (symA && symB)
    return Type(SymIntType::get(call.getContext(),
                                mergeSize(symA.getValue(), symB.getValue())));
  auto tupleA = dyn_cast<TupleType>(a);
  auto tupleB = dyn_cast<TupleType>(b);
  if (tupleA && tupleB && tupleA.size() == tupleB.size()) {
    SmallVector<Type> merged;
    for (auto [x, y] : llvm::zip_equal(tupleA.getTypes(), tupleB.getTypes())) {
      FailureOr<Type> type = merge(x, y);
      if (failed(type))
        return failure();
      merged.push_back(*type);
    }
    return Type(TupleType::get(call.getContext(), merged));
  }
  if (a == b && !tupleA)
    return a;
  InFlightDiagnostic diag = emitError() << "branches return " << a << " and "
                                        << b << ", which cannot be merged";
  diag.attachNote(subgraphs[0].graph.getLoc()) << "true branch here";
  diag.attachNote(subgraphs[1].graph.getLoc()) << "false branch here";
  return diag;
}

/// map's and scan's stacking: a new leading dim of `size`.
FailureOr<Type> HopCall::stack(Type type, AffineExpr size) {
  if (isa<UnknownType>(type))
    return type;
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    SmallVector<AffineExpr> sizes = getDimSizes(tensor);
    sizes.insert(sizes.begin(), size);
    return Type(getTensorType(sizes, tensor.getElementType()));
  }
  if (auto tuple = dyn_cast<TupleType>(type)) {
    SmallVector<Type> stacked;
    for (Type element : tuple.getTypes()) {
      FailureOr<Type> elementType = stack(element, size);
      if (failed(elementType))
        return failure();
      stacked.push_back(*elementType);
    }
    return Type(TupleType::get(call.getContext(), stacked));
  }
  return emitError() << "subgraph '" << subgraphs.front().name << "' returns "
                     << type
                     << ", which cannot be stacked; its outputs must be "
                        "tensors";
}

LogicalResult HopCall::appendSlices(ArrayRef<Type> xs,
                                    SmallVectorImpl<Type> &inputs) {
  for (Type x : xs) {
    auto tensor = dyn_cast<RankedTensorType>(x);
    if (isa<UnknownType>(x)) {
      inputs.push_back(x);
      continue;
    }
    if (!tensor || tensor.getRank() == 0)
      return emitError() << "maps over " << x
                         << "; mapped inputs must be tensors of rank 1 or more";
    inputs.push_back(getTensorType(ArrayRef(getDimSizes(tensor)).drop_front(),
                                   tensor.getElementType()));
  }
  return success();
}

/// The leading size of the first mapped or scanned input: the length of the
/// stacked outputs.
static AffineExpr getLeadingSize(ArrayRef<Type> xs) {
  auto tensor =
      xs.empty() ? RankedTensorType() : dyn_cast<RankedTensorType>(xs.front());
  if (!tensor || tensor.getRank() == 0)
    return {};
  return getDimSizes(tensor).front();
}

FailureOr<Type> HopCall::inferCond() {
  SmallVector<Type> operands;
  FailureOr<Subgraph> trueBranch = getSubgraph(1);
  if (failed(trueBranch))
    return failure();
  FailureOr<Subgraph> falseBranch = getSubgraph(2);
  if (failed(falseBranch) || failed(getInputs(3, operands)))
    return failure();
  FailureOr<Type> trueOutput = applySubgraph(*trueBranch, operands);
  if (failed(trueOutput))
    return failure();
  FailureOr<Type> falseOutput = applySubgraph(*falseBranch, operands);
  if (failed(falseOutput))
    return failure();
  return merge(*trueOutput, *falseOutput);
}

FailureOr<Type> HopCall::inferMap() {
  SmallVector<Type> xs, inputs;
  FailureOr<Subgraph> body = getSubgraph(0);
  if (failed(body) || failed(getInputs(1, xs)) ||
      failed(appendSlices(xs, inputs)) || failed(getInputs(2, inputs)))
    return failure();
  FailureOr<Type> output = applySubgraph(*body, inputs);
  if (failed(output))
    return failure();
  return stack(*output, getLeadingSize(xs));
}

FailureOr<Type> HopCall::inferWhileLoop() {
  SmallVector<Type> carried, inputs;
  FailureOr<Subgraph> condFn = getSubgraph(0);
  if (failed(condFn))
    return failure();
  FailureOr<Subgraph> bodyFn = getSubgraph(1);
  if (failed(bodyFn) || failed(getInputs(2, carried)))
    return failure();
  inputs = carried;
  if (failed(getInputs(3, inputs)))
    return failure();
  FailureOr<Type> predicate = applySubgraph(*condFn, inputs);
  if (failed(predicate))
    return failure();
  auto predicateTensor = dyn_cast<RankedTensorType>(*predicate);
  bool isBoolScalar = isa<UnknownType, SymBoolType>(*predicate) ||
                      (predicateTensor && predicateTensor.getRank() == 0 &&
                       predicateTensor.getElementType().isInteger(1));
  if (!isBoolScalar) {
    InFlightDiagnostic diag =
        emitError() << "condition subgraph '" << condFn->name << "' returns "
                    << *predicate << "; it must return a bool scalar";
    diag.attachNote(condFn->graph.getLoc()) << "subgraph here";
    return diag;
  }
  FailureOr<Type> output = applySubgraph(*bodyFn, inputs);
  if (failed(output))
    return failure();
  auto outputs = dyn_cast<TupleType>(*output);
  if (!outputs ||
      !areCompatible(*output, TupleType::get(call.getContext(), carried))) {
    InFlightDiagnostic diag =
        emitError() << "body subgraph '" << bodyFn->name << "' returns "
                    << *output << ", which differs from the carried values ("
                    << carried << ")";
    diag.attachNote(bodyFn->graph.getLoc()) << "subgraph here";
    return diag;
  }
  // Carried ints change from one iteration to the next.
  SmallVector<Type> results;
  for (Type type : outputs.getTypes())
    results.push_back(
        isa<SymIntType>(type)
            ? SymIntType::get(call.getContext(), createUnbackedSymbol())
            : type);
  return Type(TupleType::get(call.getContext(), results));
}

FailureOr<Type> HopCall::inferScan() {
  SmallVector<Type> init, xs, inputs;
  FailureOr<Subgraph> combine = getSubgraph(0);
  if (failed(combine) || failed(getInputs(1, init)) || failed(getInputs(2, xs)))
    return failure();
  inputs = init;
  if (failed(appendSlices(xs, inputs)) || failed(getInputs(3, inputs)))
    return failure();
  FailureOr<Type> output = applySubgraph(*combine, inputs);
  if (failed(output))
    return failure();
  // The combine function returns the next carries, then one slice of each
  // stacked output.
  auto outputs = dyn_cast<TupleType>(*output);
  if (!outputs || outputs.size() < init.size() ||
      !areCompatible(TupleType::get(call.getContext(),
                                    outputs.getTypes().take_front(init.size())),
                     TupleType::get(call.getContext(), init))) {
    InFlightDiagnostic diag = emitError()
                              << "combine subgraph '" << combine->name
                              << "' returns " << *output
                              << ", which does not begin with the carried "
                                 "values ("
                              << init << ")";
    diag.attachNote(combine->graph.getLoc()) << "subgraph here";
    return diag;
  }
  SmallVector<Type> results(outputs.getTypes().take_front(init.size()));
  AffineExpr length = getLeadingSize(xs);
  for (Type y : outputs.getTypes().drop_front(init.size())) {
    FailureOr<Type> stacked = stack(y, length);
    if (failed(stacked))
      return failure();
    results.push_back(*stacked);
  }
  return Type(TupleType::get(call.getContext(), results));
}

FailureOr<Type> HopCall::inferWrap() {
  SmallVector<Type> inputs;
  FailureOr<Subgraph> fn = getSubgraph(rule.subgraphArg);
  if (failed(fn))
    return failure();
  for (unsigned i = rule.firstInputArg, e = call.getArgs().size(); i < e; ++i)
    if (failed(getInputs(i, inputs)))
      return failure();
  return applySubgraph(*fn, inputs);
}

FailureOr<Type> HopCall::inferAutoFunctionalized() {
  MLIRContext *context = call.getContext();
  ArrayAttr args = call.getArgs();
  if (args.size() != 1)
    return emitError() << "expects one positional arg, the operator it calls, "
                          "got "
                       << args.size();
  if (!isa<OperatorAttr>(args[0]))
    return emitError() << "arg 0 must be an operator "
                          "(torch.ops.namespace.op.overload), got "
                       << args[0];
  // The bases are node references (or None) in kwargs, after args'.
  unsigned operand = countNodeRefs(args);
  ArrayAttr bases;
  for (auto [key, value] :
       llvm::zip_equal(call.getKwargs().getKeys(), call.getKwargs().getValues())) {
    if (cast<StringAttr>(key).getValue() == "_all_bases") {
      bases = dyn_cast<ArrayAttr>(value);
      break;
    }
    operand += countNodeRefs(value);
  }
  if (!bases || !llvm::all_of(bases, llvm::IsaPred<NodeAttr, NoneAttr>))
    return emitError() << "expects `_all_bases`, a list of the tensors the "
                          "operator mutates";
  SmallVector<Type> clones;
  for (Attribute base : bases)
    clones.push_back(isa<NoneAttr>(base)
                         ? Type(NoneType::get(context))
                         : call->getOperand(operand++).getType());
  // The operator's returns come from its fake kernel, which only PyTorch has
  // (torch.export auto-functionalizes custom ops only, whose schemas the
  // program does not carry): the declared ones stand.
  Type declared = call->getNumResults() == 1 ? call->getResult(0).getType()
                                             : Type();
  if (isa_and_nonnull<UnknownType>(declared))
    return declared;
  auto declaredTuple = dyn_cast_or_null<TupleType>(declared);
  if (!declaredTuple || declaredTuple.size() < clones.size() + 1)
    return emitError() << "must return a tuple of the operator's returns "
                          "(None when it returns nothing) followed by its "
                       << clones.size() << " mutated bases";
  SmallVector<Type> results(
      declaredTuple.getTypes().drop_back(clones.size()));
  llvm::append_range(results, clones);
  return Type(TupleType::get(context, results));
}

FailureOr<Type> HopCall::infer() {
  if (rule.kind != HopKind::AutoFunctionalized && !call.getKwargs().empty())
    return emitError() << "takes positional args only";
  switch (rule.kind) {
  case HopKind::Cond:
    return inferCond();
  case HopKind::Map:
    return inferMap();
  case HopKind::WhileLoop:
    return inferWhileLoop();
  case HopKind::Scan:
    return inferScan();
  case HopKind::Wrap:
    return inferWrap();
  case HopKind::AutoFunctionalized:
    return inferAutoFunctionalized();
  }
  llvm_unreachable("unknown higher-order operator kind");
}

FailureOr<Type>
mlir::fx::inferHigherOrderCallType(CallFunctionOp call,
                                   UnbackedSymbolFn createUnbackedSymbol) {
  std::optional<StringRef> name = getHigherOrderOpName(call.getTarget());
  const HopRule *rule = name ? lookupHopRule(*name) : nullptr;
  if (!rule)
    return call.emitOpError() << "no type rule for the higher-order operator '"
                              << call.getTarget() << "'";
  return HopCall(call, *rule, createUnbackedSymbol).infer();
}

LogicalResult
mlir::fx::verifyHigherOrderCall(CallFunctionOp call,
                                SymbolTableCollection &symbolTables) {
  std::optional<StringRef> name = getHigherOrderOpName(call.getTarget());
  const HopRule *rule = name ? lookupHopRule(*name) : nullptr;
  if (!rule)
    return success();
  // Sizes the verifier makes up for merged branches and loop counters only
  // need to differ from the subgraphs' own: symbolic sizes are not compared.
  unsigned made = 0;
  auto makeSymbol = [&](unsigned firstFree) {
    return getUnbackedSymbol(call.getContext(), firstFree + made++);
  };
  HopCall hopCall(call, *rule, makeSymbol, &symbolTables);
  if (!hopCall.resolveSubgraphs())
    return success();
  FailureOr<Type> expected = hopCall.infer();
  if (failed(expected))
    return failure();
  if (call->getNumResults() != 1)
    return call.emitOpError() << "must have one result, the value its "
                                 "subgraphs compute: "
                              << *expected;
  Type declared = call->getResult(0).getType();
  if (!areCompatible(*expected, declared))
    return call.emitOpError()
           << "result type " << declared << " differs from " << *expected
           << (rule->kind == HopKind::AutoFunctionalized
                   ? ", the operator's returns followed by its mutated bases"
                   : ", the type its subgraphs compute");
  return success();
}
