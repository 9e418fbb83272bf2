#include "harness/report/escape.h"

#include <gtest/gtest.h>

#include <string>

namespace async_runtime::harness::report {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

TEST(RepairUtf8Test, KeepsWellFormedText) {
  const std::string text = "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF";
  EXPECT_EQ(RepairUtf8(text), text);
}

TEST(RepairUtf8Test, ReplacesEachBadByte) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), std::string("a") + kReplacement + "b");
  // Overlong "/", an encoded surrogate, above U+10FFFF, cut short.
  EXPECT_EQ(RepairUtf8("\xC0\xAF"), std::string(kReplacement) + kReplacement);
  EXPECT_EQ(RepairUtf8("\xED\xA0\x80"),
            std::string(kReplacement) + kReplacement + kReplacement);
  EXPECT_EQ(RepairUtf8("\xF4\x90\x80\x80"),
            std::string(kReplacement) + kReplacement + kReplacement +
                kReplacement);
  EXPECT_EQ(RepairUtf8("x\xE2\x82"),
            std::string("x") + kReplacement + kReplacement);
  EXPECT_EQ(RepairUtf8("\x80"), kReplacement);
}

TEST(XmlEscapeTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(XmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
  EXPECT_EQ(XmlEscape("]]>"), "]]&gt;");
}

TEST(XmlEscapeTest, KeepsWhitespaceAsCharacterReferences) {
  EXPECT_EQ(XmlEscape("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
}

TEST(XmlEscapeTest, MakesForbiddenCharactersVisible) {
  EXPECT_EQ(XmlEscape(std::string("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(XmlEscape("\x01\x08\x0B\x0C\x1B\x1F"),
            "\\x01\\x08\\x0B\\x0C\\x1B\\x1F");
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBE|\xEF\xBF\xBF"), "\\uFFFE|\\uFFFF");
  // DEL and U+FFFD are allowed in XML 1.0.
  EXPECT_EQ(XmlEscape("\x7F\xEF\xBF\xBD"), "\x7F\xEF\xBF\xBD");
}

TEST(XmlEscapeTest, RepairsIllFormedUtf8) {
  EXPECT_EQ(XmlEscape("<\xFF>"), std::string("&lt;") + kReplacement + "&gt;");
}

TEST(HtmlEscapeTest, EscapesMarkupQuotesAndControls) {
  EXPECT_EQ(HtmlEscape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("\"&amp;\""), "&quot;&amp;amp;&quot;");
  EXPECT_EQ(HtmlEscape("a\nb\tc"), "a\nb\tc");
  EXPECT_EQ(HtmlEscape(std::string("\0\x1B\x7F", 3)), "\\x00\\x1B\\x7F");
  EXPECT_EQ(HtmlEscape("\xC3"), kReplacement);
}

TEST(MarkdownEscapeTest, EscapesInlinePunctuationAndHtml) {
  EXPECT_EQ(MarkdownEscape("a|b *c* _d_ `e` [f] ~g~ \\"),
            "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\~g\\~ \\\\");
  EXPECT_EQ(MarkdownEscape("<b>&"), "&lt;b&gt;&amp;");
  EXPECT_EQ(MarkdownEscape("line1\nline2\r\tx"), "line1 line2  x");
  EXPECT_EQ(MarkdownEscape("\x1B[31m"), "\\x1B\\[31m");
}

TEST(MarkdownCodeTest, ChoosesALongerFence) {
  EXPECT_EQ(MarkdownCode("a.js"), "`a.js`");
  EXPECT_EQ(MarkdownCode("a`b"), "``a`b``");
  EXPECT_EQ(MarkdownCode("``x"), "``` ``x ```");
  EXPECT_EQ(MarkdownCode("a|b\nc"), "`a\\|b c`");
}

TEST(VisibleTextTest, ShowsEveryControl) {
  EXPECT_EQ(VisibleText("a\nb\x1B[0m\x7F"), "a\\x0Ab\\x1B[0m\\x7F");
  EXPECT_EQ(VisibleText("\xFF"), kReplacement);
}

TEST(FragmentEncodeTest, EncodesWhatWouldBreakALink) {
  EXPECT_EQ(FragmentEncode("sec-promise.all"), "sec-promise.all");
  EXPECT_EQ(FragmentEncode("sec-%typedarray%.prototype"),
            "sec-%25typedarray%25.prototype");
  EXPECT_EQ(FragmentEncode("a (b)\"<'"), "a%20%28b%29%22%3C%27");
  EXPECT_EQ(FragmentEncode("https://tc39.es/ecma262/"),
            "https://tc39.es/ecma262/");
}

TEST(ShortMessageTest, KeepsTheFirstLine) {
  EXPECT_EQ(ShortMessage("one line", 100), "one line");
  EXPECT_EQ(ShortMessage("first\nsecond", 100), "first\xE2\x80\xA6");
  EXPECT_EQ(ShortMessage("first\n", 100), "first");
  EXPECT_EQ(ShortMessage("", 100), "");
}

TEST(ShortMessageTest, CutsOnACharacterBoundary) {
  EXPECT_EQ(ShortMessage("abcdef", 3), "abc\xE2\x80\xA6");
  // "é" is two bytes; a cut inside it backs up before it.
  EXPECT_EQ(ShortMessage("ab\xC3\xA9", 3), "ab\xE2\x80\xA6");
  EXPECT_EQ(ShortMessage("ab\xC3\xA9", 4), "ab\xC3\xA9");
}

}  // namespace
}  // namespace async_runtime::harness::report
