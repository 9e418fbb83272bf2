#include "harness/text_lines.h"

namespace async_runtime::harness {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string_view TrimWhitespace(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

void SplitFirstWord(std::string_view line, std::string_view* word,
                    std::string_view* rest) {
  line = TrimWhitespace(line);
  const size_t gap = line.find_first_of(" \t");
  if (gap == std::string_view::npos) {
    *word = line;
    *rest = {};
    return;
  }
  *word = line.substr(0, gap);
  *rest = TrimWhitespace(line.substr(gap));
}

}  // namespace async_runtime::harness
