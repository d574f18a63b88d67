#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# Compares two fx-translate builds' writers on the same inputs, for a change
# that must keep the written bytes:
#
#   utils/compare_export.py BASE_FX_TRANSLATE NEW_FX_TRANSLATE INPUT...
#
# Each .mlir input (split at `// -----` when it has splits) is exported with
# --export-pt2-json, --export-fx-json and --export-pt2 by both builds; each
# .pt2 / program JSON input is imported by the base build first, and also
# exported after the base build's fx-opt --fx-export-pipeline. Outputs,
# diagnostics and exit codes must be equal; outputs that differ only in how
# numbers are spelled (`1` and `1.0`, `-0` and `-0.0`) are counted apart.
# Exits non-zero when anything else differs.
import io
import os
import re
import subprocess
import sys
import zipfile

NUMBER = re.compile(rb"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def run(binary, args, stdin):
    p = subprocess.run([binary] + args, input=stdin, capture_output=True)
    return p.returncode, p.stdout, p.stderr.replace(binary.encode(), b"BIN")


def same_numbers(a, b):
    """Whether two texts differ only in how their numbers are spelled."""
    norm = lambda t: NUMBER.sub(lambda m: repr(float(m.group(0))).encode(), t)
    return norm(a) == norm(b)


def records(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def main():
    base, new, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    fx_opt = os.path.join(os.path.dirname(base), "fx-opt")
    counts = {"identical": 0, "numbers spelled differently": 0, "different": 0}

    def compare(label, args, text, archive=False):
        a, b = run(base, args, text), run(new, args, text)
        if a[0] != b[0] or a[2] != b[2]:
            kind = "different"
        elif a[1] == b[1]:
            kind = "identical"
        else:
            pairs = [(x, y) for x, y in zip(records(a[1]).values(),
                                            records(b[1]).values())
                     ] if archive else [(a[1], b[1])]
            kind = ("numbers spelled differently"
                    if all(same_numbers(x, y) for x, y in pairs)
                    else "different")
        counts[kind] += 1
        if kind != "identical":
            print(f"{kind}: {label} {' '.join(args)}")

    for path in inputs:
        if path.endswith((".pt2", ".json")):
            flag = "--import-pt2" if path.endswith(".pt2") else "--import-pt2-json"
            status, text, _ = run(base, [flag, path], None)
            if status:
                continue
            variants = [(path, text)]
            piped = subprocess.run([fx_opt, "--fx-export-pipeline"], input=text,
                                   capture_output=True)
            if piped.returncode == 0:
                variants.append((path + " (fx-export-pipeline)", piped.stdout))
        else:
            with open(path, "rb") as f:
                variants = [(path, f.read())]
        for label, text in variants:
            split = ["--split-input-file"] if b"// -----" in text else []
            compare(label, ["--export-pt2-json"] + split, text)
            compare(label, ["--export-fx-json"] + split, text)
            if not split:
                compare(label, ["--export-pt2"], text, archive=True)
    print(", ".join(f"{n} {k}" for k, n in counts.items()))
    return 1 if counts["different"] else 0


if __name__ == "__main__":
    sys.exit(main())
