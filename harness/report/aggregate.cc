#include "harness/report/aggregate.h"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <utility>

namespace async_runtime::harness::report {
namespace {

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

LoadedBiblio ParseBiblio(std::string_view json_text) {
  LoadedBiblio loaded;
  if (std::optional<Biblio> biblio = Biblio::Parse(json_text, &loaded.error)) loaded.biblio = std::move(*biblio);
  return loaded;
}

LoadedBiblio LoadBiblio(const std::filesystem::path& path) {
  LoadedBiblio loaded;
  if (std::optional<Biblio> biblio = Biblio::Load(path, &loaded.error)) loaded.biblio = std::move(*biblio);
  return loaded;
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
    const Clause* clause = biblio.FindIgnoringCase(record.esid);
    if (clause != nullptr && clause->is_section) {
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
