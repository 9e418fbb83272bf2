#include "runtime/interpreter/vm/bigint_operations.h"

#include <cmath>
#include <limits>

#include "runtime/interpreter/error_object.h"

namespace async_runtime::interpreter::vm {

namespace {

// ℝ(y) as a shift or exponent count: values beyond 64 bits saturate, which
// gives the same answer (the result is 0, -1 or too large either way).
uint64_t SaturatedMagnitude(const BigInteger& y) {
  if (y.BitLength() > 64) return std::numeric_limits<uint64_t>::max();
  return y.is_negative() ? 0 - y.ToUint64() : y.ToUint64();
}

ThrowCompletionOr<Value> ThrowTooLarge(Agent& agent) {
  return ThrowRangeError(agent, u"Maximum BigInt size exceeded");
}

}  // namespace

Value MakeBigInt(Agent& agent, BigInteger value) {
  return Value::FromBigInt(agent.Allocate<BigInt>(std::move(value)));
}

Value BigIntUnaryMinus(Agent& agent, const BigInt& x) {
  // 1. If x = 0ℤ, return 0ℤ.
  // 2. Return -x. (BigInteger keeps zero non-negative.)
  return MakeBigInt(agent, x.value().Negated());
}

Value BigIntBitwiseNot(Agent& agent, const BigInt& x) {
  // 1. Return -x - 1ℤ.
  return MakeBigInt(agent, x.value().BitwiseNot());
}

ThrowCompletionOr<Value> BigIntExponentiate(Agent& agent, const BigInt& base, const BigInt& exponent) {
  // 1. If exponent < 0ℤ, throw a RangeError exception.
  if (exponent.is_negative()) return ThrowRangeError(agent, u"Exponent must be non-negative");
  // 2. If base = 0ℤ and exponent = 0ℤ, return 1ℤ.
  // 3. Return base raised to the power exponent.
  //    An exponent beyond 64 bits only fits for bases 0, 1 and -1, where its parity is what matters.
  uint64_t count = SaturatedMagnitude(exponent.value());
  if (exponent.value().BitLength() > 64) count = (uint64_t{1} << 62) | (exponent.magnitude()[0] & 1);
  std::optional<BigInteger> power = BigInteger::Power(base.value(), count);
  if (!power) return ThrowTooLarge(agent);
  return MakeBigInt(agent, std::move(*power));
}

Value BigIntMultiply(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. Return x × y.
  return MakeBigInt(agent, x.value() * y.value());
}

ThrowCompletionOr<Value> BigIntDivide(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. If y = 0ℤ, throw a RangeError exception.
  if (y.is_zero()) return ThrowRangeError(agent, u"Division by zero");
  // 2. Let quotient be ℝ(x) / ℝ(y).
  // 3. Return ℤ(truncate(quotient)).
  BigInteger quotient;
  BigInteger::DivideTruncating(x.value(), y.value(), &quotient, nullptr);
  return MakeBigInt(agent, std::move(quotient));
}

ThrowCompletionOr<Value> BigIntRemainder(Agent& agent, const BigInt& n, const BigInt& d) {
  // 1. If d = 0ℤ, throw a RangeError exception.
  if (d.is_zero()) return ThrowRangeError(agent, u"Division by zero");
  // 2. If n = 0ℤ, return 0ℤ.
  // 3. Let quotient be ℝ(n) / ℝ(d).
  // 4. Let q be ℤ(truncate(quotient)).
  // 5. Return n - (d × q). (The remainder of the truncating division.)
  BigInteger remainder;
  BigInteger::DivideTruncating(n.value(), d.value(), nullptr, &remainder);
  return MakeBigInt(agent, std::move(remainder));
}

Value BigIntAdd(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. Return x + y.
  return MakeBigInt(agent, x.value() + y.value());
}

Value BigIntSubtract(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. Return x - y.
  return MakeBigInt(agent, x.value() - y.value());
}

ThrowCompletionOr<Value> BigIntLeftShift(Agent& agent, const BigInt& x, const BigInt& y) {
  const uint64_t count = SaturatedMagnitude(y.value());
  // 1. If y < 0ℤ, then
  if (y.is_negative()) {
    // a. Return ℤ(floor(ℝ(x) / 2^-ℝ(y))).
    return MakeBigInt(agent, x.value().ShiftedRightFloor(count));
  }
  // 2. Return x × 2ℤ^y.
  std::optional<BigInteger> shifted = x.value().ShiftedLeft(count);
  if (!shifted) return ThrowTooLarge(agent);
  return MakeBigInt(agent, std::move(*shifted));
}

ThrowCompletionOr<Value> BigIntSignedRightShift(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. Return BigInt::leftShift(x, -y).
  const uint64_t count = SaturatedMagnitude(y.value());
  if (!y.is_negative()) return MakeBigInt(agent, x.value().ShiftedRightFloor(count));
  std::optional<BigInteger> shifted = x.value().ShiftedLeft(count);
  if (!shifted) return ThrowTooLarge(agent);
  return MakeBigInt(agent, std::move(*shifted));
}

ThrowCompletionOr<Value> BigIntUnsignedRightShift(Agent& agent, const BigInt&, const BigInt&) {
  // 1. Throw a TypeError exception.
  return ThrowTypeError(agent, u"BigInts have no unsigned right shift, use >> instead");
}

bool BigIntLessThan(const BigInteger& x, const BigInteger& y) {
  // 1. If ℝ(x) < ℝ(y), return true; otherwise return false.
  return x < y;
}

// 6.1.6.2.17 BigIntBitwiseOp ( op, x, y )
// https://tc39.es/ecma262/#sec-bigintbitwiseop
// BigInteger's &, ^ and | work digit by digit on the same infinite two's
// complement representation the steps describe.

Value BigIntBitwiseAnd(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. Return BigIntBitwiseOp(&, x, y).
  return MakeBigInt(agent, x.value() & y.value());
}

Value BigIntBitwiseXor(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. Return BigIntBitwiseOp(^, x, y).
  return MakeBigInt(agent, x.value() ^ y.value());
}

Value BigIntBitwiseOr(Agent& agent, const BigInt& x, const BigInt& y) {
  // 1. Return BigIntBitwiseOp(|, x, y).
  return MakeBigInt(agent, x.value() | y.value());
}

Value BigIntToString(Agent& agent, const BigInt& x, int radix) {
  // 1. If x < 0ℤ, return the string-concatenation of "-" and BigInt::toString(-x, radix).
  // 2. Return the String value consisting of the representation of x using radix radix.
  return MakeString(agent, x.value().ToString(radix));
}

ThrowCompletionOr<Value> ApplyBigIntBinaryOperator(Agent& agent, const BigInt& left, BinaryOp op,
                                                   const BigInt& right) {
  switch (op) {
    // a. If opText is **, return ? BigInt::exponentiate(lnum, rnum).
    case BinaryOp::kExponent: return BigIntExponentiate(agent, left, right);
    // b. If opText is /, return ? BigInt::divide(lnum, rnum).
    case BinaryOp::kDivide: return BigIntDivide(agent, left, right);
    // c. If opText is %, return ? BigInt::remainder(lnum, rnum).
    case BinaryOp::kRemainder: return BigIntRemainder(agent, left, right);
    // d. If opText is >>>, return ? BigInt::unsignedRightShift(lnum, rnum).
    case BinaryOp::kUnsignedShiftRight: return BigIntUnsignedRightShift(agent, left, right);
    // e. Let operation be the abstract operation associated with opText in the table.
    case BinaryOp::kMultiply: return BigIntMultiply(agent, left, right);
    case BinaryOp::kAdd: return BigIntAdd(agent, left, right);
    case BinaryOp::kSubtract: return BigIntSubtract(agent, left, right);
    case BinaryOp::kShiftLeft: return BigIntLeftShift(agent, left, right);
    case BinaryOp::kShiftRight: return BigIntSignedRightShift(agent, left, right);
    case BinaryOp::kBitwiseAnd: return BigIntBitwiseAnd(agent, left, right);
    case BinaryOp::kBitwiseXor: return BigIntBitwiseXor(agent, left, right);
    case BinaryOp::kBitwiseOr: return BigIntBitwiseOr(agent, left, right);
  }
  return Value::Undefined();
}

Value NumericUnaryMinus(Agent& agent, Value numeric) {
  // If oldValue is a BigInt, return BigInt::unaryMinus(oldValue); else Number::unaryMinus(oldValue).
  if (numeric.IsBigInt()) return BigIntUnaryMinus(agent, *numeric.AsBigInt());
  return Value::Number(-numeric.AsNumber());
}

Value NumericBitwiseNot(Agent& agent, Value numeric) {
  // If oldValue is a BigInt, return BigInt::bitwiseNOT(oldValue); else Number::bitwiseNOT(oldValue).
  if (numeric.IsBigInt()) return BigIntBitwiseNot(agent, *numeric.AsBigInt());
  return Value::Number(~ToInt32(numeric.AsNumber()));
}

Value NumericIncrement(Agent& agent, Value numeric) {
  // If oldValue is a Number, Number::add(oldValue, 1𝔽); else BigInt::add(oldValue, 1ℤ).
  if (numeric.IsBigInt()) return MakeBigInt(agent, numeric.AsBigInt()->value() + BigInteger::FromUint64(1));
  return Value::Number(numeric.AsNumber() + 1);
}

Value NumericDecrement(Agent& agent, Value numeric) {
  // If oldValue is a Number, Number::subtract(oldValue, 1𝔽); else BigInt::subtract(oldValue, 1ℤ).
  if (numeric.IsBigInt()) return MakeBigInt(agent, numeric.AsBigInt()->value() - BigInteger::FromUint64(1));
  return Value::Number(numeric.AsNumber() - 1);
}

double BigIntToNumber(const BigInt& x) { return x.value().ToDouble(); }

ThrowCompletionOr<Value> ToBigInt(Agent& agent, Value argument) {
  // 1. Let prim be ? ToPrimitive(argument, number).
  Value prim = TRY(ToPrimitive(agent, argument, PreferredType::kNumber));
  // 2. Return the value that prim corresponds to in Table 12.
  //    Undefined, Null: throw a TypeError exception.
  if (prim.IsNullish()) {
    return ThrowTypeError(agent, prim.IsNull() ? u"Cannot convert null to a BigInt" : u"Cannot convert undefined to a BigInt");
  }
  //    Boolean: 1n if prim is true and 0n if prim is false.
  if (prim.IsBoolean()) return MakeBigInt(agent, BigInteger::FromUint64(prim.AsBoolean() ? 1 : 0));
  //    BigInt: return prim.
  if (prim.IsBigInt()) return prim;
  //    Number: throw a TypeError exception.
  if (prim.IsNumber()) return ThrowTypeError(agent, u"Cannot convert a Number to a BigInt");
  //    String: 1. Let n be StringToBigInt(prim). 2. If n is undefined, throw a SyntaxError exception. 3. Return n.
  if (prim.IsString()) {
    std::optional<BigInteger> n = StringToBigInt(prim.AsString()->code_units());
    if (!n) {
      return ThrowError(agent, ErrorKind::kSyntaxError,
                        u"Cannot convert " + std::u16string(prim.AsString()->code_units()) + u" to a BigInt");
    }
    return MakeBigInt(agent, std::move(*n));
  }
  //    Symbol: throw a TypeError exception.
  return ThrowTypeError(agent, u"Cannot convert a Symbol to a BigInt");
}

std::optional<BigInteger> StringToBigInt(std::u16string_view str) {
  // 1. Let literal be ParseText(str, StringIntegerLiteral).
  // 2. If literal is a List of errors, return undefined.
  // 3. Let mv be the MV of literal.
  // 4. Assert: mv is an integer.
  // 5. Return ℤ(mv).
  return BigInteger::ParseStringIntegerLiteral(str);
}

ThrowCompletionOr<int64_t> ToBigInt64(Agent& agent, Value argument) {
  // 1. Let n be ? ToBigInt(argument).
  Value n = TRY(ToBigInt(agent, argument));
  // 2. Let int64bit be ℝ(n) modulo 2^64.
  // 3. If int64bit ≥ 2^63, return ℤ(int64bit - 2^64); otherwise return ℤ(int64bit).
  return n.AsBigInt()->value().ToInt64();
}

ThrowCompletionOr<uint64_t> ToBigUint64(Agent& agent, Value argument) {
  // 1. Let n be ? ToBigInt(argument).
  Value n = TRY(ToBigInt(agent, argument));
  // 2. Let int64bit be ℝ(n) modulo 2^64.
  // 3. Return ℤ(int64bit).
  return n.AsBigInt()->value().ToUint64();
}

ThrowCompletionOr<Value> NumberToBigInt(Agent& agent, double number) {
  // 1. If number is not an integral Number, throw a RangeError exception.
  std::optional<BigInteger> integer = BigInteger::FromIntegralDouble(number);
  if (!integer) return ThrowRangeError(agent, u"The number is not an integer and cannot be converted to a BigInt");
  // 2. Return ℤ(ℝ(number)).
  return MakeBigInt(agent, std::move(*integer));
}

}  // namespace async_runtime::interpreter::vm
