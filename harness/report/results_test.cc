#include "harness/report/results.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace async_runtime::harness::report {
namespace {

constexpr char kTwoResults[] = R"json({
  "summary": {"passed": 1, "failed": 0, "skipped": 0, "crashed": 1,
              "timed_out": 0},
  "results": [
    {"path": "test/built-ins/Promise/all/a.js", "scenario": "default",
     "status": "passed", "message": "", "duration_ms": 1.5,
     "features": ["Promise", "async-functions"], "esid": "sec-promise.all"},
    {"path": "test/language/b.js", "scenario": "strict",
     "status": "crashed", "message": "signal 11\nbacktrace",
     "duration_ms": 20, "features": [], "esid": "",
     "expected_failure": true}
  ]
})json";

TEST(StatusTest, NamesRoundTrip) {
  for (Status status : {Status::kPassed, Status::kFailed, Status::kSkipped,
                        Status::kCrashed, Status::kTimedOut}) {
    EXPECT_EQ(StatusFromName(StatusName(status)), status);
  }
  EXPECT_EQ(StatusName(Status::kTimedOut), "timed_out");
  EXPECT_FALSE(StatusFromName("PASSED").has_value());
  EXPECT_FALSE(StatusFromName("").has_value());
}

TEST(StatusCountsTest, CountsRunAndFailing) {
  StatusCounts counts;
  for (Status status : {Status::kPassed, Status::kPassed, Status::kFailed,
                        Status::kSkipped, Status::kCrashed,
                        Status::kTimedOut}) {
    counts.Add(status);
  }
  EXPECT_EQ(counts.passed, 2u);
  EXPECT_EQ(counts.failing(), 3u);
  EXPECT_EQ(counts.run(), 5u);
  EXPECT_EQ(counts.total(), 6u);
}

TEST(ParseResultsTest, ReadsEveryField) {
  const LoadedResults loaded = ParseResults(kTwoResults);
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  EXPECT_TRUE(loaded.warnings.empty());
  ASSERT_EQ(loaded.file.results.size(), 2u);
  const TestRecord& first = loaded.file.results[0];
  EXPECT_EQ(first.path, "test/built-ins/Promise/all/a.js");
  EXPECT_EQ(first.scenario, "default");
  EXPECT_EQ(first.status, Status::kPassed);
  EXPECT_EQ(first.duration_ms, 1.5);
  EXPECT_EQ(first.features,
            (std::vector<std::string>{"Promise", "async-functions"}));
  EXPECT_EQ(first.esid, "sec-promise.all");
  const TestRecord& second = loaded.file.results[1];
  EXPECT_EQ(second.status, Status::kCrashed);
  EXPECT_EQ(second.message, "signal 11\nbacktrace");
  EXPECT_EQ(second.duration_ms, 20);
  EXPECT_EQ(loaded.file.summary.passed, 1u);
  EXPECT_EQ(loaded.file.summary.crashed, 1u);
}

TEST(ParseResultsTest, OptionalFieldsMayBeMissingOrNull) {
  const LoadedResults loaded = ParseResults(
      R"({"results": [{"path": "t.js", "scenario": "module",
          "status": "skipped", "esid": null, "duration_ms": null}]})");
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  ASSERT_EQ(loaded.file.results.size(), 1u);
  EXPECT_EQ(loaded.file.results[0].esid, "");
  EXPECT_EQ(loaded.file.results[0].duration_ms, 0);
  EXPECT_TRUE(loaded.file.results[0].features.empty());
  // No summary: counted from the results.
  EXPECT_EQ(loaded.file.summary.skipped, 1u);
  EXPECT_TRUE(loaded.warnings.empty());
}

TEST(ParseResultsTest, WarnsWhenTheSummaryDisagrees) {
  const LoadedResults loaded = ParseResults(
      R"({"summary": {"passed": 5},
          "results": [{"path": "t.js", "scenario": "default",
                       "status": "passed"}]})");
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  ASSERT_EQ(loaded.warnings.size(), 1u);
  EXPECT_NE(loaded.warnings[0].find("disagrees"), std::string::npos)
      << loaded.warnings[0];
}

struct MalformedCase {
  const char* json;
  const char* error_part;
};

class MalformedResultsTest : public testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedResultsTest, IsAnErrorNotACrash) {
  const LoadedResults loaded = ParseResults(GetParam().json);
  EXPECT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error.find(GetParam().error_part), std::string::npos)
      << loaded.error;
  EXPECT_TRUE(loaded.file.results.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, MalformedResultsTest,
    testing::Values(
        MalformedCase{"", "not valid JSON"},
        MalformedCase{"{\"results\": [", "not valid JSON"},
        MalformedCase{"{\"results\": []} trailing", "not valid JSON"},
        MalformedCase{"{\"results\": [\"\xFF\"]}", "not valid JSON"},
        MalformedCase{"[1, 2]", "top level is not an object"},
        MalformedCase{"{}", "no \"results\" array"},
        MalformedCase{"{\"results\": {}}", "no \"results\" array"},
        MalformedCase{"{\"results\": [3]}", "results[0]: is not an object"},
        MalformedCase{R"({"results": [{"scenario": "default",
                          "status": "passed"}]})",
                      "results[0]: \"path\""},
        MalformedCase{R"({"results": [{"path": "", "scenario": "default",
                          "status": "passed"}]})",
                      "\"path\""},
        MalformedCase{R"({"results": [{"path": "a.js", "scenario": 1,
                          "status": "passed"}]})",
                      "\"scenario\""},
        MalformedCase{R"({"results": [{"path": "a.js", "scenario": "default",
                          "status": "PASS"}]})",
                      "unknown \"status\" \"PASS\""},
        MalformedCase{R"({"results": [{"path": "a.js", "scenario": "default",
                          "status": "passed", "duration_ms": "1"}]})",
                      "\"duration_ms\""},
        MalformedCase{R"({"results": [{"path": "a.js", "scenario": "default",
                          "status": "passed", "features": ["a", 2]}]})",
                      "\"features\" holds a non-string"},
        MalformedCase{R"({"results": [{"path": "a.js", "scenario": "default",
                          "status": "passed", "features": "a"}]})",
                      "\"features\" is not an array"},
        MalformedCase{R"({"results": [{"path": "a.js", "scenario": "default",
                          "status": "passed", "esid": 7}]})",
                      "\"esid\""},
        MalformedCase{R"({"results": [{"path": "a.js", "scenario": "default",
                          "status": "passed", "message": []}]})",
                      "\"message\""},
        MalformedCase{R"({"results": [], "summary": {"passed": -1}})",
                      "\"summary\".\"passed\""},
        MalformedCase{R"({"results": [], "summary": []})",
                      "\"summary\" is not an object"}));

TEST(ParseResultsTest, DeepNestingIsAnErrorNotAStackOverflow) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const LoadedResults loaded = ParseResults(deep);
  EXPECT_FALSE(loaded.ok());
}

TEST(ResultsToJsonTest, RoundTrips) {
  const LoadedResults loaded = ParseResults(kTwoResults);
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  const std::string json = ResultsToJson(loaded.file);
  EXPECT_EQ(json.rfind("{\"summary\": {\"passed\": 1, \"failed\": 0, "
                       "\"skipped\": 0, \"crashed\": 1, \"timed_out\": 0},\n",
                       0),
            0u)
      << json;
  const LoadedResults again = ParseResults(json);
  ASSERT_TRUE(again.ok()) << again.error << "\n" << json;
  ASSERT_EQ(again.file.results.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    const TestRecord& a = loaded.file.results[i];
    const TestRecord& b = again.file.results[i];
    EXPECT_EQ(a.path, b.path);
    EXPECT_EQ(a.scenario, b.scenario);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.message, b.message);
    EXPECT_EQ(a.duration_ms, b.duration_ms);
    EXPECT_EQ(a.features, b.features);
    EXPECT_EQ(a.esid, b.esid);
  }
  EXPECT_EQ(again.file.summary, loaded.file.summary);
}

TEST(ResultsToJsonTest, ReplacesIllFormedUtf8InsteadOfThrowing) {
  ResultsFile file;
  file.results.push_back({"a\xFF.js", "default", Status::kFailed,
                          "bad \xC3 byte", 1, {}, ""});
  file.summary = CountStatuses(file.results);
  const std::string json = ResultsToJson(file);
  const LoadedResults again = ParseResults(json);
  ASSERT_TRUE(again.ok()) << again.error;
  EXPECT_EQ(again.file.results[0].path, "a\xEF\xBF\xBD.js");
  EXPECT_EQ(again.file.results[0].message, "bad \xEF\xBF\xBD byte");
}

TEST(SaveResultsTest, WritesAFileLoadResultsReads) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::filesystem::path dir =
      tmp ? std::filesystem::path(tmp) : std::filesystem::temp_directory_path();
  const std::filesystem::path path = dir / "results_test_save.json";
  const LoadedResults loaded = ParseResults(kTwoResults);
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(SaveResults(loaded.file, path), "");
  const LoadedResults again = LoadResults(path);
  ASSERT_TRUE(again.ok()) << again.error;
  EXPECT_EQ(again.file.results.size(), 2u);
}

TEST(LoadResultsTest, MissingFileAndDirectoryAreErrors) {
  const LoadedResults missing = LoadResults("/nonexistent/dir/results.json");
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.error.find("cannot open"), std::string::npos);
  const LoadedResults directory = LoadResults("/");
  EXPECT_FALSE(directory.ok());
  EXPECT_NE(directory.error.find("is a directory"), std::string::npos);
}

TEST(SaveResultsTest, UnwritablePathIsAnError) {
  EXPECT_NE(SaveResults(ResultsFile{}, "/nonexistent/dir/out.json"), "");
}

}  // namespace
}  // namespace async_runtime::harness::report
