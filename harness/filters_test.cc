#include "harness/filters.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace async_runtime::harness {
namespace {

TEST(ParseUnsupportedFeaturesTest, ReadsFeatureAndReason) {
  const auto parsed = ParseUnsupportedFeatures(
      "# comment\n\nTemporal   not implemented yet\n"
      "  IsHTMLDDA\tno [[IsHTMLDDA]] host object  \n",
      "features-unsupported.txt");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0];
  ASSERT_EQ(parsed.entries.size(), 2u);
  EXPECT_EQ(parsed.entries[0].feature, "Temporal");
  EXPECT_EQ(parsed.entries[0].reason, "not implemented yet");
  EXPECT_EQ(parsed.entries[1].feature, "IsHTMLDDA");
  EXPECT_EQ(parsed.entries[1].reason, "no [[IsHTMLDDA]] host object");
}

TEST(ParseUnsupportedFeaturesTest, MissingReasonAndDuplicatesAreErrors) {
  const auto parsed = ParseUnsupportedFeatures(
      "Temporal\nWeakRef gc\nWeakRef again\n", "f.txt");
  ASSERT_EQ(parsed.errors.size(), 2u);
  EXPECT_EQ(parsed.errors[0], "f.txt:1: feature 'Temporal' has no reason");
  EXPECT_EQ(parsed.errors[1],
            "f.txt:3: duplicate entry 'WeakRef' (first on line 2)");
  EXPECT_EQ(parsed.entries.size(), 1u);
}

TEST(ParseSkipPathsTest, CompilesPatterns) {
  const auto parsed = ParseSkipPaths(
      "^test/annexB/built-ins/RegExp/legacy-accessors/  legacy statics\n",
      "skip-paths.txt");
  ASSERT_TRUE(parsed.errors.empty());
  ASSERT_EQ(parsed.entries.size(), 1u);
  EXPECT_EQ(parsed.entries[0].reason, "legacy statics");
  EXPECT_TRUE(parsed.entries[0].regex->ok());
}

TEST(ParseSkipPathsTest, BadPatternAndMissingReasonAreErrors) {
  const auto parsed = ParseSkipPaths("test/(unclosed reason\n^test/x\n", "s");
  ASSERT_EQ(parsed.errors.size(), 2u);
  EXPECT_NE(parsed.errors[0].find("s:1: bad pattern 'test/(unclosed'"),
            std::string::npos)
      << parsed.errors[0];
  EXPECT_EQ(parsed.errors[1], "s:2: pattern '^test/x' has no reason");
}

TEST(ParseExpectationsTest, ReadsPathScenarioReason) {
  const auto parsed = ParseExpectations(
      "test/language/a.js strict  parser: octal escape in strict code\n"
      "test/language/b.js *       every scenario\n",
      "expectations.txt");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0];
  ASSERT_EQ(parsed.entries.size(), 2u);
  EXPECT_EQ(parsed.entries[0].path, "test/language/a.js");
  EXPECT_EQ(parsed.entries[0].scenario, Scenario::kStrict);
  EXPECT_EQ(parsed.entries[0].reason, "parser: octal escape in strict code");
  EXPECT_FALSE(parsed.entries[1].scenario.has_value());
}

TEST(ParseExpectationsTest, Errors) {
  const auto parsed = ParseExpectations(
      "test/a.js sloppy reason\n"
      "test/a.js strict\n"
      "test/a strict reason\n"
      "test/b.js module r\n"
      "test/b.js module r again\n",
      "e");
  ASSERT_EQ(parsed.errors.size(), 4u);
  EXPECT_NE(parsed.errors[0].find("e:1: unknown scenario 'sloppy'"),
            std::string::npos);
  EXPECT_NE(parsed.errors[1].find("e:2: expected '<path> <scenario|*> "
                                  "<reason>'"),
            std::string::npos);
  EXPECT_EQ(parsed.errors[2], "e:3: 'test/a' is not a test file path");
  EXPECT_NE(parsed.errors[3].find("e:5: duplicate entry"), std::string::npos);
}

TestFilters MakeFilters() {
  return TestFilters(
      ParseUnsupportedFeatures("Temporal not yet\n", "f").entries,
      ParseSkipPaths("^test/annexB/ annex B later\n", "s").entries,
      ParseExpectations("test/x.js strict known bug\ntest/y.js * other\n", "e")
          .entries);
}

TEST(TestFiltersTest, Lookups) {
  const TestFilters filters = MakeFilters();
  TestMetadata metadata;
  metadata.features = {"class", "Temporal"};
  ASSERT_NE(filters.FindUnsupportedFeature(metadata), nullptr);
  EXPECT_EQ(filters.FindUnsupportedFeature(metadata)->reason, "not yet");
  metadata.features = {"class"};
  EXPECT_EQ(filters.FindUnsupportedFeature(metadata), nullptr);

  EXPECT_NE(filters.FindSkipPath("test/annexB/x.js"), nullptr);
  EXPECT_EQ(filters.FindSkipPath("test/language/annexB/x.js"), nullptr);

  EXPECT_NE(filters.FindExpectation("test/x.js", Scenario::kStrict), nullptr);
  EXPECT_EQ(filters.FindExpectation("test/x.js", Scenario::kDefault), nullptr);
  EXPECT_NE(filters.FindExpectation("test/y.js", Scenario::kModule), nullptr);
}

TEST(SkipMessageForTest, NamesTheReason) {
  const TestFilters filters = MakeFilters();
  const std::set<std::string> proposed = {"decorators"};
  TestMetadata metadata;
  metadata.features = {"decorators", "Temporal"};
  const SkipOptions execute{.include_proposals = false, .parse_only = false};
  const SkipOptions execute_proposals{.include_proposals = true, .parse_only = false};
  EXPECT_EQ(SkipMessageFor("test/a.js", metadata, proposed, execute, filters),
            "proposal");
  EXPECT_EQ(SkipMessageFor("test/a.js", metadata, proposed, execute_proposals, filters),
            "unsupported feature Temporal: not yet");
  metadata.features = {};
  EXPECT_EQ(
      SkipMessageFor("test/annexB/a.js", metadata, proposed, execute, filters),
      "skipped path ^test/annexB/: annex B later");
  EXPECT_EQ(SkipMessageFor("test/a.js", metadata, proposed, execute, filters),
            std::nullopt);
}

// features-unsupported.txt names what the engine cannot run; a parse-only
// run parses those tests all the same. Proposals are still skipped.
TEST(SkipMessageForTest, ParseOnlyRunsParseTestsOfUnsupportedFeatures) {
  const TestFilters filters = MakeFilters();
  const std::set<std::string> proposed = {"decorators"};
  TestMetadata metadata;
  metadata.features = {"Temporal"};
  const SkipOptions parse_only{.include_proposals = false, .parse_only = true};
  EXPECT_EQ(SkipMessageFor("test/a.js", metadata, proposed, parse_only, filters), std::nullopt);
  metadata.features = {"decorators"};
  EXPECT_EQ(SkipMessageFor("test/a.js", metadata, proposed, parse_only, filters), "proposal");
}

// The checked-in files in test262-filters/ must load without errors.
TEST(CheckedInFiltersTest, Load) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  ASSERT_NE(srcdir, nullptr);
  ASSERT_NE(workspace, nullptr);
  const std::filesystem::path directory =
      std::filesystem::path(srcdir) / workspace / "test262-filters";
  const LoadFiltersResult loaded = LoadFilters(directory);
  std::ostringstream errors;
  for (const std::string& error : loaded.errors) errors << error << "\n";
  EXPECT_TRUE(loaded.ok()) << errors.str();
}

TEST(LoadFiltersTest, MissingDirectoryIsAnError) {
  EXPECT_EQ(LoadFilters("/nonexistent/filters").errors.size(), 3u);
}

}  // namespace
}  // namespace async_runtime::harness
