#include "runtime/regexp/regexp_syntax.h"

#include <gtest/gtest.h>

#include <string>

namespace async_runtime::regexp {
namespace {

// UTF-8 test text to the UTF-16 code units of a pattern.
std::u16string Utf16(std::string_view utf8) {
  std::u16string out;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = utf8[i];
    char32_t cp;
    size_t length;
    if (c < 0x80) {
      cp = c;
      length = 1;
    } else if (c < 0xE0) {
      cp = c & 0x1F;
      length = 2;
    } else if (c < 0xF0) {
      cp = c & 0x0F;
      length = 3;
    } else {
      cp = c & 0x07;
      length = 4;
    }
    for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    i += length;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

RegExpFlags Flags(std::string_view flags) {
  std::optional<RegExpFlags> parsed = ParseFlags(Utf16(flags));
  EXPECT_TRUE(parsed.has_value()) << flags;
  return parsed.value_or(RegExpFlags{});
}

std::optional<PatternSyntaxError> Validate(std::u16string_view pattern, std::string_view flags) {
  return ValidatePattern(pattern, Flags(flags));
}

// Non-Unicode (Annex B), u and v: the three grammars.
constexpr std::string_view kAllModes[] = {"", "u", "v"};
constexpr std::string_view kUnicodeModes[] = {"u", "v"};

#define EXPECT_VALID(pattern, flags)                                                       \
  do {                                                                                      \
    auto error = Validate(Utf16(pattern), flags);                                           \
    EXPECT_FALSE(error.has_value()) << "/" << (pattern) << "/" << (flags) << ": "          \
                                    << (error ? error->message : std::string());            \
  } while (0)

#define EXPECT_INVALID(pattern, flags)                                                            \
  do {                                                                                             \
    EXPECT_TRUE(Validate(Utf16(pattern), flags).has_value()) << "/" << (pattern) << "/" << (flags); \
  } while (0)

// ----------------------------------------------------------------- flags

TEST(ParseFlagsTest, AcceptsEachFlagOnce) {
  std::optional<RegExpFlags> flags = ParseFlags(u"dgimsuy");
  ASSERT_TRUE(flags.has_value());
  EXPECT_TRUE(flags->has_indices);
  EXPECT_TRUE(flags->global);
  EXPECT_TRUE(flags->ignore_case);
  EXPECT_TRUE(flags->multiline);
  EXPECT_TRUE(flags->dot_all);
  EXPECT_TRUE(flags->unicode);
  EXPECT_FALSE(flags->unicode_sets);
  EXPECT_TRUE(flags->sticky);

  flags = ParseFlags(u"vg");
  ASSERT_TRUE(flags.has_value());
  EXPECT_TRUE(flags->unicode_sets);
  EXPECT_TRUE(flags->global);
  EXPECT_FALSE(flags->unicode);

  flags = ParseFlags(u"");
  ASSERT_TRUE(flags.has_value());
  EXPECT_FALSE(flags->global);
}

TEST(ParseFlagsTest, RejectsUnknownRepeatedAndUWithV) {
  const std::u16string_view invalid[] = {u"uv", u"vu", u"gg", u"ii", u"dd", u"vv",
                                         u"z",  u"G",  u"U",  u" ",  u"g ", u"x",
                                         u"l",  std::u16string_view(u"g\0", 2)};
  for (std::u16string_view flags : invalid) {
    EXPECT_FALSE(ParseFlags(flags).has_value());
  }
}

TEST(ValidatePatternTest, UAndVTogetherAreAnError) {
  RegExpFlags flags;
  flags.unicode = true;
  flags.unicode_sets = true;
  EXPECT_TRUE(ValidatePattern(u"a", flags).has_value());
}

// -------------------------------------------------- terms and quantifiers

TEST(ValidatePatternTest, SimplePatternsInEveryMode) {
  for (std::string_view flags : kAllModes) {
    for (const char* pattern : {"", "a", "abc", "a|b", "|", "a||b", "^a$", "\\ba\\B", ".", "a*", "a+?", "a??",
                                "a{2}", "a{2,}", "a{2,3}?", "a{0,0}", "(a)", "(?:a)", "(?=a)", "(?!a)", "(?<=a)",
                                "(?<!a)", "(a(b(c)))", "\\d\\D\\s\\S\\w\\W", "\\f\\n\\r\\t\\v", "\\cA\\cz",
                                "\\0", "\\x41", "\\u0041", "[]", "[^]", "[abc]", "[^a]", "[a-z]", "\\/", "\\^\\$",
                                "\\\\", "\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|", "a{1}b{1,}c{1,2}"}) {
      EXPECT_VALID(pattern, flags);
    }
  }
}

TEST(ValidatePatternTest, NothingToRepeatInEveryMode) {
  for (std::string_view flags : kAllModes) {
    for (const char* pattern : {"*", "+", "?", "a**", "a+++", "a???", "^*", "$+", "\\b*", "\\B?", "|*", "(*)",
                                "(?:+)", "(?<=a)*", "(?<!a)+", "(?<=a){1}", "(?<!a)?", "x{1}{1,}", "a{1}*",
                                "{1}", "{1,}", "{1,2}", "a|{2}", "(", ")", "a)", "(a", "((a)", "[", "[a", "\\",
                                "a\\", "(?", "(?a)", "(?<", "(?<=a"}) {
      EXPECT_INVALID(pattern, flags);
    }
  }
}

TEST(ValidatePatternTest, QuantifierRangeOutOfOrder) {
  // 22.2.1.1 QuantifierPrefix :: { DecimalDigits , DecimalDigits }
  for (std::string_view flags : kAllModes) {
    EXPECT_INVALID("a{2,1}", flags);
    EXPECT_INVALID("a{10,9}", flags);
    EXPECT_INVALID("a{99999999999999999999999,99999999999999999999998}", flags);
    EXPECT_VALID("a{1,1}", flags);
    EXPECT_VALID("a{0009,10}", flags);
    EXPECT_VALID("a{99999999999999999999998,99999999999999999999999}", flags);
    EXPECT_VALID("a{0000000000000000000000000001,2}", flags);
  }
}

// --------------------------------------------------------- Annex B (B.1.2)

TEST(AnnexBTest, BracesAndBracketsAreLiteralCharacters) {
  for (const char* pattern : {"{", "}", "]", "a{", "a{1", "a{1,", "a{,5}", "a{a}", "{a}", "x{1,2", "]{2}", "}+",
                              "a{}", "{,}", "^{", "\\b{"}) {
    EXPECT_VALID(pattern, "");
    EXPECT_INVALID(pattern, "u");
    EXPECT_INVALID(pattern, "v");
  }
}

TEST(AnnexBTest, InvalidBracedQuantifier) {
  // B.1.2.1: ExtendedAtom :: InvalidBracedQuantifier.
  for (const char* pattern : {"{1}", "{1,}", "{1,2}", "{2,1}", "a|{1}", "({1})", "^{1}", "\\b{2}", "(?<=a){1}"}) {
    EXPECT_INVALID(pattern, "");
  }
}

TEST(AnnexBTest, QuantifiableLookaheads) {
  for (const char* pattern : {"(?=a)*", "(?=a)+", "(?!a)?", "(?=a){2}", "(?!a){1,3}?"}) {
    EXPECT_VALID(pattern, "");
    EXPECT_INVALID(pattern, "u");
    EXPECT_INVALID(pattern, "v");
  }
}

TEST(AnnexBTest, ControlEscapeQuirks) {
  // \c not followed by a letter is the ExtendedAtom `\` [lookahead = c].
  for (const char* pattern : {"\\c", "\\c1", "\\c_", "\\c*", "\\c\\\\", "a\\c", "\\c ", "\\c\u00e9"}) {
    EXPECT_VALID(pattern, "");
    EXPECT_INVALID(pattern, "u");
  }
  // ClassEscape :: c ClassControlLetter, and ClassAtomNoDash :: \ [lookahead = c].
  for (const char* pattern : {"[\\c1]", "[\\c_]", "[\\c]", "[\\c-]", "[\\c*]", "[\\c0-\\c9]", "[\\c!-\\c#]"}) {
    EXPECT_VALID(pattern, "");
    EXPECT_INVALID(pattern, "u");
  }
  // CharacterValue: \c1 is U+0011, \c_ is U+001F, [\c] is U+005C.
  EXPECT_VALID("[\\c1-\\c_]", "");
  EXPECT_INVALID("[\\c_-\\c1]", "");
  EXPECT_VALID("[\\c-c]", "");    // `\`, then the range c-c
  EXPECT_INVALID("[\\c-\\c]", "");  // `\`, then the range c-`\`, then c
  EXPECT_INVALID("[a-\\c]", "");  // `a` to `\` is out of order
}

TEST(AnnexBTest, LegacyOctalAndIdentityEscapes) {
  for (const char* pattern : {"\\1", "\\8", "\\9", "(a)\\2", "\\07", "\\377", "\\400", "\\777", "\\00", "\\08",
                              "[\\1]", "[\\8]", "[\\9]", "[\\00]", "[\\377]", "\\a", "\\e", "\\_", "\\-", "\\ ",
                              "\\u12", "\\x4", "\\xg1", "\\p", "\\P", "\\q", "\\k", "\\k<a>", "[\\k]",
                              "[\\B]", "\\\u00e9", "\\\u200c"}) {
    EXPECT_VALID(pattern, "");
    EXPECT_INVALID(pattern, "u");
  }
  // CharacterValue of LegacyOctalEscapeSequence in ranges.
  EXPECT_VALID("[\\1-\\7]", "");
  EXPECT_INVALID("[\\7-\\1]", "");
  EXPECT_VALID("[\\101-\\132]", "");  // A-Z
  EXPECT_INVALID("[\\132-\\101]", "");
  // \0 before 8 is the LegacyOctalEscapeSequence 0 [lookahead ∈ {8, 9}]:
  // the class is \0, then the range 8-\0 (out of order), then 9.
  EXPECT_INVALID("[\\08-\\09]", "");
  EXPECT_VALID("[\\0-\\08]", "");
}

TEST(AnnexBTest, ClassEscapesInRangesAreAllowed) {
  // B.1.2.1: IsCharacterClass in a range is only an error with [UnicodeMode].
  for (const char* pattern : {"[\\d-a]", "[a-\\d]", "[\\w-\\d]", "[\\s-z]", "[%-\\d]", "[--\\d]", "[\\d--]"}) {
    EXPECT_VALID(pattern, "");
    EXPECT_INVALID(pattern, "u");
  }
  EXPECT_VALID("[\\d-]", "u");  // `-` at the end is not a range
}

TEST(AnnexBTest, ReferenceToGroupNameMakesKStrict) {
  // B.1.2.9 ParsePattern: a GroupName anywhere switches to +NamedCaptureGroups.
  EXPECT_VALID("\\k", "");
  EXPECT_VALID("\\k<a>", "");
  EXPECT_VALID("(?<a>x)\\k<a>", "");
  EXPECT_VALID("\\k<a>(?<a>x)", "");
  EXPECT_INVALID("(?<a>x)\\k", "");
  EXPECT_INVALID("\\k(?<a>x)", "");
  EXPECT_INVALID("(?<a>x)\\k<b>", "");
  EXPECT_INVALID("(?<a>x)\\k<a", "");
  EXPECT_INVALID("(?<a>x)[\\k]", "");
  EXPECT_INVALID("(?<a>x)\\k<>", "");
}

TEST(AnnexBTest, SurrogatePairsAreCodeUnitsOutsideUnicodeMode) {
  // In non-Unicode mode [😀-😁] is \uD83D, \uDE00-\uD83D, \uDE01: out of order.
  EXPECT_INVALID("[😀-😁]", "");
  EXPECT_VALID("[😀-😁]", "u");
  EXPECT_VALID("[😀-😁]", "v");
  EXPECT_INVALID("[\\uD83D\\uDE00-\\uD83D\\uDE01]", "");
  EXPECT_VALID("[\\uD83D\\uDE00-\\uD83D\\uDE01]", "u");
  EXPECT_INVALID("[\\u{1F601}-\\u{1F600}]", "u");
  EXPECT_VALID("😀{2}", "");
  EXPECT_VALID("😀{2}", "u");
}

// ------------------------------------------------------------ Unicode mode

TEST(UnicodeModeTest, IdentityEscapesAreOnlySyntaxCharactersAndSolidus) {
  for (std::string_view flags : kUnicodeModes) {
    for (const char* pattern : {"\\^", "\\$", "\\\\", "\\.", "\\*", "\\+", "\\?", "\\(", "\\)", "\\[", "\\]",
                                "\\{", "\\}", "\\|", "\\/"}) {
      EXPECT_VALID(pattern, flags);
    }
    for (const char* pattern : {"\\a", "\\-", "\\_", "\\ ", "\\e", "\\k", "\\q", "\\c", "\\c1", "\\x4", "\\x",
                                "\\u", "\\u12", "\\u{}", "\\u{110000}", "\\u{FFFFFFFFF}", "\\u{1", "\\00", "\\01",
                                "\\8", "\\1", "\\p", "\\P", "\\p{", "\\p{}", "\\p{L", "\\\u00e9", "[\\c1]", "[\\1]",
                                "[\\8]", "[\\00]", "[\\B]", "[\\a]", "[\\k]"}) {
      EXPECT_INVALID(pattern, flags);
    }
  }
  EXPECT_VALID("[\\-]", "u");
  EXPECT_VALID("\\u{10FFFF}\\u{0}\\u{000000000041}", "u");
  EXPECT_VALID("\\uD83D\\uDE00{2}\\uD83D\\uDC00", "u");
  EXPECT_VALID("\\uD83D\\u0041\\uDE00", "u");  // lone surrogates by escape
}

TEST(UnicodeModeTest, DecimalEscapeAboveGroupCount) {
  // 22.2.1.1 AtomEscape :: DecimalEscape.
  for (std::string_view flags : kUnicodeModes) {
    EXPECT_VALID("(a)\\1", flags);
    EXPECT_VALID("\\1(a)", flags);  // forward reference
    EXPECT_VALID("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", flags);
    EXPECT_VALID("(?<n>a)\\1", flags);
    EXPECT_INVALID("\\1", flags);
    EXPECT_INVALID("(a)\\2", flags);
    EXPECT_INVALID("(?:a)\\1", flags);
    EXPECT_INVALID("(?=a)\\1", flags);
    EXPECT_INVALID("(a)(b)(c)(d)(e)(f)(g)(h)(i)\\10", flags);
    EXPECT_INVALID("(a)\\99999999999999999999999999", flags);
    EXPECT_INVALID("[(]\\1", flags);
    EXPECT_INVALID("\\(\\1", flags);
  }
  // Without [UnicodeMode] the same text is a LegacyOctalEscapeSequence.
  EXPECT_VALID("(a)\\2", "");
  EXPECT_VALID("\\1", "");
}

TEST(UnicodeModeTest, ClassEscapeInRange) {
  // 22.2.1.1 NonemptyClassRanges / NonemptyClassRangesNoDash.
  for (const char* pattern : {"[\\d-a]", "[a-\\d]", "[\\w-\\W]", "[\\s-z]", "[a-\\p{L}]", "[\\p{L}-z]",
                              "[a\\d-z]", "[ab-\\D]"}) {
    EXPECT_INVALID(pattern, "u");
  }
  for (const char* pattern : {"[\\d-]", "[-\\d]", "[\\d\\-a]", "[a\\-\\d]", "[\\p{L}-]"}) {
    EXPECT_VALID(pattern, "u");
  }
}

TEST(ValidatePatternTest, ClassRangeOutOfOrder) {
  for (std::string_view flags : kAllModes) {
    EXPECT_INVALID("[z-a]", flags);
    EXPECT_INVALID("[b-a]", flags);
    EXPECT_INVALID("[\\x41-\\x40]", flags);
    EXPECT_INVALID("[\\u0042-\\u0041]", flags);
    EXPECT_INVALID("[0-9b-a]", flags);
    EXPECT_INVALID("[\\n-\\t]", flags);
    EXPECT_VALID("[a-a]", flags);
    EXPECT_VALID("[\\t-\\n]", flags);
    EXPECT_VALID("[\\b-\\n]", flags);
    EXPECT_VALID("[\\0-\\cZ]", flags);
  }
  for (std::string_view flags : {"", "u"}) {
    EXPECT_VALID("[--a]", flags);
    EXPECT_VALID("[a-]", flags);
    EXPECT_VALID("[-a]", flags);
    EXPECT_VALID("[a-b-c]", flags);
    EXPECT_INVALID("[a--]", flags);  // a to `-` is out of order
    EXPECT_INVALID("[{-z]", flags);
    EXPECT_VALID("[a-c-b]", flags);  // the range a-c, then `-` and b
    EXPECT_INVALID("[~-a]", flags);
  }
}

// ---------------------------------------------------------------- modifiers

TEST(ModifiersTest, ValidModifiers) {
  for (std::string_view flags : kAllModes) {
    for (const char* pattern : {"(?i:a)", "(?m:a)", "(?s:a)", "(?ims:a)", "(?smi:a)", "(?-i:a)", "(?-ims:a)",
                                "(?i-ms:a)", "(?ms-i:a)", "(?i:a)+", "(?i:(?-i:a))", "(?i:)", "(?-s:a|b)"}) {
      EXPECT_VALID(pattern, flags);
    }
  }
}

TEST(ModifiersTest, ModifierEarlyErrors) {
  for (std::string_view flags : kAllModes) {
    for (const char* pattern : {
             "(?ii:a)", "(?imsi:a)",         // repeated in the first RegularExpressionModifiers
             "(?-ii:a)", "(?i-ss:a)",        // repeated in the second
             "(?i-i:a)", "(?ms-sm:a)",       // in both
             "(?-:a)",                       // both empty
             "(?x:a)", "(?I:a)", "(?u:a)", "(?g:a)", "(?i-u:a)", "(?d:a)",  // not a RegularExpressionModifier
             "(?i)", "(?i)a", "(?i-:", "(?i-s", "(?i-m-s:a)", "(?i a)", "(?--i:a)"}) {
      EXPECT_INVALID(pattern, flags);
    }
  }
}

// ------------------------------------------------- named groups and \k

TEST(NamedGroupsTest, GroupNames) {
  for (std::string_view flags : kAllModes) {
    for (const char* pattern : {"(?<a>x)", "(?<$>x)", "(?<_>x)", "(?<a1>x)", "(?<$1_>x)", "(?<π>x)", "(?<ಠ_ಠ>x)",
                                "(?<a\u200c\u200d>x)", "(?<𝒜>x)", "(?<a𝒜>x)", "(?<\\u0061>x)\\k<a>",
                                "(?<a>x)\\k<\\u0061>", "(?<\\u{61}>x)", "(?<\\u{1d49c}>x)", "(?<\\ud835\\udc9c>x)",
                                "(?<a\\u200C>x)", "(?<\\u{0000000061}>x)"}) {
      EXPECT_VALID(pattern, flags);
    }
    for (const char* pattern : {"(?<>x)", "(?<1a>x)", "(?<a-b>x)", "(?<a b>x)", "(?<a", "(?<a>", "(?<a>x",
                                "(?<\\x61>x)", "(?<\\u{110000}>x)", "(?<\\u{}>x)", "(?<\\ud835>x)",
                                "(?<\\udc9c>x)", "(?<a\\ud835>x)", "(?<\\u200C>x)", "(?<\u200c>x)",
                                "(?<\\u0030>x)", "(?<a\\>x)", "(?<a\\u>x)", "(?<\u0300>x)", "(?<a.>x)"}) {
      EXPECT_INVALID(pattern, flags);
    }
    // Lone surrogate code units in the name.
    std::u16string lead = u"(?<";
    lead.push_back(0xD835);
    lead += u">x)";
    EXPECT_TRUE(Validate(lead, flags).has_value()) << flags;
    std::u16string trail = u"(?<a";
    trail.push_back(0xDC9C);
    trail += u">x)";
    EXPECT_TRUE(Validate(trail, flags).has_value()) << flags;
  }
}

TEST(NamedGroupsTest, BackreferencesNeedAGroup) {
  // 22.2.1.1 AtomEscape :: k GroupName: GroupSpecifiersThatMatch is empty.
  for (std::string_view flags : kUnicodeModes) {
    EXPECT_INVALID("\\k", flags);
    EXPECT_INVALID("\\k<a>", flags);
    EXPECT_INVALID("(?<a>x)\\k<b>", flags);
    EXPECT_INVALID("(?<a>x)\\k<A>", flags);
    EXPECT_INVALID("(?<ab>x)\\k<a>", flags);
    EXPECT_INVALID("(?<a>x)\\k<a", flags);
    EXPECT_VALID("(?<a>x)\\k<a>", flags);
    EXPECT_VALID("\\k<a>(?<a>x)", flags);
    EXPECT_VALID("(?<a>\\k<a>)", flags);
    EXPECT_VALID("(?:(?<a>x)|(?<b>y))\\k<a>\\k<b>", flags);
  }
}

TEST(NamedGroupsTest, DuplicateNamesOnlyInDifferentAlternatives) {
  // 22.2.1.1 Pattern :: Disjunction with 22.2.1.4 MightBothParticipate.
  for (std::string_view flags : kAllModes) {
    for (const char* pattern : {"(?<a>x)|(?<a>y)", "((?<a>x)|(?<a>y))", "(?:(?<a>x)|(?<a>y))\\k<a>",
                                "(?<a>x)|(?:zy|(?<a>y))", "(?<a>x)|(?<b>y)|(?<a>z)", "(?:(?<a>x)|(?<a>y))|(?<a>z)",
                                "(?:(?:(?<a>x)|(?<a>y))|(?<a>z))", "(?<a>x)|(?<a>y)|(?<a>z)",
                                "(?<a>x)|(?:(?<b>y)(?<c>z)|(?<a>w))", "(?=(?<a>x))|(?<a>y)",
                                "(?<\\u0061>x)|(?<a>y)"}) {
      EXPECT_VALID(pattern, flags);
    }
    for (const char* pattern : {"(?<a>x)(?<a>y)", "(?<a>x)|(?<a>y)(?<a>z)", "(?<a>(?<a>x))",
                                "((?<a>x)|y)(?<a>z)", "(?<a>x)((?<a>y)|z)", "(?:(?<a>x)|(?<b>y))(?<a>z)",
                                "(?<a>x)(?=(?<a>y))", "(?<a>x)(?<\\u0061>y)", "(?<a>x)(?:(?<a>y)|(?<a>z))",
                                "(?:(?<a>x)|(?<a>y))(?:(?<a>z)|w)", "(?<a>x)(?<b>y)|(?<b>z)(?<b>w)"}) {
      EXPECT_INVALID(pattern, flags);
    }
  }
}

// -------------------------------------------------------- property escapes

TEST(PropertyEscapeTest, ValidNamesAndValues) {
  for (std::string_view flags : kUnicodeModes) {
    for (const char* pattern : {"\\p{L}", "\\p{Letter}", "\\p{Lu}", "\\p{Cased_Letter}", "\\p{LC}", "\\p{punct}",
                                "\\p{digit}", "\\p{Combining_Mark}", "\\p{Cn}", "\\p{Any}", "\\p{ASCII}",
                                "\\p{Assigned}", "\\p{Alpha}", "\\p{ExtPict}", "\\p{EComp}", "\\p{White_Space}",
                                "\\p{space}", "\\P{L}", "\\P{Any}", "\\p{gc=L}", "\\p{General_Category=Lu}",
                                "\\p{General_Category=Decimal_Number}", "\\p{Script=Greek}", "\\p{sc=Grek}",
                                "\\p{Script_Extensions=Latin}", "\\p{scx=Latn}", "\\p{sc=Zyyy}", "\\p{sc=Qaai}",
                                "\\p{scx=Zinh}", "\\p{sc=Unknown}", "\\p{sc=Zzzz}", "\\p{sc=Katakana_Or_Hiragana}",
                                "\\p{Script=Garay}", "\\P{scx=Tutg}", "[\\p{L}\\P{N}]", "[^\\p{L}]"}) {
      EXPECT_VALID(pattern, flags);
    }
  }
}

TEST(PropertyEscapeTest, InvalidNamesAndValues) {
  for (std::string_view flags : kUnicodeModes) {
    for (const char* pattern : {
             "\\p{lu}", "\\p{letter}", "\\p{LU}", "\\p{ascii}", "\\p{alpha}", "\\p{Space}", "\\p{ L}", "\\p{L }",
             "\\p{Lu,Ll}", "\\p{Hyphen}", "\\p{Other_Alphabetic}", "\\p{Composition_Exclusion}", "\\p{Greek}",
             "\\p{InGreek}", "\\p{IsGreek}", "\\p{Block=Basic_Latin}", "\\p{blk=ASCII}", "\\p{Line_Break=AL}",
             "\\p{Bidi_Class=L}", "\\p{ASCII=Y}", "\\p{ASCII=Yes}", "\\p{Alpha=T}", "\\p{gc}", "\\p{sc}",
             "\\p{Script}", "\\p{gc=}", "\\p{=L}", "\\p{=}", "\\p{gc==L}", "\\p{gc=L=L}", "\\p{GC=L}",
             "\\p{general_category=L}", "\\p{Script=greek}", "\\p{script=Greek}", "\\p{Scx=Grek}",
             "\\p{script_extensions=Grek}", "\\p{sc=Latf}", "\\p{sc=Jpan}", "\\p{sc=Kore}", "\\p{sc=Zxxx}",
             "\\p{gc=Greek}", "\\p{sc=Lu}", "\\p{^L}", "\\p{L", "\\p{}", "\\pL", "\\p", "\\p{L&}", "\\p{L-u}",
             "\\p{Lu1}", "\\p{1}", "[\\p{lu}]", "[\\P{Foo}]"}) {
      EXPECT_INVALID(pattern, flags);
    }
  }
}

TEST(PropertyEscapeTest, PropertiesOfStrings) {
  // 22.2.1.1 LoneUnicodePropertyNameOrValue, CharacterClassEscape :: P{...},
  // CharacterClass :: [^ ClassContents ] and NestedClass :: [^ ClassContents ].
  for (const char* name : {"Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence",
                           "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence",
                           "RGI_Emoji"}) {
    std::string p = std::string("\\p{") + name + "}";
    std::string big_p = std::string("\\P{") + name + "}";
    EXPECT_VALID(p, "v");
    EXPECT_VALID("[" + p + "]", "v");
    EXPECT_VALID("[[" + p + "]]", "v");
    EXPECT_INVALID(p, "u");
    EXPECT_INVALID(big_p, "v");
    EXPECT_INVALID(big_p, "u");
    EXPECT_INVALID("[^" + p + "]", "v");
    EXPECT_INVALID("[[^" + p + "]]", "v");
    EXPECT_INVALID("[^[" + p + "]]", "v");
    EXPECT_INVALID(std::string("\\p{gc=") + name + "}", "v");
  }
}

// ----------------------------------------------------- UnicodeSetsMode (v)

TEST(UnicodeSetsTest, ValidClassSetExpressions) {
  for (const char* pattern : {
           "[a&&b]", "[a&&b&&c]", "[a--b]", "[a--b--c]", "[[a-z]--[aeiou]]", "[\\p{L}&&\\p{ASCII}]",
           "[\\w--\\d]", "[[a]&&[b]]", "[\\q{abc|d}]", "[\\q{}]", "[\\q{a|}]", "[^\\q{a|b}]", "[^\\q{a}]",
           "[\\p{RGI_Emoji}--\\q{x}]", "[^\\p{L}--\\p{RGI_Emoji}]", "[^\\p{RGI_Emoji}&&\\p{L}]",
           "[^[\\p{RGI_Emoji}]&&\\q{a}]", "[^\\q{ab}&&\\q{c}]", "[\\&]", "[\\-]", "[a\\-z]", "[\\!\\#\\%\\,\\:]",
           "[\\;\\<\\=\\>\\@\\`\\~]", "[^]", "[]", "[\\b]", "[\\b-\\n]", "[[[[a]]]]", "[a-z0-9]", "[a-zA-Z_]",
           "[&]", "[!]", "[a&b]", "[a!b!c]", "[\\&\\&]", "[$]",
           "[^^]",  // negated, then a lone ^
           "[\\q{a\\|b}]", "[\\q{\\}}]", "[😀-😁]", "[\\u{1F600}-\\u{1F601}]", "[\\uD83D\\uDE00]",
           "[\\x41-\\x5A]", "[\\/]", "[\\(\\)\\[\\]\\{\\}\\|]", "\\p{RGI_Emoji}",
           "[\\p{RGI_Emoji}\\q{abc}a-z[b]]", "[a-z&&[^aeiou]&&\\w]" /* see below */}) {
    if (std::string_view(pattern) == "[a-z&&[^aeiou]&&\\w]") {
      // A ClassSetRange cannot be an operand of ClassIntersection.
      EXPECT_INVALID(pattern, "v");
      EXPECT_VALID("[[a-z]&&[^aeiou]&&\\w]", "v");
      continue;
    }
    EXPECT_VALID(pattern, "v");
  }
  // \q inside \q{...} is no CharacterEscape.
  EXPECT_INVALID("[\\q{\\q}]", "v");
}

TEST(UnicodeSetsTest, InvalidClassSetExpressions) {
  for (const char* pattern : {
           "[a-]", "[-a]", "[-]", "[a&&&b]", "[&&a]", "[a&&]", "[a--]", "[--a]", "[a&&b--c]", "[a--b&&c]",
           "[ab&&c]", "[a&&bc]", "[a--bc]", "[a-z&&b]", "[a&&b-c]", "[a--b-c]", "[(]", "[)]", "[{]", "[}]", "[/]",
           "[|]", "[a!!b]", "[##]", "[a$$]", "[%%]", "[**]", "[++]", "[,,]", "[..]", "[::]", "[;;]", "[<<]", "[==]",
           "[>>]", "[??]", "[@@]", "[^^^]", "[``]", "[~~]", "[\\q{a|[}]", "[\\q{(}]", "[\\q{a-b}]", "[^\\q{ab}]",
           "[^\\q{}]", "[^\\q{a|bc}]", "[^[\\q{ab}]]", "[^\\q{ab}--\\q{c}]", "[\\z]", "[\\q]", "[\\q{]", "[\\q{a",
           "[z-a]", "[\\d-z]", "[a-\\d]", "[a-[b]]", "[a-\\q{b}]", "[", "[a", "[[a]", "[[a]]]", "]", "[a]]",
           "[\\c1]", "[\\1]", "[\\k]", "[\\B]", "[\\_]", "[\\\\-]",  // `\` to `]`
           "[\\p{RGI_Emoji}-a]"}) {
    EXPECT_INVALID(pattern, "v");
  }
}

TEST(UnicodeSetsTest, OperatorsBehaveAsLiteralsOutsideV) {
  for (const char* pattern : {"[a&&b]", "[(]", "[)]", "[a!!b]", "[{}]", "[/]", "[|]", "[&&]", "[^^]"}) {
    EXPECT_VALID(pattern, "");
    EXPECT_VALID(pattern, "u");
  }
  // Without v, `[a--b]` is the range a-`-`, out of order.
  EXPECT_INVALID("[a--b]", "");
  EXPECT_INVALID("[a--b]", "u");
  EXPECT_VALID("[\\q{a}]", "");
  EXPECT_INVALID("[\\q{a}]", "u");
}

// ------------------------------------------------------- nesting and safety

TEST(NestingTest, DeepGroupsAreACleanError) {
  std::u16string deep(100000, u'(');
  for (std::string_view flags : kAllModes) {
    std::optional<PatternSyntaxError> error = Validate(deep, flags);
    ASSERT_TRUE(error.has_value());
  }
  std::u16string balanced = std::u16string(100000, u'(') + std::u16string(100000, u')');
  for (std::string_view flags : kAllModes) {
    std::optional<PatternSyntaxError> error = Validate(balanced, flags);
    ASSERT_TRUE(error.has_value());
    EXPECT_NE(error->message.find("too deeply nested"), std::string::npos) << error->message;
  }
  std::u16string lookaheads;
  for (int i = 0; i < 100000; ++i) lookaheads += u"(?=";
  EXPECT_TRUE(Validate(lookaheads, "").has_value());
}

TEST(NestingTest, NestingUpToTheLimitIsValid) {
  std::u16string within = std::u16string(10000, u'(') + u"a" + std::u16string(10000, u')');
  for (std::string_view flags : kAllModes) EXPECT_FALSE(Validate(within, flags).has_value()) << flags;
  std::u16string beyond = std::u16string(10001, u'(') + u"a" + std::u16string(10001, u')');
  EXPECT_TRUE(Validate(beyond, "").has_value());
}

TEST(NestingTest, DeepNestedClassesAreACleanError) {
  std::u16string deep = std::u16string(100000, u'[') + std::u16string(100000, u']');
  std::optional<PatternSyntaxError> error = Validate(deep, "v");
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->message.find("too deeply nested"), std::string::npos) << error->message;
  std::u16string shallow = std::u16string(1000, u'[') + u"a" + std::u16string(1000, u']');
  EXPECT_FALSE(Validate(shallow, "v").has_value());
  // Without v, `[` inside a class is a plain character.
  EXPECT_FALSE(Validate(std::u16string(100000, u'[') + u"]", "").has_value());
}

TEST(NestingTest, ManyGroupsAndNames) {
  std::u16string many;
  for (int i = 0; i < 20000; ++i) many += u"(a)";
  many += u"\\20000";
  EXPECT_FALSE(Validate(many, "u").has_value());
  many += u"0";
  EXPECT_TRUE(Validate(many, "u").has_value());  // \200000 > 20000 groups
}

TEST(NestingTest, DuplicateNameChecksStayFast) {
  // MightBothParticipate over every pair of same-named groups would be
  // quadratic, and with deep nesting cubic: these would then run for minutes.
  std::u16string alternatives;
  for (int i = 0; i < 20000; ++i) alternatives += i == 0 ? u"(?<a>x)" : u"|(?<a>x)";
  EXPECT_FALSE(Validate(alternatives, "").has_value());
  std::u16string nested;
  for (int i = 0; i < 9999; ++i) nested += u"((?<a>x)|";
  nested += std::u16string(9999, u')');
  EXPECT_FALSE(Validate(nested, "u").has_value());
  std::u16string conflicting;
  for (int i = 0; i < 9999; ++i) conflicting += u"(?:y|(?<b>x)";
  conflicting += std::u16string(9999, u')');
  std::optional<PatternSyntaxError> error = Validate(conflicting, "u");
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->message.find("Duplicate"), std::string::npos);
}

TEST(ValidatePatternTest, ArbitraryCodeUnitsNeverCrash) {
  // Every pair of code units from an interesting alphabet, in every mode.
  std::u16string alphabet = u"\\()[]{}|^$.*+?-&!#%,:;<=>@`~/0123456789abcdkpquxBPqv_ \xD83D\xDE00";
  alphabet.push_back(0);
  for (char16_t a : alphabet) {
    for (char16_t b : alphabet) {
      for (char16_t c : alphabet) {
        std::u16string pattern{a, b, c};
        for (std::string_view flags : kAllModes) {
          std::optional<PatternSyntaxError> error = Validate(pattern, flags);
          if (error) {
            EXPECT_LE(error->offset, pattern.size());
          }
        }
      }
    }
  }
}

// ------------------------------------------------------------- error data

TEST(ValidatePatternTest, ErrorOffsetsPointAtTheProblem) {
  std::optional<PatternSyntaxError> error = Validate(u"abc)", "");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->offset, 3u);
  error = Validate(u"ab[z-a]", "u");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->offset, 3u);
  error = Validate(u"(?<a>x)(?<a>y)", "");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->offset, 7u);
  EXPECT_NE(error->message.find("Duplicate"), std::string::npos);
  error = Validate(u"ab\\p{Foo}", "u");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->offset, 2u);
  EXPECT_FALSE(error->message.empty());
}

}  // namespace
}  // namespace async_runtime::regexp
