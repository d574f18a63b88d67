//===- NodeNamespaceTest.cpp - FX's unique node names ---------------------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Expected names are what torch.fx.graph._Namespace.create_name returns in
// PyTorch 2.13 for the same sequence of requests (the names in use created
// first, in order).
//
//===----------------------------------------------------------------------===//

#include "fx-mlir/Dialect/Fx/IR/NodeNamespace.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::fx;

namespace {

/// Claims each name of `requests` in order and returns the names given.
std::vector<std::string> claimAll(NodeNamespace &names,
                                  ArrayRef<StringRef> requests) {
  std::vector<std::string> given;
  for (StringRef request : requests)
    given.push_back(names.claim(request).value_or(request.str()));
  return given;
}

NodeNamespace withNames(ArrayRef<StringRef> used) {
  NodeNamespace names;
  for (StringRef name : used)
    EXPECT_TRUE(names.insert(name)) << name.str();
  return names;
}

TEST(NodeNamespaceTest, FreeNamesAreKept) {
  NodeNamespace names;
  EXPECT_FALSE(names.claim("add").has_value());
  EXPECT_FALSE(names.claim("t_17").has_value());
  EXPECT_TRUE(names.contains("add"));
  EXPECT_TRUE(names.contains("t_17"));
  EXPECT_FALSE(names.contains("t_16"));
  EXPECT_FALSE(names.contains("t"));
  EXPECT_FALSE(names.insert("add"));
}

TEST(NodeNamespaceTest, TakenNamesCountOnFromTheLastNumber) {
  NodeNamespace names = withNames({"add", "add_1", "add_2", "add_5"});
  EXPECT_EQ(
      claimAll(names, {"add", "add", "add", "add_5", "add_1"}),
      (std::vector<std::string>{"add_6", "add_7", "add_8", "add_9", "add_10"}));
  names = withNames({"add_3"});
  EXPECT_EQ(claimAll(names, {"add", "add", "add", "add"}),
            (std::vector<std::string>{"add", "add_4", "add_5", "add_6"}));
  names = NodeNamespace();
  EXPECT_EQ(claimAll(names, {"t_17", "t_17"}),
            (std::vector<std::string>{"t_17", "t_18"}));
  // A free numbered name sets the count, lower or not; a bare one keeps it.
  names = withNames({"add_5", "add"});
  EXPECT_EQ(claimAll(names, {"add", "add_2", "add"}),
            (std::vector<std::string>{"add_6", "add_2", "add_3"}));
}

TEST(NodeNamespaceTest, CandidatesAreRewrittenAsFxDoes) {
  NodeNamespace names;
  EXPECT_EQ(
      claimAll(names, {"add_0", "add_0", "add_07", "add_7", "x y", "1x", "sum",
                       "sum", "for", "a__b--c"}),
      (std::vector<std::string>{"add_0", "add_1", "add_07", "add_7", "x_y",
                                "_1x", "sum_1", "sum_2", "for_1", "a__b_c"}));
  EXPECT_FALSE(names.contains("sum"));
  EXPECT_TRUE(names.contains("add_0"));
  // A base is never empty: `_5` is a base of its own; nothing is `_unnamed`.
  EXPECT_EQ(claimAll(names, {"_5", "_5", "_", ""}),
            (std::vector<std::string>{"_5", "_5_1", "_", "_unnamed"}));
}

TEST(NodeNamespaceTest, LargeSuffixes) {
  NodeNamespace names = withNames({"x"});
  EXPECT_EQ(
      claimAll(names, {"x_99999999999999999999999", "x_4194304", "x_4194304"}),
      (std::vector<std::string>{"x_99999999999999999999999", "x_4194304",
                                "x_4194305"}));
  EXPECT_TRUE(names.contains("x_99999999999999999999999"));
}

TEST(NodeNamespaceTest, SuffixesAroundTheBitLimit) {
  // 4194303 is the last suffix with a bit of its own, 4194304 = 2^22 the
  // first kept as a string: names on both sides are taken and found, and
  // counting on crosses the limit.
  NodeNamespace names;
  EXPECT_EQ(
      claimAll(names, {"x_4194303", "x_4194304", "x_4194303", "x_4194304"}),
      (std::vector<std::string>{"x_4194303", "x_4194304", "x_4194305",
                                "x_4194306"}));
  EXPECT_TRUE(names.contains("x_4194303"));
  EXPECT_TRUE(names.contains("x_4194304"));
  EXPECT_TRUE(names.contains("x_4194305"));
  EXPECT_FALSE(names.contains("x_4194307"));
  names.erase("x_4194304");
  EXPECT_FALSE(names.contains("x_4194304"));
  EXPECT_EQ(names.claim("x_4194304").value_or("x_4194304"), "x_4194304");
}

TEST(NodeNamespaceTest, ErasedNamesAreFree) {
  NodeNamespace names = withNames({"add", "add_1", "add_2", "mul_0"});
  names.erase("add_1");
  names.erase("mul_0");
  EXPECT_FALSE(names.contains("add_1"));
  EXPECT_FALSE(names.contains("mul_0"));
  // An erased name is free to claim by itself; counting never goes back.
  EXPECT_EQ(claimAll(names, {"add", "add", "mul_0", "add_1"}),
            (std::vector<std::string>{"add_3", "add_4", "mul_0", "add_1"}));
}

TEST(NodeNamespaceTest, ManyNodesOfOneBase) {
  NodeNamespace names;
  for (unsigned i = 0; i < 10000; ++i)
    names.claim("relu");
  EXPECT_TRUE(names.contains("relu_9999"));
  EXPECT_FALSE(names.contains("relu_10000"));
  names.erase("relu_500");
  EXPECT_EQ(names.claim("relu").value_or(""), "relu_10000");
  // Counting on from a low number skips the run of taken names after it.
  NodeNamespace run;
  for (unsigned i = 3; i < 5000; ++i)
    EXPECT_TRUE(run.insert("relu_" + std::to_string(i)));
  EXPECT_TRUE(run.insert("relu_2"));
  EXPECT_EQ(run.claim("relu_2").value_or(""), "relu_5000");
}

} // namespace
