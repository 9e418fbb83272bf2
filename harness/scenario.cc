#include "harness/scenario.h"

#include <algorithm>
#include <charconv>

namespace async_runtime::harness {

std::string_view ScenarioName(Scenario scenario) {
  switch (scenario) {
    case Scenario::kDefault:
      return "default";
    case Scenario::kStrict:
      return "strict";
    case Scenario::kModule:
      return "module";
  }
  return "unknown";
}

std::optional<Scenario> ScenarioFromName(std::string_view name) {
  for (Scenario scenario :
       {Scenario::kDefault, Scenario::kStrict, Scenario::kModule}) {
    if (ScenarioName(scenario) == name) return scenario;
  }
  return std::nullopt;
}

std::vector<Scenario> ScenariosFor(const TestMetadata& metadata) {
  if (metadata.HasFlag("module")) return {Scenario::kModule};
  if (metadata.HasFlag("raw") || metadata.HasFlag("noStrict")) {
    return {Scenario::kDefault};
  }
  if (metadata.HasFlag("onlyStrict")) return {Scenario::kStrict};
  return {Scenario::kDefault, Scenario::kStrict};
}

std::string SourceForScenario(std::string_view source, Scenario scenario) {
  if (scenario != Scenario::kStrict) return std::string(source);
  std::string text(kStrictPrologue);
  text.append(source);
  return text;
}

std::string UnshiftLineNumbers(std::string_view message,
                               std::string_view filename, int shifted_lines) {
  if (filename.empty() || shifted_lines == 0) return std::string(message);
  const std::string marker = std::string(filename) + ":";
  std::string result;
  size_t copied = 0;
  size_t search = 0;
  while (true) {
    const size_t found = message.find(marker, search);
    if (found == std::string_view::npos) break;
    const size_t digits = found + marker.size();
    int line = 0;
    const char* begin = message.data() + digits;
    const char* end = message.data() + message.size();
    auto [after, error] = std::from_chars(begin, end, line);
    if (error != std::errc() || after == end || *after != ':') {
      search = digits;
      continue;
    }
    const int original_line = std::max(1, line - shifted_lines);
    result.append(message.substr(copied, digits - copied));
    result.append(std::to_string(original_line));
    copied = static_cast<size_t>(after - message.data());
    search = copied;
  }
  result.append(message.substr(copied));
  return result;
}

}  // namespace async_runtime::harness
