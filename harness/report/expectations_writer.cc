#include "harness/report/expectations_writer.h"

#include <algorithm>
#include <string_view>

namespace async_runtime::harness::report {

namespace {

constexpr std::string_view kExpectedPrefix = "expected failure (";
constexpr size_t kMaxReason = 160;

// The reason for a result: "<status>: <message>" on one line, without the prefix an expectation already added,
// shortened to kMaxReason characters (at a UTF-8 boundary).
std::string ReasonFor(const TestRecord& result) {
  std::string message = result.message;
  if (message.rfind(kExpectedPrefix, 0) == 0) {
    // "expected failure (<reason>): <message>": keep the message.
    size_t end = message.find("): ");
    if (end != std::string::npos) message = message.substr(end + 3);
  }
  for (char& c : message) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::string reason = std::string(StatusName(result.status)) + (message.empty() ? "" : ": " + message);
  if (reason.size() > kMaxReason) {
    size_t cut = kMaxReason;
    while (cut > 0 && (static_cast<unsigned char>(reason[cut]) & 0xC0) == 0x80) --cut;
    reason = reason.substr(0, cut) + "...";
  }
  return reason;
}

}  // namespace

std::string ExpectationsFor(const std::vector<TestRecord>& results) {
  std::vector<const TestRecord*> failing;
  for (const TestRecord& result : results) {
    if (result.status == Status::kFailed || result.status == Status::kCrashed ||
        result.status == Status::kTimedOut) {
      failing.push_back(&result);
    }
  }
  std::sort(failing.begin(), failing.end(), [](const TestRecord* a, const TestRecord* b) {
    return a->path != b->path ? a->path < b->path : a->scenario < b->scenario;
  });
  std::string text =
      "# Known failures: <path> <scenario> <reason>. Generated from a run with\n"
      "#   bazel run //harness/report -- --results=RUN.json --expectations=FILE\n"
      "# (see test262-filters/README.md); regenerate rather than edit by hand.\n";
  for (const TestRecord* result : failing) {
    text += result->path + " " + result->scenario + " " + ReasonFor(*result) + "\n";
  }
  return text;
}

}  // namespace async_runtime::harness::report
