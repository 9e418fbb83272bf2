// 11.1 Source Text
// https://tc39.es/ecma262/#sec-source-text
#include "runtime/syntax/source_text.h"

#include <algorithm>
#include <utility>

namespace async_runtime::syntax {

namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

void AppendUtf16(char32_t cp, std::u16string& out) {
  if (cp < 0x10000) {
    out.push_back(static_cast<char16_t>(cp));
  } else {
    cp -= 0x10000;
    out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
    out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
  }
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

// The decoder follows the Unicode Standard's "U+FFFD substitution of maximal
// subparts" (also the WHATWG UTF-8 decoder): a lead byte opens a sequence whose
// continuation bytes must lie in the ranges of Table 3-7 (Well-Formed UTF-8
// Byte Sequences); the first byte outside the expected range ends the
// ill-formed subpart, which becomes one U+FFFD, and is then decoded afresh.
std::u16string Utf8ToUtf16(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t size = utf8.size();
  size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      out.push_back(lead);
      ++i;
      continue;
    }
    int needed;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    char32_t cp;
    if (lead >= 0xC2 && lead <= 0xDF) {
      needed = 1;
      cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      needed = 2;
      cp = lead & 0x0F;
      if (lead == 0xE0) lower = 0xA0;  // no overlong forms
      if (lead == 0xED) upper = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      needed = 3;
      cp = lead & 0x07;
      if (lead == 0xF0) lower = 0x90;  // no overlong forms
      if (lead == 0xF4) upper = 0x8F;  // nothing above U+10FFFF
    } else {
      out.push_back(static_cast<char16_t>(kReplacementCharacter));
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool complete = true;
    for (int k = 0; k < needed; ++k) {
      if (j >= size || bytes[j] < lower || bytes[j] > upper) {
        complete = false;
        break;
      }
      cp = (cp << 6) | (bytes[j] & 0x3F);
      ++j;
      lower = 0x80;
      upper = 0xBF;
    }
    AppendUtf16(complete ? cp : kReplacementCharacter, out);
    i = j;
  }
  return out;
}

std::string Utf16ToUtf8(std::u16string_view utf16) {
  std::string out;
  out.reserve(utf16.size());
  const size_t size = utf16.size();
  for (size_t i = 0; i < size; ++i) {
    char32_t c = utf16[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < size && utf16[i + 1] >= 0xDC00 &&
        utf16[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = kReplacementCharacter;
    }
    AppendUtf8(c, out);
  }
  return out;
}

SourceText::SourceText(std::string filename, std::u16string code_units)
    : filename_(std::move(filename)), code_units_(std::move(code_units)) {
  // 12.3 Line Terminators: <LF>, <CR>, <LS>, <PS>; <CR><LF> is one
  // LineTerminatorSequence, so it starts a single new line.
  line_starts_.reserve(code_units_.size() / 32 + 1);
  line_starts_.push_back(0);
  const size_t size = code_units_.size();
  const char16_t* units = code_units_.data();
  for (size_t i = 0; i < size; ++i) {
    const char16_t c = units[i];
    if (c > 0x0D && c != 0x2028 && c != 0x2029) continue;
    if (c == u'\r') {
      if (i + 1 < size && units[i + 1] == u'\n') ++i;
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    } else if (c == u'\n' || c == 0x2028 || c == 0x2029) {
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
}

SourceText SourceText::FromUtf8(std::string filename, std::string_view utf8) {
  return SourceText(std::move(filename), Utf8ToUtf16(utf8));
}

SourceLocation SourceText::LocationOf(uint32_t offset) const {
  if (offset > code_units_.size()) offset = static_cast<uint32_t>(code_units_.size());
  // The last line start that is <= offset.
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  SourceLocation location;
  location.offset = offset;
  location.line = static_cast<uint32_t>(line_index + 1);
  location.column = offset - line_starts_[line_index] + 1;
  return location;
}

}  // namespace async_runtime::syntax
