#include "harness/report/markdown.h"

#include <optional>
#include <string_view>
#include <vector>

#include "harness/report/escape.h"

namespace async_runtime::harness::report {
namespace {

std::string Number(size_t n) { return std::to_string(n); }

// "12/15 (80.0%)" plus ", 3 skipped" when any were.
std::string RateText(const StatusCounts& counts) {
  std::string text = Number(counts.passed) + "/" + Number(counts.run()) +
                     " (" + FormatRate(counts) + ")";
  if (counts.skipped != 0) text += ", " + Number(counts.skipped) + " skipped";
  return text;
}

// "| passed | ran | rate | skipped |" cells, without the leading "|".
std::string RateCells(const StatusCounts& counts) {
  return " " + Number(counts.passed) + " | " + Number(counts.run()) + " | " +
         FormatRate(counts) + " | " + Number(counts.skipped) + " |";
}

void AppendSummary(const StatusCounts& counts, std::string* out) {
  *out += "**" + Number(counts.passed) + " of " + Number(counts.run()) +
          " tests passed (" + FormatRate(counts) + ")**\n\n";
  *out += "| passed | failed | crashed | timed out | skipped | total |\n";
  *out += "| ---: | ---: | ---: | ---: | ---: | ---: |\n";
  *out += "| " + Number(counts.passed) + " | " + Number(counts.failed) +
          " | " + Number(counts.crashed) + " | " + Number(counts.timed_out) +
          " | " + Number(counts.skipped) + " | " + Number(counts.total()) +
          " |\n\n";
  *out +=
      "Rates are over the tests that ran: skipped tests are counted apart. "
      "A test counts once per scenario (default, strict, module).\n";
}

std::string StatusOrAbsent(const std::optional<Status>& status) {
  return status ? std::string(StatusName(*status)) : "absent";
}

void AppendChangeList(const char* title,
                      const std::vector<BaselineChange>& changes,
                      const MarkdownOptions& options, std::string* out) {
  if (changes.empty()) return;
  *out += "\n### " + std::string(title) + " (" + Number(changes.size()) +
          ")\n\n";
  size_t listed = 0;
  for (const BaselineChange& change : changes) {
    if (options.max_baseline_changes != 0 &&
        listed == options.max_baseline_changes) {
      *out += "- … and " + Number(changes.size() - listed) + " more\n";
      break;
    }
    ++listed;
    *out += "- " + MarkdownCode(change.path) + " [" +
            MarkdownEscape(change.scenario) + "]: " +
            StatusOrAbsent(change.old_status) + " → " +
            StatusOrAbsent(change.new_status);
    if (change.new_status && IsFailing(*change.new_status) &&
        !change.message.empty()) {
      *out += ": " + MarkdownEscape(ShortMessage(change.message,
                                                 options.max_message_bytes));
    }
    *out += "\n";
  }
}

void AppendBaseline(const BaselineDiff& diff, const MarkdownOptions& options,
                    std::string* out) {
  *out += "\n## Changes since the baseline\n\n";
  *out += "Baseline: " + RateText(diff.old_counts) + ". Now: " +
          RateText(diff.new_counts) + ". " +
          Number(diff.newly_passing.size()) + " newly passing, " +
          Number(diff.newly_failing.size()) + " newly failing, " +
          Number(diff.newly_run.size()) + " newly run, " +
          Number(diff.no_longer_run.size()) + " no longer run.\n";
  AppendChangeList("Newly failing", diff.newly_failing, options, out);
  AppendChangeList("Newly passing", diff.newly_passing, options, out);
  AppendChangeList("Failure changed", diff.failure_changed, options, out);
  AppendChangeList("Newly run", diff.newly_run, options, out);
  AppendChangeList("No longer run", diff.no_longer_run, options, out);
}

void AppendTree(const DirectoryNode& node, size_t depth,
                const MarkdownOptions& options, std::string* out) {
  for (const DirectoryNode& child : node.children) {
    *out += std::string(2 * depth, ' ') + "- " +
            MarkdownCode(child.name + "/") + " " + RateText(child.counts) +
            "\n";
    if (options.max_tree_depth == 0 || depth + 1 < options.max_tree_depth) {
      AppendTree(child, depth + 1, options, out);
    }
  }
}

void AppendFeatures(const std::vector<TestRecord>& results, std::string* out) {
  const std::vector<NamedCounts> features = CountByFeature(results);
  *out += "\n## Features\n\n";
  if (features.empty()) {
    *out += "No test lists a feature.\n";
    return;
  }
  *out += "A test counts under each feature it lists.\n\n";
  *out += "| feature | passed | ran | rate | skipped |\n";
  *out += "| --- | ---: | ---: | ---: | ---: |\n";
  for (const NamedCounts& feature : features) {
    *out += "| " + MarkdownCode(feature.name) + " |" +
            RateCells(feature.counts) + "\n";
  }
}

void AppendClauses(const std::vector<TestRecord>& results,
                   const Biblio& biblio, std::string* out) {
  const ClauseTable table = CountByClause(results, biblio);
  *out += "\n## Spec clauses\n\n";
  *out += "By each test's `esid`, in document order.";
  if (table.without_esid.total() != 0) {
    *out += " Tests without an esid: " + RateText(table.without_esid) + ".";
  }
  *out += "\n";
  if (!table.known.empty()) {
    *out += "\n| section | clause | passed | ran | rate | skipped |\n";
    *out += "| --- | --- | ---: | ---: | ---: | ---: |\n";
    for (const ClauseRow& row : table.known) {
      *out += "| " + MarkdownEscape(row.clause.number) + " | [" +
              MarkdownEscape(row.clause.title) + "](" +
              FragmentEncode(biblio.location()) + "#" +
              FragmentEncode(row.clause.id) + ") |" + RateCells(row.counts) +
              "\n";
    }
  }
  if (!table.unknown.empty()) {
    *out += "\n### Esids not in the biblio\n\n";
    *out += "| esid | passed | ran | rate | skipped |\n";
    *out += "| --- | ---: | ---: | ---: | ---: |\n";
    for (const ClauseRow& row : table.unknown) {
      *out += "| " + MarkdownCode(row.clause.id) + " |" +
              RateCells(row.counts) + "\n";
    }
  }
}

void AppendFailures(const std::vector<TestRecord>& results,
                    const MarkdownOptions& options, std::string* out) {
  const std::vector<FailureGroup> groups = GroupFailures(results);
  size_t total = 0;
  for (const FailureGroup& group : groups) total += group.failures.size();
  *out += "\n## Failures (" + Number(total) + ")\n";
  if (groups.empty()) {
    *out += "\nNone.\n";
    return;
  }
  size_t listed_in_all = 0;
  std::vector<const FailureGroup*> unlisted;
  for (const FailureGroup& group : groups) {
    if (options.max_failures_total != 0 &&
        listed_in_all >= options.max_failures_total) {
      unlisted.push_back(&group);
      continue;
    }
    *out += "\n### " +
            MarkdownCode(group.directory.empty() ? "." : group.directory) +
            " (" + Number(group.failures.size()) + ")\n\n";
    size_t listed = 0;
    for (const TestRecord* record : group.failures) {
      if (options.max_failures_per_directory != 0 &&
          listed == options.max_failures_per_directory) {
        *out += "- … and " + Number(group.failures.size() - listed) +
                " more\n";
        break;
      }
      ++listed;
      ++listed_in_all;
      const std::string_view file_name =
          std::string_view(record->path).substr(group.directory.empty()
                                                    ? 0
                                                    : group.directory.size() + 1);
      *out += "- " + MarkdownCode(file_name) + " [" +
              MarkdownEscape(record->scenario) + "] " +
              std::string(StatusName(record->status));
      if (!record->message.empty()) {
        *out += ": " + MarkdownEscape(ShortMessage(record->message,
                                                   options.max_message_bytes));
      }
      *out += "\n";
    }
  }
  if (!unlisted.empty()) {
    *out += "\n### More failing directories (" + Number(unlisted.size()) +
            ")\n\nNot listed: the report lists at most " +
            Number(options.max_failures_total) + " failures.\n\n";
    for (const FailureGroup* group : unlisted) {
      *out += "- " +
              MarkdownCode(group->directory.empty() ? "." : group->directory) +
              " (" + Number(group->failures.size()) + ")\n";
    }
  }
}

}  // namespace

std::string MarkdownReport(const ResultsFile& results,
                           const MarkdownOptions& options) {
  const Biblio empty_biblio;
  const Biblio& biblio = options.biblio ? *options.biblio : empty_biblio;
  std::string out = "# " + MarkdownEscape(options.title) + "\n\n";
  AppendSummary(CountStatuses(results.results), &out);
  if (options.baseline) AppendBaseline(*options.baseline, options, &out);

  out += "\n## Directories\n\n";
  const DirectoryNode root = BuildDirectoryTree(results.results);
  if (root.children.empty()) {
    out += "No results.\n";
  } else {
    out += "passed/ran (rate), skipped";
    if (options.max_tree_depth != 0) {
      out += "; " + Number(options.max_tree_depth) +
             " levels shown, deeper directories count in their ancestors";
    }
    out += ".\n\n";
    AppendTree(root, 0, options, &out);
  }
  AppendFeatures(results.results, &out);
  AppendClauses(results.results, biblio, &out);
  AppendFailures(results.results, options, &out);
  return out;
}

}  // namespace async_runtime::harness::report
