#include "harness/report/aggregate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace async_runtime::harness::report {
namespace {

TestRecord Record(std::string path, Status status,
                  std::vector<std::string> features = {},
                  std::string esid = "", std::string scenario = "default") {
  TestRecord record;
  record.path = std::move(path);
  record.scenario = std::move(scenario);
  record.status = status;
  record.features = std::move(features);
  record.esid = std::move(esid);
  return record;
}

const DirectoryNode* Child(const DirectoryNode& node, const std::string& name) {
  for (const DirectoryNode& child : node.children) {
    if (child.name == name) return &child;
  }
  return nullptr;
}

TEST(FormatRateTest, RoundsDownAndHandlesNothingRun) {
  StatusCounts counts;
  EXPECT_EQ(FormatRate(counts), "n/a");
  EXPECT_EQ(PassPermille(counts), -1);
  counts.skipped = 4;
  EXPECT_EQ(FormatRate(counts), "n/a");
  counts.passed = 1;
  counts.failed = 2;
  EXPECT_EQ(FormatRate(counts), "33.3%");  // skipped left out of the rate
  counts = StatusCounts{};
  counts.passed = 1999;
  counts.failed = 1;
  EXPECT_EQ(FormatRate(counts), "99.9%");  // not rounded up to 100.0%
  counts.failed = 0;
  EXPECT_EQ(FormatRate(counts), "100.0%");
  counts = StatusCounts{};
  counts.crashed = 3;
  EXPECT_EQ(FormatRate(counts), "0.0%");
}

TEST(ParentDirectoryTest, DropsTheFileName) {
  EXPECT_EQ(ParentDirectory("test/a/b.js"), "test/a");
  EXPECT_EQ(ParentDirectory("b.js"), "");
  EXPECT_EQ(ParentDirectory("/b.js"), "");
}

TEST(BuildDirectoryTreeTest, AggregatesEveryAncestor) {
  const std::vector<TestRecord> results = {
      Record("test/built-ins/Promise/all/a.js", Status::kPassed),
      Record("test/built-ins/Promise/all/b.js", Status::kFailed),
      Record("test/built-ins/Promise/all/c.js", Status::kSkipped),
      Record("test/built-ins/Promise/race/a.js", Status::kPassed),
      Record("test/built-ins/Array/a.js", Status::kTimedOut),
      Record("test/language/a.js", Status::kCrashed),
      Record("README.js", Status::kPassed),
  };
  const DirectoryNode root = BuildDirectoryTree(results);
  EXPECT_EQ(root.counts.total(), 7u);
  ASSERT_EQ(root.children.size(), 1u);  // README.js has no directory
  const DirectoryNode& test = root.children[0];
  EXPECT_EQ(test.name, "test");
  EXPECT_EQ(test.path, "test");
  EXPECT_EQ(test.counts.passed, 2u);
  EXPECT_EQ(test.counts.failing(), 3u);
  EXPECT_EQ(test.counts.skipped, 1u);

  ASSERT_EQ(test.children.size(), 2u);
  EXPECT_EQ(test.children[0].name, "built-ins");  // sorted by name
  EXPECT_EQ(test.children[1].name, "language");
  const DirectoryNode* promise = Child(test.children[0], "Promise");
  ASSERT_NE(promise, nullptr);
  EXPECT_EQ(promise->path, "test/built-ins/Promise");
  EXPECT_EQ(promise->counts.passed, 2u);
  EXPECT_EQ(promise->counts.run(), 3u);
  EXPECT_EQ(promise->counts.skipped, 1u);
  const DirectoryNode* all = Child(*promise, "all");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->path, "test/built-ins/Promise/all");
  EXPECT_EQ(all->counts.passed, 1u);
  EXPECT_EQ(all->counts.failed, 1u);
  EXPECT_EQ(all->counts.skipped, 1u);
  EXPECT_TRUE(all->children.empty());
  const DirectoryNode* array = Child(test.children[0], "Array");
  ASSERT_NE(array, nullptr);
  EXPECT_EQ(array->counts.timed_out, 1u);
}

TEST(BuildDirectoryTreeTest, ChildCountsSumToTheParent) {
  std::mt19937 random(7);
  const char* directories[] = {"test/a", "test/a/b", "test/a/b/c", "test/d",
                               "x"};
  std::vector<TestRecord> results;
  for (int i = 0; i < 500; ++i) {
    results.push_back(Record(std::string(directories[random() % 5]) + "/t" +
                                 std::to_string(i) + ".js",
                             static_cast<Status>(random() % 5)));
  }
  const DirectoryNode root = BuildDirectoryTree(results);
  // Files directly in a directory are counted there but not in a child, so
  // children sum to at most the parent, and to exactly the root here.
  StatusCounts sum;
  for (const DirectoryNode& child : root.children) sum.Add(child.counts);
  EXPECT_EQ(sum, root.counts);
  const DirectoryNode* a = Child(*Child(root, "test"), "a");
  ASSERT_NE(a, nullptr);
  size_t direct = 0;
  for (const TestRecord& record : results) {
    if (ParentDirectory(record.path) == "test/a") ++direct;
  }
  EXPECT_EQ(a->counts.total(), direct + Child(*a, "b")->counts.total());
}

TEST(BuildDirectoryTreeTest, IgnoresEmptyComponentsAndBoundsDepth) {
  const std::vector<TestRecord> results = {
      Record("/a//b/t.js", Status::kPassed),
  };
  const DirectoryNode root = BuildDirectoryTree(results);
  ASSERT_EQ(root.children.size(), 1u);
  EXPECT_EQ(root.children[0].path, "a");
  ASSERT_EQ(root.children[0].children.size(), 1u);
  EXPECT_EQ(root.children[0].children[0].path, "a/b");

  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "d/";
  const DirectoryNode deep_root =
      BuildDirectoryTree({Record(deep + "t.js", Status::kPassed)});
  size_t depth = 0;
  for (const DirectoryNode* node = &deep_root; !node->children.empty();
       node = &node->children[0]) {
    ++depth;
  }
  EXPECT_EQ(depth, 32u);
}

TEST(CountByFeatureTest, CountsEachFeatureOncePerTest) {
  const std::vector<TestRecord> results = {
      Record("a.js", Status::kPassed, {"Promise", "async-functions"}),
      Record("b.js", Status::kFailed, {"Promise", "Promise"}),
      Record("c.js", Status::kSkipped, {"Atomics"}),
      Record("d.js", Status::kPassed, {}),
  };
  const std::vector<NamedCounts> rows = CountByFeature(results);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].name, "Atomics");
  EXPECT_EQ(rows[0].counts.skipped, 1u);
  EXPECT_EQ(rows[1].name, "Promise");
  EXPECT_EQ(rows[1].counts.passed, 1u);
  EXPECT_EQ(rows[1].counts.failed, 1u);
  EXPECT_EQ(rows[2].name, "async-functions");
  EXPECT_EQ(rows[2].counts.total(), 1u);
}

TEST(CompareSectionNumbersTest, FollowsDocumentOrder) {
  EXPECT_LT(CompareSectionNumbers("9.9", "9.10"), 0);
  EXPECT_GT(CompareSectionNumbers("9.10", "9.9"), 0);
  EXPECT_LT(CompareSectionNumbers("2", "10"), 0);
  EXPECT_LT(CompareSectionNumbers("9.1", "9.1.1"), 0);
  EXPECT_LT(CompareSectionNumbers("9.1.1", "9.2"), 0);
  EXPECT_LT(CompareSectionNumbers("29.3", "A.1"), 0);
  EXPECT_LT(CompareSectionNumbers("A.3", "B.1"), 0);
  EXPECT_LT(CompareSectionNumbers("B.3.2", "B.3.10"), 0);
  EXPECT_LT(CompareSectionNumbers("Z", "AA"), 0);
  EXPECT_LT(CompareSectionNumbers("", "1"), 0);  // front matter first
  EXPECT_EQ(CompareSectionNumbers("27.2.4.1", "27.2.4.1"), 0);
  EXPECT_EQ(CompareSectionNumbers("", ""), 0);
  EXPECT_EQ(CompareSectionNumbers("09.1", "9.1"), 0);
  // Huge components do not overflow.
  EXPECT_LT(CompareSectionNumbers("99999999999999999999999",
                                  "100000000000000000000000"),
            0);
}

TEST(CompareSectionNumbersTest, SortsAShuffledList) {
  const std::vector<std::string> ordered = {
      "",    "1",     "2",    "6.1",   "6.1.6.2", "6.1.6.10", "9",
      "9.1", "9.1.1", "9.2",  "9.9",   "9.10",    "10",       "27.2.4.1",
      "29",  "A",     "A.1",  "A.10",  "B",       "B.3.2",    "I"};
  std::vector<std::string> shuffled = ordered;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(3));
  std::sort(shuffled.begin(), shuffled.end(),
            [](const std::string& a, const std::string& b) {
              return CompareSectionNumbers(a, b) < 0;
            });
  EXPECT_EQ(shuffled, ordered);
}

constexpr char kBiblio[] = R"json({
  "location": "https://tc39.es/ecma262/",
  "entries": [
    {"type": "clause", "id": "sec-promise.all", "aoid": null,
     "title": "Promise.all ( iterable )", "number": "27.2.4.1"},
    {"type": "clause", "id": "sec-promise.race", "aoid": null,
     "title": "Promise.race ( iterable )", "number": "27.2.4.5"},
    {"type": "clause", "id": "sec-ordinaryget", "aoid": null,
     "title": "OrdinaryGet", "number": "10.1.8.1"},
    {"type": "clause", "id": "sec-ordinary-x", "aoid": null,
     "title": "Nine", "number": "9.9"},
    {"type": "clause", "id": "sec-ordinary-y", "aoid": null,
     "title": "Ten", "number": "9.10"},
    {"type": "clause", "id": "sec-html-like-comments", "aoid": null,
     "title": "HTML-like Comments", "number": "B.1.1"},
    {"type": "op", "aoid": "OrdinaryGet", "refId": "sec-ordinaryget"},
    {"type": "production", "id": "prod-Script", "name": "Script"},
    {"type": "clause", "id": "sec-no-number", "title": "x"},
    "junk"
  ]
})json";

TEST(ParseBiblioTest, ReadsClausesAndMarksOtherTargets) {
  const LoadedBiblio loaded = ParseBiblio(kBiblio);
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  // Seven clauses and one production; entries without an id are left out.
  EXPECT_EQ(loaded.biblio.size(), 8u);
  const Clause* all = loaded.biblio.Find("sec-promise.all");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->number, "27.2.4.1");
  EXPECT_EQ(all->title, "Promise.all ( iterable )");
  // A production is a link target, not a section: esids never count under it.
  ASSERT_NE(loaded.biblio.Find("prod-Script"), nullptr);
  EXPECT_FALSE(loaded.biblio.Find("prod-Script")->is_section);
  ASSERT_NE(loaded.biblio.Find("sec-no-number"), nullptr);
  EXPECT_EQ(loaded.biblio.Find("sec-no-number")->number, "");
  // Esids are matched ignoring case; spec links are not.
  EXPECT_EQ(loaded.biblio.Find("sec-OrdinaryGet"), nullptr);
  const Clause* get = loaded.biblio.FindIgnoringCase("sec-OrdinaryGet");
  ASSERT_NE(get, nullptr);
  EXPECT_EQ(get->id, "sec-ordinaryget");
  EXPECT_EQ(loaded.biblio.location(), "https://tc39.es/ecma262/");
}

TEST(ParseBiblioTest, MalformedIsAnError) {
  EXPECT_FALSE(ParseBiblio("").ok());
  EXPECT_FALSE(ParseBiblio("{\"entries\": [").ok());
  EXPECT_FALSE(ParseBiblio("[]").ok());
  EXPECT_FALSE(ParseBiblio("{\"entries\": {}}").ok());
  EXPECT_FALSE(ParseBiblio("{\"entries\": [{\"type\": \"op\"}]}").ok());
  EXPECT_FALSE(LoadBiblio("/nonexistent/biblio.json").ok());
}

TEST(ParseBiblioTest, IgnoresALocationThatIsNotAWebAddress) {
  const LoadedBiblio loaded = ParseBiblio(
      R"json({"location": "javascript:alert(1)", "entries": [
          {"type": "clause", "id": "a", "title": "A", "number": "1"}]})json");
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  EXPECT_EQ(loaded.biblio.location(), "https://tc39.es/ecma262/");
}

TEST(CountByClauseTest, JoinsWithTheBiblioInDocumentOrder) {
  const LoadedBiblio loaded = ParseBiblio(kBiblio);
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  const std::vector<TestRecord> results = {
      Record("a.js", Status::kPassed, {}, "sec-promise.all"),
      Record("b.js", Status::kFailed, {}, "sec-promise.all"),
      Record("c.js", Status::kPassed, {}, "sec-html-like-comments"),
      Record("d.js", Status::kPassed, {}, "sec-ordinary-y"),
      Record("e.js", Status::kPassed, {}, "sec-ordinary-x"),
      Record("f.js", Status::kPassed, {}, "sec-OrdinaryGet"),
      Record("g.js", Status::kFailed, {}, "sec-ordinaryget"),
      Record("h.js", Status::kSkipped, {}, "prod-Script"),
      Record("i.js", Status::kPassed, {}, "pending"),
      Record("j.js", Status::kFailed, {}, ""),
  };
  const ClauseTable table = CountByClause(results, loaded.biblio);
  std::vector<std::string> numbers;
  for (const ClauseRow& row : table.known) numbers.push_back(row.clause.number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"9.9", "9.10", "10.1.8.1",
                                               "27.2.4.1", "B.1.1"}));
  // Both spellings of sec-ordinaryget share a row.
  EXPECT_EQ(table.known[2].counts.passed, 1u);
  EXPECT_EQ(table.known[2].counts.failed, 1u);
  EXPECT_EQ(table.known[3].clause.title, "Promise.all ( iterable )");
  EXPECT_EQ(table.known[3].counts.run(), 2u);
  ASSERT_EQ(table.unknown.size(), 2u);
  EXPECT_EQ(table.unknown[0].clause.id, "pending");
  EXPECT_EQ(table.unknown[1].clause.id, "prod-Script");
  EXPECT_EQ(table.unknown[1].counts.skipped, 1u);
  EXPECT_EQ(table.without_esid.failed, 1u);
}

TEST(CountByClauseTest, WithoutABiblioEveryEsidIsUnknown) {
  const ClauseTable table = CountByClause(
      {Record("a.js", Status::kPassed, {}, "sec-b"),
       Record("b.js", Status::kPassed, {}, "sec-a")},
      Biblio());
  EXPECT_TRUE(table.known.empty());
  ASSERT_EQ(table.unknown.size(), 2u);
  EXPECT_EQ(table.unknown[0].clause.id, "sec-a");
}

TEST(GroupFailuresTest, GroupsFailingTestsByDirectory) {
  const std::vector<TestRecord> results = {
      Record("test/b/z.js", Status::kFailed),
      Record("test/b/a.js", Status::kCrashed, {}, "", "strict"),
      Record("test/b/a.js", Status::kTimedOut, {}, "", "default"),
      Record("test/b/p.js", Status::kPassed),
      Record("test/a/s.js", Status::kSkipped),
      Record("test/a/f.js", Status::kFailed),
      Record("top.js", Status::kFailed),
  };
  const std::vector<FailureGroup> groups = GroupFailures(results);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].directory, "");
  EXPECT_EQ(groups[1].directory, "test/a");
  ASSERT_EQ(groups[1].failures.size(), 1u);
  EXPECT_EQ(groups[1].failures[0]->path, "test/a/f.js");
  EXPECT_EQ(groups[2].directory, "test/b");
  ASSERT_EQ(groups[2].failures.size(), 3u);
  EXPECT_EQ(TestKey(*groups[2].failures[0]), "test/b/a.js [default]");
  EXPECT_EQ(TestKey(*groups[2].failures[1]), "test/b/a.js [strict]");
  EXPECT_EQ(TestKey(*groups[2].failures[2]), "test/b/z.js [default]");
}

}  // namespace
}  // namespace async_runtime::harness::report
