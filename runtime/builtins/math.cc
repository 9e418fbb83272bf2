#include "runtime/builtins/math.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/vm/iteration.h"

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

#include "runtime/builtins/algorithms/math.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace {

// A Math function of one argument: "1. Let n be ? ToNumber(x)." followed by steps computing a Number from n.
using UnaryMathOperation = double (*)(double);

struct UnaryMathFunction {
  const char16_t* name;
  UnaryMathOperation operation;
};

// Where libm's result is what the spec requires for every special value (NaN, ±0, ±∞), the C function is the
// operation; the others come from algorithms/math.h.
constexpr UnaryMathFunction kUnaryMathFunctions[] = {
    // 21.3.2.1 Math.abs ( x )
    // https://tc39.es/ecma262/#sec-math.abs
    {u"abs", [](double n) { return std::fabs(n); }},
    // 21.3.2.2 Math.acos ( x )
    // https://tc39.es/ecma262/#sec-math.acos
    {u"acos", [](double n) { return std::acos(n); }},
    // 21.3.2.3 Math.acosh ( x )
    // https://tc39.es/ecma262/#sec-math.acosh
    {u"acosh", [](double n) { return std::acosh(n); }},
    // 21.3.2.4 Math.asin ( x )
    // https://tc39.es/ecma262/#sec-math.asin
    {u"asin", [](double n) { return std::asin(n); }},
    // 21.3.2.5 Math.asinh ( x )
    // https://tc39.es/ecma262/#sec-math.asinh
    {u"asinh", [](double n) { return std::asinh(n); }},
    // 21.3.2.6 Math.atan ( x )
    // https://tc39.es/ecma262/#sec-math.atan
    {u"atan", [](double n) { return std::atan(n); }},
    // 21.3.2.7 Math.atanh ( x )
    // https://tc39.es/ecma262/#sec-math.atanh
    {u"atanh", [](double n) { return std::atanh(n); }},
    // 21.3.2.9 Math.cbrt ( x )
    // https://tc39.es/ecma262/#sec-math.cbrt
    {u"cbrt", [](double n) { return static_cast<double>(std::cbrt(static_cast<long double>(n))); }},
    // 21.3.2.10 Math.ceil ( x )
    // https://tc39.es/ecma262/#sec-math.ceil
    {u"ceil", [](double n) { return std::ceil(n); }},
    // 21.3.2.12 Math.cos ( x )
    // https://tc39.es/ecma262/#sec-math.cos
    {u"cos", [](double n) { return std::cos(n); }},
    // 21.3.2.13 Math.cosh ( x )
    // https://tc39.es/ecma262/#sec-math.cosh
    {u"cosh", [](double n) { return std::cosh(n); }},
    // 21.3.2.14 Math.exp ( x )
    // https://tc39.es/ecma262/#sec-math.exp
    {u"exp", [](double n) { return std::exp(n); }},
    // 21.3.2.15 Math.expm1 ( x )
    // https://tc39.es/ecma262/#sec-math.expm1
    {u"expm1", [](double n) { return std::expm1(n); }},
    // 21.3.2.16 Math.floor ( x )
    // https://tc39.es/ecma262/#sec-math.floor
    {u"floor", [](double n) { return std::floor(n); }},
    // 21.3.2.17 Math.fround ( x )
    // https://tc39.es/ecma262/#sec-math.fround
    {u"fround", MathFround},
    // 21.3.2.18 Math.f16round ( x )
    // https://tc39.es/ecma262/#sec-math.f16round
    {u"f16round", MathF16round},
    // 21.3.2.21 Math.log ( x )
    // https://tc39.es/ecma262/#sec-math.log
    {u"log", [](double n) { return std::log(n); }},
    // 21.3.2.22 Math.log1p ( x )
    // https://tc39.es/ecma262/#sec-math.log1p
    {u"log1p", [](double n) { return std::log1p(n); }},
    // 21.3.2.23 Math.log10 ( x )
    // https://tc39.es/ecma262/#sec-math.log10
    {u"log10", [](double n) { return std::log10(n); }},
    // 21.3.2.24 Math.log2 ( x )
    // https://tc39.es/ecma262/#sec-math.log2
    {u"log2", [](double n) { return std::log2(n); }},
    // 21.3.2.29 Math.round ( x )
    // https://tc39.es/ecma262/#sec-math.round
    {u"round", MathRound},
    // 21.3.2.30 Math.sign ( x )
    // https://tc39.es/ecma262/#sec-math.sign
    {u"sign", MathSign},
    // 21.3.2.31 Math.sin ( x )
    // https://tc39.es/ecma262/#sec-math.sin
    {u"sin", [](double n) { return std::sin(n); }},
    // 21.3.2.32 Math.sinh ( x )
    // https://tc39.es/ecma262/#sec-math.sinh
    {u"sinh", [](double n) { return std::sinh(n); }},
    // 21.3.2.33 Math.sqrt ( x )
    // https://tc39.es/ecma262/#sec-math.sqrt
    {u"sqrt", [](double n) { return std::sqrt(n); }},
    // 21.3.2.35 Math.tan ( x )
    // https://tc39.es/ecma262/#sec-math.tan
    {u"tan", [](double n) { return std::tan(n); }},
    // 21.3.2.36 Math.tanh ( x )
    // https://tc39.es/ecma262/#sec-math.tanh
    {u"tanh", [](double n) { return std::tanh(n); }},
    // 21.3.2.37 Math.trunc ( x )
    // https://tc39.es/ecma262/#sec-math.trunc
    {u"trunc", [](double n) { return std::trunc(n); }},
};

// 21.3.2.8 Math.atan2 ( y, x )
// https://tc39.es/ecma262/#sec-math.atan2
ThrowCompletionOr<Value> MathAtan2Function(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let ny be ? ToNumber(y).
  double ny = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 0)));
  // 2. Let nx be ? ToNumber(x).
  double nx = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 1)));
  // 3.-15. (algorithms/math.h)
  return Value::Number(MathAtan2(ny, nx));
}

// 21.3.2.11 Math.clz32 ( x )
// https://tc39.es/ecma262/#sec-math.clz32
ThrowCompletionOr<Value> MathClz32Function(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let n be ? ToUint32(x).
  uint32_t n = interpreter::vm::ToUint32(TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 0))));
  // 2. Let p be the number of leading zero bits in the unsigned 32-bit binary representation of n.
  // 3. Return 𝔽(p).
  return Value::Number(MathClz32(n));
}

// Coerces every argument with ToNumber, in order (the first steps of hypot, max and min).
ThrowCompletionOr<std::vector<double>> CoerceArguments(Agent& agent, std::span<const Value> arguments) {
  std::vector<double> coerced;
  coerced.reserve(arguments.size());
  for (Value arg : arguments) coerced.push_back(TRY(interpreter::vm::ToNumber(agent, arg)));
  return coerced;
}

// 21.3.2.19 Math.hypot ( ...args )
// https://tc39.es/ecma262/#sec-math.hypot
ThrowCompletionOr<Value> MathHypotFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be a new empty List.
  // 2. For each element arg of args, do
  //    a. Let n be ? ToNumber(arg). b. Append n to coerced.
  std::vector<double> coerced = TRY(CoerceArguments(agent, arguments));
  // 3.-7. (algorithms/math.h)
  return Value::Number(MathHypot(coerced));
}

// 21.3.2.20 Math.imul ( x, y )
// https://tc39.es/ecma262/#sec-math.imul
ThrowCompletionOr<Value> MathImulFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let a be ℝ(? ToUint32(x)).
  uint32_t a = interpreter::vm::ToUint32(TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 0))));
  // 2. Let b be ℝ(? ToUint32(y)).
  uint32_t b = interpreter::vm::ToUint32(TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 1))));
  // 3.-5. (algorithms/math.h)
  return Value::Number(MathImul(a, b));
}

// 21.3.2.25 Math.max ( ...args )
// https://tc39.es/ecma262/#sec-math.max
ThrowCompletionOr<Value> MathMaxFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be a new empty List.
  // 2. For each element arg of args, do
  //    a. Let n be ? ToNumber(arg). b. Append n to coerced.
  std::vector<double> coerced = TRY(CoerceArguments(agent, arguments));
  // 3.-5. (algorithms/math.h)
  return Value::Number(MathMax(coerced));
}

// 21.3.2.26 Math.min ( ...args )
// https://tc39.es/ecma262/#sec-math.min
ThrowCompletionOr<Value> MathMinFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be a new empty List.
  // 2. For each element arg of args, do
  //    a. Let n be ? ToNumber(arg). b. Append n to coerced.
  std::vector<double> coerced = TRY(CoerceArguments(agent, arguments));
  // 3.-5. (algorithms/math.h)
  return Value::Number(MathMin(coerced));
}

// 21.3.2.27 Math.pow ( base, exponent )
// https://tc39.es/ecma262/#sec-math.pow
ThrowCompletionOr<Value> MathPowFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Set base to ? ToNumber(base).
  double base = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 0)));
  // 2. Set exponent to ? ToNumber(exponent).
  double exponent = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 1)));
  // 3. Return Number::exponentiate(base, exponent).
  return Value::Number(NumberExponentiate(base, exponent));
}

// xorshift128+ (Vigna), the generator of V8 and SpiderMonkey: one per thread, seeded from std::random_device.
class XorShift128Plus {
 public:
  XorShift128Plus() {
    std::random_device device;
    do {
      state0_ = (static_cast<uint64_t>(device()) << 32) | device();
      state1_ = (static_cast<uint64_t>(device()) << 32) | device();
    } while (state0_ == 0 && state1_ == 0);
  }
  // A double in [0, 1) from the top 53 bits of the next output.
  double NextDouble() {
    uint64_t s1 = state0_;
    const uint64_t s0 = state1_;
    state0_ = s0;
    s1 ^= s1 << 23;
    state1_ = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    return static_cast<double>((state1_ + s0) >> 11) * 0x1.0p-53;
  }

 private:
  uint64_t state0_;
  uint64_t state1_;
};

// 21.3.2.28 Math.random ( )
// https://tc39.es/ecma262/#sec-math.random
ThrowCompletionOr<Value> MathRandom(Agent&, Value, std::span<const Value>, Object*) {
  // Returns a Number value with positive sign, greater than or equal to +0𝔽 but strictly less than 1𝔽, chosen
  // randomly or pseudo randomly with approximately uniform distribution over that range.
  thread_local XorShift128Plus generator;
  return Value::Number(generator.NextDouble());
}

}  // namespace

// 21.3.2.34 Math.sumPrecise ( items )
// https://tc39.es/ecma262/#sec-math.sumprecise
static ThrowCompletionOr<Value> MathSumPreciseBuiltin(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value items = Argument(arguments, 0);
  // 1. Perform ? RequireObjectCoercible(items).
  if (items.IsNullish()) return interpreter::ThrowTypeError(agent, u"Math.sumPrecise called on null or undefined");
  // 2. Let iteratorRecord be ? GetIterator(items, sync).
  interpreter::vm::IteratorRecord iterator_record =
      TRY(interpreter::vm::GetIterator(agent, items, interpreter::vm::IteratorKind::kSync));
  // 3.-6. (state, sum, count, next: the numbers are collected and summed by MathSumPrecise.)
  std::vector<double> numbers;
  // 7. Repeat, while next is not done,
  while (true) {
    // a. Set next to ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next = TRY(interpreter::vm::IteratorStepValue(agent, iterator_record));
    if (!next) break;
    // b. If next is not done, then
    //    i. If count ≥ 2^53 - 1, then ... ThrowCompletion(a newly created RangeError object) through IteratorClose.
    if (numbers.size() >= 9007199254740991ULL) {
      return interpreter::vm::IteratorClose(agent, iterator_record,
                                            interpreter::ThrowRangeError(agent, u"Too many values"));
    }
    //    ii. If next is not a Number, then return ? IteratorClose(iteratorRecord, ThrowCompletion(a new TypeError)).
    if (!next->IsNumber()) {
      return interpreter::vm::IteratorClose(agent, iterator_record,
                                            interpreter::ThrowTypeError(agent, u"Math.sumPrecise: value is not a Number"));
    }
    //    iii.-v. The state machine and the sum; vi. Set count to count + 1.
    numbers.push_back(next->AsNumber());
  }
  // 8.-12. The result.
  return Value::Number(MathSumPrecise(numbers));
}

void CreateMathIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 21.3: %Math% is an ordinary object whose [[Prototype]] is %Object.prototype%; it is not a function object.
  heap::Handle<Object> math(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                              agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kMath, math);
  // 21.3.1.1 Math.E ... 21.3.1.8 Math.SQRT2: { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: false }.
  DefineBuiltinConstant(agent, math, u"E", Value::Number(std::numbers::e));
  DefineBuiltinConstant(agent, math, u"LN10", Value::Number(std::numbers::ln10));
  DefineBuiltinConstant(agent, math, u"LN2", Value::Number(std::numbers::ln2));
  DefineBuiltinConstant(agent, math, u"LOG10E", Value::Number(std::numbers::log10e));
  DefineBuiltinConstant(agent, math, u"LOG2E", Value::Number(std::numbers::log2e));
  DefineBuiltinConstant(agent, math, u"PI", Value::Number(std::numbers::pi));
  DefineBuiltinConstant(agent, math, u"SQRT1_2", Value::Number(std::numbers::sqrt2 / 2));
  DefineBuiltinConstant(agent, math, u"SQRT2", Value::Number(std::numbers::sqrt2));
  // 21.3.1.9 Math [ %Symbol.toStringTag% ]: "Math", { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinData(agent, math, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Math"), false, false, true);

  for (const UnaryMathFunction& function : kUnaryMathFunctions) {
    UnaryMathOperation operation = function.operation;
    DefineBuiltinMethod(agent, realm, math, function.name, 1,
                        [operation](Agent& agent, Value, std::span<const Value> arguments, Object*)
                            -> ThrowCompletionOr<Value> {
                          // 1. Let n be ? ToNumber(x).
                          double n = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 0)));
                          // 2.-. The steps on n.
                          return Value::Number(operation(n));
                        });
  }
  DefineBuiltinMethod(agent, realm, math, u"atan2", 2, MathAtan2Function);
  DefineBuiltinMethod(agent, realm, math, u"clz32", 1, MathClz32Function);
  DefineBuiltinMethod(agent, realm, math, u"hypot", 2, MathHypotFunction);
  DefineBuiltinMethod(agent, realm, math, u"imul", 2, MathImulFunction);
  DefineBuiltinMethod(agent, realm, math, u"max", 2, MathMaxFunction);
  DefineBuiltinMethod(agent, realm, math, u"min", 2, MathMinFunction);
  DefineBuiltinMethod(agent, realm, math, u"pow", 2, MathPowFunction);
  DefineBuiltinMethod(agent, realm, math, u"random", 0, MathRandom);
  DefineBuiltinMethod(agent, realm, math, u"sumPrecise", 1, MathSumPreciseBuiltin);
}

}  // namespace async_runtime::builtins
