// The Test262 run: command line, discovery, frontmatter, filters, scenarios,
// execution in worker processes, results and reports. The engine comes in
// as a ScenarioExecutor, so this library (and its tests) does not depend on
// the engine.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "harness/scenario.h"
#include "harness/test_metadata.h"
#include "harness/test_status.h"

namespace async_runtime::harness {

inline constexpr int kExitRunCompleted = 0;
inline constexpr int kExitUnexpectedResults = 1;  // --fail-on-unexpected
inline constexpr int kExitUsageError = 2;

struct RunnerOptions {
  std::vector<std::string> paths_or_globs;
  std::filesystem::path test262_dir = "third_party/test262";
  std::filesystem::path filters_dir = "test262-filters";
  std::filesystem::path json_path;      // --json; empty: none
  std::filesystem::path baseline_path;  // --baseline; empty: none
  std::filesystem::path report_dir;     // --report; empty: none
  // --biblio: clause numbers and titles for the per-clause report.
  std::filesystem::path biblio_path = "third_party/ecma262-biblio/biblio.json";
  int jobs = 0;                         // 0: number of cores
  double timeout_seconds = 10;
  bool parse_only = false;
  bool include_proposals = false;
  bool fail_on_unexpected = false;
  // Bazel test sharding: this run takes the test files whose index in the
  // sorted list is shard_index modulo shard_count.
  int shard_count = 1;
  int shard_index = 0;
};

struct CommandLineResult {
  RunnerOptions options;
  std::string error;  // a usage error
  bool help = false;
};

CommandLineResult ParseCommandLine(const std::vector<std::string>& arguments);
std::string UsageText();

// Reads Bazel's sharding protocol (TEST_TOTAL_SHARDS, TEST_SHARD_INDEX) into
// `options` and touches TEST_SHARD_STATUS_FILE to say sharding is supported.
// Returns an error for malformed values, or empty.
std::string ApplyBazelSharding(RunnerOptions* options);

// `bazel run` starts the binary inside its runfiles: relative paths given by
// the user are relative to the workspace ($BUILD_WORKSPACE_DIRECTORY).
void ResolveRelativePaths(const std::filesystem::path& base,
                          RunnerOptions* options);

// One test file, ready to run.
struct TestCase {
  std::string relative_path;  // e.g. test/language/x.js
  std::filesystem::path absolute_path;
  TestMetadata metadata;
};

// Runs one test in one scenario, inside a worker process.
using ScenarioExecutor =
    std::function<ExecutionOutcome(const TestCase& test, Scenario scenario)>;

// Runs the whole conformance run and returns the exit status. The summary
// line goes to `out`, diagnostics and the progress line to `err`.
int RunTest262(const RunnerOptions& options, const ScenarioExecutor& executor,
               std::ostream& out, std::ostream& err);

}  // namespace async_runtime::harness
