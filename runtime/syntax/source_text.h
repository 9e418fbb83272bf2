// Source text as the specification sees it: a sequence of UTF-16 code units
// (ECMA-262 11.1 Source Text, https://tc39.es/ecma262/#sec-source-text),
// with the mapping from code-unit offsets to 1-based line and column numbers
// used in every diagnostic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace async_runtime::syntax {

// A position in source text. `offset` counts UTF-16 code units from the start;
// `line` and `column` are 1-based, the column counting UTF-16 code units.
struct SourceLocation {
  uint32_t offset = 0;
  uint32_t line = 1;
  uint32_t column = 1;
};

// Half-open range [start, end) of source text.
struct SourceRange {
  SourceLocation start;
  SourceLocation end;
};

// Decodes UTF-8 into UTF-16 code units. Ill-formed sequences become U+FFFD
// (the WHATWG/Unicode "maximal subpart" replacement), so any byte string is
// accepted. A leading UTF-8 byte-order mark is kept (it is a WhiteSpace).
std::u16string Utf8ToUtf16(std::string_view utf8);

// Encodes UTF-16 code units as UTF-8; lone surrogates become U+FFFD.
std::string Utf16ToUtf8(std::u16string_view utf16);

// Owns the code units of one script or module and answers line/column
// queries. Line terminators are LF, CR, CRLF (one terminator), U+2028, U+2029.
class SourceText {
 public:
  SourceText(std::string filename, std::u16string code_units);
  static SourceText FromUtf8(std::string filename, std::string_view utf8);

  const std::string& filename() const { return filename_; }
  std::u16string_view code_units() const { return code_units_; }

  // Line and column of a code-unit offset (offset may equal size()).
  SourceLocation LocationOf(uint32_t offset) const;

 private:
  std::string filename_;
  std::u16string code_units_;
  std::vector<uint32_t> line_starts_;  // offset of the first code unit of each line
};

}  // namespace async_runtime::syntax
