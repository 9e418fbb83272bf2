// Unicode property names and values accepted by \p{...} and \P{...}:
// ECMA-262 22.2.2.9.7 UnicodeMatchProperty and 22.2.2.9.8
// UnicodeMatchPropertyValue, with the tables
// table-nonbinary-unicode-properties, table-binary-unicode-properties and
// table-binary-unicode-properties-of-strings, and the value aliases of
// Unicode's PropertyValueAliases.txt (through ICU).
//
// Every lookup is exact (case- and underscore-sensitive): ICU's own lookups
// use loose matching, which the spec forbids.
#pragma once

#include <span>
#include <string_view>

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

// The whole column of table-binary-unicode-properties, for tests and the
// matcher.
std::span<const std::string_view> BinaryPropertyNames();

}  // namespace async_runtime::regexp
