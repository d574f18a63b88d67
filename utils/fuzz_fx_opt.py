#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Mutation fuzzing of fx-opt's parser, verifier and printer.

Takes .mlir files (the round-trip and invalid tests), mutates them (truncate,
delete / duplicate / insert tokens, swap or replace characters, splice lines,
nest brackets thousands deep, insert bytes that are not UTF-8) and runs
`fx-opt` on each variant, with no pass or with a pipeline. A variant passes
when fx-opt exits with 0 or 1; a signal, an abort or any other exit code is a
crash, written to --crash-dir with the command that shows it. Valid outputs
are also parsed again, so printer output that does not read back (exit 1 on
the second run) is reported too.

    utils/fuzz_fx_opt.py --fx-opt build/bin/fx-opt -n 5000 test/Dialect/Fx/*.mlir

With --write-seeds DIR, writes each `// -----` split of the files to DIR
instead, as the seed corpus of the libFuzzer targets (utils/fuzz.sh).

Exit status: 0 if no variant crashed, 1 otherwise.
"""

import argparse
import concurrent.futures
import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile

# Tokens the mutator inserts: the fx syntax, MLIR punctuation and values that
# stress number, string and symbol handling.
EXTRA_TOKENS = [
    "(", ")", "[", "]", "{", "}", "<", ">", ",", ":", "=", "-", "+", "*", "%", "@",
    "#", "!", "...", "->", "\"", "\\", "None", "True", "False", "inf", "nan",
    "-inf", "slice", "torch.device", "torch.float32", "torch.bogus", "torch.",
    "9223372036854775807", "-9223372036854775808", "9223372036854775808",
    "99999999999999999999999", "0x7FF8000000000000", "1.0e+308", "1.0e+999",
    "0", "-1", "s0", "u0", "s1048576", "u1048576", "floordiv", "ceildiv", "mod",
    "#fx.node", "#fx.none", "#fx.tuple<[]>", "#fx.dict<{}>", "#fx.slice<", "#fx.dims<[s0]>",
    "#fx.dims<[]>", "!fx.sym_int", "!fx.sym_int<s0>", "!fx.unknown", "!fx.graph_module",
    "tensor<?xf32, #fx.dims<[s0]>>", "tuple<>", "none", "fx.output()",
    "fx.graph_module @Z { fx.graph @forward { fx.output() } }",
    "fx.output", "fx.placeholder", "fx.get_attr", "fx.call_function",
    "fx.call_method", "fx.call_module", "fx.graph", "fx.graph_module", "fx.module_attr",
    "{name = \"\"}", "{name = \"x\"}", "{fx.custom = 1}", "{fx.bogus = 1}",
    "loc(\"x\")", "loc(callsite(\"a\" at \"b\"))", "loc(fused<\"s\">[\"f\"(\"m.py\":1:0)])",
    "^bb0(%q: i32):", "%x", "%0", "@forward", "@missing",
]

TOKEN_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"|[%@#!^]?[A-Za-z_$.][\w$.\-]*|-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\.\.|->|\S')


def tokenize(text):
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


# Nesting that MLIR's recursive parser would overflow the stack on, before
# the input guard (issue 15): openers and the closers that pair with them.
NESTING = [("[", "]"), ("(", ")"), ("{", "}"), ("tuple<", ">"), ("#fx.tuple<[", "]>"),
           ("fx.graph_module @M {", "}"), ("((", ") -> i1)"), ("callsite(", " at \"f\")")]


def mutate(text, rng, pool):
    tokens = tokenize(text)
    if not tokens:
        return text
    kind = rng.randrange(11)
    start, end = tokens[rng.randrange(len(tokens))]
    if kind == 0:  # truncate
        return text[: rng.randrange(len(text))]
    if kind == 1:  # delete a token
        return text[:start] + text[end:]
    if kind == 2:  # duplicate a token
        return text[:end] + " " + text[start:end] + text[end:]
    if kind == 3:  # insert a token from the corpus or the extras
        return text[:start] + rng.choice(pool) + " " + text[start:]
    if kind == 4:  # replace a token
        return text[:start] + rng.choice(pool) + text[end:]
    if kind == 5:  # swap two adjacent characters
        i = rng.randrange(max(1, len(text) - 1))
        return text[:i] + text[i + 1 : i + 2] + text[i : i + 1] + text[i + 2 :]
    if kind == 6:  # replace a character
        i = rng.randrange(len(text))
        return text[:i] + rng.choice("()[]{}<>,:=%@#!\"\\-+*.0123456789sux ?\n") + text[i + 1 :]
    if kind == 7:  # swap two tokens
        s2, e2 = tokens[rng.randrange(len(tokens))]
        (s1, e1), (s2, e2) = sorted([(start, end), (s2, e2)])
        if e1 > s2:
            return text
        return text[:s1] + text[s2:e2] + text[e1:s2] + text[s1:e1] + text[e2:]
    if kind == 8:  # nest brackets, now and then deeper than the guard allows
        opener, closer = rng.choice(NESTING)
        depth = rng.choice([3, 100, 1000, 5000])
        return text[:start] + opener * depth + text[start:end] + closer * depth + text[end:]
    if kind == 9:  # a byte that is no UTF-8, kept through surrogateescape
        return text[:start] + chr(0xDC00 + rng.randrange(0x80, 0x100)) + text[start:]
    # kind == 10: move a line elsewhere
    lines = text.split("\n")
    line = lines.pop(rng.randrange(len(lines)))
    lines.insert(rng.randrange(len(lines) + 1), line)
    return "\n".join(lines)


def strip_runs(text):
    # Drop lit/FileCheck lines: they only slow fx-opt's lexer down.
    return "\n".join(l for l in text.split("\n") if not l.lstrip().startswith("//"))


def encode(text):
    return text.encode("utf-8", errors="surrogateescape")


def run_one(fx_opt, text, extra_args, timeout):
    """Returns None when fine, else (description, args)."""
    with tempfile.NamedTemporaryFile("wb", suffix=".mlir", delete=False) as f:
        f.write(encode(text))
        path = f.name
    try:
        args = [fx_opt, path] + extra_args
        try:
            proc = subprocess.run(args, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return ("timeout", extra_args)
        if proc.returncode not in (0, 1):
            return (f"exit code {proc.returncode}: {proc.stderr.decode(errors='replace')[-400:]}", extra_args)
        if proc.returncode == 0 and "--split-input-file" not in extra_args and proc.stdout:
            # What fx-opt printed must read back.
            with open(path, "wb") as out:
                out.write(proc.stdout)
            print_flags = [a for a in extra_args if a.startswith("--mlir-print")]
            again = subprocess.run([fx_opt, path] + print_flags, capture_output=True, timeout=timeout)
            if again.returncode != 0:
                return (f"printed output does not parse (exit {again.returncode}): "
                        f"{again.stderr.decode(errors='replace')[-400:]}", extra_args)
        return None
    finally:
        os.unlink(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--fx-opt", default="fx-opt")
    parser.add_argument("-n", "--count", type=int, default=2000, help="number of variants")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--crash-dir", default=None, help="where to write crashing inputs")
    parser.add_argument("--write-seeds", metavar="DIR",
                        help="write the splits of the files to DIR and exit")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    corpus = []
    for name in args.files:
        with open(name, encoding="utf-8") as f:
            text = f.read()
        # Split files become one seed per chunk.
        corpus += [strip_runs(chunk) for chunk in text.split("// -----")]
    if args.write_seeds:
        os.makedirs(args.write_seeds, exist_ok=True)
        for text in corpus:
            data = encode(text.strip() + "\n")
            with open(os.path.join(args.write_seeds, hashlib.sha1(data).hexdigest()), "wb") as f:
                f.write(data)
        return 0
    pool = list(EXTRA_TOKENS)
    for text in corpus:
        pool += [text[s:e] for s, e in tokenize(text)]

    flag_sets = [[], ["--mlir-print-op-generic"], ["--mlir-print-debuginfo"],
                 ["--split-input-file"], ["--verify-diagnostics", "--split-input-file"],
                 ["--fx-infer-types=mode=fill"], ["--fx-infer-types=mode=overwrite"],
                 ["--fx-export-pipeline"], ["--fx-verify-metadata"]]
    jobs = []
    for _ in range(args.count):
        text = rng.choice(corpus)
        for _ in range(rng.choice([1, 1, 1, 2, 3, 5])):
            text = mutate(text, rng, pool)
        jobs.append((text, rng.choice(flag_sets)))

    crashes = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool_executor:
        futures = {pool_executor.submit(run_one, args.fx_opt, text, flags, args.timeout): (i, text)
                   for i, (text, flags) in enumerate(jobs)}
        for future in concurrent.futures.as_completed(futures):
            result = future.result()
            if result is None:
                continue
            i, text = futures[future]
            crashes += 1
            what, flags = result
            print(f"variant {i}: {what.strip()}\n  flags: {' '.join(flags)}", file=sys.stderr)
            if args.crash_dir:
                os.makedirs(args.crash_dir, exist_ok=True)
                path = os.path.join(args.crash_dir, f"crash-{args.seed}-{i}.mlir")
                with open(path, "wb") as f:
                    f.write(encode(f"// fx-opt {' '.join(flags)} {os.path.basename(path)}\n"
                                   f"// {what.splitlines()[0]}\n{text}"))
                print(f"  written to {path}", file=sys.stderr)
    print(f"{args.count} variants, {crashes} failures")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
