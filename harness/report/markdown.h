// The Markdown compliance report: summary, changes since a baseline (when
// given), pass rates per directory (a nested list), per feature and per
// spec clause (tables), then the failing tests grouped by directory.
#pragma once

#include <cstddef>
#include <string>

#include "harness/report/aggregate.h"
#include "harness/report/baseline.h"
#include "harness/report/results.h"

namespace async_runtime::harness::report {

struct MarkdownOptions {
  std::string title = "Test262 compliance report";
  // Directory levels shown below the root ("test/built-ins/Promise/all" is
  // 4); deeper directories still count in their ancestors. 0: all levels.
  size_t max_tree_depth = 4;
  // Failures listed per directory before "… and N more"; 0: no limit.
  size_t max_failures_per_directory = 10;
  // Failures listed in all; past it, the remaining directories are only
  // named with their counts. 0: no limit.
  size_t max_failures_total = 2000;
  // Entries listed per baseline list; 0: no limit.
  size_t max_baseline_changes = 50;
  size_t max_message_bytes = 200;
  // Clause numbers and titles; null: clauses are shown by esid only.
  const Biblio* biblio = nullptr;
  // Adds a "Changes since the baseline" section.
  const BaselineDiff* baseline = nullptr;
};

std::string MarkdownReport(const ResultsFile& results,
                           const MarkdownOptions& options = {});

}  // namespace async_runtime::harness::report
