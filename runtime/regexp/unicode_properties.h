// Unicode property names and values accepted by \p{...} and \P{...}:
// ECMA-262 22.2.2.9.7 UnicodeMatchProperty and 22.2.2.9.8
// UnicodeMatchPropertyValue, with the tables
// table-nonbinary-unicode-properties, table-binary-unicode-properties and
// table-binary-unicode-properties-of-strings, and the value aliases of
// Unicode's PropertyValueAliases.txt, all of Unicode 17.0.0 (the generated
// tables of unicode_data.h, not the system ICU).
//
// Every lookup is exact (case- and underscore-sensitive), as the spec
// requires: no loose matching.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/regexp/unicode_data.h"

namespace async_runtime::regexp {

// Which non-binary property a UnicodePropertyName names.
enum class NonBinaryProperty { kGeneralCategory, kScript, kScriptExtensions };

// True if `name` is listed in the "Property name and aliases" column of
// table-nonbinary-unicode-properties; sets *property.
bool LookupNonBinaryPropertyName(std::string_view name, NonBinaryProperty* property);

// True if `value` is a property value or value alias of `property` in
// PropertyValueAliases.txt. Script and Script_Extensions share their values.
bool IsPropertyValueOf(NonBinaryProperty property, std::string_view value);

// True if `name` is in the "Property name and aliases" column of
// table-binary-unicode-properties.
bool IsBinaryPropertyName(std::string_view name);

// True if `name` is in the "Property name" column of
// table-binary-unicode-properties-of-strings.
bool IsBinaryPropertyOfStringsName(std::string_view name);

// One row of table-binary-unicode-properties: a name or alias and the
// canonical property name it stands for.
struct BinaryPropertyName {
  std::string_view name;
  std::string_view canonical;
};

// The whole "Property name and aliases" column of
// table-binary-unicode-properties, for tests.
std::span<const BinaryPropertyName> BinaryPropertyNames();

// The canonical property name of `p` (UnicodeMatchProperty), or an empty
// view if `p` is in none of the tables (or names a property of strings
// outside UnicodeSets mode).
std::string_view UnicodeMatchProperty(bool unicode_sets, std::string_view p);

// The canonical value of `v` for the canonical non-binary property `p`
// (UnicodeMatchPropertyValue), or an empty view if `v` is not one of its
// values or value aliases.
std::string_view UnicodeMatchPropertyValue(std::string_view p, std::string_view v);

// What a property escape's UnicodePropertyValueExpression stands for: code
// points as sorted ranges, and (for properties of strings) the longer strings.
struct UnicodePropertyMembers {
  std::vector<unicode_data::CodePointRange> ranges;
  std::vector<std::u32string> strings;
};

// The members of \p{name=value}, or of \p{name} when `value` is empty (a
// binary property, a property of strings, or General_Category when the
// parser stored a lone value under the name General_Category). False if the
// names are not valid (never for names the parser accepted).
bool LookupUnicodePropertyMembers(std::string_view name, std::string_view value, bool unicode_sets,
                                  UnicodePropertyMembers* members);

}  // namespace async_runtime::regexp
