#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The pipeline against PyTorch 2.13 (issue 14): the same exported program
lowered to Core ATen by `ExportedProgram.run_decompositions()` and by
fx-mlir's `fx-export-pipeline`, in the same run.

usage: pytorch_pipeline.py --build BUILD [--sizes 1000,4000,10000]
                           [--shapes chain,transformer] [--rounds 2]
                           [--work DIR]

For each shape and size, a model written here in plain torch.nn is exported
(`torch.export.export`, non-strict; not timed) and saved with
`torch.export.save`. PyTorch's side is `ep.run_decompositions()` (its
default table, which re-traces the program and gives every created node its
metadata), minimum over the rounds. fx-mlir's side reads the same archive
(`fx-translate --import-pt2`, not timed) and runs `fx-opt --fx-export-pipeline`
on one thread: the passes alone (--mlir-timing) and the whole process with
text parse and print. End to end, from the saved archive to a saved archive, as
a user runs each side: PyTorch's `torch.export.load`, `run_decompositions()`,
`torch.export.save`; fx-mlir's `fx-translate --import-pt2`, `fx-opt
--fx-export-pipeline` and `fx-translate --export-pt2`, three processes (the
wall clock of all three) with MLIR bytecode between them (`--emit-bytecode`),
and again with text (`--mlir-print-debuginfo`, so that both keep the stack
traces); and `fx-pt2 --fx-export-pipeline`, the same work in one process. The
shapes (N = input call_function nodes):

  chain        N/4 blocks  relu(linear(x)) + x, * 0.5  (64 layers, reused)
  transformer  N/22 pre-norm blocks: layer_norm, qkv linear, view, permute,
               select x3, transpose, matmul, scale, softmax, matmul,
               transpose, contiguous, view, out linear, in-place add,
               layer_norm, linear, gelu, linear, add

Prints one `RESULT {json}` line per (shape, N) with mode=pytorch-pipeline
(bench/report.py makes the table), with the call targets in which the two
results differ (fx-mlir's read back with `fx-translate --export-pt2` and
`torch.export.load`), so that a ratio never compares different work unnoticed.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import time
import warnings

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pipeline import PIPELINE, timed  # noqa: E402

LAYERS = 64
HIDDEN = 64
SEQ = 8
HEADS = 4
HEAD_DIM = HIDDEN // HEADS
TRANSFORMER_NODES_PER_BLOCK = 22


class ChainBlock(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(HIDDEN, HIDDEN)

    def forward(self, x):
        return (torch.relu(self.fc(x)) + x) * 0.5


class TransformerBlock(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm1 = torch.nn.LayerNorm(HIDDEN)
        self.qkv = torch.nn.Linear(HIDDEN, 3 * HIDDEN)
        self.out = torch.nn.Linear(HIDDEN, HIDDEN)
        self.norm2 = torch.nn.LayerNorm(HIDDEN)
        self.fc1 = torch.nn.Linear(HIDDEN, 4 * HIDDEN)
        self.fc2 = torch.nn.Linear(4 * HIDDEN, HIDDEN)

    def forward(self, x):
        qkv = self.qkv(self.norm1(x)).view(SEQ, 3, HEADS, HEAD_DIM)
        qkv = qkv.permute(1, 2, 0, 3)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = torch.softmax(q @ k.transpose(-2, -1) * HEAD_DIM ** -0.5, -1)
        attended = (scores @ v).transpose(0, 1).contiguous().view(SEQ, HIDDEN)
        h = self.out(attended)
        h += x
        return h + self.fc2(torch.nn.functional.gelu(self.fc1(self.norm2(h))))


class Stack(torch.nn.Module):
    """`blocks` applications of LAYERS blocks used cyclically, so that the
    weights stay small while the graph grows."""

    def __init__(self, block, blocks):
        super().__init__()
        self.layers = torch.nn.ModuleList(block() for _ in range(LAYERS))
        self.blocks = blocks

    def forward(self, x):
        for i in range(self.blocks):
            x = self.layers[i % LAYERS](x)
        return x


SHAPES = {
    "chain": (ChainBlock, 4),
    "transformer": (TransformerBlock, TRANSFORMER_NODES_PER_BLOCK),
}


def fastest(rounds, run):
    """The least wall clock, in seconds, of `rounds` calls of `run`."""
    best = None
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    return best


def call_targets(graph):
    return collections.Counter(str(n.target) for n in graph.nodes
                               if n.op == "call_function")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True)
    parser.add_argument("--sizes", default="1000,4000,10000")
    parser.add_argument("--shapes", default="chain,transformer")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--work", default="/tmp/fx-pytorch-pipeline-bench")
    parser.add_argument("--static-build",
                        help="a build configured with -DMLIR_LINK_MLIR_DYLIB=OFF "
                             "(MLIR's component libraries): its fx-pt2 is timed "
                             "too, and must write the same archive")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    os.makedirs(args.work, exist_ok=True)
    fx_opt = os.path.join(args.build, "bin", "fx-opt")
    fx_translate = os.path.join(args.build, "bin", "fx-translate")
    fx_pt2 = os.path.join(args.build, "bin", "fx-pt2")
    torch.manual_seed(0)

    for shape in args.shapes.split(","):
        block, per_block = SHAPES[shape]
        for n in (int(s) for s in args.sizes.split(",") if s):
            model = Stack(block, max(1, n // per_block)).eval()
            ep = torch.export.export(model, (torch.randn(SEQ, HIDDEN),),
                                     strict=False)
            nodes = sum(c for c in call_targets(ep.graph).values())
            archive = os.path.join(args.work, f"{shape}-{n}.pt2")
            torch.export.save(ep, archive)

            best, decomposed = None, None
            for _ in range(args.rounds):
                start = time.perf_counter()
                decomposed = ep.run_decompositions()
                seconds = time.perf_counter() - start
                best = seconds if best is None else min(best, seconds)

            mlir = os.path.join(args.work, f"{shape}-{n}.mlir")
            out = os.path.join(args.work, f"{shape}-{n}.out.mlir")
            subprocess.run([fx_translate, "--import-pt2", archive,
                            "--mlir-print-debuginfo", "-o", mlir], check=True)
            passes, process = None, None
            for _ in range(args.rounds):
                timings, _, wall, _ = timed(fx_opt, [
                    mlir, "--fx-export-pipeline", "--mlir-disable-threading",
                    "--verify-each=false", "--mlir-print-debuginfo",
                    "-o", out])
                pipeline = timings[PIPELINE]
                passes = pipeline if passes is None else min(passes, pipeline)
                process = wall if process is None else min(process, wall)

            saved = os.path.join(args.work, f"{shape}-{n}.torch-out.pt2")
            ours_saved = os.path.join(args.work, f"{shape}-{n}.fx-out.pt2")
            one_saved = os.path.join(args.work, f"{shape}-{n}.fx-pt2-out.pt2")

            def torch_end_to_end():
                torch.export.save(
                    torch.export.load(archive).run_decompositions(), saved)

            def fx_end_to_end(form):
                suffix = ".mlirbc" if form == "--emit-bytecode" else ".mlir"
                imported = os.path.join(args.work, f"{shape}-{n}.in{suffix}")
                lowered = os.path.join(args.work, f"{shape}-{n}.out{suffix}")
                subprocess.run([fx_translate, "--import-pt2", archive, form,
                                "-o", imported], check=True)
                subprocess.run([fx_opt, imported, "--fx-export-pipeline",
                                "--mlir-disable-threading", "--verify-each=false",
                                form, "-o", lowered], check=True)
                subprocess.run([fx_translate, "--export-pt2", lowered, "-o",
                                ours_saved], check=True)

            def fx_one_process(tool=fx_pt2, saved=one_saved):
                subprocess.run([tool, archive, "--fx-export-pipeline",
                                "--mlir-disable-threading", "--verify-each=false",
                                "-o", saved], check=True)

            torch_e2e = fastest(args.rounds, torch_end_to_end)
            fx_e2e_one = fastest(args.rounds, fx_one_process)
            fx_e2e_static = None
            if args.static_build:
                static_saved = os.path.join(args.work,
                                            f"{shape}-{n}.fx-pt2-static-out.pt2")
                static_pt2 = os.path.join(args.static_build, "bin", "fx-pt2")
                fx_e2e_static = fastest(
                    args.rounds, lambda: fx_one_process(static_pt2, static_saved))
                with open(static_saved, "rb") as static, \
                        open(one_saved, "rb") as one:
                    if static.read() != one.read():
                        sys.exit(f"{shape}-{n}: the static build's fx-pt2 wrote "
                                 "another archive")
            fx_e2e_text = fastest(args.rounds,
                                  lambda: fx_end_to_end("--mlir-print-debuginfo"))
            # Last, so that the archive compared below is the bytecode path's.
            fx_e2e = fastest(args.rounds, lambda: fx_end_to_end("--emit-bytecode"))

            with open(ours_saved, "rb") as three, open(one_saved, "rb") as one:
                if three.read() != one.read():
                    sys.exit(f"{shape}-{n}: fx-pt2 wrote another archive than "
                             "the three processes")
            theirs = call_targets(decomposed.graph)
            ours = call_targets(torch.export.load(ours_saved).graph)
            difference = {t: (theirs.get(t, 0), ours.get(t, 0))
                          for t in sorted(set(theirs) | set(ours))
                          if theirs.get(t, 0) != ours.get(t, 0)}
            print("RESULT " + json.dumps({
                "mode": "pytorch-pipeline", "shape": shape, "n": n,
                "nodes": nodes, "torch": torch.__version__,
                "run_decompositions_s": round(best, 4),
                "fx_passes_s": round(passes, 5),
                "fx_process_s": round(process, 4),
                "torch_end_to_end_s": round(torch_e2e, 4),
                "fx_end_to_end_s": round(fx_e2e, 4),
                "fx_end_to_end_text_s": round(fx_e2e_text, 4),
                "fx_end_to_end_one_process_s": round(fx_e2e_one, 4),
                "fx_end_to_end_static_s": (None if fx_e2e_static is None
                                           else round(fx_e2e_static, 4)),
                "pytorch_nodes_out": sum(theirs.values()),
                "fx_nodes_out": sum(ours.values()),
                "targets_differ": difference,
            }), flush=True)


if __name__ == "__main__":
    sys.exit(main())
