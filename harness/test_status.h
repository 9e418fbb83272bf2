// The outcome of one test in one scenario.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace async_runtime::harness {

enum class TestStatus { kPassed, kFailed, kSkipped, kCrashed, kTimedOut };

// "passed", "failed", "skipped", "crashed", "timed_out" (the JSON values).
inline std::string_view TestStatusName(TestStatus status) {
  switch (status) {
    case TestStatus::kPassed:
      return "passed";
    case TestStatus::kFailed:
      return "failed";
    case TestStatus::kSkipped:
      return "skipped";
    case TestStatus::kCrashed:
      return "crashed";
    case TestStatus::kTimedOut:
      return "timed_out";
  }
  return "unknown";
}

inline std::optional<TestStatus> TestStatusFromName(std::string_view name) {
  for (TestStatus status :
       {TestStatus::kPassed, TestStatus::kFailed, TestStatus::kSkipped,
        TestStatus::kCrashed, TestStatus::kTimedOut}) {
    if (TestStatusName(status) == name) return status;
  }
  return std::nullopt;
}

// What an executor reports for one test: passed or failed (or skipped when
// it finds at run time that it cannot run the test), with a message.
struct ExecutionOutcome {
  TestStatus status = TestStatus::kFailed;
  std::string message;
};

}  // namespace async_runtime::harness
