// Comparing a run with a baseline run (an earlier results file). A test is
// keyed by path + scenario. Each key is in one of four states in each run:
// absent, skipped, passed, or failing (failed / crashed / timed_out), and
// the pair of states decides where a key goes:
//
//   old \ new   absent       skipped      passed          failing
//   absent      -            unchanged    newly run       newly run
//   skipped     no longer    unchanged    newly run       newly run
//   passed      no longer    no longer    unchanged       NEWLY FAILING
//   failing     no longer    no longer    NEWLY PASSING   unchanged, or
//                                                         failure changed
//
// "Newly failing" (a regression) and "newly passing" (a fix) are only
// about tests that ran in both runs. A test that did not run before
// (absent or skipped: a new Test262 test, a removed skip) is "newly run",
// whatever its status, since it never passed before; a test that ran
// before and not now is "no longer run" (removed, or now skipped: check
// those that passed, a skip can hide a regression). "Failure changed" is
// e.g. failed -> crashed. If a key appears more than once in a file, the
// last occurrence counts and the duplicate is reported.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "harness/report/results.h"

namespace async_runtime::harness::report {

struct BaselineChange {
  std::string path;
  std::string scenario;
  std::optional<Status> old_status;  // nullopt: absent from the baseline
  std::optional<Status> new_status;  // nullopt: absent from the new run
  std::string message;               // the new run's message, if any
};

struct BaselineDiff {
  std::vector<BaselineChange> newly_passing;
  std::vector<BaselineChange> newly_failing;
  std::vector<BaselineChange> failure_changed;
  std::vector<BaselineChange> newly_run;
  std::vector<BaselineChange> no_longer_run;
  size_t unchanged = 0;
  std::vector<std::string> duplicate_keys;  // "path [scenario]" (old or new)
  StatusCounts old_counts;
  StatusCounts new_counts;
};

// Every list is sorted by path, then scenario.
BaselineDiff CompareWithBaseline(const ResultsFile& old_results,
                                 const ResultsFile& new_results);

inline bool HasRegressions(const BaselineDiff& diff) {
  return !diff.newly_failing.empty();
}

struct DiffTextOptions {
  size_t max_listed = 50;  // per list; 0: no limit
  size_t max_message_bytes = 160;
};

// For the terminal: the pass counts of both runs, then each non-empty list
// (newly failing first) with "... and N more" past max_listed.
std::string FormatBaselineDiff(const BaselineDiff& diff,
                               const DiffTextOptions& options = {});

}  // namespace async_runtime::harness::report
