#include "harness/test_discovery.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cstdlib>
#include <fstream>

namespace async_runtime::harness {
namespace {

namespace fs = std::filesystem;
using Paths = std::vector<std::string>;

class DiscoverTestsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TEST_TMPDIR");
    root_ = fs::path(tmp != nullptr ? tmp : "/tmp") / "test262_discovery";
    fs::remove_all(root_);
    for (const char* file :
         {"test/language/b.js", "test/language/a.js",
          "test/language/deep/x/y.js", "test/language/deep/dep_FIXTURE.js",
          "test/language/notes.md", "test/built-ins/Promise/all/p.js",
          "test/built-ins/Promise/q.js", "test/built-ins/Array/r.js"}) {
      fs::create_directories((root_ / file).parent_path());
      std::ofstream(root_ / file) << "/*---\n---*/\n";
    }
  }

  fs::path root_;
};

TEST_F(DiscoverTestsTest, DirectoryIsSearchedRecursivelySkippingFixtures) {
  const DiscoveryResult result = DiscoverTests(root_, {"test/language"});
  EXPECT_TRUE(result.errors.empty());
  EXPECT_EQ(result.relative_paths,
            (Paths{"test/language/a.js", "test/language/b.js",
                   "test/language/deep/x/y.js"}));
}

TEST_F(DiscoverTestsTest, SingleFileAndTrailingSlash) {
  EXPECT_EQ(DiscoverTests(root_, {"test/language/b.js"}).relative_paths,
            Paths{"test/language/b.js"});
  EXPECT_EQ(DiscoverTests(root_, {"./test/built-ins/Promise/"}).relative_paths,
            (Paths{"test/built-ins/Promise/all/p.js",
                   "test/built-ins/Promise/q.js"}));
}

TEST_F(DiscoverTestsTest, DoubleStarGlobMatchesAnyDepth) {
  const DiscoveryResult result =
      DiscoverTests(root_, {"test/built-ins/Promise/**/*.js"});
  EXPECT_TRUE(result.errors.empty());
  EXPECT_EQ(result.relative_paths, (Paths{"test/built-ins/Promise/all/p.js",
                                          "test/built-ins/Promise/q.js"}));
}

TEST_F(DiscoverTestsTest, SingleStarStaysInOneComponent) {
  EXPECT_EQ(DiscoverTests(root_, {"test/*/?.js"}).relative_paths,
            (Paths{"test/language/a.js", "test/language/b.js"}));
}

TEST_F(DiscoverTestsTest, ResultIsSortedAndDeduplicated) {
  const DiscoveryResult result = DiscoverTests(
      root_, {"test/language/b.js", "test/built-ins/Array", "test/language"});
  EXPECT_EQ(result.relative_paths,
            (Paths{"test/built-ins/Array/r.js", "test/language/a.js",
                   "test/language/b.js", "test/language/deep/x/y.js"}));
}

TEST_F(DiscoverTestsTest, ArgumentsThatMatchNothingAreReported) {
  const DiscoveryResult result =
      DiscoverTests(root_, {"test/nope", "test/language/deep/dep_FIXTURE.js",
                            "../etc", "test/**/*.ts"});
  EXPECT_TRUE(result.relative_paths.empty());
  EXPECT_EQ(result.errors.size(), 4u);
}

TEST(GlobToRegexTest, Translation) {
  EXPECT_TRUE(RE2::FullMatch("a/b/c.js", GlobToRegex("a/**/*.js")));
  EXPECT_TRUE(RE2::FullMatch("a/c.js", GlobToRegex("a/**/*.js")));
  EXPECT_FALSE(RE2::FullMatch("a/b/c.js", GlobToRegex("a/*.js")));
  EXPECT_FALSE(RE2::FullMatch("a/bxjs", GlobToRegex("a/b.js")));
  EXPECT_TRUE(RE2::FullMatch("a/b/c/d", GlobToRegex("a/**")));
}

TEST(IsRunnableTestFileTest, FixturesAndNonJsAreNotTests) {
  EXPECT_TRUE(IsRunnableTestFile("test/a.js"));
  EXPECT_FALSE(IsRunnableTestFile("test/a_FIXTURE.js"));
  EXPECT_FALSE(IsRunnableTestFile("test/a.json"));
  EXPECT_TRUE(IsGlobPattern("test/*.js"));
  EXPECT_FALSE(IsGlobPattern("test/a.js"));
}

}  // namespace
}  // namespace async_runtime::harness
