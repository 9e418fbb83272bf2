#include "spec/spec_links.h"

#include <gtest/gtest.h>

namespace async_runtime::spec {
namespace {

constexpr char kBiblioJson[] = R"json({
  "location": "https://tc39.es/ecma262/",
  "entries": [
    {"type": "clause", "id": "sec-performpromisethen", "aoid": "PerformPromiseThen",
     "title": "PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )",
     "number": "27.5.5.4.1"},
    {"type": "op", "aoid": "PerformPromiseThen", "refId": "sec-performpromisethen"},
    {"type": "clause", "id": "sec-html-like-comments", "title": "HTML-like Comments", "number": "B.1.1"},
    {"type": "table", "id": "table-binary-unicode-properties", "number": 66, "caption": "Table 66"}
  ]
})json";

Biblio TestBiblio() {
  std::string error;
  auto biblio = Biblio::Parse(kBiblioJson, &error);
  EXPECT_TRUE(biblio.has_value()) << error;
  return *biblio;
}

TEST(Biblio, ParsesClausesAndOtherLinkTargets) {
  Biblio biblio = TestBiblio();
  EXPECT_EQ(biblio.size(), 3u);
  const Clause* table = biblio.Find("table-binary-unicode-properties");
  ASSERT_NE(table, nullptr);
  EXPECT_FALSE(table->is_section);
  const Clause* clause = biblio.Find("sec-performpromisethen");
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->number, "27.5.5.4.1");
  EXPECT_EQ(biblio.Find("sec-nonexistent"), nullptr);
}

TEST(Biblio, FindsEsidsIgnoringCaseButLinksOnlyExactly) {
  Biblio biblio = TestBiblio();
  EXPECT_EQ(biblio.Find("sec-PerformPromiseThen"), nullptr);
  const Clause* clause = biblio.FindIgnoringCase("sec-PerformPromiseThen");
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->id, "sec-performpromisethen");
}

TEST(Biblio, ReadsOnlyAWebAddressAsLocation) {
  std::string error;
  auto biblio = Biblio::Parse(
      R"json({"location": "https://example.org/spec/", "entries": [{"type": "clause", "id": "a", "number": "1", "title": "A"}]})json",
      &error);
  ASSERT_TRUE(biblio.has_value()) << error;
  EXPECT_EQ(biblio->location(), "https://example.org/spec/");
  auto odd = Biblio::Parse(
      R"json({"location": "javascript:alert(1)", "entries": [{"type": "clause", "id": "a", "number": "1", "title": "A"}]})json",
      &error);
  ASSERT_TRUE(odd.has_value()) << error;
  EXPECT_EQ(odd->location(), "https://tc39.es/ecma262/");
}

TEST(Biblio, RejectsTextThatIsNotABiblio) {
  std::string error;
  EXPECT_FALSE(Biblio::Parse("{\"entries\": 3}", &error).has_value());
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(Biblio::Parse("not json", &error).has_value());
}

TEST(FindSpecLinks, ReadsHeaderAboveLink) {
  auto links = FindSpecLinks("a.cc",
                             "int x;\n"
                             "// 27.5.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected )\n"
                             "// https://tc39.es/ecma262/#sec-performpromisethen\n"
                             "Value PerformPromiseThen();\n");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].line, 3);
  EXPECT_EQ(links[0].id, "sec-performpromisethen");
  ASSERT_TRUE(links[0].header_number.has_value());
  EXPECT_EQ(*links[0].header_number, "27.5.5.4.1");
  EXPECT_EQ(OperationName(*links[0].header_title), "PerformPromiseThen");
}

TEST(FindSpecLinks, InlineLinkHasNoHeader) {
  auto links = FindSpecLinks("a.h", "// 1.2 Foo\n// See (https://tc39.es/ecma262/#sec-foo).\n");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].id, "sec-foo");
  EXPECT_FALSE(links[0].header_number.has_value());
}

TEST(FindSpecLinks, AnnexNumbersAreHeaders) {
  auto links = FindSpecLinks("a.h", "  // B.1.1 HTML-like Comments\n  // https://tc39.es/ecma262/#sec-html-like-comments\n");
  ASSERT_EQ(links.size(), 1u);
  ASSERT_TRUE(links[0].header_number.has_value());
  EXPECT_EQ(*links[0].header_number, "B.1.1");
}

TEST(CheckLink, AcceptsMatchingHeader) {
  Biblio biblio = TestBiblio();
  auto links = FindSpecLinks("a.cc",
                             "// 27.5.5.4.1 PerformPromiseThen ( _promise_: a Promise, ... )\n"
                             "// https://tc39.es/ecma262/#sec-performpromisethen\n");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_FALSE(CheckLink(links[0], biblio).has_value());
}

TEST(CheckLink, ReportsWrongNumberUnknownIdAndWrongName) {
  Biblio biblio = TestBiblio();
  auto wrong_number = FindSpecLinks("a.cc",
                                    "// 27.2.5.4.1 PerformPromiseThen ( promise )\n"
                                    "// https://tc39.es/ecma262/#sec-performpromisethen\n");
  auto problem = CheckLink(wrong_number.at(0), biblio);
  ASSERT_TRUE(problem.has_value());
  EXPECT_NE(problem->message.find("should be 27.5.5.4.1"), std::string::npos);

  auto unknown = FindSpecLinks("a.cc", "// https://tc39.es/ecma262/#sec-no-such-clause\n");
  ASSERT_TRUE(CheckLink(unknown.at(0), biblio).has_value());

  auto wrong_name = FindSpecLinks("a.cc",
                                  "// 27.5.5.4.1 PerformPromiseCatch ( promise )\n"
                                  "// https://tc39.es/ecma262/#sec-performpromisethen\n");
  ASSERT_TRUE(CheckLink(wrong_name.at(0), biblio).has_value());
}

TEST(CheckLink, HeaderMayNameAPartOfTheClause) {
  Biblio biblio = TestBiblio();
  auto links = FindSpecLinks("a.cc",
                             "// B.1.1 HTML-like Comments: SingleLineHTMLCloseComment\n"
                             "// https://tc39.es/ecma262/#sec-html-like-comments\n");
  EXPECT_FALSE(CheckLink(links.at(0), biblio).has_value());
  auto other = FindSpecLinks("a.cc",
                             "// B.1.1 HTML-like CommentsX\n"
                             "// https://tc39.es/ecma262/#sec-html-like-comments\n");
  EXPECT_TRUE(CheckLink(other.at(0), biblio).has_value());
}

TEST(CheckLink, TableLinksAreValidButCannotHaveSectionHeaders) {
  Biblio biblio = TestBiblio();
  auto inline_link = FindSpecLinks("a.cc", "// See https://tc39.es/ecma262/#table-binary-unicode-properties\n");
  EXPECT_FALSE(CheckLink(inline_link.at(0), biblio).has_value());
  auto headed = FindSpecLinks("a.cc", "// 22.2 Table\n// https://tc39.es/ecma262/#table-binary-unicode-properties\n");
  EXPECT_TRUE(CheckLink(headed.at(0), biblio).has_value());
}

TEST(SectionNumberLess, OrdersAsTheDocument) {
  EXPECT_TRUE(SectionNumberLess("9.9", "9.10"));
  EXPECT_FALSE(SectionNumberLess("9.10", "9.9"));
  EXPECT_TRUE(SectionNumberLess("27.5", "27.5.1"));
  EXPECT_TRUE(SectionNumberLess("27.5.1", "B.1"));
  EXPECT_TRUE(SectionNumberLess("B.1.1", "B.1.2"));
  EXPECT_TRUE(SectionNumberLess("", "1"));
  EXPECT_TRUE(SectionNumberLess("Z.1", "AA.1"));
  EXPECT_EQ(CompareSectionNumbers("27.5.5.4.1", "27.5.5.4.1"), 0);
  EXPECT_TRUE(SectionNumberLess("99999999999999999999", "100000000000000000000"));
}

}  // namespace
}  // namespace async_runtime::spec
