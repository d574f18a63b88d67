#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes the .pt2 archives of test/Translate/Inputs with torch.export.save.

Each model is a few plain torch.nn layers, small enough that its archive (a
few KB) can be checked in. Run with the project's venv (torch==2.13.0):

    /work/venv/bin/python utils/gen_pt2_fixtures.py test/Translate/Inputs
"""

import argparse
import os

import torch


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
    ]


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


if __name__ == "__main__":
    main()
