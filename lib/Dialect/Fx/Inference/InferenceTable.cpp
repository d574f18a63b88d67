//===- InferenceTable.cpp - The type-inference registry table -------------===//
//
// One entry per op overload: its target, its PyTorch schema and its rule.
// Rules shared by a family live in Rules/.
//
//===----------------------------------------------------------------------===//

#include "Rules/Rules.h"

using namespace mlir;
using namespace mlir::fx;
using namespace mlir::fx::rules;

static const InferenceEntry kInferenceTable[] = {
    // Elementwise binary arithmetic.
    {"aten.add.Tensor",
     "add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor",
     inferBinaryArithmetic},
    {"aten.mul.Tensor", "mul.Tensor(Tensor self, Tensor other) -> Tensor",
     inferBinaryArithmetic},
    {"aten.sub.Tensor",
     "sub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor",
     inferBinaryArithmetic},

    // Elementwise unary.
    {"aten.relu.default", "relu(Tensor self) -> Tensor", inferSameAsSelf},
    {"aten.relu_.default", "relu_(Tensor(a!) self) -> Tensor(a!)",
     inferSameAsSelf},
    {"aten.neg.default", "neg(Tensor self) -> Tensor", inferSameAsSelf},

    // Python builtins.
    {"operator.getitem", "getitem(Any self, int index) -> Any", inferGetItem},
};

ArrayRef<InferenceEntry> mlir::fx::getInferenceTable() {
  return kInferenceTable;
}
