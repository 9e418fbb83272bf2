#include "harness/runner.h"

#include <gtest/gtest.h>

#include "harness/report/results.h"

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace async_runtime::harness {
namespace {

namespace fs = std::filesystem;

TEST(ParseCommandLineTest, ReadsOptionsAndPaths) {
  const CommandLineResult parsed = ParseCommandLine(
      {"--parse-only", "--jobs=3", "--timeout=0.5", "--json=out.json",
       "--include-proposals", "--fail-on-unexpected", "--test262-dir=t",
       "--filters-dir=f", "--report=r", "--baseline=b.json", "test/language",
       "test/built-ins/Promise/**/*.js"});
  ASSERT_TRUE(parsed.error.empty()) << parsed.error;
  const RunnerOptions& options = parsed.options;
  EXPECT_TRUE(options.parse_only);
  EXPECT_EQ(options.jobs, 3);
  EXPECT_EQ(options.timeout_seconds, 0.5);
  EXPECT_EQ(options.json_path, "out.json");
  EXPECT_TRUE(options.include_proposals);
  EXPECT_TRUE(options.fail_on_unexpected);
  EXPECT_EQ(options.test262_dir, "t");
  EXPECT_EQ(options.filters_dir, "f");
  EXPECT_EQ(options.report_dir, "r");
  EXPECT_EQ(options.baseline_path, "b.json");
  EXPECT_EQ(options.paths_or_globs,
            (std::vector<std::string>{"test/language",
                                      "test/built-ins/Promise/**/*.js"}));
}

TEST(ParseCommandLineTest, Defaults) {
  const CommandLineResult parsed = ParseCommandLine({"test"});
  ASSERT_TRUE(parsed.error.empty());
  EXPECT_EQ(parsed.options.test262_dir, "third_party/test262");
  EXPECT_EQ(parsed.options.filters_dir, "test262-filters");
  EXPECT_EQ(parsed.options.timeout_seconds, 10);
  EXPECT_EQ(parsed.options.jobs, 0);
  EXPECT_FALSE(parsed.options.parse_only);
}

TEST(ParseCommandLineTest, UsageErrors) {
  EXPECT_FALSE(ParseCommandLine({}).error.empty());
  EXPECT_FALSE(ParseCommandLine({"--jobs=0", "t"}).error.empty());
  EXPECT_FALSE(ParseCommandLine({"--jobs=x", "t"}).error.empty());
  EXPECT_FALSE(ParseCommandLine({"--timeout=-1", "t"}).error.empty());
  EXPECT_FALSE(ParseCommandLine({"--bogus", "t"}).error.empty());
  EXPECT_TRUE(ParseCommandLine({"--help"}).help);
}

TEST(ResolveRelativePathsTest, AgainstWorkspace) {
  RunnerOptions options;
  options.json_path = "out.json";
  options.report_dir = "/abs/r";
  ResolveRelativePaths("/ws", &options);
  EXPECT_EQ(options.json_path, "/ws/out.json");
  EXPECT_EQ(options.report_dir, "/abs/r");
  EXPECT_EQ(options.test262_dir, "/ws/third_party/test262");
  EXPECT_EQ(options.filters_dir, "/ws/test262-filters");
  EXPECT_TRUE(options.baseline_path.empty());
}

// A miniature Test262 checkout and filter directory.
class RunTest262Test : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TEST_TMPDIR");
    root_ = fs::path(tmp != nullptr ? tmp : "/tmp") / "runner_test";
    fs::remove_all(root_);
    Write("t262/features.txt",
          "## Proposed language features\n#\ndecorators\n\n"
          "## Standard language features\n#\nclass\n");
    Write("t262/test/plain.js", "/*---\nesid: sec-a\n---*/\nplain;\n");
    Write("t262/test/module.js", "/*---\nflags: [module]\n---*/\nmod;\n");
    Write("t262/test/strict.js", "/*---\nflags: [onlyStrict]\n---*/\n");
    Write("t262/test/proposal.js",
          "/*---\nfeatures: [class, decorators]\n---*/\n");
    Write("t262/test/temporal.js", "/*---\nfeatures: [Temporal]\n---*/\n");
    Write("t262/test/skipdir/x.js", "/*---\n---*/\n");
    Write("t262/test/badyaml.js", "/*---\nflags: [raw\n---*/\n");
    Write("t262/test/crash.js", "/*---\nflags: [raw]\n---*/\n");
    Write("t262/test/known.js", "/*---\nflags: [noStrict]\n---*/\n");
    Write("t262/test/dep_FIXTURE.js", "export default 1;\n");
    Write("filters/features-unsupported.txt", "Temporal not yet\n");
    Write("filters/skip-paths.txt", "^test/skipdir/ later\n");
    Write("filters/expectations.txt",
          "test/known.js default known bug\n"
          "test/strict.js strict listed but passing\n");
    options_.test262_dir = root_ / "t262";
    options_.filters_dir = root_ / "filters";
    options_.json_path = root_ / "out/results.json";
    options_.paths_or_globs = {"test"};
    options_.jobs = 2;
    options_.timeout_seconds = 5;
  }

  void Write(const std::string& relative, const std::string& text) {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative) << text;
  }

  std::string Read(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }

  // Passes everything except known.js; aborts in crash.js.
  static ExecutionOutcome Executor(const TestCase& test, Scenario scenario) {
    if (test.relative_path == "test/crash.js") std::abort();
    if (test.relative_path == "test/known.js") {
      return {TestStatus::kFailed, "boom"};
    }
    return {TestStatus::kPassed, ""};
  }

  int Run(std::string* out_text, std::string* err_text) {
    std::ostringstream out, err;
    const int status = RunTest262(options_, Executor, out, err);
    *out_text = out.str();
    *err_text = err.str();
    return status;
  }

  fs::path root_;
  RunnerOptions options_;
};

TEST_F(RunTest262Test, ClassifiesRunsAndReports) {
  std::string out, err;
  ASSERT_EQ(Run(&out, &err), kExitRunCompleted) << err;
  // passed: plain x2, module, strict; failed: badyaml, known; skipped:
  // proposal x2, temporal x2, skipdir x2; crashed: crash.
  EXPECT_EQ(out,
            "test262: 4 passed, 2 failed, 6 skipped, 1 crashed, 1 expected "
            "failures, 1 unexpected passes\n");
  report::LoadedResults loaded = report::LoadResults(options_.json_path);
  ASSERT_TRUE(loaded.ok()) << loaded.error << "\n" << Read(options_.json_path);
  EXPECT_TRUE(loaded.warnings.empty());
  const report::ResultsFile& file = loaded.file;
  EXPECT_EQ(file.summary.passed, 4u);
  EXPECT_EQ(file.summary.failed, 2u);
  EXPECT_EQ(file.summary.skipped, 6u);
  EXPECT_EQ(file.summary.crashed, 1u);
  EXPECT_EQ(file.summary.timed_out, 0u);
  const auto find = [&file](const std::string& path, const std::string& scenario) -> const report::TestRecord* {
    for (const report::TestRecord& record : file.results) {
      if (record.path == path && record.scenario == scenario) return &record;
    }
    return nullptr;
  };
  const auto starts_with = [](const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
  };
  ASSERT_NE(find("test/plain.js", "default"), nullptr);
  EXPECT_EQ(find("test/plain.js", "default")->status, report::Status::kPassed);
  ASSERT_NE(find("test/plain.js", "strict"), nullptr);
  EXPECT_EQ(find("test/plain.js", "strict")->status, report::Status::kPassed);
  size_t modules = 0, proposals = 0, temporal = 0, skipped_paths = 0, crashes = 0, expected = 0;
  for (const report::TestRecord& record : file.results) {
    if (record.scenario == "module") ++modules;
    if (record.status == report::Status::kSkipped && record.message == "proposal") ++proposals;
    if (record.message == "unsupported feature Temporal: not yet") ++temporal;
    if (record.message == "skipped path ^test/skipdir/: later") ++skipped_paths;
    if (record.status == report::Status::kCrashed && starts_with(record.message, "worker killed by signal 6")) {
      ++crashes;
    }
    if (record.message == "expected failure (known bug): boom") ++expected;
    EXPECT_EQ(record.path.find("FIXTURE"), std::string::npos) << record.path;
  }
  EXPECT_EQ(modules, 1u);
  EXPECT_EQ(proposals, 2u);
  EXPECT_EQ(temporal, 2u);
  EXPECT_EQ(skipped_paths, 2u);
  EXPECT_EQ(crashes, 1u);
  EXPECT_EQ(expected, 1u);
  ASSERT_NE(find("test/badyaml.js", "default"), nullptr);
  EXPECT_EQ(find("test/badyaml.js", "default")->status, report::Status::kFailed);
  EXPECT_TRUE(starts_with(find("test/badyaml.js", "default")->message, "frontmatter: invalid YAML"));
  // Sorted by path, then scenario order.
  for (size_t i = 1; i < file.results.size(); ++i) {
    EXPECT_LE(file.results[i - 1].path, file.results[i].path);
  }
}

TEST_F(RunTest262Test, IncludeProposalsRunsThem) {
  options_.include_proposals = true;
  options_.paths_or_globs = {"test/proposal.js"};
  std::string out, err;
  ASSERT_EQ(Run(&out, &err), kExitRunCompleted) << err;
  EXPECT_EQ(out, "test262: 2 passed, 0 failed, 0 skipped\n");
}

TEST_F(RunTest262Test, FailOnUnexpected) {
  options_.fail_on_unexpected = true;
  std::string out, err;
  EXPECT_EQ(Run(&out, &err), kExitUnexpectedResults);
  // Only expected failures: completed.
  options_.paths_or_globs = {"test/known.js", "test/plain.js"};
  EXPECT_EQ(Run(&out, &err), kExitRunCompleted) << err;
  // An expected failure that passes is unexpected.
  options_.paths_or_globs = {"test/strict.js"};
  EXPECT_EQ(Run(&out, &err), kExitUnexpectedResults);
}

TEST_F(RunTest262Test, TimeoutIsContained) {
  options_.paths_or_globs = {"test/plain.js", "test/strict.js"};
  options_.timeout_seconds = 0.5;
  std::ostringstream out, err;
  const int status = RunTest262(
      options_,
      [](const TestCase& test, Scenario scenario) {
        if (test.relative_path == "test/plain.js" &&
            scenario == Scenario::kStrict) {
          volatile bool forever = true;
          while (forever) {
          }
        }
        return ExecutionOutcome{TestStatus::kPassed, ""};
      },
      out, err);
  EXPECT_EQ(status, kExitRunCompleted);
  EXPECT_EQ(out.str(),
            "test262: 2 passed, 0 failed, 0 skipped, 1 timed_out, "
            "1 unexpected passes\n");
}

TEST_F(RunTest262Test, BaselineAndReport) {
  options_.paths_or_globs = {"test/plain.js"};
  std::string out, err;
  ASSERT_EQ(Run(&out, &err), kExitRunCompleted);
  Write("old.json",
        "{\"results\": [{\"path\": \"test/plain.js\", \"scenario\": "
        "\"strict\", \"status\": \"failed\"}]}");
  options_.baseline_path = root_ / "old.json";
  options_.report_dir = root_ / "report";
  ASSERT_EQ(Run(&out, &err), kExitRunCompleted) << err;
  // strict was failing in the baseline; default was not in it.
  EXPECT_NE(out.find("Newly passing (1):\n  test/plain.js [strict]: failed -> passed\n"), std::string::npos) << out;
  EXPECT_NE(out.find("Newly run (1):\n  test/plain.js [default]: absent -> passed\n"), std::string::npos) << out;
  EXPECT_NE(out.find("test262: 2 passed, 0 failed, 0 skipped\n"), std::string::npos) << out;
  const std::string markdown = Read(root_ / "report/report.md");
  EXPECT_NE(markdown.find("**2 of 2 tests passed (100.0%)**"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("since the baseline"), std::string::npos) << markdown;
  const std::string html = Read(root_ / "report/report.html");
  EXPECT_NE(html.find("<!DOCTYPE html>"), std::string::npos);
  EXPECT_NE(html.find("Test262 compliance report"), std::string::npos);
}

TEST_F(RunTest262Test, ShardsPartitionTheRun) {
  std::set<std::string> seen;
  size_t total = 0;
  for (int index = 0; index < 3; ++index) {
    options_.shard_count = 3;
    options_.shard_index = index;
    std::string out, err;
    ASSERT_EQ(Run(&out, &err), kExitRunCompleted) << err;
    report::LoadedResults loaded = report::LoadResults(options_.json_path);
    ASSERT_TRUE(loaded.ok()) << loaded.error;
    for (const report::TestRecord& record : loaded.file.results) {
      EXPECT_TRUE(seen.insert(record.path + " " + record.scenario).second) << "in two shards: " << record.path;
      ++total;
    }
  }
  options_.shard_count = 1;
  options_.shard_index = 0;
  std::string out, err;
  ASSERT_EQ(Run(&out, &err), kExitRunCompleted) << err;
  report::LoadedResults whole = report::LoadResults(options_.json_path);
  ASSERT_TRUE(whole.ok()) << whole.error;
  EXPECT_EQ(total, whole.file.results.size());
}

TEST(ApplyBazelSharding, ReadsTheEnvironmentAndTouchesTheStatusFile) {
  const fs::path status = fs::path(testing::TempDir()) / "shard_status";
  fs::remove(status);
  setenv("TEST_TOTAL_SHARDS", "4", 1);
  setenv("TEST_SHARD_INDEX", "2", 1);
  setenv("TEST_SHARD_STATUS_FILE", status.c_str(), 1);
  RunnerOptions options;
  EXPECT_EQ(ApplyBazelSharding(&options), "");
  EXPECT_EQ(options.shard_count, 4);
  EXPECT_EQ(options.shard_index, 2);
  EXPECT_TRUE(fs::exists(status));
  setenv("TEST_SHARD_INDEX", "4", 1);
  EXPECT_NE(ApplyBazelSharding(&options), "");
  unsetenv("TEST_TOTAL_SHARDS");
  unsetenv("TEST_SHARD_INDEX");
  unsetenv("TEST_SHARD_STATUS_FILE");
}

TEST_F(RunTest262Test, ConfigurationErrorsAreUsageErrors) {
  std::string out, err;
  options_.paths_or_globs = {"test/missing"};
  EXPECT_EQ(Run(&out, &err), kExitUsageError);
  EXPECT_NE(err.find("no test files match 'test/missing'"), std::string::npos);

  options_.paths_or_globs = {"test"};
  Write("filters/skip-paths.txt", "^test/( no-closing-paren\n");
  EXPECT_EQ(Run(&out, &err), kExitUsageError);

  options_.test262_dir = root_ / "nowhere";
  EXPECT_EQ(Run(&out, &err), kExitUsageError);
}

}  // namespace
}  // namespace async_runtime::harness
