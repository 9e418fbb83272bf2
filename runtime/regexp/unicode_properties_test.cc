#include "runtime/regexp/unicode_properties.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "runtime/regexp/unicode_data.h"

namespace async_runtime::regexp {
namespace {

TEST(UnicodePropertiesTest, NonBinaryPropertyNamesAreExact) {
  NonBinaryProperty property;
  EXPECT_TRUE(LookupNonBinaryPropertyName("General_Category", &property));
  EXPECT_EQ(property, NonBinaryProperty::kGeneralCategory);
  EXPECT_TRUE(LookupNonBinaryPropertyName("gc", &property));
  EXPECT_TRUE(LookupNonBinaryPropertyName("Script", &property));
  EXPECT_EQ(property, NonBinaryProperty::kScript);
  EXPECT_TRUE(LookupNonBinaryPropertyName("sc", &property));
  EXPECT_TRUE(LookupNonBinaryPropertyName("Script_Extensions", &property));
  EXPECT_EQ(property, NonBinaryProperty::kScriptExtensions);
  EXPECT_TRUE(LookupNonBinaryPropertyName("scx", &property));
  // The note of 22.2.2.9.7: script_extensions and Scx are not valid.
  EXPECT_FALSE(LookupNonBinaryPropertyName("script_extensions", &property));
  EXPECT_FALSE(LookupNonBinaryPropertyName("Scx", &property));
  EXPECT_FALSE(LookupNonBinaryPropertyName("GC", &property));
  EXPECT_FALSE(LookupNonBinaryPropertyName("General Category", &property));
  EXPECT_FALSE(LookupNonBinaryPropertyName("Block", &property));
  EXPECT_FALSE(LookupNonBinaryPropertyName("blk", &property));
  EXPECT_FALSE(LookupNonBinaryPropertyName("Line_Break", &property));
  EXPECT_FALSE(LookupNonBinaryPropertyName("Bidi_Class", &property));
}

TEST(UnicodePropertiesTest, GeneralCategoryValuesAndAliases) {
  for (const char* value : {"L", "Letter", "LC", "Cased_Letter", "Lu", "Uppercase_Letter", "Nd", "Decimal_Number",
                            "digit", "P", "Punctuation", "punct", "M", "Mark", "Combining_Mark", "Cc", "Control",
                            "cntrl", "Cn", "Unassigned", "C", "Other", "Cs", "Surrogate", "Zs", "Space_Separator"}) {
    EXPECT_TRUE(IsPropertyValueOf(NonBinaryProperty::kGeneralCategory, value)) << value;
  }
  // Loose matching (UAX #44) would accept these; the spec does not.
  for (const char* value : {"lu", "LU", "letter", "uppercase_letter", "Uppercase-Letter", "Uppercase Letter",
                            "Decimal_number", "Punct", "DIGIT", "L_", "", "Any", "ASCII", "Greek"}) {
    EXPECT_FALSE(IsPropertyValueOf(NonBinaryProperty::kGeneralCategory, value)) << value;
  }
}

TEST(UnicodePropertiesTest, ScriptValuesAndAliases) {
  for (NonBinaryProperty property : {NonBinaryProperty::kScript, NonBinaryProperty::kScriptExtensions}) {
    for (const char* value : {"Greek", "Grek", "Latin", "Latn", "Common", "Zyyy", "Inherited", "Zinh", "Qaai",
                              "Coptic", "Copt", "Qaac", "Unknown", "Zzzz", "Katakana_Or_Hiragana", "Hrkt",
                              "Old_Italic", "Ital", "Nag_Mundari", "Nagm", "Kawi",
                              // Unicode 16 and 17.
                              "Garay", "Gara", "Tulu_Tigalari", "Tutg", "Tolong_Siki", "Tols", "Sidetic"}) {
      EXPECT_TRUE(IsPropertyValueOf(property, value)) << value;
    }
    // Loose spellings, and ISO 15924 codes that Unicode does not
    // encode (so PropertyValueAliases.txt does not list them).
    for (const char* value : {"greek", "GREEK", "grek", "Old Italic", "OldItalic", "old_italic", "Latf", "Jpan",
                              "Kore", "Hans", "Zxxx", "Zsym", "Blis", "Lu", "L", "", "Garay_"}) {
      EXPECT_FALSE(IsPropertyValueOf(property, value)) << value;
    }
  }
}

TEST(UnicodePropertiesTest, BinaryPropertiesOfTheSpecTable) {
  for (const char* name : {"ASCII", "ASCII_Hex_Digit", "AHex", "Alphabetic", "Alpha", "Any", "Assigned", "CWKCF",
                           "Emoji", "Emoji_Component", "EComp", "Extended_Pictographic", "ExtPict", "ID_Start",
                           "IDS", "White_Space", "space", "XID_Continue", "XIDC", "Variation_Selector", "VS"}) {
    EXPECT_TRUE(IsBinaryPropertyName(name)) << name;
  }
  // Real Unicode binary properties that the table leaves out, and spellings
  // that only loose matching would accept.
  for (const char* name : {"Hyphen", "Other_Alphabetic", "Composition_Exclusion", "Full_Composition_Exclusion",
                           "Grapheme_Link", "Prepended_Concatenation_Mark", "Expands_On_NFC", "FC_NFKC_Closure",
                           "alpha", "ALPHA", "ascii", "White Space", "Space", "whitespace", "Basic_Emoji", "L"}) {
    EXPECT_FALSE(IsBinaryPropertyName(name)) << name;
  }
}

TEST(UnicodePropertiesTest, EveryBinaryTableNameHasGeneratedData) {
  for (const BinaryPropertyName& entry : BinaryPropertyNames()) {
    EXPECT_EQ(UnicodeMatchProperty(false, entry.name), entry.canonical) << entry.name;
    UnicodePropertyMembers members;
    ASSERT_TRUE(LookupUnicodePropertyMembers(entry.name, "", false, &members)) << entry.name;
    EXPECT_FALSE(members.ranges.empty()) << entry.name;
    EXPECT_TRUE(members.strings.empty()) << entry.name;
  }
  // 53 properties, 45 of them with an alias.
  EXPECT_EQ(BinaryPropertyNames().size(), 98u);
  EXPECT_EQ(unicode_data::BinaryProperties().size(), 53u);
}

// True if `members` has the code point `c`.
bool HasCodePoint(const UnicodePropertyMembers& members, char32_t c) {
  return std::any_of(members.ranges.begin(), members.ranges.end(),
                     [c](const unicode_data::CodePointRange& range) { return range.first <= c && c <= range.last; });
}

UnicodePropertyMembers Members(std::string_view name, std::string_view value = "", bool unicode_sets = false) {
  UnicodePropertyMembers members;
  EXPECT_TRUE(LookupUnicodePropertyMembers(name, value, unicode_sets, &members)) << name << "=" << value;
  return members;
}

TEST(UnicodePropertiesTest, Unicode16And17Additions) {
  EXPECT_EQ(unicode_data::kUnicodeVersion, "17.0.0");
  // U+0897 ARABIC PEPET (Unicode 16.0).
  EXPECT_TRUE(HasCodePoint(Members("Alphabetic"), 0x0897));
  EXPECT_TRUE(HasCodePoint(Members("Alpha"), 0x0897));
  // Garay (16.0) and Sidetic, Beria Erfe, Tolong Siki (17.0), by name and alias.
  for (const char* script : {"Script", "sc", "Script_Extensions", "scx"}) {
    EXPECT_TRUE(HasCodePoint(Members(script, "Garay"), 0x10D40)) << script;
    EXPECT_TRUE(HasCodePoint(Members(script, "Gara"), 0x10D40)) << script;
    EXPECT_TRUE(HasCodePoint(Members(script, "Sidetic"), 0x10940)) << script;
    EXPECT_TRUE(HasCodePoint(Members(script, "Sidt"), 0x10959)) << script;
    EXPECT_TRUE(HasCodePoint(Members(script, "Beria_Erfe"), 0x16EA0)) << script;
    EXPECT_TRUE(HasCodePoint(Members(script, "Tols"), 0x11DB0)) << script;
    EXPECT_FALSE(HasCodePoint(Members(script, "Latin"), 0x10D40)) << script;
  }
  EXPECT_FALSE(HasCodePoint(Members("General_Category", "Unassigned"), 0x10940));
  EXPECT_TRUE(HasCodePoint(Members("General_Category", "Cn"), 0x10960));
}

TEST(UnicodePropertiesTest, AliasesNameTheSameCodePoints) {
  auto same = [](const UnicodePropertyMembers& a, const UnicodePropertyMembers& b) {
    return a.ranges.size() == b.ranges.size() &&
           std::equal(a.ranges.begin(), a.ranges.end(), b.ranges.begin(),
                      [](const auto& x, const auto& y) { return x.first == y.first && x.last == y.last; });
  };
  EXPECT_TRUE(same(Members("General_Category", "Lu"), Members("gc", "Uppercase_Letter")));
  EXPECT_TRUE(same(Members("General_Category", "Lu"), Members("General_Category", "Uppercase_Letter")));
  EXPECT_TRUE(same(Members("gc", "Combining_Mark"), Members("gc", "M")));
  EXPECT_TRUE(same(Members("sc", "Latn"), Members("Script", "Latin")));
  EXPECT_TRUE(same(Members("sc", "Zyyy"), Members("sc", "Common")));
  EXPECT_TRUE(same(Members("White_Space"), Members("space")));
  EXPECT_TRUE(HasCodePoint(Members("General_Category", "LC"), 'a'));
  EXPECT_TRUE(HasCodePoint(Members("General_Category", "L"), 0x4E00));
  EXPECT_EQ(UnicodeMatchPropertyValue("Script", "Qaai"), "Inherited");
  EXPECT_EQ(UnicodeMatchPropertyValue("General_Category", "digit"), "Decimal_Number");
  // A value that no code point has is still a value.
  EXPECT_TRUE(Members("sc", "Hrkt").ranges.empty());
  EXPECT_EQ(UnicodeMatchPropertyValue("Script", "Hrkt"), "Katakana_Or_Hiragana");
  // Script_Extensions adds code points that other scripts share.
  EXPECT_FALSE(HasCodePoint(Members("sc", "Deva"), 0x0964));
  EXPECT_TRUE(HasCodePoint(Members("scx", "Deva"), 0x0964));
}

TEST(UnicodePropertiesTest, UnknownNamesHaveNoMembers) {
  UnicodePropertyMembers members;
  for (const char* name : {"alpha", "Hyphen", "Other_Alphabetic", "Block", "", "Is_Alphabetic"}) {
    EXPECT_FALSE(LookupUnicodePropertyMembers(name, "", true, &members)) << name;
    EXPECT_TRUE(UnicodeMatchProperty(true, name).empty()) << name;
  }
  for (const char* value : {"latin", "LATN", "Latin ", "Lu", "Katakana-Or-Hiragana"}) {
    EXPECT_FALSE(LookupUnicodePropertyMembers("Script", value, false, &members)) << value;
  }
  EXPECT_FALSE(LookupUnicodePropertyMembers("Block", "Basic_Latin", false, &members));
  // Properties of strings only in UnicodeSets mode.
  EXPECT_FALSE(LookupUnicodePropertyMembers("RGI_Emoji", "", false, &members));
}

TEST(UnicodePropertiesTest, EmojiPropertiesOfStrings) {
  UnicodePropertyMembers keycaps = Members("Emoji_Keycap_Sequence", "", true);
  EXPECT_TRUE(keycaps.ranges.empty());
  EXPECT_EQ(keycaps.strings.size(), 12u);
  EXPECT_NE(std::find(keycaps.strings.begin(), keycaps.strings.end(), std::u32string{'#', 0xFE0F, 0x20E3}),
            keycaps.strings.end());
  UnicodePropertyMembers rgi = Members("RGI_Emoji", "", true);
  EXPECT_TRUE(HasCodePoint(rgi, 0x1F600));
  EXPECT_NE(std::find(rgi.strings.begin(), rgi.strings.end(), std::u32string{'#', 0xFE0F, 0x20E3}), rgi.strings.end());
  // U+1F1FA U+1F1F8, the flag of the United States.
  EXPECT_NE(std::find(rgi.strings.begin(), rgi.strings.end(), std::u32string{0x1F1FA, 0x1F1F8}), rgi.strings.end());
  for (size_t i = 1; i < rgi.ranges.size(); ++i) EXPECT_GT(rgi.ranges[i].first, rgi.ranges[i - 1].last + 1);
}

TEST(UnicodePropertiesTest, SimpleCaseFoldingIsSortedAndUnicode17) {
  std::span<const unicode_data::CaseFoldingMapping> folding = unicode_data::SimpleCaseFolding();
  for (size_t i = 1; i < folding.size(); ++i) EXPECT_LT(folding[i - 1].from, folding[i].from);
  auto fold_of = [&](char32_t c) -> char32_t {
    for (const auto& mapping : folding) {
      if (mapping.from == c) return mapping.to;
    }
    return c;
  };
  EXPECT_EQ(fold_of('A'), U'a');
  // CaseFolding.txt 15.1 added these simple foldings.
  EXPECT_EQ(fold_of(0x1FD3), 0x0390u);
  EXPECT_EQ(fold_of(0x1FE3), 0x03B0u);
  EXPECT_EQ(fold_of(0xFB05), 0xFB06u);
  // Full (F) and Turkic (T) mappings are left out: U+0130 has only those.
  EXPECT_EQ(fold_of(0x0130), 0x0130u);
}

TEST(UnicodePropertiesTest, BinaryPropertiesOfStrings) {
  for (const char* name : {"Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence",
                           "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence",
                           "RGI_Emoji"}) {
    EXPECT_TRUE(IsBinaryPropertyOfStringsName(name)) << name;
  }
  for (const char* name : {"Emoji", "rgi_emoji", "RGI_Emoji_Sequence", "Emoji_ZWJ_Sequence", "Basic_emoji"}) {
    EXPECT_FALSE(IsBinaryPropertyOfStringsName(name)) << name;
  }
}

}  // namespace
}  // namespace async_runtime::regexp
