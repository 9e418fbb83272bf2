#include "harness/runner.h"

#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <ostream>
#include <set>
#include <thread>
#include <utility>

#include "harness/features_file.h"
#include "harness/filters.h"
#include "harness/report/baseline.h"
#include "harness/report/html.h"
#include "harness/report/junit.h"
#include "harness/report/markdown.h"
#include "harness/report/results.h"
#include "harness/test_discovery.h"
#include "harness/test_result.h"
#include "harness/worker_pool.h"
#include "runtime/host/read_file.h"

namespace async_runtime::harness {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;


// "--name=value" -> value when `argument` starts with "--name=".
std::optional<std::string_view> OptionValue(std::string_view argument,
                                            std::string_view name) {
  const std::string prefix = "--" + std::string(name) + "=";
  if (argument.substr(0, prefix.size()) != prefix) return std::nullopt;
  return argument.substr(prefix.size());
}

// Reads an integer and a decimal number without exceptions.
bool ParseInt(std::string_view text, int* value) {
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

bool ParseDouble(std::string_view text, double* value) {
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

// The progress line on a terminal: done/total, pass rate, speed, ETA.
class ProgressLine {
 public:
  ProgressLine(std::ostream& err, bool enabled, size_t total)
      : err_(err), enabled_(enabled), total_(total), started_(Clock::now()) {}

  void Update(size_t done, size_t passed, size_t ran) {
    if (!enabled_) return;
    const Clock::time_point now = Clock::now();
    if (done != total_ && now - last_drawn_ < std::chrono::milliseconds(100)) {
      return;
    }
    last_drawn_ = now;
    const double seconds =
        std::chrono::duration<double>(now - started_).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    const double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : 0;
    char line[160];
    std::snprintf(line, sizeof line,
                  "\r\033[K[%zu/%zu] %.1f%% passed, %.0f tests/s, ETA %.0fs",
                  done, total_,
                  ran == 0 ? 0.0
                           : 100.0 * static_cast<double>(passed) /
                                 static_cast<double>(ran),
                  rate, eta);
    err_ << line << std::flush;
  }

  void Finish() {
    if (enabled_) err_ << "\r\033[K" << std::flush;
  }

 private:
  std::ostream& err_;
  const bool enabled_;
  const size_t total_;
  const Clock::time_point started_;
  Clock::time_point last_drawn_{};
};

// One test in one scenario waiting for a worker.
struct Job {
  size_t test_index;
  Scenario scenario;
  size_t result_index;
};

TestResult ResultFor(const TestCase& test, std::string scenario) {
  TestResult result;
  result.path = test.relative_path;
  result.scenario = std::move(scenario);
  result.features = test.metadata.features;
  result.esid = test.metadata.esid;
  return result;
}

// Marks listed failures as expected and listed passes as unexpected.
void ApplyExpectations(const TestFilters& filters,
                       std::vector<TestResult>* results) {
  for (TestResult& result : *results) {
    if (result.status == TestStatus::kSkipped) continue;
    const std::optional<Scenario> scenario = ScenarioFromName(result.scenario);
    if (!scenario) continue;
    const Expectation* expectation =
        filters.FindExpectation(result.path, *scenario);
    if (expectation == nullptr) continue;
    if (IsFailureStatus(result.status)) {
      result.expected_failure = true;
      result.message =
          "expected failure (" + expectation->reason + "): " + result.message;
    } else if (result.status == TestStatus::kPassed) {
      result.unexpected_pass = true;
      result.message = "unexpected pass: listed in expectations.txt (" +
                       expectation->reason + ")";
    }
  }
}


// Everything read before the run: features.txt, test262-filters/, the
// baseline and the list of test files.
struct RunConfiguration {
  std::set<std::string> proposed_features;
  TestFilters filters;
  std::optional<report::ResultsFile> baseline;
  std::vector<std::string> test_paths;
};

// Returns a usage/configuration error, or empty.
std::string LoadConfiguration(const RunnerOptions& options,
                              RunConfiguration* configuration,
                              std::ostream& err) {
  const host::FileReadResult features_txt = host::ReadFileSync((options.test262_dir / "features.txt").string());
  if (!features_txt.ok()) {
    return "cannot read " + (options.test262_dir / "features.txt").string() +
           " (is --test262-dir right? tools/bootstrap.sh links "
           "third_party/test262)";
  }
  FeatureSectionResult proposed = ParseProposedFeatures(features_txt.contents);
  if (!proposed.ok()) return proposed.error;
  configuration->proposed_features = std::move(proposed.features);

  LoadFiltersResult filters =
      LoadFilters(options.filters_dir, options.parse_only ? kParseOnlyExpectationsFile : kExpectationsFile);
  for (const std::string& error : filters.errors) err << error << "\n";
  if (!filters.ok()) return "bad filter files";
  configuration->filters = std::move(filters.filters);

  if (!options.baseline_path.empty()) {
    report::LoadedResults loaded = report::LoadResults(options.baseline_path);
    if (!loaded.ok()) {
      return options.baseline_path.string() + ": " + loaded.error;
    }
    configuration->baseline = std::move(loaded.file);
  }

  DiscoveryResult discovered =
      DiscoverTests(options.test262_dir, options.paths_or_globs);
  for (const std::string& error : discovered.errors) err << error << "\n";
  if (!discovered.errors.empty()) return "nothing to run";
  configuration->test_paths = std::move(discovered.relative_paths);
  if (options.shard_count > 1) {
    std::vector<std::string> shard;
    for (size_t i = 0; i < configuration->test_paths.size(); ++i) {
      if (static_cast<int>(i % options.shard_count) == options.shard_index) {
        shard.push_back(std::move(configuration->test_paths[i]));
      }
    }
    configuration->test_paths = std::move(shard);
  }
  return "";
}

// The tests with their metadata, one result slot per test and scenario in
// reporting order, and the jobs that fill the slots not decided up front
// (skips and unreadable frontmatter are results before anything runs).
struct RunPlan {
  std::vector<TestCase> tests;
  std::vector<TestResult> results;
  std::vector<Job> jobs;
};

RunPlan PlanRun(const RunnerOptions& options,
                const RunConfiguration& configuration) {
  RunPlan plan;
  for (const std::string& relative_path : configuration.test_paths) {
    TestCase test;
    test.relative_path = relative_path;
    test.absolute_path = options.test262_dir / relative_path;
    FrontmatterResult frontmatter;
    if (host::FileReadResult source = host::ReadFileSync(test.absolute_path.string()); !source.ok()) {
      frontmatter.error = source.error;
    } else {
      frontmatter = ParseFrontmatter(source.contents);
    }
    if (!frontmatter.ok()) {
      TestResult result = ResultFor(test, "default");
      result.status = TestStatus::kFailed;
      result.message = frontmatter.error;
      plan.results.push_back(std::move(result));
      continue;
    }
    test.metadata = std::move(*frontmatter.metadata);
    test.metadata.info.clear();  // not needed to run; large in total
    const std::optional<std::string> skip_message = SkipMessageFor(
        relative_path, test.metadata, configuration.proposed_features,
        SkipOptions{.include_proposals = options.include_proposals, .parse_only = options.parse_only},
        configuration.filters);
    for (Scenario scenario : ScenariosFor(test.metadata)) {
      TestResult result = ResultFor(test, std::string(ScenarioName(scenario)));
      if (skip_message) {
        result.status = TestStatus::kSkipped;
        result.message = *skip_message;
      } else {
        plan.jobs.push_back({plan.tests.size(), scenario, plan.results.size()});
      }
      plan.results.push_back(std::move(result));
    }
    plan.tests.push_back(std::move(test));
  }
  return plan;
}

// Runs the plan's jobs in worker processes; returns an error when the pool
// itself failed, or empty.
std::string ExecuteJobs(const RunnerOptions& options,
                        const ScenarioExecutor& executor, RunPlan* plan,
                        std::ostream& err) {
  WorkerPoolOptions pool_options;
  pool_options.worker_count =
      options.jobs > 0
          ? options.jobs
          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  pool_options.timeout = std::chrono::milliseconds(
      static_cast<int64_t>(options.timeout_seconds * 1000));
  ProgressLine progress(err, isatty(STDERR_FILENO) == 1, plan->jobs.size());
  size_t done = 0;
  size_t passed = 0;
  std::string pool_error;
  const bool pool_ok = RunJobsInWorkers(
      plan->jobs.size(),
      [&](size_t job_index) {
        const Job& job = plan->jobs[job_index];
        return executor(plan->tests[job.test_index], job.scenario);
      },
      pool_options,
      [&](JobResult job_result) {
        TestResult& result =
            plan->results[plan->jobs[job_result.job_index].result_index];
        result.status = job_result.status;
        result.message = std::move(job_result.message);
        result.duration_ms = job_result.duration_ms;
        ++done;
        if (result.status == TestStatus::kPassed) ++passed;
        progress.Update(done, passed, done);
      },
      &pool_error);
  progress.Finish();
  return pool_ok ? "" : "the worker pool failed: " + pool_error;
}

report::Status ToReportStatus(TestStatus status) {
  switch (status) {
    case TestStatus::kPassed: return report::Status::kPassed;
    case TestStatus::kFailed: return report::Status::kFailed;
    case TestStatus::kSkipped: return report::Status::kSkipped;
    case TestStatus::kCrashed: return report::Status::kCrashed;
    case TestStatus::kTimedOut: return report::Status::kTimedOut;
  }
  return report::Status::kFailed;
}

// The results in the report library's form (the JSON file's rows).
report::ResultsFile ToReportResults(const std::vector<TestResult>& results) {
  report::ResultsFile file;
  file.results.reserve(results.size());
  for (const TestResult& result : results) {
    report::TestRecord record;
    record.path = result.path;
    record.scenario = result.scenario;
    record.status = ToReportStatus(result.status);
    record.message = result.message;
    record.duration_ms = result.duration_ms;
    record.features = result.features;
    record.esid = result.esid;
    file.results.push_back(std::move(record));
  }
  file.summary = report::CountStatuses(file.results);
  return file;
}

// The JSON, JUnit, Markdown and HTML files, the baseline comparison and the
// summary line.
void WriteOutputs(const RunnerOptions& options,
                  const RunConfiguration& configuration,
                  const std::vector<TestResult>& results, std::ostream& out,
                  std::ostream& err) {
  const report::ResultsFile file = ToReportResults(results);
  const auto write = [&err](const fs::path& path, std::string_view text) {
    std::error_code ignored;  // a failure shows up as the write's error
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ignored);
    if (std::string error = report::WriteFile(path, text); !error.empty()) {
      err << "test262: " << error << "\n";
    }
  };
  if (!options.json_path.empty()) write(options.json_path, report::ResultsToJson(file));
  if (const char* xml_path = std::getenv("XML_OUTPUT_FILE");
      xml_path != nullptr && *xml_path != '\0') {
    write(xml_path, report::JunitXml(file));
  }
  std::optional<report::BaselineDiff> diff;
  if (configuration.baseline) {
    diff = report::CompareWithBaseline(*configuration.baseline, file);
    out << report::FormatBaselineDiff(*diff);
  }
  if (!options.report_dir.empty()) {
    report::LoadedBiblio biblio;
    if (!options.biblio_path.empty()) {
      biblio = report::LoadBiblio(options.biblio_path);
      if (!biblio.ok()) {
        err << "test262: " << biblio.error << " (the report lists clauses by esid only)\n";
      }
    }
    const report::Biblio* clauses =
        !options.biblio_path.empty() && biblio.ok() ? &biblio.biblio : nullptr;
    const report::BaselineDiff* changes = diff ? &*diff : nullptr;
    report::MarkdownOptions markdown;
    markdown.biblio = clauses;
    markdown.baseline = changes;
    write(options.report_dir / "report.md", report::MarkdownReport(file, markdown));
    report::HtmlOptions html;
    html.biblio = clauses;
    html.baseline = changes;
    write(options.report_dir / "report.html", report::HtmlReport(file, html));
  }
  out << SummaryLine(Summarize(results)) << "\n";
}

int ExitStatusFor(const RunnerOptions& options,
                  const std::vector<TestResult>& results, std::ostream& err) {
  if (!options.fail_on_unexpected) return kExitRunCompleted;
  size_t unexpected_failures = 0;
  size_t unexpected_passes = 0;
  for (const TestResult& result : results) {
    if (IsFailureStatus(result.status) && !result.expected_failure) {
      ++unexpected_failures;
    }
    if (result.unexpected_pass) ++unexpected_passes;
  }
  if (unexpected_failures == 0 && unexpected_passes == 0) {
    return kExitRunCompleted;
  }
  err << "test262: " << unexpected_failures << " unexpected failures, "
      << unexpected_passes << " unexpected passes\n";
  return kExitUnexpectedResults;
}

}  // namespace

std::string UsageText() {
  return R"(usage: test262 [options] PATH_OR_GLOB...

Runs Test262 tests: each in a fresh realm of the engine, with the harness
includes, `print` and `$262` (see harness/README.md). PATH_OR_GLOB is relative
to the Test262 directory: a file, a directory (searched recursively) or a glob
(`*`, `?`, `**`), e.g.
  test/language  'test/built-ins/Promise/**/*.js'

options:
  --parse-only            only parse each test (ParseProgram) and check the
                          result against its negative/parse expectation
  --jobs=N                worker processes (default: number of cores)
  --timeout=S             seconds per test before it is timed_out (default 10)
  --json=FILE             write all results as JSON
  --baseline=OLD.json     print tests newly passing / failing since OLD.json
  --report=DIR            write DIR/report.md and DIR/report.html: pass rate
                          per directory, feature and spec clause, failures
  --biblio=FILE           @tc39/ecma262-biblio's biblio.json for clause
                          numbers and titles (default
                          third_party/ecma262-biblio/biblio.json)
  --include-proposals     run tests of features.txt's proposed features
  --fail-on-unexpected    exit 1 on a failure not in expectations.txt or a
                          listed test that passes
  --test262-dir=DIR       default third_party/test262
  --filters-dir=DIR       default test262-filters
Relative paths are resolved against $BUILD_WORKSPACE_DIRECTORY when set.
JUnit XML is written to $XML_OUTPUT_FILE when set.
Exit status: 0 run completed, 1 unexpected results (--fail-on-unexpected),
2 usage or configuration error.
)";
}

CommandLineResult ParseCommandLine(const std::vector<std::string>& arguments) {
  CommandLineResult result;
  RunnerOptions& options = result.options;
  const auto fail = [&](std::string message) {
    result.error = std::move(message);
    return result;
  };
  for (const std::string& argument : arguments) {
    std::optional<std::string_view> value;
    if (argument == "--help" || argument == "-h") {
      result.help = true;
    } else if (argument == "--parse-only") {
      options.parse_only = true;
    } else if (argument == "--include-proposals") {
      options.include_proposals = true;
    } else if (argument == "--fail-on-unexpected") {
      options.fail_on_unexpected = true;
    } else if ((value = OptionValue(argument, "jobs"))) {
      if (!ParseInt(*value, &options.jobs) || options.jobs < 1) {
        return fail("--jobs needs a positive integer, got '" +
                    std::string(*value) + "'");
      }
    } else if ((value = OptionValue(argument, "timeout"))) {
      if (!ParseDouble(*value, &options.timeout_seconds) ||
          !(options.timeout_seconds > 0)) {
        return fail("--timeout needs a positive number of seconds, got '" +
                    std::string(*value) + "'");
      }
    } else if ((value = OptionValue(argument, "json"))) {
      options.json_path = *value;
    } else if ((value = OptionValue(argument, "baseline"))) {
      options.baseline_path = *value;
    } else if ((value = OptionValue(argument, "report"))) {
      options.report_dir = *value;
    } else if ((value = OptionValue(argument, "biblio"))) {
      options.biblio_path = *value;
    } else if ((value = OptionValue(argument, "test262-dir"))) {
      options.test262_dir = *value;
    } else if ((value = OptionValue(argument, "filters-dir"))) {
      options.filters_dir = *value;
    } else if (argument.size() > 1 && argument[0] == '-') {
      return fail("unknown option '" + argument + "'");
    } else {
      options.paths_or_globs.push_back(argument);
    }
  }
  if (!result.help && options.paths_or_globs.empty()) {
    return fail("no PATH_OR_GLOB given");
  }
  return result;
}

std::string ApplyBazelSharding(RunnerOptions* options) {
  const char* total = std::getenv("TEST_TOTAL_SHARDS");
  const char* index = std::getenv("TEST_SHARD_INDEX");
  if (total == nullptr || index == nullptr) return "";
  int shard_count = 0, shard_index = 0;
  if (!ParseInt(total, &shard_count) || !ParseInt(index, &shard_index) ||
      shard_count < 1 || shard_index < 0 || shard_index >= shard_count) {
    return std::string("bad sharding environment: TEST_TOTAL_SHARDS=") + total +
           " TEST_SHARD_INDEX=" + index;
  }
  options->shard_count = shard_count;
  options->shard_index = shard_index;
  if (const char* status_file = std::getenv("TEST_SHARD_STATUS_FILE")) {
    std::ofstream touch(status_file, std::ios::app);
  }
  return "";
}

void ResolveRelativePaths(const fs::path& base, RunnerOptions* options) {
  if (base.empty()) return;
  for (fs::path* path :
       {&options->json_path, &options->baseline_path, &options->report_dir,
        &options->biblio_path, &options->test262_dir, &options->filters_dir}) {
    if (!path->empty() && path->is_relative()) *path = base / *path;
  }
}

int RunTest262(const RunnerOptions& options, const ScenarioExecutor& executor,
               std::ostream& out, std::ostream& err) {
  RunConfiguration configuration;
  if (std::string error = LoadConfiguration(options, &configuration, err);
      !error.empty()) {
    err << "test262: " << error << "\n";
    return kExitUsageError;
  }
  RunPlan plan = PlanRun(options, configuration);
  if (std::string error = ExecuteJobs(options, executor, &plan, err);
      !error.empty()) {
    err << "test262: " << error << "\n";
    return kExitUsageError;
  }
  ApplyExpectations(configuration.filters, &plan.results);
  WriteOutputs(options, configuration, plan.results, out, err);
  return ExitStatusFor(options, plan.results, err);
}

}  // namespace async_runtime::harness
