#include "runtime/interpreter/primitive_string.h"

namespace async_runtime::interpreter {

std::string PrimitiveString::ToUtf8() const { return Utf8FromUtf16(code_units_); }

std::u16string Utf16FromUtf8(std::string_view utf8) {
  std::u16string result;
  size_t i = 0;
  auto continuation = [&](size_t at) {
    return at < utf8.size() && (static_cast<unsigned char>(utf8[at]) & 0xC0) == 0x80;
  };
  while (i < utf8.size()) {
    auto lead = static_cast<unsigned char>(utf8[i]);
    char32_t code_point = 0xFFFD;
    size_t length = 1;
    if (lead < 0x80) {
      code_point = lead;
    } else if (lead >= 0xC2 && lead < 0xE0 && continuation(i + 1)) {
      code_point = ((lead & 0x1F) << 6) | (utf8[i + 1] & 0x3F);
      length = 2;
    } else if (lead >= 0xE0 && lead < 0xF0 && continuation(i + 1) && continuation(i + 2)) {
      code_point = ((lead & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
      length = 3;
      if (code_point < 0x800) code_point = 0xFFFD;
    } else if (lead >= 0xF0 && lead < 0xF5 && continuation(i + 1) && continuation(i + 2) &&
               continuation(i + 3)) {
      code_point = ((lead & 0x07) << 18) | ((utf8[i + 1] & 0x3F) << 12) |
                   ((utf8[i + 2] & 0x3F) << 6) | (utf8[i + 3] & 0x3F);
      length = 4;
      if (code_point < 0x10000 || code_point > 0x10FFFF) code_point = 0xFFFD;
    }
    if (code_point >= 0x10000) {
      code_point -= 0x10000;
      result.push_back(static_cast<char16_t>(0xD800 + (code_point >> 10)));
      result.push_back(static_cast<char16_t>(0xDC00 + (code_point & 0x3FF)));
    } else {
      result.push_back(static_cast<char16_t>(code_point));
    }
    i += length;
  }
  return result;
}

std::string Utf8FromUtf16(std::u16string_view utf16) {
  std::string result;
  for (size_t i = 0; i < utf16.size(); ++i) {
    char32_t code_point = utf16[i];
    if (code_point >= 0xD800 && code_point < 0xDC00 && i + 1 < utf16.size() &&
        utf16[i + 1] >= 0xDC00 && utf16[i + 1] < 0xE000) {
      code_point = 0x10000 + ((code_point - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    } else if (code_point >= 0xD800 && code_point < 0xE000) {
      code_point = 0xFFFD;
    }
    if (code_point < 0x80) {
      result.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
      result.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
      result.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
      result.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
      result.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
      result.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
      result.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
      result.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
      result.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
      result.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
  }
  return result;
}

}  // namespace async_runtime::interpreter
