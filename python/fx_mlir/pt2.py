# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""ExportedPrograms to and from the `fx` dialect through torch.export's own
serialized form: `torch.export.save` + `fx-translate --import-pt2` one way,
`fx-translate --export-pt2` + `torch.export.load` the other. The C++
translation reads and writes everything (graph, signature, metadata,
weights); this module only moves files.

  import_program(ep)          ExportedProgram -> `fx` dialect text
  export_program(text)        `fx` dialect text -> ExportedProgram

The fx-translate binary is found as translate.find_fx_translate says.
"""

import os
import tempfile

import torch

from .translate import TranslateError, run_fx_translate as _run

__all__ = ["TranslateError", "export_program", "import_program"]


def import_program(program, fx_translate=None):
    """The `fx` dialect text of an ExportedProgram (weights as resources)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "program.pt2")
        text = os.path.join(tmp, "program.mlir")
        torch.export.save(program, archive)
        _run(fx_translate, "--import-pt2", archive, text)
        with open(text) as f:
            return f.read()


def export_program(text, fx_translate=None):
    """The ExportedProgram of the single `fx.graph_module` in `text`."""
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "program.mlir")
        archive = os.path.join(tmp, "program.pt2")
        with open(source, "w") as f:
            f.write(text)
        _run(fx_translate, "--export-pt2", source, archive)
        return torch.export.load(archive)
