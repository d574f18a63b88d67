#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The pipeline benchmark (issue 14): fx-opt's fx-export-pipeline on generated
graphs (bench/fx-bench-graph), per pass, with I/O measured separately.

usage: pipeline.py [--fx-opt FX_OPT] [--fx-bench-graph TOOL] [--sizes 10000,100000,1000000]
                   [--shapes chain,tree,transformer] [--verify-sizes N,...]
                   [--callgrind N,...] [--parallel N] [--modules 16]
                   [--work DIR]

Prints one `RESULT {json}` line per measurement (bench/report.py reads them):
  mode=io         text parse and bytecode write (one run, text in), bytecode
                  read and text print (one run, bytecode in); file sizes
  mode=passes     per-pass wall time (--mlir-timing, one thread, verifier off
                  so that each figure is the pass alone), the whole pipeline
                  without I/O, peak RSS (VmHWM) of the process; bytecode in
                  and out, so that the run is mostly the passes
  mode=verify     the same run with the verifier on after each pass
  mode=callgrind  instructions (callgrind, inclusive, exact) of each pass in
                  one pipeline run (bytecode in and out, verifier off) at
                  every size, and at the first size of the text parser,
                  bytecode writer, bytecode reader and text printer (without
                  the verification after parsing) in two runs, also on
                  `symbolic-chain`, the chain with a symbolic batch size
  mode=parallel   the pipeline on a file of M graph modules (transformer),
                  threaded (the machine's cores) and --mlir-disable-threading:
                  the wall time of the nested graph-module pipeline in 3
                  pairs of runs (serial then threaded, so that both runs of
                  a pair see the same load on a shared machine), each pair's
                  speedup, the load average before, the CPU time of each
                  process (all threads; the load does not inflate it), and
                  whether every threaded output is byte-identical to the
                  serial one
Input nodes are the call_function nodes of the input graph.
"""
import argparse
import filecmp
import json
import os
import re
import subprocess
import time

# The wall-time column (the last one) of an --mlir-timing line, and its name.
TIMING = re.compile(r"([0-9.]+) \(\s*[0-9.]+%\)\s+([A-Za-z'].*?)\s*$")
PIPELINE = "'fx.graph_module' Pipeline"


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True)


def timed(fx_opt, args):
    """(timings by name, peak RSS KiB, wall seconds, CPU seconds of all
    threads) of an fx-opt run."""
    start = time.perf_counter()
    proc = run(["/usr/bin/time", "-f", "RSS %M CPU %U %S", fx_opt, *args,
                "--mlir-timing"])
    wall = time.perf_counter() - start
    timings, rss, cpu = {}, None, None
    for line in proc.stderr.splitlines():
        if line.startswith("RSS "):
            _, kib, _, user, system = line.split()
            rss, cpu = int(kib), float(user) + float(system)
            continue
        match = TIMING.search(line)
        if match:
            timings[match.group(2)] = float(match.group(1))
    return timings, rss, wall, cpu


class Inputs:
    """The generated input graphs: text from fx-bench-graph, bytecode from
    that text by fx-opt (the I/O measurement's first run) or, where no text
    is needed, from fx-bench-graph directly. `nodes` holds the call_function
    nodes of each graph, as the generator reports them."""

    def __init__(self, graph_tool, work):
        self.graph_tool, self.work = graph_tool, work
        self.nodes = {}

    def path(self, shape, n, modules=1, suffix=".mlir"):
        return os.path.join(self.work, f"{shape}-{n}-{modules}m{suffix}")

    def text(self, shape, n, modules=1):
        path = self.path(shape, n, modules)
        self._generate(shape, n, modules, path, [])
        return path

    def bytecode(self, shape, n, modules=1):
        """The bytecode file, made from the text by measure_io or else
        generated here."""
        path = self.path(shape, n, modules, ".mlirbc")
        if (shape, n, modules) not in self.nodes or not os.path.exists(path):
            self._generate(shape, n, modules, path, ["--emit-bytecode"])
        return path

    def _generate(self, shape, n, modules, path, extra):
        base = shape.removeprefix("symbolic-")
        symbolic = ["--symbolic"] if base != shape else []
        out = run([self.graph_tool, f"--shape={base}", f"--n={n}",
                   f"--modules={modules}", *symbolic, *extra,
                   "-o", path]).stdout
        self.nodes[(shape, n, modules)] = int(out.split(":")[1])

    def remove(self, shape, n, modules=1):
        for suffix in (".mlir", ".mlirbc"):
            if os.path.exists(self.path(shape, n, modules, suffix)):
                os.remove(self.path(shape, n, modules, suffix))


def emit(**row):
    print("RESULT " + json.dumps(row), flush=True)


# Inclusive instruction counts: each pass's runOnOperation, the reader (text
# or bytecode) and the writers.
CALLGRIND_FUNCTIONS = {
    "parse": "mlir::parseSourceFile(",
    "text_print": "mlir::Operation::print(llvm::raw_ostream&, mlir::AsmState&)",
    "bytecode_write": "mlir::writeBytecodeToFile(",
}
PASS_FUNCTION = re.compile(r"\(anonymous namespace\)::(\w+)Pass::runOnOperation\(\)")


def callgrind_by_function(cmd, out):
    """Inclusive instructions of the passes, the reader and the writers in
    one callgrind run of `cmd`."""
    subprocess.run(["valgrind", "--tool=callgrind",
                    f"--callgrind-out-file={out}", *cmd],
                   capture_output=True, check=True)
    annotated = run(["callgrind_annotate", "--inclusive=yes",
                     "--threshold=100", out]).stdout
    counts = {}
    for line in annotated.splitlines():
        match = re.match(r"\s*([0-9,]+) \(", line)
        if not match:
            continue
        value = int(match.group(1).replace(",", ""))
        if "PROGRAM TOTALS" in line:
            counts["total"] = value
        elif (m := PASS_FUNCTION.search(line)):
            counts["Fx" + m.group(1)] = max(counts.get("Fx" + m.group(1), 0),
                                            value)
        else:
            for key, name in CALLGRIND_FUNCTIONS.items():
                if name in line:
                    counts[key] = max(counts.get(key, 0), value)
    os.remove(out)
    return counts


def measure_io(fx_opt, inputs, work, shape, n):
    """Text in and bytecode out (kept: the pipeline's input), then that
    bytecode in and text out."""
    text_in = inputs.text(shape, n)
    nodes = inputs.nodes[(shape, n, 1)]
    bytecode = inputs.path(shape, n, suffix=".mlirbc")
    text_out = os.path.join(work, "io.mlir")
    write, text_rss, _, _ = timed(fx_opt, [text_in, "--emit-bytecode",
                                           "-o", bytecode])
    os.remove(text_in)
    read, bytecode_rss, _, _ = timed(
        fx_opt, [bytecode, "--mlir-print-debuginfo", "-o", text_out])
    emit(mode="io", shape=shape, n=n, nodes=nodes,
         text_bytes=os.path.getsize(text_out),
         bytecode_bytes=os.path.getsize(bytecode),
         text_parse_s=write.get("Parser"),
         bytecode_write_s=write.get("Output"),
         bytecode_read_s=read.get("Parser"),
         text_print_s=read.get("Output"),
         text_in_rss_kib=text_rss, bytecode_in_rss_kib=bytecode_rss)
    os.remove(text_out)
    return nodes


def measure_pipeline(fx_opt, inputs, shape, n, nodes, verify):
    common = [inputs.bytecode(shape, n), "--fx-export-pipeline",
              "--mlir-disable-threading", "--emit-bytecode", "-o", os.devnull]
    timings, rss, wall, _ = timed(fx_opt, common + ["--verify-each=false"])
    emit(mode="passes", shape=shape, n=n, nodes=nodes, rss_kib=rss,
         wall_s=wall, pipeline_s=timings.get(PIPELINE), timings=timings)
    if verify:
        timings, rss, wall, _ = timed(fx_opt, common)
        emit(mode="verify", shape=shape, n=n, nodes=nodes, rss_kib=rss,
             wall_s=wall, timings=timings)


def measure_callgrind(fx_opt, inputs, work, shape, n, passes, io):
    """Instructions of the passes (bytecode in and out, no verifier) and,
    with `io`, of the readers and writers in two runs without passes."""
    out = os.path.join(work, "callgrind.out")
    counts = {}
    # The readers without the verification that parsing ends with.
    flags = ["--mlir-very-unsafe-disable-verifier-on-parsing",
             "--mlir-disable-threading"]
    if io:
        text_run = callgrind_by_function(
            [fx_opt, inputs.text(shape, n), *flags, "--emit-bytecode",
             "-o", os.devnull], out)
        counts["text_parse"] = text_run.get("parse", 0)
        counts["bytecode_write"] = text_run.get("bytecode_write", 0)
    bytecode = inputs.bytecode(shape, n)
    if io:
        bytecode_run = callgrind_by_function(
            [fx_opt, bytecode, *flags, "--mlir-print-debuginfo",
             "-o", os.devnull], out)
        counts["bytecode_read"] = bytecode_run.get("parse", 0)
        counts["text_print"] = bytecode_run.get("text_print", 0)
    if passes:
        pipeline_run = callgrind_by_function(
            [fx_opt, bytecode, *flags, "--fx-export-pipeline",
             "--verify-each=false", "--emit-bytecode", "-o", os.devnull], out)
        counts.update({name: value for name, value in pipeline_run.items()
                       if name.startswith("Fx")})
    emit(mode="callgrind", shape=shape, n=n,
         nodes=inputs.nodes[(shape, n, 1)], instructions=counts)
    inputs.remove(shape, n)


def measure_parallel(fx_opt, inputs, work, n, modules, pairs=3):
    path = inputs.bytecode("transformer", n, modules)
    nodes = inputs.nodes[("transformer", n, modules)]
    load = os.getloadavg()[0]
    serial_out = os.path.join(work, "parallel-serial.mlirbc")
    threaded_out = os.path.join(work, "parallel-threaded.mlirbc")
    # Bytecode out: it holds everything text would (locations included) and
    # writes in a third of the time, which is serial in both runs.
    common = [path, "--fx-export-pipeline", "--verify-each=false",
              "--emit-bytecode"]
    serial, threaded, serial_cpu, threaded_cpu = [], [], [], []
    identical = True
    for _ in range(pairs):
        timings, _, _, cpu = timed(
            fx_opt, common + ["--mlir-disable-threading", "-o", serial_out])
        serial.append(timings[PIPELINE])
        serial_cpu.append(cpu)
        timings, _, _, cpu = timed(fx_opt, common + ["-o", threaded_out])
        threaded.append(timings[PIPELINE])
        threaded_cpu.append(cpu)
        identical &= filecmp.cmp(serial_out, threaded_out, shallow=False)
    for out in (serial_out, threaded_out):
        os.remove(out)
    inputs.remove("transformer", n, modules)
    emit(mode="parallel", n=n, nodes=nodes, modules=modules,
         threads=os.cpu_count(), load_before=load, serial_s=serial,
         threaded_s=threaded,
         speedups=[s / t for s, t in zip(serial, threaded)],
         serial_cpu_s=serial_cpu, threaded_cpu_s=threaded_cpu,
         identical=identical)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fx-opt", default="fx-opt")
    parser.add_argument("--fx-bench-graph", default="fx-bench-graph")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shapes", default="chain,tree,transformer")
    parser.add_argument("--verify-sizes", default=None,
                        help="sizes of the verifier runs (default: all)")
    parser.add_argument("--callgrind", default="",
                        help="sizes for the instruction counts (none: skip)")
    parser.add_argument("--parallel", type=int, default=0,
                        help="total N of the multi-module file (0: skip)")
    parser.add_argument("--modules", type=int, default=16)
    parser.add_argument("--work", default="/tmp/fx-pipeline-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    fx_opt = args.fx_opt
    inputs = Inputs(args.fx_bench_graph, args.work)
    sizes = [int(n) for n in args.sizes.split(",") if n]
    verify_sizes = sizes if args.verify_sizes is None else \
        [int(n) for n in args.verify_sizes.split(",") if n]
    shapes = args.shapes.split(",")

    for shape in shapes:
        for n in sizes:
            nodes = measure_io(fx_opt, inputs, args.work, shape, n)
            measure_pipeline(fx_opt, inputs, shape, n, nodes,
                             verify=n in verify_sizes)
            # Inputs of 1M nodes are hundreds of MB: keep none.
            inputs.remove(shape, n)

    # Passes at every size (linearity); readers and writers, whose cost per
    # node the passes' linearity does not depend on, at the first.
    callgrind_sizes = [int(n) for n in args.callgrind.split(",") if n]
    for n in callgrind_sizes:
        for shape in shapes + ["symbolic-chain"]:
            passes = not shape.startswith("symbolic-")
            io = n == callgrind_sizes[0]
            if passes or io:
                measure_callgrind(fx_opt, inputs, args.work, shape, n,
                                  passes, io)

    if args.parallel:
        measure_parallel(fx_opt, inputs, args.work, args.parallel,
                         args.modules)


if __name__ == "__main__":
    main()
