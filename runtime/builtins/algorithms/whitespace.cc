#include "runtime/builtins/algorithms/whitespace.h"

#include <unicode/uchar.h>

namespace async_runtime::builtins {

bool IsWhiteSpaceOrLineTerminator(char16_t code_unit) {
  switch (code_unit) {
    case u'\t':      // <TAB>
    case u'\v':      // <VT>
    case u'\f':      // <FF>
    case u'\uFEFF':  // <ZWNBSP>
    case u'\n':      // <LF>
    case u'\r':      // <CR>
    case u'\u2028':  // <LS>
    case u'\u2029':  // <PS>
      return true;
    default:
      // <USP>: any code point in general category "Space_Separator" (Zs),
      // from ICU's tables so the set follows the Unicode version.
      return u_charType(code_unit) == U_SPACE_SEPARATOR;
  }
}

// 22.1.3.32.1 TrimString ( arg, where )
// https://tc39.es/ecma262/#sec-trimstring
std::u16string_view TrimString(std::u16string_view string, TrimWhere where) {
  // 1-2. RequireObjectCoercible and ToString are the caller's.
  std::size_t begin = 0;
  std::size_t end = string.size();
  // 3. If where is start, let trimmedString be a copy of string with leading
  //    white space removed.
  // 4. Else if where is end, ... trailing white space removed.
  // 5. Else, ... both leading and trailing white space removed.
  if (where != TrimWhere::kEnd) {
    while (begin < end && IsWhiteSpaceOrLineTerminator(string[begin])) ++begin;
  }
  if (where != TrimWhere::kStart) {
    while (end > begin && IsWhiteSpaceOrLineTerminator(string[end - 1])) --end;
  }
  // 6. Return trimmedString.
  return string.substr(begin, end - begin);
}

}  // namespace async_runtime::builtins
