#include "harness/report/junit.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace async_runtime::harness::report {
namespace {

TestRecord Record(std::string path, std::string scenario, Status status,
                  std::string message = "", double duration_ms = 0) {
  TestRecord record;
  record.path = std::move(path);
  record.scenario = std::move(scenario);
  record.status = status;
  record.message = std::move(message);
  record.duration_ms = duration_ms;
  return record;
}

ResultsFile File(std::vector<TestRecord> results) {
  ResultsFile file;
  file.results = std::move(results);
  file.summary = CountStatuses(file.results);
  return file;
}

TEST(SuiteNameTest, UsesTheTopDirectory) {
  EXPECT_EQ(SuiteName("test/built-ins/Promise/all/a.js"), "test/built-ins");
  EXPECT_EQ(SuiteName("test/language/a.js"), "test/language");
  EXPECT_EQ(SuiteName("test/a.js"), "test");
  EXPECT_EQ(SuiteName("harness/a.js"), "harness");
  EXPECT_EQ(SuiteName("a.js"), ".");
}

TEST(JunitXmlTest, WritesSuitesCasesFailuresAndSkips) {
  const std::string xml = JunitXml(File({
      Record("test/built-ins/Promise/all/a.js", "default", Status::kPassed, "",
             1500),
      Record("test/built-ins/Promise/all/a.js", "strict", Status::kFailed,
             "Test262Error: no", 2),
      Record("test/language/x.js", "module", Status::kSkipped,
             "feature: decorators"),
      Record("test/language/y.js", "default", Status::kCrashed, "signal 11"),
      Record("test/language/z.js", "default", Status::kTimedOut, ""),
  }));
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u);
  EXPECT_NE(xml.find("<testsuites name=\"test262\" tests=\"5\" "
                     "failures=\"3\" errors=\"0\" skipped=\"1\" "
                     "time=\"1.502\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testsuite name=\"test/built-ins\" tests=\"2\" "
                     "failures=\"1\" errors=\"0\" skipped=\"0\" "
                     "time=\"1.502\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testsuite name=\"test/language\" tests=\"3\" "
                     "failures=\"2\" errors=\"0\" skipped=\"1\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testcase name=\"test/built-ins/Promise/all/a.js "
                     "[default]\" classname=\"test/built-ins/Promise/all\" "
                     "time=\"1.500\"/>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testcase name=\"test/built-ins/Promise/all/a.js "
                     "[strict]\" classname=\"test/built-ins/Promise/all\" "
                     "time=\"0.002\">\n      <failure message=\"Test262Error: "
                     "no\" type=\"failed\">Test262Error: no</failure>\n    "
                     "</testcase>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<skipped message=\"feature: decorators\"/>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("type=\"crashed\">signal 11</failure>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<failure message=\"\" type=\"timed_out\"></failure>"),
            std::string::npos)
      << xml;
  EXPECT_EQ(xml.substr(xml.size() - 14), "</testsuites>\n");
}

TEST(JunitXmlTest, EscapesEverything) {
  constexpr char kMessage[] = "Expected \"<a>\" & 'b'\nline 2\x01\0end";
  const std::string xml = JunitXml(File({
      Record("test/<dir>/a&b\".js", "default", Status::kFailed,
             std::string(kMessage, sizeof kMessage - 1)),
  }));
  EXPECT_NE(xml.find("name=\"test/&lt;dir&gt;/a&amp;b&quot;.js [default]\" "
                     "classname=\"test/&lt;dir&gt;\""),
            std::string::npos)
      << xml;
  // The attribute holds the first line; the body all of it, with the line
  // break kept and the forbidden controls made visible.
  EXPECT_NE(xml.find("<failure message=\"Expected &quot;&lt;a&gt;&quot; "
                     "&amp; &apos;b&apos;\xE2\x80\xA6\" type=\"failed\">"
                     "Expected &quot;&lt;a&gt;&quot; &amp; &apos;b&apos;"
                     "&#10;line 2\\x01\\x00end</failure>"),
            std::string::npos)
      << xml;
  for (const char c : xml) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_FALSE(byte < 0x20 && c != '\n') << "control byte " << int{byte};
  }
}

TEST(JunitXmlTest, BadDurationsBecomeZero) {
  const std::string xml = JunitXml(
      File({Record("a.js", "default", Status::kPassed, "", -5),
            Record("b.js", "default", Status::kPassed, "", 0.0 / 0.0)}));
  EXPECT_NE(xml.find("name=\"a.js [default]\" classname=\"\" time=\"0.000\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("name=\"b.js [default]\" classname=\"\" time=\"0.000\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testsuite name=\".\" tests=\"2\""), std::string::npos)
      << xml;
}

TEST(JunitXmlTest, EmptyResultsAreAValidDocument) {
  EXPECT_EQ(JunitXml(ResultsFile{}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"test262\" tests=\"0\" failures=\"0\" "
            "errors=\"0\" skipped=\"0\" time=\"0.000\">\n</testsuites>\n");
}

}  // namespace
}  // namespace async_runtime::harness::report

namespace async_runtime::harness::report {
namespace {

TEST(JunitExpectedFailureTest, KnownFailuresAreSkippedNotFailures) {
  ResultsFile results;
  TestRecord known;
  known.path = "test/a/x.js";
  known.scenario = "default";
  known.status = Status::kFailed;
  known.message = "expected failure (failed: old): new";
  TestRecord real = known;
  real.path = "test/a/y.js";
  real.message = "boom";
  results.results = {known, real};
  std::string xml = JunitXml(results, JunitOptions{});
  EXPECT_NE(xml.find("tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<skipped message=\"expected failure (failed: old): new\"/>"), std::string::npos) << xml;
}

}  // namespace
}  // namespace async_runtime::harness::report
