#include "harness/report/baseline.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

#include "harness/report/aggregate.h"
#include "harness/report/escape.h"

namespace async_runtime::harness::report {
namespace {

enum class State { kAbsent, kSkipped, kPassed, kFailing };

State StateOf(const TestRecord* record) {
  if (record == nullptr) return State::kAbsent;
  if (record->status == Status::kSkipped) return State::kSkipped;
  if (record->status == Status::kPassed) return State::kPassed;
  return State::kFailing;
}

using Key = std::pair<std::string_view, std::string_view>;  // path, scenario

struct Pair {
  const TestRecord* old_record = nullptr;
  const TestRecord* new_record = nullptr;
};

void Index(const ResultsFile& file, bool is_new, std::map<Key, Pair>* pairs,
           std::vector<std::string>* duplicates) {
  for (const TestRecord& record : file.results) {
    Pair& pair = (*pairs)[Key(record.path, record.scenario)];
    const TestRecord*& slot = is_new ? pair.new_record : pair.old_record;
    if (slot != nullptr) {
      duplicates->push_back(TestKey(record) + (is_new ? " (new)" : " (old)"));
    }
    slot = &record;
  }
}

std::string StatusText(const std::optional<Status>& status) {
  return status ? std::string(StatusName(*status)) : "absent";
}

void AppendList(const char* title, const std::vector<BaselineChange>& changes,
                const DiffTextOptions& options, std::string* out) {
  if (changes.empty()) return;
  *out += "\n" + std::string(title) + " (" + std::to_string(changes.size()) +
          "):\n";
  size_t listed = 0;
  for (const BaselineChange& change : changes) {
    if (options.max_listed != 0 && listed == options.max_listed) {
      *out += "  ... and " + std::to_string(changes.size() - listed) +
              " more\n";
      break;
    }
    ++listed;
    *out += "  " + VisibleText(change.path) + " [" +
            VisibleText(change.scenario) + "]: " +
            StatusText(change.old_status) + " -> " +
            StatusText(change.new_status);
    if (change.new_status && IsFailing(*change.new_status) &&
        !change.message.empty()) {
      *out += ": " + VisibleText(ShortMessage(change.message,
                                             options.max_message_bytes));
    }
    *out += "\n";
  }
}

std::string CountsLine(const char* label, const StatusCounts& counts) {
  return std::string(label) + std::to_string(counts.passed) + "/" +
         std::to_string(counts.run()) + " passed (" + FormatRate(counts) +
         "), " + std::to_string(counts.skipped) + " skipped\n";
}

}  // namespace

BaselineDiff CompareWithBaseline(const ResultsFile& old_results,
                                 const ResultsFile& new_results) {
  BaselineDiff diff;
  diff.old_counts = CountStatuses(old_results.results);
  diff.new_counts = CountStatuses(new_results.results);
  std::map<Key, Pair> pairs;  // sorted by path, then scenario
  Index(old_results, /*is_new=*/false, &pairs, &diff.duplicate_keys);
  Index(new_results, /*is_new=*/true, &pairs, &diff.duplicate_keys);

  for (const auto& [key, pair] : pairs) {
    const State old_state = StateOf(pair.old_record);
    const State new_state = StateOf(pair.new_record);
    BaselineChange change{std::string(key.first), std::string(key.second)};
    if (pair.old_record) change.old_status = pair.old_record->status;
    if (pair.new_record) {
      change.new_status = pair.new_record->status;
      change.message = pair.new_record->message;
    }
    const bool ran_before =
        old_state == State::kPassed || old_state == State::kFailing;
    const bool runs_now =
        new_state == State::kPassed || new_state == State::kFailing;
    if (ran_before && runs_now) {
      if (old_state == State::kFailing && new_state == State::kPassed) {
        diff.newly_passing.push_back(std::move(change));
      } else if (old_state == State::kPassed &&
                 new_state == State::kFailing) {
        diff.newly_failing.push_back(std::move(change));
      } else if (change.old_status != change.new_status) {
        diff.failure_changed.push_back(std::move(change));
      } else {
        ++diff.unchanged;
      }
    } else if (runs_now) {
      diff.newly_run.push_back(std::move(change));
    } else if (ran_before) {
      diff.no_longer_run.push_back(std::move(change));
    } else {
      ++diff.unchanged;  // skipped or absent in both
    }
  }
  std::sort(diff.duplicate_keys.begin(), diff.duplicate_keys.end());
  return diff;
}

std::string FormatBaselineDiff(const BaselineDiff& diff,
                               const DiffTextOptions& options) {
  std::string out = CountsLine("baseline: ", diff.old_counts) +
                    CountsLine("now:      ", diff.new_counts);
  const long long delta = static_cast<long long>(diff.new_counts.passed) -
                          static_cast<long long>(diff.old_counts.passed);
  out += "passing: " + std::string(delta >= 0 ? "+" : "") +
         std::to_string(delta) + " (" +
         std::to_string(diff.newly_passing.size()) + " newly passing, " +
         std::to_string(diff.newly_failing.size()) + " newly failing, " +
         std::to_string(diff.newly_run.size()) + " newly run, " +
         std::to_string(diff.no_longer_run.size()) + " no longer run)\n";
  AppendList("Newly failing", diff.newly_failing, options, &out);
  AppendList("Newly passing", diff.newly_passing, options, &out);
  AppendList("Failure changed", diff.failure_changed, options, &out);
  AppendList("Newly run", diff.newly_run, options, &out);
  AppendList("No longer run", diff.no_longer_run, options, &out);
  if (!diff.duplicate_keys.empty()) {
    out += "\nDuplicate results (the last one counts): " +
           std::to_string(diff.duplicate_keys.size()) + "\n";
    size_t listed = 0;
    for (const std::string& key : diff.duplicate_keys) {
      if (options.max_listed != 0 && listed == options.max_listed) {
        out += "  ... and " +
               std::to_string(diff.duplicate_keys.size() - listed) + " more\n";
        break;
      }
      ++listed;
      out += "  " + VisibleText(key) + "\n";
    }
  }
  return out;
}

}  // namespace async_runtime::harness::report
