#include "harness/report/aggregate.h"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <utility>

#include <nlohmann/json.hpp>

namespace async_runtime::harness::report {
namespace {

using Json = nlohmann::json;

// Deeper directories count toward their ancestor at this depth, so a
// hostile path cannot make the tree (and its recursive rendering) deep.
constexpr size_t kMaxTreeDepth = 32;

struct TreeBuilder {
  StatusCounts counts;
  std::map<std::string, std::unique_ptr<TreeBuilder>, std::less<>> children;
};

DirectoryNode ToNode(std::string name, std::string path,
                     const TreeBuilder& builder) {
  DirectoryNode node;
  node.name = std::move(name);
  node.path = std::move(path);
  node.counts = builder.counts;
  node.children.reserve(builder.children.size());
  for (const auto& [child_name, child] : builder.children) {
    node.children.push_back(ToNode(
        child_name, node.path.empty() ? child_name : node.path + "/" + child_name,
        *child));
  }
  return node;
}

std::string AsciiLowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

bool IsAllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
}

// Numbers by value without overflow: drop leading zeros, then the longer
// is larger, then compare digit by digit.
int CompareDigitStrings(std::string_view a, std::string_view b) {
  const auto strip = [](std::string_view s) {
    const size_t first = s.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view() : s.substr(first);
  };
  a = strip(a);
  b = strip(b);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : (a.compare(b) > 0 ? 1 : 0);
}

int CompareComponents(std::string_view a, std::string_view b) {
  const bool a_number = IsAllDigits(a);
  const bool b_number = IsAllDigits(b);
  if (a_number && b_number) return CompareDigitStrings(a, b);
  if (a_number != b_number) return a_number ? -1 : 1;  // annexes last
  // Annex letters: "Z" before "AA", as in spreadsheet columns.
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : (a.compare(b) > 0 ? 1 : 0);
}

}  // namespace

int PassPermille(const StatusCounts& counts) {
  if (counts.run() == 0) return -1;
  return static_cast<int>(counts.passed * 1000 / counts.run());
}

std::string FormatRate(const StatusCounts& counts) {
  const int permille = PassPermille(counts);
  if (permille < 0) return "n/a";
  return std::to_string(permille / 10) + "." + std::to_string(permille % 10) +
         "%";
}

std::string_view ParentDirectory(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view()
                                         : path.substr(0, slash);
}

DirectoryNode BuildDirectoryTree(const std::vector<TestRecord>& results) {
  TreeBuilder root;
  for (const TestRecord& record : results) {
    root.counts.Add(record.status);
    const std::string_view directory = ParentDirectory(record.path);
    TreeBuilder* node = &root;
    size_t depth = 0;
    size_t start = 0;
    while (start <= directory.size() && depth < kMaxTreeDepth) {
      size_t end = directory.find('/', start);
      if (end == std::string_view::npos) end = directory.size();
      const std::string_view component = directory.substr(start, end - start);
      start = end + 1;
      if (component.empty()) continue;
      auto it = node->children.find(component);
      if (it == node->children.end()) {
        it = node->children
                 .emplace(std::string(component),
                          std::make_unique<TreeBuilder>())
                 .first;
      }
      node = it->second.get();
      node->counts.Add(record.status);
      ++depth;
    }
  }
  return ToNode("", "", root);
}

std::vector<NamedCounts> CountByFeature(
    const std::vector<TestRecord>& results) {
  std::map<std::string, StatusCounts, std::less<>> by_feature;
  for (const TestRecord& record : results) {
    for (size_t i = 0; i < record.features.size(); ++i) {
      const std::string& feature = record.features[i];
      // A feature listed twice in one test counts once.
      if (std::find(record.features.begin(), record.features.begin() + i,
                    feature) != record.features.begin() + i) {
        continue;
      }
      by_feature[feature].Add(record.status);
    }
  }
  std::vector<NamedCounts> rows;
  rows.reserve(by_feature.size());
  for (auto& [name, counts] : by_feature) rows.push_back({name, counts});
  return rows;
}

void Biblio::Add(Clause clause) {
  std::string lower = AsciiLowercase(clause.id);
  id_by_lowercase_id_.emplace(std::move(lower), clause.id);
  std::string id = clause.id;
  by_id_.insert_or_assign(std::move(id), std::move(clause));
}

const Clause* Biblio::Find(std::string_view id) const {
  if (const auto it = by_id_.find(std::string(id)); it != by_id_.end()) {
    return &it->second;
  }
  if (const auto it = id_by_lowercase_id_.find(AsciiLowercase(id));
      it != id_by_lowercase_id_.end()) {
    if (const auto clause = by_id_.find(it->second); clause != by_id_.end()) {
      return &clause->second;
    }
  }
  return nullptr;
}

LoadedBiblio ParseBiblio(std::string_view json_text) {
  LoadedBiblio loaded;
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
  const auto entries = document.find("entries");
  if (entries == document.end() || !entries->is_array()) {
    loaded.error = "no \"entries\" array";
    return loaded;
  }
  if (const auto location = document.find("location");
      location != document.end() && location->is_string()) {
    // Only a web address: the reports turn it into links.
    const std::string& text = location->get_ref<const std::string&>();
    if (text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0) {
      loaded.biblio.set_location(text);
    }
  }
  for (const Json& entry : *entries) {
    if (!entry.is_object()) continue;
    const auto type = entry.find("type");
    if (type == entry.end() || !type->is_string() ||
        type->get_ref<const std::string&>() != "clause") {
      continue;
    }
    const auto id = entry.find("id");
    const auto number = entry.find("number");
    const auto title = entry.find("title");
    if (id == entry.end() || !id->is_string() || number == entry.end() ||
        !number->is_string() || title == entry.end() || !title->is_string()) {
      continue;
    }
    loaded.biblio.Add({id->get<std::string>(), number->get<std::string>(),
                       title->get<std::string>()});
  }
  if (loaded.biblio.size() == 0) loaded.error = "no clause entries";
  return loaded;
}

LoadedBiblio LoadBiblio(const std::filesystem::path& path) {
  std::string error;
  const std::optional<std::string> text = ReadFile(path, &error);
  if (!text) {
    LoadedBiblio loaded;
    loaded.error = error;
    return loaded;
  }
  LoadedBiblio loaded = ParseBiblio(*text);
  if (!loaded.ok()) loaded.error = path.string() + ": " + loaded.error;
  return loaded;
}

int CompareSectionNumbers(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) {
    return a.empty() == b.empty() ? 0 : (a.empty() ? -1 : 1);
  }
  size_t a_start = 0;
  size_t b_start = 0;
  while (true) {
    const size_t a_end = std::min(a.find('.', a_start), a.size());
    const size_t b_end = std::min(b.find('.', b_start), b.size());
    const int order = CompareComponents(a.substr(a_start, a_end - a_start),
                                        b.substr(b_start, b_end - b_start));
    if (order != 0) return order;
    const bool a_done = a_end >= a.size();
    const bool b_done = b_end >= b.size();
    if (a_done || b_done) {
      return a_done == b_done ? 0 : (a_done ? -1 : 1);  // a prefix first
    }
    a_start = a_end + 1;
    b_start = b_end + 1;
  }
}

ClauseTable CountByClause(const std::vector<TestRecord>& results,
                          const Biblio& biblio) {
  ClauseTable table;
  std::map<std::string, ClauseRow, std::less<>> known;    // by clause id
  std::map<std::string, ClauseRow, std::less<>> unknown;  // by esid
  for (const TestRecord& record : results) {
    if (record.esid.empty()) {
      table.without_esid.Add(record.status);
      continue;
    }
    if (const Clause* clause = biblio.Find(record.esid)) {
      auto [it, inserted] = known.try_emplace(clause->id);
      if (inserted) it->second.clause = *clause;
      it->second.counts.Add(record.status);
    } else {
      auto [it, inserted] = unknown.try_emplace(record.esid);
      if (inserted) it->second.clause.id = record.esid;
      it->second.counts.Add(record.status);
    }
  }
  for (auto& [id, row] : known) table.known.push_back(std::move(row));
  for (auto& [id, row] : unknown) table.unknown.push_back(std::move(row));
  std::stable_sort(table.known.begin(), table.known.end(),
                   [](const ClauseRow& a, const ClauseRow& b) {
                     const int order = CompareSectionNumbers(a.clause.number,
                                                             b.clause.number);
                     return order != 0 ? order < 0 : a.clause.id < b.clause.id;
                   });
  return table;
}

std::vector<FailureGroup> GroupFailures(
    const std::vector<TestRecord>& results) {
  std::map<std::string_view, std::vector<const TestRecord*>> by_directory;
  for (const TestRecord& record : results) {
    if (IsFailing(record.status)) {
      by_directory[ParentDirectory(record.path)].push_back(&record);
    }
  }
  std::vector<FailureGroup> groups;
  groups.reserve(by_directory.size());
  for (auto& [directory, failures] : by_directory) {
    std::sort(failures.begin(), failures.end(),
              [](const TestRecord* a, const TestRecord* b) {
                return std::tie(a->path, a->scenario) <
                       std::tie(b->path, b->scenario);
              });
    groups.push_back({std::string(directory), std::move(failures)});
  }
  return groups;
}

std::string TestKey(const TestRecord& record) {
  return record.path + " [" + record.scenario + "]";
}

}  // namespace async_runtime::harness::report
