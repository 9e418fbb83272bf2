#include "harness/report/escape.h"

#include <cstdint>

namespace async_runtime::harness::report {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr char kHexDigits[] = "0123456789ABCDEF";

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 when
// text[i] does not start one (Unicode Table 3-7).
size_t WellFormedSequenceLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) {
    return static_cast<uint8_t>(text[k]);
  };
  const uint8_t lead = byte(i);
  if (lead < 0x80) return 1;
  size_t length = 0;
  uint8_t second_min = 0x80;
  uint8_t second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;  // no overlong forms
    if (lead == 0xED) second_max = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;  // no overlong forms
    if (lead == 0xF4) second_max = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < second_min || byte(i + 1) > second_max) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

void AppendVisibleByte(uint8_t c, std::string* out) {
  out->append("\\x");
  out->push_back(kHexDigits[c >> 4]);
  out->push_back(kHexDigits[c & 0xF]);
}

bool IsDisallowedControl(uint8_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

}  // namespace

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const size_t length = WellFormedSequenceLength(text, i);
    if (length == 0) {
      out.append(kReplacementCharacter);
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

std::string XmlEscape(std::string_view text) {
  const std::string repaired = RepairUtf8(text);
  std::string out;
  out.reserve(repaired.size() + repaired.size() / 8);
  for (size_t i = 0; i < repaired.size(); ++i) {
    const char c = repaired[i];
    switch (c) {
      case '&':
        out.append("&amp;");
        continue;
      case '<':
        out.append("&lt;");
        continue;
      case '>':
        out.append("&gt;");
        continue;
      case '"':
        out.append("&quot;");
        continue;
      case '\'':
        out.append("&apos;");
        continue;
      case '\t':
        out.append("&#9;");
        continue;
      case '\n':
        out.append("&#10;");
        continue;
      case '\r':
        out.append("&#13;");
        continue;
      default:
        break;
    }
    const auto byte = static_cast<uint8_t>(c);
    if (byte < 0x20) {
      AppendVisibleByte(byte, &out);
    } else if (byte == 0xEF && i + 2 < repaired.size() &&
               static_cast<uint8_t>(repaired[i + 1]) == 0xBF &&
               (static_cast<uint8_t>(repaired[i + 2]) == 0xBE ||
                static_cast<uint8_t>(repaired[i + 2]) == 0xBF)) {
      // U+FFFE and U+FFFF are not XML 1.0 characters.
      out.append(static_cast<uint8_t>(repaired[i + 2]) == 0xBE ? "\\uFFFE"
                                                                : "\\uFFFF");
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string HtmlEscape(std::string_view text) {
  const std::string repaired = RepairUtf8(text);
  std::string out;
  out.reserve(repaired.size() + repaired.size() / 8);
  for (const char c : repaired) {
    switch (c) {
      case '&':
        out.append("&amp;");
        break;
      case '<':
        out.append("&lt;");
        break;
      case '>':
        out.append("&gt;");
        break;
      case '"':
        out.append("&quot;");
        break;
      case '\'':
        out.append("&#39;");
        break;
      default:
        if (IsDisallowedControl(static_cast<uint8_t>(c))) {
          AppendVisibleByte(static_cast<uint8_t>(c), &out);
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

std::string MarkdownEscape(std::string_view text) {
  const std::string repaired = RepairUtf8(text);
  // Only inline punctuation: the reports never put escaped text at the
  // start of a line, so block markers (# - + 1.) need no escape.
  constexpr std::string_view kPunctuation = "\\`*_[]|~";
  std::string out;
  out.reserve(repaired.size() + repaired.size() / 4);
  for (const char c : repaired) {
    if (c == '&') {
      out.append("&amp;");
    } else if (c == '<') {
      out.append("&lt;");
    } else if (c == '>') {
      out.append("&gt;");
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out.push_back(' ');
    } else if (IsDisallowedControl(static_cast<uint8_t>(c))) {
      AppendVisibleByte(static_cast<uint8_t>(c), &out);
    } else if (kPunctuation.find(c) != std::string_view::npos) {
      out.push_back('\\');
      out.push_back(c);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string VisibleText(std::string_view text) {
  const std::string repaired = RepairUtf8(text);
  std::string out;
  out.reserve(repaired.size());
  for (const char c : repaired) {
    const auto byte = static_cast<uint8_t>(c);
    if (byte < 0x20 || byte == 0x7F) {
      AppendVisibleByte(byte, &out);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string MarkdownCode(std::string_view text) {
  std::string content = RepairUtf8(text);
  size_t longest_run = 0;
  size_t run = 0;
  for (char& c : content) {
    if (c == '\n' || c == '\r') c = ' ';
    run = c == '`' ? run + 1 : 0;
    if (run > longest_run) longest_run = run;
  }
  std::string escaped;
  for (const char c : content) {
    if (c == '|') {
      escaped.append("\\|");  // GitHub splits table cells even in code
    } else if (IsDisallowedControl(static_cast<uint8_t>(c))) {
      AppendVisibleByte(static_cast<uint8_t>(c), &escaped);
    } else {
      escaped.push_back(c);
    }
  }
  const std::string fence(longest_run + 1, '`');
  const bool pad = !escaped.empty() &&
                   (escaped.front() == '`' || escaped.back() == '`');
  return fence + (pad ? " " : "") + escaped + (pad ? " " : "") + fence;
}

std::string FragmentEncode(std::string_view text) {
  constexpr std::string_view kKept = "-._~:@/?!$*+,;=";
  std::string out;
  for (const char c : text) {
    const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9');
    if (alphanumeric || kKept.find(c) != std::string_view::npos) {
      out.push_back(c);
    } else {
      const auto byte = static_cast<uint8_t>(c);
      out.push_back('%');
      out.push_back(kHexDigits[byte >> 4]);
      out.push_back(kHexDigits[byte & 0xF]);
    }
  }
  return out;
}

std::string ShortMessage(std::string_view message, size_t max_bytes) {
  std::string repaired = RepairUtf8(message);
  bool dropped = false;
  if (const size_t newline = repaired.find_first_of("\r\n");
      newline != std::string::npos) {
    dropped = repaired.find_first_not_of("\r\n \t", newline) !=
              std::string::npos;
    repaired.resize(newline);
  }
  if (repaired.size() > max_bytes) {
    size_t cut = max_bytes;
    // Back up to the start of a character (not a continuation byte).
    while (cut > 0 && (static_cast<uint8_t>(repaired[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    repaired.resize(cut);
    dropped = true;
  }
  if (dropped) repaired.append("\xE2\x80\xA6");  // …
  return repaired;
}

}  // namespace async_runtime::harness::report
