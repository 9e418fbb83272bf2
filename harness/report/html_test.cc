#include "harness/report/html.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace async_runtime::harness::report {
namespace {

TestRecord Record(std::string path, Status status, std::string message = "",
                  std::vector<std::string> features = {},
                  std::string esid = "", std::string scenario = "default") {
  TestRecord record;
  record.path = std::move(path);
  record.scenario = std::move(scenario);
  record.status = status;
  record.message = std::move(message);
  record.features = std::move(features);
  record.esid = std::move(esid);
  return record;
}

ResultsFile File(std::vector<TestRecord> results) {
  ResultsFile file;
  file.results = std::move(results);
  file.summary = CountStatuses(file.results);
  return file;
}

size_t Count(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos;
       at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

ResultsFile Sample() {
  return File({
      Record("test/built-ins/Promise/all/a.js", Status::kPassed, "",
             {"Promise"}, "sec-promise.all"),
      Record("test/built-ins/Promise/all/b.js", Status::kFailed,
             "<script>alert('x')</script> & \"q\"", {"Promise"},
             "sec-promise.all", "strict"),
      Record("test/built-ins/Promise/race/c.js", Status::kSkipped),
      Record("test/language/<img src=x>.js", Status::kCrashed, "", {"<u>"},
             "sec-<i>"),
  });
}

TEST(HtmlReportTest, IsOneSelfContainedPage) {
  const std::string html = HtmlReport(Sample());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
  // Nothing fetched from the network or another file.
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find(" src=\""), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
}

TEST(HtmlReportTest, EscapesEveryStringFromTheResults) {
  const std::string html = HtmlReport(Sample());
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
  EXPECT_EQ(html.find("<u>"), std::string::npos);
  EXPECT_EQ(html.find("<i>"), std::string::npos);
  EXPECT_EQ(Count(html, "<script>"), 1u);  // only the page's own
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
                      "&amp; &quot;q&quot;"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<code>&lt;img src=x&gt;.js</code>"), std::string::npos);
  EXPECT_NE(html.find("<code>&lt;u&gt;</code>"), std::string::npos);
  EXPECT_NE(html.find("<code>sec-&lt;i&gt;</code>"), std::string::npos);
}

TEST(HtmlReportTest, TitleIsEscaped) {
  HtmlOptions options;
  options.title = "</title><script>x</script>";
  const std::string html = HtmlReport(Sample(), options);
  EXPECT_NE(html.find("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;"
                      "</title>"),
            std::string::npos);
  EXPECT_EQ(Count(html, "<script>"), 1u);
}

TEST(HtmlReportTest, DirectoryTreeUsesDetailsWithBars) {
  const std::string html = HtmlReport(Sample());
  // test/ (open) > built-ins/ > Promise/ > all/, race/ (leaves); language/
  // is a leaf too.
  EXPECT_EQ(Count(html, "<details open><summary><span class=\"row\">"
                        "<span><code>test/</code>"),
            1u)
      << html;
  EXPECT_NE(html.find("<details><summary><span class=\"row\"><span><code>"
                      "built-ins/</code></span><span class=\"bar\"><span "
                      "style=\"width:50.0%\"></span></span><span "
                      "class=\"num\">1/2 50.0%</span><span class=\"num "
                      "skipped\">1 skipped</span></span></summary>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<div class=\"leaf\"><span class=\"row\"><span><code>"
                      "race/</code></span><span class=\"bar na\"></span>"
                      "<span class=\"num\">0/0 n/a</span>"),
            std::string::npos)
      << html;
  // Balanced: every <details> is closed.
  EXPECT_EQ(Count(html, "<details"), Count(html, "</details>"));
}

TEST(HtmlReportTest, FeatureAndClauseTables) {
  Biblio biblio;
  biblio.Add({"sec-promise.all", "27.2.4.1", "Promise.all ( iterable )"});
  HtmlOptions options;
  options.biblio = &biblio;
  const std::string html = HtmlReport(Sample(), options);
  EXPECT_NE(html.find("<table id=\"feature-table\">"), std::string::npos);
  EXPECT_NE(html.find("<tr><td><code>Promise</code></td><td class=\"n\" "
                      "data-v=\"1\">1</td><td class=\"n\" data-v=\"2\">2</td>"
                      "<td data-v=\"500\">"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<tr><td data-v=\"0\">27.2.4.1</td><td><a href=\""
                      "https://tc39.es/ecma262/#sec-promise.all\">Promise.all "
                      "( iterable )</a></td>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<table id=\"esid-table\">"), std::string::npos);
}

TEST(HtmlReportTest, ListsFailuresOnlyAndCapsThem) {
  std::vector<TestRecord> results;
  for (int i = 0; i < 1000; ++i) {
    results.push_back(Record("test/p/pass" + std::to_string(i) + ".js",
                             Status::kPassed));
  }
  for (int i = 0; i < 5; ++i) {
    results.push_back(Record("test/f/fail" + std::to_string(i) + ".js",
                             Status::kFailed, std::string(1000, 'm')));
  }
  HtmlOptions options;
  options.max_failures_per_directory = 2;
  options.max_message_bytes = 50;
  const std::string html = HtmlReport(File(results), options);
  EXPECT_EQ(html.find("pass1.js"), std::string::npos);
  EXPECT_NE(html.find("fail0.js"), std::string::npos);
  EXPECT_NE(html.find("fail1.js"), std::string::npos);
  EXPECT_EQ(html.find("fail2.js"), std::string::npos);
  EXPECT_NE(html.find("<li>… and 3 more</li>"), std::string::npos);
  EXPECT_NE(html.find(std::string(50, 'm') + "…</pre>"), std::string::npos);
  EXPECT_EQ(html.find(std::string(51, 'm')), std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"failures\">Failures (5)</h2>"),
            std::string::npos);
  // Aggregated: a thousand passing tests add no per-test markup.
  EXPECT_LT(html.size(), 20000u);
}

TEST(HtmlReportTest, BaselineSection) {
  const ResultsFile old_run = File({Record("t/a.js", Status::kPassed)});
  const ResultsFile new_run = File({Record("t/a.js", Status::kFailed, "<x>")});
  const BaselineDiff diff = CompareWithBaseline(old_run, new_run);
  HtmlOptions options;
  options.baseline = &diff;
  const std::string html = HtmlReport(new_run, options);
  EXPECT_NE(html.find("<details open><summary>Newly failing (1)</summary><ul>\n"
                      "<li><code>t/a.js</code> [default] passed → <span "
                      "class=\"failed\">failed</span><pre>&lt;x&gt;</pre></li>"),
            std::string::npos)
      << html;
}

}  // namespace
}  // namespace async_runtime::harness::report
