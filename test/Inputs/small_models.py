# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Small models whose imported graphs can be checked by hand (see test/Python)."""

import torch


class AddRelu(torch.nn.Module):
    """One parameter, one buffer, a kwarg and a float argument."""

    def __init__(self):
        super().__init__()
        self.scale = torch.nn.Parameter(torch.full((4,), 2.0))
        self.register_buffer("offset", torch.arange(4, dtype=torch.float32))

    def forward(self, x):
        y = torch.add(x * self.scale, self.offset, alpha=0.5)
        return torch.relu(y), y.sum(dim=-1, keepdim=True)


class TwoLayers(torch.nn.Module):
    """Nested submodules for nn_module_stack."""

    def __init__(self):
        super().__init__()
        self.body = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.ReLU())
        self.head = torch.nn.Linear(4, 2)

    def forward(self, x):
        return self.head(self.body(x))
