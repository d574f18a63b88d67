# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Writes archives derived from linear_relu.pt2 whose sizes overflow or lie
(the inputs of test/Translate/limits.mlir, and fuzzer seeds):

  huge-shape.pt2   fc.weight is 2^62 x 4: its size in bytes overflows int64.
  forged-size.pt2  weight_0 is deflated and its zip headers claim 2^32 - 16
                   bytes (the reader used to allocate them before reading).
  forged-text.pt2  models/model.json is deflated and its headers claim 2^31
                   bytes (the reader left the record open when refusing it).

  oversized_pt2.py OUT_DIR
"""

import json
import os
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHT = "linear_relu/data/weights/weight_0"
PROGRAM = "linear_relu/models/model.json"


def rewrite(out, edit_json=None, deflate=None):
    with zipfile.ZipFile(os.path.join(HERE, "linear_relu.pt2")) as src, \
            zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if edit_json and info.filename.endswith("models/model.json"):
                program = json.loads(data)
                edit_json(program)
                data = json.dumps(program).encode()
            method = zipfile.ZIP_DEFLATED if info.filename == deflate else zipfile.ZIP_STORED
            dst.writestr(info.filename, data, compress_type=method)


def huge_shape(program):
    meta = program["graph_module"]["graph"]["tensor_values"]["p_fc_weight"]
    meta["sizes"] = [{"as_int": 1 << 62}, {"as_int": 4}]


def forge_size(path, record, size):
    """Sets the uncompressed size of `record` in both of its zip headers."""
    data = bytearray(open(path, "rb").read())
    name = record.encode()
    # (signature, offset of the name length, of the name, of the size)
    for signature, name_len, name_at, size_at in ((b"PK\x03\x04", 26, 30, 22),
                                                  (b"PK\x01\x02", 28, 46, 24)):
        i = data.find(signature)
        while i >= 0:
            n = struct.unpack_from("<H", data, i + name_len)[0]
            if data[i + name_at:i + name_at + n] == name:
                struct.pack_into("<I", data, i + size_at, size)
            i = data.find(signature, i + 4)
    open(path, "wb").write(data)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rewrite(os.path.join(out, "huge-shape.pt2"), edit_json=huge_shape)
    forged = os.path.join(out, "forged-size.pt2")
    rewrite(forged, deflate=WEIGHT)
    forge_size(forged, WEIGHT, 0xFFFFFFF0)
    forged = os.path.join(out, "forged-text.pt2")
    rewrite(forged, deflate=PROGRAM)
    forge_size(forged, PROGRAM, 1 << 31)


if __name__ == "__main__":
    main()
