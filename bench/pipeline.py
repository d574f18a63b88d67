#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The pipeline benchmark (issue 14): fx-opt's fx-export-pipeline on generated
graphs (bench/pipeline_graphs.py), per pass, with I/O measured separately.

usage: pipeline.py --fx-opt BUILD/bin/fx-opt [--sizes 10000,100000,1000000]
                   [--shapes chain,tree,transformer] [--callgrind N]
                   [--parallel N] [--work DIR]

Prints one `RESULT {json}` line per measurement (bench/report.py reads them):
  mode=passes     per-pass wall time (--mlir-timing, one thread, verifier off
                  so that each figure is the pass alone), peak RSS of the run
  mode=verify     the same run with the verifier on after each pass
  mode=io         text parse and print, bytecode write and read, file sizes
  mode=callgrind  instructions (callgrind, inclusive) of each pass, the
                  verifier, the parser and the printer in one pipeline run
  mode=parallel   the pipeline on a file of 16 graph modules, threaded (the
                  machine's cores) and --mlir-disable-threading: the wall
                  time of the nested graph-module pipeline, best of 3
Input nodes are the call_function nodes of the input graph.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# The wall-time column (the last one) of an --mlir-timing line, and its name.
TIMING = re.compile(r"([0-9.]+) \(\s*[0-9.]+%\)\s+([A-Za-z'].*?)\s*$")
PIPELINE = "'fx.graph_module' Pipeline"


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, capture_output=True, text=True,
                          **kwargs)


def timed(fx_opt, args):
    """(timings by name, peak RSS KiB, wall seconds) of an fx-opt run."""
    start = time.perf_counter()
    proc = run(["/usr/bin/time", "-f", "RSS %M", fx_opt, *args,
                "--mlir-timing"])
    wall = time.perf_counter() - start
    timings, rss = {}, None
    for line in proc.stderr.splitlines():
        if line.startswith("RSS "):
            rss = int(line.split()[1])
            continue
        match = TIMING.search(line)
        if match:
            timings[match.group(2)] = float(match.group(1))
    return timings, rss, wall


def input_file(fx_opt, work, shape, n, modules=1):
    """The typed input graph (generated and typed once, untimed)."""
    suffix = f"-{modules}m" if modules > 1 else ""
    path = os.path.join(work, f"{shape}-{n}{suffix}.mlir")
    if not os.path.exists(path):
        raw = path + ".raw"
        run([sys.executable, os.path.join(HERE, "pipeline_graphs.py"),
             f"--shape={shape}", f"--n={n}", f"--modules={modules}", "-o", raw])
        run([fx_opt, raw, "--fx-infer-types", "--mlir-print-debuginfo",
             "-o", path])
        os.remove(raw)
    return path


def count_nodes(path):
    with open(path) as f:
        return sum(line.count("fx.call_function") for line in f
                   if not line.startswith("#"))


def emit(**row):
    print("RESULT " + json.dumps(row), flush=True)


# Inclusive instruction counts reported per benchmark row: each pass's
# runOnOperation, the verifier, the parser and the printer.
CALLGRIND_FUNCTIONS = {
    "verifier": "mlir::verify(mlir::Operation*, bool)",
    "parse": "mlir::parseSourceFile(",
    "print": "mlir::Operation::print(llvm::raw_ostream&, mlir::AsmState&)",
}
PASS_FUNCTION = re.compile(r"\(anonymous namespace\)::(\w+)Pass::runOnOperation\(\)")


def callgrind_by_function(cmd, out):
    """Inclusive instructions of the pipeline's passes, verifier, parser and
    printer in one callgrind run of `cmd`."""
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                    *cmd], capture_output=True, check=True)
    annotated = run(["callgrind_annotate", "--inclusive=yes", "--threshold=100",
                     out]).stdout
    counts = {}
    for line in annotated.splitlines():
        match = re.match(r"\s*([0-9,]+) \(", line)
        if not match:
            continue
        value = int(match.group(1).replace(",", ""))
        if "PROGRAM TOTALS" in line:
            counts["total"] = value
        elif (m := PASS_FUNCTION.search(line)):
            counts["Fx" + m.group(1)] = max(counts.get("Fx" + m.group(1), 0), value)
        else:
            for key, name in CALLGRIND_FUNCTIONS.items():
                if name in line:
                    counts[key] = max(counts.get(key, 0), value)
    os.remove(out)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fx-opt", required=True)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shapes", default="chain,tree,transformer")
    parser.add_argument("--callgrind", default="",
                        help="sizes for the instruction counts (none: skip)")
    parser.add_argument("--parallel", type=int, default=0,
                        help="total N of the 16-module file (0: skip)")
    parser.add_argument("--io-sizes", default=None,
                        help="sizes of the verify and io runs (default: all)")
    parser.add_argument("--work", default="/tmp/fx-pipeline-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    fx_opt = args.fx_opt
    sizes = [int(n) for n in args.sizes.split(",") if n]
    shapes = args.shapes.split(",")

    for shape in shapes:
        for n in sizes:
            path = input_file(fx_opt, args.work, shape, n)
            nodes = count_nodes(path)
            out = os.path.join(args.work, "out.mlir")
            common = [path, "--fx-export-pipeline", "--mlir-print-debuginfo",
                      "--mlir-disable-threading", "-o", out]
            timings, rss, wall = timed(fx_opt, common + ["--verify-each=false"])
            emit(mode="passes", shape=shape, n=n, nodes=nodes, rss_kib=rss,
                 wall_s=wall, timings=timings)
            if args.io_sizes is not None and \
                    str(n) not in args.io_sizes.split(","):
                os.remove(out)
                continue
            timings, rss, wall = timed(fx_opt, common)
            emit(mode="verify", shape=shape, n=n, nodes=nodes, rss_kib=rss,
                 wall_s=wall, timings=timings)

            # I/O alone: text in and out, bytecode out, bytecode in.
            text_out = os.path.join(args.work, "io.mlir")
            bytecode = os.path.join(args.work, "io.mlirbc")
            text, _, _ = timed(fx_opt, [path, "--mlir-print-debuginfo",
                                        "-o", text_out])
            write, _, _ = timed(fx_opt, [path, "--emit-bytecode",
                                         "-o", bytecode])
            read, _, _ = timed(fx_opt, [bytecode, "--mlir-print-debuginfo",
                                        "-o", os.devnull])
            emit(mode="io", shape=shape, n=n, nodes=nodes,
                 text_bytes=os.path.getsize(text_out),
                 bytecode_bytes=os.path.getsize(bytecode),
                 text_parse_s=text.get("Parser"),
                 text_print_s=text.get("Output"),
                 bytecode_write_s=write.get("Output"),
                 bytecode_read_s=read.get("Parser"))
            os.remove(out)

    for n in [int(n) for n in args.callgrind.split(",") if n]:
        for shape in shapes:
            path = input_file(fx_opt, args.work, shape, n)
            nodes = count_nodes(path)
            emit(mode="callgrind", shape=shape, n=n, nodes=nodes,
                 instructions=callgrind_by_function(
                     [fx_opt, path, "--fx-export-pipeline",
                      "--mlir-disable-threading", "-o", os.devnull],
                     os.path.join(args.work, "callgrind.out")))

    if args.parallel:
        path = input_file(fx_opt, args.work, "transformer", args.parallel,
                          modules=16)
        nodes = count_nodes(path)
        runs = {}
        for label, extra in (("serial", ["--mlir-disable-threading"]),
                             ("threaded", [])):
            best = None
            for _ in range(3):
                timings, _, _ = timed(fx_opt, [path, "--fx-export-pipeline",
                                               "--verify-each=false",
                                               "-o", os.devnull, *extra])
                pipeline = timings[PIPELINE]
                best = pipeline if best is None else min(best, pipeline)
            runs[label] = best
        emit(mode="parallel", n=args.parallel, nodes=nodes, modules=16,
             threads=os.cpu_count(), serial_s=runs["serial"],
             threaded_s=runs["threaded"],
             speedup=runs["serial"] / runs["threaded"])


if __name__ == "__main__":
    main()
