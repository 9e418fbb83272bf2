#include "runtime/interpreter/vm/operations.h"

#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/bigint_operations.h"

#include "runtime/builtins/algorithms/math.h"

#include <algorithm>
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
  if (argument.IsBigInt()) return !argument.AsBigInt()->is_zero();
  // 3. If argument is an Object and argument has an [[IsHTMLDDA]] internal slot, return false (B.3.6.1).
  if (argument.IsObject() && argument.AsObject()->is_html_dda()) return false;
  // 4. Return true.
  return true;
}

ThrowCompletionOr<Value> ToNumeric(Agent& agent, Value argument) {
  // (A Number is its own primitive value and ToNumber answers it unchanged: steps 1-3 return it.)
  if (argument.IsNumber()) return argument;
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
  if (argument.IsBigInt()) return BigIntToString(agent, *argument.AsBigInt(), 10);
  // 8. Assert: argument is an Object.
  // 9. Let primValue be ? ToPrimitive(argument, string).
  Value prim_value = TRY(ToPrimitive(agent, argument, PreferredType::kString));
  // 10. Assert: primValue is not an Object.
  // 11. Return ? ToString(primValue).
  return ToString(agent, prim_value);
}

ThrowCompletionOr<Object*> ToObject(Agent& agent, Value argument) {
  // Object: return argument.
  if (argument.IsObject()) return argument.AsObject();
  // Undefined, Null: throw a TypeError exception.
  if (argument.IsNullish()) return ThrowTypeError(agent, u"Cannot convert undefined or null to object");
  // Boolean, Number, String, Symbol, BigInt: a new wrapper object whose
  // [[XData]] internal slot is argument (String: StringCreate). A realm
  // without the prototype (a VM without builtins) uses %Object.prototype%.
  Realm* realm = agent.current_realm();
  Intrinsic prototype_name = argument.IsBoolean() ? Intrinsic::kBooleanPrototype
                             : argument.IsNumber() ? Intrinsic::kNumberPrototype
                             : argument.IsString() ? Intrinsic::kStringPrototype
                             : argument.IsSymbol() ? Intrinsic::kSymbolPrototype
                                                   : Intrinsic::kBigIntPrototype;
  Object* prototype = realm->intrinsic(prototype_name);
  if (prototype == nullptr) prototype = realm->intrinsic(Intrinsic::kObjectPrototype);
  if (argument.IsString()) return StringCreate(agent, argument, prototype);
  return OrdinaryObjectCreate<PrimitiveWrapperObject>(agent, prototype, argument);
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
  //    (The wrapper is not allocated: the lookup starts at its prototype,
  //    with V as the receiver.)
  Intrinsic prototype_name = value.IsBoolean() ? Intrinsic::kBooleanPrototype
                             : value.IsNumber() ? Intrinsic::kNumberPrototype
                             : value.IsString() ? Intrinsic::kStringPrototype
                             : value.IsSymbol() ? Intrinsic::kSymbolPrototype
                                                : Intrinsic::kBigIntPrototype;
  Object* prototype = realm->intrinsic(prototype_name);
  if (prototype == nullptr) prototype = realm->intrinsic(Intrinsic::kObjectPrototype);
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
  // 2. If C has a [[BoundTargetFunction]] internal slot, then
  if (auto* function = dynamic_cast<FunctionObject*>(ctor.AsObject()); function != nullptr) {
    if (Object* bound_target = function->BoundTargetFunction(); bound_target != nullptr) {
      // a. Let BC be C.[[BoundTargetFunction]].
      // b. Return ? InstanceofOperator(O, BC).
      return InstanceofOperator(agent, instance, Value::FromObject(bound_target));
    }
  }
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
  // 4. If px is a BigInt and py is a String, then
  if (px->IsBigInt() && py->IsString()) {
    // a. Let ny be StringToBigInt(py). b. If ny is undefined, return undefined.
    std::optional<BigInteger> ny = StringToBigInt(py->AsString()->code_units());
    if (!ny) return std::optional<bool>();
    // c. Return BigInt::lessThan(px, ny).
    return std::optional<bool>(BigIntLessThan(px->AsBigInt()->value(), *ny));
  }
  // 5. If px is a String and py is a BigInt, then
  if (px->IsString() && py->IsBigInt()) {
    // a. Let nx be StringToBigInt(px). b. If nx is undefined, return undefined.
    std::optional<BigInteger> nx = StringToBigInt(px->AsString()->code_units());
    if (!nx) return std::optional<bool>();
    // c. Return BigInt::lessThan(nx, py).
    return std::optional<bool>(BigIntLessThan(*nx, py->AsBigInt()->value()));
  }
  // 6. NOTE: Because px and py are primitive values, evaluation order is not important.
  // 7. Let nx be ? ToNumeric(px). 8. Let ny be ? ToNumeric(py).
  //    (px and py are primitives: only a Symbol throws, and a BigInt stays as it is.)
  if (!px->IsBigInt()) px = Value::Number(TRY(ToNumber(agent, px)));
  if (!py->IsBigInt()) py = Value::Number(TRY(ToNumber(agent, py)));
  // 9. If SameType(nx, ny) is true, then
  if (px->IsNumber() && py->IsNumber()) {
    // a. If nx is a Number, return Number::lessThan(nx, ny).
    double nx = px->AsNumber();
    double ny = py->AsNumber();
    if (std::isnan(nx) || std::isnan(ny)) return std::optional<bool>();
    return std::optional<bool>(nx < ny);
  }
  if (px->IsBigInt() && py->IsBigInt()) {
    // b. Assert: nx is a BigInt. c. Return BigInt::lessThan(nx, ny).
    return std::optional<bool>(BigIntLessThan(px->AsBigInt()->value(), py->AsBigInt()->value()));
  }
  // 10. Assert: nx is a BigInt and ny is a Number, or nx is a Number and ny is a BigInt.
  // 11. If nx or ny is NaN, return undefined.
  // 12. If nx is -∞𝔽 or ny is +∞𝔽, return true.
  // 13. If nx is +∞𝔽 or ny is -∞𝔽, return false.
  // 14. If ℝ(nx) < ℝ(ny), return true. 15. Return false.
  //     (CompareWithNumber is exact and orders the infinities and NaN the same way.)
  std::partial_ordering order = px->IsBigInt() ? px->AsBigInt()->value().CompareWithNumber(py->AsNumber())
                                               : 0 <=> py->AsBigInt()->value().CompareWithNumber(px->AsNumber());
  if (order == std::partial_ordering::unordered) return std::optional<bool>();
  return std::optional<bool>(order < 0);
}

ThrowCompletionOr<bool> IsLooselyEqual(Agent& agent, Value x, Value y) {
  // 1. If SameType(x, y) is true, then return IsStrictlyEqual(x, y).
  if (SameType(x, y)) return IsStrictlyEqual(x, y);
  // 2. If x is null and y is undefined, return true. 3. If x is undefined and y is null, return true.
  if (x.IsNullish() && y.IsNullish()) return true;
  // 4. NOTE: This step is replaced in section B.3.6.2: an Object with an [[IsHTMLDDA]] internal slot is loosely
  //    equal to undefined and null.
  if (x.IsObject() && x.AsObject()->is_html_dda() && y.IsNullish()) return true;
  if (x.IsNullish() && y.IsObject() && y.AsObject()->is_html_dda()) return true;
  // 5. If x is a Number and y is a String, return ! IsLooselyEqual(x, ! ToNumber(y)).
  if (x.IsNumber() && y.IsString()) return IsLooselyEqual(agent, x, Value::Number(MUST(ToNumber(agent, y))));
  // 6. If x is a String and y is a Number, return ! IsLooselyEqual(! ToNumber(x), y).
  if (x.IsString() && y.IsNumber()) return IsLooselyEqual(agent, Value::Number(MUST(ToNumber(agent, x))), y);
  // 7. If x is a BigInt and y is a String, then
  if (x.IsBigInt() && y.IsString()) {
    // a. Let n be StringToBigInt(y). b. If n is undefined, return false.
    std::optional<BigInteger> n = StringToBigInt(y.AsString()->code_units());
    if (!n) return false;
    // c. Return ! IsLooselyEqual(x, n). (Both BigInts: BigInt::equal.)
    return x.AsBigInt()->value() == *n;
  }
  // 8. If x is a String and y is a BigInt, return ! IsLooselyEqual(y, x).
  if (x.IsString() && y.IsBigInt()) return IsLooselyEqual(agent, y, x);
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
  // 13. If x is a BigInt and y is a finite Number, or if x is a finite Number and y is a BigInt, then
  //     a. If ℝ(x) = ℝ(y), return true. b. Return false.
  if (x.IsBigInt() && y.IsNumber()) return x.AsBigInt()->value().CompareWithNumber(y.AsNumber()) == 0;
  if (x.IsNumber() && y.IsBigInt()) return y.AsBigInt()->value().CompareWithNumber(x.AsNumber()) == 0;
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
  RootedValue lnum_value(agent.heap(), TRY(ToNumeric(agent, lval)));
  Value rnum_value = TRY(ToNumeric(agent, rval));
  // 5. If SameType(lnum, rnum) is false, throw a TypeError exception.
  if (lnum_value->IsBigInt() != rnum_value.IsBigInt()) {
    return ThrowTypeError(agent, u"Cannot mix BigInt and other types, use explicit conversions");
  }
  // 6. If lnum is a BigInt, then a.-e. the BigInt operation for opText.
  if (rnum_value.IsBigInt()) {
    return ApplyBigIntBinaryOperator(agent, *lnum_value->AsBigInt(), op, *rnum_value.AsBigInt());
  }
  // 7. Else, a. Assert: lnum is a Number. b. The Number operation for opText.
  double lnum = lnum_value->AsNumber();
  double rnum = rnum_value.AsNumber();
  // 8. Return operation(lnum, rnum).
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
      // B.3.6.3: an Object with an [[IsHTMLDDA]] internal slot is "undefined".
      if (value.AsObject()->is_html_dda()) return agent.InternedString(u"undefined");
      return agent.InternedString(value.AsObject()->IsCallable() ? u"function" : u"object");
  }
  return Value::Undefined();
}

// 7.2.2 IsArray ( argument )
// https://tc39.es/ecma262/#sec-isarray
ThrowCompletionOr<bool> IsArray(Agent& agent, Value argument) {
  // 1. If argument is not an Object, return false.
  if (!argument.IsObject()) return false;
  // 2. If argument is an Array exotic object, return true.
  // 3. If argument is a Proxy exotic object, then
  //    a. Perform ? ValidateNonRevokedProxy(argument). b. Let proxyTarget be argument.[[ProxyTarget]].
  //    c. Return ? IsArray(proxyTarget).
  // 4. Return false.
  return argument.AsObject()->IsArrayObject(agent);
}

// 7.1.5 ToIntegerOrInfinity ( argument )
// https://tc39.es/ecma262/#sec-tointegerorinfinity
ThrowCompletionOr<double> ToIntegerOrInfinity(Agent& agent, Value argument) {
  // 1. Let number be ? ToNumber(argument).
  double number = TRY(ToNumber(agent, argument));
  // 2. If number is one of NaN, +0𝔽, or -0𝔽, return 0.
  if (std::isnan(number) || number == 0) return 0.0;
  // 3. If number is +∞𝔽, return +∞. 4. If number is -∞𝔽, return -∞.
  if (std::isinf(number)) return number;
  // 5. Return truncate(ℝ(number)).
  return std::trunc(number) + 0.0;
}

// 7.1.22 ToLength ( argument )
// https://tc39.es/ecma262/#sec-tolength
ThrowCompletionOr<double> ToLength(Agent& agent, Value argument) {
  // 1. Let len be ? ToIntegerOrInfinity(argument).
  double len = TRY(ToIntegerOrInfinity(agent, argument));
  // 2. If len ≤ 0, return +0𝔽.
  if (len <= 0) return 0.0;
  // 3. Return 𝔽(min(len, 2^53 - 1)).
  return std::min(len, 9007199254740991.0);
}

// 7.1.24 ToIndex ( value )
// https://tc39.es/ecma262/#sec-toindex
ThrowCompletionOr<double> ToIndex(Agent& agent, Value value) {
  // 1. Let integer be ? ToIntegerOrInfinity(value).
  double integer = TRY(ToIntegerOrInfinity(agent, value));
  // 2. If integer is not in the inclusive interval from 0 to 2^53 - 1, throw a RangeError exception.
  if (integer < 0 || integer > 9007199254740991.0) return ThrowRangeError(agent, u"Invalid index");
  // 3. Return integer.
  return integer;
}

// 7.3.18 LengthOfArrayLike ( obj )
// https://tc39.es/ecma262/#sec-lengthofarraylike
ThrowCompletionOr<double> LengthOfArrayLike(Agent& agent, Object* obj) {
  // 1. Return ℝ(? ToLength(? Get(obj, "length"))).
  Value length = TRY(Get(agent, obj, agent.Key(u"length")));
  return ToLength(agent, length);
}

// 7.3.19 CreateListFromArrayLike ( obj [ , validElementTypes ] )
// https://tc39.es/ecma262/#sec-createlistfromarraylike
ThrowCompletionOr<std::vector<Value>> CreateListFromArrayLike(Agent& agent, Value obj, bool property_keys_only) {
  // 1. If validElementTypes is not present, set validElementTypes to all.
  // 2. If obj is not an Object, throw a TypeError exception.
  if (!obj.IsObject()) return ThrowTypeError(agent, u"CreateListFromArrayLike called on a non-object");
  heap::Handle<Object> object(agent.heap(), obj.AsObject());
  // 3. Let len be ? LengthOfArrayLike(obj).
  double len = TRY(LengthOfArrayLike(agent, object));
  if (len > 10000000) return ThrowRangeError(agent, u"Too many arguments");
  // 4. Let list be a new empty List.
  std::vector<RootedValue> rooted;
  rooted.reserve(static_cast<size_t>(len));
  // 5. Let index be 0.
  // 6. Repeat, while index < len,
  for (uint32_t index = 0; index < len; ++index) {
    // a. Let indexName be ! ToString(𝔽(index)).
    // b. Let next be ? Get(obj, indexName).
    Value next = TRY(Get(agent, object, PropertyKey::ArrayIndex(index)));
    // c. If validElementTypes is property-key and next is not a property key, throw a TypeError exception.
    if (property_keys_only && !next.IsString() && !next.IsSymbol()) {
      return ThrowTypeError(agent, u"CreateListFromArrayLike: element is not a property key");
    }
    // d. Append next to list. e. Set index to index + 1.
    rooted.emplace_back(agent.heap(), next);
  }
  // 7. Return list.
  std::vector<Value> list;
  list.reserve(rooted.size());
  for (const RootedValue& value : rooted) list.push_back(value.get());
  return list;
}

// 7.3.14 Construct ( F [ , argumentsList [ , newTarget ] ] )
// https://tc39.es/ecma262/#sec-construct
ThrowCompletionOr<Object*> Construct(Agent& agent, Object* f, std::span<const Value> arguments_list,
                                     Object* new_target) {
  // 1. If newTarget is not present, set newTarget to F.
  if (new_target == nullptr) new_target = f;
  // 2. If argumentsList is not present, set argumentsList to a new empty List.
  // 3. Return ? F.[[Construct]](argumentsList, newTarget).
  return static_cast<FunctionObject*>(f)->Construct(agent, arguments_list, new_target);
}

// 7.3.20 Invoke ( V, P [ , argumentsList ] )
// https://tc39.es/ecma262/#sec-invoke
ThrowCompletionOr<Value> Invoke(Agent& agent, Value v, const PropertyKey& p, std::span<const Value> arguments_list) {
  RootedValue rooted_v(agent.heap(), v);
  // 1. If argumentsList is not present, set argumentsList to a new empty List.
  // 2. Let func be ? GetV(V, P).
  Value func = TRY(GetV(agent, agent.current_realm(), v, p));
  // 3. Return ? Call(func, V, argumentsList).
  return Call(agent, func, rooted_v, arguments_list);
}

// 7.3.22 SpeciesConstructor ( O, defaultConstructor )
// https://tc39.es/ecma262/#sec-speciesconstructor
ThrowCompletionOr<Object*> SpeciesConstructor(Agent& agent, Object* o, Object* default_constructor) {
  heap::Handle<Object> rooted_default(agent.heap(), default_constructor);
  // 1. Let C be ? Get(O, "constructor").
  Value c = TRY(Get(agent, o, agent.Key(u"constructor")));
  // 2. If C is undefined, return defaultConstructor.
  if (c.IsUndefined()) return rooted_default.get();
  // 3. If C is not an Object, throw a TypeError exception.
  if (!c.IsObject()) return ThrowTypeError(agent, u"object.constructor is not an object");
  // 4. Let S be ? Get(C, %Symbol.species%).
  Value s = TRY(Get(agent, c.AsObject(), PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies))));
  // 5. If S is either undefined or null, return defaultConstructor.
  if (s.IsNullish()) return rooted_default.get();
  // 6. If IsConstructor(S) is true, return S.
  if (IsConstructor(s)) return s.AsObject();
  // 7. Throw a TypeError exception.
  return ThrowTypeError(agent, u"object.constructor[Symbol.species] is not a constructor");
}

// 7.3.25 CopyDataProperties ( target, source, excludedItems )
// https://tc39.es/ecma262/#sec-copydataproperties
ThrowCompletionOr<void> CopyDataProperties(Agent& agent, Object* target, Value source,
                                           const std::vector<PropertyKey>& excluded_items) {
  heap::Handle<Object> rooted_target(agent.heap(), target);
  // 1. If source is either undefined or null, return unused.
  if (source.IsNullish()) return {};
  // 2. Let from be ! ToObject(source).
  heap::Handle<Object> from(agent.heap(), MUST(ToObject(agent, source)));
  // 3. Let keys be ? from.[[OwnPropertyKeys]]().
  std::vector<PropertyKey> keys = TRY(from->OwnPropertyKeys(agent));
  // (The keys are traced through `from` while its properties exist; a deleted one is kept alive by
  //  the interned string table or the symbol's other holders only — root them explicitly.)
  std::vector<RootedValue> rooted_keys;
  rooted_keys.reserve(keys.size());
  for (const PropertyKey& key : keys) rooted_keys.emplace_back(agent.heap(), key.ToValue(agent.strings()));
  // 4. For each element nextKey of keys, do
  for (const PropertyKey& next_key : keys) {
    // a. Let excluded be false.
    // b. For each element e of excludedItems, do: if SameValue(e, nextKey) is true, set excluded to true.
    bool excluded = std::find(excluded_items.begin(), excluded_items.end(), next_key) != excluded_items.end();
    // c. If excluded is false, then
    if (excluded) continue;
    // i. Let desc be ? from.[[GetOwnProperty]](nextKey).
    auto desc = TRY(from->GetOwnProperty(agent, next_key));
    // ii. If desc is not undefined and desc.[[Enumerable]] is true, then
    if (desc && desc->enumerable.value_or(false)) {
      // 1. Let propValue be ? Get(from, nextKey).
      Value prop_value = TRY(Get(agent, from, next_key));
      // 2. Perform ! CreateDataPropertyOrThrow(target, nextKey, propValue).
      MUST(CreateDataPropertyOrThrow(agent, rooted_target, next_key, prop_value));
    }
  }
  // 5. Return unused.
  return {};
}

// 6.2.6.4 FromPropertyDescriptor ( Desc )
// https://tc39.es/ecma262/#sec-frompropertydescriptor
Value FromPropertyDescriptor(Agent& agent, const std::optional<PropertyDescriptor>& desc) {
  // 1. If Desc is undefined, return undefined.
  if (!desc) return Value::Undefined();
  PropertyDescriptor d = *desc;
  RootedValue value(agent.heap(), d.value.value_or(Value::Undefined()));
  RootedValue get(agent.heap(), d.get.value_or(Value::Undefined()));
  RootedValue set(agent.heap(), d.set.value_or(Value::Undefined()));
  // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> obj(agent.heap(),
                           OrdinaryObjectCreate(agent, agent.current_realm()->intrinsic(Intrinsic::kObjectPrototype)));
  // 3. Assert: obj is an extensible ordinary object with no own properties.
  // 4. If Desc has a [[Value]] field, then perform ! CreateDataPropertyOrThrow(obj, "value", Desc.[[Value]]).
  if (d.value) MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"value"), value));
  // 5. If Desc has a [[Writable]] field, then perform ! CreateDataPropertyOrThrow(obj, "writable", 𝔽(Desc.[[Writable]])).
  if (d.writable) MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"writable"), Value::Boolean(*d.writable)));
  // 6. If Desc has a [[Get]] field, then perform ! CreateDataPropertyOrThrow(obj, "get", Desc.[[Get]]).
  if (d.get) MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"get"), get));
  // 7. If Desc has a [[Set]] field, then perform ! CreateDataPropertyOrThrow(obj, "set", Desc.[[Set]]).
  if (d.set) MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"set"), set));
  // 8. If Desc has an [[Enumerable]] field, then perform ! CreateDataPropertyOrThrow(obj, "enumerable", ...).
  if (d.enumerable) MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"enumerable"), Value::Boolean(*d.enumerable)));
  // 9. If Desc has a [[Configurable]] field, then perform ! CreateDataPropertyOrThrow(obj, "configurable", ...).
  if (d.configurable) {
    MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"configurable"), Value::Boolean(*d.configurable)));
  }
  // 10. Return obj.
  return Value::FromObject(obj);
}

// 6.2.6.5 ToPropertyDescriptor ( Obj )
// https://tc39.es/ecma262/#sec-topropertydescriptor
ThrowCompletionOr<PropertyDescriptor> ToPropertyDescriptor(Agent& agent, Value obj_value) {
  // 1. If Obj is not an Object, throw a TypeError exception.
  if (!obj_value.IsObject()) return ThrowTypeError(agent, u"Property description must be an object");
  heap::Handle<Object> obj(agent.heap(), obj_value.AsObject());
  // 2. Let desc be a new Property Descriptor that initially has no fields.
  PropertyDescriptor desc;
  RootedValue value(agent.heap()), getter(agent.heap()), setter(agent.heap());
  bool has_value = false, has_get = false, has_set = false;
  // 3. Let hasEnumerable be ? HasProperty(Obj, "enumerable").
  // 4. If hasEnumerable is true, then set desc.[[Enumerable]] to ToBoolean(? Get(Obj, "enumerable")).
  if (TRY(HasProperty(agent, obj, agent.Key(u"enumerable")))) {
    desc.enumerable = ToBoolean(TRY(Get(agent, obj, agent.Key(u"enumerable"))));
  }
  // 5.-6. "configurable" likewise.
  if (TRY(HasProperty(agent, obj, agent.Key(u"configurable")))) {
    desc.configurable = ToBoolean(TRY(Get(agent, obj, agent.Key(u"configurable"))));
  }
  // 7. Let hasValue be ? HasProperty(Obj, "value").
  // 8. If hasValue is true, then set desc.[[Value]] to ? Get(Obj, "value").
  if (TRY(HasProperty(agent, obj, agent.Key(u"value")))) {
    value = TRY(Get(agent, obj, agent.Key(u"value")));
    has_value = true;
  }
  // 9.-10. "writable": desc.[[Writable]] is ToBoolean(? Get(Obj, "writable")).
  if (TRY(HasProperty(agent, obj, agent.Key(u"writable")))) {
    desc.writable = ToBoolean(TRY(Get(agent, obj, agent.Key(u"writable"))));
  }
  // 11. Let hasGet be ? HasProperty(Obj, "get").
  // 12. If hasGet is true, then
  if (TRY(HasProperty(agent, obj, agent.Key(u"get")))) {
    // a. Let getter be ? Get(Obj, "get").
    getter = TRY(Get(agent, obj, agent.Key(u"get")));
    // b. If IsCallable(getter) is false and getter is not undefined, throw a TypeError exception.
    if (!IsCallable(getter) && !getter->IsUndefined()) return ThrowTypeError(agent, u"Getter must be a function");
    // c. Set desc.[[Get]] to getter.
    has_get = true;
  }
  // 13. Let hasSet be ? HasProperty(Obj, "set").
  // 14. If hasSet is true, then
  if (TRY(HasProperty(agent, obj, agent.Key(u"set")))) {
    // a. Let setter be ? Get(Obj, "set").
    setter = TRY(Get(agent, obj, agent.Key(u"set")));
    // b. If IsCallable(setter) is false and setter is not undefined, throw a TypeError exception.
    if (!IsCallable(setter) && !setter->IsUndefined()) return ThrowTypeError(agent, u"Setter must be a function");
    // c. Set desc.[[Set]] to setter.
    has_set = true;
  }
  if (has_value) desc.value = value.get();
  if (has_get) desc.get = getter.get();
  if (has_set) desc.set = setter.get();
  // 15. If desc has a [[Get]] field or desc has a [[Set]] field, then
  //     a. If desc has a [[Value]] field or desc has a [[Writable]] field, throw a TypeError exception.
  if ((has_get || has_set) && (has_value || desc.writable)) {
    return ThrowTypeError(agent, u"Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
  }
  // 16. Return desc.
  return desc;
}

}  // namespace async_runtime::interpreter::vm
