#include "harness/report/junit.h"

#include <charconv>
#include <cmath>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "harness/report/aggregate.h"
#include "harness/report/escape.h"

namespace async_runtime::harness::report {
namespace {

// Milliseconds as seconds with three decimals; negative or non-finite
// durations (a broken clock) are 0.
std::string Seconds(double milliseconds) {
  if (!std::isfinite(milliseconds) || milliseconds < 0) milliseconds = 0;
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer,
                                    milliseconds / 1000.0,
                                    std::chars_format::fixed, 3);
  if (result.ec != std::errc()) return "0";
  return std::string(buffer, result.ptr);
}

struct Suite {
  std::vector<const TestRecord*> cases;
  StatusCounts counts;
  double duration_ms = 0;
};

std::string CountAttributes(const StatusCounts& counts, double duration_ms) {
  return " tests=\"" + std::to_string(counts.total()) + "\" failures=\"" +
         std::to_string(counts.failing()) + "\" errors=\"0\" skipped=\"" +
         std::to_string(counts.skipped) + "\" time=\"" +
         Seconds(duration_ms) + "\"";
}

// A known failure (listed in test262-filters/expectations.txt: the runner's
// message starts "expected failure (") is written as <skipped>, so that a
// green conformance target's JUnit shows no failures.
bool IsExpectedFailure(const TestRecord& record) {
  return record.status != Status::kPassed && record.status != Status::kSkipped &&
         record.message.rfind("expected failure (", 0) == 0;
}

Status JunitStatus(const TestRecord& record) {
  return IsExpectedFailure(record) ? Status::kSkipped : record.status;
}

double SafeDuration(double milliseconds) {
  return std::isfinite(milliseconds) && milliseconds > 0 ? milliseconds : 0;
}

}  // namespace

std::string_view SuiteName(std::string_view path) {
  const std::string_view directory = ParentDirectory(path);
  if (directory.empty()) return ".";
  const size_t first_slash = directory.find('/');
  const std::string_view first = directory.substr(0, first_slash);
  if (first == "test" && first_slash != std::string_view::npos) {
    const size_t second_slash = directory.find('/', first_slash + 1);
    return directory.substr(0, second_slash);
  }
  return first;
}

std::string JunitXml(const ResultsFile& results, const JunitOptions& options) {
  std::map<std::string_view, Suite> suites;
  StatusCounts total;
  double total_ms = 0;
  for (const TestRecord& record : results.results) {
    Suite& suite = suites[SuiteName(record.path)];
    suite.cases.push_back(&record);
    suite.counts.Add(JunitStatus(record));
    suite.duration_ms += SafeDuration(record.duration_ms);
    total.Add(JunitStatus(record));
    total_ms += SafeDuration(record.duration_ms);
  }

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites name=\"" + XmlEscape(options.name) + "\"" +
         CountAttributes(total, total_ms) + ">\n";
  for (const auto& [name, suite] : suites) {
    out += "  <testsuite name=\"" + XmlEscape(name) + "\"" +
           CountAttributes(suite.counts, suite.duration_ms) + ">\n";
    for (const TestRecord* record : suite.cases) {
      out += "    <testcase name=\"" + XmlEscape(TestKey(*record)) +
             "\" classname=\"" + XmlEscape(ParentDirectory(record->path)) +
             "\" time=\"" + Seconds(record->duration_ms) + "\"";
      if (record->status == Status::kPassed) {
        out += "/>\n";
        continue;
      }
      out += ">\n";
      if (JunitStatus(*record) == Status::kSkipped) {
        out += "      <skipped message=\"" +
               XmlEscape(ShortMessage(record->message,
                                      options.max_message_attribute_bytes)) +
               "\"/>\n";
      } else {
        const std::string type(StatusName(record->status));
        out += "      <failure message=\"" +
               XmlEscape(ShortMessage(record->message,
                                      options.max_message_attribute_bytes)) +
               "\" type=\"" + type + "\">" + XmlEscape(record->message) +
               "</failure>\n";
      }
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace async_runtime::harness::report
