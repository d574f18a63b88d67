//===- Pt2.h - torch.export .pt2 archives <-> fx ----------------*- C++ -*-===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// torch.export.save writes an exported program as a zip archive: the program
// as JSON (torch/_export/serde/schema.yaml) plus its weights and constants as
// raw little-endian bytes. These functions read and write that archive, and
// the bare program JSON, as an `fx.graph_module` per program (docs/Translate.md
// has the mapping).
//
//===----------------------------------------------------------------------===//

#ifndef FX_MLIR_TARGET_PT2_PT2_H
#define FX_MLIR_TARGET_PT2_PT2_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/MemoryBufferRef.h"

namespace mlir::fx {

/// The schema major version this reader and writer implement; every minor
/// version of it is read.
constexpr int64_t kPt2SchemaMajor = 8;
/// The schema version written.
constexpr int64_t kPt2SchemaMinor = 20;

/// Imports every exported program of the .pt2 archive `archive` (its buffer
/// identifier names it in diagnostics) as one `fx.graph_module` each, with
/// weights and constants as dense resources. Reports malformed input as
/// located errors and returns null.
OwningOpRef<ModuleOp> importPt2Archive(llvm::MemoryBufferRef archive,
                                       MLIRContext *context);

/// Imports a bare program JSON (an archive's `models/<name>.json`): the same
/// as importPt2Archive, with module attributes that have no value.
OwningOpRef<ModuleOp> importPt2Json(llvm::MemoryBufferRef json,
                                    MLIRContext *context);

/// Imports an fx graph module JSON document (docs/Translate.md, "Plain graph
/// modules"): the program JSON's graph extended with the nodes, arguments
/// and types of any torch.fx.GraphModule, one `fx.graph_module` per entry of
/// its `graph_modules`.
OwningOpRef<ModuleOp> importFxJson(llvm::MemoryBufferRef json,
                                   MLIRContext *context);

/// Writes every top-level `fx.graph_module` of `module` as fx graph module
/// JSON, the inverse of importFxJson.
LogicalResult exportFxJson(ModuleOp module, llvm::raw_ostream &os);

/// Writes the single `fx.graph_module` of `module` as a .pt2 archive that
/// torch.export.load reads.
LogicalResult exportPt2Archive(ModuleOp module, llvm::raw_ostream &os);

/// Writes the program JSON of the single `fx.graph_module` of `module`.
LogicalResult exportPt2Json(ModuleOp module, llvm::raw_ostream &os);

/// Registers --import-pt2, --export-pt2, --import-pt2-json,
/// --export-pt2-json, --import-fx-json and --export-fx-json with
/// mlir-translate's registry.
void registerPt2Translations();

} // namespace mlir::fx

#endif // FX_MLIR_TARGET_PT2_PT2_H
