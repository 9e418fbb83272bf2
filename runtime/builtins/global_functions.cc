#include "runtime/builtins/global_functions.h"

#include <cmath>
#include <optional>
#include <string>

#include "runtime/builtins/algorithms/number_format.h"
#include "runtime/builtins/algorithms/string_unicode.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::ErrorKind;

namespace {

// 19.2.2 isFinite ( number )
// https://tc39.es/ecma262/#sec-isfinite-number
ThrowCompletionOr<Value> IsFinite(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let num be ? ToNumber(number).
  double num = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 0)));
  // 2. If num is not finite, return false.
  // 3. Otherwise, return true.
  return Value::Boolean(std::isfinite(num));
}

// 19.2.3 isNaN ( number )
// https://tc39.es/ecma262/#sec-isnan-number
ThrowCompletionOr<Value> IsNaN(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let num be ? ToNumber(number).
  double num = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 0)));
  // 2. If num is NaN, return true.
  // 3. Otherwise, return false.
  return Value::Boolean(std::isnan(num));
}

// 19.2.4 parseFloat ( string )
// https://tc39.es/ecma262/#sec-parsefloat-string
ThrowCompletionOr<Value> ParseFloatFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let inputString be ? ToString(string).
  Value input_string = TRY(interpreter::vm::ToString(agent, Argument(arguments, 0)));
  // 2.-7. (number_format.h)
  return Value::Number(ParseFloat(input_string.AsString()->code_units()));
}

// 19.2.5 parseInt ( string, radix )
// https://tc39.es/ecma262/#sec-parseint-string-radix
ThrowCompletionOr<Value> ParseIntFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let inputString be ? ToString(string).
  interpreter::RootedValue input_string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 2. Let S be ! TrimString(inputString, start). ... 6. Let R be ℝ(? ToInt32(radix)).
  double radix = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 1)));
  // 3.-16. (number_format.h)
  return Value::Number(ParseInt(input_string->AsString()->code_units(), interpreter::vm::ToInt32(radix)));
}

// True when `code_unit` is an ASCII word character or one of "-.!~*'()" (Encode's alwaysUnescaped).
bool IsAlwaysUnescaped(char16_t code_unit) {
  if ((code_unit >= u'a' && code_unit <= u'z') || (code_unit >= u'A' && code_unit <= u'Z') ||
      (code_unit >= u'0' && code_unit <= u'9') || code_unit == u'_') {
    return true;
  }
  return std::u16string_view(u"-.!~*'()").find(code_unit) != std::u16string_view::npos;
}

// 19.2.6.5 Encode ( string, extraUnescaped )
// https://tc39.es/ecma262/#sec-encode
ThrowCompletionOr<Value> Encode(Agent& agent, std::u16string_view string, std::u16string_view extra_unescaped) {
  static constexpr char16_t kHexDigits[] = u"0123456789ABCDEF";
  // 1. Let length be the length of string.
  size_t length = string.size();
  // 2. Let result be the empty String.
  std::u16string result;
  // 3. Let alwaysUnescaped be the string-concatenation of the ASCII word characters and "-.!~*'()".
  // 4. Let unescapedSet be the string-concatenation of alwaysUnescaped and extraUnescaped.
  // 5. Let k be 0.
  size_t k = 0;
  // 6. Repeat, while k < length,
  while (k < length) {
    // a. Let codeUnit be the code unit at index k within string.
    char16_t code_unit = string[k];
    // b. If unescapedSet contains codeUnit, then
    if (IsAlwaysUnescaped(code_unit) || extra_unescaped.find(code_unit) != std::u16string_view::npos) {
      // i. Set k to k + 1.
      ++k;
      // ii. Set result to the string-concatenation of result and codeUnit.
      result.push_back(code_unit);
    } else {
      // c. Else,
      // i. Let codePoint be CodePointAt(string, k).
      CodePointRecord code_point = CodePointAt(string, k);
      // ii. If codePoint.[[IsUnpairedSurrogate]] is true, throw a URIError exception.
      if (code_point.is_unpaired_surrogate) {
        return interpreter::ThrowError(agent, ErrorKind::kURIError, u"URI malformed: lone surrogate");
      }
      // iii. Set k to k + codePoint.[[CodeUnitCount]].
      k += code_point.code_unit_count;
      // iv. Let octets be the List of octets resulting by applying the UTF-8 transformation to
      //     codePoint.[[CodePoint]].
      char32_t cp = code_point.code_point;
      unsigned char octets[4];
      int octet_count;
      if (cp < 0x80) {
        octets[0] = static_cast<unsigned char>(cp);
        octet_count = 1;
      } else if (cp < 0x800) {
        octets[0] = static_cast<unsigned char>(0xC0 | (cp >> 6));
        octets[1] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        octet_count = 2;
      } else if (cp < 0x10000) {
        octets[0] = static_cast<unsigned char>(0xE0 | (cp >> 12));
        octets[1] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
        octets[2] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        octet_count = 3;
      } else {
        octets[0] = static_cast<unsigned char>(0xF0 | (cp >> 18));
        octets[1] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
        octets[2] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
        octets[3] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        octet_count = 4;
      }
      // v. For each element octet of octets, do
      for (int i = 0; i < octet_count; ++i) {
        // 1. Let hex be the String representation of octet, formatted as an uppercase hexadecimal number.
        // 2. Set result to the string-concatenation of result, "%", and StringPad(hex, 2, "0", start).
        result.push_back(u'%');
        result.push_back(kHexDigits[octets[i] >> 4]);
        result.push_back(kHexDigits[octets[i] & 0xF]);
      }
    }
  }
  // 7. Return result.
  return interpreter::vm::MakeString(agent, std::move(result));
}

int HexDigitValue(char16_t code_unit) {
  if (code_unit >= u'0' && code_unit <= u'9') return code_unit - u'0';
  if (code_unit >= u'a' && code_unit <= u'f') return code_unit - u'a' + 10;
  if (code_unit >= u'A' && code_unit <= u'F') return code_unit - u'A' + 10;
  return -1;
}

// 19.2.6.7 ParseHexOctet ( string, position )
// https://tc39.es/ecma262/#sec-parsehexoctet
// std::nullopt stands for the List of SyntaxError errors.
std::optional<int> ParseHexOctet(std::u16string_view string, size_t position) {
  // 1. Let len be the length of string. 2. Assert: position + 2 ≤ len.
  // 3. Let hexDigits be the substring of string from position to position + 2.
  // 4. Let parseResult be ParseText(hexDigits, HexDigits[~Sep]).
  // 5. If parseResult is not a Parse Node, return parseResult.
  int high = HexDigitValue(string[position]);
  int low = HexDigitValue(string[position + 1]);
  if (high < 0 || low < 0) return std::nullopt;
  // 6. Let n be the MV of parseResult. 7. Assert: n is in the inclusive interval from 0 to 255. 8. Return n.
  return high * 16 + low;
}

// 19.2.6.6 Decode ( string, preserveEscapeSet )
// https://tc39.es/ecma262/#sec-decode
ThrowCompletionOr<Value> Decode(Agent& agent, std::u16string_view string, std::u16string_view preserve_escape_set) {
  auto uri_error = [&agent]() { return interpreter::ThrowError(agent, ErrorKind::kURIError, u"URI malformed"); };
  // 1. Let length be the length of string.
  size_t length = string.size();
  // 2. Let result be the empty String.
  std::u16string result;
  // 3. Let k be 0.
  size_t k = 0;
  // 4. Repeat, while k < length,
  while (k < length) {
    // a. Let codeUnit be the code unit at index k within string.
    char16_t code_unit = string[k];
    // b. Let segment be codeUnit.
    std::u16string segment(1, code_unit);
    // c. If codeUnit is the code unit 0x0025 (PERCENT SIGN), then
    if (code_unit == u'%') {
      // i. If k + 3 > length, throw a URIError exception.
      if (k + 3 > length) return uri_error();
      // ii. Let escape be the substring of string from k to k + 3.
      std::u16string_view escape = string.substr(k, 3);
      // iii. Let firstOctet be ParseHexOctet(string, k + 1).
      std::optional<int> first_octet = ParseHexOctet(string, k + 1);
      // iv. If firstOctet is not an integer, throw a URIError exception.
      if (!first_octet) return uri_error();
      // v. Set k to k + 2.
      k += 2;
      // vi. Let n be the number of leading 1 bits in firstOctet.
      int n = 0;
      while (n < 8 && (*first_octet & (0x80 >> n)) != 0) ++n;
      // vii. If n = 0, then
      if (n == 0) {
        // 1. Let asciiChar be the code unit whose numeric value is firstOctet.
        char16_t ascii_char = static_cast<char16_t>(*first_octet);
        // 2. If preserveEscapeSet contains asciiChar, set segment to escape; else set segment to asciiChar.
        if (preserve_escape_set.find(ascii_char) != std::u16string_view::npos) {
          segment = std::u16string(escape);
        } else {
          segment = std::u16string(1, ascii_char);
        }
      } else {
        // viii. Else,
        // 1. If n = 1 or n > 4, throw a URIError exception.
        if (n == 1 || n > 4) return uri_error();
        // 2. Let octets be « firstOctet ».
        int octets[4] = {*first_octet, 0, 0, 0};
        // 3. Let j be 1.
        int j = 1;
        // 4. Repeat, while j < n,
        while (j < n) {
          // a. Set k to k + 1.
          ++k;
          // b. If k + 3 > length, throw a URIError exception.
          if (k + 3 > length) return uri_error();
          // c. If the code unit at index k within string is not the code unit 0x0025 (PERCENT SIGN), throw a
          //    URIError exception.
          if (string[k] != u'%') return uri_error();
          // d. Let continuationByte be ParseHexOctet(string, k + 1).
          std::optional<int> continuation_byte = ParseHexOctet(string, k + 1);
          // e. If continuationByte is not an integer, throw a URIError exception.
          if (!continuation_byte) return uri_error();
          // f. Append continuationByte to octets.
          octets[j] = *continuation_byte;
          // g. Set k to k + 2.
          k += 2;
          // h. Set j to j + 1.
          ++j;
        }
        // 5. Assert: The length of octets is n.
        // 6. If octets does not contain a valid UTF-8 encoding of a Unicode code point, throw a URIError exception.
        //    (Continuation bytes are 10xxxxxx; overlong forms, surrogates and values above U+10FFFF are invalid.)
        char32_t code_point = static_cast<char32_t>(octets[0] & (0x7F >> n));
        for (int i = 1; i < n; ++i) {
          if ((octets[i] & 0xC0) != 0x80) return uri_error();
          code_point = (code_point << 6) | static_cast<char32_t>(octets[i] & 0x3F);
        }
        static constexpr char32_t kMinimumForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code_point < kMinimumForLength[n] || code_point > 0x10FFFF ||
            (code_point >= 0xD800 && code_point <= 0xDFFF)) {
          return uri_error();
        }
        // 7. Let codePoint be the code point obtained by applying the UTF-8 transformation to octets, that is,
        //    from a List of octets into a 21-bit value.
        // 8. Set segment to UTF16EncodeCodePoint(codePoint).
        segment.clear();
        if (code_point < 0x10000) {
          segment.push_back(static_cast<char16_t>(code_point));
        } else {
          segment.push_back(static_cast<char16_t>(0xD800 + ((code_point - 0x10000) >> 10)));
          segment.push_back(static_cast<char16_t>(0xDC00 + ((code_point - 0x10000) & 0x3FF)));
        }
      }
    }
    // d. Set result to the string-concatenation of result and segment.
    result += segment;
    // e. Set k to k + 1.
    ++k;
  }
  // 5. Return result.
  return interpreter::vm::MakeString(agent, std::move(result));
}

// 19.2.6.1 decodeURI ( encodedURI )
// https://tc39.es/ecma262/#sec-decodeuri-encodeduri
ThrowCompletionOr<Value> DecodeURI(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let uriString be ? ToString(encodedURI).
  interpreter::RootedValue uri_string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 2. Let preserveEscapeSet be ";/?:@&=+$,#".
  // 3. Return ? Decode(uriString, preserveEscapeSet).
  return Decode(agent, uri_string->AsString()->code_units(), u";/?:@&=+$,#");
}

// 19.2.6.2 decodeURIComponent ( encodedURIComponent )
// https://tc39.es/ecma262/#sec-decodeuricomponent-encodeduricomponent
ThrowCompletionOr<Value> DecodeURIComponent(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let componentString be ? ToString(encodedURIComponent).
  interpreter::RootedValue component_string(agent.heap(),
                                            TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 2. Let preserveEscapeSet be the empty String.
  // 3. Return ? Decode(componentString, preserveEscapeSet).
  return Decode(agent, component_string->AsString()->code_units(), u"");
}

// 19.2.6.3 encodeURI ( uri )
// https://tc39.es/ecma262/#sec-encodeuri-uri
ThrowCompletionOr<Value> EncodeURI(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let uriString be ? ToString(uri).
  interpreter::RootedValue uri_string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 2. Let extraUnescaped be ";/?:@&=+$,#".
  // 3. Return ? Encode(uriString, extraUnescaped).
  return Encode(agent, uri_string->AsString()->code_units(), u";/?:@&=+$,#");
}

// 19.2.6.4 encodeURIComponent ( uriComponent )
// https://tc39.es/ecma262/#sec-encodeuricomponent-uricomponent
ThrowCompletionOr<Value> EncodeURIComponent(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let componentString be ? ToString(uriComponent).
  interpreter::RootedValue component_string(agent.heap(),
                                            TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 2. Let extraUnescaped be the empty String.
  // 3. Return ? Encode(componentString, extraUnescaped).
  return Encode(agent, component_string->AsString()->code_units(), u"");
}

// B.2.1.1 escape ( string )
// https://tc39.es/ecma262/#sec-escape-string
ThrowCompletionOr<Value> Escape(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Set string to ? ToString(string).
  interpreter::RootedValue string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  std::u16string_view code_units = string->AsString()->code_units();
  // 2. Let length be the length of string.
  // 3. Let result be the empty String.
  std::u16string result;
  result.reserve(code_units.size());
  // 4. Let unescapedSet be the string-concatenation of the ASCII word characters and "@*+-./".
  auto in_unescaped_set = [](char16_t code_unit) {
    return (code_unit >= u'a' && code_unit <= u'z') || (code_unit >= u'A' && code_unit <= u'Z') ||
           (code_unit >= u'0' && code_unit <= u'9') || code_unit == u'_' || code_unit == u'@' || code_unit == u'*' ||
           code_unit == u'+' || code_unit == u'-' || code_unit == u'.' || code_unit == u'/';
  };
  static constexpr char16_t kUpperHexDigits[] = u"0123456789ABCDEF";
  // 5. Let k be 0. 6. Repeat, while k < length,
  for (char16_t code_unit : code_units) {
    // a. Let codeUnit be the code unit at index k within string.
    // b. If unescapedSet contains codeUnit, then i. Let nextPart be codeUnit.
    if (in_unescaped_set(code_unit)) {
      result.push_back(code_unit);
    } else if (code_unit < 256) {
      // c. Else, i. Let codeUnitNumber be the numeric value of codeUnit.
      //    ii. If codeUnitNumber < 256, then 1.-2. nextPart is "%" and the two-digit uppercase hexadecimal.
      result.push_back(u'%');
      result.push_back(kUpperHexDigits[code_unit >> 4]);
      result.push_back(kUpperHexDigits[code_unit & 0xF]);
    } else {
      //    iii. Else, 1.-2. nextPart is "%u" and the four-digit uppercase hexadecimal.
      result.append(u"%u");
      for (int shift = 12; shift >= 0; shift -= 4) result.push_back(kUpperHexDigits[(code_unit >> shift) & 0xF]);
    }
    // d. Set result to the string-concatenation of result and nextPart. e. Set k to k + 1.
  }
  // 7. Return result.
  return interpreter::vm::MakeString(agent, std::move(result));
}

// B.2.1.2 unescape ( string )
// https://tc39.es/ecma262/#sec-unescape-string
ThrowCompletionOr<Value> Unescape(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Set string to ? ToString(string).
  interpreter::RootedValue string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  std::u16string_view code_units = string->AsString()->code_units();
  // 2. Let length be the length of string.
  size_t length = code_units.size();
  // 3. Let result be the empty String.
  std::u16string result;
  result.reserve(length);
  auto hex_digit_value = [](char16_t code_unit) -> int {
    if (code_unit >= u'0' && code_unit <= u'9') return code_unit - u'0';
    if (code_unit >= u'a' && code_unit <= u'f') return code_unit - u'a' + 10;
    if (code_unit >= u'A' && code_unit <= u'F') return code_unit - u'A' + 10;
    return -1;
  };
  // ParseText(hexDigits, HexDigits[~Sep]) and its MV: every code unit a hex digit (hexDigits is never empty
  // when it is parsed: an empty hexDigits is not a HexDigits).
  auto parse_hex_digits = [&](size_t start, size_t count) -> int {
    int value = 0;
    for (size_t i = start; i < start + count; ++i) {
      int digit = hex_digit_value(code_units[i]);
      if (digit < 0) return -1;
      value = value * 16 + digit;
    }
    return value;
  };
  // 4. Let k be 0. 5. Repeat, while k < length,
  for (size_t k = 0; k < length; ++k) {
    // a. Let codeUnit be the code unit at index k within string.
    char16_t code_unit = code_units[k];
    // b. If codeUnit is the code unit 0x0025 (PERCENT SIGN), then
    if (code_unit == u'%') {
      // i. Let hexDigits be the empty String. ii. Let optionalAdvance be 0.
      size_t digits_start = 0;
      size_t digit_count = 0;
      size_t optional_advance = 0;
      // iii. If k + 5 < length and the code unit at index k + 1 within string is 0x0075 (u), then
      if (k + 5 < length && code_units[k + 1] == u'u') {
        // 1. Set hexDigits to the substring of string from k + 2 to k + 6. 2. Set optionalAdvance to 5.
        digits_start = k + 2;
        digit_count = 4;
        optional_advance = 5;
      } else if (k + 3 <= length) {
        // iv. Else if k + 3 ≤ length, then 1. Set hexDigits to the substring of string from k + 1 to k + 3.
        //     2. Set optionalAdvance to 2.
        digits_start = k + 1;
        digit_count = 2;
        optional_advance = 2;
      }
      // v. Let parseResult be ParseText(hexDigits, HexDigits[~Sep]).
      int code_unit_number = digit_count == 0 ? -1 : parse_hex_digits(digits_start, digit_count);
      // vi. If parseResult is a Parse Node, then
      if (code_unit_number >= 0) {
        // 1. Let codeUnitNumber be the MV of parseResult.
        // 2. Set codeUnit to the code unit whose numeric value is codeUnitNumber.
        code_unit = static_cast<char16_t>(code_unit_number);
        // 3. Set k to k + optionalAdvance.
        k += optional_advance;
      }
    }
    // c. Set result to the string-concatenation of result and codeUnit. d. Set k to k + 1.
    result.push_back(code_unit);
  }
  // 6. Return result.
  return interpreter::vm::MakeString(agent, std::move(result));
}

void CreateGlobalFunction(Agent& agent, Realm* realm, Intrinsic intrinsic, std::u16string_view name, double length,
                          BuiltinBehaviour behaviour) {
  heap::Handle<Realm> rooted_realm(agent.heap(), realm);
  NativeFunction* function = CreateBuiltinFunction(agent, std::move(behaviour), length, agent.Key(name), realm);
  rooted_realm->set_intrinsic(intrinsic, function);
}

}  // namespace

void CreateGlobalFunctionIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  CreateGlobalFunction(agent, realm, Intrinsic::kIsFinite, u"isFinite", 1, IsFinite);
  CreateGlobalFunction(agent, realm, Intrinsic::kIsNaN, u"isNaN", 1, IsNaN);
  CreateGlobalFunction(agent, realm, Intrinsic::kParseFloat, u"parseFloat", 1, ParseFloatFunction);
  CreateGlobalFunction(agent, realm, Intrinsic::kParseInt, u"parseInt", 2, ParseIntFunction);
  CreateGlobalFunction(agent, realm, Intrinsic::kDecodeURI, u"decodeURI", 1, DecodeURI);
  CreateGlobalFunction(agent, realm, Intrinsic::kDecodeURIComponent, u"decodeURIComponent", 1, DecodeURIComponent);
  CreateGlobalFunction(agent, realm, Intrinsic::kEncodeURI, u"encodeURI", 1, EncodeURI);
  CreateGlobalFunction(agent, realm, Intrinsic::kEncodeURIComponent, u"encodeURIComponent", 1, EncodeURIComponent);
  // B.2.1 Additional Properties of the Global Object
  CreateGlobalFunction(agent, realm, Intrinsic::kEscape, u"escape", 1, Escape);
  CreateGlobalFunction(agent, realm, Intrinsic::kUnescape, u"unescape", 1, Unescape);
}

}  // namespace async_runtime::builtins
