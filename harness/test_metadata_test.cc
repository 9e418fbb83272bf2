#include "harness/test_metadata.h"

#include <gtest/gtest.h>

namespace async_runtime::harness {
namespace {

TEST(ExtractFrontmatterTest, FindsTextBetweenMarkers) {
  const auto text = ExtractFrontmatter("// c\n/*---\nflags: [raw]\n---*/\nx;");
  ASSERT_TRUE(text.has_value());
  EXPECT_EQ(*text, "\nflags: [raw]\n");
}

TEST(ExtractFrontmatterTest, MissingEndMarkerIsNoFrontmatter) {
  EXPECT_FALSE(ExtractFrontmatter("/*---\nflags: [raw]\n").has_value());
  EXPECT_FALSE(ExtractFrontmatter("var x;").has_value());
}

TEST(ParseFrontmatterTest, ReadsEveryField) {
  const FrontmatterResult result = ParseFrontmatter(R"(// Copyright
/*---
esid: sec-promise.all
es5id: 15.2.3.6-4-1
es6id: 25.4.4.1
description: Promise.all is a function
info: |
  Line one.
  Line two.
includes: [promiseHelper.js, compareArray.js]
flags: [async, noStrict]
features: [Promise, Symbol.iterator]
locale: [en-US]
negative:
  phase: runtime
  type: TypeError
---*/
Promise.all();
)");
  ASSERT_TRUE(result.ok()) << result.error;
  const TestMetadata& metadata = *result.metadata;
  EXPECT_EQ(metadata.esid, "sec-promise.all");
  EXPECT_EQ(metadata.es5id, "15.2.3.6-4-1");
  EXPECT_EQ(metadata.es6id, "25.4.4.1");
  EXPECT_EQ(metadata.description, "Promise.all is a function");
  EXPECT_EQ(metadata.info, "Line one.\nLine two.\n");
  EXPECT_EQ(metadata.includes,
            (std::vector<std::string>{"promiseHelper.js", "compareArray.js"}));
  EXPECT_EQ(metadata.flags, (std::vector<std::string>{"async", "noStrict"}));
  EXPECT_TRUE(metadata.HasFlag("async"));
  EXPECT_FALSE(metadata.HasFlag("module"));
  EXPECT_TRUE(metadata.UsesFeature("Symbol.iterator"));
  EXPECT_EQ(metadata.locale, (std::vector<std::string>{"en-US"}));
  ASSERT_TRUE(metadata.negative.has_value());
  EXPECT_EQ(metadata.negative->phase, NegativePhase::kRuntime);
  EXPECT_EQ(metadata.negative->type, "TypeError");
}

TEST(ParseFrontmatterTest, BlockListsAndParseNegative) {
  const FrontmatterResult result = ParseFrontmatter(R"(/*---
features:
  - class
  - async-functions
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
)");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.metadata->features,
            (std::vector<std::string>{"class", "async-functions"}));
  EXPECT_EQ(result.metadata->negative->phase, NegativePhase::kParse);
  EXPECT_EQ(NegativePhaseName(result.metadata->negative->phase), "parse");
}

TEST(ParseFrontmatterTest, AbsentFieldsAreEmpty) {
  const FrontmatterResult result =
      ParseFrontmatter("/*---\ndescription: x\n---*/");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_TRUE(result.metadata->flags.empty());
  EXPECT_TRUE(result.metadata->esid.empty());
  EXPECT_FALSE(result.metadata->negative.has_value());
}

TEST(ParseFrontmatterTest, CrAndCrlfLineBreaks) {
  for (const char* source :
       {"/*---\resid: sec-a\rflags: [raw]\r---*/\rx;",
        "/*---\r\nesid: sec-a\r\nflags: [raw]\r\n---*/\r\nx;"}) {
    const FrontmatterResult result = ParseFrontmatter(source);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.metadata->esid, "sec-a");
    EXPECT_TRUE(result.metadata->HasFlag("raw"));
  }
}

TEST(ParseFrontmatterTest, EmptyBlockIsEmptyMetadata) {
  const FrontmatterResult result = ParseFrontmatter("/*---\n---*/\nx;");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_TRUE(result.metadata->features.empty());
}

TEST(ParseFrontmatterTest, MalformedYamlIsAnErrorNotAThrow) {
  const FrontmatterResult result =
      ParseFrontmatter("/*---\nflags: [raw\ndescription: : :\n---*/");
  EXPECT_FALSE(result.ok());
  EXPECT_NE(result.error.find("invalid YAML"), std::string::npos)
      << result.error;
}

TEST(ParseFrontmatterTest, UnknownNegativePhaseIsAnError) {
  const FrontmatterResult result = ParseFrontmatter(
      "/*---\nnegative:\n  phase: early\n  type: SyntaxError\n---*/");
  EXPECT_FALSE(result.ok());
  EXPECT_NE(result.error.find("unknown negative phase 'early'"),
            std::string::npos)
      << result.error;
}

TEST(ParseFrontmatterTest, NegativeWithoutTypeIsAnError) {
  EXPECT_FALSE(
      ParseFrontmatter("/*---\nnegative:\n  phase: parse\n---*/").ok());
  EXPECT_FALSE(ParseFrontmatter("/*---\nnegative: parse\n---*/").ok());
}

TEST(ParseFrontmatterTest, WrongShapesAreErrors) {
  EXPECT_FALSE(ParseFrontmatter("/*---\nflags: raw\n---*/").ok());
  EXPECT_FALSE(ParseFrontmatter("/*---\nfeatures: [[a]]\n---*/").ok());
  EXPECT_FALSE(ParseFrontmatter("/*---\nesid: [a, b]\n---*/").ok());
  EXPECT_FALSE(ParseFrontmatter("/*---\n- a list\n---*/").ok());
}

TEST(ParseFrontmatterTest, MissingFrontmatterIsAnError) {
  const FrontmatterResult result = ParseFrontmatter("var x = 1;\n");
  EXPECT_FALSE(result.ok());
  EXPECT_FALSE(result.error.empty());
}

}  // namespace
}  // namespace async_runtime::harness
