//===- Schema.cpp - PyTorch function schemas and argument binding ---------===//
//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "fx-mlir/Dialect/Fx/Inference/InferenceRule.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::fx;

//===----------------------------------------------------------------------===//
// OpSchema
//===----------------------------------------------------------------------===//

/// Splits `text` at the commas outside brackets, parentheses and quotes.
static void splitTopLevel(StringRef text, SmallVectorImpl<StringRef> &parts) {
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"')
      quoted = !quoted;
    else if (quoted)
      continue;
    else if (c == '[' || c == '(')
      ++depth;
    else if (c == ']' || c == ')')
      --depth;
    else if (c == ',' && depth == 0) {
      parts.push_back(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  StringRef last = text.drop_front(start).trim();
  if (!last.empty() || !parts.empty())
    parts.push_back(last);
}

/// The index of the parenthesis closing the one at `open`, or npos.
static size_t findClosingParen(StringRef text, size_t open) {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    if (text[i] == '(')
      ++depth;
    else if (text[i] == ')' && --depth == 0)
      return i;
  }
  return StringRef::npos;
}

FailureOr<OpSchema> OpSchema::parse(StringRef text, std::string &error) {
  OpSchema schema;
  size_t open = text.find('(');
  size_t close = open == StringRef::npos ? open : findClosingParen(text, open);
  StringRef rest = close == StringRef::npos ? StringRef()
                                            : text.drop_front(close + 1).trim();
  if (close == StringRef::npos || !rest.consume_front("->")) {
    error = ("malformed schema '" + text + "'").str();
    return failure();
  }
  schema.name = text.take_front(open).trim();

  SmallVector<StringRef, 8> params;
  splitTopLevel(text.slice(open + 1, close), params);
  bool keywordOnly = false;
  for (StringRef param : params) {
    if (param == "*") {
      keywordOnly = true;
      continue;
    }
    SchemaParam parsed;
    parsed.keywordOnly = keywordOnly;
    auto [decl, defaultValue] = param.split('=');
    if (param.contains('=')) {
      parsed.hasDefault = true;
      parsed.defaultValue = defaultValue.trim();
    }
    decl = decl.trim();
    size_t space = decl.rfind(' ');
    if (space == StringRef::npos) {
      error = ("malformed parameter '" + param + "' in schema '" + text + "'")
                  .str();
      return failure();
    }
    parsed.type = decl.take_front(space).trim();
    parsed.name = decl.drop_front(space + 1);
    schema.params.push_back(parsed);
  }

  rest = rest.trim();
  if (rest.starts_with("(")) {
    schema.returnsTuple = true;
    SmallVector<StringRef, 4> returns;
    splitTopLevel(rest.drop_front().drop_back(), returns);
    for (StringRef ret : returns)
      schema.returns.push_back(ret.split(' ').first);
    // `-> ()` returns nothing.
    schema.returnsTuple = schema.returns.size() > 1;
  } else {
    schema.returns.push_back(rest);
  }
  return schema;
}

std::optional<unsigned> OpSchema::lookupParam(StringRef name) const {
  for (auto [index, param] : llvm::enumerate(params))
    if (param.name == name)
      return index;
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// Binding
//===----------------------------------------------------------------------===//

FailureOr<BoundCall> BoundCall::bind(
    MLIRContext *context, StringRef target, const OpSchema &schema,
    ArrayAttr args, DictAttr kwargs, TypeRange operandTypes, ShapeEnv *shapeEnv,
    function_ref<InFlightDiagnostic()> emitError, unsigned ruleParam) {
  BoundCall call;
  call.ruleParam = ruleParam;
  call.context = context;
  call.target = target;
  call.schema = &schema;
  call.shapeEnv = shapeEnv;
  call.emitErrorFn = emitError;
  call.operandTypes = operandTypes;
  unsigned numParams = schema.params.size();
  call.values.assign(numParams, Attribute());
  call.operandSpans.assign(numParams, {0, 0});

  unsigned numPositional = llvm::count_if(
      schema.params, [](const SchemaParam &p) { return !p.keywordOnly; });
  if (args.size() > numPositional) {
    emitError() << target << " takes at most " << numPositional
                << " positional arguments but " << args.size() << " were given";
    return failure();
  }
  unsigned operand = 0;
  auto assign = [&](unsigned index, Attribute value) {
    unsigned count = countNodeRefs(value);
    call.values[index] = value;
    call.operandSpans[index] = {operand, count};
    operand += count;
  };
  for (auto [index, value] : llvm::enumerate(args))
    assign(index, value);
  for (auto [key, value] :
       llvm::zip_equal(kwargs.getKeys(), kwargs.getValues())) {
    StringRef name = cast<StringAttr>(key).getValue();
    std::optional<unsigned> index = schema.lookupParam(name);
    if (!index) {
      emitError() << target << " got an unexpected keyword argument '" << name
                  << "'";
      return failure();
    }
    if (call.values[*index]) {
      emitError() << target << " got multiple values for argument '" << name
                  << "'";
      return failure();
    }
    assign(*index, value);
  }
  if (operand != operandTypes.size()) {
    emitError() << target << " args reference " << operand
                << " nodes but there are " << operandTypes.size()
                << " operands";
    return failure();
  }
  for (auto [index, param] : llvm::enumerate(schema.params)) {
    if (!call.values[index] && !param.hasDefault) {
      emitError() << target << " missing required argument '" << param.name
                  << "'";
      return failure();
    }
  }
  return call;
}

TypeRange BoundCall::getNodeTypes(unsigned i) const {
  auto [first, count] = operandSpans[i];
  return operandTypes.slice(first, count);
}

std::optional<StringRef> BoundCall::getDefault(unsigned i) const {
  if (values[i])
    return std::nullopt;
  return schema->params[i].defaultValue;
}

bool BoundCall::isNone(unsigned i) const {
  if (std::optional<StringRef> defaultValue = getDefault(i))
    return *defaultValue == "None";
  return isa<NoneAttr>(values[i]);
}

InFlightDiagnostic BoundCall::emitError() const {
  InFlightDiagnostic diag = emitErrorFn();
  diag << target << ": ";
  return diag;
}

InFlightDiagnostic BoundCall::emitParamError(unsigned i) const {
  InFlightDiagnostic diag = emitError();
  diag << "argument '" << schema->params[i].name << "' ";
  return diag;
}

FailureOr<RankedTensorType> BoundCall::getTensor(unsigned i) const {
  TypeRange types = getNodeTypes(i);
  if (!isa_and_nonnull<NodeAttr>(values[i]) || types.size() != 1)
    return emitParamError(i) << "must be a tensor node";
  auto tensor = dyn_cast<RankedTensorType>(types.front());
  if (!tensor)
    return emitParamError(i) << "must be a tensor, got " << types.front();
  return tensor;
}

FailureOr<RankedTensorType> BoundCall::getOptionalTensor(unsigned i) const {
  if (isNone(i))
    return RankedTensorType();
  return getTensor(i);
}

LogicalResult
BoundCall::getTensorList(unsigned i,
                         SmallVectorImpl<RankedTensorType> &tensors) const {
  auto list = dyn_cast_or_null<ArrayAttr>(values[i]);
  if (!list) {
    if (auto tuple = dyn_cast_or_null<TupleAttr>(values[i]))
      list = tuple.getElements();
    else
      return emitParamError(i) << "must be a list of tensors";
  }
  TypeRange types = getNodeTypes(i);
  for (Attribute element : list) {
    if (isa<NoneAttr>(element)) {
      tensors.push_back({});
      continue;
    }
    if (!isa<NodeAttr>(element) || types.empty())
      return emitParamError(i) << "must be a list of tensors, got " << element;
    auto tensor = dyn_cast<RankedTensorType>(types.front());
    if (!tensor)
      return emitParamError(i)
             << "must be a list of tensors, got " << types.front();
    tensors.push_back(tensor);
    types = types.drop_front();
  }
  return success();
}

/// The value of an int (constant, or a SymInt node's known expression).
static FailureOr<AffineExpr> getSymIntValue(const BoundCall &call, unsigned i,
                                            Attribute value,
                                            TypeRange &nodeTypes) {
  if (auto integer = dyn_cast<IntegerAttr>(value);
      integer && !isa<BoolAttr>(value))
    return getAffineConstantExpr(integer.getInt(), call.getContext());
  if (isa<NodeAttr>(value)) {
    if (nodeTypes.empty())
      return call.emitParamError(i) << "references a missing operand";
    Type type = nodeTypes.front();
    nodeTypes = nodeTypes.drop_front();
    if (auto symInt = dyn_cast<SymIntType>(type); symInt && symInt.getValue())
      return symInt.getValue();
    return call.emitParamError(i)
           << "must be an int or a SymInt of known value, got " << type;
  }
  return call.emitParamError(i) << "must be an int, got " << value;
}

FailureOr<AffineExpr> BoundCall::getSymInt(unsigned i) const {
  if (std::optional<StringRef> defaultValue = getDefault(i)) {
    int64_t value;
    if (defaultValue->getAsInteger(10, value))
      return emitParamError(i) << "has no int default";
    return getAffineConstantExpr(value, context);
  }
  TypeRange types = getNodeTypes(i);
  return getSymIntValue(*this, i, values[i], types);
}

FailureOr<int64_t> BoundCall::getInt(unsigned i) const {
  FailureOr<AffineExpr> value = getSymInt(i);
  if (failed(value))
    return failure();
  auto constant = dyn_cast<AffineConstantExpr>(*value);
  if (!constant)
    return emitParamError(i) << "must be a constant int here";
  return constant.getValue();
}

FailureOr<std::optional<int64_t>> BoundCall::getOptionalInt(unsigned i) const {
  if (isNone(i))
    return std::optional<int64_t>();
  FailureOr<int64_t> value = getInt(i);
  if (failed(value))
    return failure();
  return std::optional<int64_t>(*value);
}

/// N in a schema type `int[N]` / `SymInt[N]?`, or 0.
static unsigned getFixedListSize(StringRef type) {
  size_t open = type.find('[');
  unsigned size = 0;
  if (open != StringRef::npos)
    type.slice(open + 1, type.find(']')).getAsInteger(10, size);
  return size;
}

LogicalResult
BoundCall::getSymIntList(unsigned i, SmallVectorImpl<AffineExpr> &sizes) const {
  unsigned fixedSize = getFixedListSize(schema->params[i].type);
  if (std::optional<StringRef> defaultValue = getDefault(i)) {
    StringRef text = *defaultValue;
    bool isList = text.consume_front("[") && text.consume_back("]");
    SmallVector<StringRef, 4> parts;
    text.split(parts, ',', -1, /*KeepEmpty=*/false);
    for (StringRef part : parts) {
      int64_t value;
      if (part.trim().getAsInteger(10, value))
        return emitParamError(i) << "has no int list default";
      sizes.push_back(getAffineConstantExpr(value, context));
    }
    if (!isList && sizes.size() == 1 && fixedSize > 1)
      sizes.append(fixedSize - 1, sizes.front());
    return success();
  }
  TypeRange types = getNodeTypes(i);
  Attribute value = values[i];
  ArrayAttr list = dyn_cast<ArrayAttr>(value);
  if (auto tuple = dyn_cast<TupleAttr>(value))
    list = tuple.getElements();
  if (!list) {
    // `int[2] stride=1` accepts a single int for every element.
    FailureOr<AffineExpr> single = getSymIntValue(*this, i, value, types);
    if (failed(single))
      return failure();
    sizes.append(std::max(fixedSize, 1u), *single);
    return success();
  }
  for (Attribute element : list) {
    FailureOr<AffineExpr> size = getSymIntValue(*this, i, element, types);
    if (failed(size))
      return failure();
    sizes.push_back(*size);
  }
  return success();
}

LogicalResult BoundCall::getIntList(unsigned i,
                                    SmallVectorImpl<int64_t> &ints) const {
  SmallVector<AffineExpr, 6> sizes;
  if (failed(getSymIntList(i, sizes)))
    return failure();
  for (AffineExpr size : sizes) {
    auto constant = dyn_cast<AffineConstantExpr>(size);
    if (!constant)
      return emitParamError(i) << "must be a list of constant ints here";
    ints.push_back(constant.getValue());
  }
  return success();
}

FailureOr<double> BoundCall::getFloat(unsigned i) const {
  if (std::optional<StringRef> defaultValue = getDefault(i)) {
    double value;
    if (defaultValue->getAsDouble(value))
      return emitParamError(i) << "has no float default";
    return value;
  }
  if (auto real = dyn_cast<FloatAttr>(values[i]))
    return real.getValueAsDouble();
  if (auto integer = dyn_cast<IntegerAttr>(values[i]);
      integer && !isa<BoolAttr>(integer))
    return static_cast<double>(integer.getInt());
  return emitParamError(i) << "must be a float, got " << values[i];
}

FailureOr<bool> BoundCall::getBool(unsigned i) const {
  if (std::optional<StringRef> defaultValue = getDefault(i)) {
    if (*defaultValue == "True" || *defaultValue == "False")
      return *defaultValue == "True";
    return emitParamError(i) << "has no bool default";
  }
  if (auto boolean = dyn_cast<BoolAttr>(values[i]))
    return boolean.getValue();
  return emitParamError(i) << "must be a bool, got " << values[i];
}

FailureOr<std::optional<ScalarType>>
BoundCall::getOptionalDType(unsigned i) const {
  if (isNone(i))
    return std::optional<ScalarType>();
  if (std::optional<StringRef> defaultValue = getDefault(i)) {
    // Registered schemas print a dtype default as its c10::ScalarType number
    // (`ScalarType? dtype=4` for long).
    uint32_t number;
    std::optional<ScalarType> dtype;
    if (!defaultValue->getAsInteger(10, number))
      dtype = symbolizeScalarType(number);
    if (!dtype)
      return emitParamError(i) << "has no dtype default";
    return dtype;
  }
  if (auto dtype = dyn_cast_or_null<ScalarTypeAttr>(values[i]))
    return std::optional<ScalarType>(dtype.getValue());
  // FX also records dtypes as their c10::ScalarType number.
  if (auto integer = dyn_cast_or_null<IntegerAttr>(values[i]);
      integer && !isa<BoolAttr>(integer))
    if (std::optional<ScalarType> dtype =
            symbolizeScalarType(static_cast<uint32_t>(integer.getInt())))
      return std::optional<ScalarType>(*dtype);
  return emitParamError(i) << "must be a torch.dtype";
}

FailureOr<bool>
BoundCall::getOptionalSymIntList(unsigned i,
                                 SmallVectorImpl<AffineExpr> &sizes) const {
  if (isNone(i))
    return false;
  if (failed(getSymIntList(i, sizes)))
    return failure();
  return true;
}

FailureOr<bool>
BoundCall::getOptionalFloatList(unsigned i,
                                SmallVectorImpl<double> &result) const {
  if (isNone(i))
    return false;
  Attribute value = values[i];
  ArrayAttr list = dyn_cast_or_null<ArrayAttr>(value);
  if (auto tuple = dyn_cast_or_null<TupleAttr>(value))
    list = tuple.getElements();
  if (!list)
    return emitParamError(i) << "must be a list of floats";
  for (Attribute element : list) {
    if (auto real = dyn_cast<FloatAttr>(element))
      result.push_back(real.getValueAsDouble());
    else if (auto integer = dyn_cast<IntegerAttr>(element);
             integer && !isa<BoolAttr>(element))
      result.push_back(static_cast<double>(integer.getInt()));
    else
      return emitParamError(i) << "must be a list of floats, got " << element;
  }
  return true;
}

FailureOr<std::optional<bool>> BoundCall::getOptionalBool(unsigned i) const {
  if (isNone(i))
    return std::optional<bool>();
  FailureOr<bool> value = getBool(i);
  if (failed(value))
    return failure();
  return std::optional<bool>(*value);
}

FailureOr<StringRef> BoundCall::getString(unsigned i) const {
  if (isNone(i))
    return StringRef();
  if (std::optional<StringRef> defaultValue = getDefault(i))
    return defaultValue->trim("'\"");
  if (auto str = dyn_cast_or_null<StringAttr>(values[i]))
    return str.getValue();
  return emitParamError(i) << "must be a string, got " << values[i];
}
