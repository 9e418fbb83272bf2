// Aggregations shared by the Markdown and HTML reports: pass rates per
// directory (a tree), per feature and per spec clause, and the failing
// tests grouped by directory. Skipped tests are counted apart; rates are
// over the tests that ran.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "harness/report/results.h"
#include "spec/spec_links.h"

namespace async_runtime::harness::report {

// "93.4%": passed / run, rounded down to 0.1% (so "100.0%" means all
// passed), or "n/a" when nothing ran.
std::string FormatRate(const StatusCounts& counts);
// passed * 1000 / run, rounded down; -1 when nothing ran.
int PassPermille(const StatusCounts& counts);

// One directory and the counts of every test at or below it.
struct DirectoryNode {
  std::string name;  // last component, e.g. "all"; "" for the root
  std::string path;  // e.g. "test/built-ins/Promise/all"; "" for the root
  StatusCounts counts;
  std::vector<DirectoryNode> children;  // sorted by name
};

// The root counts every result; each directory of each path (every
// component but the last, the file name) is a node. Empty components
// ("a//b", a leading "/") are ignored.
DirectoryNode BuildDirectoryTree(const std::vector<TestRecord>& results);

// The directory of a path: everything before the last '/', or "" for none.
std::string_view ParentDirectory(std::string_view path);

struct NamedCounts {
  std::string name;
  StatusCounts counts;
};

// One row per feature named by any test (a test counts once under each of
// its features), sorted by name. Tests without features are not listed.
std::vector<NamedCounts> CountByFeature(const std::vector<TestRecord>& results);

// The pinned biblio's clauses: the project's one reader of biblio.json
// (spec/spec_links.h). Esids are looked up with FindIgnoringCase.
using Clause = spec::Clause;
using Biblio = spec::Biblio;
using spec::CompareSectionNumbers;

struct LoadedBiblio {
  Biblio biblio;
  std::string error;  // empty on success
  bool ok() const { return error.empty(); }
};

// Malformed JSON, no "entries" array, or no clause at all is an error;
// entries that lack a string id, number or title are skipped.
LoadedBiblio ParseBiblio(std::string_view json_text);
LoadedBiblio LoadBiblio(const std::filesystem::path& path);


struct ClauseRow {
  Clause clause;  // for esids not in the biblio: id = the esid, no number
  StatusCounts counts;
};

struct ClauseTable {
  std::vector<ClauseRow> known;    // in the biblio; in document order
  std::vector<ClauseRow> unknown;  // esids not in the biblio; by esid
  StatusCounts without_esid;       // tests that name no esid
};

// Joins each test's esid with the biblio. Esids that resolve to the same
// clause (differing in case) share a row.
ClauseTable CountByClause(const std::vector<TestRecord>& results,
                          const Biblio& biblio);

struct FailureGroup {
  std::string directory;
  std::vector<const TestRecord*> failures;  // by path, then scenario
};

// The failing (failed, crashed, timed_out) results grouped by directory,
// the groups sorted by directory. Points into `results`.
std::vector<FailureGroup> GroupFailures(const std::vector<TestRecord>& results);

// "test/built-ins/Promise/all/x.js [strict]"
std::string TestKey(const TestRecord& record);

}  // namespace async_runtime::harness::report
