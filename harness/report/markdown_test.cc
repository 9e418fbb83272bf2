#include "harness/report/markdown.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace async_runtime::harness::report {
namespace {

TestRecord Record(std::string path, Status status, std::string message = "",
                  std::vector<std::string> features = {},
                  std::string esid = "", std::string scenario = "default") {
  TestRecord record;
  record.path = std::move(path);
  record.scenario = std::move(scenario);
  record.status = status;
  record.message = std::move(message);
  record.features = std::move(features);
  record.esid = std::move(esid);
  return record;
}

ResultsFile File(std::vector<TestRecord> results) {
  ResultsFile file;
  file.results = std::move(results);
  file.summary = CountStatuses(file.results);
  return file;
}

Biblio SmallBiblio() {
  Biblio biblio;
  biblio.Add({"sec-promise.all", "27.2.4.1", "Promise.all ( iterable )"});
  biblio.Add({"sec-x", "9.10", "Ten"});
  biblio.Add({"sec-y", "9.9", "Nine"});
  biblio.Add({"sec-%typedarray%", "23.2.1", "The %TypedArray% Intrinsic"});
  return biblio;
}

ResultsFile Sample() {
  return File({
      Record("test/built-ins/Promise/all/a.js", Status::kPassed, "",
             {"Promise"}, "sec-promise.all"),
      Record("test/built-ins/Promise/all/b.js", Status::kFailed,
             "Test262Error: Expected <1> | *2*\nstack", {"Promise"},
             "sec-promise.all", "strict"),
      Record("test/built-ins/Promise/all/c.js", Status::kSkipped, "", {},
             "sec-x"),
      Record("test/language/x.js", Status::kPassed, "", {}, "sec-y"),
      Record("test/language/y.js", Status::kCrashed, "", {}, "sec-%typedarray%"),
      Record("test/language/z.js", Status::kTimedOut, "", {}, "pending"),
  });
}

TEST(MarkdownReportTest, SummaryCountsAndRates) {
  const std::string md = MarkdownReport(Sample());
  EXPECT_EQ(md.rfind("# Test262 compliance report\n\n", 0), 0u) << md;
  EXPECT_NE(md.find("**2 of 5 tests passed (40.0%)**"), std::string::npos)
      << md;
  EXPECT_NE(md.find("| 2 | 1 | 1 | 1 | 1 | 6 |"), std::string::npos) << md;
}

TEST(MarkdownReportTest, DirectoryTreeIsNestedAndDepthLimited) {
  MarkdownOptions options;
  options.max_tree_depth = 3;
  const std::string md = MarkdownReport(Sample(), options);
  EXPECT_NE(md.find("- `test/` 2/5 (40.0%), 1 skipped\n"
                    "  - `built-ins/` 1/2 (50.0%), 1 skipped\n"
                    "    - `Promise/` 1/2 (50.0%), 1 skipped\n"
                    "  - `language/` 1/3 (33.3%)\n"),
            std::string::npos)
      << md;
  EXPECT_EQ(md.find("`all/`"), std::string::npos) << md;
  options.max_tree_depth = 0;
  EXPECT_NE(MarkdownReport(Sample(), options)
                .find("      - `all/` 1/2 (50.0%), 1 skipped\n"),
            std::string::npos);
}

TEST(MarkdownReportTest, FeatureTable) {
  const std::string md = MarkdownReport(Sample());
  EXPECT_NE(md.find("| feature | passed | ran | rate | skipped |\n"
                    "| --- | ---: | ---: | ---: | ---: |\n"
                    "| `Promise` | 1 | 2 | 50.0% | 0 |\n"),
            std::string::npos)
      << md;
}

TEST(MarkdownReportTest, ClausesInDocumentOrderWithLinks) {
  const Biblio biblio = SmallBiblio();
  MarkdownOptions options;
  options.biblio = &biblio;
  const std::string md = MarkdownReport(Sample(), options);
  const size_t nine = md.find("| 9.9 | [Nine](https://tc39.es/ecma262/#sec-y) "
                              "| 1 | 1 | 100.0% | 0 |");
  const size_t ten = md.find("| 9.10 | [Ten](https://tc39.es/ecma262/#sec-x) "
                             "| 0 | 0 | n/a | 1 |");
  const size_t typed = md.find(
      "| 23.2.1 | [The %TypedArray% Intrinsic]"
      "(https://tc39.es/ecma262/#sec-%25typedarray%25) | 0 | 1 | 0.0% | 0 |");
  const size_t all = md.find(
      "| 27.2.4.1 | [Promise.all ( iterable )]"
      "(https://tc39.es/ecma262/#sec-promise.all) | 1 | 2 | 50.0% | 0 |");
  ASSERT_NE(nine, std::string::npos) << md;
  ASSERT_NE(ten, std::string::npos) << md;
  ASSERT_NE(typed, std::string::npos) << md;
  ASSERT_NE(all, std::string::npos) << md;
  EXPECT_LT(nine, ten);
  EXPECT_LT(ten, typed);
  EXPECT_LT(typed, all);
  EXPECT_NE(md.find("### Esids not in the biblio\n\n| esid | passed | ran | "
                    "rate | skipped |\n| --- | ---: | ---: | ---: | ---: |\n"
                    "| `pending` | 0 | 1 | 0.0% | 0 |\n"),
            std::string::npos)
      << md;
}

TEST(MarkdownReportTest, WithoutABiblioClausesAreListedByEsid) {
  const std::string md = MarkdownReport(Sample());
  EXPECT_NE(md.find("| `sec-promise.all` | 1 | 2 | 50.0% | 0 |"),
            std::string::npos)
      << md;
}

TEST(MarkdownReportTest, FailuresAreGroupedEscapedAndCapped) {
  std::vector<TestRecord> results = Sample().results;
  for (int i = 0; i < 5; ++i) {
    results.push_back(Record("test/many/t" + std::to_string(i) + ".js",
                             Status::kFailed, "m"));
  }
  MarkdownOptions options;
  options.max_failures_per_directory = 3;
  const std::string md = MarkdownReport(File(results), options);
  EXPECT_NE(md.find("## Failures (8)\n"), std::string::npos) << md;
  EXPECT_NE(md.find("### `test/built-ins/Promise/all` (1)\n\n"
                    "- `b.js` [strict] failed: Test262Error: Expected "
                    "&lt;1&gt; \\| \\*2\\*\xE2\x80\xA6\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("### `test/language` (2)\n\n- `y.js` [default] crashed\n"
                    "- `z.js` [default] timed_out\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("### `test/many` (5)\n\n- `t0.js` [default] failed: m\n"
                    "- `t1.js` [default] failed: m\n"
                    "- `t2.js` [default] failed: m\n- … and 2 more\n"),
            std::string::npos)
      << md;
}

TEST(MarkdownReportTest, TotalFailureCapNamesTheRemainingDirectories) {
  std::vector<TestRecord> results;
  for (const char* directory : {"a", "b", "c"}) {
    for (int i = 0; i < 2; ++i) {
      results.push_back(Record(std::string(directory) + "/t" +
                                   std::to_string(i) + ".js",
                               Status::kFailed));
    }
  }
  MarkdownOptions options;
  options.max_failures_total = 3;
  const std::string md = MarkdownReport(File(results), options);
  EXPECT_NE(md.find("### `a` (2)"), std::string::npos) << md;
  EXPECT_NE(md.find("### `b` (2)"), std::string::npos) << md;
  EXPECT_EQ(md.find("### `c` (2)"), std::string::npos) << md;
  EXPECT_NE(md.find("### More failing directories (1)\n\n"), std::string::npos)
      << md;
  EXPECT_NE(md.find("- `c` (2)\n"), std::string::npos) << md;
}

TEST(MarkdownReportTest, BaselineSection) {
  const ResultsFile old_run =
      File({Record("t/a.js", Status::kFailed), Record("t/b.js", Status::kPassed)});
  const ResultsFile new_run =
      File({Record("t/a.js", Status::kPassed),
            Record("t/b.js", Status::kFailed, "boom")});
  const BaselineDiff diff = CompareWithBaseline(old_run, new_run);
  MarkdownOptions options;
  options.baseline = &diff;
  const std::string md = MarkdownReport(new_run, options);
  EXPECT_NE(md.find("## Changes since the baseline\n"), std::string::npos)
      << md;
  EXPECT_NE(md.find("### Newly failing (1)\n\n- `t/b.js` [default]: passed → "
                    "failed: boom\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("### Newly passing (1)\n\n- `t/a.js` [default]: failed → "
                    "passed\n"),
            std::string::npos)
      << md;
  EXPECT_EQ(MarkdownReport(new_run).find("Changes since the baseline"),
            std::string::npos);
}

TEST(MarkdownReportTest, EmptyResults) {
  const std::string md = MarkdownReport(ResultsFile{});
  EXPECT_NE(md.find("**0 of 0 tests passed (n/a)**"), std::string::npos) << md;
  EXPECT_NE(md.find("No results."), std::string::npos) << md;
  EXPECT_NE(md.find("## Failures (0)\n\nNone.\n"), std::string::npos) << md;
}

}  // namespace
}  // namespace async_runtime::harness::report
