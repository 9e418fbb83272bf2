#include "harness/report/baseline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace async_runtime::harness::report {
namespace {

TestRecord Record(std::string path, std::string scenario, Status status,
                  std::string message = "") {
  TestRecord record;
  record.path = std::move(path);
  record.scenario = std::move(scenario);
  record.status = status;
  record.message = std::move(message);
  return record;
}

ResultsFile File(std::vector<TestRecord> results) {
  ResultsFile file;
  file.results = std::move(results);
  file.summary = CountStatuses(file.results);
  return file;
}

std::vector<std::string> Keys(const std::vector<BaselineChange>& changes) {
  std::vector<std::string> keys;
  for (const BaselineChange& change : changes) {
    keys.push_back(change.path + " [" + change.scenario + "]");
  }
  return keys;
}

using Keys_ = std::vector<std::string>;

TEST(CompareWithBaselineTest, ClassifiesEveryPairOfStates) {
  const ResultsFile old_run = File({
      Record("fixed.js", "default", Status::kFailed),
      Record("fixed.js", "strict", Status::kPassed),  // the same test, other
                                                      // scenario: unchanged
      Record("broken.js", "default", Status::kPassed),
      Record("crashes.js", "default", Status::kFailed),
      Record("still-failing.js", "default", Status::kFailed),
      Record("unskipped-pass.js", "default", Status::kSkipped),
      Record("unskipped-fail.js", "default", Status::kSkipped),
      Record("now-skipped.js", "default", Status::kPassed),
      Record("removed.js", "default", Status::kFailed),
      Record("skipped-both.js", "default", Status::kSkipped),
      Record("timed-out-then-pass.js", "module", Status::kTimedOut),
  });
  const ResultsFile new_run = File({
      Record("fixed.js", "default", Status::kPassed),
      Record("fixed.js", "strict", Status::kPassed),
      Record("broken.js", "default", Status::kFailed, "Test262Error: x"),
      Record("crashes.js", "default", Status::kCrashed, "signal 11"),
      Record("still-failing.js", "default", Status::kFailed),
      Record("unskipped-pass.js", "default", Status::kPassed),
      Record("unskipped-fail.js", "default", Status::kFailed),
      Record("now-skipped.js", "default", Status::kSkipped),
      Record("added.js", "default", Status::kPassed),
      Record("skipped-both.js", "default", Status::kSkipped),
      Record("timed-out-then-pass.js", "module", Status::kPassed),
  });
  const BaselineDiff diff = CompareWithBaseline(old_run, new_run);
  EXPECT_EQ(Keys(diff.newly_passing),
            (Keys_{"fixed.js [default]", "timed-out-then-pass.js [module]"}));
  EXPECT_EQ(Keys(diff.newly_failing), (Keys_{"broken.js [default]"}));
  EXPECT_EQ(Keys(diff.failure_changed), (Keys_{"crashes.js [default]"}));
  EXPECT_EQ(Keys(diff.newly_run),
            (Keys_{"added.js [default]", "unskipped-fail.js [default]",
                   "unskipped-pass.js [default]"}));
  EXPECT_EQ(Keys(diff.no_longer_run),
            (Keys_{"now-skipped.js [default]", "removed.js [default]"}));
  // fixed.js [strict], still-failing.js, skipped-both.js.
  EXPECT_EQ(diff.unchanged, 3u);
  EXPECT_TRUE(diff.duplicate_keys.empty());
  EXPECT_TRUE(HasRegressions(diff));

  const BaselineChange& broken = diff.newly_failing[0];
  EXPECT_EQ(broken.old_status, Status::kPassed);
  EXPECT_EQ(broken.new_status, Status::kFailed);
  EXPECT_EQ(broken.message, "Test262Error: x");
  const BaselineChange& added = diff.newly_run[0];
  EXPECT_FALSE(added.old_status.has_value());
  EXPECT_EQ(added.new_status, Status::kPassed);
  const BaselineChange& removed = diff.no_longer_run[1];
  EXPECT_EQ(removed.old_status, Status::kFailed);
  EXPECT_FALSE(removed.new_status.has_value());
  EXPECT_EQ(diff.old_counts.total(), 11u);
  EXPECT_EQ(diff.new_counts.passed, 5u);
}

TEST(CompareWithBaselineTest, IdenticalRunsHaveNoChanges) {
  const ResultsFile run = File({Record("a.js", "default", Status::kPassed),
                                Record("b.js", "default", Status::kFailed)});
  const BaselineDiff diff = CompareWithBaseline(run, run);
  EXPECT_TRUE(diff.newly_passing.empty());
  EXPECT_TRUE(diff.newly_failing.empty());
  EXPECT_TRUE(diff.newly_run.empty());
  EXPECT_TRUE(diff.no_longer_run.empty());
  EXPECT_EQ(diff.unchanged, 2u);
  EXPECT_FALSE(HasRegressions(diff));
}

TEST(CompareWithBaselineTest, EmptyBaselineMakesEverythingNewlyRun) {
  const BaselineDiff diff = CompareWithBaseline(
      ResultsFile{}, File({Record("a.js", "default", Status::kFailed)}));
  EXPECT_EQ(Keys(diff.newly_run), (Keys_{"a.js [default]"}));
  EXPECT_FALSE(HasRegressions(diff));
}

TEST(CompareWithBaselineTest, TheLastDuplicateCountsAndIsReported) {
  const ResultsFile old_run =
      File({Record("a.js", "default", Status::kFailed),
            Record("a.js", "default", Status::kPassed)});
  const ResultsFile new_run = File({Record("a.js", "default", Status::kFailed)});
  const BaselineDiff diff = CompareWithBaseline(old_run, new_run);
  EXPECT_EQ(Keys(diff.newly_failing), (Keys_{"a.js [default]"}));
  EXPECT_EQ(diff.duplicate_keys, (Keys_{"a.js [default] (old)"}));
}

TEST(FormatBaselineDiffTest, ListsRegressionsFirstAndCapsLists) {
  std::vector<TestRecord> old_results;
  std::vector<TestRecord> new_results;
  for (int i = 0; i < 5; ++i) {
    const std::string path = "fix" + std::to_string(i) + ".js";
    old_results.push_back(Record(path, "default", Status::kFailed));
    new_results.push_back(Record(path, "default", Status::kPassed));
  }
  old_results.push_back(Record("broken.js", "strict", Status::kPassed));
  new_results.push_back(Record("broken.js", "strict", Status::kTimedOut,
                               "timed out after 10 s\nmore"));
  const BaselineDiff diff =
      CompareWithBaseline(File(old_results), File(new_results));
  DiffTextOptions options;
  options.max_listed = 2;
  const std::string text = FormatBaselineDiff(diff, options);
  EXPECT_NE(text.find("baseline: 1/6 passed (16.6%), 0 skipped\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("now:      5/6 passed (83.3%), 0 skipped\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("passing: +4 (5 newly passing, 1 newly failing"),
            std::string::npos)
      << text;
  const size_t failing = text.find("Newly failing (1):\n"
                                   "  broken.js [strict]: passed -> timed_out: "
                                   "timed out after 10 s\xE2\x80\xA6\n");
  const size_t passing = text.find("Newly passing (5):\n"
                                   "  fix0.js [default]: failed -> passed\n"
                                   "  fix1.js [default]: failed -> passed\n"
                                   "  ... and 3 more\n");
  ASSERT_NE(failing, std::string::npos) << text;
  ASSERT_NE(passing, std::string::npos) << text;
  EXPECT_LT(failing, passing);
}

TEST(FormatBaselineDiffTest, KeepsTerminalControlsOut) {
  const BaselineDiff diff = CompareWithBaseline(
      File({Record("a\x1B[2J.js", "default", Status::kPassed)}),
      File({Record("a\x1B[2J.js", "default", Status::kFailed,
                   "\x1B]0;title\x07")}));
  const std::string text = FormatBaselineDiff(diff);
  EXPECT_EQ(text.find('\x1B'), std::string::npos) << text;
  EXPECT_NE(text.find("a\\x1B[2J.js"), std::string::npos) << text;
}

}  // namespace
}  // namespace async_runtime::harness::report
