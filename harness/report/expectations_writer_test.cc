#include "harness/report/expectations_writer.h"

#include <gtest/gtest.h>

namespace async_runtime::harness::report {
namespace {

TestRecord Result(std::string path, std::string scenario, Status status, std::string message) {
  TestRecord result;
  result.path = std::move(path);
  result.scenario = std::move(scenario);
  result.status = status;
  result.message = std::move(message);
  return result;
}

TEST(ExpectationsWriterTest, ListsFailuresSortedWithTheirStatusAndMessage) {
  std::vector<TestRecord> results = {
      Result("test/b.js", "strict", Status::kFailed, "Uncaught Test262Error: boom\nmore"),
      Result("test/a.js", "default", Status::kPassed, ""),
      Result("test/a.js", "strict", Status::kTimedOut, ""),
      Result("test/c.js", "default", Status::kFailed, "expected failure (old reason): new message"),
      Result("test/d.js", "default", Status::kSkipped, "proposal"),
  };
  std::string text = ExpectationsFor(results);
  std::string body = text.substr(text.find("\ntest/") + 1);
  EXPECT_EQ(body,
            "test/a.js strict timed_out\n"
            "test/b.js strict failed: Uncaught Test262Error: boom more\n"
            "test/c.js default failed: new message\n");
  EXPECT_EQ(text.rfind("# ", 0), 0u);
}

TEST(ExpectationsWriterTest, LongReasonsAreShortenedAtACharacterBoundary) {
  std::string message(200, 'x');
  message.replace(150, 3, "\xE2\x82\xAC");  // a 3-byte character around the cut
  std::string text = ExpectationsFor({Result("test/e.js", "default", Status::kFailed, message)});
  std::string line = text.substr(text.find("test/e.js"));
  EXPECT_LT(line.size(), 200u);
  EXPECT_NE(line.find("..."), std::string::npos);
}

}  // namespace
}  // namespace async_runtime::harness::report
