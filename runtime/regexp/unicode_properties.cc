#include "runtime/regexp/unicode_properties.h"

#include <unicode/uchar.h>
#include <unicode/ucpmap.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <string>

namespace async_runtime::regexp {
namespace {

// table-binary-unicode-properties: "Property name and aliases" column, as in
// the current draft (which has Extended_Pictographic and the Emoji_* aliases
// EComp, EMod, EBase and EPres; older editions lacked them).
// https://tc39.es/ecma262/#table-binary-unicode-properties
constexpr std::string_view kBinaryPropertyNames[] = {
    "ASCII",
    "ASCII_Hex_Digit", "AHex",
    "Alphabetic", "Alpha",
    "Any",
    "Assigned",
    "Bidi_Control", "Bidi_C",
    "Bidi_Mirrored", "Bidi_M",
    "Case_Ignorable", "CI",
    "Cased",
    "Changes_When_Casefolded", "CWCF",
    "Changes_When_Casemapped", "CWCM",
    "Changes_When_Lowercased", "CWL",
    "Changes_When_NFKC_Casefolded", "CWKCF",
    "Changes_When_Titlecased", "CWT",
    "Changes_When_Uppercased", "CWU",
    "Dash",
    "Default_Ignorable_Code_Point", "DI",
    "Deprecated", "Dep",
    "Diacritic", "Dia",
    "Emoji",
    "Emoji_Component", "EComp",
    "Emoji_Modifier", "EMod",
    "Emoji_Modifier_Base", "EBase",
    "Emoji_Presentation", "EPres",
    "Extended_Pictographic", "ExtPict",
    "Extender", "Ext",
    "Grapheme_Base", "Gr_Base",
    "Grapheme_Extend", "Gr_Ext",
    "Hex_Digit", "Hex",
    "IDS_Binary_Operator", "IDSB",
    "IDS_Trinary_Operator", "IDST",
    "ID_Continue", "IDC",
    "ID_Start", "IDS",
    "Ideographic", "Ideo",
    "Join_Control", "Join_C",
    "Logical_Order_Exception", "LOE",
    "Lowercase", "Lower",
    "Math",
    "Noncharacter_Code_Point", "NChar",
    "Pattern_Syntax", "Pat_Syn",
    "Pattern_White_Space", "Pat_WS",
    "Quotation_Mark", "QMark",
    "Radical",
    "Regional_Indicator", "RI",
    "Sentence_Terminal", "STerm",
    "Soft_Dotted", "SD",
    "Terminal_Punctuation", "Term",
    "Unified_Ideograph", "UIdeo",
    "Uppercase", "Upper",
    "Variation_Selector", "VS",
    "White_Space", "space",
    "XID_Continue", "XIDC",
    "XID_Start", "XIDS",
};

// table-binary-unicode-properties-of-strings: "Property name" column.
// https://tc39.es/ecma262/#table-binary-unicode-properties-of-strings
constexpr std::string_view kBinaryPropertyOfStringsNames[] = {
    "Basic_Emoji",
    "Emoji_Keycap_Sequence",
    "RGI_Emoji_Modifier_Sequence",
    "RGI_Emoji_Flag_Sequence",
    "RGI_Emoji_Tag_Sequence",
    "RGI_Emoji_ZWJ_Sequence",
    "RGI_Emoji",
};

// Script values (long name, short alias) that PropertyValueAliases.txt of
// Unicode 16.0 and 17.0 added and that the system ICU (72, Unicode 15.0) does
// not know yet. Accepted by name only: the matcher will have no code points
// for them until ICU is upgraded. Entries ICU knows are found through ICU.
constexpr std::array<std::string_view, 22> kScriptValuesNewerThanIcu = {
    // Unicode 16.0
    "Garay", "Gara",
    "Gurung_Khema", "Gukh",
    "Kirat_Rai", "Krai",
    "Ol_Onal", "Onao",
    "Sunuwar", "Sunu",
    "Todhri", "Todr",
    "Tulu_Tigalari", "Tutg",
    // Unicode 17.0
    "Beria_Erfe", "Berf",
    "Sidetic", "Sidt",
    "Tai_Yo", "Tayo",
    "Tolong_Siki", "Tols",
};

// ICU's value names are those of PropertyValueAliases.txt plus, for Script,
// ISO 15924 codes that Unicode does not encode (Latf, Jpan, Zxxx, ...). A
// Script value is in PropertyValueAliases.txt exactly when some code point
// has it (Unknown covers unassigned code points), or it is
// Katakana_Or_Hiragana, which Unicode lists without assigning it.
const std::bitset<USCRIPT_CODE_LIMIT>& ScriptsOfSomeCodePoint() {
  static const std::bitset<USCRIPT_CODE_LIMIT> scripts = [] {
    std::bitset<USCRIPT_CODE_LIMIT> result;
    UErrorCode status = U_ZERO_ERROR;
    const UCPMap* map = u_getIntPropertyMap(UCHAR_SCRIPT, &status);
    if (U_SUCCESS(status)) {
      UChar32 start = 0;
      uint32_t value = 0;
      while (start <= 0x10FFFF) {
        UChar32 end = ucpmap_getRange(map, start, UCPMAP_RANGE_NORMAL, 0, nullptr, nullptr, &value);
        if (end < 0) break;
        if (value < USCRIPT_CODE_LIMIT) result.set(value);
        start = end + 1;
      }
    }
    result.set(USCRIPT_KATAKANA_OR_HIRAGANA);
    return result;
  }();
  return scripts;
}

// True if `value` is exactly (not loosely) one of ICU's names for a value of
// `property`; sets *value_enum.
bool IcuExactValueName(UProperty property, const std::string& value, int32_t* value_enum) {
  int32_t found = u_getPropertyValueEnum(property, value.c_str());
  if (found == UCHAR_INVALID_CODE) return false;
  // U_SHORT_PROPERTY_NAME, U_LONG_PROPERTY_NAME, then further aliases.
  for (int choice = 0; choice < 8; ++choice) {
    const char* name = u_getPropertyValueName(property, found, static_cast<UPropertyNameChoice>(choice));
    if (name != nullptr && value == name) {
      *value_enum = found;
      return true;
    }
  }
  return false;
}

}  // namespace

bool LookupNonBinaryPropertyName(std::string_view name, NonBinaryProperty* property) {
  // table-nonbinary-unicode-properties
  // https://tc39.es/ecma262/#table-nonbinary-unicode-properties
  if (name == "General_Category" || name == "gc") {
    *property = NonBinaryProperty::kGeneralCategory;
    return true;
  }
  if (name == "Script" || name == "sc") {
    *property = NonBinaryProperty::kScript;
    return true;
  }
  if (name == "Script_Extensions" || name == "scx") {
    *property = NonBinaryProperty::kScriptExtensions;
    return true;
  }
  return false;
}

bool IsPropertyValueOf(NonBinaryProperty property, std::string_view value) {
  std::string value_string(value);
  int32_t value_enum = 0;
  if (property == NonBinaryProperty::kGeneralCategory) {
    // The mask property carries the grouped values too (L, LC, Letter, ...).
    return IcuExactValueName(UCHAR_GENERAL_CATEGORY_MASK, value_string, &value_enum);
  }
  if (IcuExactValueName(UCHAR_SCRIPT, value_string, &value_enum)) {
    return value_enum >= 0 && value_enum < USCRIPT_CODE_LIMIT && ScriptsOfSomeCodePoint().test(value_enum);
  }
  return std::find(kScriptValuesNewerThanIcu.begin(), kScriptValuesNewerThanIcu.end(), value) !=
         kScriptValuesNewerThanIcu.end();
}

bool IsBinaryPropertyName(std::string_view name) {
  return std::find(std::begin(kBinaryPropertyNames), std::end(kBinaryPropertyNames), name) !=
         std::end(kBinaryPropertyNames);
}

std::span<const std::string_view> BinaryPropertyNames() { return kBinaryPropertyNames; }

bool IsBinaryPropertyOfStringsName(std::string_view name) {
  return std::find(std::begin(kBinaryPropertyOfStringsNames), std::end(kBinaryPropertyOfStringsNames), name) !=
         std::end(kBinaryPropertyOfStringsNames);
}

}  // namespace async_runtime::regexp
