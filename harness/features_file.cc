#include "harness/features_file.h"

#include <vector>

#include "harness/text_lines.h"

namespace async_runtime::harness {
namespace {

constexpr std::string_view kHeadingMarker = "## ";

// The heading's title when lines[index] opens a section, else empty.
std::string_view SectionTitleAt(const std::vector<std::string_view>& lines,
                                size_t index) {
  const std::string_view line = lines[index];
  if (line.substr(0, kHeadingMarker.size()) != kHeadingMarker) return {};
  if (index + 1 >= lines.size() || TrimWhitespace(lines[index + 1]) != "#") {
    return {};
  }
  return TrimWhitespace(line.substr(kHeadingMarker.size()));
}

}  // namespace

FeatureSectionResult ParseFeatureSection(std::string_view features_txt,
                                         std::string_view heading) {
  FeatureSectionResult result;
  const std::vector<std::string_view> lines = SplitLines(features_txt);
  bool in_section = false;
  bool found = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view title = SectionTitleAt(lines, i);
    if (!title.empty()) {
      in_section = title == heading;
      found = found || in_section;
      continue;
    }
    const std::string_view line = TrimWhitespace(lines[i]);
    if (!in_section || line.empty() || line.front() == '#') continue;
    result.features.emplace(line);
  }
  if (!found) {
    result.error = "features.txt: no section '## " + std::string(heading) + "'";
  } else if (result.features.empty()) {
    result.error =
        "features.txt: section '## " + std::string(heading) + "' is empty";
  }
  return result;
}

}  // namespace async_runtime::harness
