// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// fx-translate's limits on what an archive or program JSON may make it
// allocate: each input gets a located error before the memory is taken.

// RUN: rm -rf %t && %python %S/Inputs/oversized_pt2.py %t

// A tensor whose size in bytes overflows int64: the stride and size checks
// multiplied it (undefined behaviour, a UBSan report in the sanitizer build).
// RUN: not fx-translate --import-pt2 %t/huge-shape.pt2 2>&1 | FileCheck %s --check-prefix=HUGE
// HUGE: huge-shape.pt2:linear_relu/data/weights/model_weights_config.json:0:0: error: 'fc.weight' is too large: its size in bytes overflows 64 bits (at $.config.fc.weight)

// A record whose zip headers claim 4 GB for 48 deflated bytes: the size is
// checked against the tensor before anything is allocated.
// RUN: not fx-translate --import-pt2 %t/forged-size.pt2 2>&1 | FileCheck %s --check-prefix=FORGED
// FORGED: forged-size.pt2:linear_relu/data/weights/model_weights_config.json:0:0: error: data/weights/weight_0 holds 4294967280 bytes, fc.weight needs 48 (at $.config.fc.weight.path_name)

// The program record's headers claim 2 GiB: refused by its claimed size, and
// the record opened to read it is closed (a leak in the sanitizer build).
// RUN: not fx-translate --import-pt2 %t/forged-text.pt2 2>&1 | FileCheck %s --check-prefix=TEXT
// TEXT: forged-text.pt2:linear_relu/models/model.json:0:0: error: record 'models/model.json' of 2147483648 bytes is larger than the 256 MiB fx-translate reads

// Program JSON over 256 MiB is refused before parsing (a sparse file: no disk
// is used).
// RUN: %python -c "open(r'%t/big.json', 'wb').truncate((256 << 20) + 1)"
// RUN: not fx-translate --import-pt2-json %t/big.json 2>&1 | FileCheck %s --check-prefix=BIG
// BIG: big.json:0:0: error: JSON of 268435457 bytes is larger than the 256 MiB fx-translate reads (at $)
