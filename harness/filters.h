// The files in test262-filters/ (see test262-filters/README.md for the
// format): what is skipped and why, and which failures are known.
//
//   features-unsupported.txt  <feature> <reason...>
//   skip-paths.txt            <re2 pattern> <reason...>
//   expectations.txt          <path> <scenario|*> <reason...>
//
// Blank lines and lines whose first non-blank character is `#` are ignored.
// Every entry must give a reason: no silent skip.
#pragma once

#include <re2/re2.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "harness/scenario.h"
#include "harness/test_metadata.h"

namespace async_runtime::harness {

inline constexpr std::string_view kUnsupportedFeaturesFile =
    "features-unsupported.txt";
inline constexpr std::string_view kSkipPathsFile = "skip-paths.txt";
inline constexpr std::string_view kExpectationsFile = "expectations.txt";
// The known failures of --parse-only runs (a test that fails when executed usually parses).
inline constexpr std::string_view kParseOnlyExpectationsFile = "expectations-parse-only.txt";

struct UnsupportedFeature {
  std::string feature;
  std::string reason;
};

struct SkipPathRule {
  std::string pattern;  // RE2 syntax, searched in the relative path
  std::string reason;
  std::shared_ptr<const RE2> regex;
};

struct Expectation {
  std::string path;                  // relative to the Test262 directory
  std::optional<Scenario> scenario;  // nullopt: every scenario (`*`)
  std::string reason;
};

// Entries of one file, or one "file:line: message" per bad line.
template <typename Entry>
struct ParsedFilterFile {
  std::vector<Entry> entries;
  std::vector<std::string> errors;
};

ParsedFilterFile<UnsupportedFeature> ParseUnsupportedFeatures(
    std::string_view text, std::string_view file_name);
ParsedFilterFile<SkipPathRule> ParseSkipPaths(std::string_view text,
                                              std::string_view file_name);
ParsedFilterFile<Expectation> ParseExpectations(std::string_view text,
                                                std::string_view file_name);

class TestFilters {
 public:
  TestFilters() = default;
  TestFilters(std::vector<UnsupportedFeature> unsupported_features,
              std::vector<SkipPathRule> skip_paths,
              std::vector<Expectation> expectations);

  // The first unsupported feature the test uses, if any.
  const UnsupportedFeature* FindUnsupportedFeature(
      const TestMetadata& metadata) const;
  // The first rule whose pattern matches the path, if any.
  const SkipPathRule* FindSkipPath(std::string_view relative_path) const;
  // The expectation listing this test in this scenario, if any.
  const Expectation* FindExpectation(std::string_view relative_path,
                                     Scenario scenario) const;

  const std::vector<Expectation>& expectations() const { return expectations_; }

 private:
  std::vector<UnsupportedFeature> unsupported_features_;
  std::vector<SkipPathRule> skip_paths_;
  std::vector<Expectation> expectations_;
};

struct LoadFiltersResult {
  TestFilters filters;
  std::vector<std::string> errors;
  bool ok() const { return errors.empty(); }
};

// Reads the three files from `directory`; a missing file is an error.
LoadFiltersResult LoadFilters(const std::filesystem::path& directory,
                              std::string_view expectations_file = kExpectationsFile);

struct SkipOptions {
  bool include_proposals = false;  // --include-proposals
  // A parse-only run: features-unsupported.txt names what the engine cannot
  // run, which does not stop a test from being parsed, so it does not apply.
  bool parse_only = false;
};

// Why a test is not run, or nullopt when it runs. In order: a proposal
// (message `proposal`, unless include_proposals), an unsupported feature
// (not in parse-only runs), a skipped path.
std::optional<std::string> SkipMessageFor(
    std::string_view relative_path, const TestMetadata& metadata,
    const std::set<std::string>& proposed_features, const SkipOptions& options,
    const TestFilters& filters);

}  // namespace async_runtime::harness
