// Arbitrary-precision integers as plain C++ values: the mathematics behind
// the BigInt type (6.1.6.2). Independent of the heap, so the operations can
// be tested on their own; runtime/interpreter/vm/bigint_operations.h wraps
// them into the spec's BigInt::xxx operations on heap cells.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace async_runtime::interpreter {

class BigInteger {
 public:
  // The largest result, in bits, that shifts, exponentiation and asUintN
  // build (the same limit as V8); beyond it they answer nullopt and the
  // caller throws a RangeError instead of exhausting memory.
  static constexpr uint64_t kMaxBits = uint64_t{1} << 30;

  BigInteger() = default;
  // `magnitude` is little-endian base 2^32; leading zero limbs are removed
  // and zero is never negative.
  BigInteger(bool negative, std::vector<uint32_t> magnitude);

  static BigInteger FromInt64(int64_t value);
  static BigInteger FromUint64(uint64_t value);
  // The integer a finite integral double denotes; nullopt otherwise.
  static std::optional<BigInteger> FromIntegralDouble(double value);
  // The integer written with `digits` (ASCII digits/letters of `radix`,
  // 2-36, no sign, prefix or separator); nullopt when empty or a character
  // is not a digit of the radix.
  static std::optional<BigInteger> FromDigits(std::u16string_view digits, int radix);
  // The MV of a StringIntegerLiteral (7.1.16.1): optional white space
  // around an optionally signed decimal integer or a 0x/0o/0b literal; an
  // empty or all-white-space string is 0. nullopt when it does not parse.
  static std::optional<BigInteger> ParseStringIntegerLiteral(std::u16string_view string);

  bool is_negative() const { return negative_; }
  bool is_zero() const { return magnitude_.empty(); }
  const std::vector<uint32_t>& magnitude() const { return magnitude_; }
  // Bits of |x| (0 for zero).
  uint64_t BitLength() const;

  friend bool operator==(const BigInteger&, const BigInteger&) = default;
  friend std::strong_ordering operator<=>(const BigInteger& x, const BigInteger& y);
  // x compared with a Number, exactly: unordered for NaN.
  std::partial_ordering CompareWithNumber(double number) const;

  BigInteger Negated() const;
  friend BigInteger operator+(const BigInteger& x, const BigInteger& y);
  friend BigInteger operator-(const BigInteger& x, const BigInteger& y);
  friend BigInteger operator*(const BigInteger& x, const BigInteger& y);
  // Quotient truncated toward zero and the remainder with the sign of the
  // dividend; `divisor` must not be zero.
  static void DivideTruncating(const BigInteger& dividend, const BigInteger& divisor, BigInteger* quotient,
                               BigInteger* remainder);
  // base^exponent; nullopt if the result would exceed kMaxBits.
  static std::optional<BigInteger> Power(const BigInteger& base, uint64_t exponent);
  // x × 2^bits; nullopt if the result would exceed kMaxBits.
  std::optional<BigInteger> ShiftedLeft(uint64_t bits) const;
  // floor(x / 2^bits).
  BigInteger ShiftedRightFloor(uint64_t bits) const;

  // Two's complement bitwise operations on the infinite-width representation.
  friend BigInteger operator&(const BigInteger& x, const BigInteger& y);
  friend BigInteger operator|(const BigInteger& x, const BigInteger& y);
  friend BigInteger operator^(const BigInteger& x, const BigInteger& y);
  BigInteger BitwiseNot() const;

  // x modulo 2^bits (nullopt if that would exceed kMaxBits bits), and the
  // same interpreted as a signed bits-wide integer.
  std::optional<BigInteger> AsUintN(uint64_t bits) const;
  std::optional<BigInteger> AsIntN(uint64_t bits) const;
  // x modulo 2^64, unsigned and signed.
  uint64_t ToUint64() const;
  int64_t ToInt64() const { return static_cast<int64_t>(ToUint64()); }

  // 𝔽(x): the Number nearest to x, ties to even; ±Infinity beyond the range.
  double ToDouble() const;
  // The digits of x in `radix` (2-36), lower-case, with "-" when negative.
  std::u16string ToString(int radix) const;

 private:
  bool negative_ = false;
  std::vector<uint32_t> magnitude_;
};

}  // namespace async_runtime::interpreter
