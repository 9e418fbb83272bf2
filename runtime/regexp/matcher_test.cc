// The backtracking matcher (22.2.2 Pattern Semantics) on parsed patterns.
#include "runtime/regexp/matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "runtime/regexp/regexp_syntax.h"

namespace async_runtime::regexp {
namespace {

std::u16string U16(std::string_view ascii) { return std::u16string(ascii.begin(), ascii.end()); }

CompiledPattern CompileOrDie(std::u16string_view source, std::string_view flag_text) {
  std::optional<RegExpFlags> flags = ParseFlags(U16(flag_text));
  EXPECT_TRUE(flags.has_value());
  auto parsed = ParsePattern(source, *flags);
  EXPECT_TRUE(std::holds_alternative<RegExpPattern>(parsed));
  auto compiled = CompilePattern(std::get<RegExpPattern>(parsed), *flags);
  EXPECT_TRUE(std::holds_alternative<CompiledPattern>(compiled));
  return std::get<CompiledPattern>(std::move(compiled));
}

// The captures of the first match as "start-end" pairs ("u" for undefined),
// or "null".
std::string Exec(std::u16string_view source, std::u16string_view input, std::string_view flags = "") {
  CompiledPattern pattern = CompileOrDie(source, flags);
  MatchOutcome outcome = Search(pattern, input, 0, false);
  if (outcome.status == MatchStatus::kLimitExceeded) return "limit";
  if (outcome.status != MatchStatus::kMatched) return "null";
  std::string out;
  for (size_t i = 0; i <= pattern.capture_count; ++i) {
    if (i) out += ",";
    if (!outcome.result.defined(i)) {
      out += "u";
    } else {
      out += std::to_string(outcome.result.start(i)) + "-" + std::to_string(outcome.result.end(i));
    }
  }
  return out;
}

std::string Exec(std::string_view source, std::string_view input, std::string_view flags = "") {
  return Exec(U16(source), U16(input), flags);
}

TEST(MatcherTest, CharactersAndAlternatives) {
  EXPECT_EQ(Exec("b", "abc"), "1-2");
  EXPECT_EQ(Exec("x", "abc"), "null");
  EXPECT_EQ(Exec("a|ab", "abc"), "0-1");
  EXPECT_EQ(Exec("((a)|(ab))((c)|(bc))", "abc"), "0-3,0-1,0-1,u,1-3,u,1-3");
  EXPECT_EQ(Exec("", "abc"), "0-0");
}

TEST(MatcherTest, Quantifiers) {
  EXPECT_EQ(Exec("a*", "aaab"), "0-3");
  EXPECT_EQ(Exec("a*?", "aaab"), "0-0");
  EXPECT_EQ(Exec("a+?b", "aaab"), "0-4");
  EXPECT_EQ(Exec("a{2,3}", "aaaa"), "0-3");
  EXPECT_EQ(Exec("a{2,3}?", "aaaa"), "0-2");
  EXPECT_EQ(Exec("(z)((a+)?(b+)?(c))*", "zaacbbbcac"), "0-10,0-1,8-10,8-9,u,9-10");
  EXPECT_EQ(Exec("(a*)*", "b"), "0-0,u");
  EXPECT_EQ(Exec("(a*)+", "b"), "0-0,0-0");
  EXPECT_EQ(Exec("(a*)b\\1+", "baaaac"), "0-1,0-0");
  EXPECT_EQ(Exec("(?:a|b)*c", "ababc"), "0-5");
  EXPECT_EQ(Exec("a{0}", "a"), "0-0");
}

TEST(MatcherTest, Assertions) {
  EXPECT_EQ(Exec("^b", "a\nb"), "null");
  EXPECT_EQ(Exec("^b", "a\nb", "m"), "2-3");
  EXPECT_EQ(Exec("a$", "a\nb", "m"), "0-1");
  EXPECT_EQ(Exec("\\bb", "a b"), "2-3");
  EXPECT_EQ(Exec("\\Bb", "ab"), "1-2");
  EXPECT_EQ(Exec("a.c", "a\nc"), "null");
  EXPECT_EQ(Exec("a.c", "a\nc", "s"), "0-3");
}

TEST(MatcherTest, Lookarounds) {
  EXPECT_EQ(Exec("(?=(a+))a*b\\1", "baaabac"), "3-6,3-4");
  EXPECT_EQ(Exec("(.*?)a(?!(a+)b\\2c)\\2(.*)", "baaabaac"), "0-8,0-2,u,3-8");
  EXPECT_EQ(Exec("(?<=\\$)\\d+", "cost $42"), "6-8");
  EXPECT_EQ(Exec("(?<!\\$)\\d+", "$42"), "2-3");
  EXPECT_EQ(Exec("(?<=(\\d+)(\\d+))$", "1053"), "4-4,0-1,1-4");
  EXPECT_EQ(Exec("(?<=\\1(a))b", "aab"), "2-3,1-2");
}

TEST(MatcherTest, ClassesAndCase) {
  EXPECT_EQ(Exec("[a-c]+", "xxbcaz"), "2-5");
  EXPECT_EQ(Exec("[^a-c]+", "abxyc"), "2-4");
  EXPECT_EQ(Exec("\\d+\\s\\w+", "x 12 ab"), "2-7");
  EXPECT_EQ(Exec("ABC", "xabc", "i"), "1-4");
  EXPECT_EQ(Exec("[A-C]+", "xabc", "i"), "1-4");
  EXPECT_EQ(Exec(u"\u017F", u"s", "i"), "null");
  EXPECT_EQ(Exec(u"\u017F", u"s", "iu"), "0-1");
  EXPECT_EQ(Exec(u"\\w", u"\u017F", "iu"), "0-1");
  EXPECT_EQ(Exec(u"\\W", u"\u017F", "iu"), "null");
  EXPECT_EQ(Exec("(a)\\1", "aA", "i"), "0-2,0-1");
  EXPECT_EQ(Exec("(?i:a)b", "AbAB"), "0-2");
}

TEST(MatcherTest, UnicodeMode) {
  EXPECT_EQ(Exec(u".", u"\U0001F600", "u"), "0-2");
  EXPECT_EQ(Exec(u".", u"\U0001F600"), "0-1");
  EXPECT_EQ(Exec(u"^[\U0001F600-\U0001F601]$", u"\U0001F601", "u"), "0-2");
  EXPECT_EQ(Exec(u"\\p{Script=Greek}+", u"a\u03B1\u03B2", "u"), "1-3");
  EXPECT_EQ(Exec(u"\\P{L}", u"ab1", "u"), "2-3");
  EXPECT_EQ(Exec(u"\\udf06", std::u16string{0xD834, 0xDF06}, "u"), "null");
}

TEST(MatcherTest, UnicodeSets) {
  EXPECT_EQ(Exec("[\\w--\\d]+", "12ab3", "v"), "2-4");
  EXPECT_EQ(Exec("[\\w&&[a-c]]+", "xabz", "v"), "1-3");
  EXPECT_EQ(Exec("[\\q{abc|a}]", "abc", "v"), "0-3");
  EXPECT_EQ(Exec("[^[a-c]]", "abd", "v"), "2-3");
}

TEST(MatcherTest, NamedGroups) {
  EXPECT_EQ(Exec("(?<x>a)\\k<x>", "aa"), "0-2,0-1");
  EXPECT_EQ(Exec("(?:(?<x>a)|(?<x>b))\\k<x>", "bb"), "0-2,u,0-1");
}

TEST(MatcherTest, LongInputsDoNotOverflow) {
  std::u16string input(200000, u'a');
  EXPECT_EQ(Exec(u"(?:a|b)*$", input), "0-200000");
  EXPECT_EQ(Exec(u"(a)*$", input), "0-200000,199999-200000");
}

TEST(MatcherTest, PropertyEscapesUseUnicode17) {
  // U+0897 ARABIC PEPET (16.0) is Alphabetic; U+10940 is Sidetic (17.0),
  // as U+D802 U+DD40.
  EXPECT_EQ(Exec(u"\\p{Alphabetic}", u"\u0897", "u"), "0-1");
  EXPECT_EQ(Exec(u"^\\p{sc=Sidt}$", u"\xD802\xDD40", "u"), "0-2");
  EXPECT_EQ(Exec(u"^\\P{Script=Sidetic}$", u"\xD802\xDD40", "u"), "null");
  EXPECT_EQ(Exec(u"^\\p{Cn}$", u"\xD802\xDD40", "u"), "null");
  EXPECT_EQ(Exec(u"^[\\p{Lu}--[A-Y]]+$", u"Z\u00C0", "v"), "0-2");
  // Properties of strings match the longest string first.
  EXPECT_EQ(Exec(u"^\\p{RGI_Emoji}$", u"#\xFE0F\x20E3", "v"), "0-3");
  EXPECT_EQ(Exec(u"^\\p{RGI_Emoji_Flag_Sequence}$", u"\xD83C\xDDFA\xD83C\xDDF8", "v"), "0-4");
}

TEST(MatcherTest, UnicodeIgnoreCaseUsesCaseFolding17) {
  // CaseFolding.txt 15.1 folds U+1FD3 onto U+0390 and U+FB05 onto U+FB06.
  EXPECT_EQ(Exec(u"[\u0390]", u"\u1FD3", "ui"), "0-1");
  EXPECT_EQ(Exec(u"[\u1FD3]", u"\u0390", "ui"), "0-1");
  EXPECT_EQ(Exec(u"\uFB05", u"\uFB06", "ui"), "0-1");
  EXPECT_EQ(Exec(u"\u0390", u"\u1FD3", "u"), "null");
  EXPECT_EQ(Exec(u"\\u{10D50}", u"\xD803\xDD70", "ui"), "0-2");
}

}  // namespace
}  // namespace async_runtime::regexp
