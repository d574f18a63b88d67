# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Copies a zip archive, editing one record: rename_record.py IN OUT OLD NEW
renames record OLD to NEW; with --replace FROM TO it keeps the name and
replaces the text FROM by TO inside that record instead."""
import argparse
import zipfile

parser = argparse.ArgumentParser()
parser.add_argument("archive")
parser.add_argument("out")
parser.add_argument("record")
parser.add_argument("new_name", nargs="?")
parser.add_argument("--replace", nargs=2, metavar=("FROM", "TO"))
options = parser.parse_args()
with zipfile.ZipFile(options.archive) as archive, zipfile.ZipFile(
        options.out, "w") as out:
    for info in archive.infolist():
        data = archive.read(info.filename)
        if info.filename == options.record:
            if options.replace:
                old, new = (s.encode() for s in options.replace)
                assert old in data, f"{old!r} not in {options.record}"
                data = data.replace(old, new)
            else:
                info.filename = options.new_name
        out.writestr(info, data)
