#include "runtime/builtins/algorithms/math.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace async_runtime::builtins {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool IsIntegral(double n) { return std::isfinite(n) && std::trunc(n) == n; }

bool IsOddIntegral(double n) {
  // Odd integers are below 2^53 (above it every double is even).
  return IsIntegral(n) && std::fabs(n) < 9007199254740992.0 &&
         std::fmod(n, 2) != 0;
}

bool IsPlusZero(double n) { return n == 0 && !std::signbit(n); }
bool IsMinusZero(double n) { return n == 0 && std::signbit(n); }

}  // namespace

// 6.1.6.1.3 Number::exponentiate ( base, exponent )
// https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate
double NumberExponentiate(double base, double exponent) {
  // 1. If exponent is NaN, return NaN.
  if (std::isnan(exponent)) return kNaN;
  // 2. If exponent is either +0 or -0, return 1.
  if (exponent == 0) return 1;
  // 3. If base is NaN, return NaN.
  if (std::isnan(base)) return kNaN;
  // 4. If base is +∞, then
  if (base == kInfinity) {
    // a. If exponent > +0, return +∞. b. Return +0.
    return exponent > 0 ? kInfinity : 0.0;
  }
  // 5. If base is -∞, then
  if (base == -kInfinity) {
    // a. If exponent > +0: -∞ for an odd integral exponent, else +∞.
    if (exponent > 0) return IsOddIntegral(exponent) ? -kInfinity : kInfinity;
    // b-c. -0 for an odd integral exponent, else +0.
    return IsOddIntegral(exponent) ? -0.0 : 0.0;
  }
  // 6. If base is +0, then
  if (IsPlusZero(base)) {
    // a. If exponent > +0, return +0. b. Return +∞.
    return exponent > 0 ? 0.0 : kInfinity;
  }
  // 7. If base is -0, then
  if (IsMinusZero(base)) {
    // a. If exponent > +0: -0 for an odd integral exponent, else +0.
    if (exponent > 0) return IsOddIntegral(exponent) ? -0.0 : 0.0;
    // b-c. -∞ for an odd integral exponent, else +∞.
    return IsOddIntegral(exponent) ? -kInfinity : kInfinity;
  }
  // 8. Assert: base is finite and neither +0 nor -0.
  // 9. If exponent is +∞, then
  if (exponent == kInfinity) {
    // a. abs(base) > 1: +∞. b. abs(base) = 1: NaN. c. Else +0.
    double magnitude = std::fabs(base);
    if (magnitude > 1) return kInfinity;
    if (magnitude == 1) return kNaN;
    return 0.0;
  }
  // 10. If exponent is -∞, then
  if (exponent == -kInfinity) {
    // a. abs(base) > 1: +0. b. abs(base) = 1: NaN. c. Else +∞.
    double magnitude = std::fabs(base);
    if (magnitude > 1) return 0.0;
    if (magnitude == 1) return kNaN;
    return kInfinity;
  }
  // 11. Assert: exponent is finite and neither +0 nor -0.
  // 12. If base < -0 and exponent is not integral, return NaN.
  if (base < 0 && !IsIntegral(exponent)) return kNaN;
  // 13. Return an implementation-approximated value of base ^ exponent.
  return std::pow(base, exponent);
}

// 21.3.2.8 Math.atan2 ( y, x )
// https://tc39.es/ecma262/#sec-math.atan2
double MathAtan2(double ny, double nx) {
  constexpr double kPi = 3.141592653589793;
  // 1-2. ToNumber is the caller's.
  // 3. If ny is NaN or nx is NaN, return NaN.
  if (std::isnan(ny) || std::isnan(nx)) return kNaN;
  // 4. If ny is +∞: π/4 for nx = +∞, 3π/4 for nx = -∞, else π/2.
  if (ny == kInfinity) {
    if (nx == kInfinity) return kPi / 4;
    if (nx == -kInfinity) return 3 * kPi / 4;
    return kPi / 2;
  }
  // 5. If ny is -∞: -π/4, -3π/4, or -π/2.
  if (ny == -kInfinity) {
    if (nx == kInfinity) return -kPi / 4;
    if (nx == -kInfinity) return -3 * kPi / 4;
    return -kPi / 2;
  }
  // 6. If ny is +0: +0 when nx > +0 or nx is +0, else π.
  if (IsPlusZero(ny)) return nx > 0 || IsPlusZero(nx) ? 0.0 : kPi;
  // 7. If ny is -0: -0 when nx > +0 or nx is +0, else -π.
  if (IsMinusZero(ny)) return nx > 0 || IsPlusZero(nx) ? -0.0 : -kPi;
  // 8. Assert: ny is finite and neither +0 nor -0.
  // 9. If ny > +0: +0 for nx = +∞, π for nx = -∞, π/2 for nx = ±0.
  if (ny > 0) {
    if (nx == kInfinity) return 0.0;
    if (nx == -kInfinity) return kPi;
    if (nx == 0) return kPi / 2;
  }
  // 10. If ny < -0: -0 for nx = +∞, -π for nx = -∞, -π/2 for nx = ±0.
  if (ny < 0) {
    if (nx == kInfinity) return -0.0;
    if (nx == -kInfinity) return -kPi;
    if (nx == 0) return -kPi / 2;
  }
  // 11. Assert: nx is finite and neither +0 nor -0.
  // 12-15. The inverse tangent of abs(ny / nx), moved to the quadrant of
  //        (nx, ny): libm's atan2 computes exactly that, more accurately
  //        than atan of the rounded quotient.
  return std::atan2(ny, nx);
}

// 21.3.2.11 Math.clz32 ( x )
// https://tc39.es/ecma262/#sec-math.clz32
double MathClz32(std::uint32_t n) {
  // 1. Let n be ? ToUint32(x): the caller's.
  // 2. Let p be the number of leading zero bits in the unsigned 32-bit
  //    binary representation of n.
  // 3. Return 𝔽(p).
  return std::countl_zero(n);
}

// 21.3.2.17 Math.fround ( x )
// https://tc39.es/ecma262/#sec-math.fround
double MathFround(double n) {
  // 1. ToNumber is the caller's.
  // 2. If n is NaN, return NaN.
  if (std::isnan(n)) return kNaN;
  // 3. If n is one of +0, -0, +∞, or -∞, return n.
  if (n == 0 || std::isinf(n)) return n;
  // 4. Let n32 be n converted to binary32, roundTiesToEven. From the
  //    midpoint between FLT_MAX and 2^128 up, that is ±∞ (checked here: a
  //    C++ conversion of an out-of-range double is undefined).
  constexpr double kOverflowThreshold = 340282356779733661637539395458142568448.0;  // 2^128 - 2^103
  if (std::fabs(n) >= kOverflowThreshold) return n > 0 ? kInfinity : -kInfinity;
  float n32 = static_cast<float>(n);
  // 5-6. Let n64 be n32 converted to binary64; return it.
  return static_cast<double>(n32);
}

// 21.3.2.18 Math.f16round ( x )
// https://tc39.es/ecma262/#sec-math.f16round
double MathF16round(double n) {
  // 1. ToNumber is the caller's.
  // 2. If n is NaN, return NaN.
  if (std::isnan(n)) return kNaN;
  // 3. If n is one of +0, -0, +∞, or -∞, return n.
  if (n == 0 || std::isinf(n)) return n;
  // 4. Let n16 be n converted to binary16 using roundTiesToEven: round to a
  //    multiple of the binary16 quantum at n's binade (2^(e - 10), at least
  //    the subnormal quantum 2^-24) in one step, so there is no double
  //    rounding. Division and multiplication by a power of two are exact
  //    here, and nearbyint rounds ties to even.
  int exponent = std::max(std::ilogb(n), -14);
  double quantum = std::ldexp(1.0, exponent - 10);
  double n16 = std::nearbyint(n / quantum) * quantum;
  // Past the largest finite binary16 (65504) the result is ±∞; ties at
  // 65520 went to 65536 (even) above.
  if (std::fabs(n16) > 65504) n16 = n16 > 0 ? kInfinity : -kInfinity;
  // A value that rounds to zero keeps its sign.
  if (n16 == 0) n16 = std::copysign(0.0, n);
  // 5-6. Let n64 be n16 converted to binary64; return it.
  return n16;
}

// 21.3.2.19 Math.hypot ( ...args )
// https://tc39.es/ecma262/#sec-math.hypot
double MathHypot(std::span<const double> coerced) {
  // 1-2. ToNumber of each argument is the caller's.
  // 3. If any number is +∞ or -∞, return +∞ (even if another is NaN).
  for (double number : coerced) {
    if (std::isinf(number)) return kInfinity;
  }
  // 4. Let onlyZero be true.
  bool only_zero = true;
  // 5. For each number: NaN gives NaN; a non-zero clears onlyZero.
  for (double number : coerced) {
    if (std::isnan(number)) return kNaN;
    if (number != 0) only_zero = false;
  }
  // 6. If onlyZero is true, return +0.
  if (only_zero) return 0.0;
  // 7. Return an implementation-approximated square root of the sum of
  //    squares, avoiding overflow and underflow: libm's hypot for two or
  //    three, else scaled by the largest magnitude with a compensated sum.
  if (coerced.size() == 1) return std::fabs(coerced[0]);
  if (coerced.size() == 2) return std::hypot(coerced[0], coerced[1]);
  if (coerced.size() == 3) return std::hypot(coerced[0], coerced[1], coerced[2]);
  double largest = 0;
  for (double number : coerced) largest = std::max(largest, std::fabs(number));
  double sum = 0;
  double compensation = 0;
  for (double number : coerced) {
    double scaled = number / largest;
    double term = scaled * scaled - compensation;
    double next = sum + term;
    compensation = (next - sum) - term;
    sum = next;
  }
  return std::sqrt(sum) * largest;
}

// 21.3.2.20 Math.imul ( x, y )
// https://tc39.es/ecma262/#sec-math.imul
double MathImul(std::uint32_t a, std::uint32_t b) {
  // 1-2. a and b are ℝ(? ToUint32(x)) and ℝ(? ToUint32(y)): the caller's.
  // 3. Let product be (a × b) modulo 2^32.
  std::uint32_t product = static_cast<std::uint32_t>(
      static_cast<std::uint64_t>(a) * static_cast<std::uint64_t>(b));
  // 4. If product ≥ 2^31, return 𝔽(product - 2^32).
  if (product >= 0x80000000u) return static_cast<double>(product) - 4294967296.0;
  // 5. Return 𝔽(product).
  return product;
}

// 21.3.2.25 Math.max ( ...args )
// https://tc39.es/ecma262/#sec-math.max
double MathMax(std::span<const double> coerced) {
  // 1-2. ToNumber of each argument is the caller's.
  // 3. Let highest be -∞.
  double highest = -kInfinity;
  // 4. For each element number of coerced, do
  for (double number : coerced) {
    // a. If number is NaN, return NaN.
    if (std::isnan(number)) return kNaN;
    // b. If number is +0 and highest is -0, set highest to +0.
    if (IsPlusZero(number) && IsMinusZero(highest)) highest = 0.0;
    // c. If number > highest, set highest to number.
    if (number > highest) highest = number;
  }
  // 5. Return highest.
  return highest;
}

// 21.3.2.26 Math.min ( ...args )
// https://tc39.es/ecma262/#sec-math.min
double MathMin(std::span<const double> coerced) {
  // 1-2. ToNumber of each argument is the caller's.
  // 3. Let lowest be +∞.
  double lowest = kInfinity;
  // 4. For each element number of coerced, do
  for (double number : coerced) {
    // a. If number is NaN, return NaN.
    if (std::isnan(number)) return kNaN;
    // b. If number is -0 and lowest is +0, set lowest to -0.
    if (IsMinusZero(number) && IsPlusZero(lowest)) lowest = -0.0;
    // c. If number < lowest, set lowest to number.
    if (number < lowest) lowest = number;
  }
  // 5. Return lowest.
  return lowest;
}

// 21.3.2.29 Math.round ( x )
// https://tc39.es/ecma262/#sec-math.round
double MathRound(double n) {
  // 1. ToNumber is the caller's.
  // 2. If n is not finite or n is integral, return n.
  if (!std::isfinite(n) || std::trunc(n) == n) return n;
  // 3. If n < 0.5 and n > +0, return +0.
  if (n < 0.5 && n > 0) return 0.0;
  // 4. If n < -0 and n ≥ -0.5, return -0.
  if (n < 0 && n >= -0.5) return -0.0;
  // 5. Return the integral Number closest to n, preferring the one closer
  //    to +∞ in a tie. floor(n + 0.5) would round n + 0.5 first (wrong for
  //    0.49999999999999994 and near 2^52); n - floor(n) is exact.
  double lower = std::floor(n);
  return n - lower >= 0.5 ? lower + 1 : lower;
}

// 21.3.2.30 Math.sign ( x )
// https://tc39.es/ecma262/#sec-math.sign
double MathSign(double n) {
  // 1. ToNumber is the caller's.
  // 2. If n is one of NaN, +0, or -0, return n.
  if (std::isnan(n) || n == 0) return n;
  // 3. If n < -0, return -1.
  if (n < 0) return -1;
  // 4. Return 1.
  return 1;
}

namespace {

// An exact sum of doubles: a fixed-point integer in units of 2^-1074 (the
// smallest subnormal), in 32-bit limbs held in int64 so that additions need
// no carry until a normalization. Every finite double is an integer in
// those units below 2^2098; 72 limbs leave room for 2^53 additions.
class ExactSum {
 public:
  void Add(double value) {
    int exponent;
    double fraction = std::frexp(std::fabs(value), &exponent);
    // value = mantissa × 2^(exponent - 53), mantissa < 2^53; in units of
    // 2^-1074 its lowest bit is at position exponent - 53 + 1074 (for a
    // subnormal, shift the mantissa down to keep the position ≥ 0).
    std::int64_t mantissa = static_cast<std::int64_t>(std::ldexp(fraction, 53));
    int position = exponent - 53 + 1074;
    if (position < 0) {
      mantissa >>= -position;  // exact: a subnormal's low bits are zero
      position = 0;
    }
    int sign = std::signbit(value) ? -1 : 1;
    unsigned __int128 shifted = static_cast<unsigned __int128>(mantissa)
                                << (position % 32);
    int index = position / 32;
    for (int i = 0; i < 3; ++i) {
      limbs_[index + i] += sign * static_cast<std::int64_t>(
                                      static_cast<std::uint64_t>(shifted) &
                                      0xFFFFFFFFu);
      shifted >>= 32;
    }
    if (++pending_ == (1 << 30)) Normalize();
  }

  // The sum rounded to the nearest double, ties to even (+0 for zero).
  double Round() {
    Normalize();
    double sign = 1;
    if (limbs_.back() < 0) {
      // Negative: take the magnitude.
      for (auto& limb : limbs_) limb = -limb;
      Normalize();
      sign = -1;
    }
    int top = -1;  // the highest set bit
    for (int i = kLimbs - 1; i >= 0 && top < 0; --i) {
      if (limbs_[i] != 0) top = i * 32 + 63 - std::countl_zero(static_cast<std::uint64_t>(limbs_[i]));
    }
    if (top < 0) return 0.0;
    // Keep 53 bits from the top, or every bit down to 2^-1074.
    int lowest = std::max(top - 52, 0);
    std::uint64_t mantissa = 0;
    for (int bit = top; bit >= lowest; --bit) mantissa = (mantissa << 1) | Bit(bit);
    if (lowest > 0) {
      bool round_bit = Bit(lowest - 1);
      bool sticky = false;
      for (int bit = lowest - 2; bit >= 0 && !sticky; --bit) {
        if (bit % 32 == 31 && limbs_[bit / 32] == 0) {
          bit -= 31;
          continue;
        }
        sticky = Bit(bit);
      }
      if (round_bit && (sticky || (mantissa & 1))) ++mantissa;
    }
    // ldexp overflows to ∞ exactly when the rounded sum reaches 2^1024.
    return sign * std::ldexp(static_cast<double>(mantissa), lowest - 1074);
  }

 private:
  static constexpr int kLimbs = 72;

  bool Bit(int bit) const { return (limbs_[bit / 32] >> (bit % 32)) & 1; }

  // Carries so that every limb but the last is in [0, 2^32); the last
  // holds the sign.
  void Normalize() {
    for (int i = 0; i + 1 < kLimbs; ++i) {
      std::int64_t carry = limbs_[i] >> 32;  // floor division by 2^32
      limbs_[i] -= carry * 4294967296LL;
      limbs_[i + 1] += carry;
    }
    pending_ = 0;
  }

  std::array<std::int64_t, kLimbs> limbs_{};
  int pending_ = 0;
};

}  // namespace

// 21.3.2.34 Math.sumPrecise ( items )
// https://tc39.es/ecma262/#sec-math.sumprecise
double MathSumPrecise(std::span<const double> numbers) {
  // 1-2. RequireObjectCoercible and GetIterator are the caller's, and so
  //      are the RangeError (count ≥ 2^53 - 1) and TypeError (not a Number)
  //      of step 7.
  // 3. Let state be minus-zero.
  enum class State { kMinusZero, kFinite, kPlusInfinity, kMinusInfinity, kNotANumber };
  State state = State::kMinusZero;
  // 4. Let sum be 0.
  ExactSum sum;
  // 7. For each Number n the iterator produced:
  for (double n : numbers) {
    // 7.b.iv. If state is not not-a-number, then
    if (state == State::kNotANumber) continue;
    if (std::isnan(n)) {
      // 1. If n is NaN, set state to not-a-number.
      state = State::kNotANumber;
    } else if (n == kInfinity) {
      // 2. Else if n is +∞: not-a-number after -∞, else plus-infinity.
      state = state == State::kMinusInfinity ? State::kNotANumber : State::kPlusInfinity;
    } else if (n == -kInfinity) {
      // 3. Else if n is -∞: not-a-number after +∞, else minus-infinity.
      state = state == State::kPlusInfinity ? State::kNotANumber : State::kMinusInfinity;
    } else if (!IsMinusZero(n) &&
               (state == State::kMinusZero || state == State::kFinite)) {
      // 4. Else if n is not -0 and state is minus-zero or finite: set state
      //    to finite and sum to sum + ℝ(n).
      state = State::kFinite;
      sum.Add(n);
    }
  }
  // 8. If state is not-a-number, return NaN.
  if (state == State::kNotANumber) return kNaN;
  // 9. If state is plus-infinity, return +∞.
  if (state == State::kPlusInfinity) return kInfinity;
  // 10. If state is minus-infinity, return -∞.
  if (state == State::kMinusInfinity) return -kInfinity;
  // 11. If state is minus-zero, return -0.
  if (state == State::kMinusZero) return -0.0;
  // 12. Return 𝔽(sum).
  return sum.Round();
}

}  // namespace async_runtime::builtins
