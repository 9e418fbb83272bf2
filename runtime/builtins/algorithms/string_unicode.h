// The Unicode work of the String built-ins, on UTF-16 code units (the
// engine's String representation): code points and well-formedness, case
// mapping, normalization and the fallback of localeCompare. Case mapping,
// normalization and collation come from ICU. The white space of trim is in
// whitespace.h (TrimString).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace async_runtime::builtins {

// The Record CodePointAt returns.
struct CodePointRecord {
  char32_t code_point;
  int code_unit_count;  // 1 or 2
  bool is_unpaired_surrogate;
};

// 11.1.4 Static Semantics: CodePointAt ( string, position )
// https://tc39.es/ecma262/#sec-codepointat
// Precondition: position < string.size().
CodePointRecord CodePointAt(std::u16string_view string, std::size_t position);

// 7.2.7 Static Semantics: IsStringWellFormedUnicode ( string ); also
// String.prototype.isWellFormed (22.1.3.10) after ToString.
bool IsStringWellFormedUnicode(std::u16string_view string);

// 22.1.3.31 String.prototype.toWellFormed ( ), steps 4-8: every lone
// surrogate replaced by U+FFFD.
std::u16string ToWellFormed(std::u16string_view string);

// 22.1.3.28 String.prototype.toLowerCase ( ), steps 4-7: the Unicode Default
// Case Conversion toLowercase, locale-independent, with SpecialCasing's
// unconditional and Final_Sigma mappings. Lone surrogates are kept.
std::u16string ToLowerCase(std::u16string_view string);

// 22.1.3.30 String.prototype.toUpperCase ( ): as ToLowerCase with
// toUppercase ("ß" becomes "SS").
std::u16string ToUpperCase(std::u16string_view string);

enum class NormalizationForm { kNFC, kNFD, kNFKC, kNFKD };

// 22.1.3.15 String.prototype.normalize ( [ form ] ), steps 4-6: the form
// named by `form` (after ToString; the caller passes "NFC" for undefined),
// or std::nullopt where the spec throws a RangeError.
std::optional<NormalizationForm> NormalizationFormFromString(
    std::u16string_view form);

// 22.1.3.15 String.prototype.normalize ( [ form ] ), step 7.
std::u16string Normalize(std::u16string_view string, NormalizationForm form);

// 22.1.3.12 String.prototype.localeCompare ( that ), without ECMA-402: the
// comparison by ICU's root collator (tertiary strength, canonical
// equivalence honoured: canonically equivalent Strings give 0). Returns
// -1, 0 or 1.
int LocaleCompare(std::u16string_view string, std::u16string_view that);

}  // namespace async_runtime::builtins
