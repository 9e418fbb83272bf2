// One row of a run's results and the run's summary.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "harness/test_status.h"

namespace async_runtime::harness {

struct TestResult {
  std::string path;      // relative to the Test262 directory
  std::string scenario;  // "default", "strict" or "module"
  TestStatus status = TestStatus::kFailed;
  std::string message;
  double duration_ms = 0;
  std::vector<std::string> features;
  std::string esid;
  // From test262-filters/expectations.txt: the test is listed there and
  // failed (an expected failure) or passed (an unexpected pass).
  bool expected_failure = false;
  bool unexpected_pass = false;
};

// True for the statuses that count as a failure of the engine.
inline bool IsFailureStatus(TestStatus status) {
  return status == TestStatus::kFailed || status == TestStatus::kCrashed ||
         status == TestStatus::kTimedOut;
}

struct RunSummary {
  std::array<size_t, 5> count_by_status{};  // indexed by TestStatus
  size_t expected_failures = 0;
  size_t unexpected_passes = 0;

  size_t count(TestStatus status) const {
    return count_by_status[static_cast<size_t>(status)];
  }
  void Add(const TestResult& result) {
    ++count_by_status[static_cast<size_t>(result.status)];
    if (result.expected_failure) ++expected_failures;
    if (result.unexpected_pass) ++unexpected_passes;
  }
};

inline RunSummary Summarize(const std::vector<TestResult>& results) {
  RunSummary summary;
  for (const TestResult& result : results) summary.Add(result);
  return summary;
}

// "test262: N passed, N failed, N skipped" plus crashed / timed_out /
// expected-failure / unexpected-pass counts when they are not zero.
std::string SummaryLine(const RunSummary& summary);

}  // namespace async_runtime::harness
