#include "runtime/builtins/algorithms/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <system_error>

#include "runtime/builtins/algorithms/whitespace.h"

namespace async_runtime::builtins {
namespace {

// A positive finite number as 0.digits × 10^point: digits has no leading
// zero and no trailing zero (and is empty for 0).
struct Decimal {
  std::string digits;
  int point = 0;
};

// Splits the output of std::to_chars(chars_format::scientific), which is
// "d.ddde±XX", into a Decimal.
Decimal ParseScientific(const char* begin, const char* end) {
  Decimal decimal;
  const char* cursor = begin;
  for (; cursor != end && *cursor != 'e'; ++cursor) {
    if (*cursor != '.') decimal.digits.push_back(*cursor);
  }
  int exponent = 0;
  if (cursor != end) {
    ++cursor;  // 'e'
    if (*cursor == '+') ++cursor;
    std::from_chars(cursor, end, exponent);
  }
  decimal.point = exponent + 1;
  while (!decimal.digits.empty() && decimal.digits.back() == '0') {
    decimal.digits.pop_back();
  }
  if (decimal.digits.empty()) decimal.point = 0;
  return decimal;
}

// The exact decimal value of a finite non-negative double. A double has at
// most 767 significant decimal digits, and std::to_chars with a precision is
// exact, so 770 digits after the point loses nothing.
Decimal ExactDecimal(double x) {
  char buffer[800];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, x,
                              std::chars_format::scientific, 770);
  return ParseScientific(buffer, result.ptr);
}

// The shortest decimal that rounds to x, the closest one if there are
// several (std::to_chars without a precision).
Decimal ShortestDecimal(double x) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, x,
                              std::chars_format::scientific);
  return ParseScientific(buffer, result.ptr);
}

// The first `count` digits of `digits` (padded with zeros), rounded half up
// at that position: a tie goes to the larger value, as every "pick the
// larger" in 21.1.3 asks. Sets *carried when rounding up made the result a
// power of ten one digit longer; the returned string then still has `count`
// digits ("100..."), the caller adjusts its exponent.
std::string RoundHalfUp(const std::string& digits, int count, bool* carried) {
  *carried = false;
  std::string kept = digits.substr(0, count);
  kept.resize(count, '0');
  if (static_cast<std::size_t>(count) < digits.size() &&
      digits[count] >= '5') {
    int index = count - 1;
    while (index >= 0 && kept[index] == '9') kept[index--] = '0';
    if (index >= 0) {
      ++kept[index];
    } else {
      kept.insert(kept.begin(), '1');
      kept.pop_back();
      *carried = true;
    }
  }
  return kept;
}

std::u16string ToU16(const std::string& ascii) {
  return std::u16string(ascii.begin(), ascii.end());
}

// Number::toString(x, 10) of a non-finite x: the first steps of 6.1.6.1.20.
std::u16string NonFiniteToString(double x) {
  if (std::isnan(x)) return u"NaN";
  return x < 0 ? u"-Infinity" : u"Infinity";
}

// ! ToString(𝔽(number)) for number ≥ 10^21, which toFixed step 11 needs.
// Such a number has n ≥ 22 in 6.1.6.1.20 step 5, so the result is always in
// the exponential form of steps 7-12: shortest digits, "e+", n - 1.
std::string LargeNumberToString(double number) {
  Decimal decimal = ShortestDecimal(number);
  std::string result(1, decimal.digits[0]);
  if (decimal.digits.size() > 1) {
    result += '.';
    result += decimal.digits.substr(1);
  }
  result += "e+";
  result += std::to_string(decimal.point - 1);
  return result;
}

std::string ExponentSuffix(int exponent) {
  // exponentSign and exponentDigits; exponent 0 is "+0".
  std::string suffix = "e";
  suffix += exponent < 0 ? '-' : '+';
  suffix += std::to_string(exponent < 0 ? -exponent : exponent);
  return suffix;
}

bool IsIntegral(double value) {
  return std::isfinite(value) && std::trunc(value) == value;
}

}  // namespace

// 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
// https://tc39.es/ecma262/#sec-number.prototype.tofixed
std::optional<std::u16string> NumberToFixed(double number,
                                            double fraction_count) {
  // 1-3. ThisNumberValue and ToIntegerOrInfinity are the caller's.
  // 4. If fractionCount is not an integer, throw a RangeError exception.
  if (!IsIntegral(fraction_count)) return std::nullopt;
  // 5. If fractionCount < 0 or fractionCount > 100, throw a RangeError.
  if (fraction_count < 0 || fraction_count > 100) return std::nullopt;
  int count = static_cast<int>(fraction_count);
  // 6. If number is not finite, return Number::toString(number, 10).
  if (!std::isfinite(number)) return NonFiniteToString(number);
  // 7. Set number to ℝ(number). (ℝ(-0) is 0: drop the sign bit.)
  if (number == 0) number = 0.0;
  // 8. Let sign be the empty String.
  std::string sign;
  // 9. If number < 0, then set sign to "-" and number to -number.
  //    (-0 is not < 0: (-0).toFixed(2) is "0.00".)
  if (number < 0) {
    sign = "-";
    number = -number;
  }
  std::string digit_string;
  // 10. If number ≥ 10^21, let digitString be ! ToString(𝔽(number)).
  if (number >= 1e21) {
    digit_string = LargeNumberToString(number);
  } else {
    // 11.a. Let intValue be an integer for which intValue / 10^fractionCount
    //       - number is as close to zero as possible; of two, the larger.
    //       number × 10^fractionCount is 0.digits × 10^(point + count).
    Decimal decimal = ExactDecimal(number);
    int integer_digits = decimal.point + count;
    std::string int_value;
    if (decimal.digits.empty() || integer_digits < 0) {
      int_value = "0";
    } else if (integer_digits == 0) {
      int_value = decimal.digits[0] >= '5' ? "1" : "0";
    } else {
      bool carried;
      int_value = RoundHalfUp(decimal.digits, integer_digits, &carried);
      if (carried) int_value += '0';
    }
    // 11.b. If intValue = 0, let digitString be "0"; else the digits of
    //       intValue with no leading zeroes (int_value has none).
    digit_string = int_value;
    // 11.c. If fractionCount ≠ 0, then
    if (count != 0) {
      // i. Let digitCount be the length of digitString.
      int digit_count = static_cast<int>(digit_string.size());
      // ii. If digitCount ≤ fractionCount, then pad with fractionCount + 1 -
      //     digitCount zeros and set digitCount to fractionCount + 1.
      if (digit_count <= count) {
        digit_string.insert(0, count + 1 - digit_count, '0');
        digit_count = count + 1;
      }
      // iii-v. intPart, ".", fractionalPart.
      digit_string.insert(digit_count - count, 1, '.');
    }
  }
  // 12. Return the string-concatenation of sign and digitString.
  return ToU16(sign + digit_string);
}

// 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
// https://tc39.es/ecma262/#sec-number.prototype.toexponential
std::optional<std::u16string> NumberToExponential(
    double number, std::optional<double> fraction_digits) {
  // 1-3. ThisNumberValue and ToIntegerOrInfinity are the caller's; an
  //      undefined fractionDigits gives fractionCount 0.
  double fraction_count = fraction_digits.value_or(0);
  // 4. If number is not finite, return Number::toString(number, 10).
  if (!std::isfinite(number)) return NonFiniteToString(number);
  // 5. If fractionCount is not an integer, throw a RangeError exception.
  if (!IsIntegral(fraction_count)) return std::nullopt;
  // 6. If fractionCount < 0 or fractionCount > 100, throw a RangeError.
  if (fraction_count < 0 || fraction_count > 100) return std::nullopt;
  int count = static_cast<int>(fraction_count);
  // 7-9. sign.
  std::string sign;
  if (number < 0) {
    sign = "-";
    number = -number;
  }
  std::string significand;
  int exponent;
  // 10. If number = 0, then significand is fractionCount + 1 zeros and
  //     exponent is 0.
  if (number == 0) {
    significand.assign(count + 1, '0');
    exponent = 0;
  } else if (fraction_digits.has_value()) {
    // 11.a. If fractionDigits is not undefined: intSignificand has
    //       fractionCount + 1 digits, closest to number, of two the larger.
    Decimal decimal = ExactDecimal(number);
    bool carried;
    significand = RoundHalfUp(decimal.digits, count + 1, &carried);
    exponent = decimal.point - 1 + (carried ? 1 : 0);
  } else {
    // 11.b. Else: the fewest digits ff + 1 with 𝔽(intSignificand ×
    //       10^(exponent - ff)) = number; of several, the closest (the
    //       note's recommended alternative). Set fractionCount to ff.
    Decimal decimal = ShortestDecimal(number);
    significand = decimal.digits;
    exponent = decimal.point - 1;
    count = static_cast<int>(significand.size()) - 1;
  }
  // 12. If fractionCount ≠ 0, insert "." after the first digit.
  if (count != 0) significand.insert(1, 1, '.');
  // 13-14. exponentSign and exponentDigits ("+" and "0" for 0).
  // 15. Set significand to significand, "e", exponentSign, exponentDigits.
  // 16. Return the string-concatenation of sign and significand.
  return ToU16(sign + significand + ExponentSuffix(exponent));
}

// 21.1.3.5 Number.prototype.toPrecision ( precision )
// https://tc39.es/ecma262/#sec-number.prototype.toprecision
std::optional<std::u16string> NumberToPrecision(double number,
                                                double precision_count) {
  // 1-3. ThisNumberValue, the undefined case and ToIntegerOrInfinity are
  //      the caller's.
  // 4. If number is not finite, return Number::toString(number, 10).
  if (!std::isfinite(number)) return NonFiniteToString(number);
  // 5. If precisionCount is not an integer, throw a RangeError exception.
  if (!IsIntegral(precision_count)) return std::nullopt;
  // 6. If precisionCount < 1 or precisionCount > 100, throw a RangeError.
  if (precision_count < 1 || precision_count > 100) return std::nullopt;
  int precision = static_cast<int>(precision_count);
  // 7-9. sign.
  std::string sign;
  if (number < 0) {
    sign = "-";
    number = -number;
  }
  std::string significand;
  int exponent;
  // 10. If number = 0, significand is precisionCount zeros, exponent 0.
  if (number == 0) {
    significand.assign(precision, '0');
    exponent = 0;
  } else {
    // 11.a. intSignificand has precisionCount digits and is closest to
    //       number; of two, the larger.
    Decimal decimal = ExactDecimal(number);
    bool carried;
    significand = RoundHalfUp(decimal.digits, precision, &carried);
    exponent = decimal.point - 1 + (carried ? 1 : 0);
    // 11.c. If exponent < -6 or exponent ≥ precisionCount, exponential form.
    if (exponent < -6 || exponent >= precision) {
      // 11.c.ii. If precisionCount ≠ 1, insert "." after the first digit.
      if (precision != 1) significand.insert(1, 1, '.');
      // 11.c.iii-vi. "e", exponentSign, exponentDigits.
      return ToU16(sign + significand + ExponentSuffix(exponent));
    }
  }
  // 12. If exponent = precisionCount - 1, return sign and significand.
  if (exponent == precision - 1) return ToU16(sign + significand);
  // 13. If exponent ≥ 0, put "." after the first exponent + 1 digits.
  if (exponent >= 0) {
    significand.insert(exponent + 1, 1, '.');
  } else {
    // 14. Else, "0." then -(exponent + 1) zeros then significand.
    significand = "0." + std::string(-(exponent + 1), '0') + significand;
  }
  // 15. Return the string-concatenation of sign and significand.
  return ToU16(sign + significand);
}

// 6.1.6.1.20 Number::toString ( x, radix )
// https://tc39.es/ecma262/#sec-numeric-types-number-tostring
std::u16string NumberToStringRadix(double x, int radix) {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  // The caller checks 2 ≤ radix ≤ 36 (Number.prototype.toString throws a
  // RangeError otherwise); out of range is read as 10 rather than indexing
  // past the digits.
  if (radix < 2 || radix > 36) radix = 10;
  // 1. If x is NaN, return "NaN".
  if (std::isnan(x)) return u"NaN";
  // 2. If x is +0 or -0, return "0".
  if (x == 0) return u"0";
  // 3. If x < -0, return "-" and Number::toString(-x, radix).
  if (x < 0) return u"-" + NumberToStringRadix(-x, radix);
  // 4. If x is +∞, return "Infinity".
  if (std::isinf(x)) return u"Infinity";
  // 5-6. The digits of s, with n of them before the point. The spec leaves
  //      them implementation-approximated for radix ≠ 10; this is V8's
  //      algorithm (DoubleToRadixCString) so scripts print what they print
  //      elsewhere.
  double integer = std::floor(x);
  double fraction = x - integer;
  // Fraction digits are only generated down to the input's precision: half
  // the gap to the next double (at least the smallest denormal).
  double delta = 0.5 * (std::nextafter(x, std::numeric_limits<double>::infinity()) - x);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  std::string fraction_digits;
  if (fraction >= delta) {
    do {
      // Shift up by one digit and write it.
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(fraction);
      fraction_digits.push_back(kDigits[digit]);
      fraction -= digit;
      // Round the last digit to even; carry into the digits already written
      // (and into the integer part) when the rounded-up value is still
      // within delta.
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          while (true) {
            if (fraction_digits.empty()) {
              integer += 1;
              break;
            }
            char last = fraction_digits.back();
            fraction_digits.pop_back();
            int value = last > '9' ? last - 'a' + 10 : last - '0';
            if (value + 1 < radix) {
              fraction_digits.push_back(kDigits[value + 1]);
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  // Integer digits: the ones below the double's precision (integer / radix
  // ≥ 2^53) are written as zeros.
  std::string integer_digits;
  while (integer / radix >= 9007199254740992.0) {
    integer /= radix;
    integer_digits.push_back('0');
  }
  do {
    double remainder = std::fmod(integer, radix);
    integer_digits.push_back(kDigits[static_cast<int>(remainder)]);
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  std::string result(integer_digits.rbegin(), integer_digits.rend());
  if (!fraction_digits.empty()) result += "." + fraction_digits;
  return ToU16(result);
}

namespace {

// The value of a radix-`radix` digit, or -1 for a code unit that is not one.
int DigitValue(char16_t code_unit) {
  if (code_unit >= u'0' && code_unit <= u'9') return code_unit - u'0';
  if (code_unit >= u'a' && code_unit <= u'z') return code_unit - u'a' + 10;
  if (code_unit >= u'A' && code_unit <= u'Z') return code_unit - u'A' + 10;
  return -1;
}

// The integer denoted by the digits of a power-of-two radix, rounded to the
// nearest double, ties to even: exact, as the spec asks for these radices.
double PowerOfTwoRadixValue(std::u16string_view digits, int bits_per_digit) {
  std::string bits;  // '0'/'1', most significant first, no leading zero
  for (char16_t code_unit : digits) {
    int value = DigitValue(code_unit);
    for (int bit = bits_per_digit - 1; bit >= 0; --bit) {
      char c = ((value >> bit) & 1) ? '1' : '0';
      if (bits.empty() && c == '0') continue;
      bits.push_back(c);
    }
  }
  if (bits.empty()) return 0;
  constexpr std::size_t kSignificandBits = 53;
  std::uint64_t significand = 0;
  std::size_t kept = std::min(bits.size(), kSignificandBits);
  for (std::size_t i = 0; i < kept; ++i) {
    significand = (significand << 1) | (bits[i] == '1');
  }
  if (bits.size() <= kSignificandBits) return static_cast<double>(significand);
  bool round_bit = bits[kSignificandBits] == '1';
  bool sticky = bits.find('1', kSignificandBits + 1) != std::string::npos;
  if (round_bit && (sticky || (significand & 1))) ++significand;
  int shift = static_cast<int>(bits.size() - kSignificandBits);
  return std::ldexp(static_cast<double>(significand), shift);
}

// An approximation for the other radices, as V8 computes it: digits are
// gathered in 32-bit chunks, then folded into a double.
double OtherRadixValue(std::u16string_view digits, int radix) {
  double number = 0;
  std::size_t index = 0;
  while (index < digits.size()) {
    std::uint32_t part = 0;
    std::uint32_t multiplier = 1;
    while (index < digits.size()) {
      std::uint32_t next_multiplier = multiplier * radix;
      if (next_multiplier > 0xFFFFFFFFu / 36) break;
      part = part * radix + DigitValue(digits[index]);
      multiplier = next_multiplier;
      ++index;
    }
    number = number * multiplier + part;
  }
  return number;
}

// A correctly rounded decimal from ASCII text std::from_chars accepts. When
// it is out of the double range the result is +∞ if `huge` (the value is at
// least 1) and +0 otherwise.
double DecimalValue(const std::string& ascii, bool huge) {
  double value = 0;
  auto result = std::from_chars(ascii.data(), ascii.data() + ascii.size(),
                                value, std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) {
    return huge ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return value;
}

bool IsDecimalDigit(char16_t code_unit) {
  return code_unit >= u'0' && code_unit <= u'9';
}

}  // namespace

// 19.2.5 parseInt ( string, radix )
// https://tc39.es/ecma262/#sec-parseint-string-radix
double ParseInt(std::u16string_view input_string, std::int32_t radix) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  // 1-2. ToString and ToInt32 are the caller's.
  std::int32_t radix_mv = radix;
  // 3. If radixMV ≠ 0 and radixMV is not in 2..36, return NaN.
  if (radix_mv != 0 && (radix_mv < 2 || radix_mv > 36)) return kNaN;
  // 4. Let trimmedString be ! TrimString(inputString, start).
  std::u16string_view trimmed = TrimString(input_string, TrimWhere::kStart);
  // 5. If trimmedString is the empty String, return NaN.
  if (trimmed.empty()) return kNaN;
  // 6. Let sign be 1.
  int sign = 1;
  // 7. If the first code unit is "-", set sign to -1 and drop it.
  if (trimmed[0] == u'-') {
    sign = -1;
    trimmed.remove_prefix(1);
  } else if (trimmed[0] == u'+') {
    // 8. Else if it is "+", drop it.
    trimmed.remove_prefix(1);
  }
  // 9. If radixMV = 0 or radixMV = 16, and trimmedString starts with "0x"
  //    or "0X", drop them and set radixMV to 16.
  if (radix_mv == 0 || radix_mv == 16) {
    if (trimmed.size() >= 2 && trimmed[0] == u'0' &&
        (trimmed[1] == u'x' || trimmed[1] == u'X')) {
      trimmed.remove_prefix(2);
      radix_mv = 16;
    }
  }
  // 10. If radixMV = 0, set radixMV to 10.
  if (radix_mv == 0) radix_mv = 10;
  // 11. end is the index of the first code unit that is not a radix-radixMV
  //     digit, or the length.
  std::size_t end = 0;
  while (end < trimmed.size()) {
    int value = DigitValue(trimmed[end]);
    if (value < 0 || value >= radix_mv) break;
    ++end;
  }
  // 12. Let numberString be the substring of trimmedString from 0 to end.
  std::u16string_view number_string = trimmed.substr(0, end);
  // 13. If numberString is empty, return NaN.
  if (number_string.empty()) return kNaN;
  // 14. Let mathInt be the integer numberString denotes in radix radixMV.
  double math_int;
  switch (radix_mv) {
    case 10: {
      std::string ascii(number_string.begin(), number_string.end());
      math_int = DecimalValue(ascii, /*huge=*/true);
      break;
    }
    case 2: math_int = PowerOfTwoRadixValue(number_string, 1); break;
    case 4: math_int = PowerOfTwoRadixValue(number_string, 2); break;
    case 8: math_int = PowerOfTwoRadixValue(number_string, 3); break;
    case 16: math_int = PowerOfTwoRadixValue(number_string, 4); break;
    case 32: math_int = PowerOfTwoRadixValue(number_string, 5); break;
    default: math_int = OtherRadixValue(number_string, radix_mv); break;
  }
  // 15. If sign = -1 and mathInt = 0, return -0.
  if (sign == -1 && math_int == 0) return -0.0;
  // 16. Return 𝔽(sign × mathInt).
  return sign * math_int;
}

// 19.2.4 parseFloat ( string )
// https://tc39.es/ecma262/#sec-parsefloat-string
double ParseFloat(std::u16string_view input_string) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  // 1. ToString is the caller's.
  // 2. Let trimmedString be ! TrimString(inputString, start).
  std::u16string_view trimmed = TrimString(input_string, TrimWhere::kStart);
  // 3-4. trimmedPrefix is the longest prefix that is a StrDecimalLiteral:
  //      [+-] ( Infinity | DecimalDigits [. DecimalDigits?] [ExponentPart]
  //             | . DecimalDigits [ExponentPart] ); if none, return NaN.
  //      (Its code points are all ASCII, so code units do.)
  std::size_t index = 0;
  bool negative = false;
  if (index < trimmed.size() && (trimmed[index] == u'+' || trimmed[index] == u'-')) {
    negative = trimmed[index] == u'-';
    ++index;
  }
  // 5-7. The StringNumericValue of the prefix: "-" negates (so "-0" is -0).
  if (trimmed.substr(index).substr(0, 8) == u"Infinity") {
    return negative ? -std::numeric_limits<double>::infinity()
                    : std::numeric_limits<double>::infinity();
  }
  std::size_t literal_start = index;
  std::size_t integer_start = index;
  while (index < trimmed.size() && IsDecimalDigit(trimmed[index])) ++index;
  std::size_t integer_digits = index - integer_start;
  std::size_t fraction_digits = 0;
  if (index < trimmed.size() && trimmed[index] == u'.') {
    std::size_t cursor = index + 1;
    while (cursor < trimmed.size() && IsDecimalDigit(trimmed[cursor])) {
      ++cursor;
    }
    fraction_digits = cursor - index - 1;
    if (integer_digits > 0 || fraction_digits > 0) index = cursor;
  }
  if (integer_digits == 0 && fraction_digits == 0) return kNaN;
  std::size_t mantissa_end = index;
  // ExponentPart: e or E, an optional sign, DecimalDigits; without digits
  // the "e" is not part of the prefix.
  long long exponent = 0;
  if (index < trimmed.size() && (trimmed[index] == u'e' || trimmed[index] == u'E')) {
    std::size_t cursor = index + 1;
    bool exponent_negative = false;
    if (cursor < trimmed.size() && (trimmed[cursor] == u'+' || trimmed[cursor] == u'-')) {
      exponent_negative = trimmed[cursor] == u'-';
      ++cursor;
    }
    std::size_t digits_start = cursor;
    while (cursor < trimmed.size() && IsDecimalDigit(trimmed[cursor])) {
      // Saturate: an exponent past 10^8 gives ±∞ or 0 anyway.
      if (exponent < 100000000) exponent = exponent * 10 + (trimmed[cursor] - u'0');
      ++cursor;
    }
    if (cursor > digits_start) {
      index = cursor;
      if (exponent_negative) exponent = -exponent;
    } else {
      exponent = 0;
    }
  }
  std::string ascii(trimmed.begin() + literal_start, trimmed.begin() + index);
  // Magnitude for the out-of-range case: the power of ten of the first
  // non-zero digit.
  long long magnitude = exponent;
  {
    std::size_t first_nonzero = literal_start;
    while (first_nonzero < mantissa_end &&
           (trimmed[first_nonzero] == u'0' || trimmed[first_nonzero] == u'.')) {
      ++first_nonzero;
    }
    std::size_t point = literal_start + integer_digits;
    if (first_nonzero < point) {
      magnitude += static_cast<long long>(point - first_nonzero);
    } else {
      magnitude -= static_cast<long long>(first_nonzero - point);
    }
  }
  double value = DecimalValue(ascii, magnitude > 0);
  return negative ? -value : value;
}

}  // namespace async_runtime::builtins
