#include "runtime/interpreter/big_integer.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include "runtime/builtins/algorithms/whitespace.h"

namespace async_runtime::interpreter {

namespace {

using Magnitude = std::vector<uint32_t>;

void Trim(Magnitude& magnitude) {
  while (!magnitude.empty() && magnitude.back() == 0) magnitude.pop_back();
}

int CompareMagnitudes(const Magnitude& a, const Magnitude& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Magnitude AddMagnitudes(const Magnitude& a, const Magnitude& b) {
  const Magnitude& longer = a.size() >= b.size() ? a : b;
  const Magnitude& shorter = a.size() >= b.size() ? b : a;
  Magnitude sum(longer.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < longer.size(); ++i) {
    carry += static_cast<uint64_t>(longer[i]) + (i < shorter.size() ? shorter[i] : 0);
    sum[i] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  sum[longer.size()] = static_cast<uint32_t>(carry);
  Trim(sum);
  return sum;
}

// a - b for a >= b.
Magnitude SubtractMagnitudes(const Magnitude& a, const Magnitude& b) {
  Magnitude difference(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = t < 0 ? 1 : 0;
    difference[i] = static_cast<uint32_t>(t);
  }
  Trim(difference);
  return difference;
}

Magnitude MultiplyMagnitudes(const Magnitude& a, const Magnitude& b) {
  if (a.empty() || b.empty()) return {};
  Magnitude product(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      carry += static_cast<uint64_t>(a[i]) * b[j] + product[i + j];
      product[i + j] = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    product[i + b.size()] = static_cast<uint32_t>(carry);
  }
  Trim(product);
  return product;
}

// Divides `magnitude` in place by a single limb; returns the remainder.
uint32_t DivideBySmall(Magnitude& magnitude, uint32_t divisor) {
  uint64_t remainder = 0;
  for (size_t i = magnitude.size(); i-- > 0;) {
    uint64_t current = (remainder << 32) | magnitude[i];
    magnitude[i] = static_cast<uint32_t>(current / divisor);
    remainder = current % divisor;
  }
  Trim(magnitude);
  return static_cast<uint32_t>(remainder);
}

// magnitude = magnitude × factor + addend.
void MultiplyAddSmall(Magnitude& magnitude, uint32_t factor, uint32_t addend) {
  uint64_t carry = addend;
  for (uint32_t& limb : magnitude) {
    carry += static_cast<uint64_t>(limb) * factor;
    limb = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  if (carry != 0) magnitude.push_back(static_cast<uint32_t>(carry));
}

Magnitude ShiftMagnitudeLeft(const Magnitude& magnitude, uint64_t bits) {
  if (magnitude.empty()) return {};
  const size_t limbs = static_cast<size_t>(bits / 32);
  const unsigned shift = static_cast<unsigned>(bits % 32);
  Magnitude result(magnitude.size() + limbs + 1);
  for (size_t i = 0; i < magnitude.size(); ++i) {
    result[i + limbs] |= magnitude[i] << shift;
    if (shift != 0) result[i + limbs + 1] = magnitude[i] >> (32 - shift);
  }
  Trim(result);
  return result;
}

// Truncating |magnitude| >> bits; `lost_bits` tells whether a 1 was shifted out.
Magnitude ShiftMagnitudeRight(const Magnitude& magnitude, uint64_t bits, bool* lost_bits) {
  *lost_bits = false;
  if (bits >= static_cast<uint64_t>(magnitude.size()) * 32) {
    *lost_bits = !magnitude.empty();
    return {};
  }
  const size_t limbs = static_cast<size_t>(bits / 32);
  const unsigned shift = static_cast<unsigned>(bits % 32);
  for (size_t i = 0; i < limbs; ++i) *lost_bits |= magnitude[i] != 0;
  if (shift != 0 && (magnitude[limbs] & ((uint32_t{1} << shift) - 1)) != 0) *lost_bits = true;
  Magnitude result(magnitude.size() - limbs);
  for (size_t i = 0; i < result.size(); ++i) {
    uint64_t pair = magnitude[i + limbs];
    if (i + limbs + 1 < magnitude.size()) pair |= static_cast<uint64_t>(magnitude[i + limbs + 1]) << 32;
    result[i] = static_cast<uint32_t>(pair >> shift);
  }
  Trim(result);
  return result;
}

// Knuth's Algorithm D (TAOCP 4.3.1), as in Hacker's Delight divmnu: u = q·v + r.
void DivideMagnitudes(const Magnitude& u, const Magnitude& v, Magnitude* quotient, Magnitude* remainder) {
  if (CompareMagnitudes(u, v) < 0) {
    *quotient = {};
    *remainder = u;
    return;
  }
  if (v.size() == 1) {
    Magnitude q = u;
    uint32_t r = DivideBySmall(q, v[0]);
    *quotient = std::move(q);
    *remainder = r == 0 ? Magnitude{} : Magnitude{r};
    return;
  }
  const size_t n = v.size();
  const size_t m = u.size() - n;
  // D1. Normalize so that the divisor's top limb has its high bit set.
  const int s = std::countl_zero(v.back());
  Magnitude vn(n);
  for (size_t i = n - 1; i > 0; --i) {
    vn[i] = (v[i] << s) | (s == 0 ? 0 : static_cast<uint32_t>(static_cast<uint64_t>(v[i - 1]) >> (32 - s)));
  }
  vn[0] = v[0] << s;
  Magnitude un(u.size() + 1);
  un[u.size()] = s == 0 ? 0 : static_cast<uint32_t>(static_cast<uint64_t>(u.back()) >> (32 - s));
  for (size_t i = u.size() - 1; i > 0; --i) {
    un[i] = (u[i] << s) | (s == 0 ? 0 : static_cast<uint32_t>(static_cast<uint64_t>(u[i - 1]) >> (32 - s)));
  }
  un[0] = u[0] << s;
  Magnitude q(m + 1);
  constexpr uint64_t kBase = uint64_t{1} << 32;
  for (size_t j = m + 1; j-- > 0;) {
    // D3. Estimate the quotient limb and correct it at most twice.
    const uint64_t numerator = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = numerator / vn[n - 1];
    uint64_t rhat = numerator % vn[n - 1];
    while (qhat >= kBase || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= kBase) break;
    }
    // D4. Multiply and subtract.
    int64_t k = 0;
    int64_t t = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t p = qhat * vn[i];
      t = static_cast<int64_t>(un[i + j]) - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = static_cast<int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<uint32_t>(t);
    q[j] = static_cast<uint32_t>(qhat);
    // D6. Add back when the estimate was one too large.
    if (t < 0) {
      --q[j];
      uint64_t carry = 0;
      for (size_t i = 0; i < n; ++i) {
        carry += static_cast<uint64_t>(un[i + j]) + vn[i];
        un[i + j] = static_cast<uint32_t>(carry);
        carry >>= 32;
      }
      un[j + n] = static_cast<uint32_t>(un[j + n] + carry);
    }
  }
  Trim(q);
  *quotient = std::move(q);
  // D8. Unnormalize the remainder.
  Magnitude r(n);
  for (size_t i = 0; i < n; ++i) {
    r[i] = (un[i] >> s) | (s == 0 ? 0 : static_cast<uint32_t>(static_cast<uint64_t>(un[i + 1]) << (32 - s)));
  }
  Trim(r);
  *remainder = std::move(r);
}

// The two's complement of x in `limbs` limbs (enough to hold x and its sign bit).
Magnitude ToTwosComplement(const BigInteger& x, size_t limbs) {
  Magnitude result(limbs, 0);
  if (!x.is_negative()) {
    std::copy(x.magnitude().begin(), x.magnitude().end(), result.begin());
    return result;
  }
  // -m is ~(m - 1).
  Magnitude minus_one = SubtractMagnitudes(x.magnitude(), Magnitude{1});
  std::copy(minus_one.begin(), minus_one.end(), result.begin());
  for (uint32_t& limb : result) limb = ~limb;
  return result;
}

BigInteger FromTwosComplement(Magnitude limbs) {
  if (limbs.empty() || (limbs.back() >> 31) == 0) return BigInteger(false, std::move(limbs));
  // ~t + 1 is the magnitude of the negative value.
  for (uint32_t& limb : limbs) limb = ~limb;
  Trim(limbs);
  return BigInteger(true, AddMagnitudes(limbs, Magnitude{1}));
}

template <typename Op>
BigInteger BitwiseOp(const BigInteger& x, const BigInteger& y, Op op) {
  const size_t limbs = std::max(x.magnitude().size(), y.magnitude().size()) + 1;
  Magnitude a = ToTwosComplement(x, limbs);
  Magnitude b = ToTwosComplement(y, limbs);
  for (size_t i = 0; i < limbs; ++i) a[i] = op(a[i], b[i]);
  return FromTwosComplement(std::move(a));
}

int DigitValue(char16_t c) {
  if (c >= u'0' && c <= u'9') return c - u'0';
  if (c >= u'a' && c <= u'z') return c - u'a' + 10;
  if (c >= u'A' && c <= u'Z') return c - u'A' + 10;
  return 99;
}

}  // namespace

BigInteger::BigInteger(bool negative, std::vector<uint32_t> magnitude) : magnitude_(std::move(magnitude)) {
  Trim(magnitude_);
  negative_ = negative && !magnitude_.empty();
}

BigInteger BigInteger::FromUint64(uint64_t value) {
  return BigInteger(false, {static_cast<uint32_t>(value), static_cast<uint32_t>(value >> 32)});
}

BigInteger BigInteger::FromInt64(int64_t value) {
  const uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  BigInteger result = FromUint64(magnitude);
  result.negative_ = value < 0;
  return result;
}

std::optional<BigInteger> BigInteger::FromIntegralDouble(double value) {
  if (!std::isfinite(value) || std::trunc(value) != value) return std::nullopt;
  if (value == 0) return BigInteger();
  // |value| = fraction × 2^exponent with fraction in [0.5, 1): 53 significant bits.
  int exponent = 0;
  const double fraction = std::frexp(std::fabs(value), &exponent);
  const uint64_t significand = static_cast<uint64_t>(std::ldexp(fraction, 53));
  BigInteger result;
  if (exponent >= 53) {
    result = *FromUint64(significand).ShiftedLeft(static_cast<uint64_t>(exponent - 53));
  } else {
    result = FromUint64(significand >> (53 - exponent));  // exact: value is integral
  }
  if (value < 0) result = result.Negated();
  return result;
}

std::optional<BigInteger> BigInteger::FromDigits(std::u16string_view digits, int radix) {
  if (digits.empty() || radix < 2 || radix > 36) return std::nullopt;
  // Consume as many digits per step as fit a 32-bit limb multiplier.
  uint32_t chunk_digits = 0;
  uint64_t chunk_base = 1;
  while (chunk_base * radix <= 0xFFFFFFFFu) {
    chunk_base *= radix;
    ++chunk_digits;
  }
  Magnitude magnitude;
  size_t i = 0;
  while (i < digits.size()) {
    uint32_t factor = 1;
    uint32_t addend = 0;
    for (uint32_t d = 0; d < chunk_digits && i < digits.size(); ++d, ++i) {
      const int digit = DigitValue(digits[i]);
      if (digit >= radix) return std::nullopt;
      factor *= static_cast<uint32_t>(radix);
      addend = addend * static_cast<uint32_t>(radix) + static_cast<uint32_t>(digit);
    }
    MultiplyAddSmall(magnitude, factor, addend);
  }
  return BigInteger(false, std::move(magnitude));
}

std::optional<BigInteger> BigInteger::ParseStringIntegerLiteral(std::u16string_view string) {
  // StrWhiteSpace? StrIntegerLiteral StrWhiteSpace?, or only StrWhiteSpace?.
  std::u16string_view text = builtins::TrimString(string, builtins::TrimWhere::kStartAndEnd);
  if (text.empty()) return BigInteger();
  // NonDecimalIntegerLiteral[~Sep]: 0b/0B, 0o/0O, 0x/0X and digits, no sign.
  if (text.size() > 2 && text[0] == u'0') {
    const char16_t prefix = text[1];
    const int radix = (prefix == u'x' || prefix == u'X')   ? 16
                      : (prefix == u'o' || prefix == u'O') ? 8
                      : (prefix == u'b' || prefix == u'B') ? 2
                                                           : 0;
    if (radix != 0) return FromDigits(text.substr(2), radix);
  }
  // SignedInteger[~Sep]: an optional sign and DecimalDigits.
  bool negative = false;
  if (text[0] == u'+' || text[0] == u'-') {
    negative = text[0] == u'-';
    text.remove_prefix(1);
  }
  std::optional<BigInteger> value = FromDigits(text, 10);
  if (!value) return std::nullopt;
  return negative ? value->Negated() : *value;
}

uint64_t BigInteger::BitLength() const {
  if (magnitude_.empty()) return 0;
  return static_cast<uint64_t>(magnitude_.size()) * 32 - std::countl_zero(magnitude_.back());
}

std::strong_ordering operator<=>(const BigInteger& x, const BigInteger& y) {
  if (x.negative_ != y.negative_) return x.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
  int magnitude_order = CompareMagnitudes(x.magnitude_, y.magnitude_);
  if (x.negative_) magnitude_order = -magnitude_order;
  return magnitude_order <=> 0;
}

std::partial_ordering BigInteger::CompareWithNumber(double number) const {
  if (std::isnan(number)) return std::partial_ordering::unordered;
  if (std::isinf(number)) return number > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  const double floor = std::floor(number);
  const std::strong_ordering order = *this <=> *FromIntegralDouble(floor);
  if (floor == number) return order;
  // number lies strictly between floor and floor + 1: an integer not above
  // floor is below it, any other integer is above it.
  return order <= 0 ? std::partial_ordering::less : std::partial_ordering::greater;
}

BigInteger BigInteger::Negated() const { return BigInteger(!negative_, magnitude_); }

BigInteger operator+(const BigInteger& x, const BigInteger& y) {
  if (x.negative_ == y.negative_) return BigInteger(x.negative_, AddMagnitudes(x.magnitude_, y.magnitude_));
  // Opposite signs: the difference of the magnitudes, with the larger one's sign.
  if (CompareMagnitudes(x.magnitude_, y.magnitude_) >= 0) {
    return BigInteger(x.negative_, SubtractMagnitudes(x.magnitude_, y.magnitude_));
  }
  return BigInteger(y.negative_, SubtractMagnitudes(y.magnitude_, x.magnitude_));
}

BigInteger operator-(const BigInteger& x, const BigInteger& y) { return x + y.Negated(); }

BigInteger operator*(const BigInteger& x, const BigInteger& y) {
  return BigInteger(x.negative_ != y.negative_, MultiplyMagnitudes(x.magnitude_, y.magnitude_));
}

void BigInteger::DivideTruncating(const BigInteger& dividend, const BigInteger& divisor, BigInteger* quotient,
                                  BigInteger* remainder) {
  Magnitude q;
  Magnitude r;
  DivideMagnitudes(dividend.magnitude_, divisor.magnitude_, &q, &r);
  if (quotient != nullptr) *quotient = BigInteger(dividend.negative_ != divisor.negative_, std::move(q));
  if (remainder != nullptr) *remainder = BigInteger(dividend.negative_, std::move(r));
}

std::optional<BigInteger> BigInteger::Power(const BigInteger& base, uint64_t exponent) {
  if (exponent == 0) return FromUint64(1);
  const uint64_t base_bits = base.BitLength();
  // 0, 1 and -1 stay small whatever the exponent.
  if (base_bits <= 1) {
    return BigInteger(base.negative_ && (exponent & 1) != 0, base.magnitude_);
  }
  // |result| ≥ 2^((base_bits - 1) × exponent).
  if (exponent > kMaxBits || (base_bits - 1) * exponent > kMaxBits) return std::nullopt;
  BigInteger result = FromUint64(1);
  BigInteger square = base;
  while (true) {
    if ((exponent & 1) != 0) result = result * square;
    exponent >>= 1;
    if (exponent == 0) break;
    square = square * square;
  }
  return result;
}

std::optional<BigInteger> BigInteger::ShiftedLeft(uint64_t bits) const {
  if (is_zero()) return BigInteger();
  if (bits > kMaxBits || BitLength() + bits > kMaxBits) return std::nullopt;
  return BigInteger(negative_, ShiftMagnitudeLeft(magnitude_, bits));
}

BigInteger BigInteger::ShiftedRightFloor(uint64_t bits) const {
  bool lost_bits = false;
  Magnitude shifted = ShiftMagnitudeRight(magnitude_, bits, &lost_bits);
  // floor(-m / 2^n) = -ceil(m / 2^n).
  if (negative_ && lost_bits) shifted = AddMagnitudes(shifted, Magnitude{1});
  return BigInteger(negative_, std::move(shifted));
}

BigInteger operator&(const BigInteger& x, const BigInteger& y) {
  return BitwiseOp(x, y, [](uint32_t a, uint32_t b) { return a & b; });
}

BigInteger operator|(const BigInteger& x, const BigInteger& y) {
  return BitwiseOp(x, y, [](uint32_t a, uint32_t b) { return a | b; });
}

BigInteger operator^(const BigInteger& x, const BigInteger& y) {
  return BitwiseOp(x, y, [](uint32_t a, uint32_t b) { return a ^ b; });
}

BigInteger BigInteger::BitwiseNot() const {
  // ~x = -x - 1.
  return Negated() - FromUint64(1);
}

std::optional<BigInteger> BigInteger::AsUintN(uint64_t bits) const {
  if (bits == 0) return BigInteger();
  if (!negative_ && BitLength() <= bits) return *this;
  // A negative x gives a bits-wide result; a non-negative one is only cut.
  if (negative_ && bits > kMaxBits) return std::nullopt;
  const size_t limbs = static_cast<size_t>((bits + 31) / 32);
  Magnitude result = ToTwosComplement(*this, std::max(limbs, magnitude_.size() + 1));
  result.resize(limbs);
  if (bits % 32 != 0) result.back() &= (uint32_t{1} << (bits % 32)) - 1;
  return BigInteger(false, std::move(result));
}

std::optional<BigInteger> BigInteger::AsIntN(uint64_t bits) const {
  if (bits == 0) return BigInteger();
  // The width of x's two's complement, sign bit included.
  const uint64_t width = negative_ ? BigInteger(false, SubtractMagnitudes(magnitude_, Magnitude{1})).BitLength() + 1
                                   : BitLength() + 1;
  if (width <= bits) return *this;
  // Here bits < width ≤ BitLength() + 1, so the result stays small.
  BigInteger remainder = *AsUintN(bits);
  // If remainder ≥ 2^(bits-1), it stands for remainder - 2^bits.
  if (remainder.BitLength() == bits) return remainder - *FromUint64(1).ShiftedLeft(bits);
  return remainder;
}

uint64_t BigInteger::ToUint64() const {
  uint64_t low = 0;
  if (!magnitude_.empty()) low = magnitude_[0];
  if (magnitude_.size() > 1) low |= static_cast<uint64_t>(magnitude_[1]) << 32;
  return negative_ ? 0 - low : low;
}

double BigInteger::ToDouble() const {
  const uint64_t length = BitLength();
  if (length == 0) return 0;
  if (length > 1024) return negative_ ? -HUGE_VAL : HUGE_VAL;
  // The top 64 bits, left-aligned, and whether any bit below them is set.
  uint64_t top = 0;
  bool sticky = false;
  const uint64_t below = length > 64 ? length - 64 : 0;
  {
    bool lost = false;
    Magnitude high = ShiftMagnitudeRight(magnitude_, below, &lost);
    sticky = lost;
    top = high.empty() ? 0 : high[0];
    if (high.size() > 1) top |= static_cast<uint64_t>(high[1]) << 32;
    if (length < 64) top <<= (64 - length);
  }
  // 53 significant bits, rounded half to even on the 11 bits below them.
  uint64_t significand = top >> 11;
  const uint64_t rest = top & 0x7FF;
  if (rest > 0x400 || (rest == 0x400 && (sticky || (significand & 1) != 0))) ++significand;
  // A carry out of 53 bits is still exact in a double (2^53).
  const double result = std::ldexp(static_cast<double>(significand), static_cast<int>(length) - 53);
  return negative_ ? -result : result;
}

std::u16string BigInteger::ToString(int radix) const {
  static constexpr char16_t kDigits[] = u"0123456789abcdefghijklmnopqrstuvwxyz";
  if (magnitude_.empty()) return u"0";
  // Divide by the largest power of radix that fits a limb, producing that
  // many digits at a time (least significant first).
  uint32_t chunk_digits = 0;
  uint64_t chunk_base = 1;
  while (chunk_base * radix <= 0xFFFFFFFFu) {
    chunk_base *= radix;
    ++chunk_digits;
  }
  std::u16string reversed;
  Magnitude rest = magnitude_;
  while (!rest.empty()) {
    uint32_t chunk = DivideBySmall(rest, static_cast<uint32_t>(chunk_base));
    for (uint32_t d = 0; d < chunk_digits; ++d) {
      if (rest.empty() && chunk == 0) break;
      reversed.push_back(kDigits[chunk % radix]);
      chunk /= radix;
    }
  }
  if (negative_) reversed.push_back(u'-');
  return std::u16string(reversed.rbegin(), reversed.rend());
}

}  // namespace async_runtime::interpreter
