#include "runtime/regexp/unicode_properties.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>

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
  // ICU matches these loosely; the spec does not.
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
                              // Unicode 16 and 17, newer than the system ICU.
                              "Garay", "Gara", "Tulu_Tigalari", "Tutg", "Tolong_Siki", "Tols", "Sidetic"}) {
      EXPECT_TRUE(IsPropertyValueOf(property, value)) << value;
    }
    // Loose spellings, and ISO 15924 codes that ICU knows but Unicode does not
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

TEST(UnicodePropertiesTest, BinaryTableSpellingsAreUnicodeSpellings) {
  // Each entry is spelt exactly as in PropertyAliases.txt (ICU's names),
  // except the three that UTS #18 defines and ICU does not name.
  for (std::string_view name : BinaryPropertyNames()) {
    if (name == "ASCII" || name == "Any" || name == "Assigned") continue;
    std::string name_string(name);
    UProperty property = u_getPropertyEnum(name_string.c_str());
    ASSERT_NE(property, UCHAR_INVALID_CODE) << name;
    EXPECT_TRUE(property >= UCHAR_BINARY_START && property < UCHAR_BINARY_LIMIT) << name;
    bool exact = false;
    for (int choice = 0; choice < 4; ++choice) {
      const char* icu_name = u_getPropertyName(property, static_cast<UPropertyNameChoice>(choice));
      if (icu_name != nullptr && name_string == icu_name) exact = true;
    }
    EXPECT_TRUE(exact) << name;
  }
  // 53 properties, 45 of them with an alias.
  EXPECT_EQ(BinaryPropertyNames().size(), 98u);
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
