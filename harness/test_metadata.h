// Test262 frontmatter: the YAML block between `/*---` and `---*/` at the top
// of every test file (INTERPRETING.md, "Metadata").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace async_runtime::harness {

// INTERPRETING.md, "negative": the phase in which the expected error occurs.
enum class NegativePhase { kParse, kResolution, kRuntime };

std::string_view NegativePhaseName(NegativePhase phase);

struct NegativeExpectation {
  NegativePhase phase = NegativePhase::kParse;
  std::string type;  // name of the expected error constructor, e.g. SyntaxError
};

struct TestMetadata {
  std::string description;
  std::string esid;
  std::string es5id;
  std::string es6id;
  std::string info;
  std::vector<std::string> includes;
  std::vector<std::string> flags;
  std::vector<std::string> features;
  std::vector<std::string> locale;
  std::optional<NegativeExpectation> negative;

  bool HasFlag(std::string_view flag) const;
  bool UsesFeature(std::string_view feature) const;
};

// Either the metadata of one test or why its frontmatter could not be read.
// A bad frontmatter is a problem of that test only, never of the whole run.
struct FrontmatterResult {
  std::optional<TestMetadata> metadata;  // set iff error is empty
  std::string error;
  bool ok() const { return metadata.has_value(); }
};

// The text between the first `/*---` and the following `---*/`, or nullopt
// when the source has no complete frontmatter block.
std::optional<std::string_view> ExtractFrontmatter(std::string_view source);

// Extracts and parses the frontmatter of a test file's source. Never throws:
// yaml-cpp's exceptions stop here and become `error`.
FrontmatterResult ParseFrontmatter(std::string_view source);

}  // namespace async_runtime::harness
