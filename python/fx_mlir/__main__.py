# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""`python -m fx_mlir`: the `fx-mlir` command (fx_mlir.main)."""

import sys

from .main import main

sys.exit(main())
