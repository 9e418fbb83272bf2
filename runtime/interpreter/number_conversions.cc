#include "runtime/interpreter/number_conversions.h"

#include "runtime/builtins/algorithms/number_format.h"
#include "runtime/builtins/algorithms/whitespace.h"


#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace async_runtime::interpreter {

namespace {

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

std::u16string Widen(std::string_view ascii) { return std::u16string(ascii.begin(), ascii.end()); }

// Step 5 of Number::toString for radix 10: the digits s (k of them) and the
// exponent n with s × 10^(n - k) = x, k minimal (shortest round trip).
void ShortestDecimalDigits(double x, std::string& digits, int& n) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
  assert(result.ec == std::errc());
  std::string_view text(buffer, result.ptr - buffer);  // "d.ddde±XX" or "de±XX"
  size_t e = text.find('e');
  digits.clear();
  for (char c : text.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  int exponent = 0;
  std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(),
                  exponent);
  // to_chars may print trailing zeros only for exact values like 1e+21 ("1e+21"
  // has none); strip any so that s is not divisible by 10.
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  n = exponent + 1;
}

}  // namespace

namespace Number {

// 6.1.6.1.20 Number::toString ( x, radix )
// https://tc39.es/ecma262/#sec-numeric-types-number-tostring
std::u16string toString(double x, int radix) {
  assert(radix >= 2 && radix <= 36);
  // 1. If x is NaN, return "NaN".
  if (std::isnan(x)) return u"NaN";
  // 2. If x is either +0𝔽 or -0𝔽, return "0".
  if (x == 0) return u"0";
  // 3. If x < -0𝔽, return the string-concatenation of "-" and Number::toString(-x, radix).
  if (x < 0) return u"-" + toString(-x, radix);
  // 4. If x is +∞𝔽, return "Infinity".
  if (std::isinf(x)) return u"Infinity";
  // Radix ≠ 10 always uses the positional form of step 6; the digits come
  // from NonDecimalDigits, which already places the radix point.
  if (radix != 10) return builtins::NumberToStringRadix(x, radix);
  // 5. Let n, k, and s be integers such that k ≥ 1, radix^(k - 1) ≤ s < radix^k,
  //    𝔽(s × radix^(n - k)) is x, and k is as small as possible.
  std::string s;
  int n = 0;
  ShortestDecimalDigits(x, s, n);
  int k = static_cast<int>(s.size());
  std::string result;
  // 6. If radix ≠ 10 or n is in the inclusive interval from -5 to 21, then
  if (n >= -5 && n <= 21) {
    // a. If n ≥ k, then
    if (n >= k) {
      // i. Return the string-concatenation of the k digits of s and n - k
      //    occurrences of the code unit 0x0030 (DIGIT ZERO).
      result = s + std::string(n - k, '0');
    } else if (n > 0) {
      // b. If n > 0, then
      //   i. Return the string-concatenation of the most significant n digits
      //      of s, the code unit 0x002E (FULL STOP), and the remaining k - n digits.
      result = s.substr(0, n) + "." + s.substr(n);
    } else {
      // c. Assert: n ≤ 0.
      // d. Return the string-concatenation of "0", ".", -n occurrences of
      //    "0", and the k digits of s.
      result = "0." + std::string(-n, '0') + s;
    }
    return Widen(result);
  }
  // 7. NOTE: In this case, the input will be represented using scientific E
  //    notation, such as 1.2e+3.
  // 8. Assert: radix is 10.
  // 9. If n < 0, then
  //   a. Let exponentSign be the code unit 0x002D (HYPHEN-MINUS).
  // 10. Else,
  //   a. Let exponentSign be the code unit 0x002B (PLUS SIGN).
  char exponent_sign = n < 0 ? '-' : '+';
  std::string exponent = std::to_string(std::abs(n - 1));
  // 11. If k = 1, then
  if (k == 1) {
    // a. Return the string-concatenation of the single digit of s, "e",
    //    exponentSign, and the decimal representation of abs(n - 1).
    result = s + "e" + exponent_sign + exponent;
    return Widen(result);
  }
  // 12. Return the string-concatenation of the most significant digit of s,
  //     ".", the remaining k - 1 digits, "e", exponentSign, and abs(n - 1).
  result = s.substr(0, 1) + "." + s.substr(1) + "e" + exponent_sign + exponent;
  return Widen(result);
}

}  // namespace Number

// StrWhiteSpaceChar ::: WhiteSpace | LineTerminator
// WhiteSpace: TAB, VT, FF, ZWNBSP, and any code point in general category
// "Space_Separator" (Zs); LineTerminator: LF, CR, LS, PS.
bool IsStrWhiteSpaceChar(char16_t c) { return builtins::IsWhiteSpaceOrLineTerminator(c); }

namespace {

int DigitValue(char16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// MV of a NonDecimalIntegerLiteral's digits, correctly rounded to a double:
// the digits are re-expressed in hexadecimal and given to from_chars.
std::optional<double> NonDecimalIntegerValue(std::u16string_view digits, int radix) {
  if (digits.empty()) return std::nullopt;
  int bits_per_digit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
  std::string bits;  // most significant first
  for (char16_t c : digits) {
    int value = DigitValue(c);
    if (value >= radix) return std::nullopt;
    for (int bit = bits_per_digit - 1; bit >= 0; --bit) bits.push_back(((value >> bit) & 1) ? '1' : '0');
  }
  while (bits.size() % 4 != 0) bits.insert(bits.begin(), '0');
  std::string hex;
  for (size_t i = 0; i < bits.size(); i += 4) {
    int nibble = (bits[i] - '0') * 8 + (bits[i + 1] - '0') * 4 + (bits[i + 2] - '0') * 2 + (bits[i + 3] - '0');
    hex.push_back(kDigits[nibble]);
  }
  double value = 0;
  auto result = std::from_chars(hex.data(), hex.data() + hex.size(), value, std::chars_format::hex);
  if (result.ec == std::errc::result_out_of_range) return std::numeric_limits<double>::infinity();
  return value;
}

// StrUnsignedDecimalLiteral (without the `Infinity` alternative); returns
// nullopt if `text` does not match the production exactly.
std::optional<double> UnsignedDecimalValue(std::u16string_view text) {
  size_t i = 0;
  auto digits = [&]() {
    size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i - start;
  };
  size_t integer_digits = digits();
  size_t fraction_digits = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    fraction_digits = digits();
  }
  if (integer_digits == 0 && fraction_digits == 0) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (digits() == 0) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  // The text is now known to be ASCII digits, '.', 'e', signs.
  std::string ascii(text.begin(), text.end());
  double value = 0;
  auto result = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value,
                                std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) {
    // Too large or too small for a double: decide which by the decimal
    // exponent of the first significant digit. (RoundMVResult then 𝔽.)
    size_t first_significant = ascii.find_first_of("123456789");
    if (first_significant == std::string::npos) return 0.0;
    size_t point = ascii.find('.');
    size_t exponent_at = ascii.find_first_of("eE");
    size_t mantissa_end = exponent_at == std::string::npos ? ascii.size() : exponent_at;
    if (point == std::string::npos || point > mantissa_end) point = mantissa_end;
    long long position = static_cast<long long>(point) - static_cast<long long>(first_significant);
    if (first_significant > point) ++position;  // the '.' is not a digit
    long long exponent = 0;
    if (exponent_at != std::string::npos) {
      bool negative = ascii[exponent_at + 1] == '-';
      for (size_t j = exponent_at + 1; j < ascii.size(); ++j) {
        if (ascii[j] >= '0' && ascii[j] <= '9') exponent = std::min(exponent * 10 + (ascii[j] - '0'), 1LL << 40);
      }
      if (negative) exponent = -exponent;
    }
    return position + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  assert(result.ec == std::errc() && result.ptr == ascii.data() + ascii.size());
  return value;
}

}  // namespace

// 7.1.4.1.1 StringToNumber ( str )
// https://tc39.es/ecma262/#sec-stringtonumber
double StringToNumber(std::u16string_view string) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  // 1. Let literal be ParseText(str, StringNumericLiteral).
  //    StringNumericLiteral ::: StrWhiteSpace? StrNumericLiteral StrWhiteSpace?
  while (!string.empty() && IsStrWhiteSpaceChar(string.front())) string.remove_prefix(1);
  while (!string.empty() && IsStrWhiteSpaceChar(string.back())) string.remove_suffix(1);
  // StringNumericLiteral ::: StrWhiteSpace?  — StringNumericValue is +0𝔽.
  if (string.empty()) return 0.0;
  // StrNumericLiteral ::: NonDecimalIntegerLiteral[~Sep]
  //   StringNumericValue is 𝔽(MV of NonDecimalIntegerLiteral).
  if (string.size() >= 2 && string[0] == '0') {
    int radix = 0;
    switch (string[1]) {
      case 'x':
      case 'X':
        radix = 16;
        break;
      case 'o':
      case 'O':
        radix = 8;
        break;
      case 'b':
      case 'B':
        radix = 2;
        break;
    }
    if (radix != 0) {
      // 2. If literal is a List of errors, return NaN.
      std::optional<double> value = NonDecimalIntegerValue(string.substr(2), radix);
      return value ? *value : kNaN;
    }
  }
  // StrDecimalLiteral ::: StrUnsignedDecimalLiteral | + StrUnsigned... | - StrUnsigned...
  bool negative = false;
  if (string[0] == '+' || string[0] == '-') {
    negative = string[0] == '-';
    string.remove_prefix(1);
  }
  std::optional<double> magnitude;
  // StrUnsignedDecimalLiteral ::: Infinity  — StringNumericValue is +∞𝔽.
  if (string == u"Infinity") {
    magnitude = std::numeric_limits<double>::infinity();
  } else {
    magnitude = UnsignedDecimalValue(string);
  }
  // 2. If literal is a List of errors, return NaN.
  if (!magnitude) return kNaN;
  // 3. Return the StringNumericValue of literal.
  //    StrDecimalLiteral ::: - StrUnsignedDecimalLiteral
  //      1. Let a be the StringNumericValue of StrUnsignedDecimalLiteral.
  //      2. If a is +0𝔽, return -0𝔽.
  //      3. Return -a.
  return negative ? -*magnitude : *magnitude;
}

}  // namespace async_runtime::interpreter
