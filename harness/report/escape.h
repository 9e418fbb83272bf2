// Text made safe for the report formats. All of them first repair the text
// as UTF-8 (each byte of an ill-formed sequence becomes U+FFFD), since the
// runner's messages come from arbitrary engine output.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace async_runtime::harness::report {

// Well-formed UTF-8: ill-formed sequences (stray continuation bytes,
// overlong forms, encoded surrogates, code points above U+10FFFF, truncated
// sequences) are replaced by U+FFFD, one per bad byte.
std::string RepairUtf8(std::string_view text);

// For XML 1.0 element content and attribute values: & < > " ' become
// entities; tab, line feed and carriage return become character references
// (so attribute values keep them); the characters XML 1.0 forbids (C0
// controls other than those three, U+FFFE, U+FFFF) become the visible text
// "\xNN" / "\uFFFE" so the document stays well-formed and the message
// still shows them.
std::string XmlEscape(std::string_view text);

// For HTML text and attribute values: & < > " ' become entities; C0
// controls other than tab, line feed and carriage return, and DEL, become
// visible "\xNN".
std::string HtmlEscape(std::string_view text);

// For inline Markdown (including table cells; never at the start of a
// line): inline punctuation \ ` * _ [ ] | ~ is backslash-escaped, < > & become entities (no raw HTML), line breaks
// become spaces, controls become visible "\xNN".
std::string MarkdownEscape(std::string_view text);

// For the terminal: repaired UTF-8 with every control character (line
// breaks included, so one item stays on one line; and ESC, so no terminal
// escape sequence gets through) shown as "\xNN".
std::string VisibleText(std::string_view text);

// A Markdown code span showing `text` literally: the fence is longer than
// any run of backticks inside, line breaks become spaces, and | is
// escaped so the span can sit in a table cell.
std::string MarkdownCode(std::string_view text);

// For a URL fragment (a clause id such as "sec-%typedarray%.prototype"):
// percent-encodes every byte but ASCII letters, digits and - . _ ~ : @ / ?
// ! $ * + , ; =  (so also % ( ) & ' [ ] and spaces, which would end or
// confuse a Markdown link).
std::string FragmentEncode(std::string_view text);

// The first line of a message, cut to at most `max_bytes` bytes on a
// UTF-8 character boundary with "…" appended when anything was dropped
// (a following line or the cut tail). The result is repaired UTF-8.
std::string ShortMessage(std::string_view message, size_t max_bytes);

}  // namespace async_runtime::harness::report
