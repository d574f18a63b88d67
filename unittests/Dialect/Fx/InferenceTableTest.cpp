//===- InferenceTableTest.cpp - The registry table's entries -------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"
#include "llvm/ADT/StringSet.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

/// The schema name PyTorch registers for an op-overload target:
/// `aten.add.Tensor` -> `add.Tensor`, `aten.abs.default` -> `abs`; nothing
/// for targets of another form (`operator.add`).
std::optional<std::string> getSchemaName(StringRef target) {
  SmallVector<StringRef, 3> parts;
  target.split(parts, '.');
  if (parts.size() != 3)
    return std::nullopt;
  if (parts[2] == "default")
    return parts[1].str();
  return (parts[1] + "." + parts[2]).str();
}

// Each entry names its schema by identifier (OpSchemas.h): the schema must be
// the target's own, or a typo pairs an op with another op's parameters.
TEST(InferenceTableTest, EverySchemaIsItsTargets) {
  for (const InferenceEntry &entry : getInferenceTable()) {
    std::string error;
    FailureOr<OpSchema> schema = OpSchema::parse(entry.schema, error);
    ASSERT_TRUE(succeeded(schema)) << entry.target << ": " << error;
    if (std::optional<std::string> name = getSchemaName(entry.target))
      EXPECT_EQ(schema->name, *name) << entry.target;
  }
}

TEST(InferenceTableTest, NoTargetTwice) {
  llvm::StringSet<> seen;
  for (const InferenceEntry &entry : getInferenceTable())
    EXPECT_TRUE(seen.insert(entry.target).second) << entry.target;
}

} // namespace
