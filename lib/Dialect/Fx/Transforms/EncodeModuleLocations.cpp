//===- EncodeModuleLocations.cpp - The fx-encode-module-locations pass ----===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h"

namespace mlir::fx {
#define GEN_PASS_DEF_FXENCODEMODULELOCATIONS
#include "fx-mlir/Dialect/Fx/Transforms/Passes.h.inc"
} // namespace mlir::fx

using namespace mlir;
using namespace mlir::fx;

/// The qualified paths of the modules in `stack`, outermost first: the root
/// module (an empty path) and PyTorch's empty-stack sentinel name nothing.
static SmallVector<StringAttr> getModulePaths(NNModuleStackAttr stack) {
  SmallVector<StringAttr> paths;
  if (stack == NNModuleStackAttr::getEmptySentinel(stack.getContext()))
    return paths;
  for (const NNModuleStackEntry &entry : stack.getEntries())
    if (!entry.path.getValue().empty())
      paths.push_back(entry.path);
  return paths;
}

/// Whether `loc` already starts with one NameLoc per path, in order.
static bool isEncoded(Location loc, ArrayRef<StringAttr> paths) {
  for (StringAttr path : paths) {
    auto name = dyn_cast<NameLoc>(loc);
    if (!name || name.getName() != path)
      return false;
    loc = name.getChildLoc();
  }
  return true;
}

/// `loc` inside one NameLoc per path, the outermost module outermost.
static Location encode(Location loc, ArrayRef<StringAttr> paths) {
  for (StringAttr path : llvm::reverse(paths))
    loc = NameLoc::get(path, loc);
  return loc;
}

namespace {

struct EncodeModuleLocationsPass
    : fx::impl::FxEncodeModuleLocationsBase<EncodeModuleLocationsPass> {
  using Base::Base;

  void runOnOperation() override {
    auto helper = getContext()
                      .getOrLoadDialect<FxDialect>()
                      ->getNnModuleStackAttrHelper();
    getOperation()->walk([&](Operation *op) {
      NNModuleStackAttr stack = helper.getAttr(op);
      if (!stack)
        return;
      SmallVector<StringAttr> paths = getModulePaths(stack);
      if (!paths.empty() && !isEncoded(op->getLoc(), paths))
        op->setLoc(encode(op->getLoc(), paths));
    });
  }
};

} // namespace
