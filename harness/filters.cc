#include "harness/filters.h"

#include <map>
#include <utility>

#include "harness/text_lines.h"
#include "runtime/host/read_file.h"

namespace async_runtime::harness {
namespace {

// Calls handle(line_number, line) for every line that is not blank or a
// comment.
template <typename Handle>
void ForEachEntryLine(std::string_view text, const Handle& handle) {
  const std::vector<std::string_view> lines = SplitLines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = TrimWhitespace(lines[i]);
    if (line.empty() || line.front() == '#') continue;
    handle(static_cast<int>(i + 1), line);
  }
}

std::string LineError(std::string_view file_name, int line_number,
                      std::string_view message) {
  return std::string(file_name) + ":" + std::to_string(line_number) + ": " +
         std::string(message);
}

// Records the first line of each key so duplicates can name it.
class DuplicateChecker {
 public:
  // Returns the error for a repeated key, or empty.
  std::string Check(const std::string& key, std::string_view file_name,
                    int line_number) {
    auto [it, inserted] = first_line_.emplace(key, line_number);
    if (inserted) return "";
    return LineError(file_name, line_number,
                     "duplicate entry '" + key + "' (first on line " +
                         std::to_string(it->second) + ")");
  }

 private:
  std::map<std::string, int> first_line_;
};

}  // namespace

ParsedFilterFile<UnsupportedFeature> ParseUnsupportedFeatures(
    std::string_view text, std::string_view file_name) {
  ParsedFilterFile<UnsupportedFeature> parsed;
  DuplicateChecker duplicates;
  ForEachEntryLine(text, [&](int line_number, std::string_view line) {
    std::string_view feature, reason;
    SplitFirstWord(line, &feature, &reason);
    if (reason.empty()) {
      parsed.errors.push_back(
          LineError(file_name, line_number,
                    "feature '" + std::string(feature) + "' has no reason"));
      return;
    }
    std::string duplicate =
        duplicates.Check(std::string(feature), file_name, line_number);
    if (!duplicate.empty()) {
      parsed.errors.push_back(std::move(duplicate));
      return;
    }
    parsed.entries.push_back({std::string(feature), std::string(reason)});
  });
  return parsed;
}

ParsedFilterFile<SkipPathRule> ParseSkipPaths(std::string_view text,
                                              std::string_view file_name) {
  ParsedFilterFile<SkipPathRule> parsed;
  DuplicateChecker duplicates;
  ForEachEntryLine(text, [&](int line_number, std::string_view line) {
    std::string_view pattern, reason;
    SplitFirstWord(line, &pattern, &reason);
    if (reason.empty()) {
      parsed.errors.push_back(
          LineError(file_name, line_number,
                    "pattern '" + std::string(pattern) + "' has no reason"));
      return;
    }
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_shared<const RE2>(std::string(pattern), options);
    if (!regex->ok()) {
      parsed.errors.push_back(LineError(
          file_name, line_number,
          "bad pattern '" + std::string(pattern) + "': " + regex->error()));
      return;
    }
    std::string duplicate =
        duplicates.Check(std::string(pattern), file_name, line_number);
    if (!duplicate.empty()) {
      parsed.errors.push_back(std::move(duplicate));
      return;
    }
    parsed.entries.push_back(
        {std::string(pattern), std::string(reason), std::move(regex)});
  });
  return parsed;
}

ParsedFilterFile<Expectation> ParseExpectations(std::string_view text,
                                                std::string_view file_name) {
  ParsedFilterFile<Expectation> parsed;
  DuplicateChecker duplicates;
  ForEachEntryLine(text, [&](int line_number, std::string_view line) {
    std::string_view path, rest, scenario_name, reason;
    SplitFirstWord(line, &path, &rest);
    SplitFirstWord(rest, &scenario_name, &reason);
    if (reason.empty()) {
      parsed.errors.push_back(
          LineError(file_name, line_number,
                    "expected '<path> <scenario|*> <reason>' for '" +
                        std::string(path) + "'"));
      return;
    }
    Expectation expectation;
    expectation.path = std::string(path);
    expectation.reason = std::string(reason);
    if (scenario_name != "*") {
      expectation.scenario = ScenarioFromName(scenario_name);
      if (!expectation.scenario) {
        parsed.errors.push_back(
            LineError(file_name, line_number,
                      "unknown scenario '" + std::string(scenario_name) +
                          "' (default, strict, module or *)"));
        return;
      }
    }
    if (path.size() < 3 || path.substr(path.size() - 3) != ".js") {
      parsed.errors.push_back(
          LineError(file_name, line_number,
                    "'" + std::string(path) + "' is not a test file path"));
      return;
    }
    std::string duplicate =
        duplicates.Check(std::string(path) + " " + std::string(scenario_name),
                         file_name, line_number);
    if (!duplicate.empty()) {
      parsed.errors.push_back(std::move(duplicate));
      return;
    }
    parsed.entries.push_back(std::move(expectation));
  });
  return parsed;
}

TestFilters::TestFilters(std::vector<UnsupportedFeature> unsupported_features,
                         std::vector<SkipPathRule> skip_paths,
                         std::vector<Expectation> expectations)
    : unsupported_features_(std::move(unsupported_features)),
      skip_paths_(std::move(skip_paths)),
      expectations_(std::move(expectations)) {}

const UnsupportedFeature* TestFilters::FindUnsupportedFeature(
    const TestMetadata& metadata) const {
  for (const UnsupportedFeature& unsupported : unsupported_features_) {
    if (metadata.UsesFeature(unsupported.feature)) return &unsupported;
  }
  return nullptr;
}

const SkipPathRule* TestFilters::FindSkipPath(
    std::string_view relative_path) const {
  for (const SkipPathRule& rule : skip_paths_) {
    if (RE2::PartialMatch(relative_path, *rule.regex)) return &rule;
  }
  return nullptr;
}

const Expectation* TestFilters::FindExpectation(std::string_view relative_path,
                                                Scenario scenario) const {
  for (const Expectation& expectation : expectations_) {
    if (expectation.path == relative_path &&
        (!expectation.scenario || *expectation.scenario == scenario)) {
      return &expectation;
    }
  }
  return nullptr;
}

LoadFiltersResult LoadFilters(const std::filesystem::path& directory, std::string_view expectations_file) {
  LoadFiltersResult result;
  std::string texts[3];
  const std::string_view names[3] = {kUnsupportedFeaturesFile, kSkipPathsFile, expectations_file};
  for (int i = 0; i < 3; ++i) {
    host::FileReadResult read = host::ReadFileSync((directory / names[i]).string());
    if (!read.ok()) {
      result.errors.push_back(read.error);
    } else {
      texts[i] = std::move(read.contents);
    }
  }
  if (!result.ok()) return result;
  auto features = ParseUnsupportedFeatures(texts[0], names[0]);
  auto skip_paths = ParseSkipPaths(texts[1], names[1]);
  auto expectations = ParseExpectations(texts[2], names[2]);
  for (auto* errors :
       {&features.errors, &skip_paths.errors, &expectations.errors}) {
    result.errors.insert(result.errors.end(), errors->begin(), errors->end());
  }
  result.filters =
      TestFilters(std::move(features.entries), std::move(skip_paths.entries),
                  std::move(expectations.entries));
  return result;
}

std::optional<std::string> SkipMessageFor(
    std::string_view relative_path, const TestMetadata& metadata,
    const std::set<std::string>& proposed_features, const SkipOptions& options,
    const TestFilters& filters) {
  if (!options.include_proposals) {
    for (const std::string& feature : metadata.features) {
      if (proposed_features.count(feature) != 0) return "proposal";
    }
  }
  if (const UnsupportedFeature* unsupported = options.parse_only ? nullptr : filters.FindUnsupportedFeature(metadata)) {
    return "unsupported feature " + unsupported->feature + ": " +
           unsupported->reason;
  }
  if (const SkipPathRule* rule = filters.FindSkipPath(relative_path)) {
    return "skipped path " + rule->pattern + ": " + rule->reason;
  }
  return std::nullopt;
}

}  // namespace async_runtime::harness
