#include "harness/test_result.h"

namespace async_runtime::harness {

std::string SummaryLine(const RunSummary& summary) {
  std::string line =
      "test262: " + std::to_string(summary.count(TestStatus::kPassed)) +
      " passed, " + std::to_string(summary.count(TestStatus::kFailed)) +
      " failed, " + std::to_string(summary.count(TestStatus::kSkipped)) +
      " skipped";
  const auto append_if_any = [&](size_t count, const char* label) {
    if (count != 0) line += ", " + std::to_string(count) + " " + label;
  };
  append_if_any(summary.count(TestStatus::kCrashed), "crashed");
  append_if_any(summary.count(TestStatus::kTimedOut), "timed_out");
  append_if_any(summary.expected_failures, "expected failures");
  append_if_any(summary.unexpected_passes, "unexpected passes");
  return line;
}

}  // namespace async_runtime::harness
