#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Mutation testing for fx-mlir: does the test suite catch small, plausible bugs?

Each mutant of the catalogue below is one such bug (a flipped comparison, an
off-by-one, a dropped statement, swapped arguments, a wrong table row) in the
listener, node naming, the inference helpers, the decompositions, the passes
or the .pt2 translation. The script plants the mutants one at a time in the
source tree, rebuilds incrementally, runs the lit suite until its first
failure, and restores the file. A mutant is *killed* when a test fails (or
the tests hang) and that test passes on the unmutated tree, checked at the
end of the run; it *survives* when the whole suite passes.

    utils/mutate.py --list                 # the catalogue, and stale snippets
    utils/mutate.py                        # every mutant
    utils/mutate.py 'namespace-*' view-copy-squeeze-dim   # a subset (globs)
    utils/mutate.py --suites test --filter-out Python/    # faster, weaker suite

The suite runs in stages, each until its first failure, the most likely
killers first: the tests that killed the mutant in the last run (remembered
in BUILD/mutate-cache.json), the tests of the mutated component, the other
fast tests, the slow ones (by the times lit recorded in the last ordinary
run). The stages together are the whole suite, so a survivor has run all of
it; the order only makes kills cheap.

A mutant that cannot be killed because it does not change behaviour carries
the argument why (`equivalent=`); it is printed, not run and not scored
(--equivalent runs those too: each should survive).

Mutants are located by a code snippet, not a line number, so that edits
elsewhere in a file do not move them; runs of whitespace in a snippet match
any whitespace, so reformatting does not either. A snippet that no longer
matches exactly once is reported as STALE (refresh it or drop the mutant):
the script never skips a mutant silently, and exits with status 2 when any
is stale.

The tree is restored after each mutant even on errors and Ctrl-C; a copy of
the original file is kept in BUILD/mutate-backup while a mutant is in place,
and is put back by the next run if the script was killed. Needs the build
directory configured (see README); uses ninja -j2 (ccache makes restoring the
unmutated objects cheap) and /usr/lib/llvm-22/bin/lit.
"""

import argparse
import fnmatch
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutant:
    id: str
    path: str
    find: str
    replace: str
    what: str
    # Why the mutant cannot change behaviour, when it cannot.
    equivalent: str = ""


LISTENER = "lib/Dialect/Fx/Transforms/NodeMetadata.cpp"
NAMESPACE = "lib/Dialect/Fx/IR/NodeNamespace.cpp"
HELPERS = "lib/Dialect/Fx/Inference/InferenceHelpers.cpp"
DECOMPOSITIONS = "lib/Dialect/Fx/Transforms/DecompositionTable.cpp"
DECOMPOSE = "lib/Dialect/Fx/Transforms/Decompose.cpp"
VIEW_COPY = "lib/Dialect/Fx/Transforms/ReplaceViewOpsWithViewCopy.cpp"
SIDE_EFFECTS = "lib/Dialect/Fx/Transforms/FunctionalizeSideEffects.cpp"
RUNTIME_ASSERTS = "lib/Dialect/Fx/Transforms/InsertRuntimeAsserts.cpp"
QUANTIZED = "lib/Dialect/Fx/Transforms/ReplaceQuantizedOps.cpp"
SET_GRAD = "lib/Dialect/Fx/Transforms/ReplaceSetGradWithSubgraph.cpp"
HIGHER_ORDER = "lib/Dialect/Fx/IR/HigherOrderOps.cpp"
BUILTINS = "lib/Dialect/Fx/Inference/Rules/Builtins.cpp"
INFER_TYPES = "lib/Dialect/Fx/Transforms/InferTypes.cpp"
STRIDES = "lib/Dialect/Fx/Transforms/Decompositions/Strides.cpp"
VERIFY_CORE_ATEN = "lib/Dialect/Fx/Transforms/VerifyCoreAten.cpp"
ENCODE_LOCATIONS = "lib/Dialect/Fx/Transforms/EncodeModuleLocations.cpp"
PT2_IMPORT = "lib/Target/Pt2/Import.cpp"
PT2_EXPORT = "lib/Target/Pt2/Export.cpp"
PT2_JSON = "lib/Target/Pt2/JsonReader.cpp"
PT2_JSON_WRITER = "lib/Target/Pt2/JsonWriter.cpp"
PT2_JSON_WRITER_H = "lib/Target/Pt2/JsonWriter.h"
PT2_SCHEMA = "lib/Target/Pt2/Schema.cpp"
PT2_SCHEMA_H = "lib/Target/Pt2/Schema.h"
IN_PLACE = "lib/Dialect/Fx/Transforms/FunctionalizeInPlaceOps.cpp"
BYTECODE = "lib/Dialect/Fx/IR/FxBytecode.cpp"
INFERENCE = "lib/Dialect/Fx/Inference/TypeInference.cpp"
OPS = "lib/Dialect/Fx/IR/FxOps.cpp"
ATTRS = "lib/Dialect/Fx/IR/FxAttrs.cpp"
TOOL_OUTPUT = "lib/Support/ToolOutput.cpp"
FX_PT2 = "tools/fx-pt2/fx-pt2.cpp"

# A test taking at least this long (seconds, as lit last recorded it) runs
# in the last stage.
SLOW_TEST = 5.0

# The tests of each component (globs on source paths, then on test paths
# relative to the build directory), run first when a mutant has no
# remembered killer. Lit runs the slowest test of a run first: the PyTorch
# tests of a directory, minutes long, are left to the last stage.
COMPONENT_TESTS = [
    ("lib/Dialect/Fx/Transforms/NodeMetadata.cpp",
     ["test/Listener/*", "test/Unit", "test/Transforms/*.mlir"]),
    ("lib/Dialect/Fx/IR/NodeNamespace.cpp",
     ["test/Unit", "test/Listener/*", "test/Dialect/Fx/names.mlir"]),
    ("lib/Dialect/Fx/IR/HigherOrderOps.cpp",
     ["test/Dialect/Fx/higher-order*", "test/Inference/higher-order*"]),
    ("lib/Dialect/Fx/Inference/*", ["test/Inference/*.mlir", "test/Unit"]),
    ("lib/Dialect/Fx/Transforms/InferTypes.cpp",
     ["test/Inference/*.mlir", "test/Transforms/infer-types*"]),
    ("lib/Dialect/Fx/Transforms/Decompos*",
     ["test/Transforms/decompose*.mlir", "test/Transforms/decompositions/*.mlir"]),
    ("lib/Dialect/Fx/Transforms/ReplaceViewOpsWithViewCopy.cpp",
     ["test/Transforms/replace-view-ops-with-view-copy*"]),
    ("lib/Dialect/Fx/Transforms/FunctionalizeSideEffects.cpp",
     ["test/Transforms/functionalize-side-effects*"]),
    ("lib/Dialect/Fx/Transforms/FunctionalizeInPlaceOps.cpp",
     ["test/Transforms/functionalize-in-place-ops*"]),
    ("lib/Dialect/Fx/Transforms/InsertRuntimeAsserts.cpp",
     ["test/Transforms/insert-runtime-asserts*"]),
    ("lib/Dialect/Fx/Transforms/ReplaceQuantizedOps.cpp",
     ["test/Transforms/replace-quantized-ops*"]),
    ("lib/Dialect/Fx/Transforms/ReplaceSetGradWithSubgraph.cpp",
     ["test/Transforms/replace-set-grad-with-subgraph*"]),
    ("lib/Dialect/Fx/Transforms/VerifyCoreAten.cpp",
     ["test/Transforms/verify-core-aten*"]),
    ("lib/Dialect/Fx/Transforms/EncodeModuleLocations.cpp",
     ["test/Transforms/encode-module-locations*"]),
    ("lib/Target/Pt2/JsonWriter*", ["test/Unit", "test/Translate/*.mlir"]),
    ("lib/Target/Pt2/*", ["test/Translate/*.mlir"]),
    ("lib/Dialect/Fx/IR/FxBytecode.cpp", ["test/Dialect/Fx/bytecode*"]),
    ("lib/Dialect/Fx/IR/FxOps.cpp", ["test/Dialect/Fx/*.mlir", "test/Unit"]),
    ("lib/Dialect/Fx/IR/FxAttrs.cpp", ["test/Dialect/Fx/*.mlir"]),
    ("lib/Support/ToolOutput.cpp", ["test/Translate/emit-bytecode.mlir"]),
    ("tools/fx-pt2/*", ["test/Tools/fx-pt2*"]),
]

CATALOGUE = [
    # The listener.
    Mutant("listener-original-aten-copied-wins", LISTENER,
           "if (attrs.get(originalAtenName) == originalAten) return attrs;",
           "if (attrs.get(originalAtenName)) return attrs;",
           "the original_aten copied from the replaced node wins over the dispatched op"),
    Mutant("listener-original-aten-getitem-own", LISTENER,
           "return tuple ? tuple->getAttrOfType<OperatorAttr>(originalAtenName) : OperatorAttr();",
           "return OperatorAttr();",
           "a getitem made above make_fx's dispatch does not record its tuple's op"),
    Mutant("listener-kept-original-aten-own-wins", LISTENER,
           "if (attrs.get(impl->originalAtenName) != originalAten)",
           "if (!attrs.get(impl->originalAtenName))",
           "a kept node's own original_aten wins over the op the retrace dispatches"),
    Mutant("listener-kept-original-aten-any-policy", LISTENER,
           "if (impl->options.policy != InheritancePolicy::ReplacedOp) return; OperatorAttr originalAten =",
           "OperatorAttr originalAten =",
           "the first-argument policy records original_aten on kept nodes"),
    Mutant("listener-finalize-fallback", LISTENER,
           "for (Operation *op : impl->pending) impl->inheritFromFirstArgument(op, /*rewriteRoot=*/nullptr);",
           "for (Operation *op : impl->pending) (void)op;",
           "finalize() drops the first-argument fallback of the replaced-op policy"),
    Mutant("listener-cache-key-from-root", LISTENER,
           "rootAttrs[{source, rootMetadata.target, unsigned(isCall)}]",
           "rootAttrs[{source, StringAttr(), unsigned(isCall)}]",
           "the root-attributes cache key forgets the root's target"),
    Mutant("listener-torch-fn-from-source", LISTENER,
           "if (entry.getName() == name && !(target && name == torchFnName))",
           "if (entry.getName() == name)",
           "torch_fn is taken from the source node, not the node's own target"),
    Mutant("listener-torch-fn-not-from-root", LISTENER,
           "for (StringAttr key : replacedOpAttrNames) if (!attrs.get(key))",
           "for (StringAttr key : replacedOpAttrNames) if (!attrs.get(key) && key != torchFnName)",
           "run_decompositions' torch_fn is not taken from the replaced node"),
    Mutant("listener-explicit-not-first", LISTENER,
           "if (target) attrs.append(explicitAttrs.getValue());",
           "",
           "explicit metadata is not written on created calls (rule 4)"),
    Mutant("listener-no-stack-sentinel", LISTENER,
           "if (!attrs.get(nnModuleStackName)) attrs.append(nnModuleStackName, emptyStack);",
           "",
           "no empty nn_module_stack sentinel for a source without one (rule 6)"),
    Mutant("listener-no-empty-custom", LISTENER,
           "if (!attrs.get(customName)) attrs.append(customName, emptyCustom);",
           "",
           "no empty custom dict for a source without one (rule 8)"),
    Mutant("listener-copies-not-kept", LISTENER,
           "Attribute own = op->getAttr(attr.getName());",
           "Attribute own = nullptr;",
           "cloned nodes lose their own metadata"),
    Mutant("listener-no-arg-no-explicit", LISTENER,
           "if (call) setDiscardableAttrs(op, explicitAttrs);",
           "if (call) setDiscardableAttrs(op, DictionaryAttr::get(op->getContext()));",
           "a created call without node arguments gets no explicit metadata (rule 5)"),
    Mutant("listener-sym-float-type", LISTENER,
           "if (succeeded(inferSymDunderTypes(method, types))) method->getResult(0).setType(types.front());",
           "if (succeeded(inferSymDunderTypes(method, types))) method->getResult(0).setType(SymIntType::get(method.getContext()));",
           "created sym dunders all typed as ints (__sym_float__, round(x, ndigits))"),
    Mutant("listener-no-none-result", LISTENER,
           "call->getResult(0).setType(NoneType::get(call.getContext()));",
           "",
           "a schema returning nothing leaves its placeholder result unknown"),
    Mutant("listener-memo-unbacked", LISTENER,
           "if (shapeEnv->getNumCreatedSymbols() == symbolsBefore) inferenceMemo",
           "if (true) inferenceMemo",
           "types with fresh unbacked symbols are remembered and reused"),
    Mutant("listener-root-loc", LISTENER,
           "if (call && !options.explicitMetadata.stackTrace && !hasOwnMetadata) op->setLoc(rootMetadata.loc);",
           "",
           "run_decompositions' created nodes lose the replaced node's stack trace"),
    Mutant("listener-pending-operands", LISTENER,
           "llvm::append_range(worklist, def->getOperands());",
           "",
           "only the replacing op itself, not its pending operands, is attributed"),
    Mutant("listener-pattern-root", LISTENER,
           "root->isProperAncestor(op)) rootMetadata = getRootMetadata(op);",
           "root->isProperAncestor(op)) {}",
           "the pattern root reported by the driver is ignored"),
    Mutant("listener-original-aten-not-replaced", LISTENER,
           "it->setValue(value);",
           "(void)it;",
           "a created node keeps the original_aten copied from its root over the op being dispatched"),
    Mutant("listener-provenance-not-replaced", LISTENER,
           "cast<CallFunctionOp>(def).setFromNode(provenance);",
           "(void)def;",
           "a node that replaces another keeps the provenance of a node made from nothing"),
    Mutant("listener-given-provenance-ignored", LISTENER,
           "if (own && givenProvenance.contains(own->getOpaquePointer())) {",
           "if (false) {",
           "a node this pass made and rewrites again is named as the source of the nodes made of it"),
    Mutant("listener-provenance-overwrites-own", LISTENER,
           "if (provenance && !node.getProperties().from_node)",
           "if (provenance)",
           "a created node that carries its own from_node (a clone) loses it to the recorded provenance"),
    Mutant("listener-copied-from-node-dropped", LISTENER,
           "if (options.policy == InheritancePolicy::ReplacedOp && own) rootMetadata.provenance = *own;",
           "",
           "without provenance, the replaced-op policy does not copy the root's from_node (_COPY_META_FIELDS)"),
    Mutant("listener-move-claims-name", LISTENER,
           "if (auto it = namespaces.find(parent); it != namespaces.end()) it->second->insert(node.getName());",
           "",
           "a node moved into another graph does not claim its name there"),
    Mutant("listener-move-frees-name", LISTENER,
           "if (auto it = namespaces.find(previousParent); it != namespaces.end()) it->second->erase(node.getName());",
           "",
           "a node moved out of a graph keeps its name taken there"),
    # Node naming.
    Mutant("namespace-split-bit-boundary", NAMESPACE,
           "/*hasBit=*/!leadingZero && suffix < kMaxBitSuffix",
           "/*hasBit=*/!leadingZero && suffix <= kMaxBitSuffix",
           "suffix kMaxBitSuffix gets a bit (one past the vector)"),
    Mutant("namespace-last-number", NAMESPACE,
           "if (split.hasNumber) names.lastNumber = split.suffix;",
           "",
           "a base does not count on from the number it was given last"),
    Mutant("namespace-reserved", NAMESPACE,
           "if (isReservedPythonName(name)) useNumber(number + 1);",
           "",
           "Python builtins and keywords are accepted as node names"),
    Mutant("namespace-skip-new-node", NAMESPACE,
           "name && &op != skip",
           "name",
           "a graph's namespace, read when its first new node arrives, includes that node"),
    # Inference helpers.
    Mutant("helpers-promote-width", HELPERS,
           "return wa >= wb ? a : b;",
           "return wa <= wb ? a : b;",
           "integer promotion picks the narrower type"),
    Mutant("helpers-promote-mixed-sign", HELPERS,
           "std::max(getBitWidth(signedType), 2 * getBitWidth(unsignedType));",
           "std::max(getBitWidth(signedType), getBitWidth(unsignedType));",
           "signed with unsigned does not widen"),
    Mutant("helpers-promote-half-bfloat", HELPERS,
           "if (getBitWidth(a) == 16 && getBitWidth(b) == 16) return ScalarType::float32;",
           "",
           "float16 with bfloat16 does not meet at float32"),
    Mutant("helpers-categories-float", HELPERS,
           "if (ch == DTypeCategory::Floating) return higher;",
           "",
           "a float scalar promotes a float tensor"),
    Mutant("helpers-broadcast-one", HELPERS,
           "else if (ca && ca.getValue() == 1) result[i] = b;",
           "else if (ca && ca.getValue() == 1) result[i] = a;",
           "broadcasting keeps the size 1"),
    Mutant("helpers-broadcast-mismatch", HELPERS,
           "else if (ca && cb) return failure();",
           "",
           "two different constant sizes broadcast"),
    Mutant("helpers-dim-range", HELPERS,
           "if (dim < -extent || dim >= extent)",
           "if (dim < -extent || dim > extent)",
           "dim == rank is accepted"),
    Mutant("helpers-dim-zero-rank", HELPERS,
           "int64_t extent = std::max<int64_t>(rank, 1);",
           "int64_t extent = rank;",
           "a 0-d tensor rejects dims 0 and -1"),
    Mutant("helpers-dim-list-repeat", HELPERS,
           "if (mask[*d]) return call.emitParamError(param)",
           "if (false) return call.emitParamError(param)",
           "repeated dims in a dim list are accepted"),
    Mutant("helpers-pool-ceil", HELPERS,
           "(*out - 1) * stride >= *in + padding",
           "(*out - 1) * stride > *in + padding",
           "ceil_mode keeps a last window that starts in the right padding"),
    Mutant("helpers-like-terms", HELPERS,
           "coefficient += terms[j++].coefficient;",
           "coefficient = terms[j++].coefficient;",
           "like terms of a size expression are not added"),
    Mutant("helpers-can-cast", HELPERS,
           "return getCategory(from) <= getCategory(to);",
           "return getCategory(from) < getCategory(to);",
           "can_cast refuses a cast within a category"),
    # Decompositions.
    Mutant("decompose-kept-nodes-skipped", DECOMPOSE,
           "if (!createdByPass.contains(op)) scope.getListener()->recordKeptNode(op);",
           "(void)op;",
           "the nodes fx-decompose keeps get no original_aten"),
    Mutant("decompose-created-nodes-as-kept", DECOMPOSE,
           "if (!createdByPass.contains(op)) scope.getListener()->recordKeptNode(op);",
           "scope.getListener()->recordKeptNode(op);",
           "the created nodes are treated as kept: each records its own op"),
    Mutant("decompose-composite-implicit-inside", DECOMPOSE,
           "if (entry.compositeImplicit) return DispatchedOp::eachCreatedOp();",
           "",
           "a CompositeImplicitAutograd op's nodes record the op, as if make_fx's table decomposed it"),
    Mutant("decompose-dispatch-step-ignored", DECOMPOSITIONS,
           "if (enclosing.isEachCreatedOp())",
           "if (false)",
           "a step of PyTorch's chain done in place (reshape's _unsafe_view) is not named"),
    Mutant("decompose-gelu-constant", DECOMPOSITIONS,
           "Value scaled = b.create(\"aten.mul.Tensor\", {a, b.getFloat(kSqrt1_2)});",
           "Value scaled = b.create(\"aten.mul.Tensor\", {a, b.getFloat(kSqrt2)});",
           "gelu scales by sqrt(2) instead of 1/sqrt(2)"),
    Mutant("decompose-softplus-threshold", DECOMPOSITIONS,
           "b.create(\"aten.gt.Scalar\", {scaled, *threshold})",
           "b.create(\"aten.gt.Scalar\", {a, *threshold})",
           "softplus compares the input, not input * beta, with the threshold"),
    Mutant("decompose-elu-negcoef", DECOMPOSITIONS,
           "Attribute negcoef = multiply(b, *alpha, *scale);",
           "Attribute negcoef = *alpha;",
           "elu's negative branch forgets scale"),
    Mutant("decompose-elu-input-scale", DECOMPOSITIONS,
           "b.create(\"aten.mul.Tensor\", {x, *inputScale})",
           "b.create(\"aten.mul.Tensor\", {x, *scale})",
           "elu's negative branch uses scale for input_scale"),
    Mutant("decompose-addmm-beta-zero", DECOMPOSITIONS,
           "if (isNumber(*beta, 0)) return result(b, out);",
           "",
           "addmm with beta=0 still adds self * 0 (NaNs in self leak)"),
    Mutant("decompose-addmm-alpha", DECOMPOSITIONS,
           "if (!isNumber(*alpha, 1))",
           "if (isNumber(*alpha, 0))",
           "addmm drops alpha"),
    Mutant("decompose-linear-rank", DECOMPOSITIONS,
           "if (rank == 2 && bias)",
           "if (rank >= 2 && bias)",
           "linear of a 3-d input uses addmm"),
    Mutant("decompose-softmax-bf16", DECOMPOSITIONS,
           "bool upcast = elementType.isF16() || elementType.isBF16();",
           "bool upcast = elementType.isF16();",
           "bfloat16 softmax is not computed in float32"),
    Mutant("decompose-var-correction", DECOMPOSITIONS,
           "b.getInt(static_cast<int64_t>(n.value - c.value))",
           "b.getInt(static_cast<int64_t>(n.value + c.value))",
           "var divides by n + correction"),
    Mutant("decompose-numel-constant", DECOMPOSITIONS,
           "if (constant != 1) product = getSymbolicValue(productExpr * constant,",
           "if (false) product = getSymbolicValue(productExpr * constant,",
           "a symbolic numel forgets its constant factor"),
    Mutant("decompose-flatten-same-dim", DECOMPOSITIONS,
           "if (*first == *last) return x;",
           "",
           "flatten(start == end) creates a view"),
    Mutant("decompose-batch-norm-rank2", DECOMPOSITIONS,
           "for (int64_t i = 2; i < rank; ++i) perChannel =",
           "for (int64_t i = 1; i < rank; ++i) perChannel =",
           "batch norm unsqueezes its per-channel tensors once too often"),
    Mutant("decompose-first-argument-loc", DECOMPOSE,
           "if (policy == InheritancePolicy::FirstArgument) { Location unknown",
           "if (policy != InheritancePolicy::FirstArgument) { Location unknown",
           "the hook's policy keeps the stack trace; run_decompositions' drops it"),
    Mutant("decompose-type-check", DECOMPOSE,
           "if (isOrContainsUnknown(expected) || expected == value->getType()) continue;",
           "continue;",
           "a decomposition computing another type replaces the node silently"),
    # Passes.
    Mutant("view-copy-squeeze-dim", VIEW_COPY,
           "{\"aten.squeeze.dim\", \"aten.squeeze_copy.dim\"}",
           "{\"aten.squeeze.dim\", \"aten.squeeze_copy.default\"}",
           "squeeze.dim maps to the wrong _copy overload"),
    Mutant("view-copy-unfold-row", VIEW_COPY,
           "{\"aten.unfold.default\", \"aten.unfold_copy.default\"},",
           "",
           "a row of the view table is missing"),
    Mutant("side-effects-single-output", SIDE_EFFECTS,
           "if (result) elements.push_back(result); elements.push_back(node); newResult = TupleAttr::get(context, rewriter.getArrayAttr(elements));",
           "if (result) elements.push_back(result); elements.push_back(node); newResult = rewriter.getArrayAttr(elements);",
           "a single output plus the token becomes a list, not a tuple"),
    Mutant("side-effects-token-index", SIDE_EFFECTS,
           "chain.token, ++chain.length);",
           "chain.token, chain.length++);",
           "the first functional assert is named dep_token0 too"),
    Mutant("side-effects-nested", SIDE_EFFECTS,
           "if (module && module->getParentOfType<GraphModuleOp>()) {",
           "if (false) {",
           "asserts of nested graph modules are functionalized"),
    Mutant("runtime-asserts-message", RUNTIME_ASSERTS,
           "(isLower ? \" >= \" : \" <= \")",
           "(isLower ? \" <= \" : \" >= \")",
           "the assert message has the comparison the wrong way round"),
    Mutant("runtime-asserts-infinite-upper", RUNTIME_ASSERTS,
           "if (entry.upper != RangeConstraintsAttr::kPosInf &&",
           "if (",
           "an unbounded upper bound gets an assert"),
    Mutant("quantized-add-relu", QUANTIZED,
           "{\"quantized.add_relu.default\", QuantizedKind::Binary, \"aten.add.Tensor\", true},",
           "{\"quantized.add_relu.default\", QuantizedKind::Binary, \"aten.add.Tensor\", false},",
           "add_relu loses its relu"),
    Mutant("quantized-int8-range", QUANTIZED,
           "return QuantDType{ScalarType::int8, -128, 127};",
           "return QuantDType{ScalarType::int8, -127, 127};",
           "qint8's quant_min is off by one"),
    Mutant("set-grad-submodule-index", SET_GRAD,
           "(\"submod_\" + Twine(enter.index)).str()",
           "(\"submod_\" + Twine(enter.index - 1)).str()",
           "outlined graph modules are numbered from 0"),
    Mutant("set-grad-keeps-exit", SET_GRAD,
           "rewriter.eraseOp(exit); rewriter.eraseOp(enter.op);",
           "rewriter.eraseOp(enter.op);",
           "the closing _set_grad_enabled(True) stays in the graph"),
    # Higher-order op typing.
    Mutant("hop-autocast-first-input", HIGHER_ORDER,
           "{\"wrap_with_autocast\", HopKind::Wrap, 4, 5}",
           "{\"wrap_with_autocast\", HopKind::Wrap, 4, 4}",
           "wrap_with_autocast passes its subgraph to itself as the first input"),
    Mutant("hop-merge-different-sizes", HIGHER_ORDER,
           "if (x && x == y && !hasUnbackedSymbol(x)) return x;",
           "if (x && !hasUnbackedSymbol(x)) return x;",
           "cond's branches of different sizes merge to the true branch's size"),
    Mutant("hop-merge-unbacked", HIGHER_ORDER,
           "if (x && x == y && !hasUnbackedSymbol(x)) return x;",
           "if (x && x == y) return x;",
           "cond's merged unbacked sizes are kept, not made fresh"),
    Mutant("hop-stack-leading", HIGHER_ORDER,
           "sizes.insert(sizes.begin(), size);",
           "sizes.push_back(size);",
           "map and scan stack their outputs along a new last dim"),
    Mutant("hop-slice-drops-last", HIGHER_ORDER,
           "ArrayRef(getDimSizes(tensor)).drop_front()",
           "ArrayRef(getDimSizes(tensor)).drop_back()",
           "a mapped input's slice drops its last dim, not its leading one"),
    Mutant("hop-while-carried-ints", HIGHER_ORDER,
           "isa<SymIntType>(type) ? SymIntType::get(call.getContext(), createUnbackedSymbol()) : type",
           "type",
           "while_loop's carried ints keep their initial values"),
    Mutant("hop-scan-stacks-carries", HIGHER_ORDER,
           "for (Type y : outputs.getTypes().drop_front(init.size()))",
           "for (Type y : outputs.getTypes().drop_front(0))",
           "scan stacks the carries as well as the other outputs"),
    Mutant("hop-static-sizes-unchecked", HIGHER_ORDER,
           "return ShapedType::isDynamic(x) || ShapedType::isDynamic(y) || x == y;",
           "return true;",
           "a subgraph accepts tensors of other static sizes"),
    Mutant("hop-fresh-symbol-reused", HIGHER_ORDER,
           "next = std::max(next, symbol.getPosition() - kUnbackedSymbolBase + 1);",
           "next = std::max(next, symbol.getPosition() - kUnbackedSymbolBase);",
           "a new unbacked size reuses the last one its subgraphs use"),
    Mutant("hop-while-predicate-rank", HIGHER_ORDER,
           "(predicateTensor && predicateTensor.getRank() == 0 &&",
           "(predicateTensor &&",
           "while_loop accepts a condition returning a bool vector"),
    Mutant("hop-sizes-renamed-backwards", HIGHER_ORDER,
           "llvm::zip_equal(getDimSizes(tensor), getDimSizes(inputTensor))) bind(from, to);",
           "llvm::zip_equal(getDimSizes(tensor), getDimSizes(inputTensor))) bind(to, from);",
           "a subgraph's output keeps its placeholders' size symbols"),
    # Sym dunder typing.
    Mutant("sym-dunder-round-none-digits", BUILTINS,
           "bool hasNDigits = args.size() == 2 && !isa<NoneAttr>(args[1]);",
           "bool hasNDigits = args.size() == 2;",
           "round(x, None) on a SymFloat is typed as a float, not an int"),
    Mutant("sym-dunder-int-value", BUILTINS,
           "if (isa<SymIntType>(self)) { results.push_back(self);",
           "if (isa<SymIntType>(self)) { results.push_back(SymIntType::get(context));",
           "a dunder of a SymInt loses the size it stands for"),
    Mutant("sym-dunder-extra-args", BUILTINS,
           "size_t maxArgs = isRound ? 2 : 1;",
           "size_t maxArgs = 2;",
           "__floor__ and the others accept a second arg"),
    Mutant("infer-types-check-accepts", INFER_TYPES,
           "if (TypeRange(inferred) == op->getResultTypes()) return success();",
           "return success();",
           "fx-infer-types' check mode accepts any types"),
    # The walk-based passes: each op's new nodes attributed by a RewriteGuard.
    Mutant("decompose-no-rewrite-guard", DECOMPOSE,
           "NodeMetadataScope::RewriteGuard guard = scope.rewriting(op, getDispatchedOp(op, *entry, depth > 0, cache));",
           "",
           "fx-decompose's new nodes are not attributed to the decomposed node"),
    Mutant("side-effects-no-rewrite-guard", SIDE_EFFECTS,
           "NodeMetadataScope::RewriteGuard guard = scope.rewriting(op);",
           "",
           "functional asserts are not attributed to the assert they replace"),
    Mutant("view-copy-no-rewrite-guard", VIEW_COPY,
           "NodeMetadataScope::RewriteGuard guard = scope.rewriting(view);",
           "",
           "a _copy node is not attributed to the view it replaces",
           equivalent="the pass creates one node per view, the view's "
           "replacement, and the listener attributes a replacement to the op "
           "it replaces (notifyOperationReplaced) when no rewrite names one: "
           "the source is the view either way"),
    Mutant("quantized-no-rewrite-guard", QUANTIZED,
           "NodeMetadataScope::RewriteGuard guard = scope.rewriting(op);",
           "",
           "dequantized nodes are not attributed to the quantized op they replace",
           equivalent="every node a rewrite creates feeds the quantized op's "
           "replacement (weight dequantize -> standard op -> relu -> quantize "
           "-> dequantize), and the listener attributes a replacement and the "
           "pending nodes feeding it to the replaced op when no rewrite names "
           "one: the source is the quantized op either way"),
    # Strides of views (decompositions that branch on them).
    Mutant("strides-expand-keeps-stride", STRIDES,
           "j < 0 || (isConstantSize(sizes[j], 1) && newSizes[i] != sizes[j]);",
           "j < 0;",
           "an expanded size-1 dim keeps its stride instead of 0"),
    Mutant("strides-slice-step", STRIDES,
           "canonicalizeSize(strides[*d] * stepArg.value_or(1))",
           "canonicalizeSize(strides[*d])",
           "a slice with a step keeps the dim's stride"),
    Mutant("strides-contiguous-size-zero", STRIDES,
           "if (!isConstantSize(sizes[i], 0)) stride = canonicalizeSize(stride * sizes[i]);",
           "stride = canonicalizeSize(stride * sizes[i]);",
           "contiguous strides multiply by a size-0 dim",
           equivalent="the strides differ only for a tensor without elements, "
           "and every view of it has none either; each reader of strides "
           "decides such a tensor first (isContiguous: contiguous, "
           "classifyView: a view, matmul's batch fold: foldable), as ATen "
           "does"),
    # fx-verify-core-aten.
    Mutant("verify-core-aten-copy-variants", VERIFY_CORE_ATEN,
           "return packet.consume_back(\"_copy\") &&",
           "return false &&",
           "the _copy variants of core views are rejected"),
    Mutant("verify-core-aten-warning-fails", VERIFY_CORE_ATEN,
           "if (found && asError) signalPassFailure();",
           "if (found) signalPassFailure();",
           "severity=warning still fails the pass"),
    Mutant("verify-core-aten-methods", VERIFY_CORE_ATEN,
           "} else if (isa<CallMethodOp, CallModuleOp>(op)) {",
           "} else if (isa<CallModuleOp>(op)) {",
           "call_method nodes pass as Core ATen"),
    Mutant("verify-core-aten-operators", VERIFY_CORE_ATEN,
           "if (target.starts_with(\"operator.\") ||",
           "if (",
           "Python operators on sizes are rejected"),
    # fx-encode-module-locations.
    Mutant("encode-locations-order", ENCODE_LOCATIONS,
           "for (StringAttr path : llvm::reverse(paths))",
           "for (StringAttr path : paths)",
           "the innermost module's NameLoc ends up outermost"),
    Mutant("encode-locations-twice", ENCODE_LOCATIONS,
           "if (!paths.empty() && !isEncoded(op->getLoc(), paths))",
           "if (!paths.empty())",
           "running the pass twice encodes the paths twice"),
    Mutant("encode-locations-root-path", ENCODE_LOCATIONS,
           "if (!entry.path.getValue().empty()) paths.push_back(entry.path);",
           "paths.push_back(entry.path);",
           "the root module's empty path becomes a NameLoc"),
    # The .pt2 importer and exporter.
    Mutant("pt2-export-negative-infinity", PT2_EXPORT,
           "return json.value(value > 0 ? \"Infinity\" : \"-Infinity\");",
           "return json.value(\"Infinity\");",
           "-inf is exported as Infinity"),
    Mutant("pt2-export-sym-bool-tag", PT2_EXPORT,
           "return \"as_sym_bool\";",
           "return \"as_sym_int\";",
           "a SymBool reference is exported as a SymInt"),
    Mutant("pt2-export-hint-product", PT2_EXPORT,
           "case AffineExprKind::Mul: return *lhs * *rhs;",
           "case AffineExprKind::Mul: return *lhs + *rhs;",
           "a product of sizes evaluates to their sum at the hints"),
    Mutant("pt2-import-stack-parens", PT2_IMPORT,
           "if (c == '[' || c == '(') ++depth;",
           "if (c == '[') ++depth;",
           "an nn_module_stack path with getattr(...) is split at its comma"),
    Mutant("pt2-import-empty-symbol-name", PT2_IMPORT,
           "if (succeeded(name) && name->empty())",
           "if (succeeded(name) && name->empty() && false)",
           "a parameter, subgraph or graph module named \"\" is imported as an empty symbol"),
    Mutant("pt2-import-negative-size", PT2_IMPORT,
           "constant && constant.getValue() < 0)",
           "constant && constant.getValue() < -1000)",
           "a negative tensor size is imported (and prints as IR that does not parse)"),
    Mutant("pt2-import-verbatim-keys-dropped", PT2_IMPORT,
           "if (llvm::is_contained(imported, key)) return {};",
           "return {};",
           "the program keys with no IR form are not kept for the exporter"),
    Mutant("pt2-json-repeated-key-first", PT2_SCHEMA_H,
           "return comparison < 0 || (comparison == 0 && a < b);",
           "return comparison < 0 || (comparison == 0 && a > b);",
           "of a repeated key the first value wins, not the last as in json.loads (reading) and a json::Object (writing)"),
    Mutant("pt2-json-repeated-field-first", PT2_JSON,
           "found = JsonValue(entry.value);",
           "if (!found) found = JsonValue(entry.value);",
           "a repeated field reads its first value"),
    Mutant("pt2-json-integral-double-not-integer", PT2_JSON,
           "if (!value || std::modf(*value, &integral) != 0.0 ||",
           "if (true ||",
           "1e3 and 2.0 no longer read as integers, as LLVM's JSON DOM read them"),
    Mutant("pt2-json-two-to-the-63", PT2_JSON,
           "*value < -0x1p63 || *value >= 0x1p63)",
           "*value < -0x1p63 || *value > 0x1p63)",
           "2^63 written as a double converts to int64 (undefined behaviour)"),
    Mutant("pt2-json-saturated-count", PT2_JSON,
           "if (count == simdjson::internal::JSON_COUNT_MASK)",
           "if (false)",
           "an array of 2^24 or more elements counts 2^24 - 1"),
    Mutant("pt2-json-depth-escapes-ignored", PT2_JSON,
           "while (text[i - 1 - backslashes] == '\\\\')",
           "while (false)",
           "an escaped quote ends a string for the depth bound"),
    Mutant("pt2-json-token-path-key", PT2_JSON,
           "ArrayRef(containers).drop_back(atKey ? 1 : 0))",
           "ArrayRef(containers))",
           "a bad key is located at a stale key of its object"),
    Mutant("bytecode-from-node-history-dropped", BYTECODE,
           "writeNodeSources(writer, source.getFromNode());",
           "writeNodeSources(writer, FromNode());",
           "bytecode drops each from_node entry's own history"),
    Mutant("bytecode-from-node-version-ignored", BYTECODE,
           "if (failed(version)) return success(); bool present;",
           "bool present;",
           "bytecode written before from_node was a property is read as if it had one"),
    Mutant("ops-from-node-not-printed", OPS,
           "if (fromNode) withProperties.set(kFromNodeAttrName,",
           "if (false) withProperties.set(kFromNodeAttrName,",
           "a node's from_node is not printed"),
    Mutant("pt2-import-getitem-from-node", PT2_IMPORT,
           "DictAttr::get(context), ValueRange{call->getResult(0)}, fromNode);",
           "DictAttr::get(context), ValueRange{call->getResult(0)});",
           "the getitem nodes of a multi-output node lose its from_node"),
    Mutant("bytecode-torch-fn-fields-swapped", BYTECODE,
           "if (failed(reader.readString(name)) || failed(reader.readString(qualifiedName)))",
           "if (failed(reader.readString(qualifiedName)) || failed(reader.readString(name)))",
           "bytecode reads a torch_fn's name as its qualified name and back"),
    Mutant("inference-memo-key-without-operands", INFERENCE,
           "for (Type type : operandTypes) signature.push_back(type.getAsOpaquePointer()); if (auto known = results.find(signature);",
           "if (auto known = results.find(signature);",
           "remembered inference keys on target, args and kwargs only, not operand types"),
    Mutant("pt2-import-operator-target", PT2_IMPORT,
           "return (\"operator.\" + target).str();",
           "return target.str();",
           "_operator.getitem is imported without its operator. prefix"),
    Mutant("functionalize-no-result-replaced", IN_PLACE,
           "if (op->getNumResults()) rewriter.replaceOp(op, value); else rewriter.eraseOp(op);",
           "rewriter.replaceOp(op, value);",
           "an in-place node without a result is replaced as if it had one",
           equivalent="with no results, replaceOp replaces no uses and erases the "
                      "op, as eraseOp does, once its count assertion is compiled "
                      "out as in Debian's release MLIR; the branch keeps builds "
                      "with assertions from aborting"),
    Mutant("functionalize-no-dtype-cast", IN_PLACE,
           "if (value.getType() != expected) { // The in-place op keeps self's dtype",
           "if (false) { // The in-place op keeps self's dtype",
           "an in-place op whose out-of-place form changes the dtype is not cast back"),
    Mutant("functionalize-reads-not-redirected", IN_PLACE,
           "rootOf[value] = root; current[root] = value;",
           "rootOf[value] = root;",
           "reads after an in-place op do not get the new value"),
    Mutant("functionalize-parameter-as-buffer", IN_PLACE,
           "return OutputSpecAttr::get(context, OutputKind::parameter_mutation,",
           "return OutputSpecAttr::get(context, OutputKind::buffer_mutation,",
           "a mutated parameter is recorded as a buffer mutation"),
    Mutant("functionalize-user-input-as-buffer", IN_PLACE,
           "return OutputSpecAttr::get(context, OutputKind::user_input_mutation,",
           "return OutputSpecAttr::get(context, OutputKind::buffer_mutation,",
           "a mutated user input is recorded as a buffer mutation"),
    # The node syntax (parsers and printers).
    Mutant("print-name-implied-by-any-ssa-name", OPS,
           'nameIsImplied = ssaName == "%" || ssaName.substr(1) == name;',
           'nameIsImplied = ssaName.starts_with("%");',
           "a node whose SSA name the printer changed loses its name"),
    Mutant("print-elided-names-always-dropped", OPS,
           "if (llvm::none_of(attrs, [&](NamedAttribute attr) { return llvm::is_contained(elided, attr.getName().getValue()); })) elided = {};",
           "elided = {};",
           "a discardable attribute named like a property is printed"),
    Mutant("parse-property-twice-accepted", OPS,
           "if (state.attributes.get(name)) return parser.emitError(",
           "if (false) return parser.emitError(",
           "the attribute dictionary silently overrides a node's target, args or kwargs"),
    Mutant("python-float-not-shortest", OPS,
           "value, std::chars_format::scientific)",
           "value, std::chars_format::scientific, 16)",
           "floats print with 17 digits, not Python's shortest repr"),
    Mutant("quoted-string-backslash-unescaped", ATTRS,
           "plain &= llvm::isPrint(c) & (c != '\"') & (c != '\\\\');",
           "plain &= llvm::isPrint(c) & (c != '\"');",
           "a backslash in an attribute's string prints unescaped"),
    Mutant("quoted-string-quote-unescaped", ATTRS,
           "plain &= llvm::isPrint(c) & (c != '\"') & (c != '\\\\');",
           "plain &= llvm::isPrint(c) & (c != '\\\\');",
           "a '\"' in an attribute's string prints unescaped"),
    Mutant("quoted-string-control-unescaped", ATTRS,
           "plain &= llvm::isPrint(c) & (c != '\"') & (c != '\\\\');",
           "plain &= (c != '\"') & (c != '\\\\');",
           "control and non-ASCII bytes in an attribute's string print raw"),
    Mutant("pt2-json-whole-float-kept-as-integer", PT2_JSON,
           "if (std::optional<int64_t> i = value.getAsIntegerLiteral())",
           "if (std::optional<int64_t> i = value.getAsInteger())",
           "JSON kept verbatim reads 1.0 and -0.0 as the integers 1 and 0"),
    Mutant("pt2-json-uint64-as-double", PT2_JSON,
           "if (std::optional<uint64_t> u = value.getAsUnsignedIntegerLiteral())",
           "if (std::optional<uint64_t> u = std::nullopt)",
           "JSON kept verbatim reads an integer in (int64, uint64] as f64"),
    Mutant("pt2-json-wide-integer-unsigned-width", PT2_JSON,
           "unsigned bits = value.isUnsigned() ? value.getActiveBits() + 1",
           "unsigned bits = value.isUnsigned() ? value.getActiveBits()",
           "2^63 to 2^64 - 1 get 64 bits and read as negative integers"),
    Mutant("pt2-json-python-integer-sign-dropped", PT2_JSON,
           "return getJsonIntegerAttr(context, llvm::APSInt(token));",
           "return getJsonIntegerAttr(context, llvm::APSInt(token.ltrim('-')));",
           "a negative integer beyond 64 bits in custom text reads positive"),
    Mutant("pt2-json-python-infinity-sign", PT2_JSON,
           "return b.getF64FloatAttr(token.starts_with(\"-\")",
           "return b.getF64FloatAttr(!token.starts_with(\"-\")",
           "json.dumps' Infinity reads as -inf and -Infinity as inf"),
    Mutant("pt2-json-python-string-escape", PT2_JSON,
           "end += text[end] == '\\\\' ? 2 : 1;",
           "end += 1;",
           "an escaped quote ends a string token (custom text with NaN in it, a rejected token located)"),
    Mutant("pt2-json-python-digit-limit", PT2_JSON,
           "if (digits.size() > kMaxIntegerDigits) {",
           "if (digits.size() >= kMaxIntegerDigits) {",
           "an integer of 4300 digits, which Python reads, is refused"),
    Mutant("pt2-json-python-error-unmasked", PT2_JSON,
           "for (StringRef token : pythonTokens)",
           "for (StringRef token : ArrayRef<StringRef>())",
           "an error in custom text with NaN is located at the NaN"),
    Mutant("pt2-import-custom-list-typed", PT2_IMPORT,
           "if (isa<DictAttr>(*custom)) {",
           "if (true) {",
           "custom text of a list becomes fx.custom, which must be an #fx.dict"),
    Mutant("pt2-schema-wide-integer-unsigned", PT2_SCHEMA,
           "return json.rawValue(llvm::toString(value, 10));",
           "return json.rawValue(llvm::toString(value, 10, /*Signed=*/false));",
           "a negative integer beyond int64 is written as its unsigned bits"),
    Mutant("translate-emit-bytecode-ignored", TOOL_OUTPUT,
           "if (emitBytecode())",
           "if (false && emitBytecode())",
           "fx-translate's imports print text under --emit-bytecode"),
    Mutant("pt2-import-stack-trace-memo-key", PT2_IMPORT,
           "stackTraceLocs.try_emplace(*text, loc)",
           "stackTraceLocs.try_emplace(key, loc)",
           "every node gets the stack trace location of the first node read"),
    Mutant("pt2-import-module-stack-memo-key", PT2_IMPORT,
           "moduleStacks.try_emplace(*text);",
           "moduleStacks.try_emplace(key);",
           "every node gets the module stack of the first node read"),
    Mutant("pt2-import-getitem-no-metadata", PT2_IMPORT,
           "getitem->setDiscardableAttrs(metadataAttrs);",
           "",
           "the getitems of a multi-output node lose its metadata"),
    Mutant("pt2-export-string-quote-unescaped", PT2_JSON_WRITER,
           "if (c >= 0x20 && c != '\"' && c != '\\\\')",
           "if (c >= 0x20 && c != '\\\\')",
           "a quote in a metadata string is written unescaped"),
    Mutant("pt2-export-string-word-quote", PT2_JSON_WRITER,
           "zeroBytes(word ^ bytes('\"')) |",
           "",
           "a quote among eight bytes with nothing else to escape is written unescaped"),
    Mutant("pt2-export-string-word-control", PT2_JSON_WRITER,
           "((word - bytes(0x20)) & ~word & bytes(0x80)) |",
           "",
           "a control character among eight bytes with nothing else to escape is written raw"),
    Mutant("pt2-export-string-skips-first-escape", PT2_JSON_WRITER,
           "i += llvm::countr_zero(mask) / 8;",
           "i += llvm::countr_zero(mask) / 8 + 1;",
           "the first byte to escape in eight is written raw"),
    Mutant("pt2-export-string-invalid-utf8", PT2_JSON_WRITER,
           "if (isAscii(text) || llvm::json::isUTF8(text))",
           "if (true)",
           "invalid UTF-8 in a metadata string is written as it is"),
    Mutant("pt2-export-string-tab-as-u", PT2_JSON_WRITER,
           "case '\\t': os << 't'; break;",
           "",
           "a tab in a metadata string is written as \\u0009, not \\t as LLVM's writer"),
    Mutant("pt2-json-writer-nested-comma", PT2_JSON_WRITER_H,
           "os << open; needsComma = false;",
           "os << open;",
           "the first value in an object or array after another value gets a comma"),
    Mutant("pt2-json-writer-member-comma", PT2_JSON_WRITER_H,
           "os << ':'; needsComma = false;",
           "os << ':';",
           "a member's value is written after a comma"),
    Mutant("pt2-json-writer-key-unescaped", PT2_JSON_WRITER_H,
           "quote(os, key); os << ':';",
           "os << '\"' << key << '\"'; os << ':';",
           "object keys are written without escapes or UTF-8 repair"),
    Mutant("pt2-json-writer-unsigned-as-signed", PT2_JSON_WRITER_H,
           "os << uint64_t(i);",
           "os << int64_t(i);",
           "an unsigned integer beyond int64 is written negative"),
    Mutant("pt2-json-depth-limit-off-by-one", PT2_JSON,
           "kMaxJsonDepth + 1);",
           "kMaxJsonDepth);",
           "simdjson refuses a value inside 256 containers"),
    Mutant("pt2-json-depth-unchecked-on-rejection", PT2_JSON,
           "if (code != simdjson::SUCCESS && getJsonDepth(text) > kMaxJsonDepth)",
           "if (false)",
           "text simdjson rejects is read again however deep (the json.loads reader reads 257 levels)"),
    Mutant("pt2-export-stack-trace-memo", PT2_EXPORT,
           "if (traceIsNew)",
           "if (false)",
           "the exporter's memo of stack traces is never filled: no node has one"),
    Mutant("pt2-export-module-stack-memo", PT2_EXPORT,
           "auto [known, isNew] = moduleStacks.try_emplace(stack);",
           "auto [known, isNew] = moduleStacks.try_emplace(Attribute());",
           "every node's module stack is the first node's"),
    Mutant("fx-pt2-zip-by-name-only", FX_PT2,
           'if (text.starts_with("PK") || extension == ".pt2")',
           'if (extension == ".pt2")',
           "fx-pt2 reads an archive not named .pt2 as MLIR"),
    Mutant("fx-pt2-pt2-name-ignored", FX_PT2,
           'if (text.starts_with("PK") || extension == ".pt2")',
           'if (text.starts_with("PK"))',
           "fx-pt2 reads a .pt2 that is not a zip as MLIR, not as an archive"),
    Mutant("fx-pt2-file-metadata-is-json", FX_PT2,
           'if ((start.starts_with("{") && !start.starts_with("{-#")) ||',
           'if (start.starts_with("{") ||',
           "fx-pt2 reads MLIR that opens with its file metadata as JSON"),
    Mutant("fx-pt2-json-output-is-mlir", FX_PT2,
           'if (extension == ".json") return Format::Json;',
           'if (extension == ".json") return Format::Mlir;',
           "fx-pt2 -o x.json writes MLIR"),
    Mutant("fx-pt2-unlocated-dropped", FX_PT2,
           "context->getDiagEngine().emit(std::move(located));",
           "",
           "fx-pt2 swallows the diagnostics emitted at no location"),
    Mutant("fx-pt2-unlocated-notes", FX_PT2,
           "return isa<UnknownLoc>(loc) ? fileLoc : loc;",
           "return loc;",
           "fx-pt2 leaves the notes of a relocated diagnostic at no location"),
    Mutant("fx-pt2-no-final-newline", FX_PT2,
           "module->print(os, state); os << '\\n';",
           "module->print(os, state);",
           "fx-pt2's MLIR text lacks fx-opt's final newline"),
    Mutant("fx-pt2-bytecode-into-archive", FX_PT2,
           "if (emitBytecode && outputFormat != Format::Mlir)",
           "if (false && emitBytecode && outputFormat != Format::Mlir)",
           "fx-pt2 accepts --emit-bytecode for an archive and ignores it"),
    Mutant("fx-pt2-output-not-kept", FX_PT2,
           "output->keep();",
           "",
           "fx-pt2 deletes what it wrote"),
]


def snippet_regex(snippet):
    """`snippet` with each run of whitespace matching any whitespace (and
    whitespace allowed around punctuation)."""
    tokens = re.findall(r"\w+|[^\w\s]", snippet)
    pattern = re.escape(tokens[0])
    for previous, token in zip(tokens, tokens[1:]):
        words = previous[-1].isalnum() or previous[-1] == "_"
        words = words and (token[0].isalnum() or token[0] == "_")
        pattern += (r"\s+" if words else r"\s*") + re.escape(token)
    return re.compile(pattern)


def locate(mutant):
    """The (start, end) of the mutant's snippet, or a reason it is stale."""
    path = ROOT / mutant.path
    if not path.exists():
        return None, f"file {mutant.path} is gone"
    text = path.read_text()
    matches = list(snippet_regex(mutant.find).finditer(text))
    if len(matches) != 1:
        return None, (f"snippet found {len(matches)} times in {mutant.path}"
                      f" (expected once): {mutant.find!r}")
    return (matches[0].start(), matches[0].end()), None


class Restorer:
    """Keeps the original text of the file being mutated, on disk in
    BUILD/mutate-backup as well, and puts it back."""

    def __init__(self, build):
        self.dir = build / "mutate-backup"
        self.current = None

    def recover(self):
        """Puts back files a killed run left mutated."""
        if not self.dir.exists():
            return
        for backup in self.dir.rglob("*"):
            if backup.is_file():
                target = ROOT / backup.relative_to(self.dir)
                shutil.copyfile(backup, target)
                print(f"restored {target.relative_to(ROOT)} left mutated by an"
                      f" interrupted run", file=sys.stderr)
        shutil.rmtree(self.dir)

    def mutate(self, path, text):
        backup = self.dir / path
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / path, backup)
        self.current = (path, (ROOT / path).read_text())
        (ROOT / path).write_text(text)

    def restore(self):
        if self.current:
            path, original = self.current
            (ROOT / path).write_text(original)
            self.current = None
            shutil.rmtree(self.dir, ignore_errors=True)


def run(cmd, timeout=None):
    """Runs `cmd` in its own process group; returns (returncode, output), the
    code None on timeout (the group is killed)."""
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
        return process.returncode, output
    except subprocess.TimeoutExpired:
        kill_group(process)
        output, _ = process.communicate()
        return None, output
    except BaseException:
        kill_group(process)
        process.wait()
        raise


def kill_group(process):
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:  # the group has exited already
        pass


def build(args):
    return run(["ninja", "-C", str(args.build), f"-j{args.jobs}"])


# A test is named by its lit path relative to the build directory. The unit
# tests (GoogleTest shards) are run together: they take a second.
SUITE_DIRS = {"FX_MLIR": "test", "FX_MLIR_BENCH": "bench/test"}
UNIT_SUITE, UNIT_TESTS = "FX_MLIR-Unit", "test/Unit"
TEST_LINE = re.compile(r"^\s*(?:(\w+): )?(FX_MLIR|FX_MLIR_BENCH|FX_MLIR-Unit) :: "
                       r"(.+?)(?: \(\d+ of \d+\))?$", re.M)
FAILED = ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT")
GTEST_FAILURE = re.compile(r"^\[  FAILED  \] (\w+\.\w+)", re.M)


def test_path(suite, name):
    if suite == UNIT_SUITE:
        return UNIT_TESTS
    return f"{SUITE_DIRS[suite]}/{name}"


def lit(args, tests, extra=(), timeout=None):
    """Runs the tests (paths relative to the build directory); returns
    (returncode, output, the failing tests)."""
    code, output = run([args.lit, "-q", "-v", f"-j{args.jobs}",
                        "--skip-test-time-recording", *extra,
                        *(str(args.build / test) for test in tests)], timeout)
    failing = sorted({test_path(suite, name)
                      for status, suite, name in TEST_LINE.findall(output)
                      if status in FAILED})
    return code, output, failing


def discover(args):
    """Every test of the suites, as paths, fastest first (by the times lit
    recorded in the last ordinary run; unknown times count as fast)."""
    extra = [f"--filter-out={args.filter_out}"] if args.filter_out else []
    code, output = run([args.lit, "--show-tests", *extra,
                        *(str(args.build / suite) for suite in args.suites)])
    if code != 0:
        sys.exit(f"{output}\nlit cannot list the tests")
    tests = {test_path(suite, name)
             for _, suite, name in TEST_LINE.findall(output)}
    times = {}
    for suite in args.suites:
        record = args.build / suite / ".lit_test_times.txt"
        if record.exists():
            for line in record.read_text().splitlines():
                elapsed, name = line.split(" ", 1)
                times[f"{suite}/{name}"] = abs(float(elapsed))
    return sorted(tests, key=lambda test: (times.get(test, 0.0), test)), times


def stages(mutant, tests, times, remembered):
    """The suite split into runs, most likely killers first: the tests that
    killed the mutant last time, the tests of its component, the other fast
    tests, the slow tests (lit runs the slowest of a run first, so they get
    their own run). Together they are the whole suite."""
    left = list(tests)
    result = []

    def take(name, chosen):
        chosen = [test for test in left if test in chosen]
        if chosen:
            result.append((name, chosen))
            for test in chosen:
                left.remove(test)

    take("remembered", set(remembered))
    patterns = [pattern for glob, owned in COMPONENT_TESTS
                if fnmatch.fnmatchcase(mutant.path, glob) for pattern in owned]
    take("component", {test for test in left
                       if any(fnmatch.fnmatchcase(test, p) for p in patterns)})
    take("fast", {test for test in left if times.get(test, 0.0) < SLOW_TEST})
    take("slow", set(left))
    return result


class Cache:
    """BUILD/mutate-cache.json: for each mutant, the tests that killed it in
    the last run, run first in the next."""

    def __init__(self, build):
        self.path = build / "mutate-cache.json"
        self.killers = {}
        if self.path.exists():
            self.killers = json.loads(self.path.read_text())

    def get(self, mutant_id):
        return self.killers.get(mutant_id, [])

    def set(self, mutant_id, tests):
        if tests:
            self.killers[mutant_id] = tests
        else:
            self.killers.pop(mutant_id, None)
        self.path.write_text(json.dumps(self.killers, indent=1, sort_keys=True))


def run_mutant(args, mutant, tests, times, cache):
    """Runs the mutant's stages until one fails; returns (status, detail,
    the failing tests)."""
    code, output = build(args)
    if code != 0:
        return "NO-BUILD", "the mutant does not compile", []
    for stage, chosen in stages(mutant, tests, times, cache.get(mutant.id)):
        code, output, failing = lit(args, chosen, ["--max-failures=1"],
                                    args.timeout)
        if code is None:
            # An endless loop; which test hung is unknown, so all the
            # stage's tests must pass on the unmutated tree.
            return "KILLED", f"{stage} tests timed out", chosen
        if code != 0:
            if not failing:
                return "KILLED", f"{stage}: " + output.strip()[-300:], chosen
            detail = f"{stage}: {failing[0]}"
            gtest = GTEST_FAILURE.search(output)
            if gtest:
                detail += f" [{gtest.group(1)}]"
            return "KILLED", detail, failing
    return "SURVIVED", mutant.what, []


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mutants", nargs="*",
                        help="ids or globs of the mutants to run (default: all)")
    parser.add_argument("--list", action="store_true",
                        help="list the catalogue with each snippet's status and exit")
    parser.add_argument("--build", type=Path, default=ROOT / "build",
                        help="the configured build directory (default: build)")
    parser.add_argument("--lit", default="/usr/lib/llvm-22/bin/lit")
    parser.add_argument("--suites", nargs="+", default=["test", "bench/test"],
                        help="lit suites under the build directory")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--filter-out", metavar="REGEX",
                        help="leave out the tests whose names match (e.g. "
                             "'Python/' for a faster, weaker run)")
    parser.add_argument("--timeout", type=int, default=900,
                        help="seconds for one run of tests before the mutant "
                             "counts as killed (an endless loop)")
    parser.add_argument("--equivalent", action="store_true",
                        help="run the mutants argued equivalent too (each "
                             "should survive)")
    args = parser.parse_args()

    ids = [m.id for m in CATALOGUE]
    assert len(ids) == len(set(ids)), "duplicate mutant ids"
    selected = CATALOGUE
    if args.mutants:
        selected = [m for m in CATALOGUE
                    if any(fnmatch.fnmatchcase(m.id, p) for p in args.mutants)]
        unknown = [p for p in args.mutants
                   if not any(fnmatch.fnmatchcase(m.id, p) for m in CATALOGUE)]
        if unknown:
            parser.error(f"no mutant matches {', '.join(unknown)}")

    stale = {}
    for mutant in selected:
        _, reason = locate(mutant)
        if reason:
            stale[mutant.id] = reason

    if args.list:
        for mutant in selected:
            status = ("STALE" if mutant.id in stale else
                      "equiv" if mutant.equivalent else "ok")
            print(f"{mutant.id:36} {status:5} {mutant.path}: {mutant.what}")
        for mutant_id, reason in stale.items():
            print(f"STALE {mutant_id}: {reason}", file=sys.stderr)
        print(f"{len(selected)} mutants, {len(stale)} stale")
        return 2 if stale else 0

    if not (args.build / "build.ninja").exists():
        parser.error(f"{args.build} is not a configured build directory")
    # Ctrl-C and kill restore the tree through the finally blocks.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    signal.signal(signal.SIGHUP, signal.default_int_handler)
    restorer = Restorer(args.build)
    restorer.recover()

    code, output = build(args)
    if code != 0:
        print(output)
        print("the unmutated tree does not build", file=sys.stderr)
        return 1
    tests, times = discover(args)
    cache = Cache(args.build)
    started_all = time.monotonic()

    results = []
    try:
        for index, mutant in enumerate(selected, 1):
            started = time.monotonic()
            if mutant.id in stale:
                status, detail, failing = "STALE", stale[mutant.id], []
            elif mutant.equivalent and not args.equivalent:
                status, detail, failing = "EQUIVALENT", mutant.equivalent, []
            else:
                (start, end), _ = locate(mutant)
                text = (ROOT / mutant.path).read_text()
                try:
                    restorer.mutate(mutant.path,
                                    text[:start] + mutant.replace + text[end:])
                    status, detail, failing = run_mutant(args, mutant, tests,
                                                         times, cache)
                finally:
                    restorer.restore()
                if status in ("KILLED", "SURVIVED"):
                    cache.set(mutant.id, failing)
            results.append([mutant, status, detail, failing])
            print(f"[{index}/{len(selected)}] {mutant.id}: {status} "
                  f"({detail}) {time.monotonic() - started:.0f}s", flush=True)
    finally:
        restorer.restore()
        # Leave the build matching the restored sources.
        build(args)

    # A kill counts only when the failing test passes on the unmutated tree.
    killers = sorted({test for _, status, _, failing in results
                      if status == "KILLED" for test in failing})
    if killers:
        print(f"checking the {len(killers)} killing tests on the unmutated tree",
              flush=True)
        _, output, broken = lit(args, killers)
        for result in results:
            if result[1] == "KILLED" and set(result[3]) <= set(broken):
                result[1] = "UNVERIFIED"
                result[2] = (f"{', '.join(result[3])} fails without the mutant too")
                cache.set(result[0].id, [])

    counts = {s: sum(1 for _, status, _, _ in results if status == s)
              for s in ("KILLED", "SURVIVED", "EQUIVALENT", "NO-BUILD", "STALE",
                        "UNVERIFIED")}
    scored = counts["KILLED"] + counts["SURVIVED"]
    print()
    for mutant, status, detail, _ in results:
        if status != "KILLED":
            print(f"{status}: {mutant.id} ({mutant.path}): {detail}")
    score = 100.0 * counts["KILLED"] / scored if scored else 0.0
    print(f"mutation score: {counts['KILLED']}/{scored} killed = {score:.1f}%"
          f" ({counts['SURVIVED']} survived; not scored: {counts['EQUIVALENT']}"
          f" argued equivalent, {counts['NO-BUILD']} did not build,"
          f" {counts['STALE']} stale, {counts['UNVERIFIED']} killed only by"
          f" tests failing without a mutant)"
          f" in {(time.monotonic() - started_all) / 60:.0f} min")
    if counts["STALE"] or counts["UNVERIFIED"]:
        return 2
    return 0 if counts["SURVIVED"] == 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted; the source tree is restored", file=sys.stderr)
        sys.exit(130)
