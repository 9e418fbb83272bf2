#include "runtime/builtins/number.h"

#include <cmath>
#include <limits>

#include "runtime/builtins/algorithms/number_format.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/number_conversions.h"
#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::PrimitiveWrapperObject;
using interpreter::ThrowRangeError;
using interpreter::ThrowTypeError;

namespace {

// 𝔽(ℝ(prim)) for a BigInt: the nearest Number, ties to even.
double BigIntToNumber(const interpreter::BigInt& bigint) { return bigint.value().ToDouble(); }

// 21.1.1.1 Number ( value )
// https://tc39.es/ecma262/#sec-number-constructor-number-value
ThrowCompletionOr<Value> NumberConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  double n = 0;
  // 1. If value is present, then
  if (!arguments.empty()) {
    // a. Let prim be ? ToNumeric(value).
    Value prim = TRY(interpreter::vm::ToNumeric(agent, arguments[0]));
    // b. If prim is a BigInt, let n be 𝔽(ℝ(prim)). c. Otherwise, let n be prim.
    n = prim.IsBigInt() ? BigIntToNumber(*prim.AsBigInt()) : prim.AsNumber();
  }
  // 2. Else, let n be +0𝔽.
  // 3. If NewTarget is undefined, return n.
  if (new_target == nullptr) return Value::Number(n);
  // 4. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »).
  // 5. Set O.[[NumberData]] to n.
  PrimitiveWrapperObject* o = TRY(OrdinaryCreateFromConstructor<PrimitiveWrapperObject>(
      agent, new_target, Intrinsic::kNumberPrototype, Value::Number(n)));
  // 6. Return O.
  return Value::FromObject(o);
}

// 21.1.2.2 Number.isFinite ( number )
// https://tc39.es/ecma262/#sec-number.isfinite
ThrowCompletionOr<Value> NumberIsFinite(Agent&, Value, std::span<const Value> arguments, Object*) {
  Value number = Argument(arguments, 0);
  // 1. If number is not a Number, return false.
  if (!number.IsNumber()) return Value::Boolean(false);
  // 2. If number is not finite, return false.
  // 3. Otherwise, return true.
  return Value::Boolean(std::isfinite(number.AsNumber()));
}

// 21.1.2.3 Number.isInteger ( number )
// https://tc39.es/ecma262/#sec-number.isinteger
ThrowCompletionOr<Value> NumberIsInteger(Agent&, Value, std::span<const Value> arguments, Object*) {
  Value number = Argument(arguments, 0);
  // 1. Return IsIntegralNumber(number).
  if (!number.IsNumber()) return Value::Boolean(false);
  double value = number.AsNumber();
  return Value::Boolean(std::isfinite(value) && std::trunc(value) == value);
}

// 21.1.2.4 Number.isNaN ( number )
// https://tc39.es/ecma262/#sec-number.isnan
ThrowCompletionOr<Value> NumberIsNaN(Agent&, Value, std::span<const Value> arguments, Object*) {
  Value number = Argument(arguments, 0);
  // 1. If number is not a Number, return false.
  // 2. If number is NaN, return true.
  // 3. Otherwise, return false.
  return Value::Boolean(number.IsNumber() && std::isnan(number.AsNumber()));
}

// 21.1.2.5 Number.isSafeInteger ( number )
// https://tc39.es/ecma262/#sec-number.issafeinteger
ThrowCompletionOr<Value> NumberIsSafeInteger(Agent&, Value, std::span<const Value> arguments, Object*) {
  Value number = Argument(arguments, 0);
  // 1. If IsIntegralNumber(number) is true, then
  if (number.IsNumber()) {
    double value = number.AsNumber();
    if (std::isfinite(value) && std::trunc(value) == value) {
      // a. If abs(ℝ(number)) ≤ 2^53 - 1, return true.
      if (std::fabs(value) <= 9007199254740991.0) return Value::Boolean(true);
    }
  }
  // 2. Return false.
  return Value::Boolean(false);
}

// 21.1.3.7.1 ThisNumberValue ( arg )
// https://tc39.es/ecma262/#sec-thisnumbervalue
ThrowCompletionOr<double> ThisNumberValue(Agent& agent, Value arg) {
  // 1. If arg is a Number, return arg.
  if (arg.IsNumber()) return arg.AsNumber();
  // 2. If arg is an Object and arg has a [[NumberData]] internal slot, then
  //    a. Let n be arg.[[NumberData]]. b. Assert: n is a Number. c. Return n.
  if (auto n = interpreter::WrappedPrimitive(arg, &Value::IsNumber)) return n->AsNumber();
  // 3. Throw a TypeError exception.
  return ThrowTypeError(agent, u"Number.prototype method called on a value that is not a Number");
}

// 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
// https://tc39.es/ecma262/#sec-number.prototype.toexponential
ThrowCompletionOr<Value> NumberPrototypeToExponential(Agent& agent, Value this_value,
                                                      std::span<const Value> arguments, Object*) {
  Value fraction_digits = Argument(arguments, 0);
  // 1. Let x be ? ThisNumberValue(this value).
  double x = TRY(ThisNumberValue(agent, this_value));
  // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
  double f = TRY(interpreter::vm::ToIntegerOrInfinity(agent, fraction_digits));
  // 3. Assert: If fractionDigits is undefined, then f is 0.
  // 4.-16. (number_format.h; a nullopt result is step 5's RangeError.)
  std::optional<double> fraction_count;
  if (!fraction_digits.IsUndefined()) fraction_count = f;
  std::optional<std::u16string> result = NumberToExponential(x, fraction_count);
  if (!result) return ThrowRangeError(agent, u"toExponential() argument must be between 0 and 100");
  return interpreter::vm::MakeString(agent, std::move(*result));
}

// 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
// https://tc39.es/ecma262/#sec-number.prototype.tofixed
ThrowCompletionOr<Value> NumberPrototypeToFixed(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Let x be ? ThisNumberValue(this value).
  double x = TRY(ThisNumberValue(agent, this_value));
  // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
  // 3. Assert: If fractionDigits is undefined, then f is 0.
  double f = TRY(interpreter::vm::ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 4.-12. (number_format.h; a nullopt result is step 5's RangeError.)
  std::optional<std::u16string> result = NumberToFixed(x, f);
  if (!result) return ThrowRangeError(agent, u"toFixed() digits argument must be between 0 and 100");
  return interpreter::vm::MakeString(agent, std::move(*result));
}

// 21.1.3.6 Number.prototype.toString ( [ radix ] )
// https://tc39.es/ecma262/#sec-number.prototype.tostring
ThrowCompletionOr<Value> NumberPrototypeToString(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value radix = Argument(arguments, 0);
  // 1. Let x be ? ThisNumberValue(this value).
  double x = TRY(ThisNumberValue(agent, this_value));
  // 2. If radix is undefined, let radixMV be 10.
  double radix_mv = 10;
  // 3. Else, let radixMV be ? ToIntegerOrInfinity(radix).
  if (!radix.IsUndefined()) radix_mv = TRY(interpreter::vm::ToIntegerOrInfinity(agent, radix));
  // 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError exception.
  if (!(radix_mv >= 2 && radix_mv <= 36)) {
    return ThrowRangeError(agent, u"toString() radix must be between 2 and 36");
  }
  // 5. Return Number::toString(x, radixMV).
  int radix_int = static_cast<int>(radix_mv);
  if (radix_int == 10) return interpreter::vm::MakeString(agent, interpreter::Number::toString(x));
  return interpreter::vm::MakeString(agent, NumberToStringRadix(x, radix_int));
}

// 21.1.3.4 Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-number.prototype.tolocalestring
ThrowCompletionOr<Value> NumberPrototypeToLocaleString(Agent& agent, Value this_value, std::span<const Value>,
                                                       Object*) {
  // Without ECMA-402 the result is implementation-defined; like toString() it is Number::toString(x, 10).
  double x = TRY(ThisNumberValue(agent, this_value));
  return interpreter::vm::MakeString(agent, interpreter::Number::toString(x));
}

// 21.1.3.5 Number.prototype.toPrecision ( precision )
// https://tc39.es/ecma262/#sec-number.prototype.toprecision
ThrowCompletionOr<Value> NumberPrototypeToPrecision(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  Value precision = Argument(arguments, 0);
  // 1. Let x be ? ThisNumberValue(this value).
  double x = TRY(ThisNumberValue(agent, this_value));
  // 2. If precision is undefined, return ! ToString(x).
  if (precision.IsUndefined()) return interpreter::vm::MakeString(agent, interpreter::Number::toString(x));
  // 3. Let p be ? ToIntegerOrInfinity(precision).
  double p = TRY(interpreter::vm::ToIntegerOrInfinity(agent, precision));
  // 4.-15. (number_format.h; a nullopt result is step 5's RangeError.)
  std::optional<std::u16string> result = NumberToPrecision(x, p);
  if (!result) return ThrowRangeError(agent, u"toPrecision() argument must be between 1 and 100");
  return interpreter::vm::MakeString(agent, std::move(*result));
}

// 21.1.3.7 Number.prototype.valueOf ( )
// https://tc39.es/ecma262/#sec-number.prototype.valueof
ThrowCompletionOr<Value> NumberPrototypeValueOf(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? ThisNumberValue(this value).
  return Value::Number(TRY(ThisNumberValue(agent, this_value)));
}

}  // namespace

void CreateNumberIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 21.1.3: %Number.prototype% is itself a Number object; it has a [[NumberData]] internal slot with the value
  // +0𝔽 and its [[Prototype]] is %Object.prototype%.
  heap::Handle<PrimitiveWrapperObject> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate<PrimitiveWrapperObject>(
                        agent, realm->intrinsic(Intrinsic::kObjectPrototype), Value::Number(0)));
  realm->set_intrinsic(Intrinsic::kNumberPrototype, prototype);
  // 21.1.2: %Number% has a "length" property whose value is 1𝔽.
  heap::Handle<Object> number(
      agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kNumber, u"Number", 1, NumberConstructor,
                                             prototype));
  // 21.1.2.1 Number.EPSILON ... 21.1.2.14 Number.POSITIVE_INFINITY: { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: false }.
  DefineBuiltinConstant(agent, number, u"EPSILON", Value::Number(std::numeric_limits<double>::epsilon()));
  DefineBuiltinConstant(agent, number, u"MAX_SAFE_INTEGER", Value::Number(9007199254740991.0));
  DefineBuiltinConstant(agent, number, u"MAX_VALUE", Value::Number(std::numeric_limits<double>::max()));
  DefineBuiltinConstant(agent, number, u"MIN_SAFE_INTEGER", Value::Number(-9007199254740991.0));
  DefineBuiltinConstant(agent, number, u"MIN_VALUE", Value::Number(std::numeric_limits<double>::denorm_min()));
  DefineBuiltinConstant(agent, number, u"NaN", Value::NaN());
  DefineBuiltinConstant(agent, number, u"NEGATIVE_INFINITY", Value::Number(-INFINITY));
  DefineBuiltinConstant(agent, number, u"POSITIVE_INFINITY", Value::Number(INFINITY));
  DefineBuiltinMethod(agent, realm, number, u"isFinite", 1, NumberIsFinite);
  DefineBuiltinMethod(agent, realm, number, u"isInteger", 1, NumberIsInteger);
  DefineBuiltinMethod(agent, realm, number, u"isNaN", 1, NumberIsNaN);
  DefineBuiltinMethod(agent, realm, number, u"isSafeInteger", 1, NumberIsSafeInteger);
  // 21.1.2.12 Number.parseFloat: "The initial value of the "parseFloat" property is %parseFloat%."
  // 21.1.2.13 Number.parseInt: "The initial value of the "parseInt" property is %parseInt%."
  if (Object* parse_float = realm->intrinsic(Intrinsic::kParseFloat)) {
    DefineBuiltinData(agent, number, u"parseFloat", Value::FromObject(parse_float));
  }
  if (Object* parse_int = realm->intrinsic(Intrinsic::kParseInt)) {
    DefineBuiltinData(agent, number, u"parseInt", Value::FromObject(parse_int));
  }
  DefineBuiltinMethod(agent, realm, prototype, u"toExponential", 1, NumberPrototypeToExponential);
  DefineBuiltinMethod(agent, realm, prototype, u"toFixed", 1, NumberPrototypeToFixed);
  DefineBuiltinMethod(agent, realm, prototype, u"toLocaleString", 0, NumberPrototypeToLocaleString);
  DefineBuiltinMethod(agent, realm, prototype, u"toPrecision", 1, NumberPrototypeToPrecision);
  DefineBuiltinMethod(agent, realm, prototype, u"toString", 1, NumberPrototypeToString);
  DefineBuiltinMethod(agent, realm, prototype, u"valueOf", 0, NumberPrototypeValueOf);
}

}  // namespace async_runtime::builtins
