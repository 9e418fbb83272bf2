// Small helpers for the line-oriented files the harness reads.
#pragma once

#include <string_view>
#include <vector>

namespace async_runtime::harness {

// Splits at '\n' (a trailing '\r' is dropped from each line). A final line
// without a terminator is kept; an empty trailing line is not produced.
std::vector<std::string_view> SplitLines(std::string_view text);

// `text` without leading and trailing spaces and tabs.
std::string_view TrimWhitespace(std::string_view text);

// Splits "key   rest of line" at the first run of spaces or tabs; `rest`
// is trimmed and empty when there is nothing after the key.
void SplitFirstWord(std::string_view line, std::string_view* word,
                    std::string_view* rest);

}  // namespace async_runtime::harness
