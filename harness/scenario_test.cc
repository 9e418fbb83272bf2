#include "harness/scenario.h"

#include <gtest/gtest.h>

namespace async_runtime::harness {
namespace {

TestMetadata WithFlags(std::vector<std::string> flags) {
  TestMetadata metadata;
  metadata.flags = std::move(flags);
  return metadata;
}

using Scenarios = std::vector<Scenario>;

TEST(ScenariosForTest, PlainTestRunsSloppyThenStrict) {
  EXPECT_EQ(ScenariosFor(WithFlags({})),
            (Scenarios{Scenario::kDefault, Scenario::kStrict}));
  EXPECT_EQ(ScenariosFor(WithFlags({"async", "generated"})),
            (Scenarios{Scenario::kDefault, Scenario::kStrict}));
}

TEST(ScenariosForTest, FlagsSelectOneScenario) {
  EXPECT_EQ(ScenariosFor(WithFlags({"onlyStrict"})),
            Scenarios{Scenario::kStrict});
  EXPECT_EQ(ScenariosFor(WithFlags({"noStrict"})),
            Scenarios{Scenario::kDefault});
  EXPECT_EQ(ScenariosFor(WithFlags({"raw"})), Scenarios{Scenario::kDefault});
  EXPECT_EQ(ScenariosFor(WithFlags({"module"})), Scenarios{Scenario::kModule});
  EXPECT_EQ(ScenariosFor(WithFlags({"module", "async"})),
            Scenarios{Scenario::kModule});
}

TEST(ScenarioNameTest, RoundTrips) {
  for (Scenario scenario :
       {Scenario::kDefault, Scenario::kStrict, Scenario::kModule}) {
    EXPECT_EQ(ScenarioFromName(ScenarioName(scenario)), scenario);
  }
  EXPECT_EQ(ScenarioName(Scenario::kStrict), "strict");
  EXPECT_FALSE(ScenarioFromName("sloppy").has_value());
}

TEST(SourceForScenarioTest, StrictPrependsDirectiveAndNewline) {
  EXPECT_EQ(SourceForScenario("x;", Scenario::kStrict), "\"use strict\";\nx;");
  EXPECT_EQ(SourceForScenario("x;", Scenario::kDefault), "x;");
  EXPECT_EQ(SourceForScenario("x;", Scenario::kModule), "x;");
}

TEST(UnshiftLineNumbersTest, MovesLinesBackByThePrologue) {
  EXPECT_EQ(UnshiftLineNumbers("SyntaxError: t.js:12:3: unexpected token",
                               "t.js", kStrictPrologueLines),
            "SyntaxError: t.js:11:3: unexpected token");
  EXPECT_EQ(UnshiftLineNumbers("t.js:1:1: a; also t.js:30:2: b", "t.js", 1),
            "t.js:1:1: a; also t.js:29:2: b");
}

TEST(UnshiftLineNumbersTest, LeavesOtherTextAlone) {
  EXPECT_EQ(UnshiftLineNumbers("other.js:5:1: x", "t.js", 1),
            "other.js:5:1: x");
  EXPECT_EQ(UnshiftLineNumbers("t.js: no line", "t.js", 1), "t.js: no line");
  EXPECT_EQ(UnshiftLineNumbers("t.js:7:1: x", "t.js", 0), "t.js:7:1: x");
}

}  // namespace
}  // namespace async_runtime::harness
