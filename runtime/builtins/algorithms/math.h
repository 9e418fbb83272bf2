// The Math functions (21.3.2) whose results C's libm does not give exactly
// as the spec says, and Number::exponentiate, as pure functions over
// doubles. The built-ins do the ToNumber/ToUint32 conversions (and, for
// Math.sumPrecise, the iteration and its TypeError/RangeError) and pass the
// results in.
#pragma once

#include <cstdint>
#include <span>

namespace async_runtime::builtins {

// 6.1.6.1.3 Number::exponentiate ( base, exponent ); Math.pow (21.3.2.27)
// and the ** operator. Unlike C's pow: 1 ** NaN, (±1) ** ±∞ are NaN.
double NumberExponentiate(double base, double exponent);

// 21.3.2.8 Math.atan2 ( y, x ), steps 3-15.
double MathAtan2(double ny, double nx);

// 21.3.2.11 Math.clz32 ( x ), steps 2-3; n is ToUint32(x).
double MathClz32(std::uint32_t n);

// 21.3.2.17 Math.fround ( x ), steps 2-6.
double MathFround(double n);

// 21.3.2.18 Math.f16round ( x ), steps 2-6: binary16, ties to even, with
// no double rounding.
double MathF16round(double n);

// 21.3.2.19 Math.hypot ( ...args ), steps 3-7, over the coerced arguments.
double MathHypot(std::span<const double> coerced);

// 21.3.2.20 Math.imul ( x, y ), steps 3-5; a and b are ToUint32(x), (y).
double MathImul(std::uint32_t a, std::uint32_t b);

// 21.3.2.25 Math.max ( ...args ), steps 3-5.
double MathMax(std::span<const double> coerced);

// 21.3.2.26 Math.min ( ...args ), steps 3-5.
double MathMin(std::span<const double> coerced);

// 21.3.2.29 Math.round ( x ), steps 2-5: ties toward +∞, -0 kept.
double MathRound(double n);

// 21.3.2.30 Math.sign ( x ), steps 2-4.
double MathSign(double n);

// 21.3.2.34 Math.sumPrecise ( items ), steps 3-12 over the Numbers the
// iterator produced: the exactly rounded sum (no intermediate rounding or
// overflow), -0 for an empty list or only -0s, NaN for NaN or +∞ and -∞.
double MathSumPrecise(std::span<const double> numbers);

}  // namespace async_runtime::builtins
