//===- Fx.cpp - C API of the fx dialect -----------------------------------===//

#include "fx-mlir-c/Dialect/Fx.h"
#include "fx-mlir/Dialect/Fx/IR/FxOps.h"
#include "fx-mlir/Dialect/Fx/IR/StackTrace.h"
#include "fx-mlir/InitAll.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"

using namespace mlir;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Fx, fx, fx::FxDialect)

void fxMlirRegisterPasses(void) { fx::registerAllPasses(); }

bool fxMlirTypeIsSymInt(MlirType type) {
  return isa<fx::SymIntType>(unwrap(type));
}
bool fxMlirTypeIsSymFloat(MlirType type) {
  return isa<fx::SymFloatType>(unwrap(type));
}
bool fxMlirTypeIsSymBool(MlirType type) {
  return isa<fx::SymBoolType>(unwrap(type));
}
bool fxMlirTypeIsUnknown(MlirType type) {
  return isa<fx::UnknownType>(unwrap(type));
}

MlirType fxMlirTypeStripSymbolicSizes(MlirType type) {
  if (auto tensor = dyn_cast<RankedTensorType>(unwrap(type)))
    return wrap(fx::stripSymbolicSizes(tensor));
  return type;
}

MlirLocation fxMlirLocationFromStackTrace(MlirContext context,
                                          MlirStringRef stackTrace) {
  return wrap(fx::getStackTraceLoc(unwrap(context), unwrap(stackTrace)));
}

bool fxMlirLocationGetStackTrace(MlirLocation location,
                                 MlirStringCallback callback, void *userData) {
  std::optional<std::string> text = fx::getStackTrace(unwrap(location));
  if (!text)
    return false;
  callback(mlirStringRefCreate(text->data(), text->size()), userData);
  return true;
}
