#include "harness/report/results.h"
#include "runtime/host/read_file.h"

#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

#include <nlohmann/json.hpp>

namespace async_runtime::harness::report {
namespace {

using Json = nlohmann::json;

constexpr Status kAllStatuses[] = {Status::kPassed, Status::kFailed,
                                   Status::kSkipped, Status::kCrashed,
                                   Status::kTimedOut};

// Reads the members of one result; returns an error message (empty when
// the result is well-formed). Every accessor below checks the type first,
// so nothing here can throw.
std::string ReadRecord(const Json& item, TestRecord* record) {
  if (!item.is_object()) return "is not an object";

  const auto path = item.find("path");
  if (path == item.end() || !path->is_string() ||
      path->get_ref<const std::string&>().empty()) {
    return "\"path\" is missing or not a non-empty string";
  }
  record->path = path->get_ref<const std::string&>();

  const auto scenario = item.find("scenario");
  if (scenario == item.end() || !scenario->is_string()) {
    return "\"scenario\" is missing or not a string";
  }
  record->scenario = scenario->get_ref<const std::string&>();

  const auto status = item.find("status");
  if (status == item.end() || !status->is_string()) {
    return "\"status\" is missing or not a string";
  }
  const std::optional<Status> parsed_status =
      StatusFromName(status->get_ref<const std::string&>());
  if (!parsed_status) {
    return "unknown \"status\" \"" + status->get_ref<const std::string&>() +
           "\"";
  }
  record->status = *parsed_status;

  if (const auto message = item.find("message"); message != item.end()) {
    if (message->is_string()) {
      record->message = message->get_ref<const std::string&>();
    } else if (!message->is_null()) {
      return "\"message\" is not a string";
    }
  }
  if (const auto duration = item.find("duration_ms"); duration != item.end()) {
    // null: the runner could not measure (a NaN is written as null).
    if (duration->is_number()) {
      record->duration_ms = duration->get<double>();
    } else if (!duration->is_null()) {
      return "\"duration_ms\" is not a number";
    }
  }
  if (const auto features = item.find("features"); features != item.end()) {
    if (features->is_array()) {
      for (const Json& feature : *features) {
        if (!feature.is_string()) return "\"features\" holds a non-string";
        record->features.push_back(feature.get_ref<const std::string&>());
      }
    } else if (!features->is_null()) {
      return "\"features\" is not an array";
    }
  }
  if (const auto esid = item.find("esid"); esid != item.end()) {
    if (esid->is_string()) {
      record->esid = esid->get_ref<const std::string&>();
    } else if (!esid->is_null()) {
      return "\"esid\" is not a string";
    }
  }
  return "";
}

// Reads the "summary" object; returns an error message, empty when fine.
std::string ReadSummary(const Json& summary, StatusCounts* counts) {
  if (!summary.is_object()) return "\"summary\" is not an object";
  const std::pair<const char*, size_t*> fields[] = {
      {"passed", &counts->passed},   {"failed", &counts->failed},
      {"skipped", &counts->skipped}, {"crashed", &counts->crashed},
      {"timed_out", &counts->timed_out}};
  for (const auto& [name, count] : fields) {
    const auto value = summary.find(name);
    if (value == summary.end()) continue;  // an older runner: count is 0
    if (!value->is_number_unsigned()) {
      return std::string("\"summary\".\"") + name +
             "\" is not a non-negative integer";
    }
    *count = value->get<size_t>();
  }
  return "";
}

std::string SummaryText(const StatusCounts& counts) {
  return std::to_string(counts.passed) + " passed, " +
         std::to_string(counts.failed) + " failed, " +
         std::to_string(counts.skipped) + " skipped, " +
         std::to_string(counts.crashed) + " crashed, " +
         std::to_string(counts.timed_out) + " timed_out";
}

std::string Dump(const Json& value) {
  return value.dump(-1, ' ', /*ensure_ascii=*/false,
                    Json::error_handler_t::replace);
}

}  // namespace

std::string_view StatusName(Status status) {
  switch (status) {
    case Status::kPassed:
      return "passed";
    case Status::kFailed:
      return "failed";
    case Status::kSkipped:
      return "skipped";
    case Status::kCrashed:
      return "crashed";
    case Status::kTimedOut:
      return "timed_out";
  }
  return "unknown";
}

std::optional<Status> StatusFromName(std::string_view name) {
  for (Status status : kAllStatuses) {
    if (StatusName(status) == name) return status;
  }
  return std::nullopt;
}

void StatusCounts::Add(Status status) {
  switch (status) {
    case Status::kPassed:
      ++passed;
      break;
    case Status::kFailed:
      ++failed;
      break;
    case Status::kSkipped:
      ++skipped;
      break;
    case Status::kCrashed:
      ++crashed;
      break;
    case Status::kTimedOut:
      ++timed_out;
      break;
  }
}

void StatusCounts::Add(const StatusCounts& other) {
  passed += other.passed;
  failed += other.failed;
  skipped += other.skipped;
  crashed += other.crashed;
  timed_out += other.timed_out;
}

StatusCounts CountStatuses(const std::vector<TestRecord>& results) {
  StatusCounts counts;
  for (const TestRecord& record : results) counts.Add(record.status);
  return counts;
}

LoadedResults ParseResults(std::string_view json_text) {
  LoadedResults loaded;
  const Json document =
      Json::parse(json_text.data(), json_text.data() + json_text.size(),
                  /*cb=*/nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) {
    loaded.error = "not valid JSON";
    return loaded;
  }
  if (!document.is_object()) {
    loaded.error = "the top level is not an object";
    return loaded;
  }
  const auto results = document.find("results");
  if (results == document.end() || !results->is_array()) {
    loaded.error = "no \"results\" array";
    return loaded;
  }
  loaded.file.results.reserve(results->size());
  for (size_t i = 0; i < results->size(); ++i) {
    TestRecord record;
    const std::string error = ReadRecord((*results)[i], &record);
    if (!error.empty()) {
      loaded.error = "results[" + std::to_string(i) + "]: " + error;
      loaded.file.results.clear();
      return loaded;
    }
    loaded.file.results.push_back(std::move(record));
  }

  const StatusCounts counted = CountStatuses(loaded.file.results);
  const auto summary = document.find("summary");
  if (summary == document.end()) {
    loaded.file.summary = counted;
  } else {
    const std::string error = ReadSummary(*summary, &loaded.file.summary);
    if (!error.empty()) {
      loaded.error = error;
      loaded.file.results.clear();
      return loaded;
    }
    if (!(loaded.file.summary == counted)) {
      loaded.warnings.push_back("the \"summary\" (" +
                                SummaryText(loaded.file.summary) +
                                ") disagrees with the results (" +
                                SummaryText(counted) + ")");
    }
  }
  return loaded;
}

LoadedResults LoadResults(const std::filesystem::path& path) {
  std::string error;
  const std::optional<std::string> text = ReadFile(path, &error);
  if (!text) {
    LoadedResults loaded;
    loaded.error = error;
    return loaded;
  }
  LoadedResults loaded = ParseResults(*text);
  if (!loaded.ok()) loaded.error = path.string() + ": " + loaded.error;
  return loaded;
}

std::string ResultsToJson(const ResultsFile& file) {
  // nlohmann::json sorts object keys; write by hand to keep the documented
  // order, each value dumped by the library (escaping, UTF-8 repair).
  std::string out = "{\"summary\": {";
  const std::pair<const char*, size_t> fields[] = {
      {"passed", file.summary.passed},
      {"failed", file.summary.failed},
      {"skipped", file.summary.skipped},
      {"crashed", file.summary.crashed},
      {"timed_out", file.summary.timed_out}};
  bool first = true;
  for (const auto& [name, count] : fields) {
    if (!first) out += ", ";
    first = false;
    out += "\"" + std::string(name) + "\": " + std::to_string(count);
  }
  out += "},\n\"results\": [";
  for (size_t i = 0; i < file.results.size(); ++i) {
    const TestRecord& record = file.results[i];
    out += i == 0 ? "\n" : ",\n";
    out += "{\"path\": " + Dump(record.path);
    out += ", \"scenario\": " + Dump(record.scenario);
    out += ", \"status\": " + Dump(std::string(StatusName(record.status)));
    out += ", \"message\": " + Dump(record.message);
    out += ", \"duration_ms\": " + Dump(record.duration_ms);
    out += ", \"features\": " + Dump(record.features);
    out += ", \"esid\": " + Dump(record.esid);
    out += "}";
  }
  out += "\n]}\n";
  return out;
}

std::string SaveResults(const ResultsFile& file,
                        const std::filesystem::path& path) {
  return WriteFile(path, ResultsToJson(file));
}

std::optional<std::string> ReadFile(const std::filesystem::path& path,
                                    std::string* error) {
  host::FileReadResult read = host::ReadFileSync(path.string());
  if (!read.ok()) {
    *error = std::move(read.error);
    return std::nullopt;
  }
  return std::move(read.contents);
}

std::string WriteFile(const std::filesystem::path& path,
                      std::string_view contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return path.string() + ": cannot open for writing";
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) return path.string() + ": write error";
  return "";
}

}  // namespace async_runtime::harness::report
