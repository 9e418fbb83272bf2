// The Test262 results file written by the runner (`test262 --json=FILE`):
//
//   {"summary": {"passed": N, "failed": N, "skipped": N, "crashed": N,
//                "timed_out": N},
//    "results": [{"path": "test/built-ins/Promise/all/x.js",
//                 "scenario": "default", "status": "passed",
//                 "message": "", "duration_ms": 1.5,
//                 "features": ["Promise"], "esid": "sec-promise.all"}, ...]}
//
// Loading never throws and never crashes: malformed JSON or a result of the
// wrong shape is an error value naming what is wrong and where.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace async_runtime::harness::report {

enum class Status { kPassed, kFailed, kSkipped, kCrashed, kTimedOut };

// "passed", "failed", "skipped", "crashed", "timed_out" (the JSON values).
std::string_view StatusName(Status status);
std::optional<Status> StatusFromName(std::string_view name);

// failed, crashed and timed_out: the engine did not pass the test.
inline bool IsFailing(Status status) {
  return status == Status::kFailed || status == Status::kCrashed ||
         status == Status::kTimedOut;
}

// How many results have each status. Also the file's "summary".
struct StatusCounts {
  size_t passed = 0;
  size_t failed = 0;
  size_t skipped = 0;
  size_t crashed = 0;
  size_t timed_out = 0;

  void Add(Status status);
  void Add(const StatusCounts& other);
  size_t failing() const { return failed + crashed + timed_out; }
  // Tests that ran: everything but skipped. Pass rates are over these.
  size_t run() const { return passed + failing(); }
  size_t total() const { return run() + skipped; }

  friend bool operator==(const StatusCounts&, const StatusCounts&) = default;
};

struct TestRecord {
  std::string path;      // relative to the Test262 checkout, '/'-separated
  std::string scenario;  // "default", "strict", "module", ...
  Status status = Status::kFailed;
  std::string message;
  double duration_ms = 0;
  std::vector<std::string> features;
  std::string esid;  // empty when the test has none
};

struct ResultsFile {
  StatusCounts summary;
  std::vector<TestRecord> results;
};

StatusCounts CountStatuses(const std::vector<TestRecord>& results);

// A ResultsFile or why there is none.
struct LoadedResults {
  ResultsFile file;
  std::string error;  // empty on success
  // Not fatal: e.g. the "summary" disagrees with the counted results.
  std::vector<std::string> warnings;
  bool ok() const { return error.empty(); }
};

// Parses the JSON text of a results file. Required per result: "path" (a
// non-empty string), "scenario" (a string) and "status" (one of the five
// names). Optional: "message" (string), "duration_ms" (number or null),
// "features" (array of strings), "esid" (string or null). Unknown members
// are ignored, so the runner may add fields. A missing "summary" is
// computed from the results; one that disagrees gives a warning.
LoadedResults ParseResults(std::string_view json_text);
LoadedResults LoadResults(const std::filesystem::path& path);

// The JSON text of a results file: the summary, then one result per line.
// Strings that are not valid UTF-8 have the bad bytes replaced by U+FFFD.
std::string ResultsToJson(const ResultsFile& file);

// Writes ResultsToJson(file). Returns an error message, empty on success.
std::string SaveResults(const ResultsFile& file,
                        const std::filesystem::path& path);

// Reads / writes a whole file. ReadFile returns nullopt and sets `error` if
// it cannot read; WriteFile returns an error message, empty on success.
std::optional<std::string> ReadFile(const std::filesystem::path& path,
                                    std::string* error);
std::string WriteFile(const std::filesystem::path& path,
                      std::string_view contents);

}  // namespace async_runtime::harness::report
