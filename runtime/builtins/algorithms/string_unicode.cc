#include "runtime/builtins/algorithms/string_unicode.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <cstdint>
#include <memory>

namespace async_runtime::builtins {
namespace {

bool IsLeadingSurrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsTrailingSurrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// 11.1.3 Static Semantics: UTF16SurrogatePairToCodePoint ( lead, trail )
// https://tc39.es/ecma262/#sec-utf16decodesurrogatepair
char32_t UTF16SurrogatePairToCodePoint(char16_t lead, char16_t trail) {
  // 1. Assert: lead is a leading surrogate and trail a trailing surrogate.
  // 2. Let cp be (lead - 0xD800) × 0x400 + (trail - 0xDC00) + 0x10000.
  // 3. Return the code point cp.
  return (static_cast<char32_t>(lead) - 0xD800) * 0x400 +
         (static_cast<char32_t>(trail) - 0xDC00) + 0x10000;
}

icu::UnicodeString ToIcu(std::u16string_view string) {
  // Read-only aliasing: no copy of the input.
  return icu::UnicodeString(false, string.data(),
                            static_cast<std::int32_t>(string.size()));
}

std::u16string FromIcu(const icu::UnicodeString& string) {
  return std::u16string(string.getBuffer(), string.length());
}

// ICU's u_strToLower/u_strToUpper with the root locale ("") apply the
// locale-insensitive mappings of UnicodeData.txt and SpecialCasing.txt,
// including the Final_Sigma condition, to code points (an unpaired
// surrogate maps to itself).
using CaseFunction = std::int32_t (*)(UChar*, std::int32_t, const UChar*,
                                      std::int32_t, const char*, UErrorCode*);

std::u16string MapCase(std::u16string_view string, CaseFunction map) {
  if (string.empty()) return std::u16string();
  // Full case mapping grows a string by at most a factor of three
  // (e.g. U+0390 to three code points); try that size first.
  std::u16string result(string.size() * 3, u'\0');
  UErrorCode status = U_ZERO_ERROR;
  std::int32_t length =
      map(result.data(), static_cast<std::int32_t>(result.size()),
          string.data(), static_cast<std::int32_t>(string.size()), "",
          &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    result.assign(length, u'\0');
    status = U_ZERO_ERROR;
    length = map(result.data(), static_cast<std::int32_t>(result.size()),
                 string.data(), static_cast<std::int32_t>(string.size()), "",
                 &status);
  }
  if (U_FAILURE(status)) return std::u16string(string);
  result.resize(length);
  return result;
}

}  // namespace

// 11.1.4 Static Semantics: CodePointAt ( string, position )
// https://tc39.es/ecma262/#sec-codepointat
CodePointRecord CodePointAt(std::u16string_view string, std::size_t position) {
  // 1. Let size be the length of string.
  std::size_t size = string.size();
  // 2. Assert: position ≥ 0 and position < size.
  // 3. Let first be the code unit at index position within string.
  char16_t first = string[position];
  // 4. Let codePoint be the code point whose numeric value is that of first.
  char32_t code_point = first;
  // 5. If first is neither a leading nor a trailing surrogate, return
  //    { codePoint, 1, false }.
  if (!IsLeadingSurrogate(first) && !IsTrailingSurrogate(first)) {
    return {code_point, 1, false};
  }
  // 6. If first is a trailing surrogate or position + 1 = size, return
  //    { codePoint, 1, true }.
  if (IsTrailingSurrogate(first) || position + 1 == size) {
    return {code_point, 1, true};
  }
  // 7. Let second be the code unit at index position + 1 within string.
  char16_t second = string[position + 1];
  // 8. If second is not a trailing surrogate, return { codePoint, 1, true }.
  if (!IsTrailingSurrogate(second)) return {code_point, 1, true};
  // 9. Set codePoint to UTF16SurrogatePairToCodePoint(first, second).
  code_point = UTF16SurrogatePairToCodePoint(first, second);
  // 10. Return { codePoint, 2, false }.
  return {code_point, 2, false};
}

// 7.2.7 Static Semantics: IsStringWellFormedUnicode ( string )
// https://tc39.es/ecma262/#sec-isstringwellformedunicode
bool IsStringWellFormedUnicode(std::u16string_view string) {
  // 1. Let length be the length of string.
  std::size_t length = string.size();
  // 2. Let k be 0.
  std::size_t k = 0;
  // 3. Repeat, while k < length,
  while (k < length) {
    // a. Let codePoint be CodePointAt(string, k).
    CodePointRecord code_point = CodePointAt(string, k);
    // b. If codePoint.[[IsUnpairedSurrogate]] is true, return false.
    if (code_point.is_unpaired_surrogate) return false;
    // c. Set k to k + codePoint.[[CodeUnitCount]].
    k += code_point.code_unit_count;
  }
  // 4. Return true.
  return true;
}

// 22.1.3.31 String.prototype.toWellFormed ( )
// https://tc39.es/ecma262/#sec-string.prototype.towellformed
std::u16string ToWellFormed(std::u16string_view string) {
  // 1-3. RequireObjectCoercible and ToString are the caller's.
  // 4. Let stringLength be the length of string.
  std::size_t string_length = string.size();
  // 5. Let k be 0.
  std::size_t k = 0;
  // 6. Let result be the empty String.
  std::u16string result;
  result.reserve(string_length);
  // 7. Repeat, while k < stringLength,
  while (k < string_length) {
    // a. Let codePoint be CodePointAt(string, k).
    CodePointRecord code_point = CodePointAt(string, k);
    if (code_point.is_unpaired_surrogate) {
      // b. If codePoint.[[IsUnpairedSurrogate]] is true, append 0xFFFD.
      result.push_back(u'\uFFFD');
    } else {
      // c. Else, append UTF16EncodeCodePoint(codePoint.[[CodePoint]]): the
      //    same code units as the input.
      result.append(string.substr(k, code_point.code_unit_count));
    }
    // d. Set k to k + codePoint.[[CodeUnitCount]].
    k += code_point.code_unit_count;
  }
  // 8. Return result.
  return result;
}

// 22.1.3.28 String.prototype.toLowerCase ( )
// https://tc39.es/ecma262/#sec-string.prototype.tolowercase
std::u16string ToLowerCase(std::u16string_view string) {
  // 1-3. RequireObjectCoercible and ToString are the caller's.
  // 4. Let sText be StringToCodePoints(string).
  // 5. Let lowerText be toLowercase(sText), according to the Unicode Default
  //    Case Conversion algorithm.
  // 6. Let lowercaseString be CodePointsToString(lowerText).
  // 7. Return lowercaseString.
  return MapCase(string, u_strToLower);
}

// 22.1.3.30 String.prototype.toUpperCase ( )
// https://tc39.es/ecma262/#sec-string.prototype.touppercase
std::u16string ToUpperCase(std::u16string_view string) {
  // As toLowerCase, with the toUppercase algorithm.
  return MapCase(string, u_strToUpper);
}

// 22.1.3.15 String.prototype.normalize ( [ form ] )
// https://tc39.es/ecma262/#sec-string.prototype.normalize
std::optional<NormalizationForm> NormalizationFormFromString(
    std::u16string_view form) {
  // 4-5. form is "NFC" when undefined, else ToString(form): the caller's.
  // 6. If form is not one of "NFC", "NFD", "NFKC", or "NFKD", throw a
  //    RangeError exception.
  if (form == u"NFC") return NormalizationForm::kNFC;
  if (form == u"NFD") return NormalizationForm::kNFD;
  if (form == u"NFKC") return NormalizationForm::kNFKC;
  if (form == u"NFKD") return NormalizationForm::kNFKD;
  return std::nullopt;
}

// 22.1.3.15 String.prototype.normalize ( [ form ] )
// https://tc39.es/ecma262/#sec-string.prototype.normalize
std::u16string Normalize(std::u16string_view string, NormalizationForm form) {
  // 7. Let normal be the String value that is the result of normalizing
  //    string into the normalization form named by form as specified in
  //    the latest Unicode Standard, Normalization Forms.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = nullptr;
  switch (form) {
    case NormalizationForm::kNFC:
      normalizer = icu::Normalizer2::getNFCInstance(status);
      break;
    case NormalizationForm::kNFD:
      normalizer = icu::Normalizer2::getNFDInstance(status);
      break;
    case NormalizationForm::kNFKC:
      normalizer = icu::Normalizer2::getNFKCInstance(status);
      break;
    case NormalizationForm::kNFKD:
      normalizer = icu::Normalizer2::getNFKDInstance(status);
      break;
  }
  if (U_FAILURE(status) || normalizer == nullptr) return std::u16string(string);
  icu::UnicodeString normal = normalizer->normalize(ToIcu(string), status);
  if (U_FAILURE(status)) return std::u16string(string);
  // 8. Return normal.
  return FromIcu(normal);
}

// 22.1.3.12 String.prototype.localeCompare ( that [ , reserved1 [ ,
// reserved2 ] ] )
// https://tc39.es/ecma262/#sec-string.prototype.localecompare
int LocaleCompare(std::u16string_view string, std::u16string_view that) {
  // 1-4. RequireObjectCoercible and the two ToStrings are the caller's.
  // An implementation-defined comparison that honours canonical
  // equivalence: the root collator with normalization on. ICU collators
  // are safe to share across threads for compare().
  static const icu::Collator* const collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::Collator* created =
        icu::Collator::createInstance(icu::Locale::getRoot(), status);
    if (U_FAILURE(status)) {
      delete created;
      return static_cast<icu::Collator*>(nullptr);
    }
    created->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
    return created;
  }();
  if (collator == nullptr) {
    // No collation data: code unit order, still a total order.
    return string < that ? -1 : (string == that ? 0 : 1);
  }
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result = collator->compare(
      string.data(), static_cast<std::int32_t>(string.size()), that.data(),
      static_cast<std::int32_t>(that.size()), status);
  if (U_FAILURE(status)) return string < that ? -1 : (string == that ? 0 : 1);
  return result == UCOL_LESS ? -1 : (result == UCOL_EQUAL ? 0 : 1);
}

}  // namespace async_runtime::builtins
