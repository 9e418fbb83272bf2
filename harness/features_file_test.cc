#include "harness/features_file.h"

#include <gtest/gtest.h>

namespace async_runtime::harness {
namespace {

// The shape of Test262's features.txt, including its `## ` comments inside
// a section, which are not headings.
constexpr std::string_view kFeaturesTxt = R"(## Proposed language features
#
# Stage 3 proposals.

# Decorators
# https://github.com/tc39/proposal-decorators
decorators

# Source Phase Imports
## https://github.com/tc39/proposal-source-phase-imports
source-phase-imports
## test262 special specifier
source-phase-imports-module-source

Iterator.prototype.join

## Standard language features
#
# Published features.

Array.prototype.at
class

## Test-Harness Features
#
IsHTMLDDA
)";

TEST(FeaturesFileTest, ReadsProposedSectionOnly) {
  const FeatureSectionResult result = ParseProposedFeatures(kFeaturesTxt);
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.features,
            (std::set<std::string>{"decorators", "source-phase-imports",
                                   "source-phase-imports-module-source",
                                   "Iterator.prototype.join"}));
}

TEST(FeaturesFileTest, ReadsOtherSections) {
  const FeatureSectionResult standard =
      ParseFeatureSection(kFeaturesTxt, "Standard language features");
  ASSERT_TRUE(standard.ok()) << standard.error;
  EXPECT_EQ(standard.features,
            (std::set<std::string>{"Array.prototype.at", "class"}));
  const FeatureSectionResult harness =
      ParseFeatureSection(kFeaturesTxt, "Test-Harness Features");
  EXPECT_EQ(harness.features, (std::set<std::string>{"IsHTMLDDA"}));
}

TEST(FeaturesFileTest, CrlfLineEndings) {
  const FeatureSectionResult result = ParseProposedFeatures(
      "## Proposed language features\r\n#\r\ndecorators\r\n");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.features, (std::set<std::string>{"decorators"}));
}

TEST(FeaturesFileTest, MissingOrEmptySectionIsAnError) {
  EXPECT_FALSE(
      ParseProposedFeatures("## Standard language features\n#\nx\n").ok());
  EXPECT_FALSE(
      ParseProposedFeatures("## Proposed language features\n#\n# none\n").ok());
}

}  // namespace
}  // namespace async_runtime::harness
