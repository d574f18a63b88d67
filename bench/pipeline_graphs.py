#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Generated graphs for the pipeline benchmark (issue 14), as fx dialect text.

usage: pipeline_graphs.py --shape=chain|tree|transformer --n=N [--modules=M] -o FILE

N is the number of call_function nodes of the input (the "input nodes" the
per-node figures divide by). Every node has an nn_module_stack (depth 3 to 6,
one of 256 shared stacks), a torch_fn, an empty custom dict and a two-frame
stack-trace location, as a torch.export graph has. Activations are
tensor<8x64xf32>; weights are get_attr nodes of 64 layers, reused cyclically.

  chain        N/4 blocks  h = linear(x, w, b); r = relu(h); s = add(r, x);
               x = mul(s, 0.5)
  tree         N/3 leaves relu(linear(x, w, b)), reduced pairwise by add/mul
  transformer  N/22 pre-norm blocks: layer_norm, qkv linear, view, permute,
               select x3, transpose, bmm, mul, _softmax, bmm, transpose,
               clone, _unsafe_view, out linear, in-place add_, layer_norm,
               linear, gelu, linear, add

With --modules=M the file holds M graph modules of N/M nodes each (the
parallel-across-graphs measurement). Result types are left `!fx.unknown`:
`fx-opt --fx-infer-types` fills them (bench/pipeline.py does it once per
graph, untimed).
"""
import argparse
import sys

LAYERS = 64
HIDDEN = 64
SEQ = 8
HEADS = 4
HEAD_DIM = HIDDEN // HEADS
FFN = 4 * HIDDEN

TRANSFORMER_NODES_PER_BLOCK = 22


class Writer:
    def __init__(self, out):
        self.out = out
        self.counts = {}
        self.stacks = {}
        # The types of the values whose types the input states: placeholders
        # and get_attr nodes; call results are left unknown.
        self.types = {}

    def fresh(self, base):
        n = self.counts.get(base, 0)
        self.counts[base] = n + 1
        return base if n == 0 else f"{base}_{n}"

    def stack(self, layer, kind):
        """One of 256 shared nn_module_stacks: 64 layers x 4 sub-modules."""
        key = (layer % LAYERS, kind % 4)
        if key not in self.stacks:
            depth = 3 + kind % 4
            frames = [("L__self__", "", "bench.Model"),
                      (f"L__self___layers_{key[0]}", f"layers.{key[0]}",
                       "bench.Block")]
            for d in range(2, depth):
                path = f"layers.{key[0]}.sub{d}_{key[1]}"
                frames.append((f"L__self___{path.replace('.', '_')}", path,
                               f"bench.Sub{d}"))
            self.stacks[key] = ", ".join(
                f'["{k}", "{p}", "{t}"]' for k, p, t in frames)
        return self.stacks[key]

    def node(self, target, args, layer, kind, base=None):
        """A call_function node; `args` is a list of `%name` or constants."""
        base = base or target.split(".")[1]
        name = self.fresh(base)
        operands = [a for a in args if isinstance(a, str) and a.startswith("%")]
        arg_text = ", ".join(str(a) for a in args)
        types = ", ".join(self.types.get(a, "!fx.unknown") for a in operands)
        overload = target.split(".", 1)[1]
        self.out.write(
            f'    %{name} = fx.call_function {target}({arg_text}) '
            f'{{fx.nn_module_stack = #fx.nn_module_stack<[{self.stack(layer, kind)}]>, '
            f'fx.torch_fn = #fx.torch_fn<"{overload}_{self.counts[base]}", '
            f'"OpOverload.{overload}">, fx.custom = #fx.dict<{{}}>}} '
            f': ({types}) -> !fx.unknown '
            f'loc(fused<"y = self.{base}(x)">["forward"("bench/model.py":{layer % LAYERS + 10}:0), '
            f'"run"("bench/run.py":{kind % 4 + 3}:0)])\n')
        return f"%{name}"


def weight(w, shapes, name, shape):
    shapes[name] = f"tensor<{shape}xf32>"
    w.out.write(f"  fx.module_attr parameter @{name} : {shapes[name]}\n")


def write_module(out, module, shape, n):
    w = Writer(out)
    shapes = {}
    out.write(f"fx.graph_module @{module} {{\n")
    for l in range(LAYERS):
        if shape == "transformer":
            for p, s in [("ln1_w", f"{HIDDEN}"), ("ln1_b", f"{HIDDEN}"),
                         ("qkv_w", f"{3 * HIDDEN}x{HIDDEN}"), ("qkv_b", f"{3 * HIDDEN}"),
                         ("out_w", f"{HIDDEN}x{HIDDEN}"), ("out_b", f"{HIDDEN}"),
                         ("ln2_w", f"{HIDDEN}"), ("ln2_b", f"{HIDDEN}"),
                         ("fc1_w", f"{FFN}x{HIDDEN}"), ("fc1_b", f"{FFN}"),
                         ("fc2_w", f"{HIDDEN}x{FFN}"), ("fc2_b", f"{HIDDEN}")]:
                weight(w, shapes, f"l{l}.{p}", s)
        else:
            weight(w, shapes, f"l{l}.weight", f"{HIDDEN}x{HIDDEN}")
            weight(w, shapes, f"l{l}.bias", f"{HIDDEN}")
    out.write("  fx.graph @forward {\n")
    out.write(f"    %x = fx.placeholder \"x\" : tensor<{SEQ}x{HIDDEN}xf32>\n")
    w.types["%x"] = f"tensor<{SEQ}x{HIDDEN}xf32>"
    params = {}

    def param(l, p):
        key = f"l{l % LAYERS}.{p}"
        if key not in params:
            name = w.fresh(key.replace(".", "_"))
            out.write(f"    %{name} = fx.get_attr @{key} : {shapes[key]}\n")
            w.types[f"%{name}"] = shapes[key]
            params[key] = f"%{name}"
        return params[key]

    def linear(x, l, kind, p="weight", b="bias"):
        return w.node("aten.linear.default", [x, param(l, p), param(l, b)], l, kind)

    if shape == "chain":
        x = "%x"
        for i in range(n // 4):
            h = linear(x, i, 0)
            r = w.node("aten.relu.default", [h], i, 1)
            s = w.node("aten.add.Tensor", [r, x], i, 2)
            x = w.node("aten.mul.Tensor", [s, 0.5], i, 3)
        result = x
    elif shape == "tree":
        level = []
        for i in range(n // 3):
            level.append(w.node("aten.relu.default", [linear("%x", i, 0)], i, 1))
        depth = 0
        while len(level) > 1:
            target = "aten.add.Tensor" if depth % 2 == 0 else "aten.mul.Tensor"
            nxt = [w.node(target, [a, b], i, 2 + depth % 2)
                   for i, (a, b) in enumerate(zip(level[::2], level[1::2]))]
            if len(level) % 2:
                nxt.append(level[-1])
            level = nxt
            depth += 1
        result = level[0]
    elif shape == "transformer":
        x = "%x"
        for i in range(n // TRANSFORMER_NODES_PER_BLOCK):
            ln1 = w.node("aten.layer_norm.default",
                         [x, f"[{HIDDEN}]", param(i, "ln1_w"), param(i, "ln1_b")], i, 0)
            qkv = linear(ln1, i, 1, "qkv_w", "qkv_b")
            v1 = w.node("aten.view.default", [qkv, f"[{SEQ}, 3, {HEADS}, {HEAD_DIM}]"], i, 1)
            p = w.node("aten.permute.default", [v1, "[1, 2, 0, 3]"], i, 1)
            q = w.node("aten.select.int", [p, 0, 0], i, 1)
            k = w.node("aten.select.int", [p, 0, 1], i, 1)
            v = w.node("aten.select.int", [p, 0, 2], i, 1)
            kt = w.node("aten.transpose.int", [k, 1, 2], i, 1)
            s = w.node("aten.bmm.default", [q, kt], i, 1)
            s2 = w.node("aten.mul.Tensor", [s, 0.25], i, 1)
            a = w.node("aten._softmax.default", [s2, -1, "False"], i, 1)
            o = w.node("aten.bmm.default", [a, v], i, 1)
            ot = w.node("aten.transpose.int", [o, 0, 1], i, 1)
            oc = w.node("aten.clone.default", [ot], i, 1)
            r = w.node("aten._unsafe_view.default", [oc, f"[{SEQ}, {HIDDEN}]"], i, 1)
            proj = linear(r, i, 1, "out_w", "out_b")
            x1 = w.node("aten.add_.Tensor", [proj, x], i, 1)
            ln2 = w.node("aten.layer_norm.default",
                         [x1, f"[{HIDDEN}]", param(i, "ln2_w"), param(i, "ln2_b")], i, 2)
            h = linear(ln2, i, 3, "fc1_w", "fc1_b")
            g = w.node("aten.gelu.default", [h], i, 3)
            h2 = linear(g, i, 3, "fc2_w", "fc2_b")
            x = w.node("aten.add.Tensor", [h2, x1], i, 2)
        result = x
    else:
        sys.exit(f"unknown shape {shape}")
    out.write(f"    fx.output(({result},)) : {w.types.get(result, '!fx.unknown')}\n  }}\n}}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", required=True,
                        choices=["chain", "tree", "transformer"])
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--modules", type=int, default=1)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    with open(args.output, "w", buffering=1 << 20) as out:
        for m in range(args.modules):
            write_module(out, "M" if args.modules == 1 else f"M{m}",
                         args.shape, args.n // args.modules)


if __name__ == "__main__":
    main()
