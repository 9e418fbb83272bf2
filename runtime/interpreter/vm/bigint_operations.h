// The BigInt operations of 6.1.6.2 on heap BigInt values, and the BigInt
// conversions of 7.1 (ToBigInt, StringToBigInt, ToBigInt64, ToBigUint64) and
// 21.2.1.1.1 NumberToBigInt. The arithmetic itself is BigInteger's
// (runtime/interpreter/big_integer.h); these allocate the results.
//
// GC: the BigInt arguments are read before anything is allocated, so they
// need no rooting inside these functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/big_integer.h"
#include "runtime/interpreter/bigint.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/value.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::interpreter::vm {

// A new BigInt value for `value`.
Value MakeBigInt(Agent& agent, BigInteger value);

// 6.1.6.2.1 BigInt::unaryMinus ( x )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-unaryMinus
Value BigIntUnaryMinus(Agent& agent, const BigInt& x);

// 6.1.6.2.2 BigInt::bitwiseNOT ( x )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-bitwiseNOT
Value BigIntBitwiseNot(Agent& agent, const BigInt& x);

// 6.1.6.2.3 BigInt::exponentiate ( base, exponent )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-exponentiate
ThrowCompletionOr<Value> BigIntExponentiate(Agent& agent, const BigInt& base, const BigInt& exponent);

// 6.1.6.2.4 BigInt::multiply ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-multiply
Value BigIntMultiply(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.5 BigInt::divide ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-divide
ThrowCompletionOr<Value> BigIntDivide(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.6 BigInt::remainder ( n, d )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-remainder
ThrowCompletionOr<Value> BigIntRemainder(Agent& agent, const BigInt& n, const BigInt& d);

// 6.1.6.2.7 BigInt::add ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-add
Value BigIntAdd(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.8 BigInt::subtract ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-subtract
Value BigIntSubtract(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.9 BigInt::leftShift ( x, y ). Throws a RangeError when the result
// would exceed BigInteger::kMaxBits (an implementation limit).
// https://tc39.es/ecma262/#sec-numeric-types-bigint-leftShift
ThrowCompletionOr<Value> BigIntLeftShift(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.10 BigInt::signedRightShift ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-signedRightShift
ThrowCompletionOr<Value> BigIntSignedRightShift(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.11 BigInt::unsignedRightShift ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-unsignedRightShift
ThrowCompletionOr<Value> BigIntUnsignedRightShift(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.12 BigInt::lessThan ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-lessThan
bool BigIntLessThan(const BigInteger& x, const BigInteger& y);

// 6.1.6.2.18 BigInt::bitwiseAND ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-bitwiseAND
Value BigIntBitwiseAnd(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.19 BigInt::bitwiseXOR ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-bitwiseXOR
Value BigIntBitwiseXor(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.20 BigInt::bitwiseOR ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-bitwiseOR
Value BigIntBitwiseOr(Agent& agent, const BigInt& x, const BigInt& y);

// 6.1.6.2.21 BigInt::toString ( x, radix )
// https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring
Value BigIntToString(Agent& agent, const BigInt& x, int radix);

// The BigInt branch of 13.15.3 ApplyStringOrNumericBinaryOperator (steps 7-8):
// the BigInt operation for `op` applied to two BigInts.
ThrowCompletionOr<Value> ApplyBigIntBinaryOperator(Agent& agent, const BigInt& left, BinaryOp op, const BigInt& right);

// The numeric steps of the unary operators and of ++/-- on a value ToNumeric
// returned (a Number or a BigInt): 13.5.4.1 unary -, 13.5.6.1 ~,
// 13.4.2.1/13.4.4.1 x + 1 and 13.4.3.1/13.4.5.1 x - 1.
Value NumericUnaryMinus(Agent& agent, Value numeric);
Value NumericBitwiseNot(Agent& agent, Value numeric);
Value NumericIncrement(Agent& agent, Value numeric);
Value NumericDecrement(Agent& agent, Value numeric);

// 𝔽(ℝ(x)), correctly rounded.
double BigIntToNumber(const BigInt& x);

// 7.1.15 ToBigInt ( argument )
// https://tc39.es/ecma262/#sec-tobigint
ThrowCompletionOr<Value> ToBigInt(Agent& agent, Value argument);

// 7.1.16 StringToBigInt ( str ): nullopt stands for undefined.
// https://tc39.es/ecma262/#sec-stringtobigint
std::optional<BigInteger> StringToBigInt(std::u16string_view str);

// 7.1.17 ToBigInt64 ( argument ), as ℝ of the result.
// https://tc39.es/ecma262/#sec-tobigint64
ThrowCompletionOr<int64_t> ToBigInt64(Agent& agent, Value argument);

// 7.1.18 ToBigUint64 ( argument ), as ℝ of the result.
// https://tc39.es/ecma262/#sec-tobiguint64
ThrowCompletionOr<uint64_t> ToBigUint64(Agent& agent, Value argument);

// 21.2.1.1.1 NumberToBigInt ( number )
// https://tc39.es/ecma262/#sec-numbertobigint
ThrowCompletionOr<Value> NumberToBigInt(Agent& agent, double number);

}  // namespace async_runtime::interpreter::vm
