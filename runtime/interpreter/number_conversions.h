// Conversions between Numbers and Strings: Number::toString and
// StringToNumber, on UTF-16 code units (the engine's String representation).
#pragma once

#include <string>
#include <string_view>

namespace async_runtime::interpreter {

namespace Number {

// 6.1.6.1.20 Number::toString ( x, radix )
// https://tc39.es/ecma262/#sec-numeric-types-number-tostring
// For radix 10 the digits are the shortest that round-trip (std::to_chars),
// as the spec's recommended alternative of step 5 asks; for other radices
// they are the shortest that round-trip too, ties rounded to even digits.
std::u16string toString(double x, int radix = 10);

}  // namespace Number

// 7.1.4.1.1 StringToNumber ( str )
// https://tc39.es/ecma262/#sec-stringtonumber
double StringToNumber(std::u16string_view string);

// True for the code units of StrWhiteSpaceChar (WhiteSpace or
// LineTerminator, 12.2 and 12.3), which String.prototype.trim also uses.
bool IsStrWhiteSpaceChar(char16_t code_unit);

}  // namespace async_runtime::interpreter
