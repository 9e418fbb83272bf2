// The HTML compliance report: one self-contained page (inline CSS and a
// little inline JavaScript, nothing fetched, opens from disk) with the
// summary, changes since a baseline (when given), a collapsible directory
// tree with pass-rate bars, sortable and filterable feature and clause
// tables, and the failing tests grouped by directory. Only aggregates and
// failures are written, so a full run's page stays a few megabytes.
#pragma once

#include <cstddef>
#include <string>

#include "harness/report/aggregate.h"
#include "harness/report/baseline.h"
#include "harness/report/results.h"

namespace async_runtime::harness::report {

struct HtmlOptions {
  std::string title = "Test262 compliance report";
  // Failures listed per directory before "… and N more"; 0: no limit.
  size_t max_failures_per_directory = 200;
  // Entries listed per baseline list; 0: no limit.
  size_t max_baseline_changes = 500;
  size_t max_message_bytes = 400;
  const Biblio* biblio = nullptr;            // null: clauses by esid only
  const BaselineDiff* baseline = nullptr;    // adds the changes section
};

std::string HtmlReport(const ResultsFile& results,
                       const HtmlOptions& options = {});

}  // namespace async_runtime::harness::report
