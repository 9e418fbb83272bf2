// The digit work of the Number built-ins and of parseInt/parseFloat, as pure
// functions over doubles and UTF-16 strings. The built-in functions (owned by
// the object model) do ThisNumberValue, ToIntegerOrInfinity, ToString and
// ToInt32 and pass the results in; a std::nullopt result means "throw a
// RangeError" at the step the spec throws.
//
// Number::toString(x, 10) and StringToNumber belong to the interpreter
// (runtime/interpreter/number_conversions.h) and are not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace async_runtime::builtins {

// 21.1.3.3 Number.prototype.toFixed ( fractionDigits ), steps 4-12.
// https://tc39.es/ecma262/#sec-number.prototype.tofixed
// number is ThisNumberValue(this); fraction_count is
// ToIntegerOrInfinity(fractionDigits) (0 for undefined), possibly ±Infinity.
// Returns std::nullopt when the spec throws a RangeError.
std::optional<std::u16string> NumberToFixed(double number,
                                            double fraction_count);

// 21.1.3.2 Number.prototype.toExponential ( fractionDigits ), steps 4-16.
// https://tc39.es/ecma262/#sec-number.prototype.toexponential
// fraction_count is ToIntegerOrInfinity(fractionDigits), or std::nullopt when
// fractionDigits is undefined (then the digits are the shortest that
// round-trip). Returns std::nullopt when the spec throws a RangeError.
std::optional<std::u16string> NumberToExponential(
    double number, std::optional<double> fraction_count);

// 21.1.3.5 Number.prototype.toPrecision ( precision ), steps 4-15.
// https://tc39.es/ecma262/#sec-number.prototype.toprecision
// The caller handles step 2 (precision undefined: return ! ToString(number))
// and passes precision_count = ToIntegerOrInfinity(precision).
// Returns std::nullopt when the spec throws a RangeError.
std::optional<std::u16string> NumberToPrecision(double number,
                                                double precision_count);

// 6.1.6.1.20 Number::toString ( x, radix ) for radix in 2..36 other than 10.
// https://tc39.es/ecma262/#sec-numeric-types-number-tostring
// The digits are the ones V8 prints: fraction digits are generated until
// they identify x among its neighbours (half the distance to the next
// double), rounding the last digit to even, so ToNumber of the result parsed
// in that radix gives x back. Radix 10 is the interpreter's Number::toString.
std::u16string NumberToStringRadix(double x, int radix);

// 19.2.5 parseInt ( string, radix ), steps 3-16.
// https://tc39.es/ecma262/#sec-parseint-string-radix
// input_string is ToString(string); radix is ToInt32(radix).
// Radix 10 and the power-of-two radices are correctly rounded; the others
// are an implementation-approximated value (the spec allows that).
double ParseInt(std::u16string_view input_string, std::int32_t radix);

// 19.2.4 parseFloat ( string ), steps 2-7.
// https://tc39.es/ecma262/#sec-parsefloat-string
// input_string is ToString(string). Correctly rounded.
double ParseFloat(std::u16string_view input_string);

}  // namespace async_runtime::builtins
