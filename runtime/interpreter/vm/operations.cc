#include "runtime/interpreter/vm/operations.h"

#include "runtime/builtins/algorithms/math.h"

#include <cmath>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/number_conversions.h"
#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter::vm {

Value MakeString(Agent& agent, std::u16string code_units) {
  return Value::FromString(agent.Allocate<PrimitiveString>(std::move(code_units)));
}

ThrowCompletionOr<Value> ToPrimitive(Agent& agent, Value input, PreferredType preferred_type) {
  // 1. If input is an Object, then
  if (input.IsObject()) {
    RootedValue rooted_input(agent.heap(), input);
    Object* object = input.AsObject();
    // a. Let exoticToPrim be ? GetMethod(input, %Symbol.toPrimitive%).
    RootedValue exotic_to_prim(
        agent.heap(),
        TRY(GetMethod(agent, object, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToPrimitive)))));
    // b. If exoticToPrim is not undefined, then
    if (!exotic_to_prim->IsUndefined()) {
      // i.-iii. hint is "default", "string" or "number".
      const char16_t* hint = preferred_type == PreferredType::kString   ? u"string"
                             : preferred_type == PreferredType::kNumber ? u"number"
                                                                        : u"default";
      Value hint_value = agent.InternedString(hint);
      // iv. Let result be ? Call(exoticToPrim, input, « hint »).
      Value result = TRY(Call(agent, exotic_to_prim, input, std::span<const Value>(&hint_value, 1)));
      // v. If result is not an Object, return result.
      if (!result.IsObject()) return result;
      // vi. Throw a TypeError exception.
      return ThrowTypeError(agent, u"Cannot convert object to primitive value");
    }
    // c. If preferredType is not present, let preferredType be number.
    if (preferred_type == PreferredType::kNone) preferred_type = PreferredType::kNumber;
    // d. Return ? OrdinaryToPrimitive(input, preferredType).
    return OrdinaryToPrimitive(agent, object, preferred_type);
  }
  // 2. Return input.
  return input;
}

ThrowCompletionOr<Value> OrdinaryToPrimitive(Agent& agent, Object* obj, PreferredType hint) {
  heap::Handle<Object> rooted(agent.heap(), obj);
  // 1. If hint is string, let methodNames be « "toString", "valueOf" ».
  // 2. Else, let methodNames be « "valueOf", "toString" ».
  const char16_t* method_names[2] = {u"valueOf", u"toString"};
  if (hint == PreferredType::kString) std::swap(method_names[0], method_names[1]);
  // 3. For each element name of methodNames, do
  for (const char16_t* name : method_names) {
    // a. Let method be ? Get(O, name).
    RootedValue method(agent.heap(), TRY(Get(agent, obj, agent.Key(name))));
    // b. If IsCallable(method) is true, then
    if (IsCallable(method)) {
      // i. Let result be ? Call(method, O).
      Value result = TRY(Call(agent, method, Value::FromObject(obj)));
      // ii. If result is not an Object, return result.
      if (!result.IsObject()) return result;
    }
  }
  // 4. Throw a TypeError exception.
  return ThrowTypeError(agent, u"Cannot convert object to primitive value");
}

bool ToBoolean(Value argument) {
  // 1. If argument is a Boolean, return argument.
  if (argument.IsBoolean()) return argument.AsBoolean();
  // 2. If argument is one of undefined, null, +0, -0, NaN, 0ℤ, or the empty String, return false.
  if (argument.IsNullish()) return false;
  if (argument.IsNumber()) {
    double number = argument.AsNumber();
    return !(number == 0 || std::isnan(number));
  }
  if (argument.IsString()) return argument.AsString()->length() != 0;
  // 3. NOTE: [[IsHTMLDDA]] objects are not supported.
  // 4. Return true.
  return true;
}

ThrowCompletionOr<Value> ToNumeric(Agent& agent, Value argument) {
  // 1. Let primValue be ? ToPrimitive(value, number).
  Value prim_value = TRY(ToPrimitive(agent, argument, PreferredType::kNumber));
  // 2. If primValue is a BigInt, return primValue.
  if (prim_value.IsBigInt()) return prim_value;
  // 3. Return ? ToNumber(primValue).
  return Value::Number(TRY(ToNumber(agent, prim_value)));
}

ThrowCompletionOr<double> ToNumber(Agent& agent, Value argument) {
  // 1. If argument is a Number, return argument.
  if (argument.IsNumber()) return argument.AsNumber();
  // 2. If argument is either a Symbol or a BigInt, throw a TypeError exception.
  if (argument.IsSymbol()) return ThrowTypeError(agent, u"Cannot convert a Symbol value to a number");
  if (argument.IsBigInt()) return ThrowTypeError(agent, u"Cannot convert a BigInt value to a number");
  // 3. If argument is undefined, return NaN.
  if (argument.IsUndefined()) return std::nan("");
  // 4. If argument is either null or false, return +0.
  // 5. If argument is true, return 1.
  if (argument.IsNull()) return 0.0;
  if (argument.IsBoolean()) return argument.AsBoolean() ? 1.0 : 0.0;
  // 6. If argument is a String, return StringToNumber(argument).
  if (argument.IsString()) return StringToNumber(argument.AsString()->code_units());
  // 7. Assert: argument is an Object.
  // 8. Let primValue be ? ToPrimitive(argument, number).
  Value prim_value = TRY(ToPrimitive(agent, argument, PreferredType::kNumber));
  // 9. Assert: primValue is not an Object.
  // 10. Return ? ToNumber(primValue).
  return ToNumber(agent, prim_value);
}

int32_t ToInt32(double number) { return static_cast<int32_t>(ToUint32(number)); }

uint32_t ToUint32(double number) {
  // 2. If number is not finite or number is either +0 or -0, return +0.
  if (!std::isfinite(number) || number == 0) return 0;
  // 3. Let int be truncate(ℝ(number)).
  double integer = std::trunc(number);
  // 4. Let int32bit be int modulo 2^32.
  double modulo = std::fmod(integer, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  // 5. Return 𝔽(int32bit).
  return static_cast<uint32_t>(modulo);
}

ThrowCompletionOr<Value> ToString(Agent& agent, Value argument) {
  // 1. If argument is a String, return argument.
  if (argument.IsString()) return argument;
  // 2. If argument is a Symbol, throw a TypeError exception.
  if (argument.IsSymbol()) return ThrowTypeError(agent, u"Cannot convert a Symbol value to a string");
  // 3.-5. undefined, null, booleans.
  if (argument.IsUndefined()) return agent.InternedString(u"undefined");
  if (argument.IsNull()) return agent.InternedString(u"null");
  if (argument.IsBoolean()) return agent.InternedString(argument.AsBoolean() ? u"true" : u"false");
  // 6. If argument is a Number, return Number::toString(argument, 10).
  if (argument.IsNumber()) return MakeString(agent, Number::toString(argument.AsNumber()));
  // 7. If argument is a BigInt, return BigInt::toString(argument, 10).
  if (argument.IsBigInt()) return ThrowTypeError(agent, u"BigInt is not supported yet");
  // 8. Assert: argument is an Object.
  // 9. Let primValue be ? ToPrimitive(argument, string).
  Value prim_value = TRY(ToPrimitive(agent, argument, PreferredType::kString));
  // 10. Assert: primValue is not an Object.
  // 11. Return ? ToString(primValue).
  return ToString(agent, prim_value);
}

ThrowCompletionOr<Object*> ToObject(Agent& agent, Value argument) {
  if (argument.IsObject()) return argument.AsObject();
  if (argument.IsNullish()) return ThrowTypeError(agent, u"Cannot convert undefined or null to object");
  return ThrowTypeError(agent, u"ToObject of a primitive is not supported yet (no wrapper prototypes)");
}

ThrowCompletionOr<PropertyKey> ToPropertyKey(Agent& agent, Value argument) {
  // Fast paths that produce the same key without allocating.
  if (argument.IsNumber()) return PropertyKey::FromNumber(agent.strings(), argument.AsNumber());
  if (argument.IsString() || argument.IsSymbol()) return PropertyKey::FromValue(agent.strings(), argument);
  // 1. Let key be ? ToPrimitive(argument, string).
  Value key = TRY(ToPrimitive(agent, argument, PreferredType::kString));
  // 2. If key is a Symbol, then return key.
  if (key.IsSymbol()) return PropertyKey::FromSymbol(key.AsSymbol());
  // 3. Return ! ToString(key).
  if (key.IsNumber()) return PropertyKey::FromNumber(agent.strings(), key.AsNumber());
  Value string = TRY(ToString(agent, key));
  return PropertyKey::FromValue(agent.strings(), string);
}

ThrowCompletionOr<Value> GetV(Agent& agent, Realm* realm, Value value, const PropertyKey& property_key) {
  if (value.IsObject()) return value.AsObject()->Get(agent, property_key, value);
  if (value.IsNullish()) {
    return ThrowTypeError(agent, u"Cannot read property '" + property_key.ToDisplayString() + u"' of " +
                                     (value.IsNull() ? u"null" : u"undefined"));
  }
  if (value.IsString()) {
    PrimitiveString* string = value.AsString();
    if (property_key.is_array_index()) {
      uint32_t index = property_key.array_index();
      if (index < string->length()) return MakeString(agent, std::u16string(1, (*string)[index]));
      return Value::Undefined();
    }
    if (property_key == agent.Key(u"length")) return Value::Number(static_cast<double>(string->length()));
  }
  // 1. Let O be ? ToObject(V). 2. Return ? O.[[Get]](P, V).
  Object* prototype = realm->intrinsic(Intrinsic::kObjectPrototype);
  return prototype->Get(agent, property_key, value);
}

ThrowCompletionOr<Value> GetMethod(Agent& agent, Object* value, const PropertyKey& property_key) {
  // 1. Let func be ? GetV(V, P).
  Value func = TRY(value->Get(agent, property_key, Value::FromObject(value)));
  // 2. If func is either undefined or null, return undefined.
  if (func.IsNullish()) return Value::Undefined();
  // 3. If IsCallable(func) is false, throw a TypeError exception.
  if (!IsCallable(func)) return ThrowTypeError(agent, u"method is not callable");
  // 4. Return func.
  return func;
}

ThrowCompletionOr<bool> OrdinaryHasInstance(Agent& agent, Value ctor, Value instance) {
  // 1. If IsCallable(C) is false, return false.
  if (!IsCallable(ctor)) return false;
  // 2. If C has a [[BoundTargetFunction]] internal slot: no bound functions yet.
  // 3. If O is not an Object, return false.
  if (!instance.IsObject()) return false;
  // 4. Let P be ? Get(C, "prototype").
  Value prototype = TRY(Get(agent, ctor.AsObject(), agent.Key(u"prototype")));
  // 5. If P is not an Object, throw a TypeError exception.
  if (!prototype.IsObject()) return ThrowTypeError(agent, u"Function has non-object prototype in instanceof check");
  RootedValue rooted_prototype(agent.heap(), prototype);
  // 6. Repeat,
  Object* object = instance.AsObject();
  while (true) {
    // a. Set O to ? O.[[GetPrototypeOf]]().
    object = TRY(object->GetPrototypeOf(agent));
    // b. If O is null, return false.
    if (object == nullptr) return false;
    // c. If SameValue(P, O) is true, return true.
    if (object == prototype.AsObject()) return true;
  }
}

ThrowCompletionOr<std::optional<bool>> IsLessThan(Agent& agent, Value x, Value y, bool left_first) {
  RootedValue px(agent.heap());
  RootedValue py(agent.heap());
  // 1. If LeftFirst is true, then
  if (left_first) {
    // a. Let px be ? ToPrimitive(x, number). b. Let py be ? ToPrimitive(y, number).
    px = TRY(ToPrimitive(agent, x, PreferredType::kNumber));
    py = TRY(ToPrimitive(agent, y, PreferredType::kNumber));
  } else {
    // 2. Else: the order of evaluation is reversed.
    py = TRY(ToPrimitive(agent, y, PreferredType::kNumber));
    px = TRY(ToPrimitive(agent, x, PreferredType::kNumber));
  }
  // 3. If px is a String and py is a String, then
  if (px->IsString() && py->IsString()) {
    // a.-f. Compare code unit by code unit; a prefix is less.
    return std::optional<bool>(px->AsString()->code_units() < py->AsString()->code_units());
  }
  // 4. Else (BigInt comparisons do not arise: no BigInt values yet),
  //   c. Let nx be ? ToNumeric(px). d. Let ny be ? ToNumeric(py).
  double nx = TRY(ToNumber(agent, px));
  double ny = TRY(ToNumber(agent, py));
  //   e. If Type(nx) is Type(ny), return Number::lessThan(nx, ny).
  if (std::isnan(nx) || std::isnan(ny)) return std::optional<bool>();
  return std::optional<bool>(nx < ny);
}

ThrowCompletionOr<bool> IsLooselyEqual(Agent& agent, Value x, Value y) {
  // 1. If SameType(x, y) is true, then return IsStrictlyEqual(x, y).
  if (SameType(x, y)) return IsStrictlyEqual(x, y);
  // 2. If x is null and y is undefined, return true. 3. If x is undefined and y is null, return true.
  if (x.IsNullish() && y.IsNullish()) return true;
  // 4. [[IsHTMLDDA]]: not supported.
  // 5. If x is a Number and y is a String, return ! IsLooselyEqual(x, ! ToNumber(y)).
  if (x.IsNumber() && y.IsString()) return IsLooselyEqual(agent, x, Value::Number(MUST(ToNumber(agent, y))));
  // 6. If x is a String and y is a Number, return ! IsLooselyEqual(! ToNumber(x), y).
  if (x.IsString() && y.IsNumber()) return IsLooselyEqual(agent, Value::Number(MUST(ToNumber(agent, x))), y);
  // 7.-8. BigInt/String: no BigInt values yet.
  // 9. If x is a Boolean, return ! IsLooselyEqual(! ToNumber(x), y).
  if (x.IsBoolean()) return IsLooselyEqual(agent, Value::Number(x.AsBoolean() ? 1 : 0), y);
  // 10. If y is a Boolean, return ! IsLooselyEqual(x, ! ToNumber(y)).
  if (y.IsBoolean()) return IsLooselyEqual(agent, x, Value::Number(y.AsBoolean() ? 1 : 0));
  // 11. If x is either a String, a Number, a BigInt, or a Symbol and y is an Object, then
  if ((x.IsString() || x.IsNumber() || x.IsBigInt() || x.IsSymbol()) && y.IsObject()) {
    // a. Return ! IsLooselyEqual(x, ? ToPrimitive(y)).
    RootedValue rooted_x(agent.heap(), x);
    Value primitive = TRY(ToPrimitive(agent, y));
    return IsLooselyEqual(agent, rooted_x, primitive);
  }
  // 12. If x is an Object and y is either a String, a Number, a BigInt, or a Symbol, then
  if (x.IsObject() && (y.IsString() || y.IsNumber() || y.IsBigInt() || y.IsSymbol())) {
    // a. Return ! IsLooselyEqual(? ToPrimitive(x), y).
    RootedValue rooted_y(agent.heap(), y);
    Value primitive = TRY(ToPrimitive(agent, x));
    return IsLooselyEqual(agent, primitive, rooted_y);
  }
  // 13.-14. BigInt/Number: no BigInt values yet.
  // 15. Return false.
  return false;
}

namespace {

// 6.1.6.1.6 Number::remainder ( n, d )
// https://tc39.es/ecma262/#sec-numeric-types-number-remainder
double NumberRemainder(double n, double d) { return std::fmod(n, d); }

}  // namespace

ThrowCompletionOr<Value> ApplyStringOrNumericBinaryOperator(Agent& agent, Value left_value, BinaryOp op,
                                                            Value right_value) {
  RootedValue lval(agent.heap(), left_value);
  RootedValue rval(agent.heap(), right_value);
  // 1. If opText is +, then
  if (op == BinaryOp::kAdd) {
    // a. Let lprim be ? ToPrimitive(leftValue). b. Let rprim be ? ToPrimitive(rightValue).
    RootedValue lprim(agent.heap(), TRY(ToPrimitive(agent, lval)));
    RootedValue rprim(agent.heap(), TRY(ToPrimitive(agent, rval)));
    // c. If lprim is a String or rprim is a String, then
    if (lprim->IsString() || rprim->IsString()) {
      // i. Let lstr be ? ToString(lprim). ii. Let rstr be ? ToString(rprim).
      RootedValue lstr(agent.heap(), TRY(ToString(agent, lprim)));
      RootedValue rstr(agent.heap(), TRY(ToString(agent, rprim)));
      // iii. Return the string-concatenation of lstr and rstr.
      std::u16string concatenation(lstr->AsString()->code_units());
      concatenation += rstr->AsString()->code_units();
      return MakeString(agent, std::move(concatenation));
    }
    // d. Set leftValue to lprim. e. Set rightValue to rprim.
    lval = lprim.get();
    rval = rprim.get();
  }
  // 2. NOTE: At this point, it must be a numeric operation.
  // 3. Let lnum be ? ToNumeric(leftValue). 4. Let rnum be ? ToNumeric(rightValue).
  Value lnum_value = TRY(ToNumeric(agent, lval));
  double lnum = lnum_value.AsNumber();
  Value rnum_value = TRY(ToNumeric(agent, rval));
  double rnum = rnum_value.AsNumber();
  // 5. If Type(lnum) is not Type(rnum), throw a TypeError exception (no BigInts yet).
  // 6.-8. Apply the Number operation of table-numeric-type-ops.
  switch (op) {
    case BinaryOp::kExponent: return Value::Number(builtins::NumberExponentiate(lnum, rnum));
    case BinaryOp::kMultiply: return Value::Number(lnum * rnum);
    case BinaryOp::kDivide: return Value::Number(lnum / rnum);
    case BinaryOp::kRemainder: return Value::Number(NumberRemainder(lnum, rnum));
    case BinaryOp::kAdd: return Value::Number(lnum + rnum);
    case BinaryOp::kSubtract: return Value::Number(lnum - rnum);
    case BinaryOp::kShiftLeft:
      return Value::Number(static_cast<int32_t>(static_cast<uint32_t>(ToInt32(lnum)) << (ToUint32(rnum) % 32)));
    case BinaryOp::kShiftRight: return Value::Number(ToInt32(lnum) >> (ToUint32(rnum) % 32));
    case BinaryOp::kUnsignedShiftRight: return Value::Number(ToUint32(lnum) >> (ToUint32(rnum) % 32));
    case BinaryOp::kBitwiseAnd: return Value::Number(ToInt32(lnum) & ToInt32(rnum));
    case BinaryOp::kBitwiseXor: return Value::Number(ToInt32(lnum) ^ ToInt32(rnum));
    case BinaryOp::kBitwiseOr: return Value::Number(ToInt32(lnum) | ToInt32(rnum));
  }
  return Value::Undefined();
}

ThrowCompletionOr<bool> InstanceofOperator(Agent& agent, Value value, Value target) {
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowTypeError(agent, u"Right-hand side of 'instanceof' is not an object");
  RootedValue rooted_value(agent.heap(), value);
  // 2. Let instOfHandler be ? GetMethod(target, %Symbol.hasInstance%).
  RootedValue inst_of_handler(
      agent.heap(),
      TRY(GetMethod(agent, target.AsObject(),
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kHasInstance)))));
  // 3. If instOfHandler is not undefined, then
  if (!inst_of_handler->IsUndefined()) {
    // a. Return ToBoolean(? Call(instOfHandler, target, « value »)).
    Value argument = rooted_value;
    return ToBoolean(TRY(Call(agent, inst_of_handler, target, std::span<const Value>(&argument, 1))));
  }
  // 4. If IsCallable(target) is false, throw a TypeError exception.
  if (!IsCallable(target)) return ThrowTypeError(agent, u"Right-hand side of 'instanceof' is not callable");
  // 5. Return ? OrdinaryHasInstance(target, value).
  return OrdinaryHasInstance(agent, target, rooted_value);
}

Value TypeOf(Agent& agent, Value value) {
  switch (value.type()) {
    case Value::Type::kUndefined: return agent.InternedString(u"undefined");
    case Value::Type::kNull: return agent.InternedString(u"object");
    case Value::Type::kBoolean: return agent.InternedString(u"boolean");
    case Value::Type::kNumber: return agent.InternedString(u"number");
    case Value::Type::kString: return agent.InternedString(u"string");
    case Value::Type::kSymbol: return agent.InternedString(u"symbol");
    case Value::Type::kBigInt: return agent.InternedString(u"bigint");
    case Value::Type::kObject:
      return agent.InternedString(value.AsObject()->IsCallable() ? u"function" : u"object");
  }
  return Value::Undefined();
}

}  // namespace async_runtime::interpreter::vm
