#include "runtime/builtins/algorithms/whitespace.h"

#include <string>

#include <gtest/gtest.h>

namespace async_runtime::builtins {
namespace {

// WhiteSpace and LineTerminator, as Test262's String/prototype/trim and
// parseInt/parseFloat whitespace tests list them (Unicode 15 Zs).
constexpr char16_t kWhiteSpace[] = {
    0x0009, 0x000B, 0x000C, 0xFEFF, 0x0020, 0x00A0, 0x1680, 0x2000, 0x2001,
    0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
    0x202F, 0x205F, 0x3000, 0x000A, 0x000D, 0x2028, 0x2029};

TEST(IsWhiteSpaceOrLineTerminator, TheWholeSet) {
  int count = 0;
  for (char32_t c = 0; c <= 0xFFFF; ++c) {
    bool expected = false;
    for (char16_t w : kWhiteSpace) expected = expected || w == c;
    EXPECT_EQ(expected, IsWhiteSpaceOrLineTerminator(static_cast<char16_t>(c)))
        << std::hex << static_cast<int>(c);
    count += IsWhiteSpaceOrLineTerminator(static_cast<char16_t>(c));
  }
  EXPECT_EQ(25, count);
}

TEST(IsWhiteSpaceOrLineTerminator, NotWhiteSpace) {
  // U+180E MONGOLIAN VOWEL SEPARATOR left Zs in Unicode 6.3 (Test262 u180e).
  EXPECT_FALSE(IsWhiteSpaceOrLineTerminator(0x180E));
  EXPECT_FALSE(IsWhiteSpaceOrLineTerminator(0x200B));  // ZERO WIDTH SPACE, Cf
  EXPECT_FALSE(IsWhiteSpaceOrLineTerminator(0x0085));  // NEL, not a LineTerminator
  EXPECT_FALSE(IsWhiteSpaceOrLineTerminator(u'a'));
}

TEST(TrimString, Where) {
  const std::u16string text = u"\uFEFF\t a b \u3000\u2029";
  EXPECT_EQ(u"a b \u3000\u2029", TrimString(text, TrimWhere::kStart));
  EXPECT_EQ(u"\uFEFF\t a b", TrimString(text, TrimWhere::kEnd));
  EXPECT_EQ(u"a b", TrimString(text, TrimWhere::kStartAndEnd));
  EXPECT_EQ(u"", TrimString(u" \n\r ", TrimWhere::kStartAndEnd));
  EXPECT_EQ(u"", TrimString(u" \n\r ", TrimWhere::kStart));
  EXPECT_EQ(u"", TrimString(u"", TrimWhere::kEnd));
  EXPECT_EQ(u"\u180Ex\u180E", TrimString(u"\u180Ex\u180E", TrimWhere::kStartAndEnd));
}

}  // namespace
}  // namespace async_runtime::builtins
