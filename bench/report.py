#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Merges the RESULT lines of fx-bench and pytorch_hook_bench.py into the
markdown tables of the README's Benchmark section.

usage: report.py RESULT-FILE...

A measurement found in several files (repeated runs) counts with its
minimum.
"""
import json
import sys


def load(paths):
    rows = []
    for path in paths:
        with open(path) as f:
            for line in f:
                if line.startswith("RESULT "):
                    rows.append(json.loads(line[len("RESULT "):]))
    return rows


def fmt_ns(ns):
    if ns is None:
        return "-"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:.0f} µs"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def fmt_spread(values, unit):
    return f"{min(values):.2f}–{max(values):.2f}{unit}"


def fmt_n(n):
    return f"{n // 1000000}M" if n >= 1000000 else f"{n // 1000}k"


PIPELINE_MODES = {"passes", "verify", "io", "callgrind", "parallel",
                  "pytorch-pipeline"}


def pass_names(rows, field):
    """The fx passes measured in `rows`, in pipeline order."""
    names = []
    for r in rows:
        for name in r[field]:
            if name.startswith("Fx") and name not in names:
                names.append(name)
    return names


def pipeline_tables(rows):
    """The tables of the README's Pipeline benchmark section (issue 14)."""
    def by_mode(mode):
        return [r for r in rows if r.get("mode") == mode]

    passes = sorted(by_mode("passes"), key=lambda r: (r["shape"], r["n"]))
    if passes:
        names = pass_names(passes, "timings")
        print("Per pass, µs per input node (wall clock, one thread, verifier "
              "off; --mlir-timing); the whole pipeline without I/O in "
              "seconds; peak RSS of the process (bytecode in and out):\n")
        print("| graph | input nodes | " +
              " | ".join(p[2:] for p in names) +
              " | pipeline µs/node | pipeline | peak RSS |")
        print("|---|---|" + "---|" * (len(names) + 3))
        for r in passes:
            t = r["timings"]
            cells = [f"{t.get(p, 0) * 1e6 / r['nodes']:.2f}" for p in names]
            print(f"| {r['shape']} | {r['nodes']:,} | " + " | ".join(cells) +
                  f" | {r['pipeline_s'] * 1e6 / r['nodes']:.2f} | "
                  f"{r['pipeline_s']:.2f} s | "
                  f"{r['rss_kib'] / 1024:.0f} MiB |")
        print()
        print("Growth of each pass's time per 10x input nodes:\n")
        print("| graph | step | " + " | ".join(p[2:] for p in names) +
              " | pipeline |")
        print("|---|---|" + "---|" * (len(names) + 1))
        for shape in sorted({r["shape"] for r in passes}):
            series = [r for r in passes if r["shape"] == shape]
            for a, b in zip(series, series[1:]):
                cells = []
                for p in names + [PIPELINE_NAME]:
                    ta, tb = a["timings"].get(p, 0), b["timings"].get(p, 0)
                    cells.append(f"{tb / ta:.1f}x" if ta > 0 else "-")
                print(f"| {shape} | {a['nodes']:,} -> {b['nodes']:,} | " +
                      " | ".join(cells) + " |")
        print()
    verify = {(r["shape"], r["n"]): r for r in by_mode("verify")}
    if verify:
        print("The verifier after each pass (fx-opt's default), µs per input "
              "node: whole pipeline with it, and without it:\n")
        print("| graph | input nodes | passes + verifier | passes |")
        print("|---|---|---|---|")
        for r in passes:
            v = verify.get((r["shape"], r["n"]))
            if not v:
                continue
            with_v = v["timings"][PIPELINE_NAME] * 1e6 / r["nodes"]
            without = r["timings"][PIPELINE_NAME] * 1e6 / r["nodes"]
            print(f"| {r['shape']} | {r['nodes']:,} | {with_v:.2f} | "
                  f"{without:.2f} |")
        print()
    io = sorted(by_mode("io"), key=lambda r: (r["shape"], r["n"]))
    if io:
        print("I/O (no pass), µs per input node; sizes in bytes per node; "
              "peak RSS of the text-in run:\n")
        print("| graph | input nodes | text B/node | text parse | text print "
              "| bytecode B/node | bytecode write | bytecode read | "
              "text parse / bytecode read | peak RSS |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for r in io:
            n = r["nodes"]
            print(f"| {r['shape']} | {n:,} | {r['text_bytes'] / n:.0f} | "
                  f"{r['text_parse_s'] * 1e6 / n:.2f} | "
                  f"{r['text_print_s'] * 1e6 / n:.2f} | "
                  f"{r['bytecode_bytes'] / n:.0f} | "
                  f"{r['bytecode_write_s'] * 1e6 / n:.2f} | "
                  f"{r['bytecode_read_s'] * 1e6 / n:.2f} | "
                  f"{r['text_parse_s'] / r['bytecode_read_s']:.1f}x | "
                  f"{r['text_in_rss_kib'] / 1024:.0f} MiB |")
        print()
    cg = sorted(by_mode("callgrind"), key=lambda r: (r["shape"], r["n"]))
    if cg:
        # In pipeline order where the timed runs give it.
        order = pass_names(passes, "timings")
        names = sorted(pass_names(cg, "instructions"),
                       key=lambda p: order.index(p) if p in order
                       else len(order))
        print("Instructions per input node (callgrind, inclusive, exact): "
              "each pass in one pipeline run (verifier off); the readers "
              "(without the verification after parsing) and writers in two "
              "runs without passes:\n")
        print("| graph | input nodes | " + " | ".join(p[2:] for p in names) +
              " | all passes | text parse | bytecode read | "
              "text / bytecode read | text print | bytecode write |")
        print("|---|---|" + "---|" * (len(names) + 6))
        for r in cg:
            counts, n = r["instructions"], r["nodes"]

            def k(value):
                return f"{value / n / 1e3:.2f}k" if value else "-"
            total = sum(counts.get(p, 0) for p in names)
            ratio = (f"{counts['text_parse'] / counts['bytecode_read']:.1f}x"
                     if counts.get("bytecode_read") else "-")
            print(f"| {r['shape']} | {n:,} | " +
                  " | ".join(k(counts.get(p, 0)) for p in names) +
                  f" | {k(total)} | {k(counts.get('text_parse', 0))} | "
                  f"{k(counts.get('bytecode_read', 0))} | {ratio} | "
                  f"{k(counts.get('text_print', 0))} | "
                  f"{k(counts.get('bytecode_write', 0))} |")
        print()
    for r in by_mode("parallel"):
        print(f"Parallel: {r['modules']} graph modules, {r['nodes']:,} input "
              f"nodes, {r['threads']} threads, load average "
              f"{r['load_before']:.1f} before; {len(r['speedups'])} pairs of "
              f"runs: pipeline {fmt_spread(r['serial_s'], ' s')} with "
              f"--mlir-disable-threading, {fmt_spread(r['threaded_s'], ' s')} "
              f"threaded, speedup {fmt_spread(r['speedups'], 'x')} "
              "(per pair); "
              f"process CPU time {sum(r['threaded_cpu_s']):.2f} s threaded "
              f"against {sum(r['serial_cpu_s']):.2f} s serial (all runs); "
              "output " + ("byte-identical" if r["identical"] else
                           "DIFFERENT") + ".\n")

    torch_rows = sorted(by_mode("pytorch-pipeline"),
                        key=lambda r: (r["shape"], r["n"]))
    if torch_rows:
        print("The same exported program lowered by PyTorch "
              f"{torch_rows[0]['torch']} (`run_decompositions()`) and by "
              "fx-mlir (`fx-export-pipeline`, one thread), µs per input node "
              "(whole run divided by input nodes):\n")
        print("| graph | input nodes | PyTorch | fx-mlir passes | fx-mlir "
              "process (parse, passes, print) | passes ratio | process "
              "ratio | end to end .pt2 → .pt2, PyTorch / fx-mlir bytecode / "
              "fx-mlir text / fx-pt2 / fx-pt2 static | end to end ratio, "
              "bytecode / text / fx-pt2 / fx-pt2 static | nodes out "
              "(PyTorch / fx-mlir) |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for r in torch_rows:
            n = r["nodes"]
            theirs = r["run_decompositions_s"]
            # Results from before fx-pt2 have no one-process figure, runs
            # without --static-build no static one.
            def per_node(seconds):
                return "–" if seconds is None else f"{seconds * 1e6 / n:,.0f}"

            def ratio(seconds):
                return ("–" if seconds is None else
                        f"{r['torch_end_to_end_s'] / seconds:,.0f}x")
            one = r.get("fx_end_to_end_one_process_s")
            static = r.get("fx_end_to_end_static_s")
            print(f"| {r['shape']} | {n:,} | {theirs * 1e6 / n:,.0f} | "
                  f"{r['fx_passes_s'] * 1e6 / n:.1f} | "
                  f"{r['fx_process_s'] * 1e6 / n:.0f} | "
                  f"{theirs / r['fx_passes_s']:,.0f}x | "
                  f"{theirs / r['fx_process_s']:,.0f}x | "
                  f"{r['torch_end_to_end_s'] * 1e6 / n:,.0f} / "
                  f"{r['fx_end_to_end_s'] * 1e6 / n:,.0f} / "
                  f"{r['fx_end_to_end_text_s'] * 1e6 / n:,.0f} / "
                  f"{per_node(one)} / {per_node(static)} | "
                  f"{r['torch_end_to_end_s'] / r['fx_end_to_end_s']:,.0f}x / "
                  f"{r['torch_end_to_end_s'] / r['fx_end_to_end_text_s']:,.0f}x / "
                  f"{ratio(one)} / {ratio(static)} | "
                  f"{r['pytorch_nodes_out']:,} / {r['fx_nodes_out']:,} |")
        print()


PIPELINE_NAME = "'fx.graph_module' Pipeline"


def main():
    rows = load(sys.argv[1:])
    pipeline_tables(rows)
    rows = [r for r in rows if r.get("mode") not in PIPELINE_MODES]
    if not rows:
        return
    time = {}
    rss = {}
    greedy = {}

    def keep_min(table, key, row, field):
        # Several runs of the same measurement: keep the fastest / smallest.
        if key not in table or row[field] < table[key][field]:
            table[key] = row

    for r in rows:
        key = (r["side"], r["shape"], r["n"], r["config"])
        if r.get("driver") == "greedy":
            keep_min(greedy, key, r, "ns_per_op_min")
        elif r["mode"] == "time":
            keep_min(time, key, r, "ns_per_op_min")
        else:
            keep_min(rss, key, r, "hwm_peak_kib")
    shapes = sorted({k[1] for k in time}, key=lambda s: s != "chain")
    sizes = sorted({k[2] for k in time if k[0] == "mlir"})
    pt_sizes = sorted({k[2] for k in time if k[0] == "pytorch"})

    def ns(side, shape, n, config):
        r = time.get((side, shape, n, config))
        return r["ns_per_op_min"] if r else None

    def pt_ns(shape, n, config):
        """PyTorch per-node cost at n, or the cost at the largest measured N
        below it (per-node cost is flat in N; marked as extrapolated)."""
        value = ns("pytorch", shape, n, config)
        if value is not None:
            return value, False
        smaller = [m for m in pt_sizes if m < n and ns("pytorch", shape, m, config)]
        if not smaller:
            return None, False
        return ns("pytorch", shape, max(smaller), config), True

    print("Time per created op (minimum over rounds; each round builds a fresh "
          "graph in a fresh context):\n")
    print("| graph | N | created | fx-mlir (a) none | (b) metadata | (c) metadata+types "
          "| b/a | c/a | (i) pattern infers | PyTorch no hook | PyTorch hook "
          "| PyTorch hook / fx-mlir (c) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for shape in shapes:
        for n in sizes:
            a, b, c, i = (ns("mlir", shape, n, x) for x in "abci")
            created = time[("mlir", shape, n, "a")]["created"]
            pa, ea = pt_ns(shape, n, "a")
            pc, ec = pt_ns(shape, n, "c")
            star = lambda v, e: ("~" if e else "") + fmt_ns(v)  # noqa: E731
            ratio = f"{'~' if ec else ''}{pc / c:,.0f}x" if pc and c else "-"
            print(f"| {shape} | {fmt_n(n)} | {created:,} | {fmt_ns(a)} | {fmt_ns(b)} "
                  f"| {fmt_ns(c)} | {b / a:.2f} | {c / a:.2f} | {fmt_ns(i)} "
                  f"| {star(pa, ea)} | {star(pc, ec)} | {ratio} |")
    print()
    print("`~`: PyTorch not run at this N; its per-node cost at the largest "
          "N it ran is used (the hook's cost per node does not depend on N).\n")

    print("Thread CPU time per created op, same runs (leaves out time spent "
          "waiting for a core on a loaded machine):\n")
    print("| graph | N | fx-mlir (a) | (b) | (c) | b/a | c/a | PyTorch hook |")
    print("|---|---|---|---|---|---|---|---|")
    for shape in shapes:
        for n in sizes:
            cpu = [time.get(("mlir", shape, n, x), {}).get("cpu_ns_per_op_min")
                   for x in "abc"]
            if not all(cpu):
                continue
            pt = time.get(("pytorch", shape, n, "c"), {}).get("cpu_ns_per_op_min")
            print(f"| {shape} | {fmt_n(n)} | {fmt_ns(cpu[0])} | {fmt_ns(cpu[1])} "
                  f"| {fmt_ns(cpu[2])} | {cpu[1] / cpu[0]:.2f} "
                  f"| {cpu[2] / cpu[0]:.2f} | {fmt_ns(pt)} |")
    print()

    print("Growth from 100k to 1M ops (time of the whole rewrite, 10x the ops):\n")
    print("| graph | (a) | (b) | (c) |")
    print("|---|---|---|---|")
    for shape in shapes:
        cells = []
        for config in "abc":
            small = time.get(("mlir", shape, 100000, config))
            large = time.get(("mlir", shape, 1000000, config))
            cells.append(f"{large['min_s'] / small['min_s']:.1f}x"
                         if small and large else "-")
        print(f"| {shape} | " + " | ".join(cells) + " |")
    print()

    if greedy:
        print("Driver: the same rewrite under applyPatternsGreedily (region "
              "simplification off) instead of walkAndApplyPatterns:\n")
        print("| graph | N | greedy (a) | walk (a) | greedy (b) | greedy (c) "
              "| greedy b/a | greedy c/a |")
        print("|---|---|---|---|---|---|---|---|")
        for (side, shape, n, config) in sorted(k for k in greedy if k[3] == "a"):
            g = [greedy.get((side, shape, n, x)) for x in "abc"]
            if not all(g):
                continue
            ga, gb, gc = (x["ns_per_op_min"] for x in g)
            print(f"| {shape} | {fmt_n(n)} | {fmt_ns(ga)} "
                  f"| {fmt_ns(ns('mlir', shape, n, 'a'))} | {fmt_ns(gb)} "
                  f"| {fmt_ns(gc)} | {gb / ga:.2f} | {gc / ga:.2f} |")
        print()

    if rss:
        print("Memory (each config in a fresh process). Peak: VmHWM. Retained: "
              "VmRSS after the rewrite, once the listener scope is gone and "
              "malloc_trim has returned freed pages, i.e. what the output IR "
              "keeps. Per created op: (x - a) / created ops.\n")
        print("| graph | N | created | peak (a) | peak (b) | peak (c) "
              "| peak (b - a) / op | peak (c - a) / op "
              "| retained (b - a) / op | retained (c - a) / op |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        rss_sizes = sorted({k[2] for k in rss})
        for shape in shapes:
            for n in rss_sizes:
                r = [rss.get(("mlir", shape, n, x)) for x in "abc"]
                if not all(r):
                    continue
                peak = [x["hwm_peak_kib"] for x in r]
                kept = [x["rss_retained_kib"] for x in r]
                created = r[0]["created"]
                per_op = lambda v: [(p - v[0]) * 1024 / created for p in v[1:]]  # noqa: E731
                print(f"| {shape} | {fmt_n(n)} | {created:,} | "
                      + " | ".join(f"{p / 1024:.0f} MiB" for p in peak)
                      + " | " + " | ".join(f"{x:.1f} B" for x in per_op(peak))
                      + " | " + " | ".join(f"{x:.1f} B" for x in per_op(kept))
                      + " |")
        print()


if __name__ == "__main__":
    main()
