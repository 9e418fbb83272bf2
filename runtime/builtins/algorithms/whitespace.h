// The white space that String.prototype.trim, parseInt and parseFloat skip:
// the union of WhiteSpace (12.2) and LineTerminator (12.3), which is also
// StrWhiteSpaceChar (7.1.4.1).
#pragma once

#include <string_view>

namespace async_runtime::builtins {

// WhiteSpace: <TAB> <VT> <FF> <ZWNBSP> <USP> (any code point of general
// category Zs). LineTerminator: <LF> <CR> <LS> <PS>.
// https://tc39.es/ecma262/#sec-white-space
// https://tc39.es/ecma262/#sec-line-terminators
// Every one of them is in the BMP, so testing one code unit is exact: a
// surrogate is never white space.
bool IsWhiteSpaceOrLineTerminator(char16_t code_unit);

// Where TrimString removes white space.
enum class TrimWhere { kStart, kEnd, kStartAndEnd };

// 22.1.3.32.1 TrimString ( arg, where ), steps 3-6, on a String already
// converted: the caller does RequireObjectCoercible and ToString.
// https://tc39.es/ecma262/#sec-trimstring
std::u16string_view TrimString(std::u16string_view string, TrimWhere where);

}  // namespace async_runtime::builtins
