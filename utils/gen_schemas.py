#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes the PyTorch schemas fx-mlir's op tables use, read from PyTorch.

Two generated files, both checked in and verified current by
test/Inference/schemas-current.test.mlir:

- include/fx-mlir/Dialect/Fx/Inference/OpSchemas.def: one X-macro row per op
  overload, `FX_OP_SCHEMA(aten_add_Tensor, "aten.add.Tensor", "add.Tensor(...)
  -> Tensor")`, for every Core ATen overload (tagged `torch.Tag.core`) and the
  non-core overloads in NON_CORE below. The inference registry
  (InferenceTable.cpp) and the decomposition table (DecompositionTable.cpp)
  name a schema by its identifier (`schema::aten_add_Tensor`, OpSchemas.h).
- test/Inference/Inputs/core_aten_ops.tsv: the Core ATen overloads and their
  schemas, the list test/Inference/coverage.mlir measures the registry
  against.

The schema text is PyTorch's own printing of the registered schema
(`str(torch.ops.aten.add.Tensor._schema)` without the `aten::` namespace).

    /work/venv/bin/python utils/gen_schemas.py             # rewrite both files
    /work/venv/bin/python utils/gen_schemas.py --out-dir D # write them under D
"""

import argparse
import os
import sys

import torch
# Registers the `quantized_decomposed` library (the PT2E quantizer's ops).
import torch.ao.quantization.fx._decomposed  # noqa: F401

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEF_PATH = "include/fx-mlir/Dialect/Fx/Inference/OpSchemas.def"
TSV_PATH = "test/Inference/Inputs/core_aten_ops.tsv"

# Non-core overloads with a type-inference rule or a decomposition: in-place
# and functional variants that torch.export and make_fx graphs carry before
# decomposition, and the PT2E quantizer's ops.
NON_CORE = """
aten._assert_async.msg aten._assert_scalar.default
aten._functional_assert_async.msg aten._functional_sym_constrain_range.default
aten._make_dep_token.default aten._reshape_alias.default
aten._unsafe_view.default aten.adaptive_avg_pool2d.default
aten.add_.Scalar aten.add_.Tensor aten.arange.default aten.arange.start
aten.as_strided_.default aten.baddbmm.default aten.batch_norm.default
aten.clamp_.default aten.clamp_max.default aten.clamp_min.default
aten.contiguous.default aten.conv1d.default aten.conv2d.default
aten.conv3d.default aten.conv_transpose2d.input aten.copy_.default
aten.dequantize.self aten.detach.default aten.div_.Scalar aten.div_.Tensor
aten.dropout.default aten.elu_.default aten.empty_like.default aten.exp_.default
aten.expand_as.default aten.expand_copy.default aten.fill_.Scalar
aten.flatten.using_ints aten.floor_divide.default aten.gelu_.default
aten.hardsigmoid.default aten.hardsigmoid_.default aten.hardswish.default
aten.hardswish_.default aten.hardtanh_.default aten.layer_norm.default
aten.leaky_relu_.default aten.lift_fresh_copy.default aten.linear.default
aten.log_softmax.int aten.masked_fill.Scalar aten.masked_fill.Tensor
aten.matmul.default aten.max.default aten.max_pool2d.default aten.min.default
aten.mish.default aten.mul_.Scalar aten.mul_.Tensor aten.native_batch_norm.default
aten.neg_.default aten.new_empty.default aten.new_ones.default
aten.new_zeros.default aten.ones.default aten.ones_like.default
aten.permute_copy.default aten.quantize_per_tensor.default aten.relu6.default
aten.relu_.default aten.reshape.default aten.roll.default aten.rsub.Scalar
aten.rsub.Tensor aten.sigmoid_.default aten.silu.default aten.silu_.default
aten.softmax.int aten.softplus.default aten.split.Tensor aten.sqrt_.default
aten.squeeze.default aten.stack.default aten.std.correction aten.std.default
aten.std.dim aten.sub_.Tensor aten.sum.default aten.sym_constrain_range.default
aten.sym_constrain_range_for_size.default aten.t.default aten.tanh_.default
aten.to.dtype aten.transpose.int aten.unbind.int aten.var.default
aten.view_copy.default aten.zero_.default aten.zeros.default
aten.zeros_like.default
quantized_decomposed.dequantize_per_tensor.default
quantized_decomposed.dequantize_per_tensor.tensor
quantized_decomposed.quantize_per_tensor.default
quantized_decomposed.quantize_per_tensor.tensor
""".split()


def lookup(target):
    """The OpOverload of `ns.name.overload`."""
    namespace, name, overload = target.split(".")
    return getattr(getattr(getattr(torch.ops, namespace), name), overload)


def schema_text(op):
    """`add.Tensor(Tensor self, ...) -> Tensor`: the schema without its
    namespace."""
    return str(op._schema).split("::", 1)[1]


def core_aten_targets():
    """Every aten overload tagged core, as `aten.name.overload`."""
    targets = set()
    for schema in torch._C._jit_get_all_schemas():
        if not schema.name.startswith("aten::"):
            continue
        target = "aten.%s.%s" % (schema.name[len("aten::"):],
                                 schema.overload_name or "default")
        try:
            op = lookup(target)
        except (AttributeError, RuntimeError):
            continue
        if torch.Tag.core in op.tags:
            targets.add(target)
    return sorted(targets)


def identifier(target):
    """The C++ name of a target's schema: `aten.add.Tensor` ->
    `aten_add_Tensor`."""
    return target.replace(".", "_")


def render(core, non_core):
    header = ("// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception\n"
              "// Generated by utils/gen_schemas.py from torch %s: do not edit.\n"
              % torch.__version__.split("+")[0])
    rows = []
    for target in sorted(set(core) | set(non_core)):
        text = schema_text(lookup(target))
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        rows.append('FX_OP_SCHEMA(%s, "%s",\n             "%s")\n' %
                    (identifier(target), target, escaped))
    ids = [identifier(t) for t in set(core) | set(non_core)]
    assert len(ids) == len(set(ids)), "two targets share an identifier"
    definition = (
        header +
        "//\n// One row per op overload: FX_OP_SCHEMA(identifier, target, "
        "schema).\n// The Core ATen overloads (torch.Tag.core) and the "
        "non-core ones listed in\n// utils/gen_schemas.py.\n\n"
        "#ifndef FX_OP_SCHEMA\n#error \"define FX_OP_SCHEMA(ID, TARGET, "
        "SCHEMA) before including\"\n#endif\n\n" + "".join(rows) +
        "\n#undef FX_OP_SCHEMA\n")
    tsv = "op\tschema\n" + "".join(
        "%s\t%s\n" % (target, schema_text(lookup(target))) for target in core)
    return definition, tsv


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=REPO,
                        help="root under which to write the files "
                        "(default: the repository)")
    args = parser.parse_args()
    definition, tsv = render(core_aten_targets(), NON_CORE)
    for path, text in ((DEF_PATH, definition), (TSV_PATH, tsv)):
        path = os.path.join(args.out_dir, path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
