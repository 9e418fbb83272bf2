#include "runtime/builtins/bigint.h"

#include <cmath>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/bigint_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::BigInt;
using interpreter::BigInteger;
using interpreter::RootedValue;
using interpreter::ThrowRangeError;
using interpreter::ThrowTypeError;

namespace {

// 21.2.1.1 BigInt ( value )
// https://tc39.es/ecma262/#sec-bigint-constructor-number-value
ThrowCompletionOr<Value> BigIntConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  // 1. If NewTarget is not undefined, throw a TypeError exception.
  if (new_target != nullptr) return ThrowTypeError(agent, u"BigInt is not a constructor");
  // 2. Let prim be ? ToPrimitive(value, number).
  Value prim = TRY(interpreter::vm::ToPrimitive(agent, Argument(arguments, 0), interpreter::vm::PreferredType::kNumber));
  // 3. If prim is a Number, return ? NumberToBigInt(prim).
  if (prim.IsNumber()) return interpreter::vm::NumberToBigInt(agent, prim.AsNumber());
  // 4. Otherwise, return ? ToBigInt(prim).
  return interpreter::vm::ToBigInt(agent, prim);
}

// 21.2.2.1 BigInt.asIntN ( bits, bigint )
// https://tc39.es/ecma262/#sec-bigint.asintn
ThrowCompletionOr<Value> BigIntAsIntN(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Set bits to ? ToIndex(bits).
  const double bits = TRY(interpreter::vm::ToIndex(agent, Argument(arguments, 0)));
  // 2. Set bigint to ? ToBigInt(bigint).
  Value bigint = TRY(interpreter::vm::ToBigInt(agent, Argument(arguments, 1)));
  // 3. Let mod be ℝ(bigint) modulo 2^bits.
  // 4. If mod ≥ 2^(bits - 1), return ℤ(mod - 2^bits); otherwise, return ℤ(mod).
  std::optional<BigInteger> result = bigint.AsBigInt()->value().AsIntN(static_cast<uint64_t>(bits));
  if (!result) return ThrowRangeError(agent, u"Maximum BigInt size exceeded");
  return interpreter::vm::MakeBigInt(agent, std::move(*result));
}

// 21.2.2.2 BigInt.asUintN ( bits, bigint )
// https://tc39.es/ecma262/#sec-bigint.asuintn
ThrowCompletionOr<Value> BigIntAsUintN(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Set bits to ? ToIndex(bits).
  const double bits = TRY(interpreter::vm::ToIndex(agent, Argument(arguments, 0)));
  // 2. Set bigint to ? ToBigInt(bigint).
  Value bigint = TRY(interpreter::vm::ToBigInt(agent, Argument(arguments, 1)));
  // 3. Return ℤ(ℝ(bigint) modulo 2^bits).
  std::optional<BigInteger> result = bigint.AsBigInt()->value().AsUintN(static_cast<uint64_t>(bits));
  if (!result) return ThrowRangeError(agent, u"Maximum BigInt size exceeded");
  return interpreter::vm::MakeBigInt(agent, std::move(*result));
}

// 21.2.3.4.1 ThisBigIntValue ( value )
// https://tc39.es/ecma262/#sec-thisbigintvalue
ThrowCompletionOr<BigInt*> ThisBigIntValue(Agent& agent, Value value) {
  // 1. If value is a BigInt, return value.
  if (value.IsBigInt()) return value.AsBigInt();
  // 2. If value is an Object and value has a [[BigIntData]] internal slot, then
  //    a. Assert: value.[[BigIntData]] is a BigInt. b. Return value.[[BigIntData]].
  if (auto data = interpreter::WrappedPrimitive(value, &Value::IsBigInt)) return data->AsBigInt();
  // 3. Throw a TypeError exception.
  return ThrowTypeError(agent, u"BigInt.prototype method called on a value that is not a BigInt");
}

// 21.2.3.2 BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-bigint.prototype.tolocalestring
// Without ECMA-402 this is implementation-defined; like toString with radix 10.
ThrowCompletionOr<Value> BigIntPrototypeToLocaleString(Agent& agent, Value this_value, std::span<const Value>,
                                                       Object*) {
  BigInt* x = TRY(ThisBigIntValue(agent, this_value));
  return interpreter::vm::BigIntToString(agent, *x, 10);
}

// 21.2.3.3 BigInt.prototype.toString ( [ radix ] )
// https://tc39.es/ecma262/#sec-bigint.prototype.tostring
ThrowCompletionOr<Value> BigIntPrototypeToString(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value radix = Argument(arguments, 0);
  // 1. Let x be ? ThisBigIntValue(this value).
  RootedValue x(agent.heap(), Value::FromBigInt(TRY(ThisBigIntValue(agent, this_value))));
  // 2. If radix is undefined, let radixMV be 10.
  double radix_mv = 10;
  // 3. Else, let radixMV be ? ToIntegerOrInfinity(radix).
  if (!radix.IsUndefined()) radix_mv = TRY(interpreter::vm::ToIntegerOrInfinity(agent, radix));
  // 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError exception.
  if (!(radix_mv >= 2 && radix_mv <= 36)) return ThrowRangeError(agent, u"toString() radix must be between 2 and 36");
  // 5. Return BigInt::toString(x, radixMV).
  return interpreter::vm::BigIntToString(agent, *x->AsBigInt(), static_cast<int>(radix_mv));
}

// 21.2.3.4 BigInt.prototype.valueOf ( )
// https://tc39.es/ecma262/#sec-bigint.prototype.valueof
ThrowCompletionOr<Value> BigIntPrototypeValueOf(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? ThisBigIntValue(this value).
  return Value::FromBigInt(TRY(ThisBigIntValue(agent, this_value)));
}

}  // namespace

void CreateBigIntIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 21.2.3: %BigInt.prototype% is an ordinary object (not a BigInt object) whose [[Prototype]] is
  // %Object.prototype%.
  heap::Handle<Object> prototype(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                                   agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kBigIntPrototype, prototype);
  // 21.2.1: %BigInt% is not intended to be used with new; its "length" is 1 (21.2.2). Its [[Construct]]
  // throws (step 1 of BigInt ( value )).
  heap::Handle<Object> bigint(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kBigInt, u"BigInt", 1,
                                                                     BigIntConstructor, prototype));
  DefineBuiltinMethod(agent, realm, bigint, u"asIntN", 2, BigIntAsIntN);
  DefineBuiltinMethod(agent, realm, bigint, u"asUintN", 2, BigIntAsUintN);

  DefineBuiltinMethod(agent, realm, prototype, u"toLocaleString", 0, BigIntPrototypeToLocaleString);
  DefineBuiltinMethod(agent, realm, prototype, u"toString", 0, BigIntPrototypeToString);
  DefineBuiltinMethod(agent, realm, prototype, u"valueOf", 0, BigIntPrototypeValueOf);
  // 21.2.3.5 BigInt.prototype [ %Symbol.toStringTag% ]: "BigInt", { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"BigInt"), false, false, true);
}

}  // namespace async_runtime::builtins
