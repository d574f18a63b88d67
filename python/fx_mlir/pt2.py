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

from typing import Optional

import torch

from .translate import TranslateError, translated, write_text

__all__ = ["TranslateError", "export_program", "import_program"]


def import_program(program: torch.export.ExportedProgram, fx_translate: Optional[str] = None) -> str:
    """The `fx` dialect text of an ExportedProgram (weights as resources)."""
    with translated(fx_translate, "--import-pt2", lambda path: torch.export.save(program, path),
                    "program.pt2", "program.mlir") as text:
        with open(text) as f:
            return f.read()


def export_program(text: str, fx_translate: Optional[str] = None) -> torch.export.ExportedProgram:
    """The ExportedProgram of the single `fx.graph_module` in `text`."""
    with translated(fx_translate, "--export-pt2", write_text(text), "program.mlir", "program.pt2") as archive:
        return torch.export.load(archive)
