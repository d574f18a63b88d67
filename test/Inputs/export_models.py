# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The test models for torch.export, written in plain torch.nn (no torchvision).

`MODELS` maps a name to a `Case`: how to build the module, its example inputs, and the
`dynamic_shapes` to export it with (None: static). Together they cover convolutions,
attention and a transformer block, normalization, dynamic shapes, control flow
(`torch.cond`), in-place ops and buffer mutation, and integer, bool and half dtypes.
"""

import dataclasses
from typing import Callable, Optional

import torch
import torch.nn.functional as F
from torch import nn
from torch.export import Dim


@dataclasses.dataclass
class Case:
    build: Callable[[], nn.Module]
    inputs: Callable[[], tuple]
    dynamic_shapes: Optional[Callable[[], object]] = None
    # Absolute tolerance of the output comparison (half precision needs more).
    atol: float = 1e-5


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(32, 8)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class ConvBnRelu(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(8)
        self.pool = nn.MaxPool2d(2)

    def forward(self, x):
        return self.pool(F.relu(self.bn(self.conv(x))))


class BasicBlock(nn.Module):
    """ResNet's basic block, with a strided downsample path."""

    def __init__(self, inplanes=8, planes=16, stride=2):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = nn.Sequential(nn.Conv2d(inplanes, planes, 1, stride, bias=False), nn.BatchNorm2d(planes))

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += self.downsample(x)
        return self.relu(out)


class SmallResNet(nn.Module):
    """A resnet18-shaped network at a small width: stem, four stages, pooled classifier."""

    def __init__(self, width=8, classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        stages, inplanes = [], width
        for index, planes in enumerate((width, width * 2, width * 4, width * 8)):
            stride = 1 if index == 0 else 2
            stages.append(BasicBlock(inplanes, planes, stride))
            inplanes = planes
        self.layers = nn.Sequential(*stages)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(inplanes, classes)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.avgpool(self.layers(x))
        return self.fc(torch.flatten(x, 1))


class DepthwiseSeparable(nn.Module):
    """MobileNet's building block: grouped convolution, hardswish, squeeze-excite, pooling."""

    def __init__(self):
        super().__init__()
        self.depthwise = nn.Conv2d(8, 8, 3, padding=1, groups=8)
        self.pointwise = nn.Conv2d(8, 16, 1)
        self.act = nn.Hardswish()
        self.squeeze = nn.AdaptiveAvgPool2d(1)
        self.excite = nn.Sequential(nn.Conv2d(16, 4, 1), nn.ReLU(), nn.Conv2d(4, 16, 1), nn.Hardsigmoid())

    def forward(self, x):
        x = self.act(self.pointwise(self.depthwise(x)))
        return torch.flatten(self.squeeze(x * self.excite(self.squeeze(x))), 1)


class SelfAttention(nn.Module):
    """Multi-head self-attention written out: projections, head split, scaled scores."""

    def __init__(self, dim=32, heads=4):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, dim * 3)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        batch, tokens, dim = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        q, k, v = (t.view(batch, tokens, self.heads, dim // self.heads).transpose(1, 2) for t in (q, k, v))
        scores = torch.softmax(q @ k.transpose(-2, -1) / (dim // self.heads) ** 0.5, dim=-1)
        out = (scores @ v).transpose(1, 2).reshape(batch, tokens, dim)
        return self.proj(out)


class TransformerBlock(nn.Module):
    """Pre-norm transformer block with PyTorch's fused attention and a GELU MLP."""

    def __init__(self, dim=32, heads=4):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, dim * 3)
        self.out = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, dim * 4), nn.GELU(), nn.Linear(dim * 4, dim))

    def forward(self, x):
        batch, tokens, dim = x.shape
        q, k, v = self.qkv(self.norm1(x)).split(dim, dim=-1)
        q, k, v = (t.view(batch, tokens, self.heads, -1).transpose(1, 2) for t in (q, k, v))
        attended = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.out(attended.transpose(1, 2).reshape(batch, tokens, dim))
        return x + self.mlp(self.norm2(x))


class Norms(nn.Module):
    def __init__(self):
        super().__init__()
        self.group = nn.GroupNorm(2, 8)
        self.instance = nn.InstanceNorm2d(8, affine=True)
        self.layer = nn.LayerNorm([8, 6, 6])

    def forward(self, x):
        return self.layer(self.instance(self.group(x)))


class Cond(nn.Module):
    """Data-dependent control flow as torch.cond, each branch with its own module."""

    def __init__(self):
        super().__init__()
        self.positive = nn.Linear(8, 8)
        self.negative = nn.Linear(8, 8)

    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda t: self.positive(t).relu(), lambda t: self.negative(t).sigmoid(), (x,))


class BufferMutation(nn.Module):
    """In-place ops and buffers the forward pass mutates (a running mean and a step counter)."""

    def __init__(self):
        super().__init__()
        self.register_buffer("running_mean", torch.zeros(8))
        self.register_buffer("steps", torch.zeros((), dtype=torch.int64))
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        self.running_mean.mul_(0.9).add_(x.mean(0), alpha=0.1)
        self.steps.add_(1)
        y = self.fc(x - self.running_mean)
        y.relu_()
        return y


class IntegerAndBool(nn.Module):
    """int64 indices, a bool mask, integer arithmetic and comparisons."""

    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(20, 8)

    def forward(self, tokens, mask):
        x = self.embedding(tokens)
        x = x.masked_fill(~mask.unsqueeze(-1), 0.0)
        positions = torch.arange(tokens.shape[1]).unsqueeze(0) * 2 + 1
        return x.sum(-1), (tokens > positions) & mask, torch.argmax(x, dim=-1)


class Half(nn.Module):
    """float16 parameters and activations."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16).half()

    def forward(self, x):
        return F.silu(self.fc(x)) * x


class Resize(nn.Module):
    """Padding, nearest upsampling, concatenation and splitting."""

    def forward(self, x):
        padded = F.pad(x, (3, 3, 3, 3), mode="reflect")
        upsampled = F.interpolate(x, scale_factor=2.0, mode="nearest")
        left, right = torch.cat([upsampled[:, :, 1:-1, 1:-1], padded], dim=1).chunk(2, dim=1)
        return left - right, F.hardtanh(left, -0.5, 0.5)


def _image(batch=2, channels=3, size=16):
    return lambda: (torch.randn(batch, channels, size, size),)


def _batch_dim():
    return Dim("batch", min=1, max=64)


MODELS = {
    "mlp": Case(MLP, lambda: (torch.randn(4, 16),)),
    "mlp_dynamic": Case(MLP, lambda: (torch.randn(4, 16),), lambda: {"x": {0: _batch_dim()}}),
    "conv_bn_relu": Case(ConvBnRelu, _image()),
    "conv_bn_relu_dynamic": Case(ConvBnRelu, _image(), lambda: {"x": {0: _batch_dim()}}),
    "basic_block": Case(BasicBlock, _image(channels=8)),
    "small_resnet": Case(SmallResNet, _image(size=32)),
    "depthwise_separable": Case(DepthwiseSeparable, _image(channels=8)),
    "self_attention": Case(SelfAttention, lambda: (torch.randn(2, 6, 32),)),
    "self_attention_dynamic": Case(
        SelfAttention, lambda: (torch.randn(2, 6, 32),), lambda: {"x": {0: _batch_dim(), 1: Dim("tokens", min=2, max=128)}}
    ),
    "transformer_block": Case(TransformerBlock, lambda: (torch.randn(2, 6, 32),)),
    "norms": Case(Norms, lambda: (torch.randn(2, 8, 6, 6),)),
    "cond": Case(Cond, lambda: (torch.randn(4, 8),)),
    "buffer_mutation": Case(BufferMutation, lambda: (torch.randn(4, 8),)),
    "integer_and_bool": Case(
        IntegerAndBool, lambda: (torch.randint(0, 20, (2, 5)), torch.tensor([[True, False, True, True, False]] * 2))
    ),
    "half": Case(Half, lambda: (torch.randn(4, 16).half(),), atol=1e-2),
    "resize": Case(Resize, _image(channels=4, size=8)),
}


def build(name):
    """(module in eval mode, example inputs, dynamic_shapes) of the test model `name`, seeded."""
    case = MODELS[name]
    torch.manual_seed(0)
    module = case.build().eval()
    inputs = case.inputs()
    return module, inputs, case.dynamic_shapes() if case.dynamic_shapes else None


def export(name, strict=False):
    """torch.export.export of the test model `name`."""
    module, inputs, dynamic_shapes = build(name)
    return torch.export.export(module, inputs, dynamic_shapes=dynamic_shapes, strict=strict)
