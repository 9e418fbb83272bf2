#include "runtime/regexp/unicode_properties.h"

#include <algorithm>
#include <optional>
#include <string>

namespace async_runtime::regexp {
namespace {

// table-binary-unicode-properties: the "Property name and aliases" column,
// each with its "Canonical property name", as in the current draft (which has
// Extended_Pictographic and the Emoji_* aliases EComp, EMod, EBase and EPres;
// older editions lacked them).
// https://tc39.es/ecma262/#table-binary-unicode-properties
constexpr BinaryPropertyName kBinaryPropertyNames[] = {
    {"ASCII", "ASCII"},
    {"ASCII_Hex_Digit", "ASCII_Hex_Digit"},
    {"AHex", "ASCII_Hex_Digit"},
    {"Alphabetic", "Alphabetic"},
    {"Alpha", "Alphabetic"},
    {"Any", "Any"},
    {"Assigned", "Assigned"},
    {"Bidi_Control", "Bidi_Control"},
    {"Bidi_C", "Bidi_Control"},
    {"Bidi_Mirrored", "Bidi_Mirrored"},
    {"Bidi_M", "Bidi_Mirrored"},
    {"Case_Ignorable", "Case_Ignorable"},
    {"CI", "Case_Ignorable"},
    {"Cased", "Cased"},
    {"Changes_When_Casefolded", "Changes_When_Casefolded"},
    {"CWCF", "Changes_When_Casefolded"},
    {"Changes_When_Casemapped", "Changes_When_Casemapped"},
    {"CWCM", "Changes_When_Casemapped"},
    {"Changes_When_Lowercased", "Changes_When_Lowercased"},
    {"CWL", "Changes_When_Lowercased"},
    {"Changes_When_NFKC_Casefolded", "Changes_When_NFKC_Casefolded"},
    {"CWKCF", "Changes_When_NFKC_Casefolded"},
    {"Changes_When_Titlecased", "Changes_When_Titlecased"},
    {"CWT", "Changes_When_Titlecased"},
    {"Changes_When_Uppercased", "Changes_When_Uppercased"},
    {"CWU", "Changes_When_Uppercased"},
    {"Dash", "Dash"},
    {"Default_Ignorable_Code_Point", "Default_Ignorable_Code_Point"},
    {"DI", "Default_Ignorable_Code_Point"},
    {"Deprecated", "Deprecated"},
    {"Dep", "Deprecated"},
    {"Diacritic", "Diacritic"},
    {"Dia", "Diacritic"},
    {"Emoji", "Emoji"},
    {"Emoji_Component", "Emoji_Component"},
    {"EComp", "Emoji_Component"},
    {"Emoji_Modifier", "Emoji_Modifier"},
    {"EMod", "Emoji_Modifier"},
    {"Emoji_Modifier_Base", "Emoji_Modifier_Base"},
    {"EBase", "Emoji_Modifier_Base"},
    {"Emoji_Presentation", "Emoji_Presentation"},
    {"EPres", "Emoji_Presentation"},
    {"Extended_Pictographic", "Extended_Pictographic"},
    {"ExtPict", "Extended_Pictographic"},
    {"Extender", "Extender"},
    {"Ext", "Extender"},
    {"Grapheme_Base", "Grapheme_Base"},
    {"Gr_Base", "Grapheme_Base"},
    {"Grapheme_Extend", "Grapheme_Extend"},
    {"Gr_Ext", "Grapheme_Extend"},
    {"Hex_Digit", "Hex_Digit"},
    {"Hex", "Hex_Digit"},
    {"IDS_Binary_Operator", "IDS_Binary_Operator"},
    {"IDSB", "IDS_Binary_Operator"},
    {"IDS_Trinary_Operator", "IDS_Trinary_Operator"},
    {"IDST", "IDS_Trinary_Operator"},
    {"ID_Continue", "ID_Continue"},
    {"IDC", "ID_Continue"},
    {"ID_Start", "ID_Start"},
    {"IDS", "ID_Start"},
    {"Ideographic", "Ideographic"},
    {"Ideo", "Ideographic"},
    {"Join_Control", "Join_Control"},
    {"Join_C", "Join_Control"},
    {"Logical_Order_Exception", "Logical_Order_Exception"},
    {"LOE", "Logical_Order_Exception"},
    {"Lowercase", "Lowercase"},
    {"Lower", "Lowercase"},
    {"Math", "Math"},
    {"Noncharacter_Code_Point", "Noncharacter_Code_Point"},
    {"NChar", "Noncharacter_Code_Point"},
    {"Pattern_Syntax", "Pattern_Syntax"},
    {"Pat_Syn", "Pattern_Syntax"},
    {"Pattern_White_Space", "Pattern_White_Space"},
    {"Pat_WS", "Pattern_White_Space"},
    {"Quotation_Mark", "Quotation_Mark"},
    {"QMark", "Quotation_Mark"},
    {"Radical", "Radical"},
    {"Regional_Indicator", "Regional_Indicator"},
    {"RI", "Regional_Indicator"},
    {"Sentence_Terminal", "Sentence_Terminal"},
    {"STerm", "Sentence_Terminal"},
    {"Soft_Dotted", "Soft_Dotted"},
    {"SD", "Soft_Dotted"},
    {"Terminal_Punctuation", "Terminal_Punctuation"},
    {"Term", "Terminal_Punctuation"},
    {"Unified_Ideograph", "Unified_Ideograph"},
    {"UIdeo", "Unified_Ideograph"},
    {"Uppercase", "Uppercase"},
    {"Upper", "Uppercase"},
    {"Variation_Selector", "Variation_Selector"},
    {"VS", "Variation_Selector"},
    {"White_Space", "White_Space"},
    {"space", "White_Space"},
    {"XID_Continue", "XID_Continue"},
    {"XIDC", "XID_Continue"},
    {"XID_Start", "XID_Start"},
    {"XIDS", "XID_Start"},
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

template <typename Entry>
const Entry* FindByName(std::span<const Entry> table, std::string_view name) {
  auto found = std::lower_bound(table.begin(), table.end(), name,
                                [](const Entry& entry, std::string_view key) { return entry.name < key; });
  if (found == table.end() || found->name != name) return nullptr;
  return &*found;
}

const unicode_data::ValueAlias* FindAlias(std::span<const unicode_data::ValueAlias> aliases, std::string_view alias) {
  auto found = std::lower_bound(aliases.begin(), aliases.end(), alias,
                                [](const unicode_data::ValueAlias& entry, std::string_view key) { return entry.alias < key; });
  if (found == aliases.end() || found->alias != alias) return nullptr;
  return &*found;
}

// The canonical value of `value` among the long names in `values` and the
// aliases in `aliases` (whose targets include values no code point has, such
// as Katakana_Or_Hiragana); empty if it is neither.
std::string_view CanonicalValue(std::span<const unicode_data::NamedCodePointRanges> values,
                                std::span<const unicode_data::ValueAlias> aliases, std::string_view value) {
  if (value.empty()) return {};
  if (const unicode_data::NamedCodePointRanges* entry = FindByName(values, value)) return entry->name;
  if (const unicode_data::ValueAlias* alias = FindAlias(aliases, value)) return alias->value;
  for (const unicode_data::ValueAlias& alias : aliases) {
    if (alias.value == value) return alias.value;
  }
  return {};
}

std::span<const unicode_data::ValueAlias> ValueAliasesOf(NonBinaryProperty property) {
  return property == NonBinaryProperty::kGeneralCategory ? unicode_data::GeneralCategoryValueAliases()
                                                         : unicode_data::ScriptValueAliases();
}

std::span<const unicode_data::NamedCodePointRanges> ValuesOf(NonBinaryProperty property) {
  switch (property) {
    case NonBinaryProperty::kGeneralCategory: return unicode_data::GeneralCategoryValues();
    case NonBinaryProperty::kScript: return unicode_data::ScriptValues();
    case NonBinaryProperty::kScriptExtensions: return unicode_data::ScriptExtensionsValues();
  }
  return {};
}

void AppendRanges(std::span<const unicode_data::CodePointRange> ranges, UnicodePropertyMembers* members) {
  members->ranges.insert(members->ranges.end(), ranges.begin(), ranges.end());
}

// Appends the members of one emoji sequence property.
void AppendPropertyOfStrings(const unicode_data::PropertyOfStrings& property, UnicodePropertyMembers* members) {
  AppendRanges(property.code_points, members);
  std::u32string string;
  for (char32_t code_point : property.strings) {
    if (code_point == 0) {
      members->strings.push_back(std::move(string));
      string.clear();
    } else {
      string.push_back(code_point);
    }
  }
}

// Sorts and merges overlapping or adjacent ranges (RGI_Emoji is a union).
void NormalizeRanges(std::vector<unicode_data::CodePointRange>* ranges) {
  std::sort(ranges->begin(), ranges->end(),
            [](const unicode_data::CodePointRange& a, const unicode_data::CodePointRange& b) { return a.first < b.first; });
  std::vector<unicode_data::CodePointRange> merged;
  for (const unicode_data::CodePointRange& range : *ranges) {
    if (!merged.empty() && range.first <= merged.back().last + 1) {
      merged.back().last = std::max(merged.back().last, range.last);
    } else {
      merged.push_back(range);
    }
  }
  *ranges = std::move(merged);
}

std::optional<NonBinaryProperty> NonBinaryPropertyOfCanonicalName(std::string_view canonical) {
  NonBinaryProperty property;
  if (!LookupNonBinaryPropertyName(canonical, &property)) return std::nullopt;
  return property;
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
  return !CanonicalValue(ValuesOf(property), ValueAliasesOf(property), value).empty();
}

bool IsBinaryPropertyName(std::string_view name) {
  return std::any_of(std::begin(kBinaryPropertyNames), std::end(kBinaryPropertyNames),
                     [name](const BinaryPropertyName& entry) { return entry.name == name; });
}

std::span<const BinaryPropertyName> BinaryPropertyNames() { return kBinaryPropertyNames; }

bool IsBinaryPropertyOfStringsName(std::string_view name) {
  return std::find(std::begin(kBinaryPropertyOfStringsNames), std::end(kBinaryPropertyOfStringsNames), name) !=
         std::end(kBinaryPropertyOfStringsNames);
}

// 22.2.2.9.7 UnicodeMatchProperty ( rer, p )
// https://tc39.es/ecma262/#sec-runtime-semantics-unicodematchproperty-p
std::string_view UnicodeMatchProperty(bool unicode_sets, std::string_view p) {
  // 1. If rer.[[UnicodeSets]] is true and p is a Unicode property name listed in the "Property name" column
  //    of table-binary-unicode-properties-of-strings, then
  //    a. Return the List of Unicode code points p.
  if (unicode_sets && IsBinaryPropertyOfStringsName(p)) {
    return *std::find(std::begin(kBinaryPropertyOfStringsNames), std::end(kBinaryPropertyOfStringsNames), p);
  }
  // 2. Assert: p is a Unicode property name or property alias listed in the "Property name and aliases"
  //    column of table-nonbinary-unicode-properties or table-binary-unicode-properties.
  //    (Not an assertion here: the caller learns of names outside the tables from the empty result.)
  // 3. Let c be the canonical property name of p as given in the "Canonical property name" column of the
  //    corresponding row.
  // 4. Return the List of Unicode code points c.
  NonBinaryProperty property;
  if (LookupNonBinaryPropertyName(p, &property)) {
    switch (property) {
      case NonBinaryProperty::kGeneralCategory: return "General_Category";
      case NonBinaryProperty::kScript: return "Script";
      case NonBinaryProperty::kScriptExtensions: return "Script_Extensions";
    }
  }
  for (const BinaryPropertyName& entry : kBinaryPropertyNames) {
    if (entry.name == p) return entry.canonical;
  }
  return {};
}

// 22.2.2.9.8 UnicodeMatchPropertyValue ( p, v )
// https://tc39.es/ecma262/#sec-runtime-semantics-unicodematchpropertyvalue-p-v
std::string_view UnicodeMatchPropertyValue(std::string_view p, std::string_view v) {
  // 1. Assert: p is a canonical, unaliased Unicode property name listed in the "Canonical property name"
  //    column of table-nonbinary-unicode-properties.
  std::optional<NonBinaryProperty> property = NonBinaryPropertyOfCanonicalName(p);
  if (!property) return {};
  // 2. Assert: v is a property value or property value alias for the Unicode property p listed in
  //    PropertyValueAliases.txt.
  // 3. Let value be the canonical property value of v as given in the "Canonical property value" column of
  //    the corresponding row.
  // 4. Return the List of Unicode code points value.
  return CanonicalValue(ValuesOf(*property), ValueAliasesOf(*property), v);
}

bool LookupUnicodePropertyMembers(std::string_view name, std::string_view value, bool unicode_sets,
                                  UnicodePropertyMembers* members) {
  members->ranges.clear();
  members->strings.clear();
  std::string_view canonical_name = UnicodeMatchProperty(unicode_sets, name);
  if (canonical_name.empty()) return false;
  if (!value.empty()) {
    std::optional<NonBinaryProperty> property = NonBinaryPropertyOfCanonicalName(canonical_name);
    if (!property) return false;
    std::string_view canonical_value = UnicodeMatchPropertyValue(canonical_name, value);
    if (canonical_value.empty()) return false;
    // A valid value without code points (Katakana_Or_Hiragana) has no table.
    if (const unicode_data::NamedCodePointRanges* entry = FindByName(ValuesOf(*property), canonical_value)) {
      AppendRanges(entry->ranges, members);
    }
    return true;
  }
  if (IsBinaryPropertyOfStringsName(canonical_name)) {
    for (const unicode_data::PropertyOfStrings& property : unicode_data::EmojiSequenceProperties()) {
      // RGI_Emoji is the union of the others (UTS #51 ED-27; the generator checks it).
      if (canonical_name == "RGI_Emoji" || property.name == canonical_name) AppendPropertyOfStrings(property, members);
    }
    NormalizeRanges(&members->ranges);
    return true;
  }
  const unicode_data::NamedCodePointRanges* entry = FindByName(unicode_data::BinaryProperties(), canonical_name);
  if (entry == nullptr) return false;
  AppendRanges(entry->ranges, members);
  return true;
}

}  // namespace async_runtime::regexp
