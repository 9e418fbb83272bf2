// Test262's features.txt: the feature flags tests declare, grouped into
// sections. A section starts with a heading line `## <title>` immediately
// followed by a bare `#` line (the start of the section's comment block);
// other lines starting with `#` are comments (features.txt also has
// `## https://...` comments inside sections, which are not headings), blank
// lines separate entries and every other line is one feature name.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace async_runtime::harness {

inline constexpr std::string_view kProposedFeaturesHeading =
    "Proposed language features";

struct FeatureSectionResult {
  std::set<std::string> features;
  std::string error;  // set when the section is missing or empty
  bool ok() const { return error.empty(); }
};

// The feature names listed in the section titled `heading`.
FeatureSectionResult ParseFeatureSection(std::string_view features_txt,
                                         std::string_view heading);

// The stage-3 proposals: features.txt's "Proposed language features".
inline FeatureSectionResult ParseProposedFeatures(
    std::string_view features_txt) {
  return ParseFeatureSection(features_txt, kProposedFeaturesHeading);
}

}  // namespace async_runtime::harness
