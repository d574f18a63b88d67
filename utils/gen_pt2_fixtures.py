#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes the .pt2 archives of test/Translate/Inputs with torch.export.save.

Each model is a few plain torch.nn layers, small enough that its archive (a
few KB) can be checked in; together they cover parameters, persistent and
non-persistent buffers, tensor constants, backed and unbacked symbolic
sizes, runtime asserts, a higher-order op, a multi-output op and Python complex scalar
arguments. Beside them go the program JSON of linear_relu and,
in malformed/, broken archives and JSON derived from it (the inputs of
test/Translate/malformed.mlir, and a fuzzer corpus); and auto_functionalized
(mutating custom ops, test/Inputs/mutating_ops.py) with broken variants of its
operator argument. Run with the project's venv (torch==2.13.0):

    /work/venv/bin/python utils/gen_pt2_fixtures.py test/Translate/Inputs
"""

import argparse
import copy
import json
import os
import sys
import zipfile

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "Inputs"))
import mutating_ops  # noqa: E402


class LinearRelu(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 3)

    def forward(self, x):
        return torch.relu(self.fc(x))


class ConvBatchNorm(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(2, 3, 3, padding=1)
        self.bn = torch.nn.BatchNorm2d(3)

    def forward(self, x):
        return self.bn(self.conv(x))


class DynamicBatch(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 2)

    def forward(self, x, y):
        return self.fc(x).sum(dim=1, keepdim=True) * y.shape[0] + y[: x.shape[0]]


class Cond(torch.nn.Module):
    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda t: t.sin(), lambda t: t.cos(), (x,))


class BufferMutation(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("count", torch.zeros(3))

    def forward(self, x):
        self.count.add_(x)
        return x * self.count


class Constants(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("scale", torch.tensor([1.0, 2.0, 3.0]), persistent=False)
        self.offset = torch.tensor([0.5, -0.5, 0.25])

    def forward(self, x):
        return x * self.scale + self.offset


class DataDependent(torch.nn.Module):
    def forward(self, x):
        indices = x.nonzero()
        return indices.sum(), indices.shape[0] * 2


class ComplexScalars(torch.nn.Module):
    def forward(self, x):
        return (torch.mul(x, 1 + 2j), torch.add(x, complex(-2.5, 0.5)),
                torch.full((2,), complex(0.0, -1.5)))


def models():
    """(name, module, example inputs, dynamic shapes, decompose) of each
    fixture. Decomposed programs (run_decompositions) are functional: the
    buffer mutation becomes a BUFFER_MUTATION output and batch norm a
    multi-output op taken apart by getitem nodes."""
    torch.manual_seed(0)
    batch = torch.export.Dim("batch", min=2, max=64)
    conv_bn = ConvBatchNorm().eval()
    return [
        ("linear_relu", LinearRelu(), (torch.randn(2, 4),), None, False),
        ("conv_bn", conv_bn, (torch.randn(1, 2, 5, 5),), None, True),
        ("dynamic", DynamicBatch(), (torch.randn(3, 4), torch.randn(3, 1)),
         {"x": {0: batch}, "y": {0: batch}}, False),
        ("cond", Cond(), (torch.randn(3),), None, False),
        ("buffer_mutation", BufferMutation(), (torch.randn(3),), None, True),
        ("constants", Constants(), (torch.randn(3),), None, False),
        ("data_dependent", DataDependent(), (torch.tensor([1.0, 0.0, 2.0]),),
         None, False),
        ("auto_functionalized", mutating_ops.ScaleAccumulate(),
         mutating_ops.example_inputs(), None, True),
        ("complex_scalars", ComplexScalars(), (torch.randn(2),), None, False),
    ]


DEEP = "@deeply-nested@"
OUT_OF_RANGE = "@out-of-range@"


def assert_runs_as_model(name, module, inputs, loaded):
    """Asserts that `loaded`, an ExportedProgram read back, computes what
    `module` computes on `inputs` in eager PyTorch. Each run gets its own
    inputs: auto_functionalized's model mutates one."""
    expected = copy.deepcopy(module)(*copy.deepcopy(inputs))
    actual = loaded.module()(*copy.deepcopy(inputs))
    if not isinstance(expected, tuple):
        expected, actual = (expected,), (actual,)
    assert len(expected) == len(actual), name
    for e, a in zip(expected, actual):
        assert torch.allclose(torch.as_tensor(e), torch.as_tensor(a)), name


def program_json(archive):
    """The program JSON of a .pt2 archive, as a dict."""
    with zipfile.ZipFile(archive) as z:
        name = next(n for n in z.namelist() if n.endswith("models/model.json"))
        return json.loads(z.read(name))


def malformed_programs(program):
    """(file name, program) pairs, each breaking `program` in one way."""
    graph = program["graph_module"]["graph"]

    def edit(change):
        broken = copy.deepcopy(program)
        change(broken, broken["graph_module"]["graph"])
        return broken

    def deep(p, g):
        # Replaced by 100000 nested lists in write_malformed (Python's json
        # cannot write them).
        g["nodes"][0]["inputs"][0]["arg"] = {"as_ints": DEEP}

    def cycle(p, g):
        # relu reads itself, linear reads relu: each uses a later node.
        g["nodes"][0]["inputs"][0]["arg"] = {"as_tensor": {"name": "relu"}}

    assert [n["name"] for n in graph["nodes"]] == ["linear", "relu"]
    return [
        ("unknown-major-version.json",
         edit(lambda p, g: p["schema_version"].update(major=99))),
        ("target-not-a-string.json",
         edit(lambda p, g: g["nodes"][0].update(target=5))),
        ("dangling-name.json",
         edit(lambda p, g: g["nodes"][1]["inputs"][0]["arg"]["as_tensor"]
              .update(name="nowhere"))),
        ("cycle.json", edit(cycle)),
        ("kind-mismatch.json",
         edit(lambda p, g: g["nodes"][1]["inputs"][0].update(
             arg={"as_sym_int": {"as_name": "linear"}}))),
        ("missing-tensor-values.json",
         edit(lambda p, g: g["tensor_values"].pop("relu"))),
        ("bad-size-expr.json",
         edit(lambda p, g: g["tensor_values"]["x"]["sizes"][0].update(
             {"as_expr": {"expr_str": "Pow(Symbol('s0'), Integer(2))",
                          "hint": None}}) or
              g["tensor_values"]["x"]["sizes"][0].pop("as_int"))),
        ("unknown-dtype.json",
         edit(lambda p, g: g["tensor_values"]["x"].update(dtype=99))),
        ("union-two-fields.json",
         edit(lambda p, g: g["outputs"][0].update(as_none=True))),
        # A single `as_tensors` output that is not a list: its path is made
        # of the output's own (a dangling parent under ASan, found by fuzzing).
        ("tensors-not-a-list.json",
         edit(lambda p, g: g["nodes"][0]["outputs"].__setitem__(
             0, {"as_tensors": {"as_name": "linear"}}))),
        # The error quotes the first 120 characters of a long expression.
        ("size-expr-nested-deeply.json",
         edit(lambda p, g: g["tensor_values"]["x"]["sizes"][0].update(
             {"as_expr": {"expr_str": "Mul(Integer(2), " * 300 + "s0" +
                          ")" * 300, "hint": None}}) or
              g["tensor_values"]["x"]["sizes"][0].pop("as_int"))),
        # JSON inside a string is bounded like the document around it.
        ("custom-nested-deeply.json",
         edit(lambda p, g: g["nodes"][0]["metadata"].update(
             custom='{"a": ' + "[" * 300 + "]" * 300 + "}"))),
        # Replaced by 1e309 in write_malformed: a number that parses as
        # infinity, which JSON cannot write back.
        ("number-out-of-range.json",
         edit(lambda p, g: p["schema_version"].update(minor=OUT_OF_RANGE))),
        ("signature-mismatch.json",
         edit(lambda p, g: p["graph_module"]["signature"]["input_specs"]
              .pop())),
        ("deeply-nested.json", edit(deep)),
    ]


def malformed_operator_programs(program):
    """(file name, program) pairs breaking the operator argument of the first
    auto_functionalized_v2 call of `program`."""
    def edit(change):
        broken = copy.deepcopy(program)
        node = next(n for n in broken["graph_module"]["graph"]["nodes"]
                    if n["target"].endswith("auto_functionalized_v2"))
        change(node["inputs"])
        return broken

    def duplicate_operator(inputs):
        inputs.insert(1, copy.deepcopy(inputs[0]))

    return [
        ("unknown-operator.json",
         edit(lambda inputs: inputs[0]["arg"].update(
             as_operator="fx_mlir_test.scale_.default"))),
        ("operator-arity.json", edit(duplicate_operator)),
    ]


def write_malformed(out_dir):
    """Writes the malformed inputs derived from linear_relu.pt2."""
    archive = os.path.join(out_dir, "linear_relu.pt2")
    malformed = os.path.join(out_dir, "malformed")
    os.makedirs(malformed, exist_ok=True)
    program = program_json(archive)
    with open(os.path.join(out_dir, "linear_relu.json"), "w") as f:
        json.dump(program, f)
    for name, broken in malformed_programs(program):
        depth = 100000
        text = json.dumps(broken).replace(
            json.dumps(DEEP), "[" * depth + "1" + "]" * depth).replace(
            json.dumps(OUT_OF_RANGE), "1e309")
        with open(os.path.join(malformed, name), "w") as f:
            f.write(text)
    operator_program = program_json(os.path.join(out_dir, "auto_functionalized.pt2"))
    for name, broken in malformed_operator_programs(operator_program):
        with open(os.path.join(malformed, name), "w") as f:
            json.dump(broken, f)
    with open(os.path.join(malformed, "not-json.json"), "w") as f:
        f.write('{"schema_version": {"major": 8,')
    data = open(archive, "rb").read()
    with open(os.path.join(malformed, "truncated.pt2"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(os.path.join(malformed, "not-a-zip.pt2"), "wb") as f:
        f.write(b"PK\x03\x04 not a zip archive")
    # A weight record one element short of its tensor.
    with zipfile.ZipFile(archive) as z, zipfile.ZipFile(
            os.path.join(malformed, "short-weight.pt2"), "w") as out:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename.endswith("data/weights/weight_1"):
                data = data[:-4]
            out.writestr(info, data)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir")
    options = parser.parse_args()
    os.makedirs(options.out_dir, exist_ok=True)
    for name, module, inputs, dynamic_shapes, decompose in models():
        program = torch.export.export(module, inputs, dynamic_shapes=dynamic_shapes)
        if decompose:
            program = program.run_decompositions({})
        torch.export.save(program, os.path.join(options.out_dir, name + ".pt2"))
    write_malformed(options.out_dir)


if __name__ == "__main__":
    main()
